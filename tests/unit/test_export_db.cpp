#include <doctest/doctest.h>

#include <graphviz/cgraph.h>

#include <sys/resource.h>

#include <algorithm>
#include <csignal>
#include <iterator>
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
      "\u201cWe agreed to work together on trade with the \"US\",\u201d Morimoto told reporters.",
      "2025-05-01"));
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

TEST_CASE("Neo4j CSV: a file per label and type, typed headers, lists, documents, one line per row") {
  const Graph graph = sample_graph();
  const auto files = graph_to_neo4j_csv(graph);
  const auto people = lines(file(files, "nodes_Person.csv").content);
  REQUIRE(people.size() == 3);  // header, John Carter, Kenji Morimoto
  CHECK(people[0] ==
        "id:ID(Node),name,aliases:string[],mentions:long,attributes:string[],doc,start_byte:long,end_byte:long,evidence:string[],:LABEL");
  CHECK(people[1].starts_with("\"person:john-carter\",\"John Carter\","));
  // The country is a relationship, not an id string; no attribute is left.
  CHECK(people[2].starts_with("\"person:kenji-morimoto\",\"Kenji Morimoto\",\"Morimoto\",2,,\"test\",24,38,"));
  CHECK(people[2].ends_with(",Person"));
  const auto has_country = lines(file(files, "relationships_HAS_COUNTRY.csv").content);
  CHECK(std::find(has_country.begin(), has_country.end(),
                  "\"person:kenji-morimoto\",\"country:JP\",HAS_COUNTRY,\"person:kenji-morimoto/country\"") != has_country.end());
  // Documents: URL, title, typed date, hash; what names what, in which document.
  const auto documents = lines(file(files, "nodes_Document.csv").content);
  REQUIRE(documents.size() == 2);
  CHECK(documents[0] == "id:ID(Document),url,title,date:date,date_text,sha256,bytes:long,text_origin,:LABEL");
  CHECK(documents[1].starts_with("\"test\",\"test.txt\",,\"2025-05-01\",\"2025-05-01\",\"3b345f1d"));
  const auto mentioned = lines(file(files, "relationships_MENTIONED_IN.csv").content);
  CHECK(mentioned[0] == ":START_ID(Node),:END_ID(Document),:TYPE,id,mentions:long,spans:string[],start_byte:long,end_byte:long");
  CHECK(std::find(mentioned.begin(), mentioned.end(),
                  "\"person:kenji-morimoto\",\"test\",MENTIONED_IN,\"person:kenji-morimoto@test\",2,\"24-38\x1F" "145-153\",24,38") !=
        mentioned.end());
  const auto met = lines(file(files, "relationships_MET.csv").content);
  REQUIRE(met.size() == 2);
  CHECK(met[0].starts_with(":START_ID(Node),:END_ID(Node),:TYPE,id,status,mode,date:date,date_text,location,meeting,"));
  CHECK(met[1].find(",MET,") != std::string::npos);
  CHECK(met[1].find(",\"Tokyo\",") != std::string::npos);  // the place by name
  const auto located = lines(file(files, "relationships_LOCATED_IN.csv").content);
  REQUIRE(located.size() == 2);
  CHECK(located[1].find(",\"location:tokyo\",LOCATED_IN,") != std::string::npos);
  // A quote inside text is doubled, as CSV wants.
  const std::string statements = file(files, "nodes_Statement.csv").content;
  CHECK(statements.find("with the \"\"US\"\"\"") != std::string::npos);
  // Every label and type has its file, even with no rows: the same files for every graph.
  const auto empty = graph_to_neo4j_csv(Graph());
  REQUIRE(empty.size() == files.size());
  for (std::size_t i = 0; i < files.size(); ++i) CHECK(empty[i].name == files[i].name);
}

TEST_CASE("Neo4j import.sh: the database first, every file, the array delimiter; indexes after import") {
  const auto files = graph_to_neo4j_csv(sample_graph());
  const std::string import = file(files, "import.sh").content;
  CHECK(import.find("neo4j-admin database import full \"$database\" --overwrite-destination") != std::string::npos);
  CHECK(import.find("--array-delimiter=U+001F") != std::string::npos);
  for (const ExportFile& f : files) {
    if (f.name.ends_with(".csv")) CHECK_MESSAGE(import.find("=" + f.name) != std::string::npos, f.name);
  }
  CHECK(import.find("indexes.cypher") != std::string::npos);
  const std::string indexes = file(files, "indexes.cypher").content;
  CHECK(indexes.find("CREATE CONSTRAINT newsgraph_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;") !=
        std::string::npos);
  CHECK(indexes.find("CREATE INDEX newsgraph_person_name IF NOT EXISTS FOR (n:Person) ON (n.name);") != std::string::npos);
  CHECK(indexes.find("CREATE INDEX newsgraph_met_id IF NOT EXISTS FOR ()-[r:MET]-() ON (r.id);") != std::string::npos);
}

TEST_CASE("CSV: formulas stay text in a spreadsheet, no NUL or control byte in a cell") {
  Graph graph;
  graph.upsert_node({"person:eq", EntityType::person, "=HYPERLINK(\"x\")", {"+1", "-2", "@SUM(A1)", "'quoted"}, {}, {{"d", 0, 3}}});
  graph.upsert_node({"person:nul", EntityType::person, std::string("Ann\0Lee\x01\x1F", 10), {}, {}, {{"d", 4, 7}}});
  const std::string csv = file(graph_to_neo4j_csv(graph), "nodes_Person.csv").content;
  CHECK(csv.find("\"'=HYPERLINK(\"\"x\"\")\"") != std::string::npos);
  CHECK(csv.find("\"''quoted\x1F+1\x1F-2\x1F@SUM(A1)\"") != std::string::npos);  // the first item leads the cell
  CHECK(csv.find(std::string(1, '\0')) == std::string::npos);
  CHECK(csv.find('\x01') == std::string::npos);
  CHECK(csv.find("\"Ann Lee\"") != std::string::npos);
  for (const ExportFile& f : graph_to_kuzu(graph)) {
    if (!f.name.ends_with(".csv")) continue;
    CAPTURE(f.name);
    CHECK(f.content.find(std::string(1, '\0')) == std::string::npos);
    for (const std::string& line : lines(f.content)) {
      std::size_t at = 0;
      while ((at = line.find(",\"", at)) != std::string::npos) {
        ++at;
        CHECK(std::string_view("=+-@").find(line[at + 1]) == std::string_view::npos);
      }
    }
  }
}

TEST_CASE("Cypher script: constraints, node MERGEs, relationship MERGEs with one MATCH per end, indexes") {
  const std::string cypher = graph_to_cypher(sample_graph());
  const auto constraint = cypher.rfind("CREATE CONSTRAINT");
  const auto node_merge = cypher.find("MERGE (n:Person {id: row.id})");
  const auto rel_merge = cypher.find("MERGE (a)-[r:MET {id: row.id}]->(b)");
  REQUIRE(node_merge != std::string::npos);
  REQUIRE(rel_merge != std::string::npos);
  CHECK(constraint < cypher.find("\nMERGE"));
  CHECK(node_merge < rel_merge);
  CHECK(rel_merge < cypher.find("CREATE INDEX"));
  CHECK(cypher.find("MATCH (a:Person {id: row.source})\nMATCH (b:Person {id: row.target})\n") != std::string::npos);
  CHECK(cypher.find("), (b:") == std::string::npos);  // no two patterns in one MATCH: no cartesian product
  CHECK(cypher.find("mentions: 2") != std::string::npos);
  CHECK(cypher.find("aliases: ['Morimoto']") != std::string::npos);
  CHECK(cypher.find("date: date('2025-05-01')") != std::string::npos);
  CHECK(cypher.find("CREATE (") == std::string::npos);  // only MERGE: re-runnable
  Graph quoted;
  quoted.upsert_node({"person:o-brien", EntityType::person, "Pat O'Brien \\ Jr", {}, {}, {{"d", 0, 3}}});
  CHECK(graph_to_cypher(quoted).find("name: 'Pat O\\'Brien \\\\ Jr'") != std::string::npos);
}

TEST_CASE("Kuzu: a fixed schema, a MERGE per file, lists split from the unit separator and united with the database's") {
  const auto files = graph_to_kuzu(sample_graph());
  const std::string schema = file(files, "schema.cypher").content;
  CHECK(schema.find("CREATE NODE TABLE IF NOT EXISTS Person(id STRING, name STRING, aliases STRING[], mentions INT64, "
                    "attributes STRING[], doc STRING, start_byte INT64, end_byte INT64, evidence STRING[], PRIMARY KEY (id));") !=
        std::string::npos);
  CHECK(schema.find("CREATE NODE TABLE IF NOT EXISTS Document(id STRING, url STRING, title STRING, date DATE,") != std::string::npos);
  CHECK(schema.find("CREATE REL TABLE IF NOT EXISTS MET(FROM Person TO Person, FROM Person TO Country") != std::string::npos);
  CHECK(schema.find("CREATE REL TABLE IF NOT EXISTS SPOKE_ABOUT(") != std::string::npos);  // STATEMENT would be the Statement table
  // The schema does not depend on the data: an empty graph has the same one.
  CHECK(file(graph_to_kuzu(Graph()), "schema.cypher").content == schema);
  const std::string load = file(files, "load.cypher").content;
  CHECK(load.find("FROM 'Person.csv' (header=true) MERGE (n:Person {id: ") != std::string::npos);
  CHECK(load.find("n.aliases = CASE WHEN n.aliases IS NULL THEN string_split(") != std::string::npos);
  CHECK(load.find("ELSE list_distinct(list_concat(n.evidence, string_split(") != std::string::npos);  // united with what is there
  CHECK(load.find("n.mentions = coalesce(size(CASE WHEN n.evidence IS NULL") != std::string::npos);
  CHECK(load.find("FROM 'MET_Person_Person.csv' (header=true) MATCH (a:Person {id: ") != std::string::npos);
  CHECK(load.find("COPY ") == std::string::npos);  // COPY fails on keys already in the database
  for (const ExportFile& f : files) {
    if (f.name.ends_with(".csv")) CHECK_MESSAGE(load.find("'" + f.name + "'") != std::string::npos, f.name);
  }
  CHECK(lines(file(files, "MET_Person_Person.csv").content)[0].starts_with("from,to,id,"));
}

TEST_CASE("Turtle: schema.org classes, PROV-O sources, Web Annotation byte spans, escaped literals") {
  const std::string ttl = graph_to_turtle(sample_graph());
  CHECK(ttl.find("@prefix schema: <https://schema.org/> .") != std::string::npos);
  CHECK(ttl.find("<https://newsgraph.example/id/person:kenji-morimoto>\n  a schema:Person ;\n  a ng:Person ;") != std::string::npos);
  CHECK(ttl.find("  schema:name \"Kenji Morimoto\" ;") != std::string::npos);
  CHECK(ttl.find("  schema:alternateName \"Morimoto\" ;") != std::string::npos);
  CHECK(ttl.find("  ng:country <https://newsgraph.example/id/country:JP> ;") != std::string::npos);
  CHECK(ttl.find("  ng:met <https://newsgraph.example/id/person:kenji-morimoto> ;") != std::string::npos);
  CHECK(ttl.find("  prov:wasDerivedFrom <https://newsgraph.example/doc/test>") != std::string::npos);
  CHECK(ttl.find("  a schema:Event ;\n  a ng:Meeting ;") != std::string::npos);
  CHECK(ttl.find("  schema:location <https://newsgraph.example/id/location:tokyo> ;") != std::string::npos);
  CHECK(ttl.find("  schema:datePublished \"2025-05-01\"^^xsd:date ;") != std::string::npos);
  CHECK(ttl.find("  schema:url <file:test.txt> ;") != std::string::npos);
  CHECK(ttl.find("  a oa:DataPositionSelector ;\n  oa:start 24 ;\n  oa:end 38 .") != std::string::npos);
  CHECK(ttl.find("with the \\\"US\\\"") != std::string::npos);
  CHECK(ttl.find(";\n\n") == std::string::npos);  // every subject ends with " ."
  CHECK(ttl.ends_with(" .\n"));
}

TEST_CASE("RDF: document sources as IRIs, # and ? in file names encoded") {
  Graph graph;
  DocumentRecord d;
  d.id = "a#b";
  d.source = "news/wire #1?.txt";
  d.sha256 = "00";
  graph.add_document_record(d);
  DocumentRecord web = d;
  web.id = "web";
  web.source = "https://example.org/story?id=7#top";
  web.sha256 = "01";
  graph.add_document_record(web);
  const std::string ttl = graph_to_turtle(graph);
  CHECK(ttl.find("<https://newsgraph.example/doc/a%23b>") != std::string::npos);
  CHECK(ttl.find("schema:url <file:news/wire%20%231%3F.txt>") != std::string::npos);
  CHECK(ttl.find("schema:url <https://example.org/story?id=7#top>") != std::string::npos);
  CHECK(ttl.find("ng:source \"news/wire #1?.txt\"") != std::string::npos);
}

TEST_CASE("TriG and N-Quads: a named graph per document with what it supports") {
  Graph graph = sample_graph();
  Document second = make_document("second", "second.txt", "Kenji Morimoto spoke in Osaka on Friday.");
  extract(second, testing::lexicon());
  graph.add_document(second);
  const std::string trig = graph_to_trig(graph);
  const std::string nq = graph_to_nquads(graph);
  CHECK(graph.documents().size() == 2);
  for (const auto& document : graph.documents()) {
    const std::string& id = document.first;
    CAPTURE(id);
    CHECK(trig.find("\n<https://newsgraph.example/doc/" + id + "> {\n") != std::string::npos);
  }
  // Morimoto is named in both documents: in both graphs, each with its own mentions.
  const std::string morimoto = "<https://newsgraph.example/id/person:kenji-morimoto> <https://schema.org/name> \"Kenji Morimoto\" ";
  std::size_t graphs = 0;
  for (const std::string& line : lines(nq)) {
    CHECK(line.ends_with(" ."));
    if (line.starts_with(morimoto)) ++graphs;
  }
  CHECK(graphs == 2);
  // The meeting only in the graph of the first article.
  for (const std::string& line : lines(nq)) {
    if (line.find("<https://schema.org/Event>") != std::string::npos) CHECK(line.ends_with("<https://newsgraph.example/doc/test> ."));
  }
}

TEST_CASE("GraphML: yEd labels, meetings, statements and documents as nodes, met without arrows") {
  const Graph graph = sample_graph();
  const std::string xml = graph_to_graphml(graph);
  CHECK(xml.find("<key id=\"n_mentions\" for=\"node\" attr.name=\"mentions\" attr.type=\"long\"/>") != std::string::npos);
  CHECK(xml.find("<key id=\"d_graphics\" for=\"node\" yfiles.type=\"nodegraphics\"/>") != std::string::npos);
  CHECK(xml.find("<node id=\"person:kenji-morimoto\">") != std::string::npos);
  CHECK(xml.find("<y:NodeLabel>Kenji Morimoto</y:NodeLabel>") != std::string::npos);
  CHECK(xml.find("<node id=\"document:test\">") != std::string::npos);
  const std::size_t records = graph.meetings().size() + graph.statements().size() + graph.documents().size();
  CHECK(count(xml, "<node id=") == graph.nodes().size() + records);
  CHECK(count(xml, "<edge id=") > graph.edges().size());
  CHECK(xml.find("<data key=\"e_symmetric\">true</data>") != std::string::npos);
  CHECK(xml.find("<y:Arrows source=\"none\" target=\"none\"/><y:EdgeLabel>met</y:EdgeLabel>") != std::string::npos);
  CHECK(xml.find("with the &quot;US&quot;") != std::string::npos);
  Graph odd;
  odd.upsert_node({"person:x", EntityType::person, "X\x01Y\xEF\xBF\xBEZ\xEF\xBF\xBF", {}, {}, {{"d", 0, 3}}});
  const std::string bad = graph_to_graphml(odd);
  CHECK(bad.find('\x01') == std::string::npos);
  CHECK(bad.find("\xEF\xBF\xBE") == std::string::npos);
  CHECK(bad.find("\xEF\xBF\xBF") == std::string::npos);
}

TEST_CASE("exports are deterministic") {
  CHECK(graph_to_cypher(sample_graph()) == graph_to_cypher(sample_graph()));
  CHECK(graph_to_turtle(sample_graph()) == graph_to_turtle(sample_graph()));
  CHECK(graph_to_graphml(sample_graph()) == graph_to_graphml(sample_graph()));
  CHECK(graph_to_trig(sample_graph()) == graph_to_trig(sample_graph()));
  CHECK(graph_to_nquads(sample_graph()) == graph_to_nquads(sample_graph()));
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

namespace {

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("a folder export is replaced whole: a full disk leaves the old folder, no new file beside an old one") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "newsgraph-test-export-folder";
  fs::remove_all(dir);
  const std::string folder = (dir / "neo4j").string();
  write_files_atomically(folder, {{"nodes.csv", "old nodes"}, {"relationships.csv", "old rels"}});
  // A file-size limit stands in for a full disk: the second file cannot be written.
  struct rlimit before {};
  getrlimit(RLIMIT_FSIZE, &before);
  const auto old_handler = std::signal(SIGXFSZ, SIG_IGN);
  struct rlimit small = before;
  small.rlim_cur = 1000;
  setrlimit(RLIMIT_FSIZE, &small);
  CHECK_THROWS_AS(write_files_atomically(folder, {{"nodes.csv", "new nodes"}, {"relationships.csv", std::string(5000, 'r')}}), Error);
  setrlimit(RLIMIT_FSIZE, &before);
  std::signal(SIGXFSZ, old_handler);
  CHECK(read_text(fs::path(folder) / "nodes.csv") == "old nodes");
  CHECK(read_text(fs::path(folder) / "relationships.csv") == "old rels");
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir)) ++entries;
  CHECK(entries == 1);  // no temporary folder left behind
  // And a good run replaces the folder whole: a file the new export does not have is gone.
  write_files_atomically(folder, {{"nodes.csv", "new nodes"}});
  CHECK(read_text(fs::path(folder) / "nodes.csv") == "new nodes");
  CHECK_FALSE(fs::exists(fs::path(folder) / "relationships.csv"));
  fs::remove_all(dir);
}
