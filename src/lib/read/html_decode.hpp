// HTML pages: bytes to UTF-8 markup that libxml2's parser can take
// (html_decode.cpp). No libxml2 here: tests reach it without the parser.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace newsgraph::html {

// ------------------------------------------------------------ decoding

/// The page as UTF-8, decoded as the WHATWG Encoding Standard says a
/// browser does: a byte-order mark first, then a <meta charset> or
/// http-equiv Content-Type in the first 1024 bytes (iso-8859-1, latin1 and
/// ascii mean windows-1252), then UTF-8 when the bytes are UTF-8 (a few
/// stray bytes in a UTF-8 page become U+FFFD, with a warning naming the
/// first offset), else windows-1252. ICU does the converting.
struct Decoded {
  std::string text;
  std::string encoding;    ///< the encoding used ("UTF-8", "windows-1252", ...)
  std::size_t bad_bytes = 0;
  std::size_t first_bad = 0;  ///< byte offset in the page of the first undecodable byte
};
Decoded decode_page(std::string_view bytes);

/// The WHATWG name for an encoding label ("latin1" -> "windows-1252",
/// "utf8" -> "UTF-8"), or empty for a label no browser knows.
std::string encoding_for_label(std::string_view label);

/// Makes decoded markup safe for the parser, in one linear pass: NUL
/// becomes U+FFFD (libxml2 stops at a NUL), a DOCTYPE with an internal
/// subset is removed (its text would become page text), and a tag with
/// more than kMaxAttributes attributes keeps the first ones (the parser
/// compares each attribute with all before it). Returns what it changed,
/// for warnings.
struct Prepared {
  std::size_t nul_bytes = 0;
  std::size_t tags_cut = 0;  ///< tags whose attributes were cut
};
inline constexpr std::size_t kMaxAttributes = 256;
Prepared prepare_markup(std::string& markup);

}  // namespace newsgraph::html
