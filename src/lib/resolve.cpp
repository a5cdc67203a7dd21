#include "newsgraph/resolve.hpp"

#include <algorithm>
#include <map>

#include "newsgraph/lexicon.hpp"
#include "newsgraph/text.hpp"

namespace newsgraph {

std::string make_id(EntityType type, std::string_view name) {
  std::string id(to_string(type));
  id += ':';
  if (type == EntityType::country) {
    id += name;  // already an alpha-2 code
  } else {
    id += text::slug(name);
  }
  return id;
}

std::string make_office_id(std::string_view owner_id, std::string_view title) {
  // owner "country:JP" -> "JP"; "organization:apple" -> "apple"; none -> "_"
  std::string owner = "_";
  if (const std::size_t colon = owner_id.find(':'); colon != std::string_view::npos) owner = owner_id.substr(colon + 1);
  return "office:" + owner + ":" + text::slug(title);
}

int add_entity(Document& doc, EntityType type, const std::string& id, const std::string& label) {
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    if (doc.entities[i].id == id) return static_cast<int>(i);
  }
  Entity entity;
  entity.id = id;
  entity.type = type;
  entity.label = label;
  doc.entities.push_back(std::move(entity));
  return static_cast<int>(doc.entities.size() - 1);
}

void add_surface(Document& doc, int index, Span span) {
  Entity& entity = doc.entities[static_cast<std::size_t>(index)];
  const std::string surface(doc.slice(span));
  if (surface != entity.label && std::find(entity.aliases.begin(), entity.aliases.end(), surface) == entity.aliases.end()) {
    entity.aliases.push_back(surface);
  }
  if (std::find(entity.mentions.begin(), entity.mentions.end(), span) == entity.mentions.end()) entity.mentions.push_back(span);
}

namespace {

std::vector<std::string> words_of(std::string_view name) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < name.size()) {
    std::size_t end = name.find(' ', start);
    if (end == std::string_view::npos) end = name.size();
    if (end > start) words.emplace_back(name.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// `shorter` names the same person as `full` when its words are a
// contiguous run of full's words that includes the last one, or a single
// non-first word ("Lula" of "Luiz Inacio Lula da Silva").
bool refers_to(const std::vector<std::string>& shorter, const std::vector<std::string>& full, const Lexicon& lex) {
  if (shorter.empty() || shorter.size() >= full.size()) return false;
  // Surname first ("Xi" of "Xi Jinping"), when the word is no given name.
  if (shorter.size() == 1 && shorter[0] == full[0] && !lex.is_given_name(shorter[0])) return true;
  for (std::size_t start = 1; start + shorter.size() <= full.size(); ++start) {
    if (std::equal(shorter.begin(), shorter.end(), full.begin() + static_cast<long>(start))) {
      if (start + shorter.size() == full.size()) return true;
      if (shorter.size() == 1 && !lex.is_particle(text::lower(shorter[0]))) return true;
    }
  }
  return false;
}

}  // namespace

void resolve(Document& doc, const Lexicon& lexicon) {
  doc.entities.clear();
  // Person names as written (single spaces), per mention.
  std::vector<std::string> person_name(doc.mentions.size());
  for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
    if (doc.mentions[m].type == EntityType::person) person_name[m] = text::fold_punctuation(doc.slice(doc.mentions[m].span));
  }
  // Full names: strong multi-word person mentions, or weak ones that the
  // document supports (the same name strong elsewhere, or its surname used alone).
  std::map<std::string, int> strong_count;
  std::map<std::string, int> single_count;
  for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
    const Mention& mention = doc.mentions[m];
    if (mention.type != EntityType::person) continue;
    const auto words = words_of(person_name[m]);
    if (words.size() == 1) ++single_count[words[0]];
    if (!mention.weak) ++strong_count[person_name[m]];
  }
  std::vector<std::string> full_names;  // longest first, then alphabetical
  for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
    const Mention& mention = doc.mentions[m];
    if (mention.type != EntityType::person) continue;
    const auto words = words_of(person_name[m]);
    if (words.size() < 2 && mention.weak) continue;  // a bare surname only refers back
    bool supported = !mention.weak || strong_count.contains(person_name[m]) || single_count.contains(words.back());
    if (!supported) continue;
    if (std::find(full_names.begin(), full_names.end(), person_name[m]) == full_names.end()) full_names.push_back(person_name[m]);
  }
  std::sort(full_names.begin(), full_names.end(), [](const std::string& a, const std::string& b) {
    const auto wa = std::count(a.begin(), a.end(), ' '), wb = std::count(b.begin(), b.end(), ' ');
    return wa != wb ? wa > wb : a < b;
  });
  // Map each full name to its canonical (longest) form.
  std::map<std::string, std::string> canonical;
  for (const std::string& name : full_names) {
    const auto words = words_of(name);
    std::string target = name;
    for (const std::string& longer : full_names) {
      if (longer == name) break;
      if (refers_to(words, words_of(longer), lexicon)) {
        target = canonical.contains(longer) ? canonical[longer] : longer;
        break;
      }
    }
    canonical[name] = target;
  }

  std::vector<Mention> kept;
  kept.reserve(doc.mentions.size());
  for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
    Mention mention = doc.mentions[m];
    std::string label;
    std::string id;
    switch (mention.type) {
      case EntityType::person: {
        const std::string& name = person_name[m];
        if (canonical.contains(name)) {
          label = canonical[name];
        } else {
          // A short form: find the full name it refers to, preferring the
          // most recently mentioned one.
          const auto words = words_of(name);
          for (auto it = kept.rbegin(); it != kept.rend() && label.empty(); ++it) {
            if (it->type != EntityType::person) continue;
            const std::string& other = doc.entities[static_cast<std::size_t>(it->entity)].label;
            if (refers_to(words, words_of(other), lexicon)) label = other;
          }
          for (const std::string& full : full_names) {
            if (!label.empty()) break;
            if (refers_to(words, words_of(full), lexicon)) label = canonical[full];
          }
          if (label.empty()) continue;  // unsupported candidate
        }
        id = make_id(EntityType::person, label);
        break;
      }
      case EntityType::country:
        label = std::string(lexicon.country_label(mention.key));
        if (label.empty()) label = mention.key;
        id = make_id(EntityType::country, mention.key);
        break;
      case EntityType::organization:
      case EntityType::location:
        label = mention.key;
        id = make_id(mention.type, mention.key);
        break;
      case EntityType::office:
        kept.push_back(mention);  // offices become entities in relate, with their owner
        continue;
    }
    mention.entity = add_entity(doc, mention.type, id, label);
    add_surface(doc, mention.entity, mention.span);
    kept.push_back(std::move(mention));
  }
  doc.mentions = std::move(kept);
}

}  // namespace newsgraph
