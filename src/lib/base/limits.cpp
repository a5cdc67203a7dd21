#include "newsgraph/limits.hpp"

#include <algorithm>

namespace newsgraph {

std::size_t line_of_offset(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t line = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
    } else if (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')) {
      ++line;  // a lone CR (old Mac line ends); a CRLF counts once, at its LF
    }
  }
  return line;
}

void split_long_sentences(Document& doc, std::size_t max_tokens) {
  if (max_tokens == 0) max_tokens = 1;
  const bool any_long = std::any_of(doc.sentences.begin(), doc.sentences.end(),
                                    [&](const Sentence& s) { return s.end_token - s.first_token > max_tokens; });
  if (!any_long) return;
  std::vector<Sentence> out;
  out.reserve(doc.sentences.size());
  std::size_t split_count = 0;
  std::size_t longest = 0;
  std::uint32_t first_long_begin = 0;
  for (const Sentence& s : doc.sentences) {
    const std::size_t length = s.end_token - s.first_token;
    if (length <= max_tokens) {
      out.push_back(s);
      continue;
    }
    if (split_count == 0) first_long_begin = s.span.begin;
    ++split_count;
    longest = std::max(longest, length);
    std::uint32_t first = s.first_token;
    while (first < s.end_token) {
      std::uint32_t end = static_cast<std::uint32_t>(std::min<std::size_t>(s.end_token, first + max_tokens));
      if (end < s.end_token) {
        // Prefer to cut after punctuation in the last quarter of the piece,
        // so that a clause is not cut in the middle when it can be helped.
        const std::uint32_t floor = first + static_cast<std::uint32_t>(max_tokens - max_tokens / 4);
        for (std::uint32_t t = end; t > floor && t > first + 1; --t) {
          if (doc.tokens[t - 1].kind == TokenKind::punct) {
            end = t;
            break;
          }
        }
      }
      Sentence piece;
      piece.first_token = first;
      piece.end_token = end;
      piece.span = {doc.tokens[first].span.begin, doc.tokens[end - 1].span.end};
      out.push_back(piece);
      first = end;
    }
  }
  doc.sentences = std::move(out);
  doc.warnings.push_back(std::to_string(line_of_offset(doc.text, first_long_begin)) + ": " +
                         (split_count == 1 ? std::string("a sentence") : std::to_string(split_count) + " sentences") +
                         " longer than " + std::to_string(max_tokens) + " tokens (longest " + std::to_string(longest) +
                         ") split into pieces (limit: --max-sentence-tokens)");
}

void cap_mentions(Document& doc, std::size_t max_mentions) {
  if (max_mentions == 0) max_mentions = 1;
  if (doc.mentions.size() <= max_mentions) return;
  const std::uint32_t cut = doc.mentions[max_mentions].span.begin;
  const std::size_t total = doc.mentions.size();
  doc.mentions.resize(max_mentions);
  // Tokens are in text order: keep those that start before the cut.
  const auto first_dropped = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), cut,
                                              [](const Token& t, std::uint32_t offset) { return t.span.begin < offset; });
  const auto kept_tokens = static_cast<std::uint32_t>(first_dropped - doc.tokens.begin());
  doc.tokens.erase(first_dropped, doc.tokens.end());
  std::vector<Sentence> sentences;
  for (Sentence s : doc.sentences) {
    if (s.first_token >= kept_tokens) break;
    if (s.end_token > kept_tokens) {
      s.end_token = kept_tokens;
      s.span.end = doc.tokens[kept_tokens - 1].span.end;
    }
    sentences.push_back(s);
  }
  doc.sentences = std::move(sentences);
  doc.warnings.push_back(std::to_string(line_of_offset(doc.text, cut)) + ": more than " + std::to_string(max_mentions) +
                         " names and titles (" + std::to_string(total) +
                         "); the text from here on is not analysed (limit: --max-mentions)");
}

std::string warning_message(std::string_view source, std::string_view warning) {
  std::size_t digits = 0;
  while (digits < warning.size() && warning[digits] >= '0' && warning[digits] <= '9') ++digits;
  std::string out(source);
  if (digits > 0 && digits < warning.size() && warning[digits] == ':') {
    out += ':';  // "PATH:12: problem"
  } else {
    out += ": ";
  }
  out += warning;
  return out;
}

}  // namespace newsgraph
