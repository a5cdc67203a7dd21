// What the main-text extraction knows about each element of a page: shared
// by the scoring (html_main.cpp) and the writing of text (html_text.cpp).
#pragma once

#include <libxml/tree.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "read/html.hpp"
#include "read/html_hints.hpp"

namespace newsgraph::html {

/// One element's facts, reached through xmlNode::_private.
struct NodeInfo {
  bool skip = false;     ///< never text: script, style, hidden, form controls, site furniture tags
  bool chrome = false;   ///< class/id words of page furniture (and none of the story)
  bool story = false;    ///< class/id words of the story's container
  bool block = false;    ///< a block element (ends a line)
  bool has_block = false;  ///< some descendant is a block
  std::size_t text = 0;      ///< visible text bytes below (skipped parts not counted)
  std::size_t link_text = 0;  ///< of which inside <a>
  std::size_t commas = 0;
  std::size_t paragraphs = 0;  ///< <p> below
  double score = 0;
  bool candidate = false;  ///< got a score from the paragraphs below it
};

inline NodeInfo& info(const xmlNode* node) { return *static_cast<NodeInfo*>(node->_private); }
inline bool has_info(const xmlNode* node) { return node->type == XML_ELEMENT_NODE && node->_private != nullptr; }

inline double link_density(const NodeInfo& i) {
  return i.text == 0 ? 0.0 : static_cast<double>(i.link_text) / static_cast<double>(i.text);
}

/// Block elements: they end a line (1) or a paragraph (2); 0 for inline.
int breaks_of(const char* name);

/// The page's facts, computed in one walk: fills `infos` (one per element)
/// and points each element's _private at its entry. `mode` decides what is
/// never text (noscript is text in Mode::noscript) and whether class/id
/// hints drop blocks (not in Mode::lenient).
void annotate(xmlNode* root, Mode mode, std::vector<NodeInfo>& infos);

/// Whether a block's whole text is a line of page furniture
/// ("Advertisement", "Share this article"; data/boilerplate.tsv).
bool is_chrome_text(std::string_view text);

/// Whether text ends like a sentence (. ! ? or a closing quote).
bool ends_sentence(std::string_view text);


/// Writes the text of `nodes` (in document order) as a browser shows it,
/// leaving out, inside them, what is not story: skipped and chrome
/// elements, link lists, furniture lines, and a heading left alone by them.
std::string render(const std::vector<xmlNode*>& nodes, Mode mode);

}  // namespace newsgraph::html
