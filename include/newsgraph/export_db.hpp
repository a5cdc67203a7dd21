// Stage 8, export for graph databases: the graph as Neo4j bulk-import CSV,
// an idempotent Cypher script, Kuzu CSV files with their schema, RDF Turtle
// and GraphML. Each is a free function that reads a Graph and returns bytes;
// nothing is written until the caller writes the files.
//
// One property-graph model behind the Neo4j, Cypher and Kuzu exports, so the
// same database results whichever way it is loaded:
//  - node labels Person, Country, Office, Organization, Location (one per
//    node type), plus Meeting and Statement for the event records;
//  - relationship types from the edge types upper-cased (MET, HOLDS_OFFICE,
//    OFFICE_OF, AFFILIATED_WITH, ...; a statement edge is SPOKE_ABOUT, with
//    the statement's text and kind on it), plus PARTICIPATED_IN
//    (entity -> Meeting), SAID (entity -> Statement), ABOUT (Statement -> entity);
//  - every row has `id` (the graph id) and its evidence: `doc`, `start_byte`,
//    `end_byte` (the first span, ints) and `evidence` (every span,
//    "doc:start-end" joined by " | "); node rows have `name`, `aliases`
//    (joined by " | "), `mentions` (int) and one column per attribute key.
// Lists are joined strings, not list properties, because Kuzu cannot type an
// empty or null list in a Cypher literal; text has its white space runs
// (newlines included) folded to one space, so every CSV row is one line.
//
// Output is deterministic: tables, rows and columns sorted. Pure functions of
// the graph: thread-safe for concurrent readers of one Graph.
#pragma once

#include <string>
#include <vector>

#include "newsgraph/graph.hpp"

namespace newsgraph {

/// One file of a multi-file export: a plain file name and its bytes.
struct ExportFile {
  std::string name;
  std::string content;
};

/// Neo4j `neo4j-admin database import full` input: `nodes_<label>.csv` per
/// node label (`id:ID`, `:LABEL`, typed columns such as `mentions:int`),
/// `relationships_<TYPE>.csv` per relationship type (`:START_ID`, `:END_ID`,
/// `:TYPE`), and `import.sh`, the import command naming every file.
std::vector<ExportFile> graph_to_neo4j_csv(const Graph& graph);

/// A Cypher script for a live Neo4j server: uniqueness constraints first,
/// then `UNWIND [...] AS row MERGE (n:Label {id: row.id}) SET ...` for the
/// nodes, then the relationships (MATCH both ends by label and id, MERGE on
/// the relationship id). Re-running it creates no duplicates. Apart from the
/// `CREATE CONSTRAINT` lines the statements also run on Kuzu.
std::string graph_to_cypher(const Graph& graph);

/// Kuzu input: `schema.cypher` (CREATE NODE TABLE per label, CREATE REL TABLE
/// per relationship type with every FROM/TO pair), `copy.cypher` (COPY ...
/// FROM with file names relative to the folder) and the CSV files it names:
/// `<Label>.csv` and `<TYPE>_<From>_<To>.csv`.
std::vector<ExportFile> graph_to_kuzu(const Graph& graph);

/// RDF 1.1 Turtle in the newsgraph vocabulary (https://newsgraph.example/ns#,
/// described in docs/rdf-vocabulary.md): node types as classes, edges as
/// properties between node resources, meetings, statements, documents and
/// edges as resources, evidence as ng:Span blank nodes.
std::string graph_to_turtle(const Graph& graph);

/// GraphML with typed keys (attr.type string/int) for NetworkX, Gephi and yEd:
/// node ids are the graph ids; nodes carry type, label, aliases, mentions,
/// their attributes and evidence; edges carry id, type, their attributes,
/// evidence and, for statements, the statement's text and kind.
std::string graph_to_graphml(const Graph& graph);

}  // namespace newsgraph
