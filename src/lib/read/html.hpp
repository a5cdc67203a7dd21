// HTML pages, the reader's own parts (document_from_html in read.hpp ties
// them together): decoding as browsers do (html_decode.cpp), metadata
// (html_meta.cpp), choosing the story's blocks (html_main.cpp) and writing
// their text (html_text.cpp).
#pragma once

#include <libxml/tree.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

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

// ------------------------------------------------------------ metadata

/// What the page says about itself: <meta> tags, JSON-LD, <title>, <time>.
struct PageMeta {
  std::string title;   ///< og:title, else JSON-LD headline, else <title>
  std::string date;    ///< ISO date
  std::string author;  ///< byline: JSON-LD author name(s), else meta author
  std::string article_body;  ///< JSON-LD articleBody (a fallback for the text)
};
PageMeta read_meta(xmlNode* root);

// ------------------------------------------------------------ structure

const char* name_of(const xmlNode* node);
bool is_element(const xmlNode* node, const char* name);
bool in_list(const char* name, std::initializer_list<const char*> names);
std::string attribute(const xmlNode* node, const char* name);
std::string lower_ascii(std::string s);

/// Every element below `root` (itself included), in document order; iterative.
template <class Visit>
void for_each_element(xmlNode* root, Visit visit) {
  xmlNode* node = root;
  while (node != nullptr) {
    if (node->type == XML_ELEMENT_NODE) visit(node);
    if (node->children != nullptr && node->type == XML_ELEMENT_NODE) {
      node = node->children;
      continue;
    }
    while (node != nullptr && node != root && node->next == nullptr) node = node->parent;
    if (node == nullptr || node == root) break;
    node = node->next;
  }
}

/// The text of a node with white space collapsed, trimmed.
std::string node_text(xmlNode* node);
/// `s` with runs of white space made one space, trimmed.
std::string collapsed(std::string_view s);

// ------------------------------------------------------------ main text

/// How strictly chrome is removed: `scored` is the normal way; `lenient`
/// keeps every visible block of the chosen container (used when the normal
/// way gives nothing); `noscript` also reads <noscript> content.
enum class Mode { scored, lenient, noscript };

/// The story's text from a parsed page: blocks scored by text and link
/// density, paragraph structure and class/id hints; the best container and
/// its story-like siblings, without the boilerplate inside them; blocks end
/// lines, white space collapses as in a browser. Empty when nothing is left.
/// `title` (the page's) tells the headline <h1> from a site name in one.
std::string main_text(xmlNode* root, Mode mode, std::string_view title);

}  // namespace newsgraph::html
