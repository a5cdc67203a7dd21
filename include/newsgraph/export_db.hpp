// Stage 8, export for graph databases: the graph as Neo4j bulk-import CSV,
// an idempotent Cypher script, Kuzu CSV files with their schema, RDF Turtle
// and GraphML. Each is a free function that reads a Graph and returns bytes;
// nothing is written until the caller writes the files.
//
// One property-graph model behind the Neo4j, Cypher, Kuzu and GraphML
// exports, with the same schema whatever the graph holds:
//  - node labels Person, Country, Office, Organization, Location (one per
//    node type), Meeting and Statement (the event records) and Document
//    (id, url, title, date, sha256, bytes);
//  - relationship types MET, SPOKE_ABOUT (a statement edge, with the
//    statement's text and kind), HOLDS_OFFICE, OFFICE_OF, AFFILIATED_WITH,
//    RELATED_TO (any other edge type, in its `type`), HAS_COUNTRY and
//    HAS_ORGANIZATION (a node's country and organization attributes),
//    PARTICIPATED_IN (entity -> Meeting, with its side), LOCATED_IN
//    (Meeting -> its place), SAID (entity -> Statement), ABOUT (Statement ->
//    entity), VIA (Statement -> the medium, when a node), MENTIONED_IN
//    (entity -> Document) and REPORTED_IN (Meeting or Statement -> Document),
//    both with the byte spans in that document;
//  - every row has `id` and its evidence: `doc`, `start_byte`, `end_byte`
//    (the first span) and `evidence` (every span, "doc:start-end"); node
//    rows have `name`, `aliases`, `mentions` and `attributes` (the other
//    attributes, "key=value"). Lists are list columns (string[], STRING[]);
//    dates are typed where they are ISO (`date`), with the words in `date_text`.
// Text has white space runs and control characters folded to one space, so
// that every CSV row is one line and no value holds the list separator.
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

/// Neo4j `neo4j-admin database import full` input: `nodes_<Label>.csv` per
/// label (`id:ID(Node)`, documents `id:ID(Document)`, `:LABEL`, typed columns
/// such as `mentions:long`, `date:date`, `aliases:string[]`),
/// `relationships_<TYPE>.csv` per type (`:START_ID`, `:END_ID`, `:TYPE`),
/// `import.sh` (the import command naming every file, the database first)
/// and `indexes.cypher` (constraints and indexes, run once the server is up).
std::vector<ExportFile> graph_to_neo4j_csv(const Graph& graph);

/// A Cypher script for a live Neo4j server: uniqueness constraints first,
/// then `UNWIND [...] AS row MERGE (n:Label {id: row.id}) SET ...` for the
/// nodes, then the relationships (each end found by its own MATCH, by label
/// and id; MERGE on the relationship id), then indexes. Re-running it
/// creates no duplicates.
std::string graph_to_cypher(const Graph& graph);

/// Kuzu input: `schema.cypher` (CREATE ... IF NOT EXISTS of every label and
/// relationship type, the same for every graph), `load.cypher` (LOAD FROM
/// ... MERGE on id, file names relative to the folder: it loads into an
/// empty database or on top of an earlier export) and the CSV files it
/// names: `<Label>.csv` and `<TYPE>_<From>_<To>.csv`.
std::vector<ExportFile> graph_to_kuzu(const Graph& graph);

/// RDF 1.1 Turtle (docs/rdf-vocabulary.md): schema.org classes and names,
/// PROV-O provenance (prov:wasDerivedFrom the document, prov:value the
/// words), evidence spans as Web Annotation oa:DataPositionSelector byte
/// ranges, the newsgraph vocabulary (https://newsgraph.example/ns#) for the
/// rest; edges also as reified statements with their own evidence.
std::string graph_to_turtle(const Graph& graph);

/// The same triples as TriG, in one named graph per document (named by the
/// document's IRI) holding what that document supports, so that a store can
/// drop one article; what no document supports is in the default graph.
std::string graph_to_trig(const Graph& graph);

/// The TriG dataset as N-Quads, one quad a line.
std::string graph_to_nquads(const Graph& graph);

/// GraphML with typed keys (attr.type string/long/boolean) for NetworkX,
/// Gephi and yEd: the nodes and relationships of the property-graph model
/// (documents with the id "document:<id>"), each with `type`, `label` and
/// its columns (lists joined by " | "), and yFiles graphics (label, shape,
/// colour) for yEd. met edges carry symmetric=true and have no arrows.
std::string graph_to_graphml(const Graph& graph);

}  // namespace newsgraph
