// Internal to the library: the one JSON writer of the contract. graph.json,
// graph_to_json_text/line (json.cpp) and the fragments `newsgraph extract`
// writes straight from a Document (fragment.cpp) all go through JsonWriter
// and the record writers below, so a fragment and the graph it stands for
// are written by the same code.
#pragma once

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <map>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "newsgraph/graph.hpp"

namespace newsgraph::detail {

// Writes the same bytes as nlohmann's dump(1) (pretty) or dump() (compact)
// of the same values, straight into a string: no JSON tree of the whole
// graph, which for a large archive costs several times the graph's memory
// and most of the export time.
class JsonWriter {
 public:
  explicit JsonWriter(bool pretty) : pretty_(pretty) {}
  /// A writer that goes on inside brackets opened elsewhere: one flag per
  /// open bracket, true while nothing has been written in it (see first_).
  JsonWriter(bool pretty, const std::vector<bool>& open) : pretty_(pretty), first_(open.begin(), open.end()) {}

  bool pretty() const { return pretty_; }

  void begin(char bracket) {
    put(bracket);
    first_.push_back(1);
  }
  void end(char bracket) {
    const bool empty = first_.back() != 0;
    first_.pop_back();
    if (!empty) newline();
    put(bracket);
  }
  void key(std::string_view name) {
    next_item();
    string(name);
    put(pretty_ ? ": " : ":");
  }
  /// A key written in the program as a literal (plain ASCII, nothing to
  /// escape), as most are: copied with its quotes, the size known.
  template <std::size_t N>
  void key(const char (&name)[N]) {
    next_item();
    char* out = room(N + 3);
    *out++ = '"';
    std::memcpy(out, name, N - 1);
    out += N - 1;
    *out++ = '"';
    *out++ = ':';
    if (pretty_) *out++ = ' ';
    size_ = static_cast<std::size_t>(out - out_.data());
  }
  void item() { next_item(); }  // before an array element
  void string(std::string_view s) {
    // Room for the worst case (every byte as \u00XX) up front: the loop
    // below then writes without checking.
    char* out = room(s.size() * 6 + 2);
    *out++ = '"';
    // Runs of characters that need no escape are copied whole.
    std::size_t run = 0;
    for (std::size_t i = next_to_escape(s, 0); i < s.size(); i = next_to_escape(s, i)) {
      const auto b = static_cast<unsigned char>(s[i]);
      std::memcpy(out, s.data() + run, i - run);
      out += i - run;
      run = ++i;
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
  /// Text that is JSON already (made once, put many times), as it is.
  void raw(std::string_view json) { put(json); }
  /// A value given as compact JSON text (Document::meta), re-indented when pretty.
  void raw_json(const std::string& compact);
  void strings(const auto& list) {
    begin('[');
    for (const auto& s : list) {
      item();
      string(s);
    }
    end(']');
  }
  /// Room for `bytes` of text before the buffer must grow: a writer that knows about how much it will
  /// write is spared the copies (and the zeroing) of growing by doubling from 4 KB.
  void reserve(std::size_t bytes) {
    if (bytes > out_.size()) out_.resize(bytes);
  }
  std::string take() {
    out_.resize(size_);
    size_ = 0;
    return std::move(out_);
  }

 private:
  // The position of the first byte from `from` on that needs an escape, or
  // s.size(): sixteen bytes at a time (SSE2, on every x86-64), then eight,
  // while none of them needs one; most text needs none.
  static std::size_t next_to_escape(std::string_view s, std::size_t from) {
    std::size_t i = from;
#if defined(__SSE2__)
    for (; i + 16 <= s.size(); i += 16) {
      if (const unsigned mask = escape_mask(s.data() + i); mask != 0) return i + static_cast<std::size_t>(std::countr_zero(mask));
    }
#endif
    while (i + 8 <= s.size() && !any_needs_escape(s.data() + i)) i += 8;
    while (i < s.size() && !needs_escape(s[i])) ++i;
    return i;
  }
#if defined(__SSE2__)
  // A bit per byte of the 16 at `p` that is below 0x20, '"' or '\\'.
  static unsigned escape_mask(const char* p) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(0x1F)), x);  // unsigned x <= 0x1F
    const __m128i quote = _mm_cmpeq_epi8(x, _mm_set1_epi8('"'));
    const __m128i backslash = _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'));
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(control, _mm_or_si128(quote, backslash))));
  }
#endif
  static bool needs_escape(char c) {
    const auto b = static_cast<unsigned char>(c);
    return b < 0x20 || b == '"' || b == '\\';
  }
  // True when one of the 8 bytes at `p` is below 0x20, '"' or '\\'. The
  // classic test for a zero byte, (x - 0x01..) & ~x & 0x80.., answers
  // exactly whether any byte is zero; bytes of 0x80 and above never count.
  static bool any_needs_escape(const char* p) {
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    std::uint64_t x;
    std::memcpy(&x, p, 8);
    const std::uint64_t quote = x ^ (ones * '"'), backslash = x ^ (ones * '\\');
    const std::uint64_t below_space = (x - ones * 0x20) & ~x;
    const std::uint64_t zero_quote = (quote - ones) & ~quote;
    const std::uint64_t zero_backslash = (backslash - ones) & ~backslash;
    return ((below_space | zero_quote | zero_backslash) & highs) != 0;
  }
  // out_ is the buffer, size_ how much of it is text: the buffer grows by
  // doubling and is cut to size_ only in take(), so writing a piece costs a
  // copy, not a std::string append with its checks, per piece.
  char* room(std::size_t n) {
    if (size_ + n > out_.size()) [[unlikely]] grow(n);
    return out_.data() + size_;
  }
  // Out of line: room() is on every write and should stay a compare.
  [[gnu::noinline]] void grow(std::size_t n) {
    out_.resize(std::max(2 * out_.size(), std::max<std::size_t>(size_ + n, 4096)));
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
    if (first_.back() == 0) put(',');
    first_.back() = 0;
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
  // Per open bracket, 1 while nothing is written in it yet. A string, not a
  // vector<bool>: no bit fiddling, and no allocation for the few levels a
  // graph has.
  std::string first_;
};

// --- the graph's object -------------------------------------------------------

/// The graph's lists, in the order graph.json and every fragment write them
/// (after write_head's members).
inline constexpr std::string_view kGraphLists[] = {"documents", "nodes", "edges", "meetings", "statements"};

/// One list of the graph's object: its name, then what `write_items` writes inside the brackets.
template <class WriteItems>
void write_list(JsonWriter& w, std::string_view name, WriteItems write_items) {
  w.key(name);
  w.begin('[');
  write_items();
  w.end(']');
}

// --- span lists -------------------------------------------------------------

/// Spans of a graph, each naming its document.
void write_spans(JsonWriter& w, const std::set<DocSpan>& spans);

/// Spans of one document, sorted and unique, written compact with the part
/// naming the document made once (one_doc_span_head): the same bytes as
/// the DocSpans they stand for.
struct OneDocSpans {
  std::string_view doc_id;
  std::string_view head;  ///< {"doc":"ID","start": (one_doc_span_head)
  std::span<const Span> spans;
};
std::string one_doc_span_head(std::string_view doc_id);
void write_spans(JsonWriter& w, const OneDocSpans& spans);

void write_map(JsonWriter& w, const std::map<std::string, std::string>& map);

// --- a node's label votes -----------------------------------------------------

/// A graph node's "label_documents": {"form": ["document id", ...], ...}.
void write_label_documents(JsonWriter& w, const std::map<std::string, std::set<std::string>>& votes);
/// The same for a node of one document: its label, named by that document.
struct OneDocVote {
  std::string_view form, doc;
};
void write_label_documents(JsonWriter& w, const OneDocVote& vote);

// --- the contract's records -------------------------------------------------
// Templates over how spans and attributes are held (a graph's records or one
// document's); write_spans and write_map are found for each.

/// The graph's first members: "format", "version", "generator", and for a
/// shard (`merge --shard`) "shard": {"k": K, "n": N}.
void write_head(JsonWriter& w, const Shard* shard = nullptr);
void write_document(JsonWriter& w, const DocumentRecord& d);

/// The documents behind each alias or attribute value of an item of several
/// documents (NodeData::alias_documents, attribute_documents): written when not empty.
using ValueDocuments = std::map<std::string, std::set<std::string>>;
using AttributeDocuments = std::map<std::string, ValueDocuments>;
void write_provenance(JsonWriter& w, const ValueDocuments* alias_documents, const AttributeDocuments* attribute_documents);

template <class Aliases, class Attributes, class Spans, class Votes>
void write_node(JsonWriter& w, std::string_view id, EntityType type, std::string_view label, const Aliases& aliases,
                const Attributes& attributes, const Spans& mentions, const Votes& label_documents,
                const ValueDocuments* alias_documents = nullptr, const AttributeDocuments* attribute_documents = nullptr) {
  w.item();
  w.begin('{');
  w.key("id");
  w.string(id);
  w.key("type");
  w.string(to_string(type));
  w.key("label");
  w.string(label);
  w.key("aliases");
  w.strings(aliases);
  w.key("attributes");
  write_map(w, attributes);
  w.key("mentions");
  write_spans(w, mentions);
  w.key("label_documents");
  write_label_documents(w, label_documents);
  write_provenance(w, alias_documents, attribute_documents);
  w.end('}');
}

template <class Attributes, class Spans>
void write_edge(JsonWriter& w, std::string_view id, std::string_view type, std::string_view source,
                std::string_view target, const Attributes& attributes, const Spans& evidence,
                const AttributeDocuments* attribute_documents = nullptr) {
  w.item();
  w.begin('{');
  w.key("id");
  w.string(id);
  w.key("type");
  w.string(type);
  w.key("source");
  w.string(source);
  w.key("target");
  w.string(target);
  w.key("attributes");
  write_map(w, attributes);
  w.key("evidence");
  write_spans(w, evidence);
  write_provenance(w, nullptr, attribute_documents);
  w.end('}');
}

/// `m`: a MeetingRecord or a Meeting (the same fields but the id and evidence).
template <class MeetingLike, class Spans>
void write_meeting(JsonWriter& w, std::string_view id, const MeetingLike& m, const Spans& evidence) {
  w.item();
  w.begin('{');
  w.key("id");
  w.string(id);
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
  write_spans(w, evidence);
  w.end('}');
}

/// `st`: a StatementRecord or a Statement (the same fields but the id and evidence).
template <class StatementLike, class Spans>
void write_statement(JsonWriter& w, std::string_view id, const StatementLike& st, const Spans& evidence) {
  w.item();
  w.begin('{');
  w.key("id");
  w.string(id);
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
  write_spans(w, evidence);
  w.end('}');
}

}  // namespace newsgraph::detail
