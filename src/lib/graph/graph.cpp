#include "newsgraph/graph.hpp"

#include <algorithm>
#include <exception>
#include <set>
#include <iterator>
#include <thread>
#include <type_traits>

#include "base/text.hpp"
#include "graph/ids.hpp"

namespace newsgraph {

std::string short_hash(const std::string& content) {
  std::string hash = text::sha256_hex(content);
  hash.resize(16);
  return hash;
}

namespace {

// Attributes united by key; a key seen with two values keeps the smaller, so
// the result does not depend on the order of merges.
void unite_attributes(std::map<std::string, std::string>& into, const std::map<std::string, std::string>& from) {
  for (const auto& [key, value] : from) {
    const auto [it, added] = into.try_emplace(key, value);
    if (!added && value < it->second) it->second = value;
  }
}

template <class Record>  // MeetingRecord, const or not
auto meeting_content(Record& m) {
  return std::tie(m.participants, m.sides, m.status, m.mode, m.location, m.date);
}

template <class Record>  // StatementRecord, const or not
auto statement_content(Record& s) {
  return std::tie(s.speaker, s.kind, s.text, s.about, s.medium);
}

}  // namespace

Graph::Graph(const Graph& other)
    : g_(other.g_),
      vertex_by_id_(other.vertex_by_id_),
      documents_(other.documents_),
      id_by_sha_(other.id_by_sha_),
      shas_by_base_(other.shas_by_base_),
      meetings_(other.meetings_),
      statements_(other.statements_) {
  for (auto [it, end] = boost::edges(g_); it != end; ++it) edge_by_id_.emplace(g_[*it].id, *it);
}

Graph& Graph::operator=(const Graph& other) {
  if (this == &other) return *this;
  g_ = other.g_;
  vertex_by_id_ = other.vertex_by_id_;
  documents_ = other.documents_;
  id_by_sha_ = other.id_by_sha_;
  shas_by_base_ = other.shas_by_base_;
  meetings_ = other.meetings_;
  statements_ = other.statements_;
  edge_by_id_.clear();
  for (auto [it, end] = boost::edges(g_); it != end; ++it) edge_by_id_.emplace(g_[*it].id, *it);
  return *this;
}

std::string base_document_id(const DocumentRecord& record) {
  if (record.sha256.size() >= 8 && record.id.size() > 9) {
    const std::string suffix = "-" + record.sha256.substr(0, 8);
    if (record.id.ends_with(suffix)) return record.id.substr(0, record.id.size() - suffix.size());
  }
  return record.id;
}

namespace {

// Set union. Spans arrive sorted and mostly sort after everything already
// there (a new document), so each goes in with a hint: no search per span.
// From a set about to be dropped, nodes are moved over rather than copied.
// The hint for the next value: just after `at` (end() when `at` is last,
// which is found without walking the tree).
template <class T>
typename std::set<T>::iterator after(std::set<T>& set, typename std::set<T>::iterator at) {
  return at == std::prev(set.end()) ? set.end() : std::next(at);
}
template <class T>
void unite(std::set<T>& into, const std::set<T>& from) {
  auto hint = into.end();
  for (const T& value : from) hint = after(into, into.insert(hint, value));
}
template <class T>
void unite(std::set<T>& into, std::set<T>&& from) {
  if (into.empty()) {
    into.swap(from);
    return;
  }
  auto hint = into.end();
  while (!from.empty()) hint = after(into, into.insert(hint, from.extract(from.begin())));
}

}  // namespace

// The upserts take their argument as const& (copied from) or && (moved
// from): merging a fragment that is dropped afterwards copies nothing.
template <class NodeT>
Graph::Vertex Graph::upsert_node_impl(NodeT&& node) {
  const auto it = vertex_by_id_.find(node.id);
  if (it == vertex_by_id_.end()) {
    const Vertex v = boost::add_vertex(g_);
    vertex_by_id_.emplace(node.id, v);
    g_[v] = std::forward<NodeT>(node);
    return v;
  }
  NodeData& existing = g_[it->second];
  // The fullest name wins as label (ties to the smaller); the other forms become aliases.
  if (node.label != existing.label) {
    const bool better = node.label.size() > existing.label.size() ||
                        (node.label.size() == existing.label.size() && node.label < existing.label);
    if (better) {
      existing.aliases.insert(existing.label);
      existing.label = node.label;
    } else {
      existing.aliases.insert(node.label);
    }
  }
  unite(existing.aliases, std::forward<NodeT>(node).aliases);
  existing.aliases.erase(existing.label);
  unite_attributes(existing.attributes, node.attributes);
  unite(existing.mentions, std::forward<NodeT>(node).mentions);
  return it->second;
}

template <class EdgeT>
void Graph::upsert_edge_impl(EdgeT&& edge) {
  const auto it = edge_by_id_.find(edge.id);
  if (it != edge_by_id_.end()) {
    EdgeData& existing = g_[it->second];
    unite(existing.evidence, std::forward<EdgeT>(edge).evidence);
    unite_attributes(existing.attributes, edge.attributes);
    return;
  }
  const auto source = vertex_by_id_.find(edge.source);
  const auto target = vertex_by_id_.find(edge.target);
  if (source == vertex_by_id_.end() || target == vertex_by_id_.end()) return;  // endpoints always exist by construction
  const auto [e, added] = boost::add_edge(source->second, target->second, g_);
  (void)added;
  edge_by_id_.emplace(edge.id, e);
  g_[e] = std::forward<EdgeT>(edge);
}

namespace {

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

template <class MeetingT>
void Graph::upsert_meeting_impl(MeetingT&& meeting) {
  upsert_record(meetings_, std::forward<MeetingT>(meeting), [](auto& m) { return meeting_content(m); });
}

template <class StatementT>
void Graph::upsert_statement_impl(StatementT&& statement) {
  upsert_record(statements_, std::forward<StatementT>(statement), [](auto& st) { return statement_content(st); });
}

Graph::Vertex Graph::upsert_node(const NodeData& node) { return upsert_node_impl(node); }
Graph::Vertex Graph::upsert_node(NodeData&& node) { return upsert_node_impl(std::move(node)); }
void Graph::upsert_edge(const EdgeData& edge) { upsert_edge_impl(edge); }
void Graph::upsert_edge(EdgeData&& edge) { upsert_edge_impl(std::move(edge)); }
void Graph::upsert_meeting(const MeetingRecord& meeting) { upsert_meeting_impl(meeting); }
void Graph::upsert_meeting(MeetingRecord&& meeting) { upsert_meeting_impl(std::move(meeting)); }
void Graph::upsert_statement(const StatementRecord& statement) { upsert_statement_impl(statement); }
void Graph::upsert_statement(StatementRecord&& statement) { upsert_statement_impl(std::move(statement)); }

void Graph::add_document_record(const DocumentRecord& record) {
  // The common case, a new text under an id not used here: it keeps its
  // (base) id and nothing is renamed, which is what merge_documents decides,
  // without its maps.
  std::string base = base_document_id(record);
  if (!id_by_sha_.contains(record.sha256) && !shas_by_base_.contains(base) && !documents_.contains(base)) {
    id_by_sha_.emplace(record.sha256, base);
    shas_by_base_[base].insert(record.sha256);
    DocumentRecord& added = documents_.emplace(base, record).first->second;
    added.id = std::move(base);
    return;
  }
  const std::map<std::string, DocumentRecord> one{{record.id, record}};
  merge_documents(one);
}

const DocumentRecord* Graph::find_document_by_sha(const std::string& sha256) const {
  const auto it = id_by_sha_.find(sha256);
  return it == id_by_sha_.end() ? nullptr : &documents_.at(it->second);
}

namespace {

// "X-" and 8 lowercase hex digits: maybe the id a rename gives another base's document.
bool looks_renamed(std::string_view id) {
  if (id.size() < 10 || id[id.size() - 9] != '-') return false;
  return std::all_of(id.end() - 8, id.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

}  // namespace

std::map<std::string, std::string> Graph::merge_documents(const std::map<std::string, DocumentRecord>& records) {
  // 0. Most records (those of another worker's graph) are new texts under
  // base ids used nowhere else: each keeps its base id and touches no other
  // record, which is what the steps below would decide, so it goes straight
  // in. The others go through the steps.
  std::vector<std::string> bases;
  bases.reserve(records.size());
  std::unordered_map<std::string_view, std::size_t> uses;  // base ids and sha256s of `records`
  for (const auto& [key, incoming] : records) {
    bases.push_back(base_document_id(incoming));
    ++uses[bases.back()];
    ++uses[incoming.sha256];
  }
  std::vector<const DocumentRecord*> others;
  std::size_t index = 0;
  for (const auto& [key, incoming] : records) {
    const std::string& base = bases[index++];
    if (uses[base] != 1 || uses[incoming.sha256] != 1 || id_by_sha_.contains(incoming.sha256) ||
        shas_by_base_.contains(base) || documents_.contains(base) || looks_renamed(base)) {
      others.push_back(&incoming);
      continue;
    }
    id_by_sha_.emplace(incoming.sha256, base);
    shas_by_base_[base].insert(incoming.sha256);
    documents_.emplace(base, incoming).first->second.id = base;  // copied: `uses` looks into `bases`
  }
  // 1. The best record per text: the smallest, compared with base ids.
  std::map<std::string, DocumentRecord> changed;  // sha256 -> new best record (id = base id)
  std::set<std::string> touched_bases;
  for (const DocumentRecord* other : others) {
    const DocumentRecord& incoming = *other;
    DocumentRecord candidate = incoming;
    candidate.id = base_document_id(incoming);
    touched_bases.insert(candidate.id);
    const auto pending = changed.find(candidate.sha256);
    if (pending != changed.end()) {
      if (candidate < pending->second) pending->second = std::move(candidate);
      continue;
    }
    const auto known = id_by_sha_.find(candidate.sha256);
    if (known == id_by_sha_.end()) {
      changed.emplace(candidate.sha256, std::move(candidate));
      continue;
    }
    DocumentRecord current = documents_.at(known->second);
    current.id = base_document_id(current);
    touched_bases.insert(current.id);
    if (candidate < current) changed.emplace(candidate.sha256, std::move(candidate));
  }
  // 2. Take the changed records out (their ids are decided below).
  std::map<std::string, std::string> renames;  // old id here -> new id
  std::map<std::string, DocumentRecord> moving;  // sha256 -> record to (re)insert
  std::map<std::string, std::string> old_ids;    // sha256 -> id here before this merge
  for (auto& [sha, record] : changed) {
    const auto known = id_by_sha_.find(sha);
    if (known != id_by_sha_.end()) {
      old_ids.emplace(sha, known->second);
      const auto node = documents_.extract(known->second);
      auto base_it = shas_by_base_.find(base_document_id(node.mapped()));
      if (base_it != shas_by_base_.end()) {
        base_it->second.erase(sha);
        if (base_it->second.empty()) shas_by_base_.erase(base_it);
      }
    }
    shas_by_base_[record.id].insert(sha);
    moving.emplace(sha, std::move(record));
  }
  // 3. Within a base id, the smallest sha256 keeps it; the others get a suffix.
  for (const std::string& base : touched_bases) {
    const auto base_it = shas_by_base_.find(base);
    if (base_it == shas_by_base_.end()) continue;
    const std::string& first = *base_it->second.begin();
    for (const std::string& sha : base_it->second) {
      const std::string want = sha == first ? base : base + "-" + sha.substr(0, 8);
      const auto mover = moving.find(sha);
      if (mover != moving.end()) {
        mover->second.id = want;
        const auto old = old_ids.find(sha);
        if (old != old_ids.end() && old->second != want) renames.emplace(old->second, want);
        continue;
      }
      const std::string& current = id_by_sha_.at(sha);
      if (current == want) continue;
      renames.emplace(current, want);
      auto node = documents_.extract(current);
      node.mapped().id = want;
      moving.emplace(sha, std::move(node.mapped()));
    }
  }
  for (auto& [sha, record] : moving) {
    id_by_sha_[sha] = record.id;
    const std::string id = record.id;
    documents_.insert_or_assign(id, std::move(record));
  }
  if (!renames.empty()) rename_documents(renames);
  std::map<std::string, std::string> ids;
  for (const auto& [key, incoming] : records) ids.emplace(key, id_by_sha_.at(incoming.sha256));
  return ids;
}

void Graph::rename_documents(const std::map<std::string, std::string>& renames) {
  const auto rename = [&](std::set<DocSpan>& spans) {
    bool hit = false;
    for (const DocSpan& s : spans) hit = hit || renames.contains(s.doc);
    if (!hit) return;
    std::set<DocSpan> out;
    for (DocSpan s : spans) {
      const auto it = renames.find(s.doc);
      if (it != renames.end()) s.doc = it->second;
      out.insert(std::move(s));
    }
    spans = std::move(out);
  };
  for (const auto& [id, v] : vertex_by_id_) rename(g_[v].mentions);
  for (const auto& [id, e] : edge_by_id_) rename(g_[e].evidence);
  for (auto& [id, m] : meetings_) rename(m.evidence);
  for (auto& [id, s] : statements_) rename(s.evidence);
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
  // Sorted by a number made of the id's first 8 bytes (big-endian, zero
  // padded: its order agrees with the ids' order), the ids compared only
  // when those are equal: most comparisons touch no string.
  struct Keyed {
    std::uint64_t key;
    const EdgeData* edge;
  };
  std::vector<Keyed> keyed;
  keyed.reserve(edge_by_id_.size());
  for (const auto& [id, e] : edge_by_id_) {
    std::uint64_t key = 0;
    for (std::size_t i = 0; i < 8; ++i) key = (key << 8) | (i < id.size() ? static_cast<unsigned char>(id[i]) : 0U);
    keyed.push_back({key, &g_[e]});
  }
  std::sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    return a.key != b.key ? a.key < b.key : a.edge->id < b.edge->id;
  });
  std::vector<const EdgeData*> out;
  out.reserve(keyed.size());
  for (const Keyed& k : keyed) out.push_back(k.edge);
  return out;
}

namespace {

std::set<DocSpan> doc_spans(const std::string& doc, const std::vector<Span>& spans) {
  std::set<DocSpan> out;
  for (const Span& s : spans) out.insert({doc, s.begin, s.end});
  return out;
}

}  // namespace

Graph Graph::fragment(const Document& doc) {
  Graph graph;
  graph.fill_from(doc);
  return graph;
}

std::unique_ptr<Graph> Graph::make_fragment(const Document& doc) {
  auto graph = std::make_unique<Graph>();
  graph->fill_from(doc);
  return graph;
}

bool Graph::add_document(const Document& doc) {
  const DocumentRecord* known = find_document_by_sha(doc.sha256);
  if (known != nullptr && known->date == doc.date) {
    // The same text read with the same date gives the same graph: only the
    // record may change (the smaller of the two is kept).
    add_document_record(DocumentRecord{doc.id, doc.source, doc.title, doc.date, doc.sha256, doc.text.size(),
                                       doc.text_origin, doc.meta});
    return false;
  }
  fill_from(doc);
  return known == nullptr;
}

void Graph::fold_document(const Document& doc) { fill_from(doc); }

void Graph::fill_from(const Document& doc) {
  add_document_record(DocumentRecord{doc.id, doc.source, doc.title, doc.date, doc.sha256, doc.text.size(), doc.text_origin, doc.meta});
  const std::string doc_id = id_by_sha_.at(doc.sha256);
  detail::IdMaker ids;
  // An edge joins two of this document's nodes, never a node that another
  // document happened to add first: the graph of a document is its own.
  std::set<std::string_view> doc_nodes;
  for (const Entity& entity : doc.entities) doc_nodes.insert(entity.id);
  const auto in_doc = [&](const EdgeData& edge) { return doc_nodes.contains(edge.source) && doc_nodes.contains(edge.target); };

  for (const Entity& entity : doc.entities) {
    NodeData node;
    node.id = entity.id;
    node.type = entity.type;
    node.label = entity.label;
    node.aliases.insert(entity.aliases.begin(), entity.aliases.end());
    node.aliases.erase(entity.label);
    node.attributes = entity.attributes;
    node.mentions = doc_spans(doc_id, entity.mentions);
    upsert_node(std::move(node));
  }
  for (const Relation& r : doc.relations) {
    EdgeData edge;
    edge.type = r.type;
    edge.source = r.source;
    edge.target = r.target;
    edge.attributes = r.attributes;
    edge.id = ids.relation_edge(r);
    edge.evidence = doc_spans(doc_id, r.evidence);
    edge.attributes["evidence_text"] = evidence_text(doc, r.evidence);
    if (in_doc(edge)) upsert_edge(std::move(edge));
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
    record_m.id = ids.meeting(doc.sha256, m);
    std::string text;  // the same words on every edge of the meeting: cut once
    bool has_text = false;
    for (const auto& [x, y] : detail::met_pairs(m)) {
      if (*x == *y) continue;
      if (!has_text) {
        text = evidence_text(doc, m.evidence);
        has_text = true;
      }
      EdgeData edge;
      edge.type = "met";
      edge.source = *x;
      edge.target = *y;
      edge.attributes = {{"evidence_text", text}, {"meeting", record_m.id}, {"status", std::string(to_string(m.status))}};
      edge.id = ids.met_edge(*x, *y, record_m.id);
      edge.evidence = record_m.evidence;
      if (in_doc(edge)) upsert_edge(std::move(edge));
    }
    upsert_meeting(std::move(record_m));
  }
  for (const Statement& s : doc.statements) {
    StatementRecord record_s;
    record_s.speaker = s.speaker;
    record_s.kind = s.kind;
    record_s.text = s.text;
    record_s.about = s.about;
    record_s.medium = s.medium;
    record_s.evidence = doc_spans(doc_id, s.evidence);
    record_s.id = ids.statement(doc.sha256, s);
    std::string text;  // the same words on every edge of the statement: cut once
    bool has_text = false;
    for (const std::string& about : s.about) {
      if (about == s.speaker) continue;
      if (!has_text) {
        text = evidence_text(doc, s.evidence);
        has_text = true;
      }
      EdgeData edge;
      edge.type = "statement";
      edge.source = s.speaker;
      edge.target = about;
      edge.attributes = {{"evidence_text", text}, {"statement", record_s.id}};
      edge.id = ids.statement_edge(s.speaker, about, record_s.id);
      edge.evidence = record_s.evidence;
      if (in_doc(edge)) upsert_edge(std::move(edge));
    }
    upsert_statement(std::move(record_s));
  }
}

void Graph::merge(const Graph& other) {
  if (&other == this) return;
  const std::map<std::string, std::string> doc_ids = merge_documents(other.documents_);
  merge_content(other, doc_ids);
}

void Graph::merge(Graph&& other) {
  if (&other == this) return;
  const std::map<std::string, std::string> doc_ids = merge_documents(other.documents_);
  merge_content(std::move(other), doc_ids);
}

void Graph::merge_on_two_threads(Graph&& other) {
  if (&other == this) return;
  const std::map<std::string, std::string> doc_ids = merge_documents(other.documents_);
  merge_content(std::move(other), doc_ids, true);
}

template <class Other>
void Graph::merge_content(Other&& other, const std::map<std::string, std::string>& doc_ids, bool two_threads) {
  // From a graph given as an rvalue the records are moved, not copied.
  constexpr bool steal = !std::is_const_v<std::remove_reference_t<Other>> && std::is_rvalue_reference_v<Other&&>;
  bool same_ids = true;
  for (const auto& [from, to] : doc_ids) same_ids = same_ids && from == to;
  const auto mapped = [&](const std::set<DocSpan>& spans) {
    std::set<DocSpan> out;
    for (DocSpan s : spans) {
      const auto it = doc_ids.find(s.doc);
      if (it != doc_ids.end()) s.doc = it->second;
      out.insert(std::move(s));
    }
    return out;
  };
  // Meetings and statements: their own maps, so they may go on another thread.
  const auto merge_records = [&] {
    if constexpr (steal) {
      // A record whose id is new here moves over with its map node: nothing
      // is allocated, and nothing is left behind in `other` until it is cleared.
      const auto take = [&](auto& into, auto& from, auto upsert) {
        while (!from.empty()) {
          auto node = from.extract(from.begin());
          if (!same_ids) node.mapped().evidence = mapped(node.mapped().evidence);
          const auto it = into.lower_bound(node.key());
          if (it == into.end() || it->first != node.key()) {
            into.insert(it, std::move(node));
          } else {
            upsert(std::move(node.mapped()));
          }
        }
      };
      take(meetings_, other.meetings_, [&](MeetingRecord&& m) { upsert_meeting(std::move(m)); });
      take(statements_, other.statements_, [&](StatementRecord&& st) { upsert_statement(std::move(st)); });
    } else {
      // From a graph that stays as it is: each record is copied only when its spans are renamed.
      const auto copy_in = [&](const auto& from, auto upsert) {
        for (const auto& [id, record] : from) {
          if (same_ids) {
            upsert(record);
          } else {
            auto copy = record;
            copy.evidence = mapped(record.evidence);
            upsert(std::move(copy));
          }
        }
      };
      copy_in(other.meetings_, [&](auto&& m) { upsert_meeting(std::forward<decltype(m)>(m)); });
      copy_in(other.statements_, [&](auto&& st) { upsert_statement(std::forward<decltype(st)>(st)); });
    }
  };
  // Joined however this function is left (a std::thread destroyed unjoined ends the process).
  struct Joined {
    std::thread thread;
    ~Joined() {
      if (thread.joinable()) thread.join();
    }
  } records;
  std::exception_ptr records_error;
  if (two_threads) {
    records.thread = std::thread([&] {
      try {
        merge_records();
      } catch (...) {
        records_error = std::current_exception();
      }
    });
  } else {
    merge_records();
  }
  for (const auto& [id, v] : other.vertex_by_id_) {
    auto& node = other.g_[v];
    if constexpr (steal) {
      if (!same_ids) node.mentions = mapped(node.mentions);
      upsert_node(std::move(node));
    } else if (same_ids) {
      upsert_node(node);
    } else {
      NodeData copy = node;
      copy.mentions = mapped(node.mentions);
      upsert_node(std::move(copy));
    }
  }
  for (const auto& [id, e] : other.edge_by_id_) {
    auto& edge = other.g_[e];
    if constexpr (steal) {
      if (!same_ids) edge.evidence = mapped(edge.evidence);
      upsert_edge(std::move(edge));
    } else if (same_ids) {
      upsert_edge(edge);
    } else {
      EdgeData copy = edge;
      copy.evidence = mapped(edge.evidence);
      upsert_edge(std::move(copy));
    }
  }
  if (records.thread.joinable()) records.thread.join();
  if (records_error) std::rethrow_exception(records_error);
  if constexpr (steal) other = Graph();  // its records are moved-from: leave it empty, not half-valid
}

}  // namespace newsgraph
