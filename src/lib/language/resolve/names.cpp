#include "language/resolve/resolve.hpp"

#include "language/resolve/coref.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "language/lexicon.hpp"
#include "base/text.hpp"

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

void add_implied_countries(Document& doc, const Lexicon& lexicon) {
  std::set<std::string> named;
  for (const Entity& entity : doc.entities) named.insert(entity.id);
  std::set<std::string> implied;
  const auto note = [&](const std::string& id) {
    if (id.rfind("country:", 0) == 0 && !named.contains(id)) implied.insert(id);
  };
  for (const OfficeHolding& h : doc.holdings) note(h.owner);
  for (const Affiliation& a : doc.affiliations) note(a.owner);
  for (const std::string& id : implied) {
    const std::string_view label = lexicon.country_label(std::string_view(id).substr(8));
    if (!label.empty()) add_entity(doc, EntityType::country, id, std::string(label));
  }
}

void add_surface(Document& doc, int index, Span span) {
  Entity& entity = doc.entities[static_cast<std::size_t>(index)];
  const std::string surface(doc.slice(span));
  if (surface != entity.label && std::find(entity.aliases.begin(), entity.aliases.end(), surface) == entity.aliases.end()) {
    entity.aliases.push_back(surface);
  }
  // Mentions mostly come in text order: appending after the last one needs no search.
  if (entity.mentions.empty() || entity.mentions.back() < span ||
      std::find(entity.mentions.begin(), entity.mentions.end(), span) == entity.mentions.end()) {
    entity.mentions.push_back(span);
  }
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

void resolve_names(Document& doc, const Lexicon& lexicon) {
  doc.entities.clear();
  // Person names as written (single spaces), per mention.
  std::vector<std::string> person_name(doc.mentions.size());
  std::vector<std::vector<std::string>> person_words(doc.mentions.size());  // the words of person_name
  for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
    if (doc.mentions[m].type != EntityType::person) continue;
    // A known person (lexicon) goes by the lexicon's name: "Obama" is Barack Obama.
    person_name[m] = doc.mentions[m].key.empty() ? text::fold_punctuation(doc.slice(doc.mentions[m].span)) : doc.mentions[m].key;
    person_words[m] = words_of(person_name[m]);
  }
  // Full names: strong multi-word person mentions, or weak ones that the
  // document supports (the same name strong elsewhere, or its surname used alone).
  std::map<std::string, int> strong_count;
  std::map<std::string, int> single_count;
  for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
    const Mention& mention = doc.mentions[m];
    if (mention.type != EntityType::person) continue;
    const auto& words = person_words[m];
    if (words.size() == 1) ++single_count[words[0]];
    if (!mention.weak) ++strong_count[person_name[m]];
  }
  std::vector<std::string> full_names;  // longest first, then alphabetical
  std::set<std::string> full_name_set;
  for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
    const Mention& mention = doc.mentions[m];
    if (mention.type != EntityType::person) continue;
    const auto& words = person_words[m];
    if (words.size() < 2 && mention.weak) continue;  // a bare surname only refers back
    bool supported = !mention.weak || strong_count.contains(person_name[m]) || single_count.contains(words.back());
    if (!supported) continue;
    if (full_name_set.insert(person_name[m]).second) full_names.push_back(person_name[m]);
  }
  std::sort(full_names.begin(), full_names.end(), [](const std::string& a, const std::string& b) {
    const auto wa = std::count(a.begin(), a.end(), ' '), wb = std::count(b.begin(), b.end(), ' ');
    return wa != wb ? wa > wb : a < b;
  });
  // Guard against adversarial input (thousands of distinct names): each
  // lookup below examines at most this many candidates, so resolve stays
  // linear in the number of mentions. No real article comes near it.
  constexpr std::size_t kMaxCandidates = 1000;
  std::vector<std::vector<std::string>> full_words;
  full_words.reserve(full_names.size());
  for (const std::string& name : full_names) full_words.push_back(words_of(name));
  // Map each full name to its canonical (longest) form.
  std::map<std::string, std::string> canonical;
  for (std::size_t n = 0; n < full_names.size(); ++n) {
    const auto& words = full_words[n];
    std::string target = full_names[n];
    // Only strictly longer names (sorted first) can be referred to.
    for (std::size_t l = 0; l < n && l < kMaxCandidates && full_words[l].size() > words.size(); ++l) {
      if (refers_to(words, full_words[l], lexicon)) {
        target = canonical.contains(full_names[l]) ? canonical[full_names[l]] : full_names[l];
        break;
      }
    }
    canonical[full_names[n]] = target;
  }
  // Person entities by their latest kept mention, latest last, with the words of their labels.
  std::vector<int> recent_people;
  std::map<int, std::vector<std::string>> label_words;

  // Entity by type and name (a person's canonical label, any other
  // mention's key): a name met again needs no new id (a slug) and no search
  // of the entities by id.
  std::array<StringMap<int>, 5> entity_of_name;
  const auto entity_for = [&](EntityType type, const std::string& name, auto make_label) {
    auto& known = entity_of_name[static_cast<std::size_t>(type)];
    if (const auto it = known.find(name); it != known.end()) return it->second;
    const std::string id = make_id(type, name);
    const int index = add_entity(doc, type, id, make_label());
    known.emplace(name, index);
    return index;
  };

  std::vector<Mention> kept;
  kept.reserve(doc.mentions.size());
  for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
    Mention mention = std::move(doc.mentions[m]);  // doc.mentions is replaced by `kept` below
    switch (mention.type) {
      case EntityType::person: {
        const std::string& name = person_name[m];
        std::string label;
        if (const auto full = canonical.find(name); full != canonical.end()) {
          label = full->second;
        } else {
          // A short form: find the full name it refers to, preferring the
          // most recently mentioned one.
          const auto& words = person_words[m];
          std::size_t examined = 0;
          for (auto it = recent_people.rbegin(); it != recent_people.rend() && label.empty() && examined < kMaxCandidates; ++it, ++examined) {
            if (refers_to(words, label_words[*it], lexicon)) label = doc.entities[static_cast<std::size_t>(*it)].label;
          }
          for (std::size_t f = 0; f < full_names.size() && f < kMaxCandidates && label.empty(); ++f) {
            if (refers_to(words, full_words[f], lexicon)) label = canonical[full_names[f]];
          }
          if (label.empty()) continue;  // unsupported candidate
        }
        mention.entity = entity_for(EntityType::person, label, [&] { return label; });
        break;
      }
      case EntityType::country:
        mention.entity = entity_for(EntityType::country, mention.key, [&] {
          const std::string_view label = lexicon.country_label(mention.key);
          return label.empty() ? mention.key : std::string(label);
        });
        break;
      case EntityType::organization:
      case EntityType::location:
        mention.entity = entity_for(mention.type, mention.key, [&] { return mention.key; });
        break;
      case EntityType::office:
        kept.push_back(std::move(mention));  // offices become entities in relate, with their owner
        continue;
    }
    add_surface(doc, mention.entity, mention.span);
    if (mention.type == EntityType::person) {
      const auto known = label_words.find(mention.entity);
      if (known == label_words.end()) {  // the entity is new, made with this mention's label
        label_words.emplace(mention.entity, words_of(doc.entities[static_cast<std::size_t>(mention.entity)].label));
      } else {
        const auto at = std::find(recent_people.rbegin(), recent_people.rend(), mention.entity);  // mostly near the end
        recent_people.erase(std::next(at).base());
      }
      recent_people.push_back(mention.entity);
    }
    kept.push_back(std::move(mention));
  }
  doc.mentions = std::move(kept);
}

Reading resolve(Document& doc, const Lexicon& lexicon, TokenKeys keys) {
  resolve_names(doc, lexicon);
  Reading reading(doc, lexicon, std::move(keys));  // mentions are final from here on
  resolve_offices(reading);
  resolve_affiliations(reading);
  add_implied_countries(doc, lexicon);
  resolve_references(reading);
  return reading;
}

void resolve(Document& doc, const Lexicon& lexicon) { resolve(doc, lexicon, token_keys(doc, lexicon)); }

}  // namespace newsgraph
