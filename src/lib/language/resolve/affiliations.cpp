// Affiliations, the part of resolve that says whom each person acts for
// where no title says it: a country right before the person ("Japan's
// Akazawa", "Argentine counterpart X"), a demonym in apposition ("X, the
// former Chadian dictator"), a relative's country ("his wife X"), or the
// country the people lexicon gives. Offices (offices.cpp) come first: a
// person whose title has an owner is affiliated already.
#include <algorithm>
#include <map>
#include <string>

#include "language/reading.hpp"
#include "language/resolve/resolve.hpp"

namespace newsgraph {
namespace {

bool is_country_id(const std::string& id) { return id.rfind("country:", 0) == 0; }

// Is the person already acting for someone: by an office with an owner, or an affiliation?
bool affiliated(const Document& doc, int person) {
  return std::any_of(doc.holdings.begin(), doc.holdings.end(), [&](const OfficeHolding& h) { return h.holder == person && !h.owner.empty(); }) ||
         std::any_of(doc.affiliations.begin(), doc.affiliations.end(), [&](const Affiliation& a) { return a.person == person; });
}

// "Japan's Akazawa", "Brazilian Lula": a country right before a person is who they act for.
void resolve_direct_affiliations(Reading& ctx) {
  Document& doc = ctx.doc;
  auto resolved_country = [&](int m) {
    return m >= 0 && doc.mentions[static_cast<std::size_t>(m)].type == EntityType::country && doc.mentions[static_cast<std::size_t>(m)].entity >= 0;
  };
  // "Japan's Akazawa", "Argentine counterpart X": the country mention right before the person.
  auto country_before = [&](const Mention& person) -> int {
    std::size_t t = ctx.token_at(person.span.begin);
    if (t == 0 || t >= doc.tokens.size() || ctx.sentence_of_token[t] != ctx.sentence_of_token[t - 1]) return -1;
    // "his Saudi counterpart, Prince Faisal": a title and a comma after the gap word.
    std::size_t u = t;
    if (u > 0 && ctx.mention_at_token[u - 1] >= 0 && doc.mentions[static_cast<std::size_t>(ctx.mention_at_token[u - 1])].type == EntityType::office) {
      u = ctx.token_at(doc.mentions[static_cast<std::size_t>(ctx.mention_at_token[u - 1])].span.begin);
    }
    if (u > 2 && ctx.keys.lower[u - 1] == "," && ctx.in(u - 2, WordClass::affiliation_gap) &&
        ctx.sentence_of_token[u - 2] == ctx.sentence_of_token[t]) {
      t = u - 1;
    }
    while (t > 1 && ctx.in(t - 1, WordClass::affiliation_gap)) --t;
    const bool possessive = doc.tokens[t - 1].kind == TokenKind::possessive;
    if (possessive) --t;
    if (t == 0) return -1;
    const int m = ctx.mention_at_token[t - 1];
    if (!resolved_country(m)) return -1;
    // "envoy for Syria Tom Berg": a country governed by a preposition is not the person's qualifier.
    const std::size_t c = ctx.token_at(doc.mentions[static_cast<std::size_t>(m)].span.begin);
    if (!possessive && c > 0 && ctx.sentence_of_token[c - 1] == ctx.sentence_of_token[c] && ctx.in(c - 1, WordClass::preposition)) return -1;
    return m;
  };
  // "Hissene Habre, the former Chadian dictator,": a demonym qualifying a noun in apposition.
  auto country_in_appositive = [&](const Mention& person) -> int {
    std::size_t t = ctx.token_at(person.span.end);
    if (t >= doc.tokens.size() || doc.slice(doc.tokens[t].span) != "," || ctx.sentence_of_token[t] != ctx.sentence_of_token[t - 1]) return -1;
    const int sentence = ctx.sentence_of_token[t];
    ++t;
    while (t < doc.tokens.size() && ctx.sentence_of_token[t] == sentence &&
           (ctx.in(t, WordClass::indefinite_article) || ctx.in(t, WordClass::title_gap))) {
      ++t;
    }
    if (t >= doc.tokens.size() || !resolved_country(ctx.mention_at_token[t])) return -1;
    const int m = ctx.mention_at_token[t];
    while (t < doc.tokens.size() && ctx.mention_at_token[t] == m) ++t;
    // A common noun follows ("dictator", "businessman"); a title is the office rule's, a name or "and" is a list.
    if (t >= doc.tokens.size() || ctx.sentence_of_token[t] != sentence || doc.tokens[t].kind != TokenKind::word ||
        doc.tokens[t].capitalized || ctx.mention_at_token[t] >= 0 || ctx.in(t, WordClass::conjunction)) {
      return -1;
    }
    return m;
  };
  for (const Mention& person : doc.mentions) {
    if (person.type != EntityType::person || person.entity < 0) continue;
    int m = country_before(person);
    if (m < 0) m = country_in_appositive(person);
    if (m < 0) continue;
    const Mention& country = doc.mentions[static_cast<std::size_t>(m)];
    const std::string country_id = doc.entities[static_cast<std::size_t>(country.entity)].id;
    if (affiliated(doc, person.entity)) continue;
    doc.affiliations.push_back({person.entity, country_id, {std::min(country.span.begin, person.span.begin), std::max(country.span.end, person.span.end)}});
    doc.entities[static_cast<std::size_t>(person.entity)].attributes.try_emplace("country", country_id);
  }
}

void resolve_known_affiliations(Reading& ctx) {
  Document& doc = ctx.doc;
  std::vector<bool> known(doc.entities.size(), false);
  for (std::size_t e = 0; e < doc.entities.size(); ++e) known[e] = affiliated(doc, static_cast<int>(e));
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    Entity& person = doc.entities[e];
    if (person.type != EntityType::person || person.mentions.empty() || known[e]) continue;
    const std::string_view country = ctx.lexicon.person_country(person.label);
    if (country.empty()) continue;
    const std::string country_id = "country:" + std::string(country);
    doc.affiliations.push_back({static_cast<int>(e), country_id, person.mentions.front()});
    person.attributes.try_emplace("country", country_id);
  }
}

// "Lula ... accompanied by his wife X", "Fernandez's wife X": a family member takes their relative's country.
void resolve_family_affiliations(Reading& ctx) {
  Document& doc = ctx.doc;
  // Each person's first country, in the order the relations will have (offices first).
  std::map<std::string, std::string> country_of;
  for (const OfficeHolding& h : doc.holdings) {
    if (is_country_id(h.owner)) country_of.try_emplace(doc.entities[static_cast<std::size_t>(h.holder)].id, h.owner);
  }
  for (const Affiliation& a : doc.affiliations) {
    if (is_country_id(a.owner)) country_of.try_emplace(doc.entities[static_cast<std::size_t>(a.person)].id, a.owner);
  }
  for (std::size_t k = 0; k < doc.mentions.size(); ++k) {
    const Mention& person = doc.mentions[k];
    if (person.type != EntityType::person || person.entity < 0) continue;
    const std::size_t t = ctx.token_at(person.span.begin);
    if (t < 2 || ctx.lexicon.title_word(ctx.keys.exact_id[t - 1]) != TitleWordKind::kin) continue;
    const int sentence = ctx.sentence_of_token[t];
    // The relative: "X's wife" names them; "his wife" is the last person before.
    int relative = -1;
    if (doc.tokens[t - 2].kind == TokenKind::possessive && t >= 3) {
      relative = ctx.mention_at_token[t - 3];
    } else if (ctx.in(t - 2, WordClass::possessive_pronoun)) {
      for (std::size_t j = k; j-- > 0;) {
        if (doc.mentions[j].type == EntityType::person && doc.mentions[j].entity >= 0) {
          const int j_sentence = ctx.sentence_of_token[ctx.token_at(doc.mentions[j].span.begin)];
          if (j_sentence == sentence || j_sentence + 1 == sentence) relative = static_cast<int>(j);
          break;
        }
      }
    }
    if (relative < 0 || doc.mentions[static_cast<std::size_t>(relative)].type != EntityType::person ||
        doc.mentions[static_cast<std::size_t>(relative)].entity < 0) {
      continue;
    }
    const std::string relative_id = doc.entities[static_cast<std::size_t>(doc.mentions[static_cast<std::size_t>(relative)].entity)].id;
    Entity& entity = doc.entities[static_cast<std::size_t>(person.entity)];
    const auto country = country_of.find(relative_id);
    if (country == country_of.end() || entity.id == relative_id || country_of.contains(entity.id)) continue;
    doc.affiliations.push_back({person.entity, country->second, {doc.tokens[t - 1].span.begin, person.span.end}});
    entity.attributes.try_emplace("country", country->second);
    country_of.emplace(entity.id, country->second);
  }
}

}  // namespace

void resolve_affiliations(Reading& reading) {
  reading.doc.affiliations.clear();
  resolve_direct_affiliations(reading);
  resolve_known_affiliations(reading);
  resolve_family_affiliations(reading);
}

}  // namespace newsgraph
