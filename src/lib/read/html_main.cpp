// Which blocks of a page are the story. Every paragraph-like block with
// some text gives points to its container and, less, to the containers
// above it: more for more text and more commas, nothing for a block that is
// mostly links. Class and id words raise a story container ("article-body")
// and drop page furniture ("related-posts", "share-bar") before scoring;
// a container's score is cut by its link density. The best container wins,
// with those of its siblings that score nearly as well or read as story
// paragraphs, so a story split over several <div>s comes whole.
#include <algorithm>
#include <cstring>
#include <set>

#include "base/embedded_data.hpp"
#include "base/text.hpp"
#include "read/html_hints.hpp"
#include "read/html_tree.hpp"

namespace newsgraph::html {
namespace {

constexpr std::size_t kMinBlockText = 25;  // shorter blocks give no points (a date, a label)

struct Hints {
  std::set<std::string, std::less<>> chrome_prefix, chrome_exact, story_prefix, story_exact, not_chrome;
  std::vector<std::string> line_start;
};

// data/html_hints.tsv.
const Hints& hints() {
  static const Hints table = [] {
    Hints out;
    const std::string_view file = embedded_file("html_hints.tsv");
    std::size_t pos = 0;
    while (pos < file.size()) {
      const std::size_t end = std::min(file.find('\n', pos), file.size());
      const std::string_view line = file.substr(pos, end - pos);
      pos = end + 1;
      const std::size_t tab = line.find('\t');
      if (line.empty() || line[0] == '#' || tab == std::string_view::npos) continue;
      const std::string_view kind = line.substr(0, tab);
      const std::string word(text::trim(line.substr(tab + 1)));
      if (kind == "chrome") out.chrome_prefix.insert(word);
      if (kind == "chrome_exact") out.chrome_exact.insert(word);
      if (kind == "story") out.story_prefix.insert(word);
      if (kind == "story_exact") out.story_exact.insert(word);
      if (kind == "not_chrome") out.not_chrome.insert(word);
      if (kind == "line_start") out.line_start.push_back(word);
    }
    return out;
  }();
  return table;
}

bool has_prefix_in(const std::set<std::string, std::less<>>& prefixes, std::string_view word) {
  for (std::size_t n = 1; n <= word.size(); ++n) {
    if (prefixes.count(word.substr(0, n)) > 0) return true;
  }
  return false;
}

}  // namespace

int class_name_hint(std::string_view name) {
  const Hints& h = hints();
  bool chrome = false, story = false;
  std::size_t pos = 0;
  while (pos < name.size()) {
    while (pos < name.size() && !std::isalnum(static_cast<unsigned char>(name[pos]))) ++pos;
    std::size_t end = pos;
    while (end < name.size() && std::isalnum(static_cast<unsigned char>(name[end]))) ++end;
    if (end > pos && end - pos <= 40) {
      const std::string word = text::lower(name.substr(pos, end - pos));
      if (h.not_chrome.count(word) == 0 && (h.chrome_exact.count(word) > 0 || has_prefix_in(h.chrome_prefix, word))) chrome = true;
      if (h.story_exact.count(word) > 0 || has_prefix_in(h.story_prefix, word)) story = true;
    }
    pos = end;
  }
  return chrome ? -1 : story ? 1 : 0;
}

namespace {

// The class names and the id of an element, judged together: chrome when a
// name is chrome and none is story.
void judge_hints(xmlNode* node, NodeInfo& i) {
  bool chrome = false, story = false;
  const std::string classes = attribute(node, "class");
  std::size_t pos = 0;
  while (pos < classes.size() && pos < 4096) {
    const std::size_t end = std::min(classes.find_first_of(" \t\n\r\f", pos), classes.size());
    const int verdict = class_name_hint(std::string_view(classes).substr(pos, end - pos));
    chrome = chrome || verdict < 0;
    story = story || verdict > 0;
    pos = end + 1;
  }
  const int id_verdict = class_name_hint(attribute(node, "id").substr(0, 256));
  chrome = chrome || id_verdict < 0;
  story = story || id_verdict > 0;
  const std::string role = attribute(node, "role");
  if (role == "navigation" || role == "banner" || role == "contentinfo" || role == "complementary" || role == "dialog") chrome = true;
  i.chrome = chrome && !story;
  i.story = story && !i.chrome;
}

bool is_hidden(xmlNode* node) {
  if (xmlHasProp(node, reinterpret_cast<const xmlChar*>("hidden")) != nullptr) return true;
  if (attribute(node, "aria-hidden") == "true") return true;
  std::string style = lower_ascii(attribute(node, "style"));
  style.erase(std::remove_if(style.begin(), style.end(), [](char c) { return c == ' ' || c == '\t'; }), style.end());
  return style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos;
}

// Elements that are never text: code, styles, controls, media, MathML's
// TeX annotations (the formula is in the MathML itself).
bool never_text(const char* name, Mode mode) {
  if (std::strcmp(name, "noscript") == 0) return mode != Mode::noscript;
  return in_list(name, {"script", "style", "template", "head", "iframe", "svg", "canvas", "object", "embed", "button",
                        "select", "textarea", "input", "option", "label", "dialog", "annotation", "annotation-xml",
                        "mjx-assistive-mml", "link", "meta", "map", "audio", "video", "source", "track", "img"});
}

}  // namespace

bool is_furniture_line(std::string_view text) {
  text = text::trim(text);
  if (text.empty() || text.size() >= 100) return false;
  const std::string lowered = text::lower(text);
  for (const std::string& start : hints().line_start) {
    if (lowered.rfind(start, 0) != 0) continue;
    if (start != "by") return true;
    // A byline: "By Jane Doe and Ali Khan, Reuters": a few words after "By ", no sentence.
    const std::size_t words = static_cast<std::size_t>(std::count(lowered.begin(), lowered.end(), ' ')) + 1;
    const char last = lowered.back();
    return lowered.size() > 3 && lowered[2] == ' ' && words <= 10 && last != '.' && last != '?' && last != '!' && last != '"';
  }
  return false;
}

namespace {

// Site furniture by its tag: navigation, asides, footers, captions, a header outside the article.
bool chrome_tag(const char* name, bool in_article) {
  if (std::strcmp(name, "header") == 0) return !in_article;
  return in_list(name, {"nav", "aside", "footer", "menu", "figcaption"});
}

struct Walker {
  Mode mode;
  struct Frame {
    xmlNode* node;
    xmlNode* next;
    bool in_article, in_link;
  };

  void visit_text(const xmlNode* text_node, const Frame& parent) {
    if (text_node->content == nullptr || !has_info(parent.node)) return;
    NodeInfo& i = info(parent.node);
    std::size_t visible = 0;
    for (const xmlChar* c = text_node->content; *c != 0; ++c) {
      if (*c > ' ') ++visible;
      if (*c == ',') ++i.commas;
    }
    i.text += visible;
    if (parent.in_link) i.link_text += visible;
  }

  // False when the element is not looked into.
  bool enter(xmlNode* node, bool in_article) {
    NodeInfo& i = info(node);
    const char* name = name_of(node);
    i.block = breaks_of(name) > 0;
    if (never_text(name, mode)) i.skip = true;
    if (mode != Mode::lenient && is_hidden(node)) i.skip = true;
    if (i.skip) return false;
    const bool page = std::strcmp(name, "body") == 0 || std::strcmp(name, "html") == 0;
    if (!page) judge_hints(node, i);
    if (!page && chrome_tag(name, in_article)) i.chrome = true;
    if (i.chrome && mode != Mode::lenient) return false;
    i.chrome = mode != Mode::lenient && i.chrome;
    return true;
  }

  void leave(xmlNode* node, xmlNode* parent) {
    NodeInfo& i = info(node);
    if (is_element(node, "p")) ++i.paragraphs;
    if (parent == nullptr || !has_info(parent)) return;
    NodeInfo& p = info(parent);
    p.text += i.text;
    p.link_text += i.link_text;
    p.commas += i.commas;
    p.paragraphs += i.paragraphs;
    p.has_block = p.has_block || i.block || i.has_block;
  }

  void run(xmlNode* root) {
    if (!enter(root, false)) return;
    std::vector<Frame> stack{{root, root->children, is_element(root, "article"), is_element(root, "a")}};
    while (!stack.empty()) {
      Frame& frame = stack.back();
      if (frame.next == nullptr) {
        xmlNode* done = frame.node;
        stack.pop_back();
        leave(done, stack.empty() ? nullptr : stack.back().node);
        continue;
      }
      xmlNode* node = frame.next;
      frame.next = node->next;
      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        visit_text(node, frame);
      } else if (has_info(node) && enter(node, frame.in_article)) {
        stack.push_back({node, node->children, frame.in_article || is_element(node, "article"), frame.in_link || is_element(node, "a")});
      } else if (has_info(node)) {
        leave(node, frame.node);  // counts as a block for its parent, adds no text
      }
    }
  }
};

}  // namespace

void annotate(xmlNode* root, Mode mode, std::vector<NodeInfo>& infos) {
  std::size_t count = 0;
  for_each_element(root, [&](xmlNode*) { ++count; });
  infos.assign(count, NodeInfo{});
  std::size_t next = 0;
  for_each_element(root, [&](xmlNode* node) { node->_private = &infos[next++]; });
  Walker{mode}.run(root);
}

namespace {

// Readability's tag weights, as a start for a container's score.
double tag_weight(const char* name) {
  if (in_list(name, {"div", "article", "main"})) return 5;
  if (in_list(name, {"pre", "td", "blockquote"})) return 3;
  if (in_list(name, {"address", "ol", "ul", "dl", "dd", "dt", "li", "form"})) return -3;
  if (in_list(name, {"h1", "h2", "h3", "h4", "h5", "h6", "th"})) return -5;
  return 0;
}

// A block that reads as a paragraph: a <p>-like element, or a container
// whose content is inline (text in a <div> with <br>s).
bool is_paragraph_block(const xmlNode* node, const NodeInfo& i) {
  const char* name = name_of(node);
  if (in_list(name, {"p", "pre", "td", "blockquote"})) return true;
  return !i.has_block && in_list(name, {"div", "section", "article", "main", "center", "font", "dd"});
}

// Gives each paragraph's points to its containers; returns the containers.
std::vector<xmlNode*> score_containers(xmlNode* root) {
  std::vector<xmlNode*> candidates;
  for_each_element(root, [&](xmlNode* node) {
    if (!has_info(node)) return;
    const NodeInfo& i = info(node);
    if (i.skip || i.chrome || i.text < kMinBlockText || !is_paragraph_block(node, i) || link_density(i) > 0.5) return;
    const double points = 1.0 + static_cast<double>(i.commas) + std::min(static_cast<double>(i.text) / 100.0, 3.0);
    xmlNode* up = node->parent;
    for (int level = 0; level < 5 && up != nullptr && has_info(up); ++level, up = up->parent) {
      NodeInfo& c = info(up);
      if (!c.candidate) {
        c.candidate = true;
        c.score = tag_weight(name_of(up)) + (c.story ? 25.0 : 0.0);
        candidates.push_back(up);
      }
      c.score += points / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
    }
  });
  for (xmlNode* node : candidates) info(node).score *= 1.0 - link_density(info(node));
  return candidates;
}

bool is_page(const xmlNode* node) { return is_element(node, "body") || is_element(node, "html"); }

// The best container, moved up while its parent scores higher (a story
// split over several blocks scores most in the block that holds them all).
xmlNode* best_container(const std::vector<xmlNode*>& candidates) {
  xmlNode* best = nullptr;
  for (xmlNode* node : candidates) {
    if (best == nullptr || info(node).score > info(best).score) best = node;
  }
  while (best != nullptr && best->parent != nullptr && has_info(best->parent) && !is_page(best->parent) &&
         info(best->parent).candidate && info(best->parent).score > info(best).score) {
    best = best->parent;
  }
  return best;
}

// The best container and the siblings that belong with it, in page order.
std::vector<xmlNode*> with_siblings(xmlNode* best) {
  if (best->parent == nullptr || !has_info(best->parent)) return {best};
  const NodeInfo& b = info(best);
  const double threshold = std::max(10.0, b.score * 0.2);
  const std::string best_class = attribute(best, "class");
  std::vector<xmlNode*> out;
  for (xmlNode* s = best->parent->children; s != nullptr; s = s->next) {
    if (!has_info(s)) continue;
    const NodeInfo& i = info(s);
    if (s == best) {
      out.push_back(s);
      continue;
    }
    if (i.skip || i.chrome || i.text == 0) continue;
    const double bonus = !best_class.empty() && attribute(s, "class") == best_class ? b.score * 0.2 : 0.0;
    bool keep = i.candidate && i.score + bonus >= threshold;
    if (!keep && is_element(s, "p")) {
      keep = (i.text >= 80 && link_density(i) < 0.25) || (i.link_text == 0 && ends_sentence(node_text(s)));
    }
    if (keep) out.push_back(s);
  }
  return out;
}

// The headline, when the chosen blocks do not hold it: the first visible
// <h1> that the page's title names (or, without a title, the first <h1>).
xmlNode* headline(xmlNode* root, const std::vector<xmlNode*>& chosen, std::string_view title) {
  xmlNode* found = nullptr;
  const std::string wanted = text::lower(title);
  for_each_element(root, [&](xmlNode* node) {
    if (found != nullptr || !is_element(node, "h1") || !has_info(node) || info(node).text == 0) return;
    for (const xmlNode* up = node; up != nullptr; up = up->parent) {
      if (has_info(up) && (info(up).skip || info(up).chrome)) return;
    }
    const std::string h1 = text::lower(node_text(node));
    if (wanted.empty() || wanted.find(h1) != std::string::npos || h1.find(wanted) != std::string::npos) found = node;
  });
  if (found == nullptr) return nullptr;
  for (xmlNode* node : chosen) {
    for (const xmlNode* up = found; up != nullptr; up = up->parent) {
      if (up == node) return nullptr;  // already in
    }
  }
  return found;
}

// Without a paragraph long enough to score (a page of a few short lines):
// <main> when it has text, else the largest <article>, else <body>.
xmlNode* fallback_container(xmlNode* root) {
  xmlNode* main = nullptr;
  xmlNode* article = nullptr;
  xmlNode* body = nullptr;
  for_each_element(root, [&](xmlNode* node) {
    if (!has_info(node) || info(node).skip || info(node).chrome || info(node).text == 0) return;
    if (main == nullptr && is_element(node, "main")) main = node;
    if (is_element(node, "article") && (article == nullptr || info(node).text > info(article).text)) article = node;
    if (body == nullptr && is_element(node, "body")) body = node;
  });
  return main != nullptr ? main : article != nullptr ? article : body != nullptr ? body : root;
}

}  // namespace

std::string main_text(xmlNode* root, Mode mode, std::string_view title) {
  std::vector<NodeInfo> infos;
  annotate(root, mode, infos);
  std::vector<xmlNode*> chosen;
  if (xmlNode* best = best_container(score_containers(root))) chosen = with_siblings(best);
  if (chosen.empty()) chosen.push_back(fallback_container(root));
  if (xmlNode* h1 = headline(root, chosen, title)) chosen.insert(chosen.begin(), h1);
  std::string text = render(chosen, mode);
  for_each_element(root, [](xmlNode* node) { node->_private = nullptr; });
  return text;
}

}  // namespace newsgraph::html
