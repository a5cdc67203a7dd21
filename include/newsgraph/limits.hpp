// Limits that keep any input, however large or strange, within a bounded
// amount of time and memory: a per-document size cap (applied when reading)
// and a per-sentence token cap (applied after segmentation). Exceeding a cap
// is not an error: the document is cut or the sentence split, and a warning
// on Document::warnings says so.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "newsgraph/model.hpp"

namespace newsgraph {

/// 2 MiB of text: a hundred times a long news article.
inline constexpr std::size_t kDefaultMaxDocumentBytes = std::size_t{2} << 20;
/// No real sentence is this long; the tail of a longer run is split off.
inline constexpr std::size_t kDefaultMaxSentenceTokens = 250;
/// Hard ceilings for the options (byte offsets are 32-bit; the UTF-16/32
/// decoder works on 32-bit lengths).
inline constexpr std::size_t kMaxDocumentBytesCeiling = std::size_t{256} << 20;
inline constexpr std::size_t kMaxSentenceTokensCeiling = 100000;
/// Names and titles found in one document; a long article has a few hundred.
inline constexpr std::size_t kDefaultMaxMentions = 20000;

/// How documents are read and processed. One value for a whole run.
struct Limits {
  /// Text bytes kept per document (1 .. kMaxDocumentBytesCeiling). A longer
  /// document is cut at a line break (or space) before the cap; a warning says so.
  std::size_t max_document_bytes = kDefaultMaxDocumentBytes;
  /// Tokens per sentence (1 .. kMaxSentenceTokensCeiling). A longer sentence
  /// is split into pieces of at most this many tokens; a warning says so.
  std::size_t max_sentence_tokens = kDefaultMaxSentenceTokens;
  /// Mentions (names, titles) per document (>= 1). Resolving and relating
  /// compare mentions with each other; past the cap the rest of the
  /// document is not analysed, and a warning says from which line.
  std::size_t max_mentions = kDefaultMaxMentions;
  /// Invalid UTF-8 is an Error instead of being repaired with U+FFFD.
  bool strict = false;
  /// Follow symbolic links inside an input folder that lead outside it
  /// (collect_inputs); by default they are reported and skipped.
  bool follow_links = false;
};

/// Splits every sentence of `doc` longer than `max_tokens` tokens into
/// consecutive pieces (at a punctuation token when one is near the end of a
/// piece), so that no later stage ever looks at more than `max_tokens`
/// tokens at once. Adds one warning (with the line of the first long
/// sentence) when anything was split. Requires segment() to have run.
void split_long_sentences(Document& doc, std::size_t max_tokens);

/// Keeps the first `max_mentions` mentions of `doc` and drops the tokens,
/// sentences and mentions from the next one on (a sentence that straddles
/// the cut is shortened), with a warning naming the line. Requires
/// recognize() to have run.
void cap_mentions(Document& doc, std::size_t max_mentions);

/// 1-based line number of byte `offset` of `text`; "\n", "\r\n" and a lone
/// "\r" each end a line.
std::size_t line_of_offset(std::string_view text, std::size_t offset);

/// The message the CLI prints for a document warning: "SOURCE: warning", or
/// "SOURCE:LINE: rest" when the warning starts with a line number and a
/// colon ("12: sentence of ...").
std::string warning_message(std::string_view source, std::string_view warning);

}  // namespace newsgraph
