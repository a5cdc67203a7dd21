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

namespace {

NodeData person(const std::string& id, const std::string& label, const std::string& country = "") {
  NodeData n{id, EntityType::person, label, {}, {}, {{"d", 0, 1}}};
  if (!country.empty()) n.attributes["country"] = country;
  return n;
}

EdgeData edge(const std::string& id, const std::string& type, const std::string& source, const std::string& target,
              const std::string& words = "") {
  EdgeData e{id, type, source, target, {}, {{"d", 0, 1}}};
  if (type == "met") e.attributes["status"] = "held";
  if (!words.empty()) e.attributes["evidence_text"] = words;
  return e;
}

std::string attribute(Agraph_t* g, void* object, const char* name) {
  (void)g;
  const char* value = agget(object, const_cast<char*>(name));
  return value ? value : "";
}

}  // namespace

TEST_CASE("DOT: backslashes and Graphviz escapes in the text stay text") {
  // Before: a label ending in a backslash ended the DOT string early (a
  // syntax error, and the rest read as DOT); \N in a tooltip became the node's name.
  Graph graph;
  graph.upsert_node(person("person:a", "C:\\temp\\"));
  graph.upsert_node(person("person:b", "Bee"));
  graph.upsert_edge(edge("e1", "met", "person:a", "person:b", "said \\N and \\G and \\n, a path C:\\temp\\"));
  const std::string dot = graph_to_dot(graph);
  Agraph_t* g = agmemread(dot.c_str());
  REQUIRE_MESSAGE(g != nullptr, dot);
  CHECK(agnnodes(g) == 2);
  CHECK(agnedges(g) == 1);
  Agnode_t* a = agnode(g, const_cast<char*>("person:a"), 0);
  REQUIRE(a != nullptr);
  CHECK(attribute(g, a, "label") == "C:\\\\temp\\\\");  // Graphviz reads \\ as one backslash
  agclose(g);
  const std::string svg = render_graph(graph, "svg");
  CHECK(svg.find(">C:\\temp\\</text>") != std::string::npos);
  CHECK(svg.find("said \\\u2060N and \\\u2060G and \\n, a path C:\\temp\\") != std::string::npos);
  CHECK(svg.find("said person:a") == std::string::npos);
}

TEST_CASE("pictures: bytes XML forbids never reach the SVG") {
  Graph graph;
  graph.upsert_node(person("person:a", "Ann\x01 Lee\xEF\xBF\xBE"));
  graph.upsert_node(person("person:b", "Bo\xEF\xBF\xBF"));
  graph.upsert_edge(edge("e1", "met", "person:a", "person:b", "Ann\x01 met Bo\xEF\xBF\xBE."));
  for (const std::string& text : {render_graph(graph, "svg"), graph_to_dot(graph)}) {
    CHECK(text.find('\x01') == std::string::npos);
    CHECK(text.find("\xEF\xBF\xBE") == std::string::npos);
    CHECK(text.find("\xEF\xBF\xBF") == std::string::npos);
  }
  CHECK(render_graph(graph, "svg").find("Lee\xEF\xBF\xBD") != std::string::npos);  // U+FFFD in its place
}

TEST_CASE("country colours: one per country, the same in every picture, never a country box's") {
  std::set<std::string> colours;
  for (char a = 'A'; a <= 'Z'; ++a) {
    for (char b = 'A'; b <= 'Z'; ++b) {
      const std::string colour = country_colour(std::string("country:") + a + b);
      CHECK(colour.size() == 7);
      CHECK(colour != "#ffffff");  // country boxes
      CHECK(colour != "#d9d9d9");  // people without a country
      colours.insert(colour);
    }
  }
  CHECK(colours.size() == 26 * 26);
  CHECK(country_colour("country:CN") != country_colour("country:US"));  // they shared one in the 12-colour palette
  // The same country, drawn with others or alone, keeps its colour.
  Graph both, alone;
  for (Graph* g : {&both, &alone}) {
    g->upsert_node(person("person:x", "Xi Lin", "country:CN"));
    g->upsert_node(person("person:z", "Zoe Park", "country:KR"));
    g->upsert_edge(edge("e1", "met", "person:x", "person:z"));
  }
  both.upsert_node(person("person:a", "Al Bo", "country:AD"));
  both.upsert_edge(edge("e2", "met", "person:a", "person:x"));
  const std::string cn = country_colour("country:CN");
  CHECK(graph_to_dot(both).find("fillcolor=\"" + cn + "\"") != std::string::npos);
  CHECK(graph_to_dot(alone).find("fillcolor=\"" + cn + "\"") != std::string::npos);
}

TEST_CASE("views: isolated nodes are left out with a notice, or kept") {
  Graph graph;
  graph.upsert_node(person("person:a", "Ann"));
  graph.upsert_node(person("person:b", "Bo"));
  graph.upsert_node(person("person:c", "Cy"));
  graph.upsert_node(person("person:d", "Di"));
  graph.upsert_edge(edge("e1", "met", "person:a", "person:b"));
  std::vector<std::string> notices;
  ViewOptions options;
  options.notice = [&](const std::string& m) { notices.push_back(m); };
  const Graph drawn = select_view(graph, options);
  CHECK(drawn.nodes().size() == 2);
  REQUIRE(notices.size() == 1);
  CHECK(notices[0] == "pictures: 2 node(s) without edges left out (--keep-isolated draws them)");
  options.keep_isolated = true;
  notices.clear();
  CHECK(select_view(graph, options).nodes().size() == 4);
  CHECK(notices.empty());
  // The ego node stays even when it has no edge.
  options.keep_isolated = false;
  options.ego = "Cy";
  CHECK(select_view(graph, options).nodes().size() == 1);
}

// "p" + 3 -> "p3", "person:" + "a" -> "person:a" (built by append: GCC 12 warns, wrongly, about operator+ here).
std::string numbered(const char* prefix, int i) {
  std::string out(prefix);
  out += std::to_string(i);
  return out;
}
std::string numbered(const char* prefix, const char* name) {
  std::string out(prefix);
  out += name;
  return out;
}

TEST_CASE("views: past max_nodes the most connected are drawn, with a notice") {
  Graph graph;
  // A hub with 5 neighbours, and 3 pairs: 12 nodes, 8 edges.
  graph.upsert_node(person("person:hub", "Hub"));
  for (int i = 0; i < 5; ++i) {
    graph.upsert_node(person(numbered("person:s", i), numbered("S", i)));
    graph.upsert_edge(edge(numbered("h", i), "met", "person:hub", numbered("person:s", i)));
  }
  for (int i = 0; i < 3; ++i) {
    graph.upsert_node(person(numbered("person:p", i), numbered("P", i)));
    graph.upsert_node(person(numbered("person:q", i), numbered("Q", i)));
    graph.upsert_edge(edge(numbered("p", i), "met", numbered("person:p", i), numbered("person:q", i)));
  }
  std::vector<std::string> notices;
  ViewOptions options;
  options.max_nodes = 6;
  options.notice = [&](const std::string& m) { notices.push_back(m); };
  const Graph drawn = select_view(graph, options);
  CHECK(drawn.nodes().size() == 6);
  CHECK(drawn.find_node("person:hub") != nullptr);
  CHECK(drawn.edges().size() == 5);
  REQUIRE(notices.size() == 1);
  CHECK(notices[0].starts_with("pictures: 12 nodes are too many to lay out; the 6 most connected are drawn"));
  options.max_nodes = 0;  // no limit
  CHECK(select_view(graph, options).nodes().size() == 12);
}

TEST_CASE("--ego: the breadth-first search finds what hop-by-hop search finds") {
  // A chain a-b-c-d-e with a branch c-x, and a separate pair y-z.
  Graph graph;
  for (const char* id : {"a", "b", "c", "d", "e", "x", "y", "z"}) graph.upsert_node(person(numbered("person:", id), id));
  const std::pair<const char*, const char*> links[] = {{"a", "b"}, {"b", "c"}, {"c", "d"}, {"d", "e"}, {"x", "c"}, {"y", "z"}};
  int n = 0;
  for (const auto& [s, t] : links) {
    graph.upsert_edge(edge(numbered("e", n++), "holds_office", numbered("person:", s), numbered("person:", t)));
  }
  const auto ids = [](const Graph& g) {
    std::string out;
    for (const NodeData* node : g.nodes()) out += node->label;
    return out;
  };
  ViewOptions options;
  options.ego = "c";
  const std::pair<std::size_t, std::string> expected[] = {{0, "c"}, {1, "bcdx"}, {2, "abcdex"}, {9, "abcdex"}};
  for (const auto& row : expected) {
    const std::size_t depth = row.first;
    const std::string& nodes = row.second;
    CAPTURE(depth);
    options.depth = depth;
    CHECK(ids(select_view(graph, options)) == nodes);
  }
  options.ego = "y";
  options.depth = 3;
  CHECK(ids(select_view(graph, options)) == "yz");
}
