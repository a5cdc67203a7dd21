// The sharded reduce: the hash that spreads ids over shards, --shard's
// K/N, a graph cut into shards (disjoint, complete), and the shards'
// graph.json files combined into the whole graph's bytes.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>

#include "base/text.hpp"
#include "graph/shard.hpp"
#include "helpers.hpp"
#include "newsgraph/build.hpp"
#include "newsgraph/error.hpp"
#include "newsgraph/export.hpp"
#include "newsgraph/graph.hpp"

using namespace newsgraph;
namespace fs = std::filesystem;

namespace {

Graph small_archive() {
  const char* texts[] = {
      "Japanese Prime Minister Kenji Morimoto met US President John Carter in Tokyo on Monday.",
      "US President John Carter spoke on Monday.\n“We will meet again,” Carter told reporters.",
      "French Foreign Minister Claire Dubois spoke by phone with Morimoto on Tuesday.",
      "German Finance Minister Jonas Weber met Italian Trade Minister Chiara Rossi in Berlin on Friday.",
      "Kenyan President Amara Mwangi said: “Our ports are open to every partner.”",
      "Indian Energy Minister Priya Sharma will visit Brazil next week to meet President Mateo Silva.",
  };
  Graph graph;
  char day = '1';
  for (const char* text : texts) {
    const std::string id = std::string(1, 'd').append(1, day);
    Document doc = make_document(id, id + ".txt", text);
    doc.date = std::string("2025-05-0").append(1, day++);
    extract(doc, testing::lexicon());
    graph.add_document(doc);
  }
  return graph;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A fresh, empty folder under the temporary directory.
fs::path fresh_dir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("newsgraph-test-shard-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// Writes `graph` cut to every shard of `count` into DIR/K/graph.json; returns the files, K = 0 first.
std::vector<std::string> write_shards(const Graph& graph, std::uint64_t count, const fs::path& dir) {
  std::vector<std::string> files;
  for (std::uint64_t k = 0; k < count; ++k) {
    Graph part = graph;
    part.keep_shard({k, count});
    OutputOptions options;
    options.out_dir = (dir / std::to_string(k)).string();
    options.formats = {"json"};
    options.shard = Shard{k, count};
    check_outputs(options);
    write_outputs(part, options);
    files.push_back(options.out_dir + "/graph.json");
  }
  return files;
}

std::string error_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("fnv1a_64 gives the published FNV-1a 64-bit values") {
  struct Row {
    const char* text;
    std::uint64_t hash;
  };
  const Row table[] = {
      {"", 0xcbf29ce484222325ULL},
      {"a", 0xaf63dc4c8601ec8cULL},
      {"foobar", 0x85944171f73967e8ULL},
      {"person:kenji-morimoto", 0x9fc98713ba12a45cULL},
  };
  for (const Row& row : table) {
    CAPTURE(row.text);
    CHECK(text::fnv1a_64(row.text) == row.hash);
  }
  // Bytes above 0x7f count as themselves (unsigned), whatever char's sign.
  CHECK(text::fnv1a_64("\xc3\xa9") != text::fnv1a_64("\xc3"));
  static_assert(text::fnv1a_64("a") == 0xaf63dc4c8601ec8cULL);
}

TEST_CASE("--shard K/N takes K from 0 to N-1 and refuses anything else saying why") {
  struct Good {
    const char* text;
    std::uint64_t index, count;
  };
  const Good good[] = {{"0/1", 0, 1}, {"0/4", 0, 4}, {"3/4", 3, 4}, {"65535/65536", 65535, 65536}};
  for (const Good& row : good) {
    CAPTURE(row.text);
    const Shard shard = parse_shard(row.text);
    CHECK(shard.index == row.index);
    CHECK(shard.count == row.count);
    CHECK(to_string(shard) == row.text);
  }
  struct Bad {
    const char* text;
    const char* problem;
  };
  const Bad bad[] = {
      {"4/4", "K counts from 0 to N-1 (the shards of 4 are 0/4 .. 3/4)"},
      {"7/4", "K counts from 0 to N-1"},
      {"0/0", "at least 1"},
      {"1/65537", "at most 65536"},
      {"abc", "expected K/N"},
      {"", "expected K/N"},
      {"/4", "expected K/N"},
      {"1/", "expected K/N"},
      {"1//4", "expected K/N"},
      {"-1/4", "expected K/N"},
      {"+1/4", "expected K/N"},
      {" 1/4", "expected K/N"},
      {"1/4 ", "expected K/N"},
      {"0x1/4", "expected K/N"},
      {"1.0/4", "expected K/N"},
      {"99999999999999999999/4", "expected K/N"},
  };
  for (const Bad& row : bad) {
    CAPTURE(row.text);
    const std::string message = error_of([&] { parse_shard(row.text); });
    CHECK(message.find(std::string(row.text).append("\" is no shard")) == 1);
    CHECK(message.find(row.problem) != std::string::npos);
  }
}

TEST_CASE("ids spread over the shards, each id in exactly one") {
  for (const std::uint64_t count : {2ULL, 3ULL, 4ULL, 8ULL}) {
    CAPTURE(count);
    std::vector<std::size_t> sizes(count);
    for (int i = 0; i < 4000; ++i) {
      const std::string id = "person:someone-" + std::to_string(i);
      std::size_t holders = 0;
      for (std::uint64_t k = 0; k < count; ++k) holders += Shard{k, count}.holds(id) ? 1 : 0;
      CHECK(holders == 1);
      ++sizes[detail::shard_of_id(id, count)];
    }
    // Within a quarter of an even share: no shard is starved or swamped.
    for (const std::size_t size : sizes) CHECK(size * count * 4 > 4000 * 3);
    for (const std::size_t size : sizes) CHECK(size * count * 4 < 4000 * 5);
  }
  CHECK(Shard{}.holds("anything"));  // one shard holds everything
}

TEST_CASE("the shards of a graph are disjoint, together hold every record, and each holds every document") {
  const Graph graph = small_archive();
  REQUIRE(graph.nodes().size() > 10);
  REQUIRE(graph.meetings().size() > 1);
  REQUIRE(graph.statements().size() > 1);
  for (const std::uint64_t count : {1ULL, 2ULL, 3ULL, 5ULL}) {
    CAPTURE(count);
    std::map<std::string, int> held;  // "kind id" -> shards holding it
    for (std::uint64_t k = 0; k < count; ++k) {
      Graph part = graph;
      part.keep_shard({k, count});
      CHECK(part.documents() == graph.documents());
      for (const NodeData* n : part.nodes()) {
        if (Shard{k, count}.holds(n->id)) ++held["node " + n->id];
      }
      for (const EdgeData* e : part.edges()) {
        ++held["edge " + e->id];
        CHECK(part.find_node(e->source) != nullptr);  // a placeholder at least: the edge keeps its ends
        CHECK(part.find_node(e->target) != nullptr);
      }
      for (const auto& entry : part.meetings()) ++held["meeting " + entry.first];
      for (const auto& entry : part.statements()) ++held["statement " + entry.first];
    }
    std::size_t expected = graph.nodes().size() + graph.edges().size() + graph.meetings().size() + graph.statements().size();
    CHECK(held.size() == expected);
    for (const auto& entry : held) {
      CAPTURE(entry.first);
      CHECK(entry.second == 1);
    }
  }
}

TEST_CASE("the shards' graph.json files combine into the whole graph's bytes, in any order") {
  const Graph graph = small_archive();
  const std::string whole = graph_to_json_text(graph);
  for (const std::uint64_t count : {1ULL, 2ULL, 3ULL, 4ULL}) {
    CAPTURE(count);
    const fs::path dir = fresh_dir("combine-" + std::to_string(count));
    std::vector<std::string> files = write_shards(graph, count, dir);
    std::reverse(files.begin(), files.end());
    CHECK(shard_of_file(files.front()) == Shard{count - 1, count});
    CHECK(shard_inputs(files).size() == count);
    const CombineResult result = combine_shards(files, dir.string());
    CHECK(result.shards == count);
    CHECK(result.nodes == graph.nodes().size());
    CHECK(result.edges == graph.edges().size());
    CHECK(read_file(dir / "graph.json") == whole);
    CHECK_FALSE(shard_of_file((dir / "graph.json").string()).has_value());
    fs::remove_all(dir);
  }
}

TEST_CASE("combining refuses a missing shard, a shard twice, mixed counts and other files, writing nothing") {
  const Graph graph = small_archive();
  const fs::path dir = fresh_dir("refuse");
  const std::vector<std::string> four = write_shards(graph, 4, dir / "four");
  const std::vector<std::string> two = write_shards(graph, 2, dir / "two");
  const fs::path whole = dir / "whole.json";
  std::ofstream(whole) << graph_to_json_text(graph);
  struct Row {
    std::vector<std::string> files;
    const char* problem;
  };
  const Row table[] = {
      {{four[0], four[1], four[3]}, "3 of 4 shards given; missing: 2/4"},
      {{four[0], four[1], four[1], four[2], four[3]}, "shard 1/4 again"},
      {{four[0], four[1], four[2], two[1]}, "shards of different counts are not one graph"},
      {{four[0], four[1], four[2], four[3], whole.string()}, "no \"shard\" in its head"},
  };
  for (const Row& row : table) {
    CAPTURE(row.problem);
    const std::string message = error_of([&] { combine_shards(row.files, (dir / "out").string()); });
    CHECK(message.find(row.problem) != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "out" / "graph.json"));
  }
  // As merge inputs: shards with a whole graph among them are refused before any work.
  CHECK(error_of([&] { shard_inputs({four[0], whole.string()}); }).find("no shard, but") != std::string::npos);
  CHECK(shard_inputs({whole.string()}).empty());
  fs::remove_all(dir);
}
