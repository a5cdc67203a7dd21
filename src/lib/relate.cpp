#include "newsgraph/relate.hpp"

#include <algorithm>
#include <map>

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
         lower == "the" || lower == "own";
}

// Nouns that make "US officials" a delegation acting for the country.
bool delegation_word(std::string_view lower) {
  return lower == "officials" || lower == "delegation" || lower == "negotiators" || lower == "team" || lower == "ministers" ||
         lower == "leaders" || lower == "diplomats" || lower == "side";
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

}  // namespace

void relate_offices(RelateContext& ctx) {
  Document& doc = ctx.doc;
  // The country the document is mostly about: the owner of last resort for a
  // state office whose owner the text leaves implicit ("Finance Minister X").
  std::map<std::string, int> country_mentions;
  for (const Mention& m : doc.mentions) {
    if (m.type == EntityType::country && m.entity >= 0) ++country_mentions[doc.entities[static_cast<std::size_t>(m.entity)].id];
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

    // Owner after: "President of Russia", "Minister of Foreign Affairs of Japan".
    int owner = -1;
    std::size_t after = t_end;
    if (after + 1 < s.end_token && ctx.keys.lower[after] == "of") {
      std::size_t o = after + 1;
      if (ctx.keys.lower[o] == "the" && o + 1 < s.end_token) ++o;
      const int m = ctx.mention_at_token[o];
      if (m >= 0 && is_owner(doc.mentions[static_cast<std::size_t>(m)]) && doc.mentions[static_cast<std::size_t>(m)].entity >= 0) {
        owner = m;
        while (after < s.end_token && (ctx.mention_at_token[after] == m || after == t_end || ctx.keys.lower[after] == "the" || ctx.keys.lower[after] == "of")) ++after;
      }
    }
    // Owner before: "US Treasury Secretary", "Japan's top trade representative", "Apple CEO".
    if (owner < 0) {
      std::size_t b = t_first;
      while (b > s.first_token && title_gap_word(ctx.keys.lower[b - 1])) --b;
      if (b > s.first_token && doc.tokens[b - 1].kind == TokenKind::possessive) --b;
      if (b > s.first_token) {
        const int m = ctx.mention_at_token[b - 1];
        if (m >= 0 && is_owner(doc.mentions[static_cast<std::size_t>(m)]) && doc.mentions[static_cast<std::size_t>(m)].entity >= 0) owner = m;
      }
    }

    // Holder: the person right after the title (after its owner), or an
    // appositive person right before ("Shigeru Ishiba, Japan's prime minister").
    int holder = -1;
    if (after < s.end_token) {
      const int m = ctx.mention_at_token[after];
      if (m >= 0 && doc.mentions[static_cast<std::size_t>(m)].type == EntityType::person && doc.mentions[static_cast<std::size_t>(m)].entity >= 0) holder = m;
    }
    if (holder < 0) {
      std::size_t b = t_first;
      while (b > s.first_token && title_gap_word(ctx.keys.lower[b - 1])) --b;
      if (owner >= 0) {
        b = ctx.token_at(doc.mentions[static_cast<std::size_t>(owner)].span.begin);
        if (b > s.first_token && (ctx.keys.lower[b - 1] == "the")) --b;
      }
      if (b > s.first_token + 1 && doc.slice(doc.tokens[b - 1].span) == ",") {
        const int m = ctx.mention_at_token[b - 2];
        if (m >= 0 && doc.mentions[static_cast<std::size_t>(m)].type == EntityType::person && doc.mentions[static_cast<std::size_t>(m)].entity >= 0) holder = m;
      }
    }
    if (holder < 0) continue;  // an office is a node only when a named person holds it

    // A copy: add_entity below may reallocate doc.entities.
    const std::string holder_id = doc.entities[static_cast<std::size_t>(doc.mentions[static_cast<std::size_t>(holder)].entity)].id;
    std::string owner_id;
    if (owner >= 0) {
      const Mention& owner_mention = doc.mentions[static_cast<std::size_t>(owner)];
      owner_id = doc.entities[static_cast<std::size_t>(owner_mention.entity)].id;
      // "White House spokeswoman": a government body's officials act for its country.
      if (owner_mention.type == EntityType::organization) {
        const std::string_view country = ctx.lexicon.government_country(owner_mention.key);
        if (!country.empty()) owner_id = "country:" + std::string(country);
      }
    } else {
      // A person's country, once known from another office, wins over the document's dominant one.
      for (const Relation& r : doc.relations) {
        if (r.type == "affiliated_with" && r.source == holder_id) owner_id = r.target;
      }
      // A delegation names its country once: "US officials, including Treasury Secretary X, ...".
      for (std::size_t t = t_first; owner_id.empty() && t > s.first_token + 1; --t) {
        const int m = ctx.mention_at_token[t - 2];
        if (m >= 0 && doc.mentions[static_cast<std::size_t>(m)].type == EntityType::country &&
            doc.mentions[static_cast<std::size_t>(m)].entity >= 0 && delegation_word(ctx.keys.lower[t - 1])) {
          owner_id = doc.entities[static_cast<std::size_t>(doc.mentions[static_cast<std::size_t>(m)].entity)].id;
        }
      }
      if (owner_id.empty() && ctx.lexicon.office_scope(text::lower(title.key)) != "org") owner_id = dominant_country;
    }
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
  for (const Mention& person : doc.mentions) {
    if (person.type != EntityType::person || person.entity < 0) continue;
    std::size_t t = ctx.token_at(person.span.begin);
    if (t == 0 || t >= doc.tokens.size() || ctx.sentence_of_token[t] != ctx.sentence_of_token[t - 1]) continue;
    while (t > 1 && affiliation_gap_word(ctx.keys.lower[t - 1])) --t;
    if (doc.tokens[t - 1].kind == TokenKind::possessive) --t;
    if (t == 0) continue;
    const int m = ctx.mention_at_token[t - 1];
    if (m < 0) continue;
    const Mention& country = doc.mentions[static_cast<std::size_t>(m)];
    if (country.type != EntityType::country || country.entity < 0) continue;
    const std::string person_id = doc.entities[static_cast<std::size_t>(person.entity)].id;
    const std::string country_id = doc.entities[static_cast<std::size_t>(country.entity)].id;
    bool known = false;
    for (const Relation& r : doc.relations) known = known || (r.type == "affiliated_with" && r.source == person_id);
    if (known) continue;
    add_relation(doc, "affiliated_with", person_id, country_id, {country.span.begin, person.span.end});
    doc.entities[static_cast<std::size_t>(person.entity)].attributes.try_emplace("country", country_id);
  }
}

void relate(Document& doc, const Lexicon& lexicon) {
  doc.relations.clear();
  doc.meetings.clear();
  doc.statements.clear();
  RelateContext ctx(doc, lexicon);
  relate_offices(ctx);
  relate_direct_affiliations(ctx);
  relate_meetings(ctx);
  relate_statements(ctx);
}

}  // namespace newsgraph
