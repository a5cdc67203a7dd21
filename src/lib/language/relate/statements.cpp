// Statements: direct quotes with their attribution, and reported speech.
//
//  - A quote of four words or more is a direct statement. Its speaker is
//    named after it (“...,” Akazawa said / said Kato / he said / the
//    Chinese leader said), before it (Kato said: “...”), or, for a quote
//    paragraph with no attribution, is the previous quote's speaker. “A,”
//    he said, “B.” is one statement.
//  - A verb of saying (data/triggers.tsv, class say) with a speaker before
//    it reports what follows: "X said (that) ...", "X told reporters ...",
//    "X warned/urged/stressed ...". "..., X said." and "..., said X." report
//    what precedes; "according to X" what surrounds it. Coordinated speakers
//    ("X and Y assessed ...", "both presidents noted ...") each get the
//    statement. Shorter quotes stay inside the reported clause.
//  - Speakers are people, organizations or countries; pronouns, titles and
//    "the ministry" are resolved by relate_rules.
#include <algorithm>
#include <optional>
#include <set>

#include "base/text.hpp"
#include "language/dates.hpp"
#include "language/lexicon.hpp"
#include "language/relate/rules.hpp"
#include "language/segment.hpp"

namespace newsgraph {
namespace {

using rules::Analysis;
using rules::Group;
using rules::Hit;
using rules::Role;

bool is_speaker_type(const Analysis& a, int e) {
  if (e < 0) return false;
  const EntityType type = a.doc.entities[static_cast<std::size_t>(e)].type;
  return type == EntityType::person || type == EntityType::organization || type == EntityType::country;
}

bool is_saying(const Hit& h) { return h.cls == TriggerClass::say && (h.role == Role::verb || h.role == Role::callon); }

std::string trimmed(std::string_view s) {
  std::size_t b = 0, e = s.size();
  auto edge = [](char c) { return c == ' ' || c == ',' || c == '.' || c == ';' || c == ':' || c == '\n'; };
  while (b < e && edge(s[b])) ++b;
  while (e > b && edge(s[e - 1])) --e;
  return std::string(s.substr(b, e - b));
}

std::size_t word_count(const Analysis& a, std::size_t first, std::size_t end) {
  std::size_t n = 0;
  for (std::size_t t = first; t < end; ++t) n += a.doc.tokens[t].kind == TokenKind::word;
  return n;
}

// Does token t stand for people named elsewhere: "he", "His Majesty",
// "they", "the two leaders"?
bool refers_to_someone(const Analysis& a, std::size_t t, std::size_t stop) {
  return a.ctx.stands_for_person(t) || a.in(t, WordClass::plural_pronoun) ||
         (t > stop && a.in(t - 1, WordClass::pair_determiner) && a.in(t, WordClass::group_noun));
}

// "X, the special envoy for Syria said": a person, then a description in apposition that no comma closes,
// ending at the verb v. The person, or -1; the description must hold a title or a role ("envoy", "lawyer").
int person_before_open_apposition(const Analysis& a, std::size_t v, std::size_t stop) {
  constexpr std::size_t longest_description = 10;  // words
  bool titled = false;
  for (std::size_t t = v; t > stop + 2 && t + longest_description > v; --t) {
    const std::size_t w = t - 1;
    if (a.doc.tokens[w].kind != TokenKind::word) return -1;
    const int m = a.ctx.mention_at_token[w];
    titled = titled || (m >= 0 && a.doc.mentions[static_cast<std::size_t>(m)].type == EntityType::office) ||
             a.ctx.lexicon.title_word(a.ctx.keys.exact_id[w]) == TitleWordKind::role;
    if (!a.in(w, WordClass::article) || a.lower(w - 1) != ",") continue;
    const int named = a.ctx.mention_at_token[w - 2];
    if (!titled || named < 0 || a.ctx.mention_end(named) != w - 1) return -1;
    const Mention& person = a.doc.mentions[static_cast<std::size_t>(named)];
    return person.type == EntityType::person && is_speaker_type(a, person.entity) ? person.entity : -1;
  }
  return -1;
}

// The speaker of the statement the text gave last before token `before`, if it began in sentence
// `first_sentence` or later; -1 when there is none. Only the latest statements are looked at.
int latest_speaker(const Analysis& a, int first_sentence, std::size_t before) {
  constexpr std::size_t recent = 20;  // statements looked at, the latest first
  const auto& statements = a.doc.statements;
  for (std::size_t i = statements.size(); i-- > 0 && i + recent > statements.size();) {
    const std::size_t at = a.ctx.token_at(statements[i].evidence.front().begin);
    if (at >= before || at >= a.doc.tokens.size() || a.ctx.sentence_of_token[at] < first_sentence) continue;
    if (const int e = a.ctx.entity_by_id(statements[i].speaker); e >= 0) return e;
  }
  return -1;
}

// "The ministry said X. The two leaders discussed Y, it said.": "it" before the verb at k is the body or
// country whose words the text gave last, in this sentence or the one before; -1 when there is none.
int body_spoken_of_as_it(const Analysis& a, std::size_t k, std::size_t stop) {
  if (k <= stop || !a.in(k - 1, WordClass::neuter_pronoun)) return -1;
  const int e = latest_speaker(a, a.ctx.sentence_of_token[k - 1] - 1, k - 1);
  if (e < 0) return -1;
  const EntityType type = a.doc.entities[static_cast<std::size_t>(e)].type;
  return type == EntityType::organization || type == EntityType::country ? e : -1;
}

// "..., a ministry spokesman said", "an aide to the minister said": someone the text does not name, an
// indefinite article and lower-case words before the verb at k. Speaking for a body that is no state's ("a
// company spokesman"), the organization named before in the sentence, if any; never a person. Nothing when
// the words before k are no such phrase.
std::optional<std::vector<int>> indefinite_speaker(const Analysis& a, std::size_t k, std::size_t stop) {
  constexpr std::size_t longest_phrase = 6;  // words
  bool for_body = false;
  for (std::size_t t = k; t > stop && t + longest_phrase > k; --t) {
    const std::size_t w = t - 1;
    const Token& token = a.doc.tokens[w];
    // "a Saudi official said": a demonym qualifies the one unnamed.
    const int qualifier = a.ctx.mention_at_token[w];
    const bool demonym = qualifier >= 0 && a.doc.mentions[static_cast<std::size_t>(qualifier)].form == MentionForm::demonym;
    if (token.kind != TokenKind::word || (token.capitalized && !demonym && !a.in(w, WordClass::indefinite_article))) return std::nullopt;
    if (!demonym && refers_to_someone(a, w, stop)) return std::nullopt;
    // A company's or a bank's spokesman; a ministry's is the state's, not the company named before.
    for_body = for_body || (a.in(w, WordClass::body_noun) && a.ctx.lexicon.org_head_kind(a.lower(w)) != "government");
    if (!a.in(w, WordClass::indefinite_article)) continue;
    if (t == k) return std::nullopt;
    for (std::size_t b = w; for_body && b > stop; --b) {  // the nearest organization before
      const int m = a.ctx.mention_at_token[b - 1];
      if (m < 0) continue;
      const Mention& mention = a.doc.mentions[static_cast<std::size_t>(m)];
      if (mention.type == EntityType::organization && mention.entity >= 0) return std::vector<int>{mention.entity};
    }
    return std::vector<int>{};
  }
  return std::nullopt;
}

// "his office said", "Mwangi's spokesman said": the person someone speaks for, right before the verb at k;
// -1 when none.
int principal_of_voice(const Analysis& a, std::size_t k, std::size_t stop) {
  if (k < stop + 2 || !a.in(k - 1, WordClass::voice_of)) return -1;
  const std::size_t p = k - 2;
  if (a.in(p, WordClass::possessive_pronoun)) return a.pronoun(p);
  if (a.doc.tokens[p].kind != TokenKind::possessive || p == stop) return -1;
  const int m = a.ctx.mention_at_token[p - 1];
  if (m < 0 || a.doc.mentions[static_cast<std::size_t>(m)].type != EntityType::person) return -1;
  return a.doc.mentions[static_cast<std::size_t>(m)].entity;
}

// The speakers written left of the verb at token v, back to `stop`. An
// appositive between them is skipped: "X, the ministry's spokesperson, said".
std::vector<int> speakers_before(const Analysis& a, std::size_t v, std::size_t stop) {
  const Document& doc = a.doc;
  const std::string_view verb = a.lower(v);
  // "Pakistan issued a statement (on Monday) accusing India ...": whoever issued the statement said it.
  if (v > stop + 1 && verb.ends_with("ing") && a.lower(v - 1) != ",") {
    std::size_t n = v;
    while (n > stop + 1 && n + 4 > v && !a.in(n - 1, WordClass::statement_noun) && a.doc.tokens[n - 1].kind == TokenKind::word) --n;
    // n - 3: the verb that issued it ("issued", "released"), whose subject is the speaker.
    if (n >= stop + 4 && a.in(n - 1, WordClass::statement_noun) && a.in(n - 2, WordClass::indefinite_article) &&
        a.doc.tokens[n - 3].kind == TokenKind::word && !a.doc.tokens[n - 3].capitalized) {
      // A name right before that verb ("Pakistan issued"), read whole: a country before an unknown word
      // reads as a modifier to the phrase rules.
      if (const int m = a.ctx.mention_at_token[n - 4]; m >= 0 && is_speaker_type(a, a.doc.mentions[static_cast<std::size_t>(m)].entity)) {
        return {a.doc.mentions[static_cast<std::size_t>(m)].entity};
      }
      return speakers_before(a, n - 3, stop);
    }
  }
  if (v > stop && verb.ends_with("ing") && a.lower(v - 1) == ",") {
    // "..., adding ...", "..., calling it ...": whoever said the first part
    // ("the ministry said ..., adding"), or else the subject of the sentence.
    for (std::size_t t = v - 1; t > stop; --t) {
      const Hit* h = a.hit_at(t - 1);
      if (h && h->token == t - 1 && is_saying(*h) && !a.lower(t - 1).ends_with("ing")) return speakers_before(a, t - 1, stop);
    }
    const int s = a.ctx.sentence_of_token[v];
    const int subject = s >= 0 ? a.subject_of_sentence(static_cast<std::size_t>(s)) : -1;
    if (is_speaker_type(a, subject)) return {subject};
  }
  std::size_t k = v;
  while (k > stop && (a.in(k - 1, WordClass::speech_adverb) ||
                      (a.lower(k - 1).size() > 4 && a.lower(k - 1).ends_with("ly") && !a.doc.tokens[k - 1].capitalized))) {
    --k;
  }
  if (const int principal = principal_of_voice(a, k, stop); is_speaker_type(a, principal)) return {principal};
  // "..., Eva Huber, who said ...", "the ministry, which said ...": whom the relative clause is about.
  if (k >= stop + 3 && a.in(k - 1, WordClass::relative_pronoun) && a.lower(k - 2) == ",") {
    const int m = a.ctx.mention_at_token[k - 3];
    if (m >= 0 && a.ctx.mention_end(m) == k - 2 && is_speaker_type(a, doc.mentions[static_cast<std::size_t>(m)].entity)) {
      return {doc.mentions[static_cast<std::size_t>(m)].entity};
    }
  }
  if (const int body = body_spoken_of_as_it(a, k, stop); body >= 0) return {body};
  if (std::optional<std::vector<int>> unnamed = indefinite_speaker(a, k, stop)) return *unnamed;
  // Lower-case words right before the verb: "..., officials said", "..., a
  // senior diplomat said" name no one; "the Russian foreign ministry said"
  // is its country speaking.
  {
    std::size_t c = k;
    bool body = false;
    while (c > stop && k - c < 5 && doc.tokens[c - 1].kind == TokenKind::word && !doc.tokens[c - 1].capitalized &&
           a.ctx.mention_at_token[c - 1] < 0 && !refers_to_someone(a, c - 1, stop) && !a.in(c - 1, WordClass::additive_conjunction)) {
      body = body || (c == k && a.in(c - 1, WordClass::body_noun));  // the body is the head noun: "the Russian foreign ministry said"
      --c;
    }
    if (c < k && c > stop && body) {
      const int m = a.ctx.mention_at_token[c - 1];
      if (m >= 0 && doc.mentions[static_cast<std::size_t>(m)].type == EntityType::country && doc.mentions[static_cast<std::size_t>(m)].entity >= 0) {
        return {doc.mentions[static_cast<std::size_t>(m)].entity};
      }
    }
    // "..., the company said": a body named before, unlike "..., officials said".
    if (c < k && c > stop && a.lower(c - 1) == "," && !(a.ctx.stands_for_body(k - 1) && a.body(k - 1) >= 0)) return {};
  }
  if (k > stop && a.lower(k - 1) == ",") {
    std::size_t c = k - 1;
    while (c > stop && c + 16 > k && a.lower(c - 1) != ",") --c;
    if (c > stop && a.lower(c - 1) == ",") {
      // "Lima's spokesman, Paul Reyes, said": the name between the commas is the speaker, the words
      // before it only say who they are.
      int named = -1;
      bool only_names = true;
      for (std::size_t t = c; t + 1 < k && only_names; ++t) {
        const int m = a.ctx.mention_at_token[t];
        only_names = m >= 0;
        if (only_names && doc.mentions[static_cast<std::size_t>(m)].type == EntityType::person) named = doc.mentions[static_cast<std::size_t>(m)].entity;
      }
      if (only_names && named >= 0 && is_speaker_type(a, named)) return {named};
      const Group g = a.left(c - 1, stop);
      std::vector<int> out;
      for (int e : g.items) {
        if (is_speaker_type(a, e)) out.push_back(e);
      }
      if (!out.empty()) return out;
    }
  }
  // "was expressed", "had not been announced": no speaker before a passive;
  // "noted ..., and expressed ...": the first verb's speaker has it all.
  if (k > stop) {
    if (a.in(k - 1, WordClass::passive_auxiliary)) return {};
  }
  if (const int described = person_before_open_apposition(a, k, stop); described >= 0) return {described};
  Group g = a.left(v, stop);
  // "X was quoted by the BBC as saying": the medium is no speaker; the one quoted, before it, is.
  if (std::size_t medium = g.first; !g.items.empty() && medium > stop) {
    if (a.in(medium - 1, WordClass::determiner)) --medium;
    if (medium >= stop + 2 && a.ctx.lexicon.class_member_at(a.ctx.keys.lower_id, medium - 2, WordClass::quoted_by) == 2) g = a.left(medium - 2, stop);
  }
  std::vector<int> out;
  for (int e : g.items) {
    if (is_speaker_type(a, e)) out.push_back(e);
  }
  if (g.items.size() == 1) {
    // "Hasina's visit underlines ...": a possessive names no speaker.
    std::size_t end = g.first;
    bool modifier = false;
    a.entity_starting(g.first, v, end, modifier);
    if (end < v && doc.tokens[end].kind == TokenKind::possessive) return {};
  }
  if (out.empty() && g.bounded && g.first + 1 == v) {
    // "... less than an hour after telling reporters": the sentence's subject.
    const int s = a.ctx.sentence_of_token[v];
    if (s >= 0 && is_speaker_type(a, a.subject_of_sentence(static_cast<std::size_t>(s)))) out.push_back(a.subject_of_sentence(static_cast<std::size_t>(s)));
  }
  return out;
}


// The speaker written right after the verb ending at token t: "said Kato", "said the minister".
int speaker_after(const Analysis& a, std::size_t t, std::size_t limit) {
  constexpr std::size_t kSpeakerWords = 10;  // "a statement issued by Odinga's spokesman X"
  // A title at token k and the name of its holder after it.
  const auto titled_name_at = [&](std::size_t k) {
    const int title = k < limit ? a.ctx.mention_at_token[k] : -1;
    if (title < 0 || a.doc.mentions[static_cast<std::size_t>(title)].type != EntityType::office) return false;
    const std::size_t after = a.ctx.mention_end(title);
    const int name = after < limit ? a.ctx.mention_at_token[after] : -1;
    return name >= 0 && a.doc.mentions[static_cast<std::size_t>(name)].type == EntityType::person;
  };
  for (std::size_t i = t; i < limit && i < t + kSpeakerWords; ++i) {
    std::size_t end = i;
    bool modifier = false;
    const int e = a.entity_starting(i, limit, end, modifier);
    // "said the Prime Minister's Chief Advisor X" (a title in the possessive), "... by Odinga's spokesman X" (a
    // name in the possessive before a title and its holder): the one owned spoke.
    const int m = a.ctx.mention_at_token[i];
    const bool possessor = end < limit && a.doc.tokens[end].kind == TokenKind::possessive && m >= 0 &&
                           (a.doc.mentions[static_cast<std::size_t>(m)].type == EntityType::office || titled_name_at(end + 1));
    if (e >= 0 && !modifier && !possessor) return is_speaker_type(a, e) ? e : -1;
    if (possessor && (e >= 0 || modifier)) {
      i = end;
      continue;
    }
    if (a.ctx.stands_for_person(i)) return a.pronoun(i);
    if (modifier) {
      i = end - 1;
      continue;
    }
    // "according to a statement (issued) by the ministry": the statement's author.
    const bool issued = i > t && a.in(i, WordClass::statement_issue_verb) && a.in(i - 1, WordClass::statement_noun);
    const bool source = i > t && a.in(i, WordClass::statement_source) &&
                        (a.in(i - 1, WordClass::statement_noun) || (i > t + 1 && a.in(i - 1, WordClass::statement_issue_verb) && a.in(i - 2, WordClass::statement_noun)));
    if (a.in(i, WordClass::indefinite_article) || a.in(i, WordClass::statement_noun) || issued || source) continue;
    // "said African Union Commission Chairperson Dr. Jean Ping": title words before the name.
    const bool title_word = a.doc.tokens[i].capitalized && a.doc.tokens[i].kind == TokenKind::word;
    if (!a.in(i, WordClass::definite_article) && a.doc.tokens[i].kind != TokenKind::possessive && !title_word && a.lower(i) != ".") break;
  }
  return -1;
}

std::string medium_near(const Analysis& a, std::size_t from, std::size_t end) {
  for (std::size_t t = from; t < end && t < from + 12; ++t) {
    if (a.in(t, WordClass::hearer_verb) && t + 1 < end) {
      if (a.in(t + 1, WordClass::press_noun)) return std::string(a.lower(t + 1));
      std::size_t e = t + 1;
      bool modifier = false;
      const int m = a.entity_starting(t + 1, end, e, modifier);
      if (m >= 0 && !modifier && a.doc.entities[static_cast<std::size_t>(m)].type == EntityType::organization) return a.id(m);
    }
    if (a.in(t, WordClass::statement_noun)) return "statement";
    if (a.in(t, WordClass::post_word)) return "tweet";
  }
  return {};
}

void set_about(const Analysis& a, Statement& st, std::size_t first, std::size_t end, const std::string& speaker) {
  std::set<std::string> ids(st.about.begin(), st.about.end());  // added to: the words may come in two parts
  for (std::size_t t = first; t < end; ++t) {
    const int m = a.ctx.mention_at_token[t];
    if (m < 0) continue;
    const Mention& mention = a.doc.mentions[static_cast<std::size_t>(m)];
    if (mention.entity < 0 || mention.type == EntityType::office || mention.type == EntityType::location) continue;
    const std::string& id = a.id(mention.entity);
    if (id != speaker) ids.insert(id);
  }
  st.about.assign(ids.begin(), ids.end());
}

bool new_paragraph_before(const Document& doc, std::size_t t) {
  if (t == 0) return true;
  // The gap between two tokens is a byte or none, nearly always: looked at in place, not with a call to memchr.
  for (std::uint32_t i = doc.tokens[t - 1].span.end; i < doc.tokens[t].span.begin; ++i) {
    if (doc.text[i] == '\n') return true;
  }
  return false;
}

// The speaker of the last verb of saying in the paragraph before token t
// (outside quotes), and where that verb is.
std::pair<int, std::size_t> last_reported(const Analysis& a, std::size_t t) {
  const int s0 = t > 0 ? a.ctx.sentence_of_token[t - 1] : -1;
  for (int s = s0; s >= 0 && s0 - s < 3; --s) {
    const auto& hits = a.hits[static_cast<std::size_t>(s)];
    for (auto it = hits.rbegin(); it != hits.rend(); ++it) {
      if (!is_saying(*it) || a.in_quote[it->token]) continue;
      const std::vector<int> speakers = speakers_before(a, it->token, a.doc.sentences[static_cast<std::size_t>(s)].first_token);
      if (!speakers.empty()) return {speakers.front(), it->token};
    }
  }
  return {-1, 0};
}
int reported_speaker_before(const Analysis& a, std::size_t t) { return last_reported(a, t).first; }
std::size_t reported_position(const Analysis& a, std::size_t t) { return last_reported(a, t).second; }

}  // namespace

namespace {

// A statement of reported speech read around one verb of saying.
struct Reported {
  std::vector<int> speakers;
  std::size_t content_first = 0, content_end = 0;  ///< the reported words, tokens [first, end)
  std::size_t rest_first = 0, rest_end = 0;        ///< their continuation after an attribution inside them, if any
};

class StatementRules {
  using FoundReport = std::pair<const Hit*, Reported>;

 public:
  StatementRules(Reading& reading, const Analysis& analysis) : ctx_(reading), doc_(reading.doc), a_(analysis) {
    // Where each token's paragraph ends, found once: many quotes in one paragraph must not each walk to its end.
    paragraph_end_.resize(doc_.tokens.size());
    std::size_t end = doc_.tokens.size();
    for (std::size_t t = doc_.tokens.size(); t-- > 0;) {
      paragraph_end_[t] = end;
      if (new_paragraph_before(doc_, t)) end = t;
    }
  }

  void run() {
    for (const rules::Quote& q : a_.quotes) direct_quote(q);
    transcript_lines();
    introduced_paragraphs();
    for (std::size_t si = first_prose_sentence(); si < doc_.sentences.size(); ++si) reported_speech(si);
  }

 private:
  // The first sentence that ends as prose does ("." "?" "!", before a closing quote too), or is longer
  // than a headline: the lines before it are a page's header and headlines ("Kolo confirms postponement
  // of summit"), which report no words.
  std::size_t first_prose_sentence() const {
    constexpr std::size_t longest_headline = 25;  // words
    for (std::size_t si = 0; si < doc_.sentences.size(); ++si) {
      if (word_count(a_, doc_.sentences[si].first_token, doc_.sentences[si].end_token) > longest_headline) return si;
      std::size_t last = doc_.sentences[si].end_token;
      while (last > doc_.sentences[si].first_token && doc_.tokens[last - 1].kind == TokenKind::close_quote) --last;
      if (last == doc_.sentences[si].first_token) continue;
      const std::string_view mark = doc_.slice(doc_.tokens[last - 1].span);
      if (mark == "." || mark == "?" || mark == "!" || mark == "\u2026") return si;
    }
    return doc_.sentences.size();
  }

  // --- transcripts --------------------------------------------------------

  // "Vladimir Putin: Mr President, friends, ...", "President X (retranslated): ...": a paragraph that opens
  // with a person's name (titles before it, a bracketed note after it) and a colon is their words, as a
  // transcript writes them.
  void transcript_lines() {
    constexpr std::size_t longest_label = 8;  // tokens before the colon
    for (std::size_t t = 0; t < doc_.tokens.size(); t = paragraph_end_[t]) {
      if (a_.in_quote[t]) continue;
      const std::size_t end = paragraph_end_[t];
      int speaker = -1;
      std::size_t k = t;
      while (k < end && k < t + longest_label) {
        const int m = ctx_.mention_at_token[k];
        if (m < 0) break;
        const Mention& mention = doc_.mentions[static_cast<std::size_t>(m)];
        if (mention.type == EntityType::person) speaker = mention.entity;
        if (mention.type != EntityType::person && mention.type != EntityType::office) break;
        k = ctx_.mention_end(m);
      }
      if (speaker < 0) continue;
      if (k < end && a_.is(k, "(")) {
        while (k < end && k < t + longest_label && !a_.is(k, ")")) ++k;
        ++k;
      }
      if (k + 1 >= end || !a_.is(k, ":") || word_count(a_, k + 1, end) < 4) continue;
      // 'X: "We will not bow"': a quote after the colon is read as one (direct_quote), not a second time here.
      if (doc_.tokens[k + 1].kind == TokenKind::open_quote) continue;
      Statement st;
      st.speaker = a_.id(speaker);
      st.kind = StatementKind::direct;
      st.text = trimmed(doc_.slice({doc_.tokens[k + 1].span.begin, doc_.tokens[end - 1].span.end}));
      st.evidence = {{doc_.tokens[t].span.begin, doc_.tokens[end - 1].span.end}};
      set_about(a_, st, k + 1, end, st.speaker);
      doc_.statements.push_back(std::move(st));
    }
  }

  // --- words introduced by "X said:" -------------------------------------

  bool opens_paragraph(std::size_t t) const { return t > 0 && paragraph_end_[t - 1] == t; }

  // "Minister X said:" closing the paragraph before token `para_first`: the one who says the next paragraph's
  // words, as press releases set them, quoted or not. Marks the verb as introducing them; -1 when none.
  int speaker_introducing(std::size_t para_first) {
    constexpr std::size_t farthest_verb = 4;  // tokens before the colon: "said on Monday:"
    if (para_first < 2 || !a_.is(para_first - 1, ":") || a_.in_quote[para_first - 1]) return -1;
    const int sentence = ctx_.sentence_of_token[para_first - 1];
    if (sentence < 0) return -1;
    const std::size_t first = doc_.sentences[static_cast<std::size_t>(sentence)].first_token;
    for (std::size_t t = para_first - 1; t > first && t + farthest_verb >= para_first; --t) {
      const Hit* h = a_.hit_at(t - 1);
      if (!h || !is_saying(*h)) continue;
      const std::vector<int> before = speakers_before(a_, t - 1, first);
      const int speaker = before.empty() ? speaker_after(a_, h->end, para_first - 1) : before.front();
      if (speaker >= 0) attribution_verbs_.insert(t - 1);
      return speaker;
    }
    return -1;
  }

  // "X said:" ending a paragraph, the next one unquoted: that paragraph is X's words.
  void introduced_paragraphs() {
    constexpr std::size_t fewest_words = 4;
    for (std::size_t t = 0; t < doc_.tokens.size(); t = paragraph_end_[t]) {
      const std::size_t end = paragraph_end_[t];
      if (a_.in_quote[t] || doc_.tokens[t].kind == TokenKind::open_quote || word_count(a_, t, end) < fewest_words) continue;
      const int speaker = speaker_introducing(t);
      if (!is_speaker_type(a_, speaker)) continue;
      Statement st;
      st.speaker = a_.id(speaker);
      st.kind = StatementKind::direct;
      st.text = trimmed(doc_.slice({doc_.tokens[t].span.begin, doc_.tokens[end - 1].span.end}));
      st.evidence = {{doc_.tokens[t].span.begin, doc_.tokens[end - 1].span.end}};
      set_about(a_, st, t, end, st.speaker);
      doc_.statements.push_back(std::move(st));
    }
  }

  // --- direct quotes ------------------------------------------------------

  void direct_quote(const rules::Quote& q) {
    const std::size_t inner_end = q.closed ? q.end - 1 : q.end;
    const std::size_t words = word_count(a_, q.open + 1, inner_end);
    if (words < 2 || inner_end <= q.open + 1) return;
    const int sentence = ctx_.sentence_of_token[q.open];
    if (sentence < 0) return;
    const std::size_t sentence_first = doc_.sentences[static_cast<std::size_t>(sentence)].first_token;
    if (quote_in_clause(q, sentence_first)) return;
    const std::size_t para_end = paragraph_end_[q.end - 1];  // a quote holds at least its opening mark
    bool attributed = false;  // a verb of saying names someone we could not resolve
    int speaker = speaker_after_quote(q, para_end, attributed);
    // A short quote is words said only when it opens its sentence and its speaker follows: “We are ready,” X said.
    if (words < 4 && (q.open != sentence_first || speaker < 0)) return;
    if (speaker < 0) speaker = speaker_before_quote(q, static_cast<std::size_t>(sentence), attributed);
    if (speaker < 0 && !attributed && q.open == sentence_first && opens_paragraph(q.open)) speaker = speaker_introducing(q.open);
    if (speaker < 0 && !attributed && q.open == sentence_first) speaker = continued_speaker(q, sentence_first);
    if (!is_speaker_type(a_, speaker)) return;
    add_direct(q, inner_end, speaker, static_cast<std::size_t>(sentence), para_end);
  }

  // A quote inside a clause ("described him as a “...”") is part of reported speech;
  // one right after a verb of saying, or after its "that" ("noted that “...”"), is the words said.
  bool quote_in_clause(const rules::Quote& q, std::size_t sentence_first) const {
    if (q.open <= sentence_first) return false;
    const Token& before = doc_.tokens[q.open - 1];
    const std::size_t v = q.open - 1 > sentence_first && a_.in(q.open - 1, WordClass::complementizer) ? q.open - 2 : q.open - 1;
    const Hit* verb = a_.hit_at(v);
    const bool introduced = verb && verb->cls == TriggerClass::say;
    return (before.kind == TokenKind::word || before.kind == TokenKind::possessive) && !introduced;
  }

  // Attribution after: “...,” Akazawa said / said Kato / the Chinese leader said /
  // X, academic director for the Brazilian Center for Diplomatic Relations, told AFP
  // (an appositive can be long; the sentence's end bounds the search).
  int speaker_after_quote(const rules::Quote& q, std::size_t para_end, bool& attributed) {
    // “...” — Name: a dash, then who said it, past its modifiers (“— Kenyan President X”).
    if (q.end + 1 < para_end && text::is_dash_token(doc_.slice(doc_.tokens[q.end].span))) {
      std::size_t start = q.end + 1;
      for (int modifiers = 0; modifiers < 3 && start < para_end; ++modifiers) {
        std::size_t end = start;
        bool modifier = false;
        const int e = a_.entity_starting(start, para_end, end, modifier);
        if (e >= 0 && !modifier && is_speaker_type(a_, e)) return e;
        if (!modifier || end <= start) break;
        start = end;
      }
    }
    for (std::size_t t = q.end; t < para_end && t < q.end + 30; ++t) {
      if (a_.in_quote[t] || a_.lower(t) == "." || a_.lower(t) == ";") break;
      const Hit* h = a_.hit_at(t);
      if (!h || h->cls != TriggerClass::say) continue;
      if (h->role == Role::source) {
        // “...,” according to X: only right after the quote.
        if (t > q.end + 1) continue;
        if (const int source = speaker_after(a_, h->end, para_end); source >= 0) return source;
        continue;
      }
      attributed = true;
      std::vector<int> before;
      // "“...,” said X": the speaker after the verb; not after "told", whose hearer follows ("..., told Reuters").
      const bool inverted = t > q.end && a_.lower(t - 1) == "," && !a_.in(t, WordClass::hearer_verb) && speaker_after(a_, h->end, para_end) >= 0;
      if (!inverted) before = speakers_before(a_, t, q.end);
      const int speaker = before.empty() ? speaker_after(a_, h->end, para_end) : before.front();
      if (speaker >= 0) {
        attribution_verbs_.insert(t);
        return speaker;
      }
    }
    return -1;
  }

  // Attribution before: Kato said: “...” / X, Egypt's new President, spoke of ...: “...”
  int speaker_before_quote(const rules::Quote& q, std::size_t sentence, bool& attributed) {
    const std::size_t first = doc_.sentences[sentence].first_token;
    for (std::size_t t = q.open; t > first; --t) {
      if (a_.in_quote[t - 1]) break;
      const Hit* h = a_.hit_at(t - 1);
      if (!h || !is_saying(*h)) continue;
      if (t - 1 > first && a_.in(t - 2, WordClass::additive_conjunction)) continue;  // "reiterated ..., and indicated “...”": the first verb's speaker
      attributed = true;
      const std::vector<int> before = speakers_before(a_, t - 1, first);
      const int speaker = before.empty() ? speaker_after(a_, h->end, q.open) : before.front();
      if (speaker >= 0) {
        if (q.open <= h->end + 2) attribution_verbs_.insert(t - 1);
        return speaker;
      }
    }
    if (q.open > first && a_.lower(q.open - 1) == ":") return a_.subject_of_sentence(sentence);
    return -1;
  }

  // “A.” ... “B.” with no attribution of its own: the same speaker goes on,
  // in the same paragraph or the next; or the one who spoke just before.
  int continued_speaker(const rules::Quote& q, std::size_t sentence_first) const {
    const int reported = reported_speaker_before(a_, sentence_first);
    const bool near = previous_speaker_ >= 0 && q.open >= previous_end_ &&
                      doc_.tokens[q.open].span.begin - doc_.tokens[previous_end_ - 1].span.end < 700;
    if (reported >= 0 && (!near || reported_position(a_, sentence_first) > previous_end_)) return reported;
    return near ? previous_speaker_ : -1;
  }

  void add_direct(const rules::Quote& q, std::size_t inner_end, int speaker, std::size_t sentence, std::size_t para_end) {
    const Span inner{doc_.tokens[q.open].span.end, doc_.tokens[inner_end - 1].span.end};
    Statement st;
    st.speaker = a_.id(speaker);
    st.kind = StatementKind::direct;
    st.text = trimmed(doc_.slice(inner));
    st.medium = medium_near(a_, q.end, para_end);
    if (st.medium.empty() && q.open > 0) st.medium = medium_near(a_, doc_.sentences[sentence].first_token, q.open);
    st.evidence = {{doc_.tokens[q.open].span.begin, doc_.tokens[q.end - 1].span.end}};
    set_about(a_, st, q.open + 1, inner_end, st.speaker);
    if (previous_statement_ < doc_.statements.size() && previous_speaker_ == speaker && continues_previous(q)) {
      join(doc_.statements[previous_statement_], st);  // “A,” he said, “B.” — the second part joins the first
    } else {
      doc_.statements.push_back(std::move(st));
      previous_statement_ = doc_.statements.size() - 1;
    }
    previous_speaker_ = speaker;
    previous_end_ = q.end;
  }

  // Is the quote at q the second part of the previous one, in the same paragraph, soon after it?
  bool continues_previous(const rules::Quote& q) const {
    if (previous_end_ == 0 || q.open < previous_end_ || new_paragraph_before(doc_, q.open) || q.open >= previous_end_ + 40) return false;
    for (std::size_t t = previous_end_; t <= q.open; ++t) {
      if (new_paragraph_before(doc_, t)) return false;
    }
    return true;
  }

  static void join(Statement& prev, const Statement& st) {
    prev.text += " " + st.text;
    prev.evidence.push_back(st.evidence.front());
    for (const std::string& id : st.about) {
      if (std::find(prev.about.begin(), prev.about.end(), id) == prev.about.end()) prev.about.push_back(id);
    }
    std::sort(prev.about.begin(), prev.about.end());
    if (prev.medium.empty()) prev.medium = st.medium;
  }

  // --- reported speech ----------------------------------------------------

  void reported_speech(std::size_t si) {
    const Sentence& s = doc_.sentences[si];
    std::vector<FoundReport> found;
    for (const Hit& h : a_.hits[si]) {
      if (h.cls != TriggerClass::say || a_.in_quote[h.token] || attribution_verbs_.contains(h.token) || says_nothing(h, s)) continue;
      if (h.role != Role::verb && h.role != Role::callon && h.role != Role::source) continue;
      if (!a_.guests_welcomed(h).items.empty()) continue;  // a reception (meetings.cpp), not words
      if (h.role == Role::callon && calls_on_someone(h, s)) continue;  // a visit (meetings.cpp), not an appeal
      Reported r;
      if (!(h.role == Role::source ? read_source(h, si, r) : read_verb(h, s, r))) continue;
      if (h.role != Role::source && !pronoun_outside_words(h, si, r)) continue;
      if (h.role != Role::source) end_before_source(si, r);
      // "said of the deal: “...”": the quote is the words, taken as direct; what leads to it is no statement.
      bool leads_to_quote = false;
      for (std::size_t t = r.content_first; t + 1 < r.content_end && !leads_to_quote; ++t) {
        leads_to_quote = a_.is(t, ":") && doc_.tokens[t + 1].kind == TokenKind::open_quote && a_.in_quote[t + 1];
      }
      if (leads_to_quote || repeats_earlier_words(r)) continue;
      const std::size_t rest_words = r.rest_end > r.rest_first ? word_count(a_, r.rest_first, r.rest_end) : 0;
      if (r.content_end <= r.content_first || word_count(a_, r.content_first, r.content_end) + rest_words < 3) continue;
      // A reported clause that is only the quote already taken as direct adds nothing.
      std::size_t outside = 0;
      for (std::size_t t = r.content_first; t < r.content_end; ++t) outside += !a_.in_quote[t] && doc_.tokens[t].kind == TokenKind::word;
      if (outside < 2 && quote_taken_as_direct(r, s)) continue;
      found.emplace_back(&h, std::move(r));
    }
    end_before_next_speaker(found);
    std::vector<std::string> speakers_here;
    bool any = false;
    for (const auto& item : found) {
      if (reported_inside_another(item, found)) continue;
      Reported words = item.second;
      // The person's words end where the body's attribution begins: "..., the Embassy said".
      for (const FoundReport& other : found) {
        if (contains(other, item.first) && reports_its_person(other, item)) words.content_end = std::min(words.content_end, other.second.content_end);
      }
      any = add_reported(words, *item.first, s, speakers_here) || any;
    }
    if (!any) statement_by_agent(s);
  }

  // Is a quote among the reported words one direct_quote takes as words of its own? Not one inside the
  // clause ("said it “sets an example”"): the reported words are the only statement of it.
  bool quote_taken_as_direct(const Reported& r, const Sentence& s) const {
    // Quotes are in text order: only those opening inside the words are looked at.
    auto q = std::lower_bound(a_.quotes.begin(), a_.quotes.end(), r.content_first, [](const rules::Quote& quote, std::size_t t) { return quote.open < t; });
    for (; q != a_.quotes.end() && q->open < r.content_end; ++q) {
      if (!quote_in_clause(*q, s.first_token)) return true;
    }
    return false;
  }

  // "X and Y are due to hold talks next week, he added": "he" right before the verb is no one the words name.
  // Then it is the person whose words the text gave last, in one of the two sentences before; false
  // (no statement) when there is none.
  bool pronoun_outside_words(const Hit& h, std::size_t si, Reported& r) const {
    if (h.token == 0 || r.speakers.size() != 1 || !a_.in(h.token - 1, WordClass::person_pronoun)) return true;
    const int speaker = r.speakers.front();
    bool named = false;
    for (std::size_t t = r.content_first; t < r.content_end && !named; ++t) {
      const int m = ctx_.mention_at_token[t];
      named = m >= 0 && doc_.mentions[static_cast<std::size_t>(m)].entity == speaker;
    }
    if (!named) return true;
    const int e = latest_speaker(a_, static_cast<int>(si) - 2, doc_.sentences[si].first_token);
    if (!ctx_.is_person(e) || e == speaker) return false;
    r.speakers = {e};
    return true;
  }

  // "X said A, while Y said B": a second speaker's clause joined after a comma is no part of the first's words.
  void end_before_next_speaker(std::vector<FoundReport>& found) const {
    for (FoundReport& outer : found) {
      for (const FoundReport& inner : found) {
        const std::size_t verb = inner.first->token;
        if (&outer == &inner || !contains(outer, inner.first)) continue;
        constexpr std::size_t kLongestSpeaker = 16;  // the second speaker and a description of them
        for (std::size_t c = verb; c-- > outer.second.content_first + 1 && c + kLongestSpeaker > verb;) {
          if (!a_.is(c, ",") || !a_.in(c + 1, WordClass::speaker_joiner) || !names_any(c + 2, verb, inner.second.speakers)) continue;
          outer.second.content_end = c;
          if (outer.second.rest_first >= c) outer.second.rest_first = outer.second.rest_end = 0;
          break;
        }
      }
    }
  }

  // Is one of `entities` named in tokens [from, end)?
  bool names_any(std::size_t from, std::size_t end, const std::vector<int>& entities) const {
    for (std::size_t t = from; t < end; ++t) {
      const int m = ctx_.mention_at_token[t];
      if (m >= 0 && std::find(entities.begin(), entities.end(), doc_.mentions[static_cast<std::size_t>(m)].entity) != entities.end()) return true;
    }
    return false;
  }

  // "X responded that ..., according to Y": the words end where the source of the report is named.
  void end_before_source(std::size_t si, Reported& r) const {
    for (const Hit& other : a_.hits[si]) {
      if (other.cls != TriggerClass::say || other.role != Role::source || other.token <= r.content_first || other.token >= r.content_end) continue;
      std::size_t end = other.token;
      while (end > r.content_first && doc_.tokens[end - 1].kind == TokenKind::punct) --end;
      r.content_end = end;
      if (r.rest_first >= end) r.rest_first = r.rest_end = 0;
      return;
    }
  }

  // "He said this at a meeting with X": the words are a word standing for words told before.
  bool repeats_earlier_words(const Reported& r) const {
    if (r.content_end <= r.content_first || !a_.in(r.content_first, WordClass::said_anaphor)) return false;
    const std::size_t next = r.content_first + 1;
    return next >= r.content_end || doc_.tokens[next].kind == TokenKind::punct || a_.in(next, WordClass::preposition) ||
           a_.in(next, WordClass::adjunct_preposition);
  }

  static bool contains(const FoundReport& outer, const Hit* verb) {
    return outer.second.content_first <= verb->token && verb->token < outer.second.content_end;
  }

  // "Ambassador X highlighted ..., the Embassy said": a body reporting, after them, the words of one of its
  // people leaves the statement to the person.
  bool reports_its_person(const FoundReport& outer, const FoundReport& inner) const {
    const auto& by = outer.second.speakers;
    const auto& person = inner.second.speakers;
    return outer.first->token > inner.first->token && !by.empty() && std::none_of(by.begin(), by.end(), [&](int e) { return ctx_.is_person(e); }) &&
           std::any_of(person.begin(), person.end(), [&](int e) { return ctx_.is_person(e); });
  }

  // "X said Iran condemns ...": a verb inside the words another speaker reports is part of them
  // ("X said he reiterated ..." is X's twice) — unless a body reports its person's words.
  bool reported_inside_another(const FoundReport& item, const std::vector<FoundReport>& found) const {
    const Hit* h = item.first;
    return std::any_of(found.begin(), found.end(), [&](const FoundReport& other) {
      if (other.first == h) return false;
      if (contains(item, other.first) && reports_its_person(item, other)) return true;
      // "Seoul had asked Tokyo to ..., he said": each verb lies in the other's words; the attribution after them is the outer one.
      const bool mutual = contains(item, other.first);
      const bool inside = contains(other, h) && (!mutual || other.first->token > h->token) && !reports_its_person(other, item);
      const auto& outer = other.second.speakers;
      const auto& speakers = item.second.speakers;
      return inside && std::none_of(speakers.begin(), speakers.end(), [&](int e) { return std::find(outer.begin(), outer.end(), e) != outer.end(); });
    });
  }

  // "did not say", "declined to say": nothing was said.
  bool says_nothing(const Hit& h, const Sentence& s) const {
    const auto is_negation = [&](std::size_t t) { return a_.in(t, WordClass::speech_negation); };
    // "claimed responsibility for the attack": a deed, not words.
    if (h.end < s.end_token && ctx_.lexicon.class_member_at(ctx_.keys.lower_id, h.end, WordClass::deed_object) > 0) return true;
    return (h.token > s.first_token && is_negation(h.token - 1)) ||
           (h.token > s.first_token + 1 && a_.in(h.token - 1, WordClass::negated_infinitive) && is_negation(h.token - 2));
  }

  // "according to X": X is the speaker when no verb of this sentence has one.
  bool read_source(const Hit& h, std::size_t si, Reported& r) const {
    const Sentence& s = doc_.sentences[si];
    for (const Hit& o : a_.hits[si]) {
      if (is_saying(o) && &o != &h) return false;
    }
    const int e = speaker_after(a_, h.end, s.end_token);
    if (e < 0) return false;
    r.speakers.push_back(e);
    if (h.token > s.first_token + 2) {
      r.content_first = after_dateline(doc_, s);
      r.content_end = h.token;
    } else {
      // "According to X, ...": the words after X's comma.
      std::size_t c = h.end;
      while (c < s.end_token && a_.lower(c) != ",") ++c;
      r.content_first = c + 1;
      r.content_end = s.end_token;
    }
    return true;
  }

  // A verb of saying: the speakers before it ("X said ...") or after it
  // ("..., said X."), and the words reported.
  // "called on the Prime Minister (at his office)": a courtesy call on people, which says nothing; "called on X
  // to act", "briefed X about the plan" say something.
  bool calls_on_someone(const Hit& h, const Sentence& s) const {
    const Group objects = a_.right(h.end, s.end_token, false);
    if (objects.items.empty()) return false;
    if (objects.end < s.end_token) {
      const std::size_t next = objects.end;
      if (a_.in(next, WordClass::infinitive_marker)) return false;
      // "called on X on Monday", "called on X in Nairobi": when and where, no appeal.
      std::size_t past_date = next + 1;
      while (past_date < s.end_token && ctx_.date_word(past_date)) ++past_date;
      const bool dated = a_.in(next, WordClass::adjunct_preposition) && past_date > next + 1 &&
                         !(past_date < s.end_token && a_.in(past_date, WordClass::infinitive_marker));  // not "on Monday to act"
      const bool adjunct = a_.in(next, WordClass::place_preposition) || ctx_.date_word(next) || doc_.tokens[next].kind == TokenKind::punct ||
                           dated || says_how_they_met(next, s);
      if (!adjunct) return false;
    }
    return std::all_of(objects.items.begin(), objects.items.end(), [&](int e) { return a_.is_person(e); });
  }

  // "briefed X privately", "briefed X by telephone on ...": how they met, not what was said.
  bool says_how_they_met(std::size_t t, const Sentence& s) const {
    if (ctx_.lexicon.class_member_at(ctx_.keys.lower_id, t, WordClass::meeting_manner) > 0) return true;
    for (std::size_t k = t; k < s.end_token && k < t + 2; ++k) {
      if (const TriggerHit* h = ctx_.hit_at(k); h && h->cls == TriggerClass::call) return true;
    }
    return false;
  }

  // "..., said Germany." or "..., said X on Monday": the name after the verb ends the clause; in
  // "X, speaking in Berlin, said Germany would help" it opens what was said.
  bool speaker_ends_clause(std::size_t from, std::size_t end) const {
    std::size_t t = from;
    while (t < end && t < from + 7 && ctx_.mention_at_token[t] < 0) ++t;
    while (t < end && ctx_.mention_at_token[t] >= 0) ++t;  // the speaker and the titles before
    if (t >= end) return true;
    const TokenKind kind = doc_.tokens[t].kind;
    return (kind != TokenKind::word && kind != TokenKind::number) || a_.in(t, WordClass::speech_circumstance) || ctx_.date_word(t);
  }

  // "The border would reopen, X, who arrived on Monday, said.": the words end at the comma before the
  // speaker set off by commas (with their titles), not at the aside's.
  std::size_t before_speaker_aside(const Reported& r) const {
    for (std::size_t t = r.content_end; t-- > r.content_first + 1;) {
      const int m = ctx_.mention_at_token[t];
      if (m < 0 || !a_.is(t + 1, ",") || std::find(r.speakers.begin(), r.speakers.end(), doc_.mentions[static_cast<std::size_t>(m)].entity) == r.speakers.end()) {
        continue;
      }
      std::size_t first = t;
      while (first > r.content_first && ctx_.mention_at_token[first - 1] >= 0) --first;  // the name and the titles before it
      return first > r.content_first + 1 && a_.is(first - 1, ",") ? first - 1 : r.content_end;
    }
    return r.content_end;
  }

  // The comma closes a name or a description in apposition to the subject; the verb after it is the
  // subject's, not inverted ("..., said Y").
  bool closes_apposition(std::size_t comma, const Sentence& s) const {
    if (comma < s.first_token + 2) return false;
    if (ctx_.person_ends_at(comma - 1)) {
      // "The head of the party, X, blamed Y": the name set off by commas, with its titles ("Its chairwoman,
      // Judge X, said ...").
      std::size_t first = comma - 1;
      while (first > s.first_token && ctx_.mention_at_token[first - 1] == ctx_.mention_at_token[comma - 1]) --first;
      const auto title_at = [&](std::size_t t) {
        const int m = ctx_.mention_at_token[t];
        if (m >= 0) return doc_.mentions[static_cast<std::size_t>(m)].type == EntityType::office;
        return doc_.tokens[t].capitalized && ctx_.lexicon.title_word(ctx_.keys.exact_id[t]) != TitleWordKind::none;
      };
      while (first > s.first_token && title_at(first - 1)) --first;
      return first > s.first_token && a_.is(first - 1, ",");
    }
    // "X, a representative for the sheriff's office, told Y": a description set off after the name; "X, in a
    // phone call, thanked Y": an adjunct.
    constexpr std::size_t longest_description = 15;
    for (std::size_t c = comma - 1; c > s.first_token && c + longest_description > comma; --c) {
      if (!a_.is(c, ",")) continue;
      // "X, Odinga's running mate, said": a name in the possessive opens a description too.
      const int owner = ctx_.mention_at_token[c + 1];
      const bool possessed = owner >= 0 && ctx_.mention_end(owner) < comma && doc_.tokens[ctx_.mention_end(owner)].kind == TokenKind::possessive;
      return ctx_.person_ends_at(c - 1) && (possessed || a_.in(c + 1, WordClass::article) || a_.in(c + 1, WordClass::fronting));
    }
    return false;
  }

  // Where the speaker is named before: "X was quoted by state media as saying": before the passive verb
  // of reporting (the one quoted, not the medium after "by"); else right before h.
  std::size_t passive_report_before(const Hit& h, const Sentence& s) const {
    constexpr std::size_t longest_agent = 8;
    for (std::size_t t = h.token; t > s.first_token + 1 && t + longest_agent > h.token; --t) {
      const Hit* report = a_.hit_at(t - 1);
      if (report && report->cls == TriggerClass::say && report->role == Role::report && a_.in(t - 2, WordClass::passive_auxiliary)) return t - 2;
    }
    return h.token;
  }

  bool read_verb(const Hit& h, const Sentence& s, Reported& r) const {
    // "made the remarks in ...": a noun, no verb of saying (but "renewed his warning that ..." reports words).
    // A name that ends in "'s" ("Moody's said") is no possessive.
    const bool possessive = h.token > s.first_token && doc_.tokens[h.token - 1].kind == TokenKind::possessive && ctx_.mention_at_token[h.token - 1] < 0;
    const bool noun = h.token > s.first_token && (a_.in(h.token - 1, WordClass::determiner) || possessive);
    if (noun && !(h.end < s.end_token && a_.in(h.end, WordClass::complementizer))) return false;
    r.content_first = h.end;
    r.content_end = s.end_token;
    const bool inverted = h.token > s.first_token && a_.lower(h.token - 1) == "," && !closes_apposition(h.token - 1, s) &&
                          speaker_after(a_, h.end, s.end_token) >= 0 && speaker_ends_clause(h.end, s.end_token);
    if (!inverted) r.speakers = speakers_before(a_, passive_report_before(h, s), s.first_token);
    if (r.speakers.empty()) {
      // "..., said X."
      if (h.token == s.first_token || a_.lower(h.token - 1) != ",") return false;
      const int e = speaker_after(a_, h.end, s.end_token);
      if (e < 0) return false;
      r.speakers.push_back(e);
      r.content_first = after_dateline(doc_, s);
      r.content_end = h.token - 1;
      return true;
    }
    // The reported words follow the verb ("said that ..."), or precede the
    // speaker when nothing follows ("..., Akazawa said."). A plain verb of
    // saying, or any verb before "that" ("warned that ..."), is not part of the words.
    if (h.plain || (h.end < s.end_token && a_.in(h.end, WordClass::complementizer))) {
      r.content_first = words_after_plain_verb(h, s, r.content_end);
    } else {
      // Keep the verb: "congratulated X on ...", "positively assessed ...".
      std::size_t speaker_end = h.token;
      while (speaker_end > s.first_token && ctx_.mention_at_token[speaker_end - 1] < 0 && speaker_end > h.token - 2 &&
             a_.lower(speaker_end - 1) != "," && !refers_to_someone(a_, speaker_end - 1, s.first_token) &&
             !(speaker_end - 1 > s.first_token && ctx_.stands_for_body(speaker_end - 1))) {
        --speaker_end;  // an adverb right before the verb
      }
      r.content_first = speaker_end;
    }
    const bool no_words_after = only_circumstances(h.end, r.content_end);
    if (word_count(a_, r.content_first, r.content_end) < 3 || hearer_after_words(h, s, r.content_first) || no_words_after) {
      std::size_t speaker_first = h.token;
      while (speaker_first > s.first_token && a_.lower(speaker_first - 1) != ",") --speaker_first;
      if (speaker_first > s.first_token + 1) {
        r.content_first = after_dateline(doc_, s);
        r.content_end = speaker_first - 1;
        r.content_end = before_speaker_aside(r);
        // "The deputy governor of the bank, X, briefed reporters": the words before the comma are X's title, not X's words.
        if (holds_title_in(r.speakers, r.content_first, r.content_end) || describes_speaker(r) || clause_on_noun(speaker_first, h.token)) return false;
        read_continuation(h, s, r);
      } else if (no_words_after) {
        return false;
      }
    }
    return true;
  }

  // "..., a demand Berlin rejects": an article and a common noun (no title) right before the name between the
  // comma (before `first`) and the verb make a clause about the noun, not who spoke.
  bool clause_on_noun(std::size_t first, std::size_t verb) const {
    std::size_t t = verb;
    while (t > first && ctx_.mention_at_token[t - 1] < 0) --t;
    if (t <= first + 2) return false;
    const int name = ctx_.mention_at_token[t - 1];
    if (doc_.mentions[static_cast<std::size_t>(name)].type == EntityType::office) return false;  // "a company spokesman said"
    std::size_t b = t - 1;
    while (b > first && ctx_.mention_at_token[b - 1] == name) --b;
    if (b < first + 2) return false;
    const std::size_t noun = b - 1;
    return doc_.tokens[noun].kind == TokenKind::word && !doc_.tokens[noun].capitalized && ctx_.mention_at_token[noun] < 0 &&
           ctx_.lexicon.title_word(ctx_.keys.lower_id[noun]) == TitleWordKind::none && a_.in(noun - 1, WordClass::article);
  }

  // "X replied on Monday in Vienna.": after the verb only when and where, no words.
  bool only_circumstances(std::size_t from, std::size_t end) const {
    for (std::size_t t = from; t < end; ++t) {
      const int m = ctx_.mention_at_token[t];
      // "was quoted as saying by the Daily Nation": the medium that reported the words.
      if (a_.in(t, WordClass::agent_preposition)) {
        const std::size_t o = t + 1 < end && a_.in(t + 1, WordClass::definite_article) ? t + 2 : t + 1;
        const int medium = o < end ? ctx_.mention_at_token[o] : -1;
        if (medium >= 0 && doc_.mentions[static_cast<std::size_t>(medium)].type == EntityType::organization) {
          t = ctx_.mention_end(medium) - 1;
          continue;
        }
      }
      const bool place = m >= 0 && (doc_.mentions[static_cast<std::size_t>(m)].type == EntityType::location ||
                                    doc_.mentions[static_cast<std::size_t>(m)].type == EntityType::country);
      const bool adverb = a_.lower(t).size() > 4 && a_.lower(t).ends_with("ly") && !doc_.tokens[t].capitalized;
      if (!(place || adverb || ctx_.date_word(t) || a_.in(t, WordClass::time_word) || a_.in(t, WordClass::day_part) ||
            a_.in(t, WordClass::adjunct_preposition) || a_.in(t, WordClass::definite_article) || doc_.tokens[t].kind == TokenKind::punct)) {
        return false;
      }
    }
    return true;
  }

  // "X, the opposition leader, responded quickly.", "X, who served until 2014, denied it.": the words before
  // the verb's comma are a speaker and a description of them in apposition, not their words.
  bool describes_speaker(const Reported& r) const {
    const int m = ctx_.mention_at_token[r.content_first];
    if (m < 0 || std::find(r.speakers.begin(), r.speakers.end(), doc_.mentions[static_cast<std::size_t>(m)].entity) == r.speakers.end()) return false;
    const std::size_t comma = ctx_.mention_end(m);
    return comma + 1 < r.content_end && a_.is(comma, ",") &&
           (a_.in(comma + 1, WordClass::article) || a_.in(comma + 1, WordClass::possessive_pronoun) || a_.in(comma + 1, WordClass::relative_pronoun));
  }

  // Do the words from `first` open with a title one of the speakers holds ("The deputy governor of ...",
  // "Kenya's finance minister"), past articles and the title's owner?
  bool holds_title_in(const std::vector<int>& speakers, std::size_t first, std::size_t end) const {
    // The title's owner before it: a country or a body, not a person and not the title itself.
    const auto owner_word = [&](std::size_t t) {
      const int m = ctx_.mention_at_token[t];
      if (m < 0) return false;
      const EntityType type = doc_.mentions[static_cast<std::size_t>(m)].type;
      return type != EntityType::office && type != EntityType::person;
    };
    std::size_t t = first;
    while (t < end && (a_.in(t, WordClass::determiner) || doc_.tokens[t].kind == TokenKind::possessive || owner_word(t))) ++t;
    const int m = t < end ? ctx_.mention_at_token[t] : -1;
    if (m < 0 || doc_.mentions[static_cast<std::size_t>(m)].type != EntityType::office) return false;
    // "President X and Y agreed to ..., X said": a title before a name opens words about its holder.
    if (const std::size_t after = ctx_.mention_end(m); after < end && ctx_.mention_at_token[after] >= 0 &&
                                                       doc_.mentions[static_cast<std::size_t>(ctx_.mention_at_token[after])].type == EntityType::person) {
      return false;
    }
    const int office = doc_.mentions[static_cast<std::size_t>(m)].entity;
    return std::any_of(doc_.holdings.begin(), doc_.holdings.end(), [&](const OfficeHolding& held) {
      return held.office == office && std::find(speakers.begin(), speakers.end(), held.holder) != speakers.end();
    });
  }

  // "The talks were useful, Lund told a news conference.": after "told" only its hearer, no "that"; the
  // words are the clause before the speaker's comma.
  bool hearer_after_words(const Hit& h, const Sentence& s, std::size_t content_first) const {
    if (!a_.in(h.token, WordClass::hearer_verb) || (content_first > h.end && a_.in(content_first - 1, WordClass::complementizer))) return false;
    std::size_t comma = h.token;
    while (comma > s.first_token && !a_.is(comma - 1, ",")) --comma;
    // Only the speaker's name and titles between the comma and the verb (not "X, who arrived, told ...").
    if (comma == h.token || comma == s.first_token) return false;
    for (std::size_t t = comma; t < h.token; ++t) {
      if (ctx_.mention_at_token[t] < 0 && !a_.in(t, WordClass::determiner)) return false;
    }
    return word_count(a_, after_dateline(doc_, s), comma - 1) >= 4;
  }

  // "The talks, Mwangi said, were frank": the words go on after the attribution's closing comma
  // (not "..., he said, adding ..." nor "..., he said, in a statement").
  void read_continuation(const Hit& h, const Sentence& s, Reported& r) const {
    const std::size_t c = h.end;
    if (c + 1 >= s.end_token || !a_.is(c, ",") || a_.in(c + 1, WordClass::speech_circumstance)) return;
    if (const Hit* next = a_.hit_at(c + 1); next && next->cls == TriggerClass::say) return;
    // Only a fronted part is continued ("The border, X said, would ..."), not a whole clause followed by an aside.
    if (word_count(a_, c + 1, s.end_token) < 2 || word_count(a_, r.content_first, r.content_end) > 5 || a_.in(c + 1, WordClass::clause_boundary)) return;
    r.rest_first = c + 1;
    r.rest_end = s.end_token;
  }

  // Where the reported words start after "said", "told reporters",
  // "said on Thursday that"; `content_end` when they stand before the speaker.
  std::size_t words_after_plain_verb(const Hit& h, const Sentence& s, std::size_t content_end) const {
    std::size_t c = h.end;
    if (c < s.end_token && a_.in(c, WordClass::press_noun)) ++c;
    // "said on Thursday that ...": a time phrase before "that".
    for (std::size_t t = c; t < s.end_token && t < c + 7; ++t) {
      if (a_.in(t, WordClass::complementizer)) {
        c = t;
        break;
      }
      if (doc_.tokens[t].kind != TokenKind::word && doc_.tokens[t].kind != TokenKind::number) break;
    }
    if (c < s.end_token && a_.in(c, WordClass::complementizer)) return c + 1;
    // "..., X said Thursday in Jakarta.": a bare date, then where or nothing: the words are before the speaker.
    std::size_t date_end = c;
    while (date_end < s.end_token && date_end < c + 3 &&
           (a_.in(date_end, WordClass::time_word) || weekday_number(doc_.slice(doc_.tokens[date_end].span)) >= 0 ||
            month_number(doc_.slice(doc_.tokens[date_end].span)) > 0 || (date_end > c && doc_.tokens[date_end].kind == TokenKind::number))) {
      ++date_end;
    }
    if (date_end > c && date_end < s.end_token && a_.in(date_end, WordClass::speech_circumstance)) return content_end;
    if (c < s.end_token && (a_.is(c, ",") || a_.in(c, WordClass::speech_circumstance))) {
      // "X said on Wednesday he would ...": a date, then the words; "..., the ministry
      // said, in ...", "X said in a statement.": the words are before the speaker.
      std::size_t d = c + 1;
      while (d < s.end_token && d < c + 4 && ctx_.date_word(d)) ++d;
      // "..., X said on Monday, as talks ended": after the date a comma, so the words are before the speaker.
      if (!a_.is(c, ",") && d > c + 1 && !(d < s.end_token && a_.is(d, ","))) return d < s.end_token && a_.in(d, WordClass::complementizer) ? d + 1 : d;
      return content_end;
    }
    return c;
  }

  // One statement per speaker not yet given one in this sentence; true if any was added.
  bool add_reported(const Reported& r, const Hit& h, const Sentence& s, std::vector<std::string>& speakers_here) {
    bool added = false;
    const Span content{doc_.tokens[r.content_first].span.begin, doc_.tokens[r.content_end - 1].span.end};
    for (int e : r.speakers) {
      const std::string& id = a_.id(e);
      if (std::find(speakers_here.begin(), speakers_here.end(), id) != speakers_here.end()) continue;
      Statement st;
      st.speaker = id;
      st.kind = StatementKind::indirect;
      st.text = trimmed(doc_.slice(content));
      if (st.text.empty()) continue;
      if (r.rest_end > r.rest_first) {
        const std::string rest = trimmed(doc_.slice({doc_.tokens[r.rest_first].span.begin, doc_.tokens[r.rest_end - 1].span.end}));
        if (!rest.empty()) st.text += " " + rest;
      }
      st.evidence = {s.span};
      st.medium = medium_near(a_, h.token, s.end_token);
      set_about(a_, st, r.content_first, r.content_end, id);
      if (r.rest_end > r.rest_first) set_about(a_, st, r.rest_first, r.rest_end, id);
      doc_.statements.push_back(std::move(st));
      speakers_here.push_back(id);
      added = true;
    }
    return added;
  }

  // "In a statement released by the ministry, a strong condemnation was expressed ...".
  void statement_by_agent(const Sentence& s) {
    for (std::size_t t = s.first_token; t + 2 < s.end_token; ++t) {
      if (!a_.in(t, WordClass::statement_noun) || a_.in_quote[t]) continue;
      std::size_t by = t + 1;
      while (by < s.end_token && by < t + 8 && !a_.in(by, WordClass::agent_preposition) && a_.lower(by) != ",") ++by;
      if (by + 1 >= s.end_token || !a_.in(by, WordClass::agent_preposition)) return;
      std::size_t i = by + 1;
      if (a_.in(i, WordClass::definite_article)) ++i;
      std::size_t end = i;
      bool modifier = false;
      const int e = a_.entity_starting(i, s.end_token, end, modifier);
      if (e < 0 || modifier || !is_speaker_type(a_, e) || end >= s.end_token || a_.lower(end) != ",") return;
      if (word_count(a_, end + 1, s.end_token) < 3) return;
      Statement st;
      st.speaker = a_.id(e);
      st.kind = StatementKind::indirect;
      st.text = trimmed(doc_.slice({doc_.tokens[end + 1].span.begin, s.span.end}));
      st.medium = "statement";
      st.evidence = {s.span};
      set_about(a_, st, end + 1, s.end_token, st.speaker);
      doc_.statements.push_back(std::move(st));
      return;
    }
  }

  Reading& ctx_;
  Document& doc_;
  const Analysis& a_;
  std::vector<std::size_t> paragraph_end_;   // per token: the first token of the next paragraph
  std::set<std::size_t> attribution_verbs_;  // say triggers that introduce a direct quote
  int previous_speaker_ = -1;
  std::size_t previous_end_ = 0;  // token after the previous attributed quote
  std::size_t previous_statement_ = static_cast<std::size_t>(-1);
};

}  // namespace

void relate_statements(Reading& reading, const rules::Analysis& analysis) { StatementRules(reading, analysis).run(); }

}  // namespace newsgraph
