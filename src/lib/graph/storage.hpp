// Internal to the library: what a Graph holds. Nodes and edges are a
// Boost.Graph adjacency_list with bundled properties (NodeData, EdgeData),
// indexed by id; documents, meetings and statements are maps by id.
//
// The exports may read a graph's adjacency list (a breadth-first search,
// a traversal in vertex order):
//
//   #include "graph/storage.hpp"
//   const detail::GraphStorage& s = graph_storage(graph);
//   boost::breadth_first_search(s.adjacency, s.vertex_of("person:x"), ...);
//   const NodeData& node = s.adjacency[vertex];
//
// Only the Graph's own functions (src/lib/graph) write it.
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "newsgraph/graph.hpp"

namespace newsgraph {
namespace detail {

struct GraphStorage {
  // listS out-edge lists keep edge descriptors valid while edges are added.
  using Adjacency = boost::adjacency_list<boost::listS, boost::vecS, boost::bidirectionalS, NodeData, EdgeData>;
  using Vertex = Adjacency::vertex_descriptor;
  using Edge = Adjacency::edge_descriptor;

  GraphStorage() = default;
  // Edge descriptors point into their adjacency list: a copy's edge index is rebuilt.
  GraphStorage(const GraphStorage& other);
  GraphStorage& operator=(const GraphStorage&) = delete;

  // --- writing (src/lib/graph) ---
  // The upserts take their argument as const& (copied from) or && (moved
  // from): merging a fragment that is dropped afterwards copies nothing.
  void upsert_node(const NodeData& node);
  void upsert_node(NodeData&& node);
  void upsert_edge(const EdgeData& edge);
  void upsert_edge(EdgeData&& edge);
  void upsert_meeting(const MeetingRecord& meeting);
  void upsert_meeting(MeetingRecord&& meeting);
  void upsert_statement(const StatementRecord& statement);
  void upsert_statement(StatementRecord&& statement);
  /// documents.cpp: a document's record, renaming documents here when needed.
  void add_document_record(const DocumentRecord& record);
  /// documents.cpp: adds the records of `records` (keyed by their ids);
  /// returns how each of their ids is called here, and renames documents
  /// here (their spans too) when needed.
  std::map<std::string, std::string> merge_documents(const std::map<std::string, DocumentRecord>& records);
  void rename_documents(const std::map<std::string, std::string>& renames);
  /// fold.cpp: folds a processed document in (its record first, so that its
  /// spans are made with the id it has here).
  void fold(const Document& doc);
  /// versions.cpp: withdraws documents: their records, and their spans from
  /// every node, edge, meeting and statement; what no other document
  /// supports goes; labels are chosen again from the votes left.
  void withdraw(const std::set<std::string>& gone);
  /// merge.cpp: the union of `other` into this storage; from an rvalue the
  /// records are moved and `other` is left empty. With `two_threads`, the
  /// meetings and statements are merged on a second thread.
  void merge(const GraphStorage& other);
  void merge(GraphStorage&& other, bool two_threads);

  // --- reading ---
  /// The vertex of a node id; Adjacency::null_vertex() when there is none.
  Vertex vertex_of(const std::string& id) const {
    const auto it = vertex_by_id.find(id);
    return it == vertex_by_id.end() ? Adjacency::null_vertex() : it->second;
  }

  Adjacency adjacency;
  std::map<std::string, Vertex> vertex_by_id;
  // Hashed: the largest index of a big graph, looked up for every edge of
  // every merged fragment; Graph::edges() sorts.
  std::unordered_map<std::string, Edge> edge_by_id;
  std::map<std::string, DocumentRecord> documents;          // by id
  std::map<std::string, std::string> id_by_sha;             // sha256 -> document id
  std::map<std::string, std::set<std::string>> shas_by_base;  // base id -> sha256s
  std::map<std::string, MeetingRecord> meetings;            // by id
  std::map<std::string, StatementRecord> statements;        // by id
  std::vector<std::string> warnings;                        // see Graph::take_warnings
};

/// documents.cpp: every document id a node or an edge holds (spans, label
/// votes, alias and attribute records) passed through `rename`, which
/// returns the new id or nullptr to keep it.
void rename_documents_in(NodeData& node, const std::map<std::string, std::string>& renames);
void rename_documents_in(EdgeData& edge, const std::map<std::string, std::string>& renames);

/// documents.cpp: within each base id of `bases`, the smallest sha256 keeps
/// the id and the others get "-<sha256[:8]>"; `moving` records are (re)inserted
/// with their new ids, renames applied to every span.
void assign_document_ids(GraphStorage& s, const std::set<std::string>& bases, std::map<std::string, DocumentRecord>& moving,
                         const std::map<std::string, std::string>& old_ids, std::map<std::string, std::string>& renames);

/// versions.cpp: what makes two documents versions of one article: their
/// source when it is a URL or a file (not a JSON Lines "PATH:LINE"), and
/// their id unless it is made from the text ("doc-<sha256[:16]>") or is the
/// file's name.
std::vector<std::string> version_keys(const DocumentRecord& record);

}  // namespace detail

/// The storage of `graph`, for reading (an empty one for an empty graph).
const detail::GraphStorage& graph_storage(const Graph& graph);

}  // namespace newsgraph
