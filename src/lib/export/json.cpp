// graph.json and its one-line form: the graph's records in the contract's
// order, written by the one JSON writer (json_writer.hpp) in pieces that may
// be made on several threads.
#include "export/files.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <functional>

#include "base/parallel.hpp"
#include "export/json_writer.hpp"
#include "graph/shard.hpp"

namespace newsgraph {
namespace detail {

void JsonWriter::raw_json(const std::string& compact) {
  if (!pretty_ || compact.empty() || (compact.front() != '{' && compact.front() != '[')) {
    put(compact);
    return;
  }
  const std::string pretty = nlohmann::ordered_json::parse(compact).dump(1);
  const std::string indent(first_.size(), ' ');
  for (char c : pretty) {
    put(c);
    if (c == '\n') put(indent);
  }
}

namespace {

void write_span(JsonWriter& w, std::string_view doc, std::uint32_t start, std::uint32_t end) {
  w.item();
  w.begin('{');
  w.key("doc");
  w.string(doc);
  w.key("start");
  w.number(start);
  w.key("end");
  w.number(end);
  w.end('}');
}

}  // namespace

void write_spans(JsonWriter& w, const std::set<DocSpan>& spans) {
  w.begin('[');
  for (const DocSpan& s : spans) write_span(w, s.doc, s.start, s.end);
  w.end(']');
}

std::string one_doc_span_head(std::string_view doc_id) {
  JsonWriter w(false);
  w.begin('{');
  w.key("doc");
  w.string(doc_id);
  w.key("start");
  return w.take();
}

void write_spans(JsonWriter& w, const OneDocSpans& spans) {
  w.begin('[');
  for (const Span& s : spans.spans) {
    if (w.pretty()) {
      write_span(w, spans.doc_id, s.begin, s.end);
    } else {
      w.item();
      w.raw(spans.head);
      w.number(s.begin);
      w.raw(",\"end\":");
      w.number(s.end);
      w.raw("}");
    }
  }
  w.end(']');
}

void write_map(JsonWriter& w, const std::map<std::string, std::string>& map) {
  w.begin('{');
  for (const auto& [k, v] : map) {
    w.key(k);
    w.string(v);
  }
  w.end('}');
}

void write_label_documents(JsonWriter& w, const std::map<std::string, std::set<std::string>>& votes) {
  w.begin('{');
  for (const auto& [form, documents] : votes) {
    w.key(form);
    w.strings(documents);
  }
  w.end('}');
}

void write_label_documents(JsonWriter& w, const OneDocVote& vote) {
  w.begin('{');
  w.key(vote.form);
  w.begin('[');
  w.item();
  w.string(vote.doc);
  w.end(']');
  w.end('}');
}

void write_provenance(JsonWriter& w, const ValueDocuments* alias_documents, const AttributeDocuments* attribute_documents) {
  if (alias_documents != nullptr && !alias_documents->empty()) {
    w.key("alias_documents");
    write_label_documents(w, *alias_documents);
  }
  if (attribute_documents != nullptr && !attribute_documents->empty()) {
    w.key("attribute_documents");
    w.begin('{');
    for (const auto& [key, values] : *attribute_documents) {
      w.key(key);
      write_label_documents(w, values);
    }
    w.end('}');
  }
}

void write_document(JsonWriter& w, const DocumentRecord& d) {
  w.item();
  w.begin('{');
  w.key("id");
  w.string(d.id);
  w.key("source");
  w.string(d.source);
  w.key("title");
  w.string_or_null(d.title);
  w.key("date");
  w.string_or_null(d.date);
  w.key("sha256");
  w.string(d.sha256);
  w.key("bytes");
  w.number(d.bytes);
  w.key("text");
  w.string(d.text_origin);
  w.key("meta");
  w.begin('{');
  for (const auto& [key, value] : d.meta) {
    w.key(key);
    w.raw_json(value);
  }
  w.end('}');
  w.end('}');
}

void write_head(JsonWriter& w, const Shard* shard) {
  w.begin('{');
  w.key("format");
  w.string("newsgraph");
  w.key("version");
  w.number(1);
  w.key("generator");
  w.string(std::string("newsgraph ") + kVersion);
  if (shard != nullptr) {
    w.key("shard");
    w.begin('{');
    w.key("k");
    w.number(shard->index);
    w.key("n");
    w.number(shard->count);
    w.end('}');
  }
}

}  // namespace detail

namespace {

using detail::JsonWriter;

// The graph's lists, in the contract's order, as pointers to their records.
struct GraphLists {
  enum Section : int { kDocuments, kNodes, kEdges, kMeetings, kStatements, kSections };

  std::vector<const DocumentRecord*> documents;
  std::vector<const NodeData*> nodes;
  std::vector<const EdgeData*> edges;
  std::vector<const MeetingRecord*> meetings;
  std::vector<const StatementRecord*> statements;

  // A shard's nodes only: the placeholders of its edges' other ends are another shard's.
  GraphLists(const Graph& graph, const Shard* shard) : nodes(graph.nodes()), edges(graph.edges()) {
    if (shard != nullptr) std::erase_if(nodes, [&](const NodeData* n) { return !detail::in_shard(n->id, *shard); });
    documents.reserve(graph.documents().size());
    for (const auto& [id, d] : graph.documents()) documents.push_back(&d);
    meetings.reserve(graph.meetings().size());
    for (const auto& [id, m] : graph.meetings()) meetings.push_back(&m);
    statements.reserve(graph.statements().size());
    for (const auto& [id, st] : graph.statements()) statements.push_back(&st);
  }

  std::size_t size(int section) const {
    switch (section) {
      case kDocuments: return documents.size();
      case kNodes: return nodes.size();
      case kEdges: return edges.size();
      case kMeetings: return meetings.size();
      default: return statements.size();
    }
  }
  // Roughly the text an item makes, in spans (a span is some 60 bytes; a
  // document id in a record some 20, an attribute value up to 300).
  std::size_t weight(int section, std::size_t i) const {
    const auto record_weight = [](const auto& attribute_documents) {
      std::size_t w = 0;
      for (const auto& [key, values] : attribute_documents) {
        for (const auto& [value, voters] : values) w += 1 + value.size() / 60 + voters.size() / 3;
      }
      return w;
    };
    switch (section) {
      case kNodes: {
        const NodeData& n = *nodes[i];
        std::size_t w = 1 + n.mentions.size() + record_weight(n.attribute_documents);
        for (const auto& [form, voters] : n.label_documents) w += 1 + voters.size() / 3;
        for (const auto& [alias, voters] : n.alias_documents) w += 1 + voters.size() / 3;
        return w;
      }
      case kEdges: return 2 + edges[i]->evidence.size() + record_weight(edges[i]->attribute_documents);
      case kMeetings: return 2 + meetings[i]->evidence.size();
      case kStatements: return 2 + statements[i]->evidence.size();
      default: return 4;
    }
  }
  void write(JsonWriter& w, int section, std::size_t i) const {
    switch (section) {
      case kDocuments: detail::write_document(w, *documents[i]); break;
      case kNodes: {
        const NodeData& n = *nodes[i];
        detail::write_node(w, n.id, n.type, n.label, n.aliases, n.attributes, n.mentions, n.label_documents,
                           &n.alias_documents, &n.attribute_documents);
        break;
      }
      case kEdges: {
        const EdgeData& e = *edges[i];
        detail::write_edge(w, e.id, e.type, e.source, e.target, e.attributes, e.evidence, &e.attribute_documents);
        break;
      }
      case kMeetings: detail::write_meeting(w, meetings[i]->id, *meetings[i], meetings[i]->evidence); break;
      default: detail::write_statement(w, statements[i]->id, *statements[i], statements[i]->evidence); break;
    }
  }
};

// A run of one list's items, written by one writer.
struct Piece {
  int section = 0;
  std::size_t begin = 0, end = 0;
};

// The graph as JSON text, handed to `sink` in order, piece by piece. The
// lists are cut into pieces of about a couple of MB (by their spans, which
// make most of the text); each piece is written by a writer that resumes
// inside the list's brackets, on any of `jobs` threads: the same bytes as
// one writer would give.
void write_graph_text(const Graph& graph, bool pretty, std::size_t jobs, const std::function<void(std::string&)>& sink,
                      const Shard* shard = nullptr) {
  const GraphLists lists(graph, shard);
  constexpr std::size_t kPieceWeight = 1 << 15;
  int section = 0;
  std::size_t next = 0;
  const std::function<bool(Piece&)> produce = [&](Piece& piece) {
    if (section == GraphLists::kSections) return false;
    piece.section = section;
    piece.begin = next;
    std::size_t total = 0;
    while (next < lists.size(section) && total < kPieceWeight) total += lists.weight(section, next++);
    piece.end = next;
    if (next == lists.size(section)) {
      ++section;
      next = 0;
    }
    return true;
  };
  const std::function<std::string(Piece&)> work = [&](Piece& piece) {
    const bool opens = piece.begin == 0, closes = piece.end == lists.size(piece.section);
    // Inside the graph's object (not its first member), and inside the list unless this piece opens it.
    JsonWriter w(pretty, opens ? std::vector<bool>{false} : std::vector<bool>{false, false});
    if (opens) {
      w.key(detail::kGraphLists[piece.section]);
      w.begin('[');
    }
    for (std::size_t i = piece.begin; i < piece.end; ++i) lists.write(w, piece.section, i);
    if (closes) w.end(']');
    return w.take();
  };
  JsonWriter head(pretty);
  detail::write_head(head, shard);
  std::string text = head.take();
  sink(text);
  run_ordered<Piece, std::string>(jobs, 4 * jobs, produce, work, sink);
  JsonWriter tail(pretty, {false});
  tail.end('}');
  text = tail.take();
  text += '\n';
  sink(text);
}

std::string graph_text(const Graph& graph, bool pretty) {
  std::string out;
  write_graph_text(graph, pretty, 1, [&](std::string& text) { out += text; });
  return out;
}

}  // namespace

std::string graph_to_json_text(const Graph& graph) { return graph_text(graph, true); }

std::string graph_to_json_line(const Graph& graph) { return graph_text(graph, false); }

nlohmann::ordered_json graph_to_json(const Graph& graph) { return nlohmann::ordered_json::parse(graph_to_json_text(graph)); }

void write_graph_json(const Graph& graph, AtomicFile& file, std::size_t jobs, const Shard* shard) {
  write_graph_text(graph, true, jobs, [&](std::string& text) { file.write(text); }, shard);
}

}  // namespace newsgraph
