// The Graph handle and the upserts: how one node, edge, meeting or
// statement is added or united with the one of its id.
#include "newsgraph/graph.hpp"

#include <algorithm>
#include <iterator>
#include <type_traits>
#include <utility>

#include "base/text.hpp"
#include "graph/names.hpp"
#include "graph/provenance.hpp"
#include "graph/set_union.hpp"
#include "graph/storage.hpp"

namespace newsgraph {

std::string short_hash(const std::string& content) {
  std::string hash = text::sha256_hex(content);
  hash.resize(16);
  return hash;
}

std::string base_document_id(const DocumentRecord& record) {
  const std::string_view id = record.id;
  if (record.sha256.size() >= 8 && id.size() > 9 && id[id.size() - 9] == '-' &&
      id.substr(id.size() - 8) == std::string_view(record.sha256).substr(0, 8)) {
    return std::string(id.substr(0, id.size() - 9));
  }
  return record.id;
}

// --- the handle ---------------------------------------------------------------

Graph::Graph() noexcept = default;
Graph::Graph(const Graph& other)
    : store_(other.store_ ? std::make_unique<detail::GraphStorage>(*other.store_) : nullptr) {}
Graph::Graph(Graph&& other) noexcept = default;
Graph& Graph::operator=(const Graph& other) {
  if (this != &other) store_ = other.store_ ? std::make_unique<detail::GraphStorage>(*other.store_) : nullptr;
  return *this;
}
Graph& Graph::operator=(Graph&& other) noexcept = default;
Graph::~Graph() = default;

detail::GraphStorage& Graph::store() {
  if (!store_) store_ = std::make_unique<detail::GraphStorage>();
  return *store_;
}

const detail::GraphStorage& Graph::store() const {
  static const detail::GraphStorage empty;
  return store_ ? *store_ : empty;
}

const detail::GraphStorage& graph_storage(const Graph& graph) { return graph.store(); }

void Graph::upsert_node(const NodeData& node) { upsert_node(NodeData(node)); }
void Graph::upsert_node(NodeData&& node) {
  detail::normalize_names(node);
  detail::normalize_provenance(node);
  store().upsert_node(std::move(node));
}
void Graph::upsert_edge(const EdgeData& edge) { upsert_edge(EdgeData(edge)); }
void Graph::upsert_edge(EdgeData&& edge) {
  detail::normalize_provenance(edge);
  store().upsert_edge(std::move(edge));
}
void Graph::upsert_meeting(const MeetingRecord& meeting) { store().upsert_meeting(meeting); }
void Graph::upsert_meeting(MeetingRecord&& meeting) { store().upsert_meeting(std::move(meeting)); }
void Graph::upsert_statement(const StatementRecord& statement) { store().upsert_statement(statement); }
void Graph::upsert_statement(StatementRecord&& statement) { store().upsert_statement(std::move(statement)); }
void Graph::add_document_record(const DocumentRecord& record) { store().add_document_record(record); }

// --- reading ------------------------------------------------------------------

const std::map<std::string, DocumentRecord>& Graph::documents() const { return store().documents; }
const std::map<std::string, MeetingRecord>& Graph::meetings() const { return store().meetings; }
const std::map<std::string, StatementRecord>& Graph::statements() const { return store().statements; }
bool Graph::has_document_sha(const std::string& sha256) const { return store().id_by_sha.contains(sha256); }

const DocumentRecord* Graph::find_document_by_sha(const std::string& sha256) const {
  const detail::GraphStorage& s = store();
  const auto it = s.id_by_sha.find(sha256);
  return it == s.id_by_sha.end() ? nullptr : &s.documents.at(it->second);
}

std::vector<std::string> Graph::take_warnings() {
  if (!store_) return {};
  return std::exchange(store_->warnings, {});
}

const NodeData* Graph::find_node(const std::string& id) const {
  const detail::GraphStorage& s = store();
  const auto it = s.vertex_by_id.find(id);
  return it == s.vertex_by_id.end() ? nullptr : &s.adjacency[it->second];
}

std::vector<const NodeData*> Graph::nodes() const {
  const detail::GraphStorage& s = store();
  std::vector<const NodeData*> out;
  out.reserve(s.vertex_by_id.size());
  for (const auto& [id, v] : s.vertex_by_id) out.push_back(&s.adjacency[v]);
  return out;
}

std::vector<const EdgeData*> Graph::edges() const {
  // Sorted by a number made of the id's first 8 bytes (big-endian, zero
  // padded: its order agrees with the ids' order), the ids compared only
  // when those are equal: most comparisons touch no string.
  const detail::GraphStorage& s = store();
  struct Keyed {
    std::uint64_t key;
    const EdgeData* edge;
  };
  std::vector<Keyed> keyed;
  keyed.reserve(s.edge_by_id.size());
  for (const auto& [id, e] : s.edge_by_id) {
    std::uint64_t key = 0;
    for (std::size_t i = 0; i < 8; ++i) key = (key << 8) | (i < id.size() ? static_cast<unsigned char>(id[i]) : 0U);
    keyed.push_back({key, &s.adjacency[e]});
  }
  std::sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    return a.key != b.key ? a.key < b.key : a.edge->id < b.edge->id;
  });
  std::vector<const EdgeData*> out;
  out.reserve(keyed.size());
  for (const Keyed& k : keyed) out.push_back(k.edge);
  return out;
}

// --- the storage ----------------------------------------------------------------

namespace detail {

GraphStorage::GraphStorage(const GraphStorage& other)
    : adjacency(other.adjacency),
      vertex_by_id(other.vertex_by_id),
      documents(other.documents),
      id_by_sha(other.id_by_sha),
      shas_by_base(other.shas_by_base),
      meetings(other.meetings),
      statements(other.statements),
      warnings(other.warnings) {
  for (auto [it, end] = boost::edges(adjacency); it != end; ++it) edge_by_id.emplace(adjacency[*it].id, *it);
}

namespace {

// Two types for one node id: the one the id names ("person:..." is a
// person) is kept, else the smaller name; either way the same in any order.
void settle_type(GraphStorage& s, NodeData& existing, EntityType other) {
  const std::string_view id = existing.id;
  const auto named_by_id = [&](EntityType type) {
    const std::string_view name = to_string(type);
    return id.size() > name.size() && id.starts_with(name) && id[name.size()] == ':';
  };
  const std::string_view a = std::min(to_string(existing.type), to_string(other));
  const std::string_view b = std::max(to_string(existing.type), to_string(other));
  EntityType kept = to_string(existing.type) == a ? existing.type : other;
  std::string why = "the first by name";
  if (named_by_id(existing.type) || named_by_id(other)) {
    kept = named_by_id(existing.type) ? existing.type : other;
    why = "the type its id names";
  }
  existing.type = kept;
  s.warnings.push_back("node \"" + existing.id + "\" is given two types, " + std::string(a) + " and " + std::string(b) +
                       "; kept " + std::string(to_string(kept)) + " (" + why + ")");
}

void upsert_node_into(GraphStorage& s, NodeData&& node) {
  const auto it = s.vertex_by_id.find(node.id);
  if (it == s.vertex_by_id.end()) {
    const GraphStorage::Vertex v = boost::add_vertex(s.adjacency);
    s.vertex_by_id.emplace(node.id, v);
    s.adjacency[v] = std::move(node);
    return;
  }
  NodeData& existing = s.adjacency[it->second];
  if (node.type != existing.type) settle_type(s, existing, node.type);
  // Before the votes and spans are united: they tell how many documents each stands on.
  unite_aliases_and_attributes(existing, node);
  // The votes united, the label chosen from them (the other forms become aliases).
  for (auto& [form, documents] : node.label_documents) unite(existing.label_documents[form], std::move(documents));
  choose_label(existing);
  unite(existing.mentions, std::move(node.mentions));
}

void upsert_edge_into(GraphStorage& s, EdgeData&& edge) {
  const auto it = s.edge_by_id.find(edge.id);
  if (it != s.edge_by_id.end()) {
    EdgeData& existing = s.adjacency[it->second];
    unite_attributes(existing, edge);  // before the evidence: it tells how many documents each stands on
    unite(existing.evidence, std::move(edge.evidence));
    return;
  }
  const auto source = s.vertex_by_id.find(edge.source);
  const auto target = s.vertex_by_id.find(edge.target);
  if (source == s.vertex_by_id.end() || target == s.vertex_by_id.end()) return;  // endpoints always exist by construction
  const auto [e, added] = boost::add_edge(source->second, target->second, s.adjacency);
  (void)added;
  s.edge_by_id.emplace(edge.id, e);
  s.adjacency[e] = std::move(edge);
}

template <class Record>  // MeetingRecord, const or not
auto meeting_content(Record& m) {
  return std::tie(m.participants, m.sides, m.status, m.mode, m.location, m.date);
}

template <class Record>  // StatementRecord, const or not
auto statement_content(Record& s) {
  return std::tie(s.speaker, s.kind, s.text, s.about, s.medium);
}

// Adds a meeting or statement record by id, or unites it with the one
// there: one id, two readings (the same text with two document dates)
// keep the smaller content, and their evidence is united.
template <class Record, class Content>
void upsert_record(std::map<std::string, std::remove_cvref_t<Record>>& records, Record&& record, Content content) {
  const auto it = records.lower_bound(record.id);
  if (it == records.end() || it->first != record.id) {
    std::string id = record.id;
    records.emplace_hint(it, std::move(id), std::forward<Record>(record));
    return;
  }
  auto& existing = it->second;
  if (content(record) < content(existing)) content(existing) = content(record);
  unite(existing.evidence, std::forward<Record>(record).evidence);
}

}  // namespace

// From a graph that stays as it is, a node or edge is copied: uniting may take its parts.
void GraphStorage::upsert_node(const NodeData& node) { upsert_node_into(*this, NodeData(node)); }
void GraphStorage::upsert_node(NodeData&& node) { upsert_node_into(*this, std::move(node)); }
void GraphStorage::upsert_edge(const EdgeData& edge) { upsert_edge_into(*this, EdgeData(edge)); }
void GraphStorage::upsert_edge(EdgeData&& edge) { upsert_edge_into(*this, std::move(edge)); }
void GraphStorage::upsert_meeting(const MeetingRecord& meeting) {
  upsert_record(meetings, meeting, [](auto& m) { return meeting_content(m); });
}
void GraphStorage::upsert_meeting(MeetingRecord&& meeting) {
  upsert_record(meetings, std::move(meeting), [](auto& m) { return meeting_content(m); });
}
void GraphStorage::upsert_statement(const StatementRecord& statement) {
  upsert_record(statements, statement, [](auto& st) { return statement_content(st); });
}
void GraphStorage::upsert_statement(StatementRecord&& statement) {
  upsert_record(statements, std::move(statement), [](auto& st) { return statement_content(st); });
}

}  // namespace detail
}  // namespace newsgraph
