#include "language/phrases.hpp"

#include <algorithm>

namespace newsgraph {

namespace {
constexpr std::size_t kNone = static_cast<std::size_t>(-1);
}  // namespace

std::size_t definite_leader_after(const Reading& ctx, std::size_t t, std::size_t e, std::size_t limit) {
  if (t == 0 || !ctx.in(t - 1, WordClass::definite_article)) return kNone;
  std::size_t k = e;
  if (k < limit && ctx.doc.tokens[k].kind == TokenKind::possessive) ++k;
  for (int adjectives = 0; k < limit && adjectives <= 2; ++k, ++adjectives) {
    const Token& token = ctx.doc.tokens[k];
    if (token.kind != TokenKind::word || token.capitalized || ctx.mention_at_token[k] >= 0) return kNone;
    if (ctx.in(k, WordClass::definite_leader_noun)) {
      // Not a modifier of a name that follows: "the WHO chief Tedros".
      return k + 1 < limit && ctx.mention_at_token[k + 1] >= 0 ? kNone : k;
    }
    if (ctx.in(k, WordClass::clause_word) || ctx.hit_at(k)) return kNone;
  }
  return kNone;
}

int Phrases::entity_starting(std::size_t t, std::size_t limit, std::size_t& end, bool& modifier) const {
  end = t + 1;
  modifier = false;
  const int m = ctx.mention_at_token[t];
  if (m >= 0 && doc.mentions[static_cast<std::size_t>(m)].span.begin == doc.tokens[t].span.begin) {
    const Mention& mention = doc.mentions[static_cast<std::size_t>(m)];
    const std::size_t e = ctx.mention_end(m);
    end = e;
    if (mention.type == EntityType::office) return office_phrase(t, e, limit, m, end, modifier);
    if (mention.entity < 0) return -1;
    if (mention.type == EntityType::country || mention.type == EntityType::organization) {
      return owner_phrase(t, e, limit, mention, end, modifier);
    }
    return mention.entity;
  }
  // No mention here: a title phrase that stands for an organization named before.
  if (ctx.stands_for_body(t)) return refs_.body(t);
  return -1;
}

// A title: before a name it is part of the name's phrase ("President Barack
// Obama"); alone it stands for its holder ("the Prime Minister said").
int Phrases::office_phrase(std::size_t t, std::size_t e, std::size_t limit, int m, std::size_t& end, bool& modifier) const {
  std::size_t after = e;
  // "President of the Senate", "Ambassador to Kenya": the title's owner or post belongs to the phrase.
  if (after + 1 < limit && (in(after, WordClass::genitive) || in(after, WordClass::destination_preposition))) {
    after += in(after + 1, WordClass::definite_article) ? 2 : 1;
    const int o = after < limit ? ctx.mention_at_token[after] : -1;
    if (o >= 0 && doc.mentions[static_cast<std::size_t>(o)].type != EntityType::person) {
      while (after < limit && ctx.mention_at_token[after] == o) ++after;
      // "the head of the Houthis' Supreme Political Council": an owner of the owner, in the possessive.
      const int owned = after + 1 < limit && doc.tokens[after].kind == TokenKind::possessive ? ctx.mention_at_token[after + 1] : -1;
      if (owned >= 0 && doc.mentions[static_cast<std::size_t>(owned)].type == EntityType::organization) {
        ++after;
        while (after < limit && ctx.mention_at_token[after] == owned) ++after;
      }
    } else {
      after = e;
    }
  }
  while (after < limit && ctx.mention_at_token[after] < 0 &&
         (ctx.lexicon.title_word(ctx.keys.exact_id[after]) == TitleWordKind::honorific ||
          ctx.lexicon.title_word(ctx.keys.exact_id[after]) == TitleWordKind::rank)) {
    ++after;  // "Emir Sheikh Tamim", "Vice President Shri Jagdeep Dhankhar"
  }
  const int p = after < limit ? ctx.mention_at_token[after] : -1;
  if (p >= 0 && doc.mentions[static_cast<std::size_t>(p)].type == EntityType::person) {
    end = after;  // "Ambassador to Nepal X": the name after the post
    modifier = true;
    return -1;
  }
  // "Ethiopian Ambassador to Kenya, Meles Alem Tekea": the name in apposition.
  const int named = after + 1 < limit && is(after, ",") ? ctx.mention_at_token[after + 1] : -1;
  if (named >= 0 && doc.mentions[static_cast<std::size_t>(named)].type == EntityType::person) {
    end = after + 1;
    modifier = true;
    return -1;
  }
  end = after > e ? after : e;
  return refs_.holder(static_cast<std::size_t>(m), t);
}

// A country or an organization: an actor itself, the owner of what follows
// ("Japan's", "EU ministers"), or a country's leader ("the Chinese leader").
int Phrases::owner_phrase(std::size_t t, std::size_t e, std::size_t limit, const Mention& mention, std::size_t& end,
                          bool& modifier) const {
  // "the WHO's leader", "the WHO high official": the organization's or country's top person.
  if (const std::size_t head = definite_leader_after(ctx, t, e, limit); head != kNone) {
    end = head + 1;
    return refs_.leader(static_cast<std::size_t>(ctx.mention_at_token[t]), t);
  }
  if (e < limit && doc.tokens[e].kind == TokenKind::possessive) {
    // "Lithuania's leader said": the country's leader the text named before (not "Japan's leader Kenji Sato").
    if (mention.type == EntityType::country && e + 1 < limit && in(e + 1, WordClass::leader_noun) &&
        (e + 2 >= limit || (ctx.mention_at_token[e + 2] < 0 && !is(e + 2, ",")))) {
      end = e + 2;
      return refs_.leader(static_cast<std::size_t>(ctx.mention_at_token[t]), t);
    }
    modifier = true;
    end = e + 1;
    return mention.entity;
  }
  if (mention.type == EntityType::country && e < limit && in(e, WordClass::leader_noun)) {
    // "the Chinese leader", "his Egyptian counterpart"
    end = e + 1;
    if (e + 1 < limit && ctx.mention_at_token[e + 1] >= 0) {
      modifier = true;  // "Argentine counterpart Alberto Fernandez"
      return -1;
    }
    const int named = e + 2 < limit && is(e + 1, ",") ? ctx.mention_at_token[e + 2] : -1;
    const EntityType named_type = named >= 0 ? doc.mentions[static_cast<std::size_t>(named)].type : EntityType::location;
    if (named_type == EntityType::person || named_type == EntityType::office) {
      end = e + 2;  // "his Saudi counterpart, Prince Faisal": the name in apposition
      modifier = true;
      return -1;
    }
    return refs_.leader(static_cast<std::size_t>(ctx.mention_at_token[t]), t);
  }
  const bool adjective = mention.form == MentionForm::demonym;  // "Australian and Mexican leaders"
  const TriggerHit* verb = e < limit ? hit_at(e) : nullptr;     // "Apple announced": a verb follows, not a noun
  if (adjective || (e < limit && !verb && doc.tokens[e].kind == TokenKind::word && !in(e, WordClass::clause_word) &&
                    !in(e, WordClass::conjunction) && !in(e, WordClass::actor_verb))) {
    modifier = true;  // "EU ministers", "U.S. Trade Representative", "Chinese leaders"
  }
  return mention.entity;
}

// "a delegation from [the Canadian province of] Quebec led by X": where X
// starts, when a leading verb follows the delegation's source within a few
// words of one phrase; kNone when none does.
std::size_t Phrases::leader_after_source(std::size_t source, std::size_t limit) const {
  bool named = false;  // the source names a country, body or place, not a description alone
  for (std::size_t k = source; k < limit && k < source + 8; ++k) {
    if (named) {
      if (const std::uint32_t n = ctx.lexicon.class_member_at(ctx.keys.lower_id, k, WordClass::led_by); n > 0) return k + n;
    }
    const int m = ctx.mention_at_token[k];
    if (m >= 0) {
      named = true;
      k = ctx.mention_end(m) - 1;
      continue;
    }
    if (doc.tokens[k].kind != TokenKind::word || in(k, WordClass::clause_word) || hit_at(k)) return kNone;
  }
  return kNone;
}

// The state of right()'s walk over the objects.
struct Phrases::RightScan {
  Group g;
  std::size_t limit = 0;
  bool countries = false;    ///< countries and organizations count as objects, not only people
  std::size_t i = 0;         ///< the token being read
  bool expecting = true;     ///< an item may start here (the start, or after a comma or "and")
  bool after_person = false;  ///< the last item read is a person: a description in apposition may follow
  int modifiers = 0;         ///< common words read before the item's head
  int owner = -1;            ///< a country just read as a modifier ("Ethiopia's", "Ethiopian"), else -1
};

Group Phrases::right(std::size_t t, std::size_t limit, bool countries) const {
  RightScan s;
  s.g.first = t;
  s.limit = limit;
  s.countries = countries;
  s.i = t;
  while (s.i < limit) {
    if (ctx.in_quote[s.i] != ctx.in_quote[t]) break;
    if (!s.expecting && s.after_person && in(s.i, WordClass::genitive)) s.i = after_affiliation(s.i, limit);
    if (!s.expecting && s.after_person && is(s.i, ",")) s.i = after_apposition(s.i, limit);
    if (s.i >= limit) break;
    if (!s.expecting) {
      if (!right_separator(s) && !right_after_date(s)) break;
      continue;
    }
    // "talks between the two ministers": the pair named before, as a list ending here.
    // ("the leaders of A and B" are others; "the leaders" alone may be more than two.)
    if (s.g.items.empty() && s.i + 1 < limit && in(s.i, WordClass::pair_determiner) && !in(s.i, WordClass::definite_article) &&
        in(s.i + 1, WordClass::group_noun) && !(s.i + 2 < limit && in(s.i + 2, WordClass::genitive))) {
      if (const std::vector<int> pair = refs_.pair(s.i + 1); pair.size() == 2) {
        s.g.items = pair;
        s.i += 2;
        break;
      }
    }
    std::size_t end = s.i;
    bool modifier = false;
    int e = entity_starting(s.i, limit, end, modifier);
    // "talks with his Ethiopian counterpart": a leader the text does not name stands for the country.
    if (e < 0 && !modifier && countries && end > s.i + 1 && in(end - 1, WordClass::leader_noun)) {
      const int m = ctx.mention_at_token[s.i];
      if (m >= 0 && doc.mentions[static_cast<std::size_t>(m)].type == EntityType::country) e = doc.mentions[static_cast<std::size_t>(m)].entity;
    }
    // "met Ethiopia's prime minister": a title whose holder the text never names stands for its country.
    const int m = ctx.mention_at_token[s.i];
    if (e < 0 && !modifier && countries && s.owner >= 0 && m >= 0 && doc.mentions[static_cast<std::size_t>(m)].type == EntityType::office) e = s.owner;
    if (m >= 0 || e >= 0) {
      if (!right_item(s, e, end, modifier)) break;
      continue;
    }
    if (!right_word(s)) break;
  }
  if (s.g.end < t) s.g.end = t;
  if (!s.g.items.empty() && s.g.end < s.i) s.g.end = s.i;
  return s.g;
}

// After an item: a comma, "and", "as well as" or "including" goes on to the
// next one; false when the list ends.
bool Phrases::right_separator(RightScan& s) const {
  std::size_t& i = s.i;
  if (lower(i) == ",") {
    if (attribution_follows(i, s.limit)) return false;
    ++i;
    if (i < s.limit && in(i, WordClass::additive_conjunction)) ++i;
    if (const std::uint32_t n = i < s.limit ? inclusion_at(i) : 0; n > 0) {
      s.g.including = static_cast<int>(s.g.items.size());
      i += n;
    }
    s.expecting = true;
    s.modifiers = 0;
    return true;
  }
  if (const std::uint32_t n = ctx.lexicon.class_member_at(ctx.keys.lower_id, i, WordClass::coordinator); n > 0 && i + n <= s.limit) {
    i += n;
    s.expecting = true;
    s.modifiers = 0;
    return true;
  }
  if (const std::uint32_t n = inclusion_at(i); n > 0) {
    s.g.including = static_cast<int>(s.g.items.size());
    i += n;
    s.expecting = true;
    return true;
  }
  return false;
}

// "met X on Monday and Y on Tuesday": after an item, a date of its own, then
// "and" and one more person (a title may come first) who ends the clause or has a date too.
bool Phrases::right_after_date(RightScan& s) const {
  std::size_t j = s.i;
  if (j < s.limit && in(j, WordClass::date_preposition)) ++j;
  const std::size_t date = j;
  while (j < s.limit && date_or_time_word(j)) ++j;
  if (j == date) return false;
  if (j < s.limit && is(j, ",")) ++j;
  const std::uint32_t n = ctx.lexicon.class_member_at(ctx.keys.lower_id, j, WordClass::coordinator);
  if (n == 0 || j + n >= s.limit) return false;
  std::size_t end = j + n;
  bool modifier = false;
  int e = entity_starting(j + n, s.limit, end, modifier);
  // Modifiers before the name: "Portuguese", "Foreign Minister".
  for (int hops = 0; modifier && hops < 3 && end < s.limit; ++hops) e = entity_starting(end, s.limit, end, modifier);
  if (modifier || e < 0 || doc.entities[static_cast<std::size_t>(e)].type != EntityType::person) return false;
  // Not "met X on Monday and Y said ...": the person ends the clause or has a date of their own.
  if (end < s.limit && doc.tokens[end].kind != TokenKind::punct && !in(end, WordClass::date_preposition) && !date_or_time_word(end)) return false;
  s.i = j + n;
  s.expecting = true;
  s.modifiers = 0;
  s.g.one_by_one = true;
  return true;
}

// A word of a date or a time of day: "Monday", "5", "May", "morning", "today".
bool Phrases::date_or_time_word(std::size_t t) const {
  return ctx.date_word(t) || in(t, WordClass::time_word) || in(t, WordClass::day_part);
}

bool Phrases::saying_at(std::size_t t) const {
  const TriggerHit* hit = t < doc.tokens.size() ? hit_at(t) : nullptr;
  return hit && hit->cls == TriggerClass::say && hit->role == TriggerRole::verb;
}

// "met X, Kenyan officials said": the words after the comma at `comma` are
// who said the sentence, not one more item, when a verb of saying ends them.
bool Phrases::attribution_follows(std::size_t comma, std::size_t limit) const {
  for (std::size_t j = comma + 1; j < limit && j < comma + 7; ++j) {
    if (hit_at(j)) return saying_at(j);
    if (doc.tokens[j].kind == TokenKind::punct || in(j, WordClass::coordinator) || in(j, WordClass::clause_word)) return false;
  }
  return false;
}

// A mention (or a phrase that stands for an entity) at s.i, read up to
// `end`: an item, or a modifier of the name that follows. False at a
// place: the objects end there.
bool Phrases::right_item(RightScan& s, int e, std::size_t end, bool modifier) const {
  if (modifier) {
    // "Ethiopian officials", "a World Bank delegation": a country or a body owns what follows.
    const bool owner = e >= 0 && (doc.entities[static_cast<std::size_t>(e)].type == EntityType::country ||
                                  doc.entities[static_cast<std::size_t>(e)].type == EntityType::organization);
    s.owner = owner ? e : -1;
    s.i = end;
    return true;
  }
  s.owner = -1;
  if (e >= 0) {
    const EntityType type = doc.entities[static_cast<std::size_t>(e)].type;
    if (type == EntityType::location) return false;
    s.after_person = type == EntityType::person;
    if (type == EntityType::person || s.countries) {
      if (std::find(s.g.items.begin(), s.g.items.end(), e) == s.g.items.end()) s.g.items.push_back(e);
    } else {
      s.g.head_without_entity = true;
    }
  } else {
    s.g.head_without_entity = true;
  }
  s.i = end;
  s.g.end = s.i;
  s.expecting = false;
  return true;
}

// A word that names no entity where an item may start: a determiner, a
// possessive, "the leaders of", a pronoun, a common noun. False when the
// objects end here.
bool Phrases::right_word(RightScan& s) const {
  std::size_t& i = s.i;
  const std::size_t limit = s.limit;
  if (in(i, WordClass::group_head) && i + 1 < limit && in(i + 1, WordClass::genitive)) {
    s.countries = true;
    i += 2;
    return true;
  }
  if (ctx.stands_for_object_person(i)) {
    if (const int person = refs_.object(i); person >= 0) {
      if (std::find(s.g.items.begin(), s.g.items.end(), person) == s.g.items.end()) s.g.items.push_back(person);
      s.g.end = ++i;
      s.expecting = false;
      s.after_person = true;
      return true;
    }
  }
  if (doc.tokens[i].kind == TokenKind::possessive || in(i, WordClass::determiner)) {
    ++i;
    return true;
  }
  if (in(i, WordClass::object_pronoun)) {
    s.g.head_without_entity = true;
    s.g.end = ++i;
    s.expecting = false;
    return true;
  }
  // "met the visiting Ethiopian Prime Minister, X": after a determiner a word of visiting is an adjective.
  const TriggerHit* hit = hit_at(i);
  const bool adjective = hit && hit->role == TriggerRole::visit && hit->end == i + 1 && i > s.g.first && in(i - 1, WordClass::determiner);
  // "met her host, President X,": a trigger word as a noun, the name in apposition after it.
  if (hit && hit->end == i + 1 && i > s.g.first && in(i - 1, WordClass::determiner) && i + 2 < limit && is(i + 1, ",") &&
      ctx.mention_at_token[i + 2] >= 0) {
    i += 2;
    return true;
  }
  if (doc.tokens[i].kind != TokenKind::word || in(i, WordClass::clause_word) || (hit && !adjective) || ++s.modifiers > 4) return false;
  // "a delegation led by X": the one who leads it.
  if (in(i, WordClass::delegation_noun)) {
    if (const std::uint32_t n = ctx.lexicon.class_member_at(ctx.keys.lower_id, i + 1, WordClass::led_by); n > 0) {
      i += 1 + n;
      s.modifiers = 0;
      return true;
    }
    // "a delegation from the World Bank": whom it comes from, a body or a country too; "a delegation
    // from Germany led by X": the one who leads it.
    if (i + 1 < limit && in(i + 1, WordClass::delegation_source)) {
      if (const std::size_t leader = leader_after_source(i + 2, limit); leader != kNone) {
        i = leader;
        s.modifiers = 0;
        return true;
      }
      i += 2;
      s.modifiers = 0;
      s.countries = true;
      return true;
    }
  }
  // "received the Order of Zayed": a head noun owned by what follows "of" is the object, not its owner.
  if (s.modifiers > 0 && i + 1 < limit && in(i + 1, WordClass::genitive) && !in(i, WordClass::group_head)) {
    s.g.head_without_entity = true;
    return false;
  }
  ++i;
  // "the island's mayor, X": a common noun owning what follows is a modifier, not the phrase's end.
  const bool owns_next = i + 1 < limit && doc.tokens[i].kind == TokenKind::possessive && doc.tokens[i + 1].kind == TokenKind::word;
  // A common noun ending the phrase names nobody: "met EU ministers"; people of a country stand for it
  // ("met Ethiopian officials").
  if (!owns_next && (i >= limit || doc.tokens[i].kind != TokenKind::word || in(i, WordClass::clause_word))) {
    // Not when they are named next: "US officials, including Treasury Secretary X".
    const bool named_next = i < limit && (inclusion_at(i) > 0 || (is(i, ",") && i + 1 < limit && inclusion_at(i + 1) > 0));
    const bool body = s.owner >= 0 && doc.entities[static_cast<std::size_t>(s.owner)].type == EntityType::organization;
    const bool countrys_people = s.countries && s.owner >= 0 && s.modifiers == 1 &&
                                 in(i - 1, body ? WordClass::body_team : WordClass::group_head) && !named_next;
    if (countrys_people && std::find(s.g.items.begin(), s.g.items.end(), s.owner) == s.g.items.end()) s.g.items.push_back(s.owner);
    s.owner = -1;
    s.g.head_without_entity = !countrys_people;
    s.expecting = false;
    s.g.end = i;
  }
  return true;
}

// "Ambassador X of Germany and ...": past the country or body a person is of; `of` itself when none follows.
std::size_t Phrases::after_affiliation(std::size_t of, std::size_t limit) const {
  std::size_t t = of + 1;
  if (t < limit && in(t, WordClass::definite_article)) ++t;
  const int m = t < limit ? ctx.mention_at_token[t] : -1;
  if (m < 0 || doc.mentions[static_cast<std::size_t>(m)].span.begin != doc.tokens[t].span.begin) return of;
  const EntityType type = doc.mentions[static_cast<std::size_t>(m)].type;
  if (type != EntityType::country && type != EntityType::organization) return of;
  const std::size_t end = ctx.mention_end(m);
  return end <= limit ? end : of;
}

// "A, President of the Chamber of Deputies, and B": a description in
// apposition after a person, from the comma at `comma` to the next comma or
// the end; returns where the list goes on (the next comma, or `limit`), or
// `comma` when the words there are no description (they name a person, or
// open a clause).
std::size_t Phrases::after_apposition(std::size_t comma, std::size_t limit) const {
  const std::size_t first = comma + 1;
  if (first >= limit) return comma;
  const int m = ctx.mention_at_token[first];
  const bool opens = (m >= 0 && doc.mentions[static_cast<std::size_t>(m)].type == EntityType::office) || in(first, WordClass::article) ||
                     in(first, WordClass::possessive_pronoun);
  if (!opens) return comma;
  for (std::size_t k = first; k < limit && k < first + 14; ++k) {
    if (is(k, ",") || is(k, ".") || is(k, ";")) return is(k, ",") ? k : limit;
    const int n = ctx.mention_at_token[k];
    if (n >= 0 && doc.mentions[static_cast<std::size_t>(n)].type == EntityType::person) return comma;
    if (hit_at(k) || in(k, WordClass::relative_pronoun) || ctx.in_quote[k] != ctx.in_quote[comma]) return comma;
  }
  return comma;
}

// "X, who is on a visit to India, also met Y", "X, accompanied by Y, met Z":
// the clause is not the actor; the scan for it starts before the clause.
// Does an office title's mention start at t, or a description ("a former minister")?
bool Phrases::opens_title(std::size_t t) const {
  const int m = ctx.mention_at_token[t];
  if (m >= 0) {
    const Mention& mention = doc.mentions[static_cast<std::size_t>(m)];
    return mention.type == EntityType::office && mention.span.begin == doc.tokens[t].span.begin;
  }
  return in(t, WordClass::indefinite_article);
}

std::size_t Phrases::skip_relative_clause(std::size_t t, std::size_t stop) const {
  std::size_t j = t;
  while (j > stop && in(j - 1, WordClass::sequence_adverb)) --j;
  if (j <= stop + 1 || !is(j - 1, ",")) return t;
  for (std::size_t k = j - 1; k > stop + 1 && j - k < 24; --k) {
    if (is(k - 1, ",") || lower(k - 1) == ";" || lower(k - 1) == ":") break;
    const bool opens_clause = in(k - 1, WordClass::relative_pronoun) ||
                              ctx.lexicon.class_member_at(ctx.keys.lower_id, k - 1, WordClass::accompaniment) > 0;  // ", accompanied by Y,"
    if (opens_clause && k >= stop + 2 && is(k - 2, ",")) return k - 2;
    // "X and Y, chairman of the Standing Committee, met Z", "X and Y, the bank's vice president, held talks": a
    // person's title or description in apposition.
    if (k >= stop + 3 && is(k - 2, ",") && (opens_title(k - 1) || in(k - 1, WordClass::definite_article)) && ctx.person_ends_at(k - 3)) return k - 2;
  }
  return t;
}

Group Phrases::left(std::size_t t, std::size_t stop) const {
  Group g;
  g.end = t;
  g.first = t;
  // 1. The nearest actor before t.
  std::size_t steps = 0;
  std::size_t i = skip_relative_clause(t, stop);
  int found = -1;
  std::size_t found_at = t;
  while (i > stop && steps < 16) {
    --i;
    ++steps;
    if (ctx.in_quote[i] && !ctx.in_quote[t]) break;
    const std::string_view w = lower(i);
    if (w == ";" || w == ":" || w == "(" || w == ")" || doc.tokens[i].kind == TokenKind::open_quote || doc.tokens[i].kind == TokenKind::close_quote) break;
    if (in(i, WordClass::clause_boundary)) {
      g.bounded = true;
      g.first = i;
      break;
    }
    if (const TriggerHit* h = hit_at(i); h && h->cls == TriggerClass::say && h->end <= t) {
      const bool preposition = h->end < t && in(h->end, WordClass::event_preposition);
      if (!preposition) break;
    }
    if (ctx.stands_for_person(i)) {
      found = refs_.pronoun(i);
      found_at = i;
      break;
    }
    if (in(i, WordClass::plural_pronoun) || (i > stop && in(i - 1, WordClass::pair_determiner) && in(i, WordClass::group_noun))) {
      for (int p : refs_.pair(i)) g.items.push_back(p);
      g.first = i;
      return g;
    }
    if (in(i, WordClass::collective_possessive)) {
      g.their = true;
      return g;
    }
    // "..., Kenyan officials said": people the text does not name said it; no one before them did.
    if (i + 1 == t && (in(i, WordClass::group_noun) || in(i, WordClass::unnamed_informant)) && saying_at(t)) return g;
    // "Spanish and Chilean officials met": people of a country the text does not name stand for it.
    if (i + 1 == t && in(i, WordClass::group_head) && !in(i, WordClass::leader_noun)) {
      if (countries_before_group(i, stop, g)) return g;
    }
    // The last token of a mention: read the mention from its start.
    const int m = ctx.mention_at_token[i];
    std::size_t start = i;
    if (m >= 0) {
      while (start > 0 && ctx.mention_at_token[start - 1] == m) --start;
    } else if (!ctx.stands_for_body(i)) {
      continue;
    }
    std::size_t end = start;
    bool modifier = false;
    const int e = entity_starting(start, std::min(t + 1, doc.tokens.size()), end, modifier);
    i = start;
    if (e < 0 || modifier) continue;
    if (doc.entities[static_cast<std::size_t>(e)].type == EntityType::location) continue;
    // "returned to Kenya", "arrived Nepal", "at State House Nairobi": a place, not an actor.
    if (start > stop && (in(start - 1, WordClass::place_preposition) || in(start - 1, WordClass::movement_verb)) &&
        doc.entities[static_cast<std::size_t>(e)].type == EntityType::country) {
      continue;
    }
    // "President X of Kenya received Y": the country qualifies the person before it.
    if (qualified_person_start(start, stop) != kNone) continue;
    found = e;
    found_at = start;
    break;
  }
  if (found < 0) return g;
  g.items.push_back(found);
  g.first = found_at;
  add_coordinated(g, t, stop);
  return g;
}

// The countries whose demonyms qualify the group noun at `head`: "Spanish and
// Chilean officials". False, leaving `g` alone, when none does.
bool Phrases::countries_before_group(std::size_t head, std::size_t stop, Group& g) const {
  std::vector<int> countries;
  std::size_t first = head;
  for (std::size_t k = head; k > stop;) {
    const int m = ctx.mention_at_token[k - 1];
    if (m < 0 || doc.mentions[static_cast<std::size_t>(m)].form != MentionForm::demonym) break;
    const int e = doc.mentions[static_cast<std::size_t>(m)].entity;
    std::size_t start = k - 1;
    while (start > stop && ctx.mention_at_token[start - 1] == m) --start;
    if (e >= 0 && std::find(countries.begin(), countries.end(), e) == countries.end()) countries.insert(countries.begin(), e);
    first = start;
    if (start <= stop + 1 || !(in(start - 1, WordClass::additive_conjunction) || is(start - 1, ","))) break;
    k = start - 1;
  }
  if (countries.empty()) return false;
  g.items = std::move(countries);
  g.first = first;
  return true;
}

// The token of the "and" (or list comma) that joins an actor before token j
// to the group, past modifiers and up to two lower-case words; npos if none.
std::size_t Phrases::coordination_link(std::size_t j, std::size_t t, std::size_t stop, bool after_and) const {
  std::size_t k = j;
  int skipped = 0;
  while (k > stop) {
    const std::size_t p = k - 1;
    if (in(p, WordClass::additive_conjunction) || (is(p, ",") && after_and)) return p;
    // "A and his Ethiopian counterpart, B, met": B stands in apposition to a description joined by "and".
    if (is(p, ",") && p > stop) {
      const std::size_t link = coordination_link(p, t, stop, false);
      return link != kNone && in(link, WordClass::additive_conjunction) && link + 1 < p ? link : kNone;
    }
    const int m = ctx.mention_at_token[p];
    if (m >= 0) {
      std::size_t start = p;
      while (start > 0 && ctx.mention_at_token[start - 1] == m) --start;
      std::size_t end = start;
      bool modifier = false;
      entity_starting(start, t, end, modifier);
      if (!modifier && doc.mentions[static_cast<std::size_t>(m)].type != EntityType::office) return kNone;
      k = start;
      continue;
    }
    const bool skippable = doc.tokens[p].kind == TokenKind::possessive || in(p, WordClass::determiner) ||
                           (doc.tokens[p].kind == TokenKind::word && !doc.tokens[p].capitalized && !in(p, WordClass::clause_word) &&
                            !hit_at(p) && ++skipped <= 2);
    if (!skippable) return kNone;
    k = p;
  }
  return kNone;
}

std::size_t Phrases::qualified_person_start(std::size_t start, std::size_t stop) const {
  const int m = ctx.mention_at_token[start];
  if (m < 0 || start < stop + 2) return kNone;
  const EntityType type = doc.mentions[static_cast<std::size_t>(m)].type;
  if (type != EntityType::country && type != EntityType::organization) return kNone;
  std::size_t of = start - 1;
  if (of > stop && in(of, WordClass::definite_article)) --of;  // "Governor X of the Central Bank"
  if (of <= stop || !in(of, WordClass::genitive)) return kNone;
  const int before = ctx.mention_at_token[of - 1];
  if (before < 0) return kNone;
  const Mention& qualified = doc.mentions[static_cast<std::size_t>(before)];
  std::size_t first = of - 1;
  while (first > stop && ctx.mention_at_token[first - 1] == before) --first;
  if (qualified.type == EntityType::person) return first;
  if (qualified.type != EntityType::office) return kNone;
  // "the governor of the Central Bank warned": the title stands for its holder, when the text names one.
  std::size_t end = first;
  bool modifier = false;
  const int holder = entity_starting(first, ctx.mention_end(m), end, modifier);
  return !modifier && holder >= 0 && doc.entities[static_cast<std::size_t>(holder)].type == EntityType::person ? first : kNone;
}

// Where the item before ", and" at `comma` ends: right there ("A, B, and C", "The Kenyan Foreign Minister, X,
// and Y"), or before an apposition that describes a person ("X, the Kenyan foreign minister, and Y"); kNone
// when no item ends there.
std::size_t Phrases::item_end_before_comma(std::size_t comma, std::size_t stop) const {
  if (comma <= stop) return kNone;
  if (ctx.mention_at_token[comma - 1] >= 0 && ctx.mention_end(ctx.mention_at_token[comma - 1]) == comma) return comma;
  constexpr std::size_t longest_apposition = 12;  // tokens
  for (std::size_t k = comma - 1; k > stop + 1 && k + longest_apposition > comma; --k) {
    if (!is(k, ",")) continue;
    return ctx.person_ends_at(k - 1) ? k : kNone;
  }
  return kNone;
}

// Coordinated actors before the one found: "A, B and C".
void Phrases::add_coordinated(Group& g, std::size_t t, std::size_t stop) const {
  std::size_t j = g.first;
  bool after_and = false;
  while (j > stop) {
    const std::size_t link = coordination_link(j, t, stop, after_and);
    if (link == kNone || link <= stop) break;
    // ", and": a list's last comma, or the close of an apposition to the item before it.
    const std::size_t item_end = in(link, WordClass::additive_conjunction) && is(link - 1, ",") ? item_end_before_comma(link - 1, stop) : link;
    if (item_end == kNone) break;
    const int m = ctx.mention_at_token[item_end - 1];
    if (m < 0) break;
    std::size_t start = item_end - 1;
    while (start > 0 && ctx.mention_at_token[start - 1] == m) --start;
    // "Ambassador X of Japan and ...": the country qualifies the person before it, who is the item.
    if (const std::size_t person = qualified_person_start(start, stop); person != kNone) start = person;
    std::size_t end = start;
    bool modifier = false;
    const int e = entity_starting(start, t, end, modifier);
    if (e < 0 || modifier || doc.entities[static_cast<std::size_t>(e)].type == EntityType::location) break;
    if (std::find(g.items.begin(), g.items.end(), e) == g.items.end()) g.items.insert(g.items.begin(), e);
    g.first = start;
    j = start;
    after_and = after_and || in(link, WordClass::additive_conjunction);
  }
}

}  // namespace newsgraph
