#include "newsgraph/export_json.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <functional>

#include "newsgraph/parallel.hpp"

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

namespace {

// Writes the same bytes as graph_to_json(graph).dump(1) (pretty) or .dump()
// (compact), straight into a string: no JSON tree of the whole graph, which
// for a large archive costs several times the graph's memory and most of
// the export time.
class JsonWriter {
 public:
  explicit JsonWriter(bool pretty) : pretty_(pretty) {}
  /// A writer that goes on inside brackets opened elsewhere: one flag per
  /// open bracket, true while nothing has been written in it (see first_).
  JsonWriter(bool pretty, std::vector<bool> open) : pretty_(pretty), first_(std::move(open)) {}

  void begin(char bracket) {
    put(bracket);
    first_.push_back(true);
  }
  void end(char bracket) {
    const bool empty = first_.back();
    first_.pop_back();
    if (!empty) newline();
    put(bracket);
  }
  void key(std::string_view name) {
    next_item();
    string(name);
    if (pretty_) {
      put(": ");
    } else {
      put(':');
    }
  }
  void item() { next_item(); }  // before an array element
  void string(std::string_view s) {
    // Room for the worst case (every byte as \u00XX) up front: the loop
    // below then writes without checking.
    char* out = room(s.size() * 6 + 2);
    *out++ = '"';
    // Runs of characters that need no escape are copied whole.
    std::size_t run = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
      const auto b = static_cast<unsigned char>(s[i]);
      if (b >= 0x20 && b != '"' && b != '\\') continue;
      std::memcpy(out, s.data() + run, i - run);
      out += i - run;
      run = i + 1;
      *out++ = '\\';
      switch (b) {
        case '"': *out++ = '"'; break;
        case '\\': *out++ = '\\'; break;
        case '\b': *out++ = 'b'; break;
        case '\f': *out++ = 'f'; break;
        case '\n': *out++ = 'n'; break;
        case '\r': *out++ = 'r'; break;
        case '\t': *out++ = 't'; break;
        default: {
          static constexpr char hex[] = "0123456789abcdef";
          *out++ = 'u';
          *out++ = '0';
          *out++ = '0';
          *out++ = hex[b >> 4];
          *out++ = hex[b & 0xF];
        }
      }
    }
    std::memcpy(out, s.data() + run, s.size() - run);
    out += s.size() - run;
    *out++ = '"';
    size_ = static_cast<std::size_t>(out - out_.data());
  }
  void string_or_null(std::string_view s) {
    if (s.empty()) {
      put("null");
    } else {
      string(s);
    }
  }
  void number(std::uint64_t n) {
    char* out = room(20);  // the digits of the largest uint64_t
    size_ = static_cast<std::size_t>(std::to_chars(out, out + 20, n).ptr - out_.data());
  }
  /// A value given as compact JSON text (Document::meta), re-indented when pretty.
  void raw_json(const std::string& compact) {
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
  void strings(const auto& list) {
    begin('[');
    for (const std::string& s : list) {
      item();
      string(s);
    }
    end(']');
  }
  std::string take() {
    out_.resize(size_);
    size_ = 0;
    return std::move(out_);
  }

 private:
  // out_ is the buffer, size_ how much of it is text: the buffer grows by
  // doubling and is cut to size_ only in take(), so writing a piece costs a
  // copy, not a std::string append with its checks, per piece.
  char* room(std::size_t n) {
    if (size_ + n > out_.size()) out_.resize(std::max(2 * out_.size(), std::max<std::size_t>(size_ + n, 256)));
    return out_.data() + size_;
  }
  void put(char c) {
    *room(1) = c;
    ++size_;
  }
  void put(std::string_view text) {
    std::memcpy(room(text.size()), text.data(), text.size());
    size_ += text.size();
  }
  void next_item() {
    if (!first_.back()) put(',');
    first_.back() = false;
    newline();
  }
  void newline() {
    if (!pretty_) return;
    char* out = room(1 + first_.size());
    *out = '\n';
    std::memset(out + 1, ' ', first_.size());
    size_ += 1 + first_.size();
  }

  bool pretty_;
  std::string out_;
  std::size_t size_ = 0;
  std::vector<bool> first_;  // per open bracket: nothing written in it yet
};

void write_spans(JsonWriter& w, const std::set<DocSpan>& spans) {
  w.begin('[');
  for (const DocSpan& s : spans) {
    w.item();
    w.begin('{');
    w.key("doc");
    w.string(s.doc);
    w.key("start");
    w.number(s.start);
    w.key("end");
    w.number(s.end);
    w.end('}');
  }
  w.end(']');
}

void write_map(JsonWriter& w, const std::map<std::string, std::string>& m) {
  w.begin('{');
  for (const auto& [k, v] : m) {
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

void write_node(JsonWriter& w, const NodeData& n) {
  w.item();
  w.begin('{');
  w.key("id");
  w.string(n.id);
  w.key("type");
  w.string(to_string(n.type));
  w.key("label");
  w.string(n.label);
  w.key("aliases");
  w.strings(n.aliases);
  w.key("attributes");
  write_map(w, n.attributes);
  w.key("mentions");
  write_spans(w, n.mentions);
  w.end('}');
}

void write_edge(JsonWriter& w, const EdgeData& e) {
  w.item();
  w.begin('{');
  w.key("id");
  w.string(e.id);
  w.key("type");
  w.string(e.type);
  w.key("source");
  w.string(e.source);
  w.key("target");
  w.string(e.target);
  w.key("attributes");
  write_map(w, e.attributes);
  w.key("evidence");
  write_spans(w, e.evidence);
  w.end('}');
}

void write_meeting(JsonWriter& w, const MeetingRecord& m) {
  w.item();
  w.begin('{');
  w.key("id");
  w.string(m.id);
  w.key("participants");
  w.strings(m.participants);
  w.key("sides");
  w.begin('[');
  for (const auto& side : m.sides) {
    w.item();
    w.strings(side);
  }
  w.end(']');
  w.key("status");
  w.string(to_string(m.status));
  w.key("mode");
  w.string_or_null(m.mode == MeetingMode::unknown ? std::string_view() : to_string(m.mode));
  w.key("location");
  w.string_or_null(m.location);
  w.key("date");
  w.string_or_null(m.date);
  w.key("evidence");
  write_spans(w, m.evidence);
  w.end('}');
}

void write_statement(JsonWriter& w, const StatementRecord& st) {
  w.item();
  w.begin('{');
  w.key("id");
  w.string(st.id);
  w.key("speaker");
  w.string(st.speaker);
  w.key("kind");
  w.string(to_string(st.kind));
  w.key("text");
  w.string(st.text);
  w.key("about");
  w.strings(st.about);
  w.key("medium");
  w.string_or_null(st.medium);
  w.key("evidence");
  write_spans(w, st.evidence);
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

void write_graph_json(const Graph& graph, AtomicFile& file) { write_graph_json(graph, file, 1); }

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
