#include "language/acronyms.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "language/segment.hpp"

namespace newsgraph {

namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// "(PAP)": the token after an opening bracket, closed right after it, written in capitals.
bool bracketed_acronym(const Document& doc, std::size_t t) {
  if (t == 0 || t + 1 >= doc.tokens.size() || !doc.tokens[t].all_caps) return false;
  return doc.slice(doc.tokens[t - 1].span) == "(" && doc.slice(doc.tokens[t + 1].span) == ")";
}

// The capitals that open the words of a name: "Japan International Cooperation Agency" -> "JICA".
std::string initials_of(std::string_view name) {
  std::string initials;
  bool word_start = true;
  for (const char c : name) {
    if (word_start && is_upper(c)) initials += c;
    word_start = !(is_upper(c) || is_lower(c) || c == '\'');
  }
  return initials;
}

// "The Japan International Cooperation Agency ... JICA said": an acronym no bracket defines, written as an
// organization of its own, made of the initials of every word of exactly one longer organization's name in
// the story, is that organization.
void add_implied_acronyms(const Document& doc, std::map<std::string, std::string, std::less<>>& defined) {
  constexpr std::size_t kMinLetters = 3;  // two letters stand for too many names
  std::map<std::string, std::vector<std::string>> names_by_initials;
  for (const Mention& m : doc.mentions) {
    if (m.type != EntityType::organization) continue;
    const std::string_view written = doc.slice(m.span);
    if (written.find(' ') == std::string_view::npos) continue;
    auto& keys = names_by_initials[initials_of(written)];
    if (std::find(keys.begin(), keys.end(), m.key) == keys.end()) keys.push_back(m.key);
  }
  for (const Mention& m : doc.mentions) {
    const std::string_view written = doc.slice(m.span);
    if (m.type != EntityType::organization || written.size() < kMinLetters || m.key != written || defined.contains(written)) continue;
    if (!std::all_of(written.begin(), written.end(), is_upper)) continue;
    const auto names = names_by_initials.find(std::string(written));
    if (names != names_by_initials.end() && names->second.size() == 1) defined.emplace(std::string(written), names->second.front());
  }
}

}  // namespace

bool stands_for(std::string_view acronym, std::string_view name) {
  const std::string initials = initials_of(name);
  std::string letters;
  for (const char c : acronym) {
    if (is_upper(c)) letters += c;
  }
  if (letters.size() < 2 || initials.empty() || letters.front() != initials.front()) return false;
  // In order, each letter a capitalized word's initial; a word may go unabbreviated ("Kenya Ports Authority (KPA)").
  std::size_t i = 0;
  for (const char c : letters) {
    while (i < initials.size() && initials[i] != c) ++i;
    if (i == initials.size()) return false;
    ++i;
  }
  return true;
}

void link_defined_acronyms(Document& doc) {
  std::map<std::string, std::string, std::less<>> defined;  // acronym -> the organization's key
  std::size_t cursor = 0;
  for (std::size_t k = 0; k + 1 < doc.mentions.size(); ++k) {
    const Mention& name = doc.mentions[k];
    if (name.type != EntityType::organization) continue;
    while (cursor < doc.tokens.size() && doc.tokens[cursor].span.begin < name.span.end) ++cursor;
    const std::size_t t = cursor + 1;  // after the name: "(", the acronym, ")"
    if (t >= doc.tokens.size() || !bracketed_acronym(doc, t)) continue;
    const std::string acronym(doc.slice(doc.tokens[t].span));
    if (stands_for(acronym, doc.slice(name.span))) defined.try_emplace(acronym, name.key);
  }
  add_implied_acronyms(doc, defined);
  if (defined.empty()) return;
  for (Mention& m : doc.mentions) {
    const auto it = defined.find(doc.slice(m.span));
    if (it != defined.end()) {
      m.type = EntityType::organization;
      m.form = MentionForm::name;
      m.key = it->second;
      m.weak = false;
    }
  }
  const std::vector<bool> held = tokens_in_mentions(doc);
  const std::size_t before = doc.mentions.size();
  for (std::size_t t = 0; t < doc.tokens.size(); ++t) {
    if (held[t] || !doc.tokens[t].all_caps) continue;
    const auto it = defined.find(doc.slice(doc.tokens[t].span));
    if (it == defined.end()) continue;
    Mention m;
    m.span = doc.tokens[t].span;
    m.type = EntityType::organization;
    m.form = MentionForm::name;
    m.key = it->second;
    doc.mentions.push_back(std::move(m));
  }
  if (doc.mentions.size() > before) {
    std::stable_sort(doc.mentions.begin(), doc.mentions.end(), [](const Mention& a, const Mention& b) { return a.span < b.span; });
  }
}

}  // namespace newsgraph
