#include "language/repeated_names.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "language/segment.hpp"

namespace newsgraph {

namespace {

// What a name written alike everywhere stands for; `ambiguous` once two
// mentions give it different types or keys.
struct NameSense {
  EntityType type = EntityType::organization;
  std::string key;
  bool ambiguous = false;
};

using Senses = std::map<std::string, NameSense, std::less<>>;

bool spreads(const Mention& m) {
  return (m.type == EntityType::organization || m.type == EntityType::location) && m.form == MentionForm::name;
}

// The names of organizations and places, by their words as written.
Senses senses_of_names(const Document& doc) {
  Senses senses;
  for (const Mention& m : doc.mentions) {
    if (!spreads(m)) continue;
    const auto [it, added] = senses.try_emplace(std::string(doc.slice(m.span)), NameSense{m.type, m.key, false});
    if (!added && (it->second.type != m.type || it->second.key != m.key)) it->second.ambiguous = true;
  }
  return senses;
}

bool capitalized_word(const Document& doc, std::size_t t) {
  return doc.tokens[t].kind == TokenKind::word && doc.tokens[t].capitalized;
}

// The number of tokens of `name` written from token `first`, none held by a mention; 0 when
// the text there is not the name.
std::size_t name_length_at(const Document& doc, const std::vector<bool>& held, std::size_t first, std::string_view name) {
  const std::uint32_t begin = doc.tokens[first].span.begin;
  std::size_t t = first;
  while (t < doc.tokens.size() && doc.tokens[t].span.end - begin <= name.size()) {
    if (held[t]) return 0;
    if (doc.tokens[t].span.end - begin == name.size()) {
      return doc.slice({begin, doc.tokens[t].span.end}) == name ? t + 1 - first : 0;
    }
    ++t;
  }
  return 0;
}

}  // namespace

void add_repeated_names(Document& doc) {
  const Senses senses = senses_of_names(doc);
  if (senses.empty()) return;
  const std::vector<bool> held = tokens_in_mentions(doc);
  const std::size_t before = doc.mentions.size();
  for (const Sentence& s : doc.sentences) {
    for (std::size_t t = s.first_token; t < s.end_token; ++t) {
      if (held[t] || !capitalized_word(doc, t) || doc.tokens[t].all_caps) continue;
      if (t > s.first_token && capitalized_word(doc, t - 1)) continue;
      // The longest name written here: the names that start with this token's word sort together.
      const std::string_view word = doc.slice(doc.tokens[t].span);
      std::size_t best = 0;
      const NameSense* sense = nullptr;
      for (auto it = senses.lower_bound(word); it != senses.end() && it->first.starts_with(word); ++it) {
        const std::size_t length = it->second.ambiguous ? 0 : name_length_at(doc, held, t, it->first);
        if (length > best) {
          best = length;
          sense = &it->second;
        }
      }
      if (best == 0 || (best == 1 && t == s.first_token)) continue;
      const std::size_t end = t + best;
      if (end < s.end_token && capitalized_word(doc, end)) continue;
      Mention m;
      m.span = {doc.tokens[t].span.begin, doc.tokens[end - 1].span.end};
      m.type = sense->type;
      m.key = sense->key;
      doc.mentions.push_back(std::move(m));
      t = end - 1;
    }
  }
  if (doc.mentions.size() > before) {
    std::stable_sort(doc.mentions.begin(), doc.mentions.end(), [](const Mention& a, const Mention& b) { return a.span < b.span; });
  }
}

}  // namespace newsgraph
