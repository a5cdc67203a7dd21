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
// and date from the sentence (meeting_details.cpp).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

#include "base/text.hpp"
#include "language/lexicon.hpp"
#include "language/relate/meeting_details.hpp"
#include "language/relate/rules.hpp"

namespace newsgraph {
namespace {

using rules::Analysis;
using rules::Group;
using rules::Hit;
using rules::Role;
using rules::StatusScope;

bool is_meeting_trigger(const Hit& h) {
  if (h.cls == TriggerClass::say) return h.role == Role::callon;
  if (h.cls != TriggerClass::meet && h.cls != TriggerClass::call) return false;
  return h.role != Role::mode && h.role != Role::event;
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

namespace {

// One meeting trigger read as a clause: who stands left of it, who right.
struct TriggerFrame {
  TriggerFrame(const Hit& hit, std::size_t s) : h(hit), sentence(s) {}
  const Hit& h;
  std::size_t sentence = 0;
  bool visit = false;        ///< a visit trigger: the objects may be countries
  bool gerund = false;       ///< "after meeting X": takes objects like a verb
  bool coordinated = false;  ///< "..., touring factories and meeting with X": the sentence's subject
  std::size_t p = 0;         ///< where the objects start
  bool between = false, passive = false, introduced = false;
  Group objects, subject;
  StatusScope scope;
};

class MeetingRules {
 public:
  MeetingRules(Reading& reading, const Analysis& analysis) : ctx_(reading), doc_(reading.doc), a_(analysis) {}

  void run() {
    read_sentences();
    read_words_in_calls();
    read_attendance();
    read_welcoming_parties();
    read_presence();
    read_later_participants();
    read_talks_of_pair_before();
    read_later_companions();
    read_passive_deliveries();
    read_bulleted_lists();
    drop_represented_countries();
    drop_countries_with_people();
  }

 private:
  // One clause read, with the sides it gives.
  struct Clause {
    TriggerFrame frame;
    std::vector<int> side_a, side_b;
  };

  void read_sentences() {
    for (std::size_t si = 0; si < doc_.sentences.size(); ++si) {
      bool call_mode = false;
      for (const Hit& h : a_.hits[si]) call_mode = call_mode || (h.cls == TriggerClass::call && h.role == Role::mode);
      std::vector<Clause> found;
      for (const Hit& h : a_.hits[si]) {
        const bool welcome = h.cls == TriggerClass::say && a_.in(h.token, WordClass::welcome_verb);  // read_objects asks whom
        if (!is_meeting_trigger(h) && !welcome && !summit_of_people(h, doc_.sentences[si])) continue;
        if (fronted_copula_after(h, doc_.sentences[si]) != doc_.sentences[si].end_token) continue;  // read_welcoming_parties
        Clause r{TriggerFrame(h, si), {}, {}};
        if (!read_objects(r.frame)) continue;
        if (!r.frame.introduced && purpose_of_earlier_meeting(h, si)) continue;
        read_subject(r.frame);
        if (sides(r.frame, r.side_a, r.side_b)) found.push_back(std::move(r));
      }
      for (Clause& r : found) {
        if (visit_superseded(r, found) || noun_within_verb_meeting(r, found)) continue;
        if ((separately(r.frame) || r.frame.objects.one_by_one) && r.side_b.size() > 1) {
          // "met separately with X and Y", "met X on Monday and Y on Tuesday": one meeting with each.
          for (int other : r.side_b) emit(r.frame, r.side_a, {other}, call_mode);
        } else {
          emit(r.frame, r.side_a, r.side_b, call_mode);
        }
      }
    }
  }

  // "In a phone call on Monday, X congratulated Y on ...", "X thanked Y in a phone call": a call or
  // meeting word that names no partner, in a phrase of its own ("in a", "during the"), is where the
  // speaker of a verb of saying spoke to the person the verb addresses.
  void read_words_in_calls() {
    for (std::size_t si = 0; si < doc_.sentences.size(); ++si) {
      const Sentence& s = doc_.sentences[si];
      for (const Hit& h : a_.hits[si]) {
        if ((h.cls != TriggerClass::call && h.cls != TriggerClass::meet) || h.role != Role::noun || a_.in_quote[h.token]) continue;
        if (h.token < s.first_token + 2 || !a_.in(h.token - 1, WordClass::article) || !a_.in(h.token - 2, WordClass::fronting)) continue;
        if (const std::size_t p = after_adjuncts(h.end, s.end_token);
            p < s.end_token && (a_.in(p, WordClass::partner_preposition) || a_.in(p, WordClass::mutual_preposition))) {
          continue;  // "in a phone call with Y": read_sentences reads it
        }
        std::vector<int> speakers, hearers;
        if (!speaker_and_hearer(si, speakers, hearers)) continue;
        TriggerFrame frame(h, si);
        frame.scope.from = s.first_token;
        emit(frame, speakers, hearers, h.cls == TriggerClass::call);
        break;
      }
    }
  }

  // The people of sentence `si`'s verb of saying and the people it addresses, named right after it
  // ("X congratulated President Y"); false when either is missing.
  bool speaker_and_hearer(std::size_t si, std::vector<int>& speakers, std::vector<int>& hearers) const {
    const Sentence& s = doc_.sentences[si];
    for (const Hit& v : a_.hits[si]) {
      if (v.cls != TriggerClass::say || v.role != Role::verb || a_.in_quote[v.token]) continue;
      const Group heard = a_.right(v.end, s.end_token, false);
      if (heard.first != v.end) continue;
      hearers.clear();
      for (int e : heard.items) {
        if (a_.is_person(e)) hearers.push_back(e);
      }
      speakers.clear();
      for (int e : a_.left(v.token, s.first_token).items) {
        if (a_.is_person(e)) speakers.push_back(e);
      }
      if (!speakers.empty() && !hearers.empty()) return true;
    }
    return false;
  }

  // The people named from token `from` to `end`, outside quotes, in order, once each.
  std::vector<int> people_between(std::size_t from, std::size_t end) const {
    std::vector<int> people;
    for (std::size_t t = from; t < end; ++t) {
      const int m = ctx_.mention_at_token[t];
      if (m < 0 || a_.in_quote[t] || doc_.mentions[static_cast<std::size_t>(m)].span.begin != doc_.tokens[t].span.begin) continue;
      const int e = doc_.mentions[static_cast<std::size_t>(m)].entity;
      if (a_.is_person(e) && std::find(people.begin(), people.end(), e) == people.end()) people.push_back(e);
    }
    return people;
  }

  // "The summit was to be attended by A's X, B's Y and C's Z": a meeting
  // word, then an attendance word, then the people who take part; all of
  // them meet. Words after the meeting word set its status too ("was to").
  void read_attendance() {
    for (std::size_t si = 0; si < doc_.sentences.size(); ++si) {
      const Sentence& s = doc_.sentences[si];
      for (const Hit& h : a_.hits[si]) {
        if ((h.cls != TriggerClass::meet && h.cls != TriggerClass::call) || (h.role != Role::noun && h.role != Role::event)) continue;
        std::size_t cue = h.end, cue_words = 0;
        while (cue < s.end_token && (cue_words = ctx_.lexicon.class_member_at(ctx_.keys.lower_id, cue, WordClass::attendance_cue)) == 0) ++cue;
        if (cue == s.end_token || a_.in_quote[cue]) continue;
        const std::vector<int> people = people_between(cue + cue_words, s.end_token);
        // "The meeting was attended by A and B" after the meeting was told (a few paragraphs before at most): they
        // join it, each on the side of their country when the meeting has such sides.
        constexpr std::size_t kSentencesBack = 6;
        if (Meeting* told = h.token > s.first_token && a_.in(h.token - 1, WordClass::definite_article) ? meeting_told_before(si, kSentencesBack) : nullptr;
            told != nullptr && !people.empty() && !told->evidence.empty() && told->evidence.front().begin < s.span.begin) {
          std::vector<std::string> own_side;
          const bool by_country = ensure_country_sides(*told);
          for (const std::string& person : ids_of(a_, people)) {
            const std::size_t before = told->participants.size();
            if (by_country) join_side_of_country(*told, person);
            if (told->participants.size() == before) own_side.push_back(person);
          }
          join_as_own_side(*told, own_side);
          break;
        }
        if (people.size() < 2) continue;
        TriggerFrame frame(h, si);
        frame.scope.from = s.first_token;
        frame.scope.after = true;
        emit(frame, people, {}, h.cls == TriggerClass::call);
        break;
      }
    }
  }

  // The copula after a fronted purpose of receiving someone ("to see off X were"), or the sentence's end.
  std::size_t fronted_copula_after(const Hit& h, const Sentence& s) const {
    if (h.cls != TriggerClass::meet || h.role != Role::host || h.token == s.first_token || !a_.in(h.token - 1, WordClass::infinitive_marker)) {
      return s.end_token;
    }
    std::size_t copula = h.end;
    while (copula < s.end_token && !a_.in_quote[copula] && !a_.in(copula, WordClass::fronted_copula)) ++copula;
    return copula < s.end_token && a_.in_quote[copula] ? s.end_token : copula;
  }

  // "At State House to see off X were A and B": a fronted purpose of receiving someone, then the people whose
  // purpose it was; they met the person received.
  void read_welcoming_parties() {
    for (std::size_t si = 0; si < doc_.sentences.size(); ++si) {
      const Sentence& s = doc_.sentences[si];
      for (const Hit& h : a_.hits[si]) {
        const std::size_t copula = fronted_copula_after(h, s);
        if (copula == s.end_token) continue;
        const std::vector<int> received = people_between(h.end, copula), hosts = people_between(copula + 1, s.end_token);
        if (received.empty() || hosts.empty()) continue;
        TriggerFrame frame(h, si);
        frame.scope.from = s.first_token;
        emit(frame, received, hosts, false);
        break;
      }
    }
  }

  // "During the ceremony, Foreign Minister X, ... and First Secretary Y were in attendance": the people
  // present join the meeting told just before, each on the side of their country. Without sides the
  // meeting has (or two participants of two countries), nobody is added: there is no telling whose they are.
  void read_presence() {
    for (std::size_t si = 0; si < doc_.sentences.size(); ++si) {
      const Sentence& s = doc_.sentences[si];
      std::size_t cue = s.first_token;
      while (cue < s.end_token && (a_.in_quote[cue] || ctx_.lexicon.class_member_at(ctx_.keys.lower_id, cue, WordClass::presence_cue) == 0)) ++cue;
      if (cue == s.end_token) continue;
      Meeting* meeting = meeting_told_before(si);
      if (meeting == nullptr || !ensure_country_sides(*meeting)) continue;
      for (int person : people_between(s.first_token, s.end_token)) join_side_of_country(*meeting, a_.id(person));
    }
  }

  // "X will host a summit next week. A and B are expected to attend.", "Among those attending were A and B.":
  // people said to take part, with no object of their own, in a sentence after a meeting word, join the
  // meeting told there, or else meet whoever that sentence is about.
  void read_later_participants() {
    for (std::size_t si = 1; si < doc_.sentences.size(); ++si) {
      // Most sentences follow no meeting: their words are not read for taking part.
      Meeting* meeting = meeting_told_before(si);
      std::size_t ms = 0;
      const Hit* word = meeting != nullptr ? nullptr : meeting_word_before(si, ms);
      if (meeting == nullptr && word == nullptr) continue;
      const std::vector<int> people = participants_named(si);
      if (people.empty()) continue;
      if (meeting != nullptr) {
        join_as_own_side(*meeting, ids_of(a_, people));
        continue;
      }
      std::vector<int> everyone;
      if (const int host = a_.subject_of_sentence(ms); a_.is_person(host)) everyone.push_back(host);
      everyone.insert(everyone.end(), people.begin(), people.end());
      TriggerFrame frame(*word, ms);
      frame.scope.from = doc_.sentences[ms].first_token;
      emit(frame, everyone, {}, false);
    }
  }

  // "A and B agreed on Friday to ... . Speaking after the talks, A said ...": "the talks", outside quotes, in a
  // sentence right after one whose subject is two people or more, with no meeting told near, is their meeting.
  void read_talks_of_pair_before() {
    for (std::size_t si = 1; si < doc_.sentences.size(); ++si) {
      const Sentence& s = doc_.sentences[si];
      const auto word = std::find_if(a_.hits[si].begin(), a_.hits[si].end(), [&](const Hit& h) {
        return h.cls == TriggerClass::meet && h.role == Role::noun && !a_.in_quote[h.token] && names_one_meeting(h, s);
      });
      if (word == a_.hits[si].end() || meeting_told_before(si) != nullptr) continue;
      const std::vector<int> pair = subject_people(si - 1);
      if (pair.size() < 2) continue;
      TriggerFrame frame(*word, si);
      frame.scope.from = s.first_token;
      emit(frame, pair, {}, false);
    }
  }

  // "the talks", "after a two-hour meeting": a meeting word after its article and at most two lower-case
  // modifiers; an indefinite one only after a word saying the meeting took place ("after", "during").
  bool names_one_meeting(const Hit& h, const Sentence& s) const {
    const std::size_t t = modifiers_first(h.token, s, 2, false, [&](std::size_t w) { return a_.in(w, WordClass::article); });
    if (t <= s.first_token) return false;
    const std::size_t w = t - 1;
    if (a_.in(w, WordClass::definite_article)) return true;
    return a_.in(w, WordClass::indefinite_article) && w > s.first_token && a_.in(w - 1, WordClass::aftermath_preposition);
  }

  // A meeting, a meal or a summit named by a noun.
  static bool names_meeting(const Hit& h) { return h.role == Role::noun || h.role == Role::meal || h.role == Role::event; }

  // Where the plain lower-case words right before token t begin ("a", "closed-door", "two-hour": no name, no
  // trigger but, when `meeting_words`, a meeting noun as in "a breakfast meeting"), past at most `most` of
  // them and not past a word `stop` accepts; t when there are none.
  template <typename Stop>
  std::size_t modifiers_first(std::size_t t, const Sentence& s, int most, bool meeting_words, Stop stop) const {
    for (int n = 0; n < most && t > s.first_token && !stop(t - 1); ++n, --t) {
      const std::size_t w = t - 1;
      const Hit* hit = a_.hit_at(w);
      const bool plain = doc_.tokens[w].kind == TokenKind::word && !doc_.tokens[w].capitalized && ctx_.mention_at_token[w] < 0 &&
                         (hit == nullptr || (meeting_words && names_meeting(*hit)));
      if (!plain) break;
    }
    return t;
  }

  // The people of sentence `si`'s subject: the names before its first lower-case word.
  std::vector<int> subject_people(std::size_t si) const {
    const Sentence& s = doc_.sentences[si];
    std::size_t v = s.first_token;
    while (v < s.end_token && (doc_.tokens[v].kind != TokenKind::word || doc_.tokens[v].capitalized || ctx_.mention_at_token[v] >= 0 ||
                               a_.in(v, WordClass::additive_conjunction))) {
      ++v;
    }
    if (v >= s.end_token || a_.in_quote[v]) return {};
    std::vector<int> people;
    for (int e : a_.left(v, s.first_token).items) {
      if (a_.is_person(e)) people.push_back(e);
    }
    return people;
  }

  // The last meeting word ("summit", "talks") of one of the two sentences before `si`, outside quotes, and
  // its sentence in `ms`; nullptr when there is none.
  const Hit* meeting_word_before(std::size_t si, std::size_t& ms) const {
    for (std::size_t back = 1; back <= 2 && back <= si; ++back) {
      ms = si - back;
      const auto word = std::find_if(a_.hits[ms].rbegin(), a_.hits[ms].rend(), [&](const Hit& h) {
        return h.cls == TriggerClass::meet && (h.role == Role::noun || h.role == Role::event) && !a_.in_quote[h.token];
      });
      if (word != a_.hits[ms].rend()) return &*word;
    }
    return nullptr;
  }

  // The people sentence `si` says take part, with no object of their own: "A and B took part", "A and B
  // are due to attend on Friday", "Among those attending were A and B"; empty when it says none.
  std::vector<int> participants_named(std::size_t si) const {
    const Sentence& s = doc_.sentences[si];
    for (std::size_t cue = s.first_token; cue < s.end_token; ++cue) {
      const std::uint32_t n = ctx_.lexicon.class_member_at(ctx_.keys.lower_id, cue, WordClass::participation_cue);
      if (n == 0 || a_.in_quote[cue]) continue;
      if (cue + n < s.end_token && a_.in(cue + n, WordClass::fronted_copula)) return people_between(cue + n + 1, s.end_token);
      const std::size_t p = after_adjuncts(cue + n, s.end_token);
      if (p < s.end_token && doc_.tokens[p].kind == TokenKind::word) return {};
      std::vector<int> people;
      for (int e : a_.left(cue, s.first_token).items) {
        if (a_.is_person(e)) people.push_back(e);
      }
      return people;
    }
    return {};
  }

  // Adds people to a meeting: to its participants, and as a side of their own when it has sides.
  static void join_as_own_side(Meeting& m, const std::vector<std::string>& people) {
    std::vector<std::string> newcomers;
    for (const std::string& person : people) {
      if (std::find(m.participants.begin(), m.participants.end(), person) != m.participants.end()) continue;
      newcomers.push_back(person);
      m.participants.insert(std::upper_bound(m.participants.begin(), m.participants.end(), person), person);
    }
    std::sort(newcomers.begin(), newcomers.end());
    if (!m.sides.empty() && !newcomers.empty()) m.sides.push_back(newcomers);
  }

  // "X received a message from Z. The message was delivered by envoy Y, who was accompanied by W.": the
  // people who delivered it met the one who received it, named as the subject of the sentence before.
  void read_passive_deliveries() {
    for (std::size_t si = 1; si < doc_.sentences.size(); ++si) {
      const Sentence& s = doc_.sentences[si];
      for (const Hit& h : a_.hits[si]) {
        if (h.role != Role::delivery || h.token == s.first_token || !a_.in(h.token - 1, WordClass::passive_auxiliary)) continue;
        if (h.end >= s.end_token || !a_.in(h.end, WordClass::agent_preposition)) continue;
        const int deliverer = first_person_not_possessor(h.end + 1, s.end_token);
        const int recipient = recipient_before(si);
        if (deliverer < 0 || recipient < 0) continue;
        TriggerFrame frame(h, si);
        frame.scope.from = s.first_token;
        emit(frame, {recipient}, {deliverer}, false);
        break;
      }
    }
  }

  // The first person named from `from` who is not a possessor ("President Z's Special Envoy Y": Y), or -1.
  int first_person_not_possessor(std::size_t from, std::size_t end) const {
    for (std::size_t t = from; t < end; ++t) {
      const int m = ctx_.mention_at_token[t];
      if (m < 0 || a_.in_quote[t] || doc_.mentions[static_cast<std::size_t>(m)].span.begin != doc_.tokens[t].span.begin) continue;
      const int e = doc_.mentions[static_cast<std::size_t>(m)].entity;
      const std::size_t after = ctx_.mention_end(m);
      if (a_.is_person(e) && !(after < end && doc_.tokens[after].kind == TokenKind::possessive)) return e;
    }
    return -1;
  }

  // The person who received something in the sentence before `si`: its subject, when a host trigger
  // ("received") follows it there; else -1.
  int recipient_before(std::size_t si) const {
    const int subject = a_.subject_of_sentence(si - 1);
    if (subject < 0 || !a_.is_person(subject)) return -1;
    const bool received = std::any_of(a_.hits[si - 1].begin(), a_.hits[si - 1].end(), [&](const Hit& h) { return h.role == Role::host; });
    return received ? subject : -1;
  }

  // "... met Y. X was accompanied by Z.": people said to go with a participant, in a sentence after the
  // meeting, join that participant's side.
  void read_later_companions() {
    for (std::size_t si = 1; si < doc_.sentences.size(); ++si) {
      const Sentence& s = doc_.sentences[si];
      std::size_t cue = s.first_token, cue_words = 0;
      while (cue < s.end_token && (cue_words = ctx_.lexicon.class_member_at(ctx_.keys.lower_id, cue, WordClass::accompaniment)) == 0) ++cue;
      if (cue == s.end_token || a_.in_quote[cue] || cue == s.first_token || !a_.in(cue - 1, WordClass::passive_auxiliary)) continue;
      const Group subject = a_.left(cue - 1, s.first_token);
      if (subject.items.size() != 1 || !a_.is_person(subject.items.front())) continue;
      Meeting* meeting = meeting_told_before(si);
      if (meeting == nullptr) continue;
      const std::string goer = a_.id(subject.items.front());
      for (int companion : a_.right(cue + cue_words, s.end_token, false).items) {
        if (a_.is_person(companion)) join_side_of(*meeting, goer, a_.id(companion));
      }
    }
  }

  // Adds `person` to the side of `member` (a participant); a meeting of two without sides gets them.
  static void join_side_of(Meeting& m, const std::string& member, const std::string& person) {
    if (std::find(m.participants.begin(), m.participants.end(), member) == m.participants.end()) return;
    if (std::find(m.participants.begin(), m.participants.end(), person) != m.participants.end()) return;
    if (m.sides.empty() && m.participants.size() == 2) m.sides = {{m.participants[0]}, {m.participants[1]}};
    for (std::vector<std::string>& side : m.sides) {
      if (std::find(side.begin(), side.end(), member) != side.end()) return add_to_side(m, side, person);
    }
  }

  // Puts `person` on `side` of `m` and among its participants, both kept sorted.
  static void add_to_side(Meeting& m, std::vector<std::string>& side, const std::string& person) {
    side.insert(std::upper_bound(side.begin(), side.end(), person), person);
    m.participants.insert(std::upper_bound(m.participants.begin(), m.participants.end(), person), person);
  }

  // The last meeting told (first or again) in this sentence or one of the three before it.
  // The latest meeting (not called off) told in sentence si or in the `back` sentences before it.
  Meeting* meeting_told_before(std::size_t si, std::size_t back = 3) {
    const std::uint32_t from = doc_.sentences[si >= back ? si - back : 0].span.begin, to = doc_.sentences[si].span.end;
    for (auto it = doc_.meetings.rbegin(); it != doc_.meetings.rend(); ++it) {
      if (it->status == MeetingStatus::cancelled) continue;
      if (std::any_of(it->evidence.begin(), it->evidence.end(), [&](const Span& e) { return e.begin >= from && e.begin < to; })) return &*it;
    }
    return nullptr;
  }

  // The country an entity acts for (its "country" attribute), or empty.
  std::string country_attribute(const std::string& id) const {
    const int e = ctx_.entity_by_id(id);
    if (e < 0) return {};
    const auto& attributes = doc_.entities[static_cast<std::size_t>(e)].attributes;
    const auto it = attributes.find("country");
    return it == attributes.end() ? std::string() : it->second;
  }
  // The country whose side a participant is on: a country is its own side.
  std::string side_country(const std::string& id) const { return id.rfind("country:", 0) == 0 ? id : country_attribute(id); }

  // Sides by country: kept when given, made from two participants of two countries.
  bool ensure_country_sides(Meeting& m) const {
    if (m.sides.empty() && m.participants.size() == 2) {
      const std::string a = side_country(m.participants[0]), b = side_country(m.participants[1]);
      if (a.empty() || b.empty() || a == b) return false;
      m.sides = {{m.participants[0]}, {m.participants[1]}};
    }
    return m.sides.size() == 2;
  }

  void join_side_of_country(Meeting& m, const std::string& person) const {
    if (std::find(m.participants.begin(), m.participants.end(), person) != m.participants.end()) return;
    const std::string country = side_country(person);
    if (country.empty()) return;
    for (std::vector<std::string>& side : m.sides) {
      const bool same = std::any_of(side.begin(), side.end(), [&](const std::string& member) { return side_country(member) == country; });
      if (same) return add_to_side(m, side, person);
    }
  }

  bool is_list_item(std::size_t si) const {
    const Sentence& s = doc_.sentences[si];
    return s.end_token > s.first_token + 1 && a_.in(s.first_token, WordClass::list_marker);
  }

  bool ends_with_colon(std::size_t si) const {
    const Sentence& s = doc_.sentences[si];
    return s.end_token > s.first_token && a_.is(s.end_token - 1, ":");
  }

  // A readout that lists whom a leader met, one per bulleted line, under a
  // line ending in a colon: "X held meetings and calls with leaders ...
  // The list is as below: - President A of B [in person] - C [phone call]".
  void read_bulleted_lists() {
    for (std::size_t si = 0; si < doc_.sentences.size(); ++si) {
      if (!is_list_item(si) || si == 0 || !ends_with_colon(si - 1)) continue;
      std::size_t intro = si - 1;
      while (intro > 0 && ends_with_colon(intro) && !is_list_item(intro - 1)) --intro;
      const Hit* announced = meeting_announced(intro, si);
      if (announced == nullptr) continue;
      const std::size_t announcing = static_cast<std::size_t>(ctx_.sentence_of_token[announced->token]);
      int actor = a_.subject_of_sentence(announcing);
      if (actor < 0 || !a_.is_person(actor)) actor = a_.pronoun(announced->token);
      if (actor < 0) continue;
      for (; si < doc_.sentences.size() && (is_list_item(si) || ends_with_colon(si)); ++si) {
        if (is_list_item(si)) emit_list_item(*announced, announcing, actor, si);
      }
    }
  }

  // The meeting or call word of the few sentences up to `last` (exclusive)
  // that announce a list; nullptr when none does.
  const Hit* meeting_announced(std::size_t first, std::size_t last) const {
    constexpr std::size_t reach = 3;
    for (std::size_t k = last; k-- > (first > reach ? first - reach : 0);) {
      for (const Hit& h : a_.hits[k]) {
        if ((h.cls == TriggerClass::meet || h.cls == TriggerClass::call) && h.role != Role::mode) return &h;
      }
    }
    return nullptr;
  }

  // One bulleted line: the first person it names met the actor.
  void emit_list_item(const Hit& announced, std::size_t announcing, int actor, std::size_t item) {
    const Sentence& s = doc_.sentences[item];
    const std::vector<int> people = people_between(s.first_token, s.end_token);
    if (people.empty() || people.front() == actor) return;
    bool call = false;
    for (const Hit& h : a_.hits[item]) call = call || h.cls == TriggerClass::call;
    TriggerFrame frame(announced, announcing);
    frame.scope.from = doc_.sentences[announcing].first_token;
    Meeting meeting;
    meeting.participants = ids_of(a_, {actor, people.front()});
    meeting.status = rules::meeting_status(a_, announcing, announced, frame.scope).status;
    meeting.mode = call ? MeetingMode::call : MeetingMode::in_person;
    meeting.location = rules::meeting_place(a_, s, announced);
    meeting.date = rules::meeting_date(ctx_, s, meeting.status == MeetingStatus::planned);
    meeting.evidence = {s.span};
    add_meeting(doc_, std::move(meeting));
  }

  // Does a word between the trigger and its objects say the objects were met one by one?
  bool separately(const TriggerFrame& f) const {
    for (std::size_t t = f.h.token; t < f.p && t < sentence(f).end_token; ++t) {
      if (a_.in(t, WordClass::one_by_one)) return true;
    }
    return f.p < sentence(f).end_token && a_.in(f.p, WordClass::one_by_one);
  }

  // "an official visit to Italy, during which he will meet A and B": the
  // visit's country is no participant when the same visitor meets people in
  // the sentence.
  bool visit_superseded(const Clause& r, const std::vector<Clause>& found) const {
    if (!r.frame.visit || std::any_of(r.side_b.begin(), r.side_b.end(), [&](int e) { return a_.is_person(e); })) return false;
    return std::any_of(found.begin(), found.end(), [&](const Clause& other) {
      if (&other == &r || other.frame.visit) return false;
      const bool meets_person = std::any_of(other.side_b.begin(), other.side_b.end(), [&](int e) { return a_.is_person(e); });
      const bool same_visitor = std::any_of(other.side_a.begin(), other.side_a.end(), [&](int e) {
        return std::find(r.side_a.begin(), r.side_a.end(), e) != r.side_a.end();
      });
      return meets_person && same_visitor;
    });
  }

  // "X met A and B in a trilateral meeting": a meeting noun after a verb of meeting in its sentence, whose
  // actors all take part in the verb's meeting, is that meeting told again, not one of its own.
  bool noun_within_verb_meeting(const Clause& r, const std::vector<Clause>& found) const {
    if (r.frame.h.role != Role::noun) return false;
    const auto takes_part = [](const Clause& c, int e) {
      return std::find(c.side_a.begin(), c.side_a.end(), e) != c.side_a.end() || std::find(c.side_b.begin(), c.side_b.end(), e) != c.side_b.end();
    };
    return std::any_of(found.begin(), found.end(), [&](const Clause& other) {
      // A call noun says how the verb's meeting was held: it stays ("discussed trade during a phone call").
      if (&other == &r || other.frame.h.role == Role::noun || other.frame.h.token > r.frame.h.token || other.frame.h.cls != r.frame.h.cls) return false;
      const auto all_in = [&](const std::vector<int>& side) { return std::all_of(side.begin(), side.end(), [&](int e) { return takes_part(other, e); }); };
      return all_in(r.side_a) && all_in(r.side_b);
    });
  }

  // "The foreign ministers of Peru and Chile, A and B, met": a country whose own person takes part in a
  // meeting of any size is no participant of its own.
  void drop_represented_countries() {
    for (Meeting& m : doc_.meetings) {
      const auto represented = [&](const std::string& p) {
        return p.rfind("country:", 0) == 0 &&
               std::any_of(m.participants.begin(), m.participants.end(), [&](const std::string& q) { return q != p && country_attribute(q) == p; });
      };
      std::vector<std::string> kept;
      for (const std::string& p : m.participants) {
        if (!represented(p)) kept.push_back(p);
      }
      if (kept.size() == m.participants.size() || kept.size() < 2) continue;
      for (auto& side : m.sides) std::erase_if(side, represented);
      std::erase_if(m.sides, [](const std::vector<std::string>& side) { return side.empty(); });
      if (m.sides.size() < 2) m.sides.clear();
      m.participants = std::move(kept);
    }
  }

  // A country is a participant only when no person of its side is named: a
  // meeting of X with a country goes when the article has X meet a person
  // of that country ("a visit to Egypt" and "met Egyptian President Y"),
  // unless that meeting was called off (the visit still took place).
  void drop_countries_with_people() {
    const auto met_person_of = [&](const std::string& who, const std::string& country) {
      return std::any_of(doc_.meetings.begin(), doc_.meetings.end(), [&](const Meeting& m) {
        if (m.status == MeetingStatus::cancelled) return false;
        if (std::find(m.participants.begin(), m.participants.end(), who) == m.participants.end()) return false;
        return std::any_of(m.participants.begin(), m.participants.end(), [&](const std::string& p) { return p != who && country_attribute(p) == country; });
      });
    };
    // "Turkish, Greek leaders hold talks" in the headline, when a Turk and a Greek the story names met.
    const auto people_of_both_met = [&](const std::string& a, const std::string& b) {
      return std::any_of(doc_.meetings.begin(), doc_.meetings.end(), [&](const Meeting& m) {
        const auto of = [&](const std::string& country) {
          return std::any_of(m.participants.begin(), m.participants.end(), [&](const std::string& p) { return p.rfind("person:", 0) == 0 && country_attribute(p) == country; });
        };
        return m.status != MeetingStatus::cancelled && of(a) && of(b);
      });
    };
    std::erase_if(doc_.meetings, [&](const Meeting& m) {
      if (m.participants.size() != 2) return false;
      const bool countries = m.participants[0].rfind("country:", 0) == 0 && m.participants[1].rfind("country:", 0) == 0;
      if (countries && people_of_both_met(m.participants[0], m.participants[1])) return true;
      for (std::size_t k = 0; k < 2; ++k) {
        const std::string& country = m.participants[k];
        if (country.rfind("country:", 0) == 0 && met_person_of(m.participants[1 - k], country)) return true;
      }
      return false;
    });
  }

  const Sentence& sentence(const TriggerFrame& f) const { return doc_.sentences[f.sentence]; }

  // "..., and (later) held a (closed-door) meeting": an actor verb, then the meeting noun after its article and
  // at most two modifiers; the verb right after "and" (and "later", "then"), with a name before "and".
  bool coordinated_actor_verb_before(const Hit& h, const Sentence& s) const {
    const std::size_t t = modifiers_first(h.token, s, 3, false, [&](std::size_t w) { return a_.in(w, WordClass::actor_verb); });
    if (t <= s.first_token || !a_.in(t - 1, WordClass::actor_verb)) return false;
    std::size_t c = t - 1;  // the verb
    if (c > s.first_token && a_.in(c - 1, WordClass::sequence_adverb)) --c;  // "and later", "and then"
    return c >= s.first_token + 2 && a_.in(c - 1, WordClass::additive_conjunction) && ctx_.mention_at_token[c - 2] >= 0;
  }

  // The objects right of the trigger, after with/between/by/to/on when one
  // introduces them. False when the words say it is no meeting ("called on
  // X to act", "called X a liar").
  bool read_objects(TriggerFrame& f) const {
    const Hit& h = f.h;
    const Sentence& s = sentence(f);
    f.visit = h.role == Role::visit || h.role == Role::formal_visit;
    // "after meeting X", "by meeting with X", "and meeting X": a gerund takes objects like a verb.
    // "Meeting X on Monday, Y promised ...": a gerund opening the sentence with its object ("Meeting in Nairobi, X
    // and Y agreed" names the actors after it).
    const bool opens_with_object = h.token == s.first_token && h.end < s.end_token && !a_.in(h.end, WordClass::adjunct_preposition) &&
                                   !a_.in(h.end, WordClass::place_preposition);
    f.gerund = h.role == Role::noun && ctx_.participle(h.token) &&
               (opens_with_object || (h.token > s.first_token && (a_.in(h.token - 1, WordClass::gerund_opener) ||
                                                                  a_.in(h.token - 1, WordClass::additive_conjunction) || a_.lower(h.token - 1) == ",")));
    f.coordinated = f.gerund && h.token > s.first_token && (a_.in(h.token - 1, WordClass::additive_conjunction) || a_.lower(h.token - 1) == ",");
    // "X met Y and held talks with Z": a verb right after "and" shares the first verb's subject, not Y.
    if (h.role == Role::verb && h.token > s.first_token + 1 && a_.in(h.token - 1, WordClass::additive_conjunction) &&
        ctx_.mention_at_token[h.token - 2] >= 0 && !determiner_before(h, s)) {
      f.coordinated = true;
    }
    // "X called on Y at the palace, and met Z": after "and" (and a comma), a verb of meeting with another verb
    // of meeting before it in the sentence shares that one's subject too.
    if (h.role == Role::verb && !f.coordinated && !determiner_before(h, s) && after_meeting_verb_and(h, s)) f.coordinated = true;
    // "He was greeted by Y and later held a closed-door meeting with Z": the meeting noun's verb after "and"
    // shares the first verb's subject too.
    if (h.role == Role::noun && coordinated_actor_verb_before(h, s)) f.coordinated = true;
    // "a virtual meet of the bloc": a verb's form after a determiner is a noun, whose objects need "with" or "between".
    const bool nominal = h.role == Role::verb && determiner_before(h, s);
    const bool direct = f.gerund || (h.role == Role::verb && !nominal) || h.role == Role::host || h.role == Role::visit || h.role == Role::callon;
    // "the visiting minister", "a visit": an adjective or a noun, no verb of visiting; "a visit from X" though is X's visit.
    if (h.role == Role::visit && h.token > s.first_token && a_.in(h.token - 1, WordClass::determiner)) {
      const std::size_t p = after_adjuncts(h.end, s.end_token);
      if (p >= s.end_token || !a_.in(p, WordClass::call_source)) return false;
    }
    f.p = after_adjuncts(after_group_of(h.end, s.end_token), s.end_token);
    if (h.cls == TriggerClass::call && h.role == Role::noun) f.p = after_call_receipt(f.p, s.end_token);
    if (h.role == Role::topic) {
      // "A met B and C to discuss the deal": the purpose of the meeting told before it, no meeting of its own.
      if (purpose_of_meeting_before(h, s)) return false;
      // No partner after the topic: the actors left of it meet only when they are several ("X and Y discussed trade").
      read_partner_after(f, WordClass::partner_preposition);
      return true;
    }
    if (h.role == Role::delivery) return read_partner_after(f, WordClass::destination_preposition);
    if (h.role == Role::partner || h.role == Role::meal) {
      const WordClass introducer = h.role == Role::partner ? WordClass::conversation_partner : WordClass::honouree;
      const bool introduced = read_partner_after(f, introducer);
      if (introduced && !f.objects.items.empty()) return true;
      // "X and Y had dinner together", "spoke with each other": the actors left of it meet, when they are
      // several ("spoke together" is speaking jointly, no conversation).
      const bool mutual = h.role == Role::meal ? mutual_after(f)
                                               : introduced && ctx_.lexicon.class_member_at(ctx_.keys.lower_id, f.p, WordClass::mutual_adverb) > 0;
      f.objects = Group{};
      f.introduced = false;
      return mutual || (h.role == Role::meal && invited_to(f) && invitation_before(h, s));  // "invited Y to a dinner"
    }
    if (h.cls == TriggerClass::say && !is_meeting_trigger(h)) {  // "X welcomed Y to State House"
      f.objects = a_.guests_welcomed(h);
      return !f.objects.items.empty();
    }
    if (f.p < s.end_token) read_preposition(f);
    if (f.introduced || direct) f.objects = a_.right(f.p, fronted_phrase_end(f), true);
    if (h.role == Role::callon) {
      // "called on X to act" is an appeal, not a visit; "joined X in condemning it" is acting alongside.
      if (f.objects.end < s.end_token && a_.in(f.objects.end, WordClass::infinitive_marker)) return false;
      if (f.objects.end + 1 < s.end_token && a_.in(f.objects.end, WordClass::joint_action_link) && ctx_.participle(f.objects.end + 1)) return false;
      std::erase_if(f.objects.items, [&](int e) { return !a_.is_person(e); });
    }
    if (h.cls == TriggerClass::call && h.role == Role::verb && !f.introduced) {
      // "X called Y" is a call; "X called Y a liar" is not. With no one named after it, the verb's clause may
      // go on with another verb: "X and Y spoke by phone and agreed to ..." (not "phoned into the plane").
      if (f.objects.end < s.end_token) {
        const Token& next = doc_.tokens[f.objects.end];
        const bool next_verb = f.objects.items.empty() && a_.in(f.objects.end, WordClass::additive_conjunction);
        if (next.kind != TokenKind::punct && !a_.in(f.objects.end, WordClass::call_object_end) && !next_verb) return false;
      }
      std::erase_if(f.objects.items, [&](int e) { return !a_.is_person(e); });
    }
    if (f.objects.items.empty() && !f.introduced && mutual_after(f)) f.objects = Group{};  // "X and Y had dinner together"
    return true;
  }

  // Is the trigger right after "and" (or ", and"), with a verb of meeting before it in the sentence and no
  // new clause between them?
  bool after_meeting_verb_and(const Hit& h, const Sentence& s) const {
    if (h.token <= s.first_token + 1 || !a_.in(h.token - 1, WordClass::additive_conjunction)) return false;
    const int si = ctx_.sentence_of_token[h.token];
    if (si < 0) return false;
    for (const Hit& other : a_.hits[static_cast<std::size_t>(si)]) {
      if (other.token >= h.token || !is_meeting_trigger(other) || a_.in_quote[other.token]) continue;
      if (other.role != Role::verb && other.role != Role::callon && other.role != Role::host && other.role != Role::visit) continue;
      bool new_clause = false;
      for (std::size_t t = other.end; t + 1 < h.token && !new_clause; ++t) new_clause = a_.in(t, WordClass::clause_boundary);
      if (!new_clause) return true;
    }
    return false;
  }

  // Is the trigger an infinitive ("to discuss") after a verb or noun of meeting in its sentence?
  bool purpose_of_meeting_before(const Hit& h, const Sentence& s) const {
    if (h.token <= s.first_token || !a_.in(h.token - 1, WordClass::infinitive_marker)) return false;
    const int si = ctx_.sentence_of_token[h.token];
    if (si < 0) return false;
    return std::any_of(a_.hits[static_cast<std::size_t>(si)].begin(), a_.hits[static_cast<std::size_t>(si)].end(), [&](const Hit& other) {
      return other.token + 1 < h.token && is_meeting_trigger(other) && other.role != Role::topic && !a_.in_quote[other.token];
    });
  }

  // "X discussed trade ties with Y", "X delivered a letter from Z to Y", "X hosted a dinner in honour of Y": the
  // persons after the first preposition of class `introducer` past the
  // thing, within the clause; without one, no meeting.
  bool read_partner_after(TriggerFrame& f, WordClass introducer) const {
    const Sentence& s = sentence(f);
    for (std::size_t t = f.h.end; t < s.end_token && t < f.h.end + 14; ++t) {
      const Hit* other = a_.hit_at(t);  // a topic may hold a meeting noun: "discussed the summit with Y"
      if (doc_.tokens[t].kind == TokenKind::punct || a_.in(t, WordClass::clause_boundary)) return false;
      if (other && (other->cls == TriggerClass::say || (is_meeting_trigger(*other) && other->role != Role::noun))) return false;
      const std::uint32_t n = ctx_.lexicon.class_member_at(ctx_.keys.lower_id, t, introducer);
      if (n == 0) continue;
      f.p = t + n;
      f.introduced = true;
      f.objects = a_.right(f.p, fronted_phrase_end(f), true);
      std::erase_if(f.objects.items, [&](int e) { return !a_.is_person(e); });
      return true;
    }
    return false;
  }

  // "X hosted A and B for talks": a meeting noun after "for", with no partners of its own, is what
  // the meeting told before it in the sentence was for; A and B meet X, not each other.
  bool purpose_of_earlier_meeting(const Hit& h, std::size_t si) const {
    if (h.role != Role::noun) return false;
    std::size_t b = h.token;
    if (b > doc_.sentences[si].first_token && a_.in(b - 1, WordClass::determiner)) --b;
    if (b == doc_.sentences[si].first_token || !a_.in(b - 1, WordClass::purpose_preposition)) return false;
    return std::any_of(a_.hits[si].begin(), a_.hits[si].end(), [&](const Hit& other) { return other.token < b && is_meeting_trigger(other); });
  }

  // "the mini-summit in Tripoli with A, B and C": a summit names its participants after "with" or "between"
  // (a summit named alone is where meetings happen, not one).
  bool summit_of_people(const Hit& h, const Sentence& s) const {
    if (h.role != Role::event || h.cls != TriggerClass::meet) return false;
    const std::size_t p = after_adjuncts(h.end, s.end_token);
    return p < s.end_token && (a_.in(p, WordClass::mutual_preposition) || a_.in(p, WordClass::partner_preposition));
  }

  // An article right before the trigger, or "a" before one lower-case word before it: "the meet", "a virtual meet"
  // (not "the leaders meet", "they then met").
  bool determiner_before(const Hit& h, const Sentence& s) const {
    const auto article = [&](std::size_t t) { return a_.in(t, WordClass::definite_article) || a_.in(t, WordClass::indefinite_article); };
    if (h.token > s.first_token && article(h.token - 1)) return true;
    return h.token > s.first_token + 1 && doc_.tokens[h.token - 1].kind == TokenKind::word && !doc_.tokens[h.token - 1].capitalized &&
           a_.in(h.token - 2, WordClass::indefinite_article);
  }

  // Within four words after the trigger, before any punctuation, a word that says its actors did it together.
  bool mutual_after(const TriggerFrame& f) const {
    const Sentence& s = sentence(f);
    const std::size_t end = std::min<std::size_t>(s.end_token, f.h.end + 4);
    for (std::size_t t = f.h.end; t < end; ++t) {
      if (doc_.tokens[t].kind == TokenKind::punct || a_.in(t, WordClass::clause_boundary)) return false;
      if (ctx_.lexicon.class_member_at(ctx_.keys.lower_id, t, WordClass::mutual_adverb) > 0) return true;
    }
    return false;
  }

  // Time and place words between a trigger and its objects: "received this
  // Monday at the Elysée the businessman X", "held talks on Monday with Y",
  // "made courtesy calls separately on Y".
  std::size_t after_adjuncts(std::size_t p, std::size_t end) const {
    while (p < end) {
      if (ctx_.date_word(p) || a_.in(p, WordClass::time_word) || a_.in(p, WordClass::day_part) || a_.in(p, WordClass::one_by_one)) {
        ++p;
      } else if (const std::uint32_t manner = ctx_.lexicon.class_member_at(ctx_.keys.lower_id, p, WordClass::meeting_manner); manner > 0) {
        p += manner;
      } else if (a_.in(p, WordClass::time_determiner) && p + 1 < end && (a_.in(p + 1, WordClass::time_unit) || ctx_.date_word(p + 1))) {
        p += 2;
      } else if (a_.in(p, WordClass::adjunct_preposition) && p + 1 < end && place_or_date_after(p + 1, end) > p + 1) {
        p = place_or_date_after(p + 1, end);
      } else {
        break;
      }
    }
    return p;
  }

  // One past a place or a date starting at q ("the Elysée", "Paris",
  // "Monday", "14 May"); q when there is none.
  std::size_t place_or_date_after(std::size_t q, std::size_t end) const {
    std::size_t k = q;
    if (a_.in(k, WordClass::definite_article)) ++k;
    if (k >= end) return q;
    if (ctx_.date_word(k)) {
      while (k < end && ctx_.date_word(k)) ++k;
      return k;
    }
    const int m = ctx_.mention_at_token[k];
    if (m >= 0) {
      const EntityType type = doc_.mentions[static_cast<std::size_t>(m)].type;
      return type == EntityType::location || type == EntityType::country ? ctx_.mention_end(m) : q;
    }
    // A common noun of a place after "the", maybe after a word or two: "at the (presidential) palace".
    if (k > q) {
      for (std::size_t n = k; n < end && n < k + 3 && doc_.tokens[n].kind == TokenKind::word && !doc_.tokens[n].capitalized; ++n) {
        if (a_.in(n, WordClass::reception_place)) return n + 1;
      }
    }
    // A capitalized place the lexicons do not know, after "the": "at the Elysée".
    if (k == q || !doc_.tokens[k].capitalized || doc_.tokens[k].kind != TokenKind::word) return q;
    while (k < end && doc_.tokens[k].capitalized && doc_.tokens[k].kind == TokenKind::word && ctx_.mention_at_token[k] < 0) ++k;
    return k;
  }

  // "a summit meeting of its leaders with X": the meeting's own side, before its objects.
  std::size_t after_group_of(std::size_t p, std::size_t end) const {
    if (p + 2 >= end || !a_.in(p, WordClass::genitive)) return p;
    std::size_t q = p + 1;
    if (a_.in(q, WordClass::determiner) || doc_.tokens[q].kind == TokenKind::possessive) ++q;
    return q < end && a_.in(q, WordClass::group_noun) ? q + 1 : p;
  }

  // "a phone call received Wednesday from X": the words before "from".
  std::size_t after_call_receipt(std::size_t p, std::size_t end) const {
    std::size_t q = p;
    if (q < end && a_.in(q, WordClass::call_received)) q = after_adjuncts(q + 1, end);
    return q < end && a_.in(q, WordClass::call_source) ? q : p;
  }

  // "In a meeting with X, Y asked ...": a trigger in a phrase fronted before
  // the subject takes its objects up to the phrase's comma; else the sentence's end.
  std::size_t fronted_phrase_end(const TriggerFrame& f) const {
    const Sentence& s = sentence(f);
    bool fronting = false;
    for (std::size_t t = s.first_token; t < f.h.token; ++t) {
      if (a_.in(t, WordClass::fronting)) {
        fronting = true;
      } else if (!a_.in(t, WordClass::determiner) && !a_.in(t, WordClass::sentence_connective)) {
        return s.end_token;
      }
    }
    if (!fronting) return s.end_token;
    for (std::size_t t = f.h.end; t < s.end_token; ++t) {
      if (a_.is(t, ",")) return t;
    }
    return s.end_token;
  }

  // "a call from X", "a courtesy call from X", "a visit from X": a call or a meeting noun takes its guest after "from".
  bool received_from(const Hit& h) const {
    if (h.cls == TriggerClass::call || h.role == Role::noun) return true;
    return h.role == Role::visit && h.token > 0 && a_.in(h.token - 1, WordClass::determiner);
  }

  // "a meeting of A, B and C": a meeting noun whose owners, after "of", are several actors is theirs, as
  // "between" says ("a meeting of the council" names no one who meets).
  bool meeting_of_several(const TriggerFrame& f) const {
    if (f.h.role != Role::noun || f.gerund || !a_.in(f.p, WordClass::genitive)) return false;
    return a_.right(f.p + 1, sentence(f).end_token, false).items.size() >= 2;
  }

  // "a (planned) visit by X": a visit as a noun, whose agent is the visitor, not someone the subject received.
  bool visit_noun(const Hit& h) const {
    if (h.token > 0 && a_.in(h.token - 1, WordClass::determiner)) return true;
    return h.token > 1 && a_.in(h.token - 2, WordClass::determiner) && doc_.tokens[h.token - 1].kind == TokenKind::word &&
           !doc_.tokens[h.token - 1].capitalized && ctx_.mention_at_token[h.token - 1] < 0;
  }

  // "X was met (at the airport) by Y": a verb of meeting after an auxiliary of the passive (not "and").
  bool met_in_passive(const Hit& h) const {
    return h.role == Role::verb && h.token > 0 && a_.in(h.token - 1, WordClass::passive_auxiliary) &&
           !a_.in(h.token - 1, WordClass::additive_conjunction);
  }

  // The preposition that introduces the objects, if any; moves f.p past it.
  void read_preposition(TriggerFrame& f) const {
    const Hit& h = f.h;
    const std::size_t p = f.p;
    const bool on = a_.in(p, WordClass::upon_preposition);
    if (a_.in(p, WordClass::mutual_preposition) || meeting_of_several(f)) {
      f.between = f.introduced = true;
    } else if (a_.in(p, WordClass::partner_preposition) || (a_.in(p, WordClass::call_source) && received_from(h))) {
      f.introduced = true;
    } else if (a_.in(p, WordClass::agent_preposition) && (h.role == Role::host || (h.role == Role::visit && !visit_noun(h)) || met_in_passive(h))) {  // "was visited by Y"
      f.passive = f.introduced = true;
    } else if ((a_.in(p, WordClass::destination_preposition) && f.visit) || (on && (h.role == Role::callon || h.role == Role::verb))) {
      // "held talks on the sidelines of the G20 summit": the place of the talks, not a party to them.
      const Sentence& s = sentence(f);
      const bool place = on && p + 2 < s.end_token && a_.in(p + 1, WordClass::definite_article) && a_.in(p + 2, WordClass::event_margin);
      f.introduced = !place;
    }
    if (f.introduced) ++f.p;
  }

  // The actors left of the trigger; for a trigger in a subordinate phrase
  // ("after meeting X, Y said"), the main clause's subject. Sets which
  // words before the trigger set its status.
  void read_subject(TriggerFrame& f) const {
    const Hit& h = f.h;
    const Sentence& s = sentence(f);
    f.scope.from = h.token > s.first_token + 12 ? h.token - 12 : s.first_token;
    // A summit's participants are the ones it names after "with" or "between"; "X hosted a summit with Y
    // and Z": whoever holds the summit with them is one too.
    if (h.role == Role::event && (f.between || f.objects.items.empty())) return;
    if (f.coordinated) {
      // "visited China, touring factories and meeting with X": the sentence's subject.
      f.subject.bounded = true;
      f.subject.first = h.token;
    } else {
      f.subject = a_.left(h.token, s.first_token);
    }
    if (f.subject.items.empty() && !f.subject.their && !f.between && !f.subject.bounded && !f.objects.items.empty() &&
        !person_named_before(f) && !unnamed_group_before(f)) {
      // "In a meeting with X, Y asked ...": the sentence's subject; "His Majesty, in a phone call with X,
      // called for ...", "The WHO official held meetings with Y": a description names the actor, who is
      // the person the text is about. "The decision was welcomed by X": a thing received, no one.
      if ((f.passive || a_.in(h.token, WordClass::passive_auxiliary)) && thing_before(h.token, s.first_token)) return;
      const int main_subject = a_.subject_of_sentence(f.sentence);
      const bool usable = main_subject >= 0 && std::find(f.objects.items.begin(), f.objects.items.end(), main_subject) == f.objects.items.end();
      int actor = usable ? main_subject : a_.pronoun(h.token);
      if (const int title = unheld_title_before(f); title >= 0 && !holds_title_like(actor, title)) actor = -1;
      if (usable && a_.subject_position(f.sentence) > h.token) f.scope.after = true;
      if (actor >= 0) f.subject.items.push_back(actor);
      return;
    }
    if (f.subject.items.empty() && f.objects.items.empty() && h.role == Role::noun && !f.gerund && !f.between) {
      // "In a phone call on Monday, X and Y discussed ...": the main clause's actors, when they are several.
      const int main_subject = a_.subject_of_sentence(f.sentence);
      const std::size_t at = a_.subject_position(f.sentence);
      if (main_subject >= 0 && at > h.token) {
        const Group actors = a_.right(at, s.end_token, false);
        if (actors.items.size() >= 2) {
          f.subject = actors;
          f.scope.after = true;
          return;
        }
      }
    }
    if (!f.subject.items.empty() || f.subject.their || f.between || !f.subject.bounded) return;
    Group outer = f.coordinated ? Group{} : a_.left(f.subject.first, s.first_token);
    if (outer.items.empty()) {
      int main_subject = a_.subject_of_sentence(f.sentence);
      // "Apart from holding talks with X, Y is scheduled to ...": the main clause after the trigger sets the status.
      if (main_subject >= 0 && a_.subject_position(f.sentence) > h.token) f.scope.after = true;
      if (main_subject < 0) main_subject = a_.pronoun(h.token);  // "The Apple chief ...": the person in focus
      if (main_subject >= 0) outer.items.push_back(main_subject);
      // "X and Y, meeting on Monday, agreed ...": with no one met, the main clause's actors meet, when they are several.
      if (main_subject >= 0 && f.objects.items.empty() && !f.objects.head_without_entity) {
        const Group actors = a_.right(a_.subject_position(f.sentence), s.end_token, false);
        if (actors.items.size() >= 2) outer = actors;
      }
    }
    f.subject.items = outer.items;
    // The main clause's "is due to" covers the whole sentence; in "agreed
    // to ... during the Osaka meeting" only a modal would.
    f.scope.from = s.first_token;
    f.scope.aux_anywhere = true;
    f.scope.mod = !(h.role == Role::noun && !f.gerund);
  }

  // Is the word before token t a common noun ending a phrase that names no one ("The decision was welcomed")?
  bool thing_before(std::size_t t, std::size_t first) const {
    if (t <= first) return false;
    const std::size_t w = t - 1;
    return doc_.tokens[w].kind == TokenKind::word && !doc_.tokens[w].capitalized && ctx_.mention_at_token[w] < 0 && !ctx_.stands_for_person(w) &&
           !ctx_.stands_for_body(w) && !a_.in(w, WordClass::plural_pronoun) && !a_.in(w, WordClass::group_noun) && !a_.in(w, WordClass::leader_noun);
  }

  // Is a person named before the trigger in its sentence (outside quotes)?
  // "The unions met with X", "Officials have met X": people the text does not name are the actors, no
  // one named earlier (within the two words before the trigger).
  bool unnamed_group_before(const TriggerFrame& f) const {
    const std::size_t first = sentence(f).first_token;
    for (std::size_t t = f.h.token; t > first && t + 2 >= f.h.token; --t) {
      if (a_.in(t - 1, WordClass::group_head) || a_.in(t - 1, WordClass::crowd_noun)) return true;
    }
    return false;
  }

  bool person_named_before(const TriggerFrame& f) const {
    for (std::size_t t = sentence(f).first_token; t < f.h.token; ++t) {
      const int m = ctx_.mention_at_token[t];
      if (m >= 0 && !a_.in_quote[t] && doc_.mentions[static_cast<std::size_t>(m)].type == EntityType::person) return true;
    }
    return false;
  }

  // A title written before the trigger whose holder the article does not
  // name ("Canada's industry minister will meet X"): its mention, else -1.
  int unheld_title_before(const TriggerFrame& f) const {
    for (std::size_t t = sentence(f).first_token; t < f.h.token; ++t) {
      const int m = ctx_.mention_at_token[t];
      if (m < 0 || a_.in_quote[t] || doc_.mentions[static_cast<std::size_t>(m)].span.begin != doc_.tokens[t].span.begin) continue;
      if (doc_.mentions[static_cast<std::size_t>(m)].type == EntityType::office && a_.holder(static_cast<std::size_t>(m), t) < 0) return m;
    }
    return -1;
  }

  // Does `person` hold an office with the head word of the title mention
  // (the IOC President is the "President Bach" the text is about; Canada's
  // industry minister is not a union leader)?
  bool holds_title_like(int person, int title_mention) const {
    const std::string& key = doc_.mentions[static_cast<std::size_t>(title_mention)].key;
    const std::string head = text::lower(key.substr(key.find_last_of(' ') == std::string::npos ? 0 : key.find_last_of(' ') + 1));
    return std::any_of(doc_.holdings.begin(), doc_.holdings.end(), [&](const OfficeHolding& h) {
      const std::string& office = a_.id(h.office);
      return h.holder == person && office.size() > head.size() && office.ends_with(head) &&
             (office[office.size() - head.size() - 1] == '-' || office[office.size() - head.size() - 1] == ':');
    });
  }

  // Who met whom: the sides of the meeting. False when the clause names no meeting.
  bool sides(const TriggerFrame& f, std::vector<int>& side_a, std::vector<int>& side_b) const {
    const Group& objects = f.objects;
    const Group& subject = f.subject;
    const bool persons = std::any_of(objects.items.begin(), objects.items.end(), [&](int e) { return a_.is_person(e); });
    if (f.between) return between_sides(objects, side_a, side_b);
    if (subject.their) {
      if (!objects.items.empty()) return false;
      side_a = people_of_sentence(f);
      return true;
    }
    if (invited(f, side_a, side_b)) return true;
    if (f.visit && (objects.items.empty() || !persons) && !subject.items.empty()) {
      // "will visit Kenya at the invitation of President X": X hosts the visit.
      if (const int host = invitation_host(f); host >= 0) {
        side_a = subject.items;
        side_b = {host};
        return true;
      }
    }
    if (f.visit && (objects.items.empty() || !persons)) {
      // "will visit Iran" is a meeting with Iran; a tour ("visited Kuwait,
      // Qatar and Iraq") counts only with talks there.
      const bool tour = objects.items.size() > 1 && f.h.role == Role::visit;
      if (subject.items.empty() || (tour && !talks_in_sentence(a_, f.sentence, f.h))) return false;
      if (objects.items.empty()) {
        const int country = rules::visited_country(a_, f.p, sentence(f).end_token);
        if (country < 0) return false;
        side_b = {country};
      } else {
        side_b = objects.items;
      }
      side_a = subject.items;
      return true;
    }
    if (f.h.role == Role::event) {  // a summit with its participants: they all meet
      const auto person = [&](int e) { return a_.is_person(e); };
      if (std::count_if(objects.items.begin(), objects.items.end(), person) < 2) return false;
      side_a = subject.items;  // "X hosted a summit with Y and Z": whoever holds it takes part
      for (int e : objects.items) {
        if (std::find(side_a.begin(), side_a.end(), e) == side_a.end()) side_a.push_back(e);
      }
      return true;
    }
    if (!objects.items.empty()) {
      if (subject.items.empty()) return false;
      side_a = subject.items;
      side_b = objects.items;
      if (f.passive) std::swap(side_a, side_b);
      return true;
    }
    if (!objects.head_without_entity && subject.items.size() >= 2 && !f.visit && f.h.role != Role::host) {
      side_a = subject.items;  // "X and Y met", "X and Y held talks"
      return true;
    }
    return false;
  }

  // The person named after "at the invitation of" in the visit's sentence (before the visit too), or -1.
  int invitation_host(const TriggerFrame& f) const {
    const Sentence& s = sentence(f);
    for (std::size_t t = s.first_token; t < s.end_token; ++t) {
      const std::uint32_t n = ctx_.lexicon.class_member_at(ctx_.keys.lower_id, t, WordClass::invitation_marker);
      if (n == 0) continue;
      for (int e : a_.right(t + n, s.end_token, false).items) {
        if (a_.is_person(e) && std::find(f.subject.items.begin(), f.subject.items.end(), e) == f.subject.items.end()) return e;
      }
      return -1;
    }
    return -1;
  }

  // An invitation verb before the trigger in its sentence: the invited may be its guests (invited() reads them).
  bool invitation_before(const Hit& h, const Sentence& s) const {
    for (std::size_t t = s.first_token; t < h.token; ++t) {
      if (a_.in(t, WordClass::invite_verb)) return true;
    }
    return false;
  }

  // "to visit", and for a meeting named by a noun "to talks", "to a working breakfast": the invitation's
  // "to" right before the trigger, or before its article and lower-case modifiers.
  bool invited_to(const TriggerFrame& f) const {
    const Sentence& s = sentence(f);
    const auto to = [&](std::size_t w) { return a_.in(w, WordClass::infinitive_marker); };
    // A meeting noun past "a working", not "invited Y to discuss the meeting" (a trigger between).
    std::size_t t = names_meeting(f.h) ? modifiers_first(f.h.token, s, 3, true, to) : f.h.token;
    // "invited Y to pay a state visit": the visit is the object of the verb after "to".
    if (f.visit && t >= s.first_token + 2 && a_.in(t - 1, WordClass::indefinite_article) && a_.in(t - 2, WordClass::visit_paying_verb)) t -= 2;
    return t > s.first_token && to(t - 1) && (names_meeting(f.h) || f.visit);
  }

  // "X invited Y to visit Ghana", "X invited Y to talks": X will receive Y; the country is where.
  bool invited(const TriggerFrame& f, std::vector<int>& side_a, std::vector<int>& side_b) const {
    const Group& guest = f.subject;
    std::size_t k = guest.first;
    const auto title_or_demonym = [&](std::size_t t) {
      const int m = ctx_.mention_at_token[t];
      if (m < 0) return false;
      const Mention& mention = doc_.mentions[static_cast<std::size_t>(m)];
      return mention.type == EntityType::office || (mention.type == EntityType::country && mention.form == MentionForm::demonym);
    };
    while (k > 0 && (a_.in(k - 1, WordClass::determiner) || title_or_demonym(k - 1))) {
      --k;  // "invited Ethiopian Prime Minister X": past the guest's title
    }
    if (guest.items.empty() || k < 1 || !a_.in(k - 1, WordClass::invite_verb) || !invited_to(f)) return false;
    const Group host = a_.left(k - 1, sentence(f).first_token);
    if (host.items.empty()) return false;
    side_a = host.items;
    side_b = guest.items;
    return true;
  }

  // "talks between A and B": the last item is one side; "between US
  // officials, including A, B and C, and Japan's D" too; three parties or
  // more without "including": everyone met everyone.
  static bool between_sides(const Group& objects, std::vector<int>& side_a, std::vector<int>& side_b) {
    const auto& items = objects.items;
    if (items.size() < 2) return false;
    if (objects.including >= 0 || items.size() == 2) {
      side_a.assign(items.begin(), items.end() - 1);
      side_b.assign(items.end() - 1, items.end());
    } else {
      side_a = items;
    }
    return true;
  }

  // "their meeting": the people named in the sentence, else the two just named.
  std::vector<int> people_of_sentence(const TriggerFrame& f) const {
    const Sentence& s = sentence(f);
    std::vector<int> people;
    for (std::size_t t = s.first_token; t < s.end_token; ++t) {
      const int m = ctx_.mention_at_token[t];
      if (m < 0 || doc_.mentions[static_cast<std::size_t>(m)].span.begin != doc_.tokens[t].span.begin) continue;
      const int e = doc_.mentions[static_cast<std::size_t>(m)].entity;
      if (a_.is_person(e) && std::find(people.begin(), people.end(), e) == people.end()) people.push_back(e);
    }
    return people.size() < 2 ? a_.recent_pair(f.h.token) : people;
  }

  // "X, accompanied by Y, met Z", "met Z, who was accompanied by Y": Y is on
  // the side of the person they go with.
  void add_companions(const TriggerFrame& f, std::vector<int>& side) const {
    const Sentence& s = sentence(f);
    const std::vector<int> people = side;
    for (std::size_t t = s.first_token; t < s.end_token; ++t) {
      const int m = ctx_.mention_at_token[t];
      if (m < 0 || (t > s.first_token && ctx_.mention_at_token[t - 1] == m)) continue;  // a mention's first token only
      if (std::find(people.begin(), people.end(), doc_.mentions[static_cast<std::size_t>(m)].entity) == people.end()) continue;
      std::size_t p = ctx_.mention_end(m);
      if (p < s.end_token && a_.is(p, ",")) ++p;
      if (p < s.end_token && a_.in(p, WordClass::relative_pronoun)) ++p;
      while (p < s.end_token && a_.in(p, WordClass::passive_auxiliary)) ++p;
      const std::uint32_t n = ctx_.lexicon.class_member_at(ctx_.keys.lower_id, p, WordClass::accompaniment);
      if (n == 0) continue;
      for (int companion : a_.right(p + n, s.end_token, false).items) {
        if (a_.is_person(companion) && std::find(side.begin(), side.end(), companion) == side.end()) side.push_back(companion);
      }
    }
  }

  void emit(const TriggerFrame& f, std::vector<int> side_a, std::vector<int> side_b, bool call_mode) {
    add_companions(f, side_a);
    add_companions(f, side_b);
    // Somebody on both sides belongs to the first.
    std::erase_if(side_b, [&](int e) { return std::find(side_a.begin(), side_a.end(), e) != side_a.end(); });
    std::vector<int> everyone = side_a;
    everyone.insert(everyone.end(), side_b.begin(), side_b.end());
    Meeting meeting;
    meeting.participants = ids_of(a_, everyone);
    if (meeting.participants.size() < 2) return;
    const rules::MeetingState status = rules::meeting_status(a_, f.sentence, f.h, f.scope);
    if (status.negated && status.status != MeetingStatus::cancelled) return;
    meeting.status = status.status;
    if (!side_b.empty()) {
      const std::vector<std::string> ia = ids_of(a_, side_a), ib = ids_of(a_, side_b);
      if (!ia.empty() && !ib.empty() && (ia.size() > 1 || ib.size() > 1)) meeting.sides = {ia, ib};
    }
    meeting.mode = (f.h.cls == TriggerClass::call || call_mode) ? MeetingMode::call : MeetingMode::in_person;
    meeting.location = rules::meeting_place(a_, sentence(f), f.h);
    meeting.date = rules::meeting_date(ctx_, sentence(f), meeting.status == MeetingStatus::planned);
    meeting.evidence = {sentence(f).span};
    if (status.rescheduled_at != static_cast<std::size_t>(-1)) {
      // "was postponed to Thursday": called off as first set (dated before the words of putting it off),
      // and planned again for the new date (after them).
      Meeting called_off = meeting;
      called_off.status = MeetingStatus::cancelled;
      called_off.date = rules::meeting_date(ctx_, sentence(f).first_token, status.rescheduled_at, false);
      meeting.date = rules::meeting_date(ctx_, status.rescheduled_at, sentence(f).end_token, true);
      add_meeting(doc_, std::move(called_off));
    }
    add_meeting(doc_, std::move(meeting));
  }

  Reading& ctx_;
  Document& doc_;
  const Analysis& a_;
};

}  // namespace

void relate_meetings(Reading& reading, const rules::Analysis& analysis) { MeetingRules(reading, analysis).run(); }

}  // namespace newsgraph
