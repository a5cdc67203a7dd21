#include "export/files.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <functional>

#include "base/parallel.hpp"
#include "export/json_writer.hpp"

namespace newsgraph {
namespace {

nlohmann::ordered_json spans_json(const std::set<DocSpan>& spans) {
  auto out = nlohmann::ordered_json::array();
  for (const DocSpan& s : spans) out.push_back({{"doc", s.doc}, {"start", s.start}, {"end", s.end}});
  return out;
}

nlohmann::ordered_json string_map(const std::map<std::string, std::string>& m) {
  auto out = nlohmann::ordered_json::object();
  for (const auto& [k, v] : m) out[k] = v;
  return out;
}

nlohmann::ordered_json or_null(const std::string& s) { return s.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s); }

}  // namespace

nlohmann::ordered_json graph_to_json(const Graph& graph) {
  nlohmann::ordered_json j;
  j["format"] = "newsgraph";
  j["version"] = 1;
  j["generator"] = std::string("newsgraph ") + kVersion;
  auto& documents = j["documents"] = nlohmann::ordered_json::array();
  for (const auto& [id, d] : graph.documents()) {
    auto meta = nlohmann::ordered_json::object();
    for (const auto& [key, value] : d.meta) meta[key] = nlohmann::ordered_json::parse(value);
    documents.push_back({{"id", d.id}, {"source", d.source}, {"title", or_null(d.title)}, {"date", or_null(d.date)},
                         {"sha256", d.sha256}, {"bytes", d.bytes}, {"text", d.text_origin}, {"meta", std::move(meta)}});
  }
  auto& nodes = j["nodes"] = nlohmann::ordered_json::array();
  for (const NodeData* n : graph.nodes()) {
    nodes.push_back({{"id", n->id}, {"type", to_string(n->type)}, {"label", n->label},
                     {"aliases", std::vector<std::string>(n->aliases.begin(), n->aliases.end())},
                     {"attributes", string_map(n->attributes)}, {"mentions", spans_json(n->mentions)}});
  }
  auto& edges = j["edges"] = nlohmann::ordered_json::array();
  for (const EdgeData* e : graph.edges()) {
    edges.push_back({{"id", e->id}, {"type", e->type}, {"source", e->source}, {"target", e->target},
                     {"attributes", string_map(e->attributes)}, {"evidence", spans_json(e->evidence)}});
  }
  auto& meetings = j["meetings"] = nlohmann::ordered_json::array();
  for (const auto& [id, m] : graph.meetings()) {
    nlohmann::ordered_json record = {{"id", m.id}, {"participants", m.participants}, {"sides", m.sides},
                                     {"status", to_string(m.status)}};
    record["mode"] = m.mode == MeetingMode::unknown ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(to_string(m.mode));
    record["location"] = or_null(m.location);
    record["date"] = or_null(m.date);
    record["evidence"] = spans_json(m.evidence);
    meetings.push_back(std::move(record));
  }
  auto& statements = j["statements"] = nlohmann::ordered_json::array();
  for (const auto& [id, s] : graph.statements()) {
    statements.push_back({{"id", s.id}, {"speaker", s.speaker}, {"kind", to_string(s.kind)}, {"text", s.text},
                          {"about", s.about}, {"medium", or_null(s.medium)}, {"evidence", spans_json(s.evidence)}});
  }
  return j;
}

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

void write_head(JsonWriter& w) {
  w.begin('{');
  w.key("format");
  w.string("newsgraph");
  w.key("version");
  w.number(1);
  w.key("generator");
  w.string(std::string("newsgraph ") + kVersion);
}

}  // namespace detail

namespace {

using detail::JsonWriter;

void write_node(JsonWriter& w, const NodeData& n) {
  detail::write_node(w, n.id, n.type, n.label, n.aliases, n.attributes, n.mentions);
}
void write_edge(JsonWriter& w, const EdgeData& e) {
  detail::write_edge(w, e.id, e.type, e.source, e.target, e.attributes, e.evidence);
}
void write_meeting(JsonWriter& w, const MeetingRecord& m) { detail::write_meeting(w, m.id, m, m.evidence); }
void write_statement(JsonWriter& w, const StatementRecord& st) { detail::write_statement(w, st.id, st, st.evidence); }
using detail::write_document;
using detail::write_head;

template <class Range, class Write>
void write_list(JsonWriter& w, std::string_view name, const Range& items, Write write) {
  w.key(name);
  w.begin('[');
  for (const auto& item : items) write(w, item);
  w.end(']');
}

void write_graph(JsonWriter& w, const Graph& graph) {
  write_head(w);
  write_list(w, "documents", graph.documents(), [](JsonWriter& out, const auto& d) { write_document(out, d.second); });
  write_list(w, "nodes", graph.nodes(), [](JsonWriter& out, const NodeData* n) { write_node(out, *n); });
  write_list(w, "edges", graph.edges(), [](JsonWriter& out, const EdgeData* e) { write_edge(out, *e); });
  write_list(w, "meetings", graph.meetings(), [](JsonWriter& out, const auto& m) { write_meeting(out, m.second); });
  write_list(w, "statements", graph.statements(), [](JsonWriter& out, const auto& st) { write_statement(out, st.second); });
  w.end('}');
}

std::string write_graph(const Graph& graph, bool pretty) {
  JsonWriter w(pretty);
  write_graph(w, graph);
  std::string out = w.take();
  out += '\n';
  return out;
}

}  // namespace

std::string graph_to_json_text(const Graph& graph) { return write_graph(graph, true); }

std::string graph_to_json_line(const Graph& graph) { return write_graph(graph, false); }


void write_graph_json(const Graph& graph, AtomicFile& file, std::size_t jobs) {
  // The lists are cut into pieces of about a couple of MB (by their spans,
  // which make most of the text); each piece is written by a writer that
  // resumes inside the list's brackets, on any thread, and the pieces are
  // written to the file in order: the same bytes as one writer would give.
  std::vector<const DocumentRecord*> documents;
  documents.reserve(graph.documents().size());
  for (const auto& [id, d] : graph.documents()) documents.push_back(&d);
  const std::vector<const NodeData*> nodes = graph.nodes();
  const std::vector<const EdgeData*> edges = graph.edges();
  std::vector<const MeetingRecord*> meetings;
  meetings.reserve(graph.meetings().size());
  for (const auto& [id, m] : graph.meetings()) meetings.push_back(&m);
  std::vector<const StatementRecord*> statements;
  statements.reserve(graph.statements().size());
  for (const auto& [id, st] : graph.statements()) statements.push_back(&st);

  enum Section : int { kDocuments, kNodes, kEdges, kMeetings, kStatements, kSections };
  static constexpr std::string_view names[kSections] = {"documents", "nodes", "edges", "meetings", "statements"};
  const std::size_t sizes[kSections] = {documents.size(), nodes.size(), edges.size(), meetings.size(), statements.size()};
  // Roughly the text an item makes, in spans (a span is some 60 bytes).
  const auto weight = [&](int section, std::size_t i) -> std::size_t {
    switch (section) {
      case kNodes: return 1 + nodes[i]->mentions.size();
      case kEdges: return 2 + edges[i]->evidence.size();
      case kMeetings: return 2 + meetings[i]->evidence.size();
      case kStatements: return 2 + statements[i]->evidence.size();
      default: return 4;
    }
  };
  constexpr std::size_t kPieceWeight = 1 << 15;
  struct Piece {
    int section = 0;
    std::size_t begin = 0, end = 0;
  };
  int section = 0;
  std::size_t next = 0;
  const std::function<bool(Piece&)> produce = [&](Piece& piece) {
    if (section == kSections) return false;
    piece.section = section;
    piece.begin = next;
    std::size_t total = 0;
    while (next < sizes[section] && total < kPieceWeight) total += weight(section, next++);
    piece.end = next;
    if (next == sizes[section]) {
      ++section;
      next = 0;
    }
    return true;
  };
  const std::function<std::string(Piece&)> work = [&](Piece& piece) {
    const bool opens = piece.begin == 0, closes = piece.end == sizes[piece.section];
    // Inside the graph's object (not its first member), and inside the list unless this piece opens it.
    JsonWriter w(true, opens ? std::vector<bool>{false} : std::vector<bool>{false, false});
    if (opens) {
      w.key(names[piece.section]);
      w.begin('[');
    }
    for (std::size_t i = piece.begin; i < piece.end; ++i) {
      switch (piece.section) {
        case kDocuments: write_document(w, *documents[i]); break;
        case kNodes: write_node(w, *nodes[i]); break;
        case kEdges: write_edge(w, *edges[i]); break;
        case kMeetings: write_meeting(w, *meetings[i]); break;
        default: write_statement(w, *statements[i]); break;
      }
    }
    if (closes) w.end(']');
    return w.take();
  };
  const std::function<void(std::string&)> consume = [&](std::string& text) { file.write(text); };

  JsonWriter head(true);
  write_head(head);
  file.write(head.take());
  run_ordered<Piece, std::string>(jobs, 4 * jobs, produce, work, consume);
  JsonWriter tail(true, {false});
  tail.end('}');
  file.write(tail.take());
  file.write("\n");
}

}  // namespace newsgraph
