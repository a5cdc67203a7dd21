// Stage 7, build graph: documents' entities, relations and events folded
// into one Boost.Graph adjacency_list with bundled properties.
//
// Nodes and edges are keyed by deterministic ids (an id -> vertex index and
// an id -> edge index), so adding documents is a union by id: aliases,
// mentions and evidence are united, never duplicated. Not thread-safe for
// writing; build one Graph per thread and merge() them.
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <map>
#include <set>
#include <string>
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
};

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

  /// Folds one processed document in. A document whose sha256 is already
  /// in the graph is skipped (returns false): feeding an article twice adds nothing.
  bool add_document(const Document& doc);

  /// Union of another graph into this one (by ids; documents by sha256).
  void merge(const Graph& other);

  /// Adds or unites a node; returns its vertex.
  Vertex upsert_node(const NodeData& node);
  /// Adds or unites an edge (by id); both endpoints must exist.
  void upsert_edge(const EdgeData& edge);
  void upsert_meeting(const MeetingRecord& meeting);
  void upsert_statement(const StatementRecord& statement);
  void add_document_record(const DocumentRecord& record);

  const Adjacency& adjacency() const { return g_; }
  const NodeData* find_node(const std::string& id) const;

  /// Sorted by id: the order of every export.
  std::vector<const NodeData*> nodes() const;
  std::vector<const EdgeData*> edges() const;
  const std::map<std::string, DocumentRecord>& documents() const { return documents_; }  ///< by id
  const std::map<std::string, MeetingRecord>& meetings() const { return meetings_; }      ///< by id
  const std::map<std::string, StatementRecord>& statements() const { return statements_; }  ///< by id
  bool has_document_sha(const std::string& sha256) const { return shas_.contains(sha256); }

 private:
  Adjacency g_;
  std::map<std::string, Vertex> vertex_by_id_;
  std::map<std::string, Edge> edge_by_id_;
  std::map<std::string, DocumentRecord> documents_;
  std::set<std::string> shas_;
  std::map<std::string, MeetingRecord> meetings_;
  std::map<std::string, StatementRecord> statements_;
};

/// A short content hash used in edge, meeting and statement ids.
std::string short_hash(const std::string& content);

}  // namespace newsgraph
