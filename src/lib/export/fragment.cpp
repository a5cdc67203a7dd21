// The fragment of one document, written from the document itself.
//
// `newsgraph extract` writes a fragment per article; building a Graph for
// each only to write it out took about a quarter of an extraction. Here the
// document's entities, relations, meetings and statements are sorted the
// way the graph would list them and written by the same record writers.
// What the graph would unite (two entities or edges with one id, an edge
// whose end is not a node) never comes out of the pipeline; should it ever,
// the document goes the graph's way, so the bytes are the same either way.
#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/ids.hpp"
#include "graph/names.hpp"
#include "export/json_writer.hpp"
#include "newsgraph/export.hpp"

namespace newsgraph {
namespace {

using detail::JsonWriter;
using detail::OneDocSpans;

/// `spans` as a std::set<DocSpan> of one document holds them, sorted and
/// unique: themselves when they are so already (the usual case), else a
/// sorted copy kept in `store` (a moved vector keeps its buffer, so the
/// view stays valid however `store` grows).
std::span<const Span> as_set(const std::vector<Span>& spans, std::vector<std::vector<Span>>& store) {
  const auto not_increasing = [](const Span& a, const Span& b) { return !(a < b); };
  if (std::adjacent_find(spans.begin(), spans.end(), not_increasing) == spans.end()) return spans;
  std::vector<Span>& out = store.emplace_back(spans);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

/// An edge's attributes: a relation's own with "evidence_text" put in at
/// its place (replacing any of that name), or the fixed keys of a met or
/// statement edge ("evidence_text", then `record_key`, then "status" when
/// given), which are in key order as written.
struct EdgeAttributes {
  const std::map<std::string, std::string>* own = nullptr;
  std::string_view evidence_text;
  std::string_view record_key, record_id, status;
};

void write_map(JsonWriter& w, const EdgeAttributes& a) {
  constexpr std::string_view kEvidence = "evidence_text";
  w.begin('{');
  if (a.own != nullptr) {
    bool written = false;
    for (const auto& [k, v] : *a.own) {
      if (!written && k >= kEvidence) {
        w.key(kEvidence);
        w.string(a.evidence_text);
        written = true;
      }
      if (k == kEvidence) continue;
      w.key(k);
      w.string(v);
    }
    if (!written) {
      w.key(kEvidence);
      w.string(a.evidence_text);
    }
  } else {
    w.key(kEvidence);
    w.string(a.evidence_text);
    w.key(a.record_key);
    w.string(a.record_id);
    if (!a.status.empty()) {
      w.key("status");
      w.string(a.status);
    }
  }
  w.end('}');
}

struct EdgeItem {
  std::string id;
  std::string_view type, source, target;
  EdgeAttributes attributes;
  std::span<const Span> evidence;  // sorted, unique
};

struct RecordItem {  // a meeting or a statement
  std::string_view id;
  std::size_t index = 0;  // in doc.meetings or doc.statements
};

template <class Item>
bool sort_unique_by_id(std::vector<Item>& items) {
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.id < b.id; });
  return std::adjacent_find(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.id == b.id; }) ==
         items.end();
}

// A document's records sorted the way its graph would list them, with the
// texts, ids and sorted spans they point to. Built by collect(); `fallback`
// when the document is one the graph would change (see the top of the file).
class FragmentItems {
 public:
  explicit FragmentItems(const Document& doc) : doc_(doc) {
    const std::size_t records = doc.relations.size() + doc.meetings.size() + doc.statements.size();
    texts_.reserve(records);  // sized up front: the items point into them
    record_ids_.reserve(doc.meetings.size() + doc.statements.size());
  }

  /// False when the graph's way must be taken.
  bool collect() {
    entities_.reserve(doc_.entities.size());
    for (const Entity& e : doc_.entities) entities_.push_back(&e);
    std::sort(entities_.begin(), entities_.end(), [](const Entity* a, const Entity* b) { return a->id < b->id; });
    for (std::size_t i = 1; i < entities_.size(); ++i) {
      if (entities_[i - 1]->id == entities_[i]->id) return false;
    }
    relations();
    meetings();
    statements();
    if (!sort_unique_by_id(edges_) || !sort_unique_by_id(meetings_) || !sort_unique_by_id(statements_)) return false;
    return std::all_of(edges_.begin(), edges_.end(), [&](const EdgeItem& e) { return has_node(e.source) && has_node(e.target); });
  }

  void write(JsonWriter& w, const DocumentRecord& record) const;

 private:
  bool has_node(std::string_view id) const {
    const auto it = std::lower_bound(entities_.begin(), entities_.end(), id,
                                     [](const Entity* e, std::string_view key) { return e->id < key; });
    return it != entities_.end() && (*it)->id == id;
  }
  const std::string& text_of(const std::vector<Span>& evidence) {
    return texts_.emplace_back(evidence_text(doc_, evidence));
  }
  void relations();
  void meetings();
  void statements();

  const Document& doc_;
  std::vector<const Entity*> entities_;
  // Sorted copies of spans, evidence texts and record ids are kept here; the items point into them.
  std::vector<std::vector<Span>> spans_;
  std::vector<std::string> texts_;
  std::vector<std::string> record_ids_;
  detail::IdMaker ids_;
  std::vector<EdgeItem> edges_;
  std::vector<RecordItem> meetings_, statements_;
  std::vector<std::span<const Span>> meeting_spans_, statement_spans_;
};

void FragmentItems::relations() {
  for (const Relation& r : doc_.relations) {
    EdgeItem& edge = edges_.emplace_back();
    edge.id = ids_.relation_edge(r);
    edge.type = r.type;
    edge.source = r.source;
    edge.target = r.target;
    edge.evidence = as_set(r.evidence, spans_);
    edge.attributes.own = &r.attributes;
    edge.attributes.evidence_text = text_of(r.evidence);
  }
}

void FragmentItems::meetings() {
  meetings_.reserve(doc_.meetings.size());
  for (const Meeting& m : doc_.meetings) {
    const RecordItem& item = meetings_.emplace_back(RecordItem{record_ids_.emplace_back(ids_.meeting(doc_.sha256, m)), meetings_.size()});
    const std::span<const Span> evidence = meeting_spans_.emplace_back(as_set(m.evidence, spans_));
    const std::string* text = nullptr;  // the same words on every edge of the meeting: cut once
    for (const auto& [x, y] : detail::met_pairs(m)) {
      if (*x == *y) continue;
      if (text == nullptr) text = &text_of(m.evidence);
      EdgeItem& edge = edges_.emplace_back();
      edge.id = ids_.met_edge(*x, *y, item.id);
      edge.type = "met";
      edge.source = *x;
      edge.target = *y;
      edge.evidence = evidence;
      edge.attributes = {nullptr, *text, "meeting", item.id, to_string(m.status)};
    }
  }
}

void FragmentItems::statements() {
  statements_.reserve(doc_.statements.size());
  for (const Statement& s : doc_.statements) {
    const RecordItem& item =
        statements_.emplace_back(RecordItem{record_ids_.emplace_back(ids_.statement(doc_.sha256, s)), statements_.size()});
    const std::span<const Span> evidence = statement_spans_.emplace_back(as_set(s.evidence, spans_));
    const std::string* text = nullptr;
    for (const std::string& about : s.about) {
      if (about == s.speaker) continue;
      if (text == nullptr) text = &text_of(s.evidence);
      EdgeItem& edge = edges_.emplace_back();
      edge.id = ids_.statement_edge(s.speaker, about, item.id);
      edge.type = "statement";
      edge.source = s.speaker;
      edge.target = about;
      edge.evidence = evidence;
      edge.attributes = {nullptr, *text, "statement", item.id, {}};
    }
  }
}

void FragmentItems::write(JsonWriter& w, const DocumentRecord& record) const {
  const std::string span_head = detail::one_doc_span_head(record.id);
  const auto spans = [&](std::span<const Span> of) { return OneDocSpans{record.id, span_head, of}; };
  detail::write_head(w);
  detail::write_list(w, detail::kGraphLists[0], [&] { detail::write_document(w, record); });
  detail::write_list(w, detail::kGraphLists[1], [&] {
    std::vector<std::string> aliases;
    for (const Entity* e : entities_) {
      // In NFC, as the graph keeps names (graph/names.hpp); most are ASCII, which NFC leaves as they are.
      const std::string label = detail::nfc(e->label);
      aliases.clear();
      for (const std::string& alias : e->aliases) aliases.push_back(detail::nfc(alias));
      std::sort(aliases.begin(), aliases.end());
      aliases.erase(std::unique(aliases.begin(), aliases.end()), aliases.end());
      aliases.erase(std::remove(aliases.begin(), aliases.end(), label), aliases.end());
      std::vector<std::vector<Span>> sorted;  // as_set's store for this node's mentions
      detail::write_node(w, e->id, e->type, label, aliases, e->attributes, spans(as_set(e->mentions, sorted)),
                         detail::OneDocVote{label, record.id});
    }
  });
  detail::write_list(w, detail::kGraphLists[2], [&] {
    for (const EdgeItem& e : edges_) detail::write_edge(w, e.id, e.type, e.source, e.target, e.attributes, spans(e.evidence));
  });
  detail::write_list(w, detail::kGraphLists[3], [&] {
    for (const RecordItem& m : meetings_) detail::write_meeting(w, m.id, doc_.meetings[m.index], spans(meeting_spans_[m.index]));
  });
  detail::write_list(w, detail::kGraphLists[4], [&] {
    for (const RecordItem& st : statements_) {
      detail::write_statement(w, st.id, doc_.statements[st.index], spans(statement_spans_[st.index]));
    }
  });
  w.end('}');
}

}  // namespace

std::string fragment_json_line(const Document& doc) {
  FragmentItems items(doc);
  if (!items.collect()) return graph_to_json_line(Graph::fragment(doc));
  DocumentRecord record{doc.id, doc.source, doc.title, doc.date, doc.sha256, doc.text.size(), doc.text_origin, doc.meta};
  record.id = base_document_id(record);
  JsonWriter w(false);
  // A fragment is some ten times its text; the last one this thread wrote says how much, per byte of text.
  thread_local double bytes_per_text_byte = 8.0;
  constexpr double kMostReserved = 1 << 20;  // beyond a megabyte the buffer grows by doubling, as it would
  w.reserve(static_cast<std::size_t>(std::min(kMostReserved, bytes_per_text_byte * static_cast<double>(doc.text.size()) + 4096)));
  items.write(w, record);
  std::string out = w.take();
  out += '\n';
  if (!doc.text.empty()) bytes_per_text_byte = std::min(32.0, static_cast<double>(out.size()) / static_cast<double>(doc.text.size()));
  return out;
}

}  // namespace newsgraph
