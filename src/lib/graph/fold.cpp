// A processed document folded into a graph: its entities become nodes, its
// relations, meetings and statements edges and records, each with the byte
// spans of the document that support it.
#include <set>
#include <string_view>

#include "graph/ids.hpp"
#include "graph/names.hpp"
#include "graph/storage.hpp"

namespace newsgraph {
namespace detail {
namespace {

std::set<DocSpan> doc_spans(const std::string& doc, const std::vector<Span>& spans) {
  std::set<DocSpan> out;
  for (const Span& s : spans) out.insert({doc, s.begin, s.end});
  return out;
}

// One document on its way into a storage.
struct Folding {
  GraphStorage& into;
  const Document& doc;
  std::string doc_id;  // the document's id in `into`
  IdMaker ids;
  // An edge joins two of this document's nodes, never a node that another
  // document happened to add first: the graph of a document is its own.
  std::set<std::string_view> doc_nodes;

  void add_edge(EdgeData&& edge) {
    if (doc_nodes.contains(edge.source) && doc_nodes.contains(edge.target)) into.upsert_edge(std::move(edge));
  }

  void entities() {
    for (const Entity& entity : doc.entities) doc_nodes.insert(entity.id);
    for (const Entity& entity : doc.entities) {
      NodeData node;
      node.id = entity.id;
      node.type = entity.type;
      node.label = entity.label;
      node.aliases.insert(entity.aliases.begin(), entity.aliases.end());
      node.aliases.erase(entity.label);
      node.attributes = entity.attributes;
      node.mentions = doc_spans(doc_id, entity.mentions);
      node.label_documents[node.label].insert(doc_id);
      normalize_names(node);
      into.upsert_node(std::move(node));
    }
  }

  void relations() {
    for (const Relation& r : doc.relations) {
      EdgeData edge;
      edge.type = r.type;
      edge.source = r.source;
      edge.target = r.target;
      edge.attributes = r.attributes;
      edge.id = ids.relation_edge(r);
      edge.evidence = doc_spans(doc_id, r.evidence);
      edge.attributes["evidence_text"] = evidence_text(doc, r.evidence);
      add_edge(std::move(edge));
    }
  }

  void meetings() {
    for (const Meeting& m : doc.meetings) {
      MeetingRecord record;
      record.participants = m.participants;
      record.sides = m.sides;
      record.status = m.status;
      record.mode = m.mode;
      record.location = m.location;
      record.date = m.date;
      record.evidence = doc_spans(doc_id, m.evidence);
      record.id = ids.meeting(doc.sha256, m);
      std::string text;  // the same words on every edge of the meeting: cut once
      bool has_text = false;
      for (const auto& [x, y] : met_pairs(m)) {
        if (*x == *y) continue;
        if (!has_text) {
          text = evidence_text(doc, m.evidence);
          has_text = true;
        }
        EdgeData edge;
        edge.type = "met";
        edge.source = *x;
        edge.target = *y;
        edge.attributes = {{"evidence_text", text}, {"meeting", record.id}, {"status", std::string(to_string(m.status))}};
        edge.id = ids.met_edge(*x, *y, record.id);
        edge.evidence = record.evidence;
        add_edge(std::move(edge));
      }
      into.upsert_meeting(std::move(record));
    }
  }

  void statements() {
    for (const Statement& s : doc.statements) {
      StatementRecord record;
      record.speaker = s.speaker;
      record.kind = s.kind;
      record.text = s.text;
      record.about = s.about;
      record.medium = s.medium;
      record.evidence = doc_spans(doc_id, s.evidence);
      record.id = ids.statement(doc.sha256, s);
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
        edge.attributes = {{"evidence_text", text}, {"statement", record.id}};
        edge.id = ids.statement_edge(s.speaker, about, record.id);
        edge.evidence = record.evidence;
        add_edge(std::move(edge));
      }
      into.upsert_statement(std::move(record));
    }
  }
};

DocumentRecord record_of(const Document& doc) {
  return DocumentRecord{doc.id, doc.source, doc.title, doc.date, doc.sha256, doc.text.size(), doc.text_origin, doc.meta};
}

}  // namespace

void GraphStorage::fold(const Document& doc) {
  add_document_record(record_of(doc));
  Folding folding{*this, doc, id_by_sha.at(doc.sha256), {}, {}};
  folding.entities();
  folding.relations();
  folding.meetings();
  folding.statements();
}

}  // namespace detail

Graph Graph::fragment(const Document& doc) {
  Graph graph;
  graph.store().fold(doc);
  return graph;
}

bool Graph::add_document(const Document& doc) {
  const DocumentRecord* known = find_document_by_sha(doc.sha256);
  if (known != nullptr && known->date == doc.date) {
    // The same text read with the same date gives the same graph: only the
    // record may change (the smaller of the two is kept).
    add_document_record(detail::record_of(doc));
    return false;
  }
  store().fold(doc);
  return known == nullptr;
}

void Graph::fold_document(const Document& doc) { store().fold(doc); }

}  // namespace newsgraph
