#include <doctest/doctest.h>

#include <graphviz/cgraph.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "helpers.hpp"
#include "newsgraph/error.hpp"
#include "newsgraph/export.hpp"
#include "export/files.hpp"

using namespace newsgraph;

namespace {

Graph sample_graph() {
  Graph graph;
  graph.add_document(testing::process(
      "Japanese Prime Minister Kenji Morimoto met US President John Carter in Tokyo on Monday.\n"
      "“We agreed to work together on trade,” Morimoto told reporters."));
  return graph;
}

}  // namespace

TEST_CASE("JSON follows the contract: fields, unique ids, endpoints that exist") {
  const auto j = graph_to_json(sample_graph());
  CHECK(j["format"] == "newsgraph");
  CHECK(j["version"] == 1);
  for (const char* key : {"documents", "nodes", "edges", "meetings", "statements"}) {
    CAPTURE(key);
    CHECK(j[key].is_array());
  }
  std::set<std::string> ids;
  for (const auto& n : j["nodes"]) {
    CHECK(ids.insert(n["id"].get<std::string>()).second);
    for (const char* key : {"type", "label", "aliases", "attributes", "mentions"}) CHECK(n.contains(key));
  }
  CHECK(ids.contains("person:kenji-morimoto"));
  for (const auto& e : j["edges"]) {
    CHECK(ids.contains(e["source"].get<std::string>()));
    CHECK(ids.contains(e["target"].get<std::string>()));
    CHECK_FALSE(e["evidence"].empty());
  }
  REQUIRE(j["meetings"].size() == 1);
  CHECK(j["meetings"][0]["status"] == "held");
  REQUIRE(j["statements"].size() == 1);
  CHECK(j["statements"][0]["speaker"] == "person:kenji-morimoto");
  CHECK(j["statements"][0]["kind"] == "direct");
}

TEST_CASE("the same graph gives byte-identical JSON and DOT") {
  CHECK(graph_to_json_text(sample_graph()) == graph_to_json_text(sample_graph()));
  CHECK(graph_to_dot(sample_graph()) == graph_to_dot(sample_graph()));
}

TEST_CASE("DOT written by cgraph reads back with the same nodes and styled by type") {
  const Graph graph = sample_graph();
  const std::string dot = graph_to_dot(graph);
  Agraph_t* g = agmemread(dot.c_str());
  REQUIRE(g != nullptr);
  CHECK(static_cast<std::size_t>(agnnodes(g)) == graph.nodes().size());
  Agnode_t* person = agnode(g, const_cast<char*>("person:kenji-morimoto"), 0);
  REQUIRE(person != nullptr);
  CHECK(std::string(agget(person, const_cast<char*>("label"))) == "Kenji Morimoto\nPrime Minister");  // office in the label
  CHECK(std::string(agget(person, const_cast<char*>("shape"))) == "ellipse");
  Agnode_t* country = agnode(g, const_cast<char*>("country:JP"), 0);
  REQUIRE(country != nullptr);
  CHECK(std::string(agget(country, const_cast<char*>("shape"))) == "box");
  agclose(g);
}

TEST_CASE("gvc renders SVG and PNG in-process") {
  const Graph graph = sample_graph();
  const std::string svg = render_graph(graph, "svg");
  CHECK(svg.find("<svg") != std::string::npos);
  CHECK(svg.find("Kenji Morimoto") != std::string::npos);
  const std::string png = render_graph(graph, "png");
  REQUIRE(png.size() > 8);
  CHECK(png.substr(1, 3) == "PNG");
  CHECK_THROWS_AS(render_graph(graph, "no-such-format"), Error);
}

TEST_CASE("atomic writes replace whole files and fail with the path") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "newsgraph-test-export";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string path = (dir / "graph.json").string();
  write_file_atomically(path, "first");
  write_file_atomically(path, "second");
  std::ifstream in(path);
  std::stringstream content;
  content << in.rdbuf();
  CHECK(content.str() == "second");
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir)) ++files;
  CHECK(files == 1);  // no temporary left behind
  CHECK_THROWS_AS(write_file_atomically((dir / "missing" / "graph.json").string(), "x"), Error);
  fs::remove_all(dir);
}
