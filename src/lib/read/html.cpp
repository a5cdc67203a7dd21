// HTML pages: the main text extracted with libxml2's HTML parser. What the
// page shows as story becomes Document::text; everything a reader does not
// read as the article (scripts, styles, navigation, site header and footer,
// asides, forms) is dropped. Byte offsets refer to the extracted text.
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <array>
#include <climits>
#include <cstring>
#include <memory>
#include <mutex>

#include "newsgraph/error.hpp"
#include "newsgraph/read.hpp"
#include "base/text.hpp"

namespace newsgraph {
namespace {

// libxml2 must be initialised once, on one thread, before parsing on many.
void init_libxml() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

const char* name_of(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

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

// Every element below `root`, in document order (iterative: deep pages must not overflow the stack).
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

// White space collapsed as a browser does: runs of ASCII white space become
// one space, and line breaks come only from block elements.
class TextBuilder {
 public:
  void add(std::string_view s, bool preformatted) {
    for (char c : s) {
      const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
      if (preformatted && c == '\n') {
        flush_breaks();
        out_ += '\n';
        pending_space_ = false;
        continue;
      }
      if (space) {
        pending_space_ = true;
        continue;
      }
      flush_breaks();
      if (pending_space_ && !out_.empty() && out_.back() != '\n') out_ += ' ';
      pending_space_ = false;
      out_ += c;
    }
  }
  /// Ends the current line (1) or paragraph (2).
  void line_break(int count) {
    pending_breaks_ = std::max(pending_breaks_, count);
    pending_space_ = false;
  }
  std::string take() { return std::move(out_); }

 private:
  void flush_breaks() {
    if (pending_breaks_ > 0 && !out_.empty()) out_.append(static_cast<std::size_t>(pending_breaks_), '\n');
    pending_breaks_ = 0;
  }
  std::string out_;
  int pending_breaks_ = 0;
  bool pending_space_ = false;
};

bool is_dropped(const xmlNode* node, bool inside_article) {
  const char* name = name_of(node);
  if (in_list(name, {"script", "style", "noscript", "template", "nav", "footer", "aside", "form", "iframe", "svg", "button",
                     "select", "textarea", "head", "canvas", "object", "embed", "menu", "dialog"})) {
    return true;
  }
  if (std::strcmp(name, "header") == 0) return !inside_article;  // an article's own header holds its headline
  if (xmlHasProp(node, reinterpret_cast<const xmlChar*>("hidden")) != nullptr) return true;
  return attribute(node, "aria-hidden") == "true";
}

int breaks_after(const char* name) {
  if (in_list(name, {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "dl", "table", "article",
                     "section", "main", "hr", "figure"})) {
    return 2;
  }
  if (in_list(name, {"div", "li", "tr", "dt", "dd", "figcaption", "br", "address", "caption", "body"})) return 1;
  return 0;
}

std::string extract_text(xmlNode* root) {
  TextBuilder out;
  // Iterative walk that remembers, on the way down, whether it is inside an
  // <article> or a <pre>.
  struct Frame {
    xmlNode* node;
    bool article, pre;
  };
  std::vector<Frame> stack;
  stack.push_back({root, is_element(root, "article"), false});
  const auto enter = [&](xmlNode* node, const Frame& parent) {
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      if (node->content != nullptr) out.add(reinterpret_cast<const char*>(node->content), parent.pre);
      return;
    }
    if (node->type != XML_ELEMENT_NODE || node->name == nullptr) return;
    if (is_dropped(node, parent.article)) return;
    const int before = breaks_after(name_of(node));
    if (before > 0) out.line_break(before);
    stack.push_back({node, parent.article || is_element(node, "article"), parent.pre || is_element(node, "pre")});
  };
  // Children are visited through an explicit cursor per frame.
  std::vector<xmlNode*> cursor{root->children};
  while (!stack.empty()) {
    xmlNode*& next = cursor.back();
    if (next == nullptr) {
      const int after = breaks_after(name_of(stack.back().node));
      if (after > 0) out.line_break(after);
      stack.pop_back();
      cursor.pop_back();
      continue;
    }
    xmlNode* node = next;
    next = node->next;
    const std::size_t depth = stack.size();
    enter(node, stack.back());
    if (stack.size() > depth) cursor.push_back(node->children);
  }
  return out.take();
}

std::string collapsed(std::string_view s) {
  TextBuilder b;
  b.add(s, false);
  return std::string(text::trim(b.take()));
}

std::string node_text(xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  if (content == nullptr) return {};
  std::string out = collapsed(reinterpret_cast<const char*>(content));
  xmlFree(content);
  return out;
}

std::string lower_ascii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

}  // namespace

Document document_from_html(std::string id, std::string source, std::string_view html, const Limits& limits) {
  init_libxml();
  if (html.size() > static_cast<std::size_t>(INT_MAX)) throw Error(source, "HTML page too large");
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT;
  std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> page(
      htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, nullptr, options), xmlFreeDoc);
  xmlNode* root = page ? xmlDocGetRootElement(page.get()) : nullptr;
  if (root == nullptr) throw Error(source, "cannot parse as HTML (no elements)");

  // Title and date from the head.
  std::string title, og_title, date;
  xmlNode* body = nullptr;
  xmlNode* main = nullptr;
  xmlNode* best_article = nullptr;
  std::size_t best_article_size = 0;
  std::string time_date;
  static constexpr std::array<const char*, 12> date_keys = {
      "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate",
      "publish-date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date"};
  std::size_t date_rank = date_keys.size();
  for_each_element(root, [&](xmlNode* node) {
    const char* name = name_of(node);
    if (std::strcmp(name, "title") == 0 && title.empty()) {
      title = node_text(node);
    } else if (std::strcmp(name, "meta") == 0) {
      std::string key = attribute(node, "property");
      if (key.empty()) key = attribute(node, "name");
      if (key.empty()) key = attribute(node, "itemprop");
      key = lower_ascii(key);
      const std::string content = attribute(node, "content");
      if (key == "og:title" && og_title.empty()) og_title = collapsed(content);
      for (std::size_t rank = 0; rank < date_rank; ++rank) {
        if (key == date_keys[rank]) {
          if (std::string iso = normalize_date(content); !iso.empty()) {
            date = iso;
            date_rank = rank;
          }
          break;
        }
      }
    } else if (std::strcmp(name, "time") == 0 && time_date.empty()) {
      time_date = normalize_date(attribute(node, "datetime"));
    } else if (std::strcmp(name, "body") == 0 && body == nullptr) {
      body = node;
    } else if (std::strcmp(name, "main") == 0 && main == nullptr) {
      main = node;
    } else if (std::strcmp(name, "article") == 0) {
      xmlChar* content = xmlNodeGetContent(node);
      const std::size_t size = content == nullptr ? 0 : std::strlen(reinterpret_cast<const char*>(content));
      xmlFree(content);
      if (size > best_article_size) {
        best_article = node;
        best_article_size = size;
      }
    }
  });
  xmlNode* story = main != nullptr ? main : best_article != nullptr ? best_article : body != nullptr ? body : root;
  std::string text = extract_text(story);
  if (text::trim(text).empty()) throw Error(source, "no text in the HTML page");

  Document doc = make_document(std::move(id), std::move(source), std::move(text), limits);
  doc.text_origin = "extracted";
  doc.title = title.empty() ? og_title : title;
  doc.date = date.empty() ? time_date : date;
  return doc;
}

}  // namespace newsgraph
