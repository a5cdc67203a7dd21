#include "newsgraph/relate.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "newsgraph/lexicon.hpp"
#include "newsgraph/resolve.hpp"
#include "newsgraph/text.hpp"

namespace newsgraph {

RelateContext::RelateContext(Document& d, const Lexicon& l) : doc(d), lexicon(l), keys(token_keys(d)) {
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

int RelateContext::last_person_before(std::uint32_t offset) const {
  for (auto it = doc.mentions.rbegin(); it != doc.mentions.rend(); ++it) {
    if (it->span.begin < offset && it->type == EntityType::person && it->entity >= 0) return it->entity;
  }
  return -1;
}

// ------------------------------------------------------------------ offices

namespace {

bool is_owner(const Mention& m) { return m.type == EntityType::country || m.type == EntityType::organization; }

// Words allowed between an owner and its title: "Japan's top trade representative".
bool title_gap_word(std::string_view lower) {
  return lower == "top" || lower == "chief" || lower == "senior" || lower == "then" || lower == "former" ||
         lower == "new" || lower == "acting" || lower == "interim" || lower == "outgoing" || lower == "incoming" ||
         lower == "the" || lower == "own" || lower == "official" || lower == "current" || lower == "longtime";
}

// Nouns that make "US officials" a delegation acting for the country.
bool delegation_word(std::string_view lower) {
  return lower == "officials" || lower == "delegation" || lower == "negotiators" || lower == "team" || lower == "ministers" ||
         lower == "leaders" || lower == "diplomats" || lower == "side";
}

bool is_preposition(std::string_view lower) {
  return lower == "for" || lower == "to" || lower == "in" || lower == "from" || lower == "at" || lower == "on" ||
         lower == "about" || lower == "over" || lower == "into" || lower == "against" || lower == "by";
}

// Words between a country and the person it qualifies: "Argentine counterpart X".
bool affiliation_gap_word(std::string_view lower) {
  return lower == "counterpart" || lower == "counterparts" || lower == "leader" || lower == "colleague";
}

void add_relation(Document& doc, std::string type, const std::string& source, const std::string& target, Span evidence,
                  std::map<std::string, std::string> attributes = {}) {
  for (Relation& r : doc.relations) {
    if (r.type == type && r.source == source && r.target == target && r.attributes == attributes) {
      if (std::find(r.evidence.begin(), r.evidence.end(), evidence) == r.evidence.end()) r.evidence.push_back(evidence);
      return;
    }
  }
  doc.relations.push_back({std::move(type), source, target, std::move(attributes), {evidence}});
}

// "the Chinese Foreign Ministry" names China inside an organization's name:
// the country becomes an entity there, with the demonym as its mention, so
// that the body's people can be affiliated with it.
void note_country_inside(RelateContext& ctx, const Mention& body, const std::string& alpha2) {
  Document& doc = ctx.doc;
  const std::string id = "country:" + alpha2;
  const std::size_t first = ctx.token_at(body.span.begin);
  std::vector<int> found;
  const std::uint32_t n = ctx.lexicon.names().longest_match(ctx.keys.exact, first, found);
  if (n == 0 || first + n > doc.tokens.size() || doc.tokens[first + n - 1].span.end >= body.span.end) return;
  const bool names_it = std::any_of(found.begin(), found.end(), [&](int e) { return ctx.lexicon.entry(e).key == alpha2; });
  if (!names_it) return;
  const Span span{doc.tokens[first].span.begin, doc.tokens[first + n - 1].span.end};
  const int entity = add_entity(doc, EntityType::country, id, std::string(ctx.lexicon.country_label(alpha2)));
  add_surface(doc, entity, span);
}

}  // namespace

void relate_offices(RelateContext& ctx) {
  Document& doc = ctx.doc;
  auto entity_of = [&](int mention) -> const Entity& {
    return doc.entities[static_cast<std::size_t>(doc.mentions[static_cast<std::size_t>(mention)].entity)];
  };
  auto resolved = [&](int mention, EntityType type) {
    return mention >= 0 && doc.mentions[static_cast<std::size_t>(mention)].type == type &&
           doc.mentions[static_cast<std::size_t>(mention)].entity >= 0;
  };
  // The id an owner mention stands for: "White House" acts for the US.
  auto owner_id_of = [&](int mention) {
    const Mention& m = doc.mentions[static_cast<std::size_t>(mention)];
    if (m.type == EntityType::organization) {
      const std::string country = ctx.lexicon.government_country(m.key);
      if (!country.empty()) return "country:" + country;
    }
    return entity_of(mention).id;
  };

  // Countries named inside state bodies ("Ukrainian Navy") are entities of the document too.
  for (const Mention& m : doc.mentions) {
    if (m.type != EntityType::organization || m.entity < 0) continue;
    const std::string country = ctx.lexicon.government_country(m.key);
    if (!country.empty()) note_country_inside(ctx, m, country);
  }

  // The country the document is mostly about: the owner of last resort for a
  // state office whose owner the text leaves implicit ("Finance Minister X").
  // A government body counts for its country ("the White House said").
  std::map<std::string, int> country_mentions;
  for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
    const int index = static_cast<int>(m);
    if (resolved(index, EntityType::country)) ++country_mentions[entity_of(index).id];
    if (resolved(index, EntityType::organization) && !ctx.lexicon.government_country(doc.mentions[m].key).empty()) {
      ++country_mentions[owner_id_of(index)];
    }
  }
  std::string dominant_country;
  int best = 0, second = 0;
  for (const auto& [id, count] : country_mentions) {
    if (count > best) {
      second = best;
      best = count;
      dominant_country = id;
    } else if (count > second) {
      second = count;
    }
  }
  // Only a clearly dominant country: in a story about two countries a guess would be a coin toss.
  if (best < 2 * second) dominant_country.clear();

  // Owners the text (or the title itself) gave, by holder mention: a list of
  // titled people shares its owner ("US Trade Representative X and Treasury Secretary Y").
  std::map<int, std::string> stated_owner_by_holder;
  std::map<int, std::string> stated_owner_by_title;  // by office mention
  std::map<std::string, std::string> stated_owner_by_person;  // by entity id, first stated
  struct TitleUse {
    std::size_t mention;
    int holder;
    std::string holder_id, owner_id, possessor_id;
    std::size_t t_first, sentence;
  };
  std::vector<TitleUse> uses;

  const std::size_t mention_count = doc.mentions.size();
  for (std::size_t k = 0; k < mention_count; ++k) {
    const Mention title = doc.mentions[k];
    if (title.type != EntityType::office) continue;
    const std::size_t t_first = ctx.token_at(title.span.begin);
    std::size_t t_end = t_first;
    while (t_end < doc.tokens.size() && doc.tokens[t_end].span.end <= title.span.end) ++t_end;
    const int sentence = ctx.sentence_of_token[t_first];
    if (sentence < 0) continue;
    const Sentence& s = doc.sentences[static_cast<std::size_t>(sentence)];
    auto lower = [&](std::size_t t) -> std::string_view { return t < s.end_token ? std::string_view(ctx.keys.lower[t]) : ""; };
    auto mention_at = [&](std::size_t t) { return t < s.end_token ? ctx.mention_at_token[t] : -1; };
    auto end_of = [&](int mention) {  // first token after a mention
      std::size_t t = ctx.token_at(doc.mentions[static_cast<std::size_t>(mention)].span.begin);
      while (t < s.end_token && ctx.mention_at_token[t] == mention) ++t;
      return t;
    };

    // Owner after: "President of Russia", "spokesman for the White House",
    // "spokesperson at the Chinese Foreign Ministry". After "for"/"at" only an
    // organization owns the title: an "envoy for Syria" does not act for Syria.
    std::string owner_id;
    bool owner_after = false;
    std::size_t after = t_end;
    if (lower(after) == "of" || lower(after) == "for" || lower(after) == "at") {
      const bool of = lower(after) == "of";
      std::size_t o = after + 1;
      if (lower(o) == "the") ++o;
      const int m = mention_at(o);
      if (m >= 0 && is_owner(doc.mentions[static_cast<std::size_t>(m)]) && doc.mentions[static_cast<std::size_t>(m)].entity >= 0) {
        const std::size_t m_end = end_of(m);
        const bool organization = doc.mentions[static_cast<std::size_t>(m)].type == EntityType::organization;
        // "the Chinese Foreign Ministry": a demonym qualifying a body.
        const bool qualified_body = resolved(mention_at(m_end), EntityType::organization);
        if (of || organization || qualified_body) {
          owner_id = owner_id_of(m);
          owner_after = true;
          after = qualified_body ? end_of(mention_at(m_end)) : m_end;
        }
      }
    }
    // A portfolio the lexicon's title does not include: "Cabinet Secretary for Foreign Affairs".
    if (after == t_end && (lower(after) == "for" || lower(after) == "of") && after + 1 < s.end_token &&
        doc.tokens[after + 1].capitalized && mention_at(after + 1) < 0) {
      std::size_t p = after + 1;
      while (p < s.end_token && mention_at(p) < 0 &&
             ((doc.tokens[p].capitalized && doc.tokens[p].kind == TokenKind::word) || lower(p) == "and" || lower(p) == "of")) {
        ++p;
      }
      if (doc.tokens[p - 1].capitalized) after = p;
    }
    // Owner before: "US Treasury Secretary", "Japan's top trade representative", "Apple CEO".
    if (owner_id.empty()) {
      std::size_t b = t_first;
      while (b > s.first_token && title_gap_word(ctx.keys.lower[b - 1])) --b;
      if (b > s.first_token && doc.tokens[b - 1].kind == TokenKind::possessive) --b;
      if (b > s.first_token) {
        int m = ctx.mention_at_token[b - 1];
        // "AU Commission Chairperson": an organization's body between it and the title.
        if (m < 0 && b > s.first_token + 1 && doc.tokens[b - 1].capitalized && !ctx.lexicon.org_suffix(ctx.keys.exact[b - 1]).empty() &&
            resolved(ctx.mention_at_token[b - 2], EntityType::organization)) {
          m = ctx.mention_at_token[b - 2];
        }
        if (m >= 0 && is_owner(doc.mentions[static_cast<std::size_t>(m)]) && doc.mentions[static_cast<std::size_t>(m)].entity >= 0) {
          owner_id = owner_id_of(m);
        }
      }
    }
    if (!owner_id.empty()) stated_owner_by_title[static_cast<int>(k)] = owner_id;

    // Holder: the person right after the title (after its owner, and any
    // honorific: "Vice President Shri X", "Minister Dr Y"), an appositive
    // person right before ("Shigeru Ishiba, Japan's prime minister"), or one
    // right after a comma ("the Emir of Kuwait, Sheikh X,").
    int holder = -1;
    std::size_t h = after;
    while (h < s.end_token && ctx.lexicon.title_word(ctx.keys.exact[h]) == TitleWordKind::honorific) ++h;
    if (resolved(mention_at(h), EntityType::person)) {
      holder = mention_at(h);
      // "Prime Minister Sheikh Hasina of Bangladesh", "President Xi Jinping of China".
      const std::size_t p_end = end_of(holder);
      if (owner_id.empty() && lower(p_end) == "of") {
        const std::size_t o = lower(p_end + 1) == "the" ? p_end + 2 : p_end + 1;
        const int m = mention_at(o);
        if (resolved(m, EntityType::country) || (resolved(m, EntityType::organization) &&
                                                 !ctx.lexicon.government_country(doc.mentions[static_cast<std::size_t>(m)].key).empty())) {
          owner_id = owner_id_of(m);
        }
      }
    }
    if (holder < 0) {
      std::size_t b = t_first;
      while (b > s.first_token && title_gap_word(ctx.keys.lower[b - 1])) --b;
      if (!owner_id.empty() && !owner_after) {  // the owner came before the title
        std::size_t o = b;
        if (o > s.first_token && doc.tokens[o - 1].kind == TokenKind::possessive) --o;
        if (o > s.first_token && ctx.mention_at_token[o - 1] >= 0) {
          b = ctx.token_at(doc.mentions[static_cast<std::size_t>(ctx.mention_at_token[o - 1])].span.begin);
        }
        if (b > s.first_token && (ctx.keys.lower[b - 1] == "the")) --b;
      }
      if (b > s.first_token + 1 && doc.slice(doc.tokens[b - 1].span) == ",") {
        const int m = ctx.mention_at_token[b - 2];
        if (resolved(m, EntityType::person)) holder = m;
      }
    }
    if (holder < 0 && after < s.end_token && doc.slice(doc.tokens[after].span) == ",") {
      // The person after the comma, or after a second title there ("chief negotiator, Deputy Foreign Minister X").
      std::size_t p = after + 1;
      if (mention_at(p) >= 0 && doc.mentions[static_cast<std::size_t>(mention_at(p))].type == EntityType::office) p = end_of(mention_at(p));
      const int m = mention_at(p);
      if (resolved(m, EntityType::person)) {
        const std::size_t p_end = end_of(m);
        const std::string_view next = p_end < s.end_token ? doc.slice(doc.tokens[p_end].span) : std::string_view(".");
        if (next == "," || next == "." || next == ";" || next == ")") holder = m;
      }
    }
    if (holder < 0) continue;  // an office is a node only when a named person holds it

    // A second title in apposition to a first, closed by a comma: "Tokyo's
    // chief negotiator, Deputy Foreign Minister X, said" (not "talks with the
    // Indian Prime Minister, Prime Minister Y is due").
    if (owner_id.empty() && t_first >= s.first_token + 2 && doc.slice(doc.tokens[t_first - 1].span) == ",") {
      const std::size_t p_end = end_of(holder);
      const std::string_view closing = p_end < s.end_token ? doc.slice(doc.tokens[p_end].span) : std::string_view(".");
      const auto it = stated_owner_by_title.find(ctx.mention_at_token[t_first - 2]);
      if (it != stated_owner_by_title.end() && (closing == "," || closing == "." || closing == ";")) owner_id = it->second;
    }

    const std::string holder_id = entity_of(holder).id;  // a copy: add_entity below may reallocate
    if (owner_id.empty()) {
      // Second in a list of titled people: the first one's owner. After a
      // comma only inside a list that goes on ("A, B and C"), not after a
      // phrase ("At the invitation of Prime Minister A, President B said").
      const std::size_t b = t_first;
      const std::string_view after_holder = lower(end_of(holder));
      const bool in_list = lower(b - 1) == "and" || (lower(b - 1) == "," && (after_holder == "and" || after_holder == ","));
      if (b >= s.first_token + 2 && in_list) {
        const auto it = stated_owner_by_holder.find(ctx.mention_at_token[b - 2]);
        if (it != stated_owner_by_holder.end()) owner_id = it->second;
      }
    }
    if (owner_id.empty()) {
      // A title held for one country only ("Taoiseach"), or one never to guess ("ambassador").
      const std::string_view home = ctx.lexicon.office_home(text::lower(title.key));
      if (home.size() == 2) owner_id = "country:" + std::string(home);
    }
    if (!owner_id.empty()) {
      stated_owner_by_holder[holder] = owner_id;
      stated_owner_by_person.try_emplace(holder_id, owner_id);
    }
    // "his spokesperson, X": the owner is whoever "his" is, the last person named before.
    std::string possessor_id;
    {
      std::size_t b = t_first;
      while (b > s.first_token && title_gap_word(ctx.keys.lower[b - 1])) --b;
      if (b > s.first_token && (ctx.keys.lower[b - 1] == "his" || ctx.keys.lower[b - 1] == "her")) {
        // The first person of this sentence before "his", or else of the nearest sentence before that names one (its subject, most often).
        const std::uint32_t limit = doc.tokens[b - 1].span.begin;
        for (int si = sentence; si >= 0 && si >= sentence - 2 && possessor_id.empty(); --si) {
          for (const Mention& m : doc.mentions) {
            if (m.span.begin < doc.sentences[static_cast<std::size_t>(si)].span.begin || m.span.begin >= limit) continue;
            if (ctx.sentence_of_token[ctx.token_at(m.span.begin)] != si || m.type != EntityType::person || m.entity < 0) continue;
            possessor_id = doc.entities[static_cast<std::size_t>(m.entity)].id;
            break;
          }
        }
        if (possessor_id == holder_id) possessor_id.clear();
      }
    }
    uses.push_back({k, holder, holder_id, owner_id, possessor_id, t_first, static_cast<std::size_t>(sentence)});
  }

  // A known person's country (people lexicon) where the text states none.
  for (const Entity& entity : doc.entities) {
    if (entity.type != EntityType::person || stated_owner_by_person.contains(entity.id)) continue;
    const std::string_view country = ctx.lexicon.person_country(entity.label);
    if (!country.empty()) stated_owner_by_person[entity.id] = "country:" + std::string(country);
  }

  // Titles whose owner the text left implicit, now that every stated owner is known.
  for (TitleUse& use : uses) {
    if (!use.owner_id.empty()) continue;
    const Sentence& s = doc.sentences[use.sentence];
    // A person's owner, stated at another of their titles (before or after), wins over the document's dominant country;
    // an organization's though only for titles an organization can have ("Ambassador X, spokesperson of the Ministry").
    const std::string title_lower = text::lower(doc.mentions[use.mention].key);
    if (const auto it = stated_owner_by_person.find(use.possessor_id); it != stated_owner_by_person.end() && it->second.rfind("country:", 0) == 0) {
      use.owner_id = it->second;
      continue;
    }
    if (const auto it = stated_owner_by_person.find(use.holder_id); it != stated_owner_by_person.end()) {
      if (it->second.rfind("country:", 0) == 0 || ctx.lexicon.office_scope(title_lower) != "state") use.owner_id = it->second;
    }
    // A delegation names its country once: "US officials, including Treasury Secretary X, ...".
    for (std::size_t t = use.t_first; use.owner_id.empty() && t > s.first_token + 1; --t) {
      const int m = ctx.mention_at_token[t - 2];
      if (resolved(m, EntityType::country) && delegation_word(ctx.keys.lower[t - 1])) use.owner_id = entity_of(m).id;
    }
    if (use.owner_id.empty() && ctx.lexicon.office_scope(title_lower) != "org" && ctx.lexicon.office_home(title_lower).empty()) {
      use.owner_id = dominant_country;
    }
  }

  for (const TitleUse& use : uses) {
    const Mention title = doc.mentions[use.mention];
    const std::string& owner_id = use.owner_id;
    const std::string& holder_id = use.holder_id;
    const int holder = use.holder;
    const std::size_t k = use.mention;
    const Sentence& s = doc.sentences[use.sentence];
    const std::string office_id = make_office_id(owner_id, title.key);
    const int office = add_entity(doc, EntityType::office, office_id, title.key);
    add_surface(doc, office, title.span);
    doc.mentions[k].entity = office;
    const Span evidence = s.span;
    add_relation(doc, "holds_office", holder_id, office_id, evidence);
    if (!owner_id.empty()) {
      add_relation(doc, "office_of", office_id, owner_id, evidence);
      add_relation(doc, "affiliated_with", holder_id, owner_id, evidence);
      Entity& person = doc.entities[static_cast<std::size_t>(doc.mentions[static_cast<std::size_t>(holder)].entity)];
      if (owner_id.rfind("country:", 0) == 0 && !person.attributes.contains("country")) person.attributes["country"] = owner_id;
      doc.entities[static_cast<std::size_t>(office)].attributes[owner_id.rfind("country:", 0) == 0 ? "country" : "organization"] = owner_id;
    }
  }
}

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
    while (t > 1 && affiliation_gap_word(ctx.keys.lower[t - 1])) --t;
    const bool possessive = doc.tokens[t - 1].kind == TokenKind::possessive;
    if (possessive) --t;
    if (t == 0) return -1;
    const int m = ctx.mention_at_token[t - 1];
    if (!resolved_country(m)) return -1;
    // "envoy for Syria Tom Berg": a country governed by a preposition is not the person's qualifier.
    const std::size_t c = ctx.token_at(doc.mentions[static_cast<std::size_t>(m)].span.begin);
    if (!possessive && c > 0 && ctx.sentence_of_token[c - 1] == ctx.sentence_of_token[c] && is_preposition(ctx.keys.lower[c - 1])) return -1;
    return m;
  };
  // "Hissene Habre, the former Chadian dictator,": a demonym qualifying a noun in apposition.
  auto country_in_appositive = [&](const Mention& person) -> int {
    std::size_t t = ctx.token_at(person.span.end);
    if (t >= doc.tokens.size() || doc.slice(doc.tokens[t].span) != "," || ctx.sentence_of_token[t] != ctx.sentence_of_token[t - 1]) return -1;
    const int sentence = ctx.sentence_of_token[t];
    ++t;
    while (t < doc.tokens.size() && ctx.sentence_of_token[t] == sentence &&
           (ctx.keys.lower[t] == "a" || ctx.keys.lower[t] == "an" || title_gap_word(ctx.keys.lower[t]))) {
      ++t;
    }
    if (t >= doc.tokens.size() || !resolved_country(ctx.mention_at_token[t])) return -1;
    const int m = ctx.mention_at_token[t];
    while (t < doc.tokens.size() && ctx.mention_at_token[t] == m) ++t;
    // A common noun follows ("dictator", "businessman"); a title is the office rule's, a name or "and" is a list.
    if (t >= doc.tokens.size() || ctx.sentence_of_token[t] != sentence || doc.tokens[t].kind != TokenKind::word ||
        doc.tokens[t].capitalized || ctx.mention_at_token[t] >= 0 || ctx.keys.lower[t] == "and" || ctx.keys.lower[t] == "or") {
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
    add_relation(doc, "affiliated_with", person_id, country_id, {std::min(country.span.begin, person.span.begin), std::max(country.span.end, person.span.end)});
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
    add_relation(doc, "affiliated_with", person.id, country_id, person.mentions.front());
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
    if (t < 2 || ctx.lexicon.title_word(ctx.keys.exact[t - 1]) != TitleWordKind::kin) continue;
    const int sentence = ctx.sentence_of_token[t];
    // The relative: "X's wife" names them; "his wife" is the last person before.
    int relative = -1;
    if (doc.tokens[t - 2].kind == TokenKind::possessive && t >= 3) {
      relative = ctx.mention_at_token[t - 3];
    } else if (ctx.keys.lower[t - 2] == "his" || ctx.keys.lower[t - 2] == "her") {
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
    add_relation(doc, "affiliated_with", entity.id, country->second, {doc.tokens[t - 1].span.begin, person.span.end});
    entity.attributes.try_emplace("country", country->second);
    country_of.emplace(entity.id, country->second);
  }
}

void relate(Document& doc, const Lexicon& lexicon) {
  doc.relations.clear();
  doc.meetings.clear();
  doc.statements.clear();
  RelateContext ctx(doc, lexicon);
  relate_offices(ctx);
  relate_direct_affiliations(ctx);
  relate_known_affiliations(ctx);
  relate_family_affiliations(ctx);
  relate_meetings(ctx);
  relate_statements(ctx);
}

}  // namespace newsgraph
