// Stage 7, build graph: documents' entities, relations and events folded
// into one Boost.Graph adjacency_list with bundled properties.
//
// Nodes and edges are keyed by deterministic ids (an id -> vertex index and
// an id -> edge index), so adding documents is a union by id: aliases,
// mentions and evidence are united, never duplicated. Not thread-safe for
// writing; build one Graph per thread and merge() them.
//
// Merging is associative and commutative: every field is united (sets) or
// chosen by a rule that does not depend on order (the label is the
// well-formed form the most documents use, ties to the longer, then the
// smaller; a node given two types keeps the one its id names; an attribute
// seen with two values keeps the smaller; two records with one id keep the
// smaller), so any split of a corpus, merged in any order, gives the same
// graph as one run. What a document gave can be withdrawn exactly (an
// article its publisher corrected: settle_versions).
//
// Documents are keyed by the SHA-256 of their text. An article seen twice is
// one document: its record is the smallest of the records seen (by id, then
// source, ...). Documents sharing an id but not a text are told apart: the
// one with the smallest sha256 keeps the id, the others get "ID-<sha256[:8]>".
// Spans follow these ids (a merge may rename a document's spans).
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
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
  /// The documents that name the node by each form (in NFC): its votes for
  /// a label. The label is the well-formed form the most documents use
  /// (graph/names.hpp); every other form is an alias. In graph.json as
  /// "label_documents": {"form": ["document id", ...]}. (The fields added
  /// after the contract's have initializers: an aggregate initialization
  /// that lists only the first fields stays free of warnings.)
  std::map<std::string, std::set<std::string>> label_documents = {};
  /// For a node of two or more documents (else empty: everything is its one
  /// document's): the documents behind each alias and each attribute value,
  /// so that withdrawing a document takes back what it gave. In graph.json as
  /// "alias_documents" and "attribute_documents" when not empty.
  std::map<std::string, std::set<std::string>> alias_documents = {};
  std::map<std::string, std::map<std::string, std::set<std::string>>> attribute_documents = {};
};

struct EdgeData {
  std::string id;
  std::string type;
  std::string source;
  std::string target;
  std::map<std::string, std::string> attributes;
  std::set<DocSpan> evidence;
  /// For an edge of two or more documents: the documents behind each
  /// attribute value (as NodeData's). In graph.json when not empty.
  std::map<std::string, std::map<std::string, std::set<std::string>>> attribute_documents = {};
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

/// One of `count` parts of a graph, so that the reduce can run as `count`
/// processes, each holding about 1/count of the graph (`newsgraph merge
/// --shard K/N`): the nodes, edges, meetings and statements whose id hashes
/// to `index` (FNV-1a 64 of the id, modulo `count`), and every document.
/// The shards of one graph are disjoint, and together they are the graph.
struct Shard {
  std::uint64_t index = 0;  ///< from 0 to count - 1
  std::uint64_t count = 1;
  /// Whether the record with this id (a node's, an edge's, a meeting's or a statement's) is of this shard.
  bool holds(std::string_view id) const;
  friend bool operator==(const Shard&, const Shard&) = default;
};

/// The most shards a graph may be cut into.
inline constexpr std::uint64_t kMaxShards = 65536;

/// "K/N" as --shard takes it: shard K of N, K counted from 0 (0/4 .. 3/4).
/// Throws Error saying what is wrong (not two numbers, N of 0 or above
/// kMaxShards, K not below N).
Shard parse_shard(std::string_view text);
/// "K/N".
std::string to_string(const Shard& shard);

namespace detail {
struct GraphStorage;  // graph/storage.hpp: the Boost.Graph storage behind a Graph
}  // namespace detail

/// Documents, nodes, edges, meetings and statements. Nodes and edges live in
/// a Boost.Graph adjacency_list (graph/storage.hpp, internal to the library)
/// behind a pointer: a move takes the pointer, a copy copies the storage.
class Graph {
 public:
  Graph() noexcept;
  Graph(const Graph& other);
  Graph(Graph&& other) noexcept;
  Graph& operator=(const Graph& other);
  Graph& operator=(Graph&& other) noexcept;  ///< leaves `other` empty
  ~Graph();

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

  /// Union of another graph into this one (by ids; documents by sha256).
  void merge(const Graph& other);
  /// The same from a graph that is not needed afterwards: its records are
  /// moved rather than copied, and it is left empty.
  void merge(Graph&& other);
  /// The same, with the meetings and statements merged on a second thread
  /// while the nodes and edges are merged on this one (they share nothing).
  void merge_on_two_threads(Graph&& other);

  /// Adds or unites a node.
  void upsert_node(const NodeData& node);
  void upsert_node(NodeData&& node);
  /// Adds or unites an edge (by id); both endpoints must exist.
  void upsert_edge(const EdgeData& edge);
  void upsert_edge(EdgeData&& edge);
  void upsert_meeting(const MeetingRecord& meeting);
  void upsert_meeting(MeetingRecord&& meeting);
  void upsert_statement(const StatementRecord& statement);
  void upsert_statement(StatementRecord&& statement);
  void add_document_record(const DocumentRecord& record);

  const NodeData* find_node(const std::string& id) const;

  /// Articles their publishers corrected: documents with one id, one URL or
  /// one file (not a JSON Lines "PATH:LINE") but different texts are
  /// versions of one article. A version is replaced by a later one: dated
  /// later (both dated), else, with equal or unknown dates, one that is not
  /// in `previous_shas` (the graph an update started from) replaces one that
  /// is. Replaced versions are withdrawn (withdraw_documents). Versions that
  /// nothing orders are all kept. Returns a message per replaced document and
  /// per group kept whole. Depends only on the documents, not on their order.
  std::vector<std::string> settle_versions(const std::set<std::string>& previous_shas = {});
  /// Removes documents (by id): their records, and their mentions, label
  /// votes and evidence from every node, edge, meeting and statement; nodes,
  /// edges, meetings and statements no other document supports go too, and
  /// labels are chosen again. Aliases and attribute values are not traced to
  /// documents: a form or value only they gave stays on what other documents keep.
  void withdraw_documents(const std::set<std::string>& ids);

  /// Keeps only the records of `shard`: its nodes, edges, meetings and
  /// statements, and every document. An end of a kept edge that belongs to
  /// another shard stays as a placeholder node (its id alone), so that the
  /// edge has its ends; a shard's graph.json leaves placeholders out (they
  /// are not of its shard). Nothing changes for a shard count of 1.
  void keep_shard(const Shard& shard);

  /// What merging met and settled by rule rather than by union (a node id
  /// given two types), as messages naming the id, in the order met; they
  /// travel with merges and are cleared here. Empty for well-formed inputs.
  std::vector<std::string> take_warnings();

  /// Sorted by id: the order of every export.
  std::vector<const NodeData*> nodes() const;
  std::vector<const EdgeData*> edges() const;
  const std::map<std::string, DocumentRecord>& documents() const;      ///< by id
  const std::map<std::string, MeetingRecord>& meetings() const;        ///< by id
  const std::map<std::string, StatementRecord>& statements() const;    ///< by id
  bool has_document_sha(const std::string& sha256) const;
  /// The document with that text, or nullptr.
  const DocumentRecord* find_document_by_sha(const std::string& sha256) const;

 private:
  friend const detail::GraphStorage& graph_storage(const Graph& graph);
  // Created on first write: an empty or moved-from Graph holds none.
  detail::GraphStorage& store();
  const detail::GraphStorage& store() const;

  std::unique_ptr<detail::GraphStorage> store_;
};

/// A short content hash used in edge, meeting and statement ids.
std::string short_hash(const std::string& content);

/// The words of the first of `evidence` in `doc`, white space folded, cut to
/// at most 300 bytes at a character boundary: stored on every edge as the
/// attribute "evidence_text" (a picture's tooltip, a database property).
std::string evidence_text(const Document& doc, const std::vector<Span>& evidence);

}  // namespace newsgraph
