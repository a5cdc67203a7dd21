// The fuzz targets as plain functions, so that the same code runs under
// libFuzzer (fuzz_*.cpp, built with -DNEWSGRAPH_FUZZ=ON and clang) and in
// the ordinary test suite over the seed corpus and every saved crash
// (tests/unit/test_fuzz_corpus.cpp). A target returns 0; a broken invariant
// aborts with a message, which libFuzzer reports as a crash.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "newsgraph/error.hpp"
#include "newsgraph/export.hpp"
#include "newsgraph/graph.hpp"
#include "newsgraph/import.hpp"
#include "language/lexicon.hpp"
#include "newsgraph/limits.hpp"
#include "newsgraph/pipeline.hpp"
#include "newsgraph/read.hpp"
#include "language/segment.hpp"

#define NEWSGRAPH_FUZZ_CHECK(cond)                                                        \
  do {                                                                                    \
    if (!(cond)) {                                                                        \
      std::fprintf(stderr, "fuzz invariant broken: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
      std::abort();                                                                       \
    }                                                                                     \
  } while (false)

namespace newsgraph::fuzz {

inline std::string_view as_view(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Small caps, so that a run spends its time on variety, not on size.
inline Limits small_limits(bool strict = false) {
  Limits limits;
  limits.max_document_bytes = 64 * 1024;
  limits.max_sentence_tokens = 64;
  limits.max_mentions = 2000;
  limits.strict = strict;
  return limits;
}

inline bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += n;
  }
  return true;
}

inline const Lexicon& builtin_lexicon() {
  static const Lexicon lexicon = Lexicon::builtin();
  return lexicon;
}

// Every span a processed document holds lies inside its text, in order.
inline void check_document(const Document& doc) {
  const auto size = doc.text.size();
  NEWSGRAPH_FUZZ_CHECK(valid_utf8(doc.text));
  for (const Span& s : doc.story) NEWSGRAPH_FUZZ_CHECK(s.begin <= s.end && s.end <= size);
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
    const Span& s = doc.tokens[i].span;
    NEWSGRAPH_FUZZ_CHECK(s.begin < s.end && s.end <= size);
    if (i > 0) NEWSGRAPH_FUZZ_CHECK(doc.tokens[i - 1].span.end <= s.begin);
  }
  for (const Sentence& s : doc.sentences) {
    NEWSGRAPH_FUZZ_CHECK(s.first_token < s.end_token && s.end_token <= doc.tokens.size());
    NEWSGRAPH_FUZZ_CHECK(s.span.begin <= s.span.end && s.span.end <= size);
  }
  for (const Mention& m : doc.mentions) NEWSGRAPH_FUZZ_CHECK(m.span.begin < m.span.end && m.span.end <= size);
  for (const Entity& e : doc.entities) {
    for (const Span& s : e.mentions) NEWSGRAPH_FUZZ_CHECK(s.end <= size && s.begin <= s.end);
  }
}

// Whole pipeline: bytes -> Document -> extract -> graph -> JSON, and the
// JSON read back gives the same JSON.
inline int pipeline(const std::uint8_t* data, std::size_t size) {
  const Limits limits = small_limits();
  Document doc;
  try {
    doc = make_document("fuzz", "fuzz.txt", std::string(as_view(data, size)), limits);
  } catch (const Error&) {
    return 0;
  }
  extract(doc, builtin_lexicon(), limits);
  check_document(doc);
  Graph graph;
  graph.add_document(doc);
  const std::string json = graph_to_json_text(graph);
  NEWSGRAPH_FUZZ_CHECK(nlohmann::json::accept(json));
  const Graph again = graph_from_json_text(json, "fuzz graph.json");
  NEWSGRAPH_FUZZ_CHECK(graph_to_json_text(again) == json);
  return 0;
}

// Plain text reader: decoding, repair, caps; strict mode refuses what the
// default repairs, and nothing else.
inline int read_text(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(as_view(data, size));
  (void)sniff_binary(bytes);
  Limits limits = small_limits();
  limits.max_document_bytes = 1 + size % 4096;
  Document doc;
  try {
    doc = make_document("fuzz", "fuzz.txt", bytes, limits);
  } catch (const Error&) {
    limits.strict = true;
    bool strict_refused = false;
    try {
      (void)make_document("fuzz", "fuzz.txt", bytes, limits);
    } catch (const Error&) {
      strict_refused = true;
    }
    NEWSGRAPH_FUZZ_CHECK(strict_refused);  // what the default refuses, strict refuses too
    return 0;
  }
  NEWSGRAPH_FUZZ_CHECK(valid_utf8(doc.text));
  NEWSGRAPH_FUZZ_CHECK(doc.text.size() <= 3 * limits.max_document_bytes);
  NEWSGRAPH_FUZZ_CHECK(doc.text.find('\0') == std::string::npos);
  bool repaired = false;
  for (const std::string& w : doc.warnings) repaired = repaired || w.rfind("invalid UTF-8", 0) == 0;
  limits.strict = true;
  try {
    const Document strict = make_document("fuzz", "fuzz.txt", bytes, limits);
    NEWSGRAPH_FUZZ_CHECK(!repaired && strict.text == doc.text);
  } catch (const Error& e) {
    NEWSGRAPH_FUZZ_CHECK(repaired && std::string(e.what()).find("invalid UTF-8") != std::string::npos);
  }
  const auto tokens = tokenize(doc.text, 0, &builtin_lexicon());
  for (const Token& t : tokens) NEWSGRAPH_FUZZ_CHECK(t.span.begin < t.span.end && t.span.end <= doc.text.size());
  return 0;
}

// HTML reader (libxml2 underneath): any bytes give a Document or an Error.
inline int read_html(const std::uint8_t* data, std::size_t size) {
  try {
    Document doc = document_from_html("fuzz", "fuzz.html", as_view(data, size), small_limits());
    NEWSGRAPH_FUZZ_CHECK(valid_utf8(doc.text));
    extract(doc, builtin_lexicon(), small_limits());
    check_document(doc);
  } catch (const Error&) {
  }
  return 0;
}

// JSON Lines reader: every line gives a Document or an Error naming its line.
inline int read_jsonl(const std::uint8_t* data, std::size_t size) {
  const std::string_view all = as_view(data, size);
  std::size_t line_number = 0;
  std::size_t start = 0;
  while (start <= all.size()) {
    std::size_t end = all.find('\n', start);
    if (end == std::string_view::npos) end = all.size();
    ++line_number;
    try {
      const Document doc = document_from_json_line(all.substr(start, end - start), "fuzz.jsonl", line_number, small_limits());
      NEWSGRAPH_FUZZ_CHECK(valid_utf8(doc.text));
    } catch (const Error& e) {
      NEWSGRAPH_FUZZ_CHECK(std::string(e.what()).rfind("fuzz.jsonl:" + std::to_string(line_number) + ": ", 0) == 0);
    }
    start = end + 1;
  }
  // The same bytes as a file: the line reader (line ends, byte-order marks,
  // the length cap) and the decoder together.
  std::istringstream in{std::string(all)};
  Limits limits = small_limits();
  limits.max_document_bytes = 1 + size % 512;  // the cap: 8 times this
  ArticleReader reader({"-"}, InputFormat::jsonl, in, limits);
  RawArticle raw;
  for (int guard = 0; guard < 100000; ++guard) {
    try {
      if (!reader.next(raw)) break;
      NEWSGRAPH_FUZZ_CHECK(raw.bytes.size() <= max_json_line_bytes(limits));
      const Document doc = decode_article(raw, limits);
      NEWSGRAPH_FUZZ_CHECK(valid_utf8(doc.text));
    } catch (const Error& e) {
      NEWSGRAPH_FUZZ_CHECK(std::string(e.what()).rfind("-:", 0) == 0);
    }
  }
  return 0;
}

// User lexicon files (--lexicon): an Error with file and line, or a lexicon
// that the pipeline can use.
inline int lexicon(const std::uint8_t* data, std::size_t size) {
  Lexicon lex;
  try {
    lex.add_user_text(as_view(data, size), "fuzz.tsv");
  } catch (const Error& e) {
    NEWSGRAPH_FUZZ_CHECK(std::string(e.what()).rfind("fuzz.tsv:", 0) == 0);
    return 0;
  }
  // Run the fuzzed names against a text made of the input itself.
  Document doc = make_document("fuzz", "fuzz.txt", std::string(as_view(data, std::min<std::size_t>(size, 4096))), small_limits());
  extract(doc, lex, small_limits());
  check_document(doc);
  return 0;
}

}  // namespace newsgraph::fuzz
