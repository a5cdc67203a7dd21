#include "newsgraph/graph.hpp"

#include <algorithm>

#include "newsgraph/text.hpp"

namespace newsgraph {

std::string short_hash(const std::string& content) { return text::sha256_hex(content).substr(0, 16); }

Graph::Vertex Graph::upsert_node(const NodeData& node) {
  const auto it = vertex_by_id_.find(node.id);
  if (it == vertex_by_id_.end()) {
    const Vertex v = boost::add_vertex(node, g_);
    vertex_by_id_.emplace(node.id, v);
    return v;
  }
  NodeData& existing = g_[it->second];
  // The fullest name wins as label; the other forms become aliases.
  std::string label = existing.label;
  if (node.label.size() > label.size() || (node.label.size() == label.size() && node.label < label)) label = node.label;
  existing.aliases.insert(existing.label);
  existing.aliases.insert(node.label);
  existing.aliases.insert(node.aliases.begin(), node.aliases.end());
  existing.label = label;
  existing.aliases.erase(label);
  for (const auto& [key, value] : node.attributes) existing.attributes.try_emplace(key, value);
  existing.mentions.insert(node.mentions.begin(), node.mentions.end());
  return it->second;
}

void Graph::upsert_edge(const EdgeData& edge) {
  const auto it = edge_by_id_.find(edge.id);
  if (it != edge_by_id_.end()) {
    g_[it->second].evidence.insert(edge.evidence.begin(), edge.evidence.end());
    return;
  }
  const auto source = vertex_by_id_.find(edge.source);
  const auto target = vertex_by_id_.find(edge.target);
  if (source == vertex_by_id_.end() || target == vertex_by_id_.end()) return;  // endpoints always exist by construction
  const auto [e, added] = boost::add_edge(source->second, target->second, edge, g_);
  (void)added;
  edge_by_id_.emplace(edge.id, e);
}

void Graph::upsert_meeting(const MeetingRecord& meeting) {
  const auto [it, added] = meetings_.try_emplace(meeting.id, meeting);
  if (!added) it->second.evidence.insert(meeting.evidence.begin(), meeting.evidence.end());
}

void Graph::upsert_statement(const StatementRecord& statement) {
  const auto [it, added] = statements_.try_emplace(statement.id, statement);
  if (!added) it->second.evidence.insert(statement.evidence.begin(), statement.evidence.end());
}

void Graph::add_document_record(const DocumentRecord& record) {
  documents_.try_emplace(record.id, record);
  shas_.insert(record.sha256);
}

const NodeData* Graph::find_node(const std::string& id) const {
  const auto it = vertex_by_id_.find(id);
  return it == vertex_by_id_.end() ? nullptr : &g_[it->second];
}

std::vector<const NodeData*> Graph::nodes() const {
  std::vector<const NodeData*> out;
  out.reserve(vertex_by_id_.size());
  for (const auto& [id, v] : vertex_by_id_) out.push_back(&g_[v]);
  return out;
}

std::vector<const EdgeData*> Graph::edges() const {
  std::vector<const EdgeData*> out;
  out.reserve(edge_by_id_.size());
  for (const auto& [id, e] : edge_by_id_) out.push_back(&g_[e]);
  return out;
}

namespace {

std::set<DocSpan> doc_spans(const std::string& doc, const std::vector<Span>& spans) {
  std::set<DocSpan> out;
  for (const Span& s : spans) out.insert({doc, s.begin, s.end});
  return out;
}

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += p + "|";
  return out;
}

}  // namespace

bool Graph::add_document(const Document& doc) {
  if (shas_.contains(doc.sha256)) return false;
  DocumentRecord record{doc.id, doc.source, doc.title, doc.date, doc.sha256, doc.text.size()};
  // Two different articles with the same file name keep distinct ids.
  if (documents_.contains(record.id)) record.id += "-" + doc.sha256.substr(0, 8);
  const std::string& doc_id = record.id;
  add_document_record(record);

  for (const Entity& entity : doc.entities) {
    NodeData node;
    node.id = entity.id;
    node.type = entity.type;
    node.label = entity.label;
    node.aliases.insert(entity.aliases.begin(), entity.aliases.end());
    node.aliases.erase(entity.label);
    node.attributes = entity.attributes;
    node.mentions = doc_spans(doc_id, entity.mentions);
    upsert_node(node);
  }
  for (const Relation& r : doc.relations) {
    EdgeData edge;
    edge.type = r.type;
    edge.source = r.source;
    edge.target = r.target;
    edge.attributes = r.attributes;
    edge.id = "e:" + short_hash(r.type + "|" + r.source + "|" + r.target);
    edge.evidence = doc_spans(doc_id, r.evidence);
    upsert_edge(edge);
  }
  for (const Meeting& m : doc.meetings) {
    MeetingRecord record_m;
    record_m.participants = m.participants;
    record_m.sides = m.sides;
    record_m.status = m.status;
    record_m.mode = m.mode;
    record_m.location = m.location;
    record_m.date = m.date;
    record_m.evidence = doc_spans(doc_id, m.evidence);
    const Span first = m.evidence.empty() ? Span{} : m.evidence.front();
    record_m.id = "m:" + short_hash(doc.sha256 + "|" + join(m.participants) + "|" + std::to_string(first.begin));
    upsert_meeting(record_m);
    // One met edge per pair of participants, across sides when sides are known.
    std::vector<std::pair<std::string, std::string>> pairs;
    if (m.sides.size() >= 2) {
      for (std::size_t a = 0; a < m.sides.size(); ++a) {
        for (std::size_t b = a + 1; b < m.sides.size(); ++b) {
          for (const std::string& x : m.sides[a]) {
            for (const std::string& y : m.sides[b]) pairs.emplace_back(std::min(x, y), std::max(x, y));
          }
        }
      }
    } else {
      for (std::size_t a = 0; a < m.participants.size(); ++a) {
        for (std::size_t b = a + 1; b < m.participants.size(); ++b) pairs.emplace_back(m.participants[a], m.participants[b]);
      }
    }
    for (const auto& [x, y] : pairs) {
      if (x == y) continue;
      EdgeData edge;
      edge.type = "met";
      edge.source = x;
      edge.target = y;
      edge.attributes = {{"meeting", record_m.id}, {"status", std::string(to_string(m.status))}};
      edge.id = "e:" + short_hash("met|" + x + "|" + y + "|" + record_m.id);
      edge.evidence = record_m.evidence;
      upsert_edge(edge);
    }
  }
  for (const Statement& s : doc.statements) {
    StatementRecord record_s;
    record_s.speaker = s.speaker;
    record_s.kind = s.kind;
    record_s.text = s.text;
    record_s.about = s.about;
    record_s.medium = s.medium;
    record_s.evidence = doc_spans(doc_id, s.evidence);
    const Span first = s.evidence.empty() ? Span{} : s.evidence.front();
    record_s.id = "s:" + short_hash(doc.sha256 + "|" + s.speaker + "|" + std::to_string(first.begin) + "|" + s.text);
    upsert_statement(record_s);
    for (const std::string& about : s.about) {
      if (about == s.speaker) continue;
      EdgeData edge;
      edge.type = "statement";
      edge.source = s.speaker;
      edge.target = about;
      edge.attributes = {{"statement", record_s.id}};
      edge.id = "e:" + short_hash("statement|" + s.speaker + "|" + about + "|" + record_s.id);
      edge.evidence = record_s.evidence;
      upsert_edge(edge);
    }
  }
  return true;
}

void Graph::merge(const Graph& other) {
  for (const auto& [id, record] : other.documents_) {
    if (!shas_.contains(record.sha256)) add_document_record(record);
  }
  for (const NodeData* node : other.nodes()) upsert_node(*node);
  for (const EdgeData* edge : other.edges()) upsert_edge(*edge);
  for (const auto& [id, m] : other.meetings_) upsert_meeting(m);
  for (const auto& [id, s] : other.statements_) upsert_statement(s);
}

}  // namespace newsgraph
