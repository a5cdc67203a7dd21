#include "language/relate/relate.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "language/lexicon.hpp"
#include "language/resolve.hpp"
#include "base/text.hpp"
#include "language/relate/rules.hpp"

namespace newsgraph {

RelateContext::RelateContext(Document& d, const Lexicon& l) : RelateContext(d, l, token_keys(d, l)) {}

RelateContext::RelateContext(Document& d, const Lexicon& l, TokenKeys k) : doc(d), lexicon(l), keys(std::move(k)) {
  mention_at_token.assign(doc.tokens.size(), -1);
  sentence_of_token.assign(doc.tokens.size(), -1);
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    for (std::uint32_t t = doc.sentences[s].first_token; t < doc.sentences[s].end_token; ++t) {
      sentence_of_token[t] = static_cast<int>(s);
    }
  }
  for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
    for (std::size_t t = token_at(doc.mentions[m].span.begin); t < doc.tokens.size() && doc.tokens[t].span.end <= doc.mentions[m].span.end; ++t) {
      mention_at_token[t] = static_cast<int>(m);
    }
  }
}

std::size_t RelateContext::token_at(std::uint32_t offset) const {
  const auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), offset,
                                   [](const Token& t, std::uint32_t off) { return t.span.begin < off; });
  return static_cast<std::size_t>(it - doc.tokens.begin());
}

bool RelateContext::in(std::size_t t, WordClass c) const { return lexicon.in_class(keys.lower_id[t], c); }

int RelateContext::last_person_before(std::uint32_t offset) const {
  for (auto it = doc.mentions.rbegin(); it != doc.mentions.rend(); ++it) {
    if (it->span.begin < offset && it->type == EntityType::person && it->entity >= 0) return it->entity;
  }
  return -1;
}

// ------------------------------------------------------------- affiliations

// "Japan's Akazawa", "Brazilian Lula": a country right before a person is who they act for.
void relate_direct_affiliations(RelateContext& ctx) {
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
    const std::string person_id = doc.entities[static_cast<std::size_t>(person.entity)].id;
    const std::string country_id = doc.entities[static_cast<std::size_t>(country.entity)].id;
    bool known = false;
    for (const Relation& r : doc.relations) known = known || (r.type == "affiliated_with" && r.source == person_id);
    if (known) continue;
    rules::add_relation(doc, "affiliated_with", person_id, country_id, {std::min(country.span.begin, person.span.begin), std::max(country.span.end, person.span.end)});
    doc.entities[static_cast<std::size_t>(person.entity)].attributes.try_emplace("country", country_id);
  }
}

void relate_known_affiliations(RelateContext& ctx) {
  Document& doc = ctx.doc;
  std::set<std::string> affiliated;
  for (const Relation& r : doc.relations) {
    if (r.type == "affiliated_with") affiliated.insert(r.source);
  }
  for (Entity& person : doc.entities) {
    if (person.type != EntityType::person || person.mentions.empty() || affiliated.contains(person.id)) continue;
    const std::string_view country = ctx.lexicon.person_country(person.label);
    if (country.empty()) continue;
    const std::string country_id = "country:" + std::string(country);
    rules::add_relation(doc, "affiliated_with", person.id, country_id, person.mentions.front());
    person.attributes.try_emplace("country", country_id);
  }
}

// "Lula ... accompanied by his wife X", "Fernandez's wife X": a family member takes their relative's country.
void relate_family_affiliations(RelateContext& ctx) {
  Document& doc = ctx.doc;
  std::map<std::string, std::string> country_of;
  for (const Relation& r : doc.relations) {
    if (r.type == "affiliated_with" && r.target.rfind("country:", 0) == 0) country_of.try_emplace(r.source, r.target);
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
    rules::add_relation(doc, "affiliated_with", entity.id, country->second, {doc.tokens[t - 1].span.begin, person.span.end});
    entity.attributes.try_emplace("country", country->second);
    country_of.emplace(entity.id, country->second);
  }
}

void relate(Document& doc, const Lexicon& lexicon) { relate(doc, lexicon, token_keys(doc, lexicon)); }

void relate(Document& doc, const Lexicon& lexicon, TokenKeys keys) {
  doc.relations.clear();
  doc.meetings.clear();
  doc.statements.clear();
  RelateContext ctx(doc, lexicon, std::move(keys));
  relate_offices(ctx);
  relate_direct_affiliations(ctx);
  relate_known_affiliations(ctx);
  relate_family_affiliations(ctx);
  // One analysis of triggers, quotes and subjects for both: meetings add
  // no entity, mention or token that it looks at.
  const rules::Analysis analysis(ctx);
  relate_meetings(ctx, analysis);
  relate_statements(ctx, analysis);
}

}  // namespace newsgraph
