// The text of the chosen blocks, as a browser lays it out: blocks end lines,
// white space collapses; what is not story inside them is left out.
#include <algorithm>
#include <cstring>
#include <set>

#include "base/embedded_data.hpp"
#include "base/text.hpp"
#include "read/html_tree.hpp"

namespace newsgraph::html {
namespace {

// White space collapsed as a browser does: runs of ASCII white space become
// one space, and line breaks come only from block elements.
class TextBuilder {
 public:
  struct Mark {
    std::size_t size;
    int breaks;
    bool space;
  };

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
  /// A <br>: each one ends a line, so two make an empty line between.
  void hard_break() {
    pending_breaks_ = std::min(pending_breaks_ + 1, 2);
    pending_space_ = false;
  }
  Mark mark() const { return {out_.size(), pending_breaks_, pending_space_}; }
  void back_to(const Mark& m) {
    out_.resize(m.size);
    pending_breaks_ = m.breaks;
    pending_space_ = m.space;
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

// data/boilerplate.tsv, the lines of page furniture the clean stage drops
// too: whole lines ("line") and phrases ("contains"), lower case.
struct ChromeLines {
  std::set<std::string, std::less<>> lines;
  std::vector<std::string> phrases;
};

const ChromeLines& chrome_lines() {
  static const ChromeLines table = [] {
    ChromeLines out;
    const std::string_view file = embedded_file("boilerplate.tsv");
    std::size_t pos = 0;
    while (pos < file.size()) {
      const std::size_t end = std::min(file.find('\n', pos), file.size());
      const std::string_view line = file.substr(pos, end - pos);
      pos = end + 1;
      const std::size_t tab = line.find('\t');
      if (line.empty() || line[0] == '#' || tab == std::string_view::npos) continue;
      const std::string pattern = text::lower(text::trim(line.substr(tab + 1)));
      if (line.substr(0, tab) == "line") out.lines.insert(pattern);
      if (line.substr(0, tab) == "contains") out.phrases.push_back(pattern);
    }
    return out;
  }();
  return table;
}

bool is_heading(const char* name) { return name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0'; }

// Blocks whose links make them a list of other stories or a share bar.
bool is_link_block(const xmlNode* node, const NodeInfo& i) {
  if (i.text == 0) return false;
  const double density = link_density(i);
  if (in_list(name_of(node), {"ul", "ol", "dl", "nav", "table", "menu"})) return density > 0.5;
  // "Read more: <a>headline</a>" goes; a sentence with a linked name or two stays.
  return density > 0.6 || (density > 0.5 && !ends_sentence(node_text(const_cast<xmlNode*>(node))));
}

class Renderer {
 public:
  explicit Renderer(Mode mode) : mode_(mode) {}

  void walk(xmlNode* root) {
    if (!has_info(root) || info(root).skip) return;  // the chosen block itself is not judged again
    const int breaks = breaks_of(name_of(root));
    if (breaks > 0) out_.line_break(breaks);
    std::vector<Frame> stack{{root, root->children, is_element(root, "pre")}};
    while (!stack.empty()) {
      Frame& frame = stack.back();
      if (frame.next == nullptr) {
        leave(frame.node);
        stack.pop_back();
        continue;
      }
      xmlNode* node = frame.next;
      frame.next = node->next;
      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        if (node->content != nullptr) out_.add(reinterpret_cast<const char*>(node->content), frame.pre);
        continue;
      }
      if (enter(node, frame.pre)) stack.push_back({node, node->children, frame.pre || is_element(node, "pre")});
    }
  }
  std::string take() { return out_.take(); }

 private:
  struct Frame {
    xmlNode* node;
    xmlNode* next;
    bool pre;
  };

  // False when the element is left out.
  bool enter(xmlNode* node, bool pre) {
    if (!has_info(node)) return false;
    const NodeInfo& i = info(node);
    if (i.skip) return false;
    if (mode_ != Mode::lenient && !pre && drop_block(node, i)) {
      // A heading with nothing of its own after it ("Related stories" over a dropped list of links) goes too.
      if (heading_ && out_.mark().size == heading_end_ && i.block && is_link_block(node, i)) out_.back_to(heading_start_);
      return false;
    }
    if (is_element(node, "br")) {
      out_.hard_break();
      return false;
    }
    const int breaks = breaks_of(name_of(node));
    if (breaks > 0) out_.line_break(breaks);
    if (is_heading(name_of(node))) {
      heading_start_ = out_.mark();
      heading_ = false;
      opened_heading_ = node;
    }
    return true;
  }

  void leave(xmlNode* node) {
    const int breaks = breaks_of(name_of(node));
    if (breaks > 0) out_.line_break(breaks);
    if (node == opened_heading_) {
      heading_ = true;
      heading_end_ = out_.mark().size;
      opened_heading_ = nullptr;
    }
  }

  static bool drop_block(xmlNode* node, const NodeInfo& i) {
    if (i.chrome) return true;
    if (!i.block) return false;
    if (is_link_block(node, i)) return true;
    // A short block that is only a furniture line ("Advertisement").
    if (i.has_block || i.text == 0 || i.text >= 120) return false;
    const std::string text = node_text(node);
    return is_chrome_text(text) || is_furniture_line(text);
  }

  Mode mode_;
  TextBuilder out_;
  bool heading_ = false;  // the text ends with a heading
  TextBuilder::Mark heading_start_{0, 0, false};
  std::size_t heading_end_ = 0;
  xmlNode* opened_heading_ = nullptr;
};

}  // namespace

int breaks_of(const char* name) {
  if (in_list(name, {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "dl", "table", "article",
                     "section", "main", "hr", "figure", "header", "form", "fieldset"})) {
    return 2;
  }
  if (in_list(name, {"div", "li", "tr", "dt", "dd", "figcaption", "br", "address", "caption", "body", "center", "td", "th",
                     "nav", "aside", "footer", "details", "summary", "legend", "noscript"})) {
    return 1;
  }
  return 0;
}

bool ends_sentence(std::string_view text) {
  text = text::trim(text);
  if (text.empty()) return false;
  const char last = text.back();
  return last == '.' || last == '!' || last == '?' || last == '"' || text.substr(text.size() - std::min<std::size_t>(3, text.size())) == "\u201D";
}

bool is_chrome_text(std::string_view text) {
  const std::string lowered = text::lower(text::trim(text));
  if (lowered.empty()) return false;
  const ChromeLines& table = chrome_lines();
  if (table.lines.count(lowered) > 0) return true;
  return std::any_of(table.phrases.begin(), table.phrases.end(),
                     [&](const std::string& phrase) { return lowered.find(phrase) != std::string::npos; });
}

std::string render(const std::vector<xmlNode*>& nodes, Mode mode) {
  Renderer renderer(mode);
  for (xmlNode* node : nodes) renderer.walk(node);
  return renderer.take();
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

}  // namespace newsgraph::html
