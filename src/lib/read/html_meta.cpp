// What a page says about itself: title, date and byline from <meta> tags,
// JSON-LD (schema.org NewsArticle and kin), <title> and <time>; and the
// JSON-LD articleBody, the story's text when the visible page has none.
#include <nlohmann/json.hpp>

#include <array>
#include <cstring>

#include "base/text.hpp"
#include "newsgraph/read.hpp"
#include "read/html.hpp"

namespace newsgraph::html {
namespace {

using json = nlohmann::json;

// JSON-LD is read only this deep (real ones are a few levels): a hostile
// script must not make anything walk a deep value.
constexpr int kMaxJsonLdDepth = 16;
constexpr std::size_t kMaxAuthorBytes = 300;

// The date meta keys, best first.
constexpr std::array<const char*, 12> kDateKeys = {
    "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate",
    "publish-date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date"};

bool is_article_type(const json& type) {
  static constexpr std::array<const char*, 9> kTypes = {"newsarticle", "article", "reportagenewsarticle", "blogposting",
                                                        "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
                                                        "liveblogposting", "report"};
  const auto matches = [](const json& t) {
    if (!t.is_string()) return false;
    const std::string name = lower_ascii(t.get<std::string>());
    for (const char* k : kTypes) {
      if (name == k) return true;
    }
    return false;
  };
  if (type.is_array()) {
    for (const json& t : type) {
      if (matches(t)) return true;
    }
    return false;
  }
  return matches(type);
}

std::string string_field(const json& object, const char* key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? collapsed(it->get<std::string>()) : std::string();
}

// "A, B" from an author value: a name, a Person object or a list of them.
std::string author_names(const json& author) {
  std::string out;
  const auto add = [&](const json& one) {
    std::string name = one.is_string() ? collapsed(one.get<std::string>()) : one.is_object() ? string_field(one, "name") : "";
    if (name.empty() || name.rfind("http", 0) == 0) return;
    if (!out.empty()) out += ", ";
    out += name;
  };
  if (author.is_array()) {
    for (const json& one : author) add(one);
  } else {
    add(author);
  }
  return out;
}

// The article objects of a JSON-LD value: itself, an array's items, @graph's items.
void article_objects(const json& value, std::vector<const json*>& out, int depth = 0) {
  if (depth > 3) return;
  if (value.is_array()) {
    for (const json& item : value) article_objects(item, out, depth + 1);
  } else if (value.is_object()) {
    if (const auto type = value.find("@type"); type != value.end() && is_article_type(*type)) out.push_back(&value);
    if (const auto graph = value.find("@graph"); graph != value.end()) article_objects(*graph, out, depth + 1);
  }
}

void read_json_ld(std::string_view script, PageMeta& meta, std::string& headline, std::string& date) {
  const auto bounded = [](int depth, json::parse_event_t, json&) { return depth <= kMaxJsonLdDepth; };
  const json value = json::parse(script.begin(), script.end(), bounded, false);
  if (value.is_discarded()) return;
  std::vector<const json*> articles;
  article_objects(value, articles);
  for (const json* article : articles) {
    if (headline.empty()) headline = string_field(*article, "headline");
    if (date.empty()) date = normalize_date(string_field(*article, "datePublished"));
    if (meta.author.empty()) {
      if (const auto it = article->find("author"); it != article->end()) meta.author = author_names(*it);
    }
    if (const auto it = article->find("articleBody"); it != article->end() && it->is_string()) {
      const std::string& body = it->get_ref<const std::string&>();
      if (body.size() > meta.article_body.size()) meta.article_body = body;
    }
  }
}

std::string script_text(xmlNode* node) {
  std::string out;
  for (xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->content != nullptr) out += reinterpret_cast<const char*>(child->content);
  }
  return out;
}

// Values gathered while walking the page, before the best one is chosen.
struct Found {
  std::string title, og_title, headline, ld_date, time_date, meta_author, h1;
  std::size_t date_rank = kDateKeys.size();
};

void read_meta_tag(xmlNode* node, PageMeta& meta, Found& found) {
  std::string key = attribute(node, "property");
  if (key.empty()) key = attribute(node, "name");
  if (key.empty()) key = attribute(node, "itemprop");
  key = lower_ascii(key);
  const std::string content = attribute(node, "content");
  if (key == "og:title" && found.og_title.empty()) found.og_title = collapsed(content);
  if ((key == "author" || key == "article:author" || key == "byl" || key == "dc.creator") && found.meta_author.empty()) {
    std::string name = collapsed(content);
    if (name.rfind("http", 0) != 0) found.meta_author = name;
  }
  for (std::size_t rank = 0; rank < found.date_rank; ++rank) {
    if (key != kDateKeys[rank]) continue;
    if (std::string iso = normalize_date(content); !iso.empty()) {
      meta.date = iso;
      found.date_rank = rank;
    }
    break;
  }
}

}  // namespace

PageMeta read_meta(xmlNode* root) {
  PageMeta meta;
  Found found;
  for_each_element(root, [&](xmlNode* node) {
    const char* name = name_of(node);
    if (std::strcmp(name, "title") == 0 && found.title.empty()) {
      found.title = node_text(node);
    } else if (std::strcmp(name, "meta") == 0) {
      read_meta_tag(node, meta, found);
    } else if (std::strcmp(name, "time") == 0 && found.time_date.empty()) {
      found.time_date = normalize_date(attribute(node, "datetime"));
    } else if (std::strcmp(name, "h1") == 0 && found.h1.empty()) {
      found.h1 = node_text(node);
    } else if (std::strcmp(name, "script") == 0 && lower_ascii(attribute(node, "type")) == "application/ld+json") {
      read_json_ld(script_text(node), meta, found.headline, found.ld_date);
    }
  });
  // A date from the meta tags first (the site's own), then JSON-LD, then the first <time>.
  if (meta.date.empty()) meta.date = !found.ld_date.empty() ? found.ld_date : found.time_date;
  for (const std::string* title : {&found.og_title, &found.headline, &found.title, &found.h1}) {
    if (meta.title.empty()) meta.title = *title;
  }
  if (meta.author.empty()) meta.author = found.meta_author;
  if (meta.author.size() > kMaxAuthorBytes) meta.author.clear();
  return meta;
}

}  // namespace newsgraph::html
