#include "language/clean.hpp"

#include <unicode/uchar.h>

#include <cstdint>
#include <cstring>

#include "language/dates.hpp"
#include "language/lexicon.hpp"
#include "base/text.hpp"

namespace newsgraph {
namespace {

// A line that is a date and little else ("October 1, 2010", "Published 21 June 2024 10:14 IST").
bool is_date_line(std::string_view line) {
  if (line.size() > 60) return false;
  if (!find_date(line)) return false;
  int words = 0;
  bool in_word = false;
  for (char c : line) {
    const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (letter && !in_word) ++words;
    in_word = letter;
  }
  return words <= 5;
}

// The length of a date header opening a document's first line before its
// story, as some archives print them ("date 2025-06-07 The minister said
// ..."): at most one label word, then an ISO date, then the story. 0 when none.
std::size_t date_header_length(std::string_view line) {
  std::size_t p = 0;
  while (p < line.size() && line[p] == ' ') ++p;
  const std::size_t word_end = line.find(' ', p);
  if (word_end == std::string_view::npos) return 0;
  std::size_t date_begin = word_end + 1;
  if (!parse_iso_date(line.substr(p, 10)).has_value()) {
    // The label: a word in lower case ("date") or one ending in a colon ("Published:");
    // a word in capitals is a dateline's place ("ROME 1996-12-06 ..."), part of the story.
    const bool colon = line[word_end - 1] == ':';
    for (std::size_t i = p; i + (colon ? 1 : 0) < word_end; ++i) {
      const char c = line[i];
      if (!((c >= 'a' && c <= 'z') || (colon && c >= 'A' && c <= 'Z'))) return 0;
    }
  } else {
    date_begin = p;
  }
  if (!parse_iso_date(line.substr(date_begin, 10)).has_value()) return 0;
  const std::size_t after = date_begin + 10;
  if (after >= line.size() || line[after] != ' ') return 0;
  return after + 1;
}

}  // namespace

namespace {

// Eight bytes of printable ASCII (space included, no two spaces in a row),
// lower-cased; false, with `word` unchanged, for any other eight bytes.
bool lower_plain_ascii(std::uint64_t& word) {
  constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  if ((word & highs) != 0) return false;  // bytes below 0x80 from here: the sums below carry into no neighbour
  const bool printable = ((word + 0x60 * ones) & highs) == highs && ((word + ones) & highs) == 0;  // 0x20..0x7E
  const std::uint64_t spaces = ~((word ^ 0x20 * ones) + 0x7F * ones) & highs;
  if (!printable || (spaces & (spaces << 8)) != 0) return false;
  const std::uint64_t capitals = (word + 0x3F * ones) & ~(word + 0x25 * ones) & highs;  // 'A'..'Z'
  word |= capitals >> 2;  // + 0x20
  return true;
}

// lower(fold_punctuation(line)) into `out` (a buffer reused from line to
// line) for a trimmed line: white space runs to one space. False, with
// `out` unfinished, when a letter outside ASCII would change in lower case:
// full Unicode lower-casing (ICU) is for those lines.
bool fold_lower_simple(std::string_view line, std::string& out) {
  out.resize(line.size());  // the result is never longer
  std::size_t size = 0;
  std::size_t pos = 0;
  while (pos < line.size()) {
    // Most of a line is plain ASCII words and single spaces: eight bytes at a time.
    std::uint64_t word = 0;
    if (pos + 8 <= line.size()) std::memcpy(&word, line.data() + pos, 8);
    const bool follows_space = size == 0 || out[size - 1] == ' ';
    if (pos + 8 <= line.size() && !(follows_space && line[pos] == ' ') && lower_plain_ascii(word)) {
      std::memcpy(out.data() + size, &word, 8);
      size += 8;
      pos += 8;
      continue;
    }
    const char byte = line[pos];
    if (byte > ' ' && byte < 0x7F) {
      out[size++] = text::ascii_lower(byte);
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    const char32_t c = text::next_code_point(line, pos);
    if (text::is_space(c)) {
      // The line is trimmed: a space written here is always followed by more.
      if (!follows_space) out[size++] = ' ';
      continue;
    }
    if (c < 0x80) {
      out[size++] = text::ascii_lower(static_cast<char>(c));
    } else if (text::is_apostrophe(c) || c == U'\u2018') {
      out[size++] = '\'';
    } else if (c == U'\u2010' || c == U'\u2011') {
      out[size++] = '-';
    } else if (u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_CHANGES_WHEN_LOWERCASED)) {
      return false;
    } else {
      for (std::size_t i = start; i < pos; ++i) out[size++] = line[i];
    }
  }
  out.resize(size);
  return true;
}

}  // namespace

bool is_boilerplate_line(std::string_view line, const Lexicon& lexicon) {
  thread_local std::string lowered;
  const std::string_view trimmed = text::trim(line);
  if (!fold_lower_simple(trimmed, lowered)) lowered = text::lower(text::fold_punctuation(trimmed));
  if (lowered.empty()) return true;
  const auto& rules = lexicon.boilerplate();
  if (lowered.size() <= rules.longest_line && rules.lines.contains(lowered)) return true;
  // Lines with no letter at all (rules, "* * *", bare numbers) carry no story.
  bool has_letter = false;
  for (std::size_t pos = 0; pos < lowered.size() && !has_letter;) has_letter = text::is_letter(text::next_code_point(lowered, pos));
  if (!has_letter) return true;
  for (const std::string& phrase : rules.short_contains) {
    if (lowered.find(phrase) != std::string::npos) return true;
  }
  // Does any phrase start at i? Most positions are ruled out by their first four bytes.
  const std::string_view view(lowered);
  for (std::size_t i = 0; i + 3 < view.size(); ++i) {
    const std::uint16_t start = Lexicon::boilerplate_start_key(view.data() + i);
    if (!rules.starts.test(start)) continue;
    for (const std::string& phrase : rules.by_start.at(start)) {
      if (view.substr(i).starts_with(phrase)) return true;
    }
  }
  return false;
}

void clean(Document& doc, const Lexicon& lexicon) {
  doc.story.clear();
  const std::string_view all(doc.text);
  std::size_t begin = 0;
  while (begin < all.size()) {
    // Lines end at LF, CRLF or a lone CR (old Mac files).
    std::size_t end = text::line_end(all, begin);
    const std::string_view line = all.substr(begin, end - begin);
    const std::size_t line_end = end;
    if (end + 1 < all.size() && all[end] == '\r' && all[end + 1] == '\n') ++end;
    const std::size_t header = begin == 0 ? date_header_length(line) : 0;
    if (header > 0 && doc.date.empty()) doc.date = find_date(line)->iso();
    if (header == 0 && is_date_line(text::trim(line))) {
      if (doc.date.empty()) {
        if (auto date = find_date(line)) doc.date = date->iso();
      }
    } else if (!is_boilerplate_line(line.substr(header), lexicon)) {
      const auto b = static_cast<std::uint32_t>(begin + header);
      const auto e = static_cast<std::uint32_t>(line_end);
      // Adjacent kept lines form one region; the newline between them stays inside.
      if (!doc.story.empty() && doc.story.back().end + 1 == b) {
        doc.story.back().end = e;
      } else {
        doc.story.push_back({b, e});
      }
    }
    begin = end + 1;
  }
}

}  // namespace newsgraph
