// What a meeting's sentence says besides who met (see meeting_details.hpp).
#include "language/relate/meeting_details.hpp"

#include <algorithm>

#include "language/dates.hpp"
#include "language/lexicon.hpp"

namespace newsgraph::rules {
namespace {

// The country whose capital a place mention names ("London"), when that
// country is an entity of the document; -1 otherwise.
int country_of_capital(const Analysis& a, const Mention& place) {
  std::vector<int> found;
  const std::size_t first = a.ctx.token_at(place.span.begin);
  if (a.ctx.lexicon.names().longest_match(a.ctx.keys.exact_id, first, found) == 0) return -1;
  for (const int e : found) {
    const LexEntry& entry = a.ctx.lexicon.entry(e);
    if (entry.kind == LexKind::capital) return a.ctx.entity_by_id("country:" + entry.key);
  }
  return -1;
}

// "postponed to September", "rescheduled for next week": a new date follows
// the word of delay, so the meeting is still to come.
bool new_date_after(const Analysis& a, const Hit& delay) {
  const std::size_t end = a.sentence_end_of(delay.token);
  for (std::size_t t = delay.end; t < end && t < delay.end + 4; ++t) {
    const std::string_view word = a.ctx.keys.exact[t];
    if (month_number(word) > 0 || weekday_number(word) >= 0 || a.in(t, WordClass::time_determiner) || a.in(t, WordClass::time_word)) {
      return true;
    }
    if (!a.in(t, WordClass::destination_preposition) && !a.in(t, WordClass::date_preposition) && !a.in(t, WordClass::definite_article)) break;
  }
  return false;
}

}  // namespace

// "8 January", "January 8" with no year: the nearest such day before the
// story's date (after it, for a planned meeting); none without a story date.
std::optional<CivilDate> day_of_month_in_story_year(const Document& doc, std::string_view words, bool planned) {
  const auto base = parse_iso_date(doc.date);
  if (!base) return std::nullopt;
  const auto with_year = find_date(std::string(words) + " " + std::to_string(base->year));
  if (!with_year || with_year->month == 0) return std::nullopt;
  CivilDate d = *with_year;
  const long day = days_from_civil(d), today = days_from_civil(*base);
  if (!planned && day > today) --d.year;
  if (planned && day < today) ++d.year;
  return d;
}

// Resolves a weekday or explicit date in the sentence; keeps the words when
// the document has no date.
std::string meeting_date(const Reading& ctx, const Sentence& s, bool planned) { return meeting_date(ctx, s.first_token, s.end_token, planned); }

std::string meeting_date(const Reading& ctx, std::size_t first, std::size_t end, bool planned) {
  const Document& doc = ctx.doc;
  for (std::size_t i = first; i < end; ++i) {
    const std::string_view word = ctx.keys.exact[i];
    if (const int wd = weekday_number(word); wd >= 0) {
      if (const auto base = parse_iso_date(doc.date)) {
        const long base_days = days_from_civil(*base);
        const int base_wd = weekday_of(*base);
        long delta = planned ? (wd - base_wd + 7) % 7 : -((base_wd - wd + 7) % 7);
        if (planned && delta == 0) delta = 7;
        return civil_from_days(base_days + delta).iso();
      }
      return std::string(word);
    }
    if (ctx.in(i, WordClass::relative_time) && i + 1 < end && ctx.in(i + 1, WordClass::time_unit)) {
      return std::string(doc.slice({doc.tokens[i].span.begin, doc.tokens[i + 1].span.end}));
    }
    if (month_number(word) > 0 && word.size() > 3) {
      const bool part_of_month = i > first && ctx.in(i - 1, WordClass::period_modifier);  // "mid June"
      // "8 January 2024": the day before the month.
      const bool day_before = i > first && doc.tokens[i - 1].kind == TokenKind::number && ctx.keys.exact[i - 1].size() <= 2;
      const std::size_t b = part_of_month || day_before ? i - 1 : i;
      std::size_t e = i + 1;
      if (e < end && doc.tokens[e].kind == TokenKind::number) ++e;
      if (e < end && doc.tokens[e].kind == TokenKind::punct && ctx.keys.exact[e] == "," && e + 1 < end &&
          doc.tokens[e + 1].kind == TokenKind::number) {
        e += 2;  // "January 8, 2024"
      } else if (e < end && doc.tokens[e].kind == TokenKind::number) {
        ++e;
      }
      const std::string_view words = doc.slice({doc.tokens[b].span.begin, doc.tokens[e - 1].span.end});
      if (auto d = find_date(words)) return d->iso();
      if (auto d = day_of_month_in_story_year(doc, words, planned)) return d->iso();
      if (part_of_month) {
        return std::string(doc.slice({doc.tokens[i - 1].span.begin, doc.tokens[i].span.end}));
      }
      return std::string(words);
    }
  }
  return {};
}

// A country named in the words after a visit trigger ("to the Russian capital of Moscow").
int visited_country(const Analysis& a, std::size_t p, std::size_t end) {
  for (std::size_t i = p; i < end && i < p + 8; ++i) {
    const int m = a.ctx.mention_at_token[i];
    if (m >= 0) {
      const Mention& mention = a.doc.mentions[static_cast<std::size_t>(m)];
      if (mention.type == EntityType::country && mention.entity >= 0) return mention.entity;
      if (mention.type == EntityType::location) {
        if (const int country = country_of_capital(a, mention); country >= 0) return country;
      }
      continue;
    }
    if (a.doc.tokens[i].kind != TokenKind::word || (a.in(i, WordClass::clause_word) && !a.in(i, WordClass::visit_link))) break;
  }
  return -1;
}

// "will hold talks with X, rescheduling a visit he had cancelled": a word of calling off after another
// meeting word is that one's.
bool other_meeting_between(const Analysis& a, std::size_t sentence, const Hit& trigger, const Hit& later) {
  return std::any_of(a.hits[sentence].begin(), a.hits[sentence].end(), [&](const Hit& h) {
    return h.token >= trigger.end && h.end <= later.token && (h.cls == TriggerClass::meet || h.cls == TriggerClass::call);
  });
}

// "met X on Monday to prepare a summit planned for next year": a time to come after the meeting, past a
// purpose ("to" and a verb) or another meeting word, is theirs, not the meeting's.
bool later_purpose_or_meeting(const Analysis& a, std::size_t sentence, const Hit& trigger, const Hit& later) {
  if (later.token < trigger.end) return false;
  if (other_meeting_between(a, sentence, trigger, later)) return true;
  for (std::size_t t = trigger.end; t + 1 < later.token; ++t) {
    if (a.in(t, WordClass::infinitive_marker) && a.doc.tokens[t + 1].kind == TokenKind::word && !a.doc.tokens[t + 1].capitalized &&
        a.ctx.mention_at_token[t + 1] < 0 && !a.in(t + 1, WordClass::determiner)) {
      return true;
    }
  }
  return false;
}

// "will travel to Warsaw on Friday for talks with X": a verb of going right after the word of time to come,
// then only words of the same clause (no punctuation, no new clause, no one named) up to the meeting word.
bool journey_to_meeting(const Analysis& a, const Hit& aux, const Hit& trigger) {
  constexpr std::size_t kJourneyWords = 8;
  if (aux.end >= trigger.token || trigger.token - aux.end > kJourneyWords || !a.in(aux.end, WordClass::journey_verb)) return false;
  for (std::size_t t = aux.end + 1; t < trigger.token; ++t) {
    if (a.doc.tokens[t].kind == TokenKind::punct || a.in(t, WordClass::clause_boundary)) return false;
    const int m = a.ctx.mention_at_token[t];
    if (m >= 0 && a.doc.mentions[static_cast<std::size_t>(m)].type == EntityType::person) return false;
  }
  return true;
}

MeetingState meeting_status(const Analysis& a, std::size_t sentence, const Hit& trigger, const StatusScope& scope) {
  MeetingState out;
  bool cancelled = false, planned = false;
  for (const Hit& h : a.hits[sentence]) {
    if (&h == &trigger) continue;
    const bool before = h.end <= trigger.token || (scope.after && h.token >= trigger.end);
    const std::size_t distance = h.end <= trigger.token ? trigger.token - h.end : 0;
    switch (h.cls) {
      case TriggerClass::cancel:
        if ((before && distance <= 5) || (!before && !other_meeting_between(a, sentence, trigger, h))) {
          if (h.role == Role::defer && new_date_after(a, h)) {
            planned = true;
            out.rescheduled_at = h.token;
          } else {
            cancelled = true;
          }
        }
        break;
      case TriggerClass::negation:
        if (before && distance <= 2) out.negated = true;
        break;
      case TriggerClass::plan:
        if (h.role == Role::time) {
          planned = planned || !later_purpose_or_meeting(a, sentence, trigger, h);
        } else if (h.role == Role::aux) {
          planned = planned || (before && (distance <= 3 || (scope.aux_anywhere && h.token >= scope.from) || journey_to_meeting(a, h, trigger)));
        } else {
          // "In a meeting on Monday, X and Y agreed to act": an intention after the meeting is the main
          // clause's, not the meeting's.
          planned = planned || (scope.mod && h.end <= trigger.token && h.token >= scope.from);
        }
        break;
      default: break;
    }
  }
  // "would travel to Beijing to meet X", "agreed to meet", "Chinese President to visit Iran": an infinitive is a meeting still to come.
  if ((trigger.role == Role::verb || trigger.role == Role::visit) && trigger.token > 0 && a.in(trigger.token - 1, WordClass::infinitive_marker) && a.ctx.sentence_of_token[trigger.token - 1] == static_cast<int>(sentence)) {
    planned = true;
  }
  out.status = cancelled ? MeetingStatus::cancelled : planned ? MeetingStatus::planned : MeetingStatus::held;
  return out;
}

// Where: the first place named after the trigger, else before it.
std::string meeting_place(const Analysis& a, const Sentence& s, const Hit& trigger) {
  std::string before;
  for (std::size_t t = s.first_token; t < s.end_token; ++t) {
    const int m = a.ctx.mention_at_token[t];
    // "is to meet X before flying to Wellington": a clause after the trigger is somewhere else.
    if (m < 0 && t >= trigger.end && a.in(t, WordClass::clause_boundary) && !a.is(t, "where")) break;
    if (m < 0 || a.in_quote[t] != a.in_quote[trigger.token]) continue;
    const Mention& mention = a.doc.mentions[static_cast<std::size_t>(m)];
    if (mention.type != EntityType::location || mention.entity < 0) continue;
    if (t >= trigger.end) return a.id(mention.entity);
    if (before.empty()) before = a.id(mention.entity);
  }
  return before;
}

}  // namespace newsgraph::rules
