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

#include "read/html_decode.hpp"

namespace newsgraph::html {

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
