// Small Unicode helpers on UTF-8 text, built on ICU's character properties.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace newsgraph::text {

namespace detail {
char32_t next_code_point_multibyte(std::string_view s, std::size_t& pos);
bool is_letter_nonascii(char32_t c);
bool is_digit_nonascii(char32_t c);
bool is_upper_nonascii(char32_t c);
bool is_lower_nonascii(char32_t c);
bool is_space_nonascii(char32_t c);
bool is_format_nonascii(char32_t c);
}  // namespace detail

// The ASCII cases are inline: they are most of every news text, and these
// run once or more per byte in the tokenizer.

/// 'A'-'Z' to 'a'-'z'; every other byte as it is.
inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
/// No byte outside ASCII. Asked of whole texts: eight bytes at a time.
inline bool is_ascii(std::string_view s) {
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, s.data() + i, 8);
    if ((word & 0x8080808080808080ULL) != 0) return false;
  }
  for (; i < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
  }
  return true;
}

/// Code point at byte `pos` of `s`; advances `pos`. Invalid bytes give U+FFFD.
inline char32_t next_code_point(std::string_view s, std::size_t& pos) {
  const auto byte = static_cast<unsigned char>(s[pos]);
  if (byte < 0x80) {
    ++pos;
    return byte;
  }
  return detail::next_code_point_multibyte(s, pos);
}

/// Where the line that starts at `from` ends: the first LF or CR at or
/// after `from`, or s.size(). Two memchr calls (vectorized in the C
/// library) instead of a byte loop: lines are long and most have no CR.
inline std::size_t line_end(std::string_view s, std::size_t from) {
  if (from >= s.size()) return s.size();
  const char* begin = s.data() + from;
  const std::size_t length = s.size() - from;
  const void* lf = std::memchr(begin, '\n', length);
  const std::size_t until_lf = lf ? static_cast<std::size_t>(static_cast<const char*>(lf) - begin) : length;
  const void* cr = std::memchr(begin, '\r', until_lf);
  return from + (cr ? static_cast<std::size_t>(static_cast<const char*>(cr) - begin) : until_lf);
}

inline bool is_letter(char32_t c) { return c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : detail::is_letter_nonascii(c); }
inline bool is_digit(char32_t c) { return c < 0x80 ? (c >= '0' && c <= '9') : detail::is_digit_nonascii(c); }
/// Upper or title case.
inline bool is_upper(char32_t c) { return c < 0x80 ? (c >= 'A' && c <= 'Z') : detail::is_upper_nonascii(c); }
inline bool is_lower(char32_t c) { return c < 0x80 ? (c >= 'a' && c <= 'z') : detail::is_lower_nonascii(c); }
/// Unicode White_Space, NBSP included.
inline bool is_space(char32_t c) {
  return c < 0x80 ? (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') : detail::is_space_nonascii(c);
}
/// An invisible character that shapes the text but is no letter: soft hyphen,
/// zero-width (non-)joiner, word joiner, variation selectors, skin-tone modifiers.
inline bool is_format(char32_t c) { return c >= 0x80 && detail::is_format_nonascii(c); }
inline bool is_apostrophe(char32_t c) { return c == U'\'' || c == U'\u2019' || c == U'\u02BC'; }  ///< ' ’ ʼ
inline bool is_dash(char32_t c) { return c == U'-' || (c >= U'\u2010' && c <= U'\u2015'); }          ///< - ‐ ‑ – — ―
/// A token made of dashes only: "-", "--", "–", "—".
bool is_dash_token(std::string_view token);

/// Lower case, full Unicode (ICU).
std::string lower(std::string_view s);

/// Folds typographic variants for lookups: curly apostrophes to ', NBSP to
/// space, runs of spaces to one. Case is kept.
std::string fold_punctuation(std::string_view s);
/// True when `s` is well-formed UTF-8 (no stray, overlong or surrogate bytes).
bool is_valid_utf8(std::string_view s);

/// An id-safe slug: Latin-ASCII transliteration, lower case, runs of other
/// characters to one '-', no leading or trailing '-'. "Tayyip Erdoğan" -> "tayyip-erdogan".
std::string slug(std::string_view s);

/// Trims Unicode white space at both ends.
std::string_view trim(std::string_view s);

/// Escapes & < > " for XML and Graphviz HTML labels; control characters
/// other than newline and tab (not allowed in XML 1.0) become spaces.
std::string xml_escape(std::string_view s);

/// The 64-bit FNV-1a hash of `data`: fast, stable across platforms and
/// releases (unlike std::hash), for spreading ids over shards.
constexpr std::uint64_t fnv1a_64(std::string_view data) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : data) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

/// Lower-case hex SHA-256 of `data`.
std::string sha256_hex(std::string_view data);

}  // namespace newsgraph::text
