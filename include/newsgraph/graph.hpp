// Stage 7, build graph: documents' entities, relations and events folded
// into one Boost.Graph adjacency_list with bundled properties.
//
// Nodes and edges are keyed by deterministic ids (an id -> vertex index and
// an id -> edge index), so adding documents is a union by id: aliases,
// mentions and evidence are united, never duplicated. Not thread-safe for
// writing; build one Graph per thread and merge() them.
//
// Merging is associative and commutative: every field is united (sets) or
// chosen by a rule that does not depend on order (the label is the longest
// name, ties to the smaller; an attribute seen with two values keeps the
// smaller; two records with one id keep the smaller), so any split of a
// corpus, merged in any order, gives the same graph as one run.
//
// Documents are keyed by the SHA-256 of their text. An article seen twice is
// one document: its record is the smallest of the records seen (by id, then
// source, ...). Documents sharing an id but not a text are told apart: the
// one with the smallest sha256 keeps the id, the others get "ID-<sha256[:8]>".
// Spans follow these ids (a merge may rename a document's spans).
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "newsgraph/model.hpp"

namespace newsgraph {

/// A byte span in a named document: the provenance unit of the graph.
struct DocSpan {
  std::string doc;
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  friend auto operator<=>(const DocSpan&, const DocSpan&) = default;
};

struct NodeData {
  std::string id;
  EntityType type = EntityType::person;
  std::string label;
  std::set<std::string> aliases;
  std::map<std::string, std::string> attributes;
  std::set<DocSpan> mentions;
};

struct EdgeData {
  std::string id;
  std::string type;
  std::string source;
  std::string target;
  std::map<std::string, std::string> attributes;
  std::set<DocSpan> evidence;
};

struct DocumentRecord {
  std::string id, source, title, date, sha256;
  std::size_t bytes = 0;
  std::string text_origin = "as_read";       ///< see Document::text_origin
  std::map<std::string, std::string> meta;  ///< see Document::meta (values are JSON texts)
  friend auto operator<=>(const DocumentRecord&, const DocumentRecord&) = default;
};

/// The id a document record was given before any "-<sha256[:8]>" suffix.
std::string base_document_id(const DocumentRecord& record);

struct MeetingRecord {
  std::string id;
  std::vector<std::string> participants;
  std::vector<std::vector<std::string>> sides;
  MeetingStatus status = MeetingStatus::held;
  MeetingMode mode = MeetingMode::unknown;
  std::string location, date;
  std::set<DocSpan> evidence;
};

struct StatementRecord {
  std::string id, speaker;
  StatementKind kind = StatementKind::direct;
  std::string text;
  std::vector<std::string> about;
  std::string medium;
  std::set<DocSpan> evidence;
};

class Graph {
 public:
  // listS out-edge lists keep edge descriptors valid while edges are added.
  using Adjacency = boost::adjacency_list<boost::listS, boost::vecS, boost::bidirectionalS, NodeData, EdgeData>;
  using Vertex = Adjacency::vertex_descriptor;
  using Edge = Adjacency::edge_descriptor;

  Graph() = default;
  // Boost's adjacency_list has no move and copies its edges, so the id ->
  // edge index is rebuilt for the copy (edge descriptors point into their graph).
  Graph(const Graph& other);
  Graph(Graph&& other) : Graph(static_cast<const Graph&>(other)) {}
  Graph& operator=(const Graph& other);
  Graph& operator=(Graph&& other) { return *this = static_cast<const Graph&>(other); }
  ~Graph() = default;

  /// Folds one processed document in; the same as merge(fragment(doc)).
  /// A document whose text (sha256) and date are already in the graph is
  /// skipped, since it would add nothing; returns false when the sha256 was
  /// already known (an article fed twice adds nothing).
  bool add_document(const Document& doc);
  /// Folds one processed document in, always: the same as
  /// merge(fragment(doc)), without building the fragment first.
  void fold_document(const Document& doc);

  /// The graph of one processed document alone (what `newsgraph extract` writes).
  static Graph fragment(const Document& doc);
  /// The same on the heap: a Graph cannot be moved without a copy.
  static std::unique_ptr<Graph> make_fragment(const Document& doc);

  /// Union of another graph into this one (by ids; documents by sha256).
  void merge(const Graph& other);
  /// The same from a graph that is not needed afterwards: its records are
  /// moved rather than copied, and it is left empty.
  void merge(Graph&& other);
  /// The same, with the meetings and statements merged on a second thread
  /// while the nodes and edges are merged on this one (they share nothing).
  void merge_on_two_threads(Graph&& other);

  /// Adds or unites a node; returns its vertex.
  Vertex upsert_node(const NodeData& node);
  Vertex upsert_node(NodeData&& node);
  /// Adds or unites an edge (by id); both endpoints must exist.
  void upsert_edge(const EdgeData& edge);
  void upsert_edge(EdgeData&& edge);
  void upsert_meeting(const MeetingRecord& meeting);
  void upsert_meeting(MeetingRecord&& meeting);
  void upsert_statement(const StatementRecord& statement);
  void upsert_statement(StatementRecord&& statement);
  void add_document_record(const DocumentRecord& record);

  const Adjacency& adjacency() const { return g_; }
  const NodeData* find_node(const std::string& id) const;

  /// Sorted by id: the order of every export.
  std::vector<const NodeData*> nodes() const;
  std::vector<const EdgeData*> edges() const;
  const std::map<std::string, DocumentRecord>& documents() const { return documents_; }  ///< by id
  const std::map<std::string, MeetingRecord>& meetings() const { return meetings_; }      ///< by id
  const std::map<std::string, StatementRecord>& statements() const { return statements_; }  ///< by id
  bool has_document_sha(const std::string& sha256) const { return id_by_sha_.contains(sha256); }
  /// The document with that text, or nullptr.
  const DocumentRecord* find_document_by_sha(const std::string& sha256) const;

 private:
  // Folds a document into this graph (empty or not): its record first, so
  // that its spans are made with the id it has here.
  void fill_from(const Document& doc);
  // Adds the records of `records` (keyed by their ids); returns how each of
  // their ids is called here, and renames documents here when needed.
  std::map<std::string, std::string> merge_documents(const std::map<std::string, DocumentRecord>& records);
  void rename_documents(const std::map<std::string, std::string>& renames);
  template <class Other>  // const Graph& or Graph&&
  void merge_content(Other&& other, const std::map<std::string, std::string>& doc_ids, bool two_threads = false);
  template <class NodeT>
  Vertex upsert_node_impl(NodeT&& node);
  template <class EdgeT>
  void upsert_edge_impl(EdgeT&& edge);
  template <class MeetingT>
  void upsert_meeting_impl(MeetingT&& meeting);
  template <class StatementT>
  void upsert_statement_impl(StatementT&& statement);

  Adjacency g_;
  std::map<std::string, Vertex> vertex_by_id_;
  // Hashed: the largest index of a big graph, looked up for every edge of
  // every merged fragment; edges() sorts.
  std::unordered_map<std::string, Edge> edge_by_id_;
  std::map<std::string, DocumentRecord> documents_;
  std::map<std::string, std::string> id_by_sha_;             // sha256 -> document id
  std::map<std::string, std::set<std::string>> shas_by_base_;  // base id -> sha256s
  std::map<std::string, MeetingRecord> meetings_;
  std::map<std::string, StatementRecord> statements_;
};

/// A short content hash used in edge, meeting and statement ids.
std::string short_hash(const std::string& content);

/// The words of the first of `evidence` in `doc`, white space folded, cut to
/// at most 300 bytes at a character boundary: stored on every edge as the
/// attribute "evidence_text" (a picture's tooltip, a database property).
std::string evidence_text(const Document& doc, const std::vector<Span>& evidence);

}  // namespace newsgraph
