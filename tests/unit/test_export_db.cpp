#include <doctest/doctest.h>

#include <graphviz/cgraph.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "helpers.hpp"
#include "newsgraph/error.hpp"
#include "newsgraph/export.hpp"
#include "export/files.hpp"
#include "newsgraph/export_db.hpp"

using namespace newsgraph;

namespace {

Graph sample_graph() {
  Graph graph;
  graph.add_document(testing::process(
      "Japanese Prime Minister Kenji Morimoto met US President John Carter in Tokyo on Monday.\n"
      "\u201cWe agreed to work together on trade with the \"US\",\u201d Morimoto told reporters."));
  return graph;
}

const ExportFile& file(const std::vector<ExportFile>& files, const std::string& name) {
  const auto it = std::find_if(files.begin(), files.end(), [&](const ExportFile& f) { return f.name == name; });
  REQUIRE_MESSAGE(it != files.end(), name);
  return *it;
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
  return n;
}

ViewOptions view(const std::string& type, const std::string& ego = "", std::size_t depth = 1, std::size_t min_mentions = 0) {
  ViewOptions options;
  options.view = type;
  options.ego = ego;
  options.depth = depth;
  options.min_mentions = min_mentions;
  return options;
}

}  // namespace

TEST_CASE("every edge carries the words of its evidence") {
  const Graph graph = sample_graph();
  bool met = false;
  for (const EdgeData* e : graph.edges()) {
    CAPTURE(e->id);
    REQUIRE(e->attributes.contains("evidence_text"));
    if (e->type == "met") {
      met = true;
      CHECK(e->attributes.at("evidence_text") ==
            "Japanese Prime Minister Kenji Morimoto met US President John Carter in Tokyo on Monday.");
    }
  }
  CHECK(met);
}

TEST_CASE("Neo4j CSV: one nodes file per label, typed headers, one line per row") {
  const Graph graph = sample_graph();
  const auto files = graph_to_neo4j_csv(graph);
  const auto people = lines(file(files, "nodes_Person.csv").content);
  REQUIRE(people.size() == 3);  // header, John Carter, Kenji Morimoto
  CHECK(people[0] == "id:ID,name,aliases,mentions:int,country,doc,start_byte:int,end_byte:int,evidence,:LABEL");
  CHECK(people[1].starts_with("\"person:john-carter\",\"John Carter\","));
  CHECK(people[2].starts_with("\"person:kenji-morimoto\",\"Kenji Morimoto\",\"Morimoto\",2,\"country:JP\",\"test\",24,38,"));
  CHECK(people[2].ends_with(",Person"));
  const auto met = lines(file(files, "relationships_MET.csv").content);
  REQUIRE(met.size() == 2);
  CHECK(met[0].starts_with(":START_ID,:END_ID,:TYPE,id,mode,date,location,"));
  CHECK(met[1].find(",MET,") != std::string::npos);
  // A quote inside text is doubled, as CSV wants.
  const std::string statements = file(files, "nodes_Statement.csv").content;
  CHECK(statements.find("with the \"\"US\"\"\"") != std::string::npos);
  const std::string import = file(files, "import.sh").content;
  for (const ExportFile& f : files) {
    if (f.name.ends_with(".csv")) CHECK_MESSAGE(import.find("=" + f.name + " ") != std::string::npos, f.name);
  }
}

TEST_CASE("Cypher script: constraints, then node MERGEs, then relationship MERGEs, strings escaped") {
  const std::string cypher = graph_to_cypher(sample_graph());
  const auto constraint = cypher.rfind("CREATE CONSTRAINT");
  const auto node_merge = cypher.find("MERGE (n:Person {id: row.id})");
  const auto rel_merge = cypher.find("MERGE (a)-[r:MET {id: row.id}]->(b)");
  REQUIRE(node_merge != std::string::npos);
  REQUIRE(rel_merge != std::string::npos);
  CHECK(constraint < cypher.find("\nMERGE"));
  CHECK(node_merge < rel_merge);
  CHECK(cypher.find("CREATE CONSTRAINT newsgraph_person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;") !=
        std::string::npos);
  CHECK(cypher.find("MATCH (a:Person {id: row.source}), (b:Person {id: row.target})") != std::string::npos);
  CHECK(cypher.find("mentions: 2") != std::string::npos);
  CHECK(cypher.find("CREATE (") == std::string::npos);  // only MERGE: re-runnable
  Graph quoted;
  quoted.upsert_node({"person:o-brien", EntityType::person, "Pat O'Brien \\ Jr", {}, {}, {{"d", 0, 3}}});
  CHECK(graph_to_cypher(quoted).find("name: 'Pat O\\'Brien \\\\ Jr'") != std::string::npos);
}

TEST_CASE("Kuzu: schema per label and type, COPY per file, start_byte/end_byte, no list columns") {
  const auto files = graph_to_kuzu(sample_graph());
  const std::string schema = file(files, "schema.cypher").content;
  CHECK(schema.find("CREATE NODE TABLE IF NOT EXISTS Person(id STRING, name STRING, aliases STRING, mentions INT64, "
                    "country STRING, doc STRING, start_byte INT64, end_byte INT64, evidence STRING, PRIMARY KEY (id));") !=
        std::string::npos);
  CHECK(schema.find("CREATE REL TABLE IF NOT EXISTS MET(FROM Person TO Person, id STRING") != std::string::npos);
  CHECK(schema.find("CREATE REL TABLE IF NOT EXISTS SPOKE_ABOUT(") != std::string::npos);  // STATEMENT would be the Statement table
  CHECK(schema.find(" end ") == std::string::npos);
  CHECK(schema.find("[]") == std::string::npos);
  const std::string copy = file(files, "copy.cypher").content;
  CHECK(copy.find("COPY Person FROM 'Person.csv' (header=true);") != std::string::npos);
  CHECK(copy.find("COPY MET FROM 'MET_Person_Person.csv' (from='Person', to='Person', header=true);") != std::string::npos);
  for (const ExportFile& f : files) {
    if (f.name.ends_with(".csv")) CHECK_MESSAGE(copy.find("'" + f.name + "'") != std::string::npos, f.name);
  }
  CHECK(lines(file(files, "MET_Person_Person.csv").content)[0].starts_with("from,to,id,"));
}

TEST_CASE("Turtle: classes, edge properties, events as resources, evidence spans, escaped literals") {
  const std::string ttl = graph_to_turtle(sample_graph());
  CHECK(ttl.find("@prefix ng: <https://newsgraph.example/ns#> .") != std::string::npos);
  CHECK(ttl.find("<https://newsgraph.example/id/person:kenji-morimoto>\n  a ng:Person ;") != std::string::npos);
  CHECK(ttl.find("  rdfs:label \"Kenji Morimoto\" ;") != std::string::npos);
  CHECK(ttl.find("  ng:country <https://newsgraph.example/id/country:JP> ;") != std::string::npos);
  CHECK(ttl.find("  ng:met <https://newsgraph.example/id/person:kenji-morimoto> ;") != std::string::npos);
  CHECK(ttl.find("  a ng:Meeting ;") != std::string::npos);
  CHECK(ttl.find("  a ng:Statement ;") != std::string::npos);
  CHECK(ttl.find("ng:participant <https://newsgraph.example/id/person:john-carter>") != std::string::npos);
  CHECK(ttl.find("[ a ng:Span ; ng:document <https://newsgraph.example/doc/test> ; ng:startByte 24 ; ng:endByte 38 ]") !=
        std::string::npos);
  CHECK(ttl.find("with the \\\"US\\\"") != std::string::npos);
  // Every subject ends with " ." and nothing is left dangling.
  CHECK(ttl.find(";\n\n") == std::string::npos);
  CHECK(ttl.ends_with(" .\n"));
}

TEST_CASE("GraphML: typed keys, graph ids as node ids, one edge element per edge") {
  const Graph graph = sample_graph();
  const std::string xml = graph_to_graphml(graph);
  CHECK(xml.find("<key id=\"n_mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"int\"/>") != std::string::npos);
  CHECK(xml.find("<key id=\"n_a_country\" for=\"node\" attr.name=\"country\" attr.type=\"string\"/>") != std::string::npos);
  CHECK(xml.find("<node id=\"person:kenji-morimoto\">") != std::string::npos);
  CHECK(count(xml, "<node id=") == graph.nodes().size());
  CHECK(count(xml, "<edge id=") == graph.edges().size());
  CHECK(xml.find("with the &quot;US&quot;") != std::string::npos);
}

TEST_CASE("exports are deterministic") {
  CHECK(graph_to_cypher(sample_graph()) == graph_to_cypher(sample_graph()));
  CHECK(graph_to_turtle(sample_graph()) == graph_to_turtle(sample_graph()));
  CHECK(graph_to_graphml(sample_graph()) == graph_to_graphml(sample_graph()));
  const auto a = graph_to_kuzu(sample_graph());
  const auto b = graph_to_kuzu(sample_graph());
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) CHECK(a[i].content == b[i].content);
}

TEST_CASE("views: meetings, ego by name, depth, min-mentions, and their errors") {
  const Graph graph = sample_graph();
  const Graph meetings = select_view(graph, view("meetings"));
  REQUIRE(meetings.nodes().size() == 2);
  for (const NodeData* n : meetings.nodes()) CHECK(n->type == EntityType::person);
  REQUIRE(meetings.edges().size() == 1);
  CHECK(meetings.edges().front()->type == "met");
  CHECK(meetings.find_node("person:kenji-morimoto")->attributes.at("office_titles") == "Prime Minister");
  CHECK(meetings.find_node("person:kenji-morimoto")->attributes.at("country_name") == "Japan");

  // By alias, any case; depth 1 keeps the neighbours, not theirs.
  const Graph ego = select_view(graph, view("full", "morimoto", 1));
  CHECK(ego.find_node("person:kenji-morimoto") != nullptr);
  CHECK(ego.find_node("person:john-carter") != nullptr);
  CHECK(ego.find_node("office:US:president") == nullptr);
  const Graph wider = select_view(graph, view("full", "person:kenji-morimoto", 2));
  CHECK(wider.nodes().size() > ego.nodes().size());

  const Graph frequent = select_view(graph, view("full", "", 1, 2));
  for (const NodeData* n : frequent.nodes()) CHECK(n->mentions.size() >= 2);
  CHECK(frequent.find_node("person:kenji-morimoto") != nullptr);

  CHECK_THROWS_WITH_AS(select_view(graph, view("full", "Nobody")), "--ego: no node is called \"Nobody\"", Error);
  CHECK_THROWS_WITH_AS(select_view(graph, view("meetings", "Japan")),
                       "--ego: no node of the meetings view is called \"Japan\"", Error);
  CHECK_THROWS_AS(select_view(graph, view("bogus")), Error);
}

TEST_CASE("pictures: legend, country colours, evidence tooltips, views and layouts render") {
  const Graph graph = sample_graph();
  const std::string svg = render_graph(graph, "svg");
  CHECK(svg.find("Legend") != std::string::npos);
  CHECK(svg.find("person of Japan") != std::string::npos);
  CHECK(svg.find("Prime Minister") != std::string::npos);
  CHECK(svg.find("xlink:title=\"Japanese Prime Minister Kenji Morimoto met US President John Carter") != std::string::npos);
  const std::string pdf = render_graph(select_view(graph, view("meetings")), "pdf", "neato");
  CHECK(pdf.starts_with("%PDF"));
  CHECK(render_graph(graph, "svg", "sfdp").find("<svg") != std::string::npos);
  // graph.dot stays the data graph: no legend node in it.
  Agraph_t* g = agmemread(graph_to_dot(graph).c_str());
  REQUIRE(g != nullptr);
  CHECK(static_cast<std::size_t>(agnnodes(g)) == graph.nodes().size());
  agclose(g);
}

TEST_CASE("write_files_atomically writes a folder of files and names the folder on failure") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "newsgraph-test-export-db";
  fs::remove_all(dir);
  write_files_atomically((dir / "kuzu").string(), graph_to_kuzu(sample_graph()));
  CHECK(fs::exists(dir / "kuzu" / "schema.cypher"));
  CHECK(fs::exists(dir / "kuzu" / "Person.csv"));
  std::ofstream(dir / "blocker") << "x";
  CHECK_THROWS_AS(write_files_atomically((dir / "blocker" / "sub").string(), {{"a.csv", "x"}}), Error);
  fs::remove_all(dir);
}
