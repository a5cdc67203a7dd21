// HTML pages: decoded as a browser decodes them, parsed with libxml2's
// HTML parser, and reduced to the story's text (html_main.cpp). Byte
// offsets refer to the extracted text.
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <nlohmann/json.hpp>

#include <climits>
#include <cstring>
#include <memory>
#include <mutex>

#include "base/text.hpp"
#include "newsgraph/error.hpp"
#include "newsgraph/read.hpp"
#include "read/html.hpp"

namespace newsgraph {
namespace html {

const char* name_of(const xmlNode* node) { return node->name != nullptr ? reinterpret_cast<const char*>(node->name) : ""; }

bool is_element(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE && node->name != nullptr && std::strcmp(name_of(node), name) == 0;
}

bool in_list(const char* name, std::initializer_list<const char*> names) {
  for (const char* n : names) {
    if (std::strcmp(name, n) == 0) return true;
  }
  return false;
}

std::string attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

std::string lower_ascii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

}  // namespace html

namespace {

using Page = std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)>;

// libxml2 must be initialised once, on one thread, before parsing on many.
void init_libxml() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

// UTF-8 markup to a tree. XML_PARSE_HUGE lifts libxml2's nesting limit of
// 256 elements, past which it dropped the rest of the page; our own walks
// are iterative, so depth costs nothing.
Page parse(std::string_view markup) {
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                      HTML_PARSE_COMPACT | XML_PARSE_HUGE;
  return Page(htmlReadMemory(markup.data(), static_cast<int>(markup.size()), nullptr, "UTF-8", options), xmlFreeDoc);
}

// The story in <script type="text/template"> blocks (pages that build
// their article with JavaScript keep its markup there).
std::string template_text(xmlNode* root, std::string_view title) {
  std::string best;
  html::for_each_element(root, [&](xmlNode* node) {
    if (!html::is_element(node, "script") || html::lower_ascii(html::attribute(node, "type")) != "text/template") return;
    std::string markup;
    for (xmlNode* child = node->children; child != nullptr; child = child->next) {
      if (child->content != nullptr) markup += reinterpret_cast<const char*>(child->content);
    }
    html::prepare_markup(markup);
    const Page inner = parse(markup);
    xmlNode* inner_root = inner ? xmlDocGetRootElement(inner.get()) : nullptr;
    if (inner_root == nullptr) return;
    std::string text = html::main_text(inner_root, html::Mode::scored, title);
    if (text::trim(text).size() > text::trim(best).size()) best = std::move(text);
  });
  return best;
}

// JSON-LD articleBody as text: paragraphs kept, other white space collapsed.
std::string body_text(std::string_view body) {
  std::string out;
  std::size_t pos = 0;
  while (pos <= body.size()) {
    const std::size_t end = std::min(body.find('\n', pos), body.size());
    const std::string line = html::collapsed(body.substr(pos, end - pos));
    if (!line.empty()) out += (out.empty() ? "" : "\n\n") + line;
    pos = end + 1;
  }
  return out;
}

// Below this many visible bytes a page has no story of its own (a teaser,
// "enable JavaScript"): the fallbacks are tried.
constexpr std::size_t kMinStoryBytes = 200;

// The story's text: the scored page, else what the page keeps for readers
// without JavaScript (<noscript>, templates, JSON-LD articleBody), else
// every visible block.
std::string story_text(xmlNode* root, const html::PageMeta& meta) {
  std::string text = html::main_text(root, html::Mode::scored, meta.title);
  const std::size_t visible = text::trim(text).size();
  if (visible < kMinStoryBytes) {
    for (std::string other : {html::main_text(root, html::Mode::noscript, meta.title), template_text(root, meta.title),
                              body_text(meta.article_body)}) {
      if (text::trim(other).size() > std::max(text::trim(text).size(), visible + kMinStoryBytes / 2)) text = std::move(other);
    }
  } else if (text::trim(meta.article_body).size() > 2 * visible + kMinStoryBytes) {
    text = body_text(meta.article_body);  // the page shows a teaser of the story its metadata holds
  }
  if (text::trim(text).empty()) text = html::main_text(root, html::Mode::lenient, meta.title);
  return text;
}

void add_decoding_warnings(const html::Decoded& decoded, const html::Prepared& prepared, const std::string& source,
                           const Limits& limits, Document& doc) {
  if (decoded.bad_bytes > 0) {
    const std::string what = decoded.encoding == "UTF-8" ? "invalid UTF-8" : "bytes not valid in " + decoded.encoding;
    if (limits.strict) throw Error(source, what + " at byte " + std::to_string(decoded.first_bad) + " of the page (refused: --strict)");
    doc.warnings.push_back(what + " at byte " + std::to_string(decoded.first_bad) + " of the page (" +
                           std::to_string(decoded.bad_bytes) + " replaced with U+FFFD)");
  }
  if (prepared.nul_bytes > 0) doc.warnings.push_back(std::to_string(prepared.nul_bytes) + " NUL bytes dropped from the page");
  if (prepared.tags_cut > 0) {
    doc.warnings.push_back(std::to_string(prepared.tags_cut) + " tag(s) with more than " + std::to_string(html::kMaxAttributes) +
                           " attributes: the rest of their attributes ignored");
  }
}

}  // namespace

Document document_from_html(std::string id, std::string source, std::string_view page, const Limits& limits) {
  init_libxml();
  html::Decoded decoded = html::decode_page(page);
  const html::Prepared prepared = html::prepare_markup(decoded.text);
  if (decoded.text.size() > static_cast<std::size_t>(INT_MAX)) throw Error(source, "HTML page too large");
  const Page parsed = parse(decoded.text);
  xmlNode* root = parsed ? xmlDocGetRootElement(parsed.get()) : nullptr;
  if (root == nullptr) throw Error(source, "cannot parse as HTML (no elements)");

  const html::PageMeta meta = html::read_meta(root);
  std::string text = story_text(root, meta);
  if (text::trim(text).empty()) throw Error(source, "no text in the HTML page");

  Document doc = make_document(std::move(id), std::move(source), std::move(text), limits);
  Document decoding;
  add_decoding_warnings(decoded, prepared, doc.source, limits, decoding);
  doc.warnings.insert(doc.warnings.begin(), decoding.warnings.begin(), decoding.warnings.end());
  doc.text_origin = "extracted";
  doc.title = meta.title;
  doc.date = meta.date;
  if (!meta.author.empty()) doc.meta["author"] = nlohmann::json(meta.author).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return doc;
}

}  // namespace newsgraph
