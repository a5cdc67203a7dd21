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

}  // namespace

std::string fragment_json_line(const Document& doc) {
  const auto by_graph = [&] { return graph_to_json_line(Graph::fragment(doc)); };

  DocumentRecord record{doc.id, doc.source, doc.title, doc.date, doc.sha256, doc.text.size(), doc.text_origin, doc.meta};
  record.id = base_document_id(record);
  const std::string span_head = detail::one_doc_span_head(record.id);

  std::vector<const Entity*> entities;
  entities.reserve(doc.entities.size());
  for (const Entity& e : doc.entities) entities.push_back(&e);
  std::sort(entities.begin(), entities.end(), [](const Entity* a, const Entity* b) { return a->id < b->id; });
  const auto has_node = [&](std::string_view id) {
    const auto it = std::lower_bound(entities.begin(), entities.end(), id,
                                     [](const Entity* e, std::string_view key) { return e->id < key; });
    return it != entities.end() && (*it)->id == id;
  };
  for (std::size_t i = 1; i < entities.size(); ++i) {
    if (entities[i - 1]->id == entities[i]->id) return by_graph();
  }

  // Sorted copies of spans, evidence texts and record ids are kept here; the
  // items point into them (texts and ids are sized up front: no string moves).
  const std::size_t records = doc.relations.size() + doc.meetings.size() + doc.statements.size();
  std::vector<std::vector<Span>> spans;
  std::vector<std::string> texts;
  texts.reserve(records);
  std::vector<std::string> record_ids;
  record_ids.reserve(doc.meetings.size() + doc.statements.size());
  detail::IdMaker ids;
  std::vector<EdgeItem> edges;

  for (const Relation& r : doc.relations) {
    EdgeItem& edge = edges.emplace_back();
    edge.id = ids.relation_edge(r);
    edge.type = r.type;
    edge.source = r.source;
    edge.target = r.target;
    edge.evidence = as_set(r.evidence, spans);
    edge.attributes.own = &r.attributes;
    edge.attributes.evidence_text = texts.emplace_back(evidence_text(doc, r.evidence));
  }
  std::vector<RecordItem> meetings;
  meetings.reserve(doc.meetings.size());
  std::vector<std::span<const Span>> meeting_spans;
  for (const Meeting& m : doc.meetings) {
    const RecordItem& item = meetings.emplace_back(RecordItem{record_ids.emplace_back(ids.meeting(doc.sha256, m)), meetings.size()});
    const std::span<const Span> evidence = meeting_spans.emplace_back(as_set(m.evidence, spans));
    const std::string* text = nullptr;  // the same words on every edge of the meeting: cut once
    for (const auto& [x, y] : detail::met_pairs(m)) {
      if (*x == *y) continue;
      if (text == nullptr) text = &texts.emplace_back(evidence_text(doc, m.evidence));
      EdgeItem& edge = edges.emplace_back();
      edge.id = ids.met_edge(*x, *y, item.id);
      edge.type = "met";
      edge.source = *x;
      edge.target = *y;
      edge.evidence = evidence;
      edge.attributes = {nullptr, *text, "meeting", item.id, to_string(m.status)};
    }
  }
  std::vector<RecordItem> statements;
  statements.reserve(doc.statements.size());
  std::vector<std::span<const Span>> statement_spans;
  for (const Statement& s : doc.statements) {
    const RecordItem& item = statements.emplace_back(RecordItem{record_ids.emplace_back(ids.statement(doc.sha256, s)), statements.size()});
    const std::span<const Span> evidence = statement_spans.emplace_back(as_set(s.evidence, spans));
    const std::string* text = nullptr;
    for (const std::string& about : s.about) {
      if (about == s.speaker) continue;
      if (text == nullptr) text = &texts.emplace_back(evidence_text(doc, s.evidence));
      EdgeItem& edge = edges.emplace_back();
      edge.id = ids.statement_edge(s.speaker, about, item.id);
      edge.type = "statement";
      edge.source = s.speaker;
      edge.target = about;
      edge.evidence = evidence;
      edge.attributes = {nullptr, *text, "statement", item.id, {}};
    }
  }
  if (!sort_unique_by_id(edges) || !sort_unique_by_id(meetings) || !sort_unique_by_id(statements)) return by_graph();
  for (const EdgeItem& e : edges) {
    if (!has_node(e.source) || !has_node(e.target)) return by_graph();
  }

  JsonWriter w(false);
  detail::write_head(w);
  w.key("documents");
  w.begin('[');
  detail::write_document(w, record);
  w.end(']');
  w.key("nodes");
  w.begin('[');
  std::vector<std::string_view> aliases;
  for (const Entity* e : entities) {
    aliases.assign(e->aliases.begin(), e->aliases.end());
    std::sort(aliases.begin(), aliases.end());
    aliases.erase(std::unique(aliases.begin(), aliases.end()), aliases.end());
    aliases.erase(std::remove(aliases.begin(), aliases.end(), std::string_view(e->label)), aliases.end());
    detail::write_node(w, e->id, e->type, e->label, aliases, e->attributes,
                       OneDocSpans{record.id, span_head, as_set(e->mentions, spans)});
  }
  w.end(']');
  w.key("edges");
  w.begin('[');
  for (const EdgeItem& e : edges) {
    detail::write_edge(w, e.id, e.type, e.source, e.target, e.attributes, OneDocSpans{record.id, span_head, e.evidence});
  }
  w.end(']');
  w.key("meetings");
  w.begin('[');
  for (const RecordItem& m : meetings) {
    detail::write_meeting(w, m.id, doc.meetings[m.index], OneDocSpans{record.id, span_head, meeting_spans[m.index]});
  }
  w.end(']');
  w.key("statements");
  w.begin('[');
  for (const RecordItem& st : statements) {
    detail::write_statement(w, st.id, doc.statements[st.index],
                            OneDocSpans{record.id, span_head, statement_spans[st.index]});
  }
  w.end(']');
  w.end('}');
  std::string out = w.take();
  out += '\n';
  return out;
}

}  // namespace newsgraph
