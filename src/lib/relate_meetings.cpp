// Meetings: a sentence with a meeting or call trigger and at least two
// participants. Sides come from the participants' countries when they
// differ, else from their position around the trigger verb.
#include <algorithm>
#include <map>
#include <set>

#include "newsgraph/dates.hpp"
#include "newsgraph/lexicon.hpp"
#include "newsgraph/relate.hpp"

namespace newsgraph {
namespace {

struct TriggerHit {
  std::size_t token = 0;
  std::uint32_t length = 0;
  TriggerClass cls = TriggerClass::none;
};

std::vector<TriggerHit> triggers_in(const RelateContext& ctx, const Sentence& s) {
  std::vector<TriggerHit> hits;
  std::vector<int> found;
  for (std::size_t i = s.first_token; i < s.end_token;) {
    const std::uint32_t n = ctx.lexicon.triggers().longest_match(ctx.keys.lower, i, found);
    if (n == 0 || i + n > s.end_token) {
      ++i;
      continue;
    }
    for (int e : found) hits.push_back({i, n, ctx.lexicon.trigger_class(e)});
    i += n;
  }
  return hits;
}

std::string country_of(const Document& doc, const std::string& person_id) {
  for (const Entity& e : doc.entities) {
    if (e.id == person_id) {
      const auto it = e.attributes.find("country");
      return it == e.attributes.end() ? std::string() : it->second;
    }
  }
  return {};
}

// Resolves a weekday or explicit date in the sentence; keeps the words when
// the document has no date.
std::string date_in(const RelateContext& ctx, const Sentence& s, bool planned) {
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
    if (month_number(word) > 0 && word.size() > 3) {
      const std::size_t b = (i > s.first_token && (ctx.keys.lower[i - 1] == "mid" || ctx.keys.lower[i - 1] == "early" || ctx.keys.lower[i - 1] == "late")) ? i - 1 : i;
      std::size_t e = i + 1;
      if (e < s.end_token && doc.tokens[e].kind == TokenKind::number) ++e;
      if (e < s.end_token && doc.tokens[e].kind == TokenKind::number) ++e;
      const std::string_view words = doc.slice({doc.tokens[b].span.begin, doc.tokens[e - 1].span.end});
      if (auto d = find_date(words)) return d->iso();
      if (b > s.first_token && ctx.keys.lower[b - 1] == "-" ) return std::string(words);
      if (i > s.first_token && ctx.keys.lower[i - 1].rfind("mid", 0) == 0) {
        return std::string(doc.slice({doc.tokens[i - 1].span.begin, doc.tokens[i].span.end}));
      }
      return std::string(words);
    }
  }
  return {};
}

}  // namespace

void relate_meetings(RelateContext& ctx) {
  Document& doc = ctx.doc;
  for (const Sentence& s : doc.sentences) {
    const std::vector<TriggerHit> hits = triggers_in(ctx, s);
    const TriggerHit* meet = nullptr;
    bool call = false, planned = false, cancelled = false, negated = false;
    for (const TriggerHit& h : hits) {
      if ((h.cls == TriggerClass::meet || h.cls == TriggerClass::call) && !meet) meet = &h;
      call = call || h.cls == TriggerClass::call;
      planned = planned || h.cls == TriggerClass::plan;
      cancelled = cancelled || h.cls == TriggerClass::cancel;
    }
    if (!meet) continue;
    for (const TriggerHit& h : hits) {
      if (h.cls == TriggerClass::negation && h.token < meet->token && meet->token - h.token <= 2) negated = true;
    }
    if (negated && !cancelled) continue;

    // Participants: people named in the sentence, in order, with the
    // trigger position deciding the side when countries do not.
    std::vector<std::string> before, after;
    std::set<std::string> seen;
    std::string location;
    for (std::size_t t = s.first_token; t < s.end_token; ++t) {
      const int m = ctx.mention_at_token[t];
      if (m < 0) continue;
      const Mention& mention = doc.mentions[static_cast<std::size_t>(m)];
      if (mention.entity < 0 || doc.tokens[t].span.begin != mention.span.begin) continue;
      const Entity& entity = doc.entities[static_cast<std::size_t>(mention.entity)];
      if (mention.type == EntityType::location && location.empty()) location = entity.id;
      if (mention.type != EntityType::person) continue;
      if (!seen.insert(entity.id).second) continue;
      (t < meet->token ? before : after).push_back(entity.id);
    }
    // "He met X": the pronoun subject is the person last named before.
    if (before.empty() && !after.empty()) {
      for (std::size_t t = s.first_token; t < meet->token; ++t) {
        const std::string& w = ctx.keys.lower[t];
        if (w == "he" || w == "she") {
          const int p = ctx.last_person_before(s.span.begin);
          if (p >= 0 && !seen.contains(doc.entities[static_cast<std::size_t>(p)].id)) before.push_back(doc.entities[static_cast<std::size_t>(p)].id);
          break;
        }
      }
    }
    std::vector<std::string> all = before;
    all.insert(all.end(), after.begin(), after.end());
    if (all.size() < 2) continue;

    Meeting meeting;
    meeting.participants = all;
    std::sort(meeting.participants.begin(), meeting.participants.end());
    // Sides: by country when the participants act for two or more countries.
    std::map<std::string, std::vector<std::string>> by_country;
    bool all_known = true;
    for (const std::string& p : all) {
      const std::string c = country_of(doc, p);
      all_known = all_known && !c.empty();
      by_country[c].push_back(p);
    }
    if (by_country.size() >= 2 && all_known) {
      for (auto& [country, members] : by_country) {
        std::sort(members.begin(), members.end());
        meeting.sides.push_back(members);
      }
    } else if (!before.empty() && !after.empty() && ctx.keys.lower[meet->token] != "between" &&
               (ctx.keys.lower[meet->token] == "met" || ctx.keys.lower[meet->token] == "hosted" ||
                ctx.keys.lower[meet->token] == "received" || ctx.keys.lower[meet->token] == "called")) {
      std::sort(before.begin(), before.end());
      std::sort(after.begin(), after.end());
      meeting.sides = {before, after};
    }
    meeting.status = cancelled ? MeetingStatus::cancelled : planned ? MeetingStatus::planned : MeetingStatus::held;
    meeting.mode = call ? MeetingMode::call : MeetingMode::in_person;
    meeting.location = location;
    meeting.date = date_in(ctx, s, planned);
    meeting.evidence = {s.span};
    // The same encounter told twice in one article is one meeting.
    bool merged = false;
    for (Meeting& other : doc.meetings) {
      if (other.participants == meeting.participants && other.status == meeting.status) {
        other.evidence.push_back(s.span);
        if (other.location.empty()) other.location = meeting.location;
        if (other.date.empty()) other.date = meeting.date;
        merged = true;
        break;
      }
    }
    if (!merged) doc.meetings.push_back(std::move(meeting));
  }
}

}  // namespace newsgraph
