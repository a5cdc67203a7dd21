// Meetings: a meeting or call trigger (data/triggers.tsv) and the people
// around it, read as a clause:
//
//   X met (with) Y / X held talks with Y / X's call with Y     subject, objects
//   a meeting / talks / a call between X and Y                 "between" list
//   X and Y met / X and Y agreed ... during the Osaka meeting  coordinated subject
//   X hosted Y / X was greeted by Y                            host, guest
//   X visited Y / an official visit to Russia                  a country when no host is named
//   their meeting / the two leaders met                        the people just named
//
// Delegations become sides ("between US officials, including A, B and C,
// and Japan's D" -> [A, B, C] vs [D]). Status comes from the words before
// the trigger (will, expected to, agreed to -> planned; cancelled, called
// off -> cancelled; did not -> no meeting); mode from call triggers; place
// and date from the sentence.
#include <algorithm>
#include <map>
#include <set>

#include "language/dates.hpp"
#include "language/lexicon.hpp"
#include "language/relate/rules.hpp"

namespace newsgraph {
namespace {

using rules::Analysis;
using rules::Group;
using rules::Hit;
using rules::Role;

// Resolves a weekday or explicit date in the sentence; keeps the words when
// the document has no date.
std::string date_in(const Reading& ctx, const Sentence& s, bool planned) {
  const Document& doc = ctx.doc;
  for (std::size_t i = s.first_token; i < s.end_token; ++i) {
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
    if (ctx.in(i, WordClass::relative_time) && i + 1 < s.end_token && ctx.in(i + 1, WordClass::time_unit)) {
      return std::string(doc.slice({doc.tokens[i].span.begin, doc.tokens[i + 1].span.end}));
    }
    if (month_number(word) > 0 && word.size() > 3) {
      const bool part_of_month = i > s.first_token && ctx.in(i - 1, WordClass::period_modifier);  // "mid June"
      const std::size_t b = part_of_month ? i - 1 : i;
      std::size_t e = i + 1;
      if (e < s.end_token && doc.tokens[e].kind == TokenKind::number) ++e;
      if (e < s.end_token && doc.tokens[e].kind == TokenKind::number) ++e;
      const std::string_view words = doc.slice({doc.tokens[b].span.begin, doc.tokens[e - 1].span.end});
      if (auto d = find_date(words)) return d->iso();
      if (part_of_month) {
        return std::string(doc.slice({doc.tokens[i - 1].span.begin, doc.tokens[i].span.end}));
      }
      return std::string(words);
    }
  }
  return {};
}

bool is_meeting_trigger(const Hit& h) {
  if (h.cls == TriggerClass::say) return h.role == Role::callon;
  if (h.cls != TriggerClass::meet && h.cls != TriggerClass::call) return false;
  return h.role != Role::mode && h.role != Role::event;
}

// A country named in the words after a visit trigger ("to the Russian capital of Moscow").
int visited_country(const Analysis& a, std::size_t p, std::size_t end) {
  for (std::size_t i = p; i < end && i < p + 8; ++i) {
    const int m = a.ctx.mention_at_token[i];
    if (m >= 0) {
      const Mention& mention = a.doc.mentions[static_cast<std::size_t>(m)];
      if (mention.type == EntityType::country && mention.entity >= 0) return mention.entity;
      continue;
    }
    if (a.doc.tokens[i].kind != TokenKind::word || (a.in(i, WordClass::clause_word) && !a.in(i, WordClass::visit_link))) break;
  }
  return -1;
}

struct Status {
  MeetingStatus status = MeetingStatus::held;
  bool negated = false;
};

// Which words before a trigger set its status: "mod" words (expected to)
// from `from` on, "aux" words (will, could) right before it or, when the
// trigger sits in a subordinate phrase, anywhere before it.
struct StatusScope {
  std::size_t from = 0;
  bool mod = true;
  bool aux_anywhere = false;
  bool after = false;  ///< words after the trigger count too
};

Status status_of(const Analysis& a, std::size_t sentence, const Hit& trigger, const StatusScope& scope) {
  Status out;
  bool cancelled = false, planned = false;
  for (const Hit& h : a.hits[sentence]) {
    if (&h == &trigger) continue;
    const bool before = h.end <= trigger.token || (scope.after && h.token >= trigger.end);
    const std::size_t distance = h.end <= trigger.token ? trigger.token - h.end : 0;
    switch (h.cls) {
      case TriggerClass::cancel:
        if ((before && distance <= 5) || !before) {
          if (h.role == Role::defer) {
            planned = true;
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
          planned = true;
        } else if (h.role == Role::aux) {
          planned = planned || (before && (distance <= 3 || (scope.aux_anywhere && h.token >= scope.from)));
        } else {
          planned = planned || (scope.mod && before && h.token >= scope.from);
        }
        break;
      default: break;
    }
  }
  // "would travel to Beijing to meet X", "agreed to meet": an infinitive is a meeting still to come.
  if (trigger.role == Role::verb && trigger.token > 0 && a.in(trigger.token - 1, WordClass::infinitive_marker) && a.ctx.sentence_of_token[trigger.token - 1] == static_cast<int>(sentence)) {
    planned = true;
  }
  out.status = cancelled ? MeetingStatus::cancelled : planned ? MeetingStatus::planned : MeetingStatus::held;
  return out;
}

std::vector<std::string> ids_of(const Analysis& a, const std::vector<int>& entities) {
  std::vector<std::string> out;
  for (int e : entities) {
    const std::string& id = a.id(e);
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// A trigger that names no one else but whose subject visited countries:
// "he visited Kuwait and Qatar, where he held talks with their officials".
bool talks_in_sentence(const Analysis& a, std::size_t sentence, const Hit& visit) {
  for (const Hit& h : a.hits[sentence]) {
    if (&h == &visit || !is_meeting_trigger(h)) continue;
    if (h.role == Role::visit || h.role == Role::formal_visit) continue;
    return true;
  }
  return false;
}

void add_meeting(Document& doc, Meeting meeting) {
  // The same encounter told twice in one article is one meeting.
  for (Meeting& other : doc.meetings) {
    if (other.participants == meeting.participants && other.status == meeting.status) {
      other.evidence.insert(other.evidence.end(), meeting.evidence.begin(), meeting.evidence.end());
      if (other.location.empty()) other.location = meeting.location;
      if (other.date.empty()) other.date = meeting.date;
      if (other.mode != MeetingMode::call) other.mode = meeting.mode;
      if (other.sides.empty()) other.sides = meeting.sides;
      return;
    }
  }
  doc.meetings.push_back(std::move(meeting));
}

}  // namespace

void relate_meetings(Reading& ctx, const rules::Analysis& a) {
  Document& doc = ctx.doc;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    bool call_mode = false;
    for (const Hit& h : a.hits[si]) call_mode = call_mode || (h.cls == TriggerClass::call && h.role == Role::mode);
    for (const Hit& h : a.hits[si]) {
      if (!is_meeting_trigger(h)) continue;
      const bool visit = h.role == Role::visit || h.role == Role::formal_visit;
      // "after meeting X", "by meeting with X", "and meeting X": a gerund takes objects like a verb.
      const std::string_view first_word = a.lower(h.token);
      const bool gerund = h.role == Role::noun && first_word.size() > 4 && first_word.ends_with("ing") && h.token > s.first_token &&
                          (a.in(h.token - 1, WordClass::gerund_opener) || a.in(h.token - 1, WordClass::additive_conjunction) ||
                           a.lower(h.token - 1) == ",");
      const bool coordinated = gerund && (a.in(h.token - 1, WordClass::additive_conjunction) || a.lower(h.token - 1) == ",");
      const bool direct = gerund || h.role == Role::verb || h.role == Role::host || h.role == Role::visit || h.role == Role::callon;
      // --- objects
      std::size_t p = h.end;
      bool between = false, passive = false, introduced = false;
      if (p < s.end_token) {
        const bool on = a.in(p, WordClass::upon_preposition);
        if (a.in(p, WordClass::mutual_preposition)) {
          between = introduced = true;
        } else if (a.in(p, WordClass::partner_preposition)) {
          introduced = true;
        } else if (a.in(p, WordClass::agent_preposition) && h.role == Role::host) {
          passive = introduced = true;
        } else if ((a.in(p, WordClass::destination_preposition) && visit) || (on && (h.role == Role::callon || h.role == Role::verb))) {
          // "held talks on the sidelines of the G20 summit": the place of the talks, not a party to them.
          const bool place = on && p + 2 < s.end_token && a.in(p + 1, WordClass::definite_article) && a.in(p + 2, WordClass::event_margin);
          introduced = !place;
        }
        if (introduced) ++p;
      }
      Group objects;
      if (introduced || direct) objects = a.right(p, s.end_token, true);
      if (h.role == Role::callon) {
        // "called on X to act" is an appeal, not a visit.
        if (objects.end < s.end_token && a.in(objects.end, WordClass::infinitive_marker)) continue;
        std::erase_if(objects.items, [&](int e) { return !a.is_person(e); });
      }
      if (h.cls == TriggerClass::call && h.role == Role::verb && !introduced) {
        // "X called Y" is a call; "X called Y a liar" is not.
        if (objects.end < s.end_token) {
          const Token& next = doc.tokens[objects.end];
          const bool ends = next.kind == TokenKind::punct || a.in(objects.end, WordClass::call_object_end);
          if (!ends) continue;
        }
        std::erase_if(objects.items, [&](int e) { return !a.is_person(e); });
      }
      // --- the subject
      Group subject;
      StatusScope scope;
      scope.from = h.token > s.first_token + 12 ? h.token - 12 : s.first_token;
      if (coordinated) {
        // "visited China, touring factories and meeting with X": the sentence's subject.
        subject.bounded = true;
        subject.first = h.token;
      } else {
        subject = a.left(h.token, s.first_token);
      }
      if (subject.items.empty() && !subject.their && !between && subject.bounded) {
        Group outer = coordinated ? Group{} : a.left(subject.first, s.first_token);
        if (outer.items.empty()) {
          int main_subject = a.subject_of_sentence(si);
          // "Apart from holding talks with X, Y is scheduled to ...": the main clause after the trigger sets the status.
          if (main_subject >= 0 && a.subject_position(si) > h.token) scope.after = true;
          if (main_subject < 0) main_subject = a.pronoun(h.token);  // "The Apple chief ...": the person in focus
          if (main_subject >= 0) outer.items.push_back(main_subject);
        }
        subject.items = outer.items;
        // The main clause's "is due to" covers the whole sentence; in "agreed
        // to ... during the Osaka meeting" only a modal would.
        scope.from = s.first_token;
        scope.aux_anywhere = true;
        scope.mod = !(h.role == Role::noun && !gerund);
      }

      std::vector<int> side_a, side_b;
      if (between) {
        const auto& items = objects.items;
        if (items.size() < 2) continue;
        if (objects.including >= 0 || items.size() == 2) {
          side_a.assign(items.begin(), items.end() - 1);
          side_b.assign(items.end() - 1, items.end());
        } else {
          side_a = items;  // three parties or more: everyone met everyone
        }
      } else if (subject.their) {
        if (!objects.items.empty()) continue;
        std::vector<int> people;
        for (std::size_t t = s.first_token; t < s.end_token; ++t) {
          const int m = ctx.mention_at_token[t];
          if (m < 0 || doc.mentions[static_cast<std::size_t>(m)].span.begin != doc.tokens[t].span.begin) continue;
          const int e = doc.mentions[static_cast<std::size_t>(m)].entity;
          if (a.is_person(e) && std::find(people.begin(), people.end(), e) == people.end()) people.push_back(e);
        }
        if (people.size() < 2) people = a.recent_pair(h.token);
        side_a = people;
      } else if (visit && objects.items.empty()) {
        if (subject.items.empty()) continue;
        int country = visited_country(a, p, s.end_token);
        if (country < 0) continue;
        if (h.role == Role::visit && !talks_in_sentence(a, si, h)) continue;
        side_a = subject.items;
        side_b = {country};
      } else if (visit && !objects.items.empty() && !std::any_of(objects.items.begin(), objects.items.end(), [&](int e) { return a.is_person(e); })) {
        // "visited Kuwait, Qatar and Iraq": countries count only with talks there.
        if (subject.items.empty() || (h.role == Role::visit && !talks_in_sentence(a, si, h))) continue;
        side_a = subject.items;
        side_b = objects.items;
      } else if (!objects.items.empty()) {
        if (subject.items.empty()) continue;
        side_a = subject.items;
        side_b = objects.items;
        if (passive) std::swap(side_a, side_b);
      } else if (!objects.head_without_entity && subject.items.size() >= 2 && !visit && h.role != Role::host) {
        side_a = subject.items;  // "X and Y met", "X and Y held talks"
      } else {
        continue;
      }
      // Somebody on both sides belongs to the first.
      std::erase_if(side_b, [&](int e) { return std::find(side_a.begin(), side_a.end(), e) != side_a.end(); });
      std::vector<int> everyone = side_a;
      everyone.insert(everyone.end(), side_b.begin(), side_b.end());
      Meeting meeting;
      meeting.participants = ids_of(a, everyone);
      if (meeting.participants.size() < 2) continue;

      const Status status = status_of(a, si, h, scope);
      if (status.negated && status.status != MeetingStatus::cancelled) continue;
      meeting.status = status.status;
      if (!side_b.empty()) {
        const std::vector<std::string> ia = ids_of(a, side_a), ib = ids_of(a, side_b);
        if (!ia.empty() && !ib.empty() && (ia.size() > 1 || ib.size() > 1)) meeting.sides = {ia, ib};
      }
      meeting.mode = (h.cls == TriggerClass::call || call_mode) ? MeetingMode::call : MeetingMode::in_person;
      // Where: the first place named after the trigger, else before it.
      std::string before_place;
      for (std::size_t t = s.first_token; t < s.end_token; ++t) {
        const int m = ctx.mention_at_token[t];
        if (m < 0 || a.in_quote[t] != a.in_quote[h.token]) continue;
        const Mention& mention = doc.mentions[static_cast<std::size_t>(m)];
        if (mention.type != EntityType::location || mention.entity < 0) continue;
        if (t >= h.end) {
          meeting.location = a.id(mention.entity);
          break;
        }
        if (before_place.empty()) before_place = a.id(mention.entity);
      }
      if (meeting.location.empty()) meeting.location = before_place;
      meeting.date = date_in(ctx, s, meeting.status == MeetingStatus::planned);
      meeting.evidence = {s.span};
      add_meeting(doc, std::move(meeting));
    }
  }
}

}  // namespace newsgraph
