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

// The speakers written left of the verb at token v, back to `stop`. An
// appositive between them is skipped: "X, the ministry's spokesperson, said".
std::vector<int> speakers_before(const Analysis& a, std::size_t v, std::size_t stop) {
  const Document& doc = a.doc;
  const std::string_view verb = a.lower(v);
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
  // Lower-case words right before the verb: "..., officials said", "..., a
  // senior diplomat said" name no one; "the Russian foreign ministry said"
  // is its country speaking.
  {
    std::size_t c = k;
    bool body = false;
    while (c > stop && k - c < 5 && doc.tokens[c - 1].kind == TokenKind::word && !doc.tokens[c - 1].capitalized &&
           a.ctx.mention_at_token[c - 1] < 0 && !a.in(c - 1, WordClass::person_pronoun) && !a.in(c - 1, WordClass::additive_conjunction)) {
      body = body || (c == k && a.in(c - 1, WordClass::body_noun));  // the body is the head noun: "the Russian foreign ministry said"
      --c;
    }
    if (c < k && c > stop && body) {
      const int m = a.ctx.mention_at_token[c - 1];
      if (m >= 0 && doc.mentions[static_cast<std::size_t>(m)].type == EntityType::country && doc.mentions[static_cast<std::size_t>(m)].entity >= 0) {
        return {doc.mentions[static_cast<std::size_t>(m)].entity};
      }
    }
    if (c < k && c > stop && a.lower(c - 1) == ",") return {};
  }
  if (k > stop && a.lower(k - 1) == ",") {
    std::size_t c = k - 1;
    while (c > stop && c + 16 > k && a.lower(c - 1) != ",") --c;
    if (c > stop && a.lower(c - 1) == ",") {
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
  const Group g = a.left(v, stop);
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

// The first token of a sentence's own words: past a dateline ("LONDON, Oct 3 —").
std::size_t after_dateline(const Analysis& a, const Sentence& s) {
  const Document& doc = a.doc;
  if (s.first_token >= s.end_token || !doc.tokens[s.first_token].all_caps) return s.first_token;
  for (std::size_t t = s.first_token + 1; t < s.end_token && t < s.first_token + 8; ++t) {
    const std::string_view w = doc.slice(doc.tokens[t].span);
    if (w == "\u2014" || w == "\u2013" || w == "-" || w == "--") return t + 1;
  }
  return s.first_token;
}

// The speaker written right after the verb ending at token t: "said Kato", "said the minister".
int speaker_after(const Analysis& a, std::size_t t, std::size_t limit) {
  for (std::size_t i = t; i < limit && i < t + 7; ++i) {
    std::size_t end = i;
    bool modifier = false;
    const int e = a.entity_starting(i, limit, end, modifier);
    if (e >= 0 && !modifier) return is_speaker_type(a, e) ? e : -1;
    if (a.in(i, WordClass::person_pronoun)) return a.pronoun(i);
    if (modifier) {
      i = end - 1;
      continue;
    }
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
  std::set<std::string> ids;
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
  const std::string_view gap = std::string_view(doc.text).substr(doc.tokens[t - 1].span.end, doc.tokens[t].span.begin - doc.tokens[t - 1].span.end);
  return gap.find('\n') != std::string_view::npos;
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

void relate_statements(Reading& ctx, const rules::Analysis& a) {
  Document& doc = ctx.doc;
  std::set<std::size_t> attribution_verbs;  // say triggers that introduce a direct quote

  // --- direct quotes ----------------------------------------------------
  int previous_speaker = -1;
  std::size_t previous_end = 0;  // token after the previous attributed quote
  std::size_t previous_statement = static_cast<std::size_t>(-1);
  for (const rules::Quote& q : a.quotes) {
    const std::size_t inner_end = q.closed ? q.end - 1 : q.end;
    if (word_count(a, q.open + 1, inner_end) < 4 || inner_end <= q.open + 1) continue;
    const int sentence = ctx.sentence_of_token[q.open];
    if (sentence < 0) continue;
    const std::size_t sentence_first = doc.sentences[static_cast<std::size_t>(sentence)].first_token;
    // A quote inside a clause ("described him as a “...”") is part of reported speech.
    if (q.open > sentence_first) {
      const Token& before = doc.tokens[q.open - 1];
      const Hit* verb = a.hit_at(q.open - 1);
      const bool introduced = verb && verb->cls == TriggerClass::say;
      if ((before.kind == TokenKind::word || before.kind == TokenKind::possessive) && !introduced) continue;
    }
    std::size_t para_end = q.end;
    while (para_end < doc.tokens.size() && !new_paragraph_before(doc, para_end)) ++para_end;
    int speaker = -1;
    bool attributed = false;  // a verb of saying names someone we could not resolve
    // Attribution after: “...,” Akazawa said / said Kato / the Chinese leader said /
    // X, academic director for the Brazilian Center for Diplomatic Relations, told AFP
    // (an appositive can be long; the sentence's end bounds the search).
    for (std::size_t t = q.end; t < para_end && t < q.end + 30 && speaker < 0; ++t) {
      if (a.in_quote[t] || a.lower(t) == "." || a.lower(t) == ";") break;
      const Hit* h = a.hit_at(t);
      if (!h || h->cls != TriggerClass::say || h->role == Role::source) continue;
      attributed = true;
      std::vector<int> before;
      if (!(t > q.end && a.lower(t - 1) == "," && speaker_after(a, h->end, para_end) >= 0)) before = speakers_before(a, t, q.end);
      speaker = before.empty() ? speaker_after(a, h->end, para_end) : before.front();
      if (speaker >= 0) attribution_verbs.insert(t);
    }
    // Attribution before: Kato said: “...” / X, Egypt's new President, spoke of ...: “...”
    if (speaker < 0) {
      const std::size_t first = doc.sentences[static_cast<std::size_t>(sentence)].first_token;
      for (std::size_t t = q.open; t > first && speaker < 0; --t) {
        if (a.in_quote[t - 1]) break;
        const Hit* h = a.hit_at(t - 1);
        if (!h || !is_saying(*h)) continue;
        if (t - 1 > first && a.in(t - 2, WordClass::additive_conjunction)) continue;  // "reiterated ..., and indicated “...”": the first verb's speaker
        attributed = true;
        const std::vector<int> before = speakers_before(a, t - 1, first);
        speaker = before.empty() ? speaker_after(a, h->end, q.open) : before.front();
        if (speaker >= 0 && q.open <= h->end + 2) attribution_verbs.insert(t - 1);
      }
      if (speaker < 0 && q.open > first && a.lower(q.open - 1) == ":") speaker = a.subject_of_sentence(static_cast<std::size_t>(sentence));
    }
    // A quote paragraph with no attribution continues the previous speaker's quote.
    const bool paragraph_start = new_paragraph_before(doc, q.open);
    if (speaker < 0 && !attributed && q.open == sentence_first) {
      // “A.” ... “B.” with no attribution of its own: the same speaker goes on,
      // in the same paragraph or the next; or the one who spoke just before.
      const int reported = reported_speaker_before(a, sentence_first);
      const bool near = previous_speaker >= 0 && q.open >= previous_end &&
                        doc.tokens[q.open].span.begin - doc.tokens[previous_end - 1].span.end < 700;
      if (reported >= 0 && (!near || reported_position(a, sentence_first) > previous_end)) {
        speaker = reported;
      } else if (near) {
        speaker = previous_speaker;
      }
    }
    if (!is_speaker_type(a, speaker)) continue;
    const Span inner{doc.tokens[q.open].span.end, doc.tokens[inner_end - 1].span.end};
    Statement st;
    st.speaker = a.id(speaker);
    st.kind = StatementKind::direct;
    st.text = trimmed(doc.slice(inner));
    st.medium = medium_near(a, q.end, para_end);
    if (st.medium.empty() && q.open > 0) st.medium = medium_near(a, doc.sentences[static_cast<std::size_t>(sentence)].first_token, q.open);
    st.evidence = {{doc.tokens[q.open].span.begin, doc.tokens[q.end - 1].span.end}};
    set_about(a, st, q.open + 1, inner_end, st.speaker);
    // “A,” he said, “B.” — the second part joins the first.
    const bool same_paragraph = previous_end > 0 && q.open >= previous_end && !paragraph_start && q.open < previous_end + 40 &&
                                [&] {
                                  for (std::size_t t = previous_end; t <= q.open; ++t) {
                                    if (new_paragraph_before(doc, t)) return false;
                                  }
                                  return true;
                                }();
    if (previous_statement < doc.statements.size() && previous_speaker == speaker && same_paragraph) {
      Statement& prev = doc.statements[previous_statement];
      prev.text += " " + st.text;
      prev.evidence.push_back(st.evidence.front());
      for (const std::string& id : st.about) {
        if (std::find(prev.about.begin(), prev.about.end(), id) == prev.about.end()) prev.about.push_back(id);
      }
      std::sort(prev.about.begin(), prev.about.end());
      if (prev.medium.empty()) prev.medium = st.medium;
    } else {
      doc.statements.push_back(std::move(st));
      previous_statement = doc.statements.size() - 1;
    }
    previous_speaker = speaker;
    previous_end = q.end;
  }

  // --- reported speech ----------------------------------------------------
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    std::vector<std::string> speakers_here;
    bool any = false;
    for (const Hit& h : a.hits[si]) {
      if (h.cls != TriggerClass::say || a.in_quote[h.token] || attribution_verbs.contains(h.token)) continue;
      // "did not say", "declined to say": nothing was said.
      const auto is_negation = [&](std::size_t t) { return a.in(t, WordClass::speech_negation); };
      if ((h.token > s.first_token && is_negation(h.token - 1)) ||
          (h.token > s.first_token + 1 && a.in(h.token - 1, WordClass::negated_infinitive) && is_negation(h.token - 2))) {
        continue;
      }
      if (h.role != Role::verb && h.role != Role::callon && h.role != Role::source) continue;
      std::vector<int> speakers;
      std::size_t content_first = h.end, content_end = s.end_token;
      if (h.role == Role::source) {
        // "according to X": X is the speaker when no verb of this sentence has one.
        bool other_verb = false;
        for (const Hit& o : a.hits[si]) other_verb = other_verb || (is_saying(o) && &o != &h);
        if (other_verb) continue;
        const int e = speaker_after(a, h.end, s.end_token);
        if (e < 0) continue;
        speakers.push_back(e);
        if (h.token > s.first_token + 2) {
          content_first = after_dateline(a, s);
          content_end = h.token;
        } else {
          // "According to X, ...": the words after X's comma.
          std::size_t c = h.end;
          while (c < s.end_token && a.lower(c) != ",") ++c;
          content_first = c + 1;
        }
      } else {
        const bool inverted = h.token > s.first_token && a.lower(h.token - 1) == "," && speaker_after(a, h.end, s.end_token) >= 0;
        if (!inverted) speakers = speakers_before(a, h.token, s.first_token);
        if (speakers.empty()) {
          // "..., said X."
          if (h.token == s.first_token || a.lower(h.token - 1) != ",") continue;
          const int e = speaker_after(a, h.end, s.end_token);
          if (e < 0) continue;
          speakers.push_back(e);
          content_first = after_dateline(a, s);
          content_end = h.token - 1;
        } else {
          // The reported words follow the verb ("said that ..."), or precede
          // the speaker when nothing follows ("..., Akazawa said.").
          // A plain verb of saying, or any verb before "that" ("warned that ..."), is not part of the words.
          if (h.plain || (h.end < s.end_token && a.in(h.end, WordClass::complementizer))) {
            std::size_t c = h.end;
            if (c < s.end_token && a.in(c, WordClass::press_noun)) ++c;
            // "said on Thursday that ...": a time phrase before "that".
            for (std::size_t t = c; t < s.end_token && t < c + 7; ++t) {
              if (a.in(t, WordClass::complementizer)) {
                c = t;
                break;
              }
              if (doc.tokens[t].kind != TokenKind::word && doc.tokens[t].kind != TokenKind::number) break;
            }
            if (c < s.end_token && a.in(c, WordClass::complementizer)) {
              ++c;
            } else if (c < s.end_token && (a.is(c, ",") || a.in(c, WordClass::speech_circumstance))) {
              // "X said on Wednesday he would ...": a date, then the words; "..., the ministry
              // said, in ...", "X said in a statement.": the words are before the speaker.
              std::size_t d = c + 1;
              while (d < s.end_token && d < c + 4 &&
                     (doc.tokens[d].kind == TokenKind::number || weekday_number(doc.slice(doc.tokens[d].span)) >= 0 ||
                      month_number(doc.slice(doc.tokens[d].span)) > 0)) {
                ++d;
              }
              if (!a.is(c, ",") && d > c + 1) {
                c = d < s.end_token && a.in(d, WordClass::complementizer) ? d + 1 : d;
              } else {
                c = content_end;
              }
            }
            content_first = c;
          } else {
            // Keep the verb: "congratulated X on ...", "positively assessed ...".
            std::size_t speaker_end = h.token;
            while (speaker_end > s.first_token && ctx.mention_at_token[speaker_end - 1] < 0 && speaker_end > h.token - 2 &&
                   a.lower(speaker_end - 1) != ",") {
              --speaker_end;  // an adverb right before the verb
            }
            content_first = speaker_end;
          }
          if (word_count(a, content_first, content_end) < 3) {
            std::size_t speaker_first = h.token;
            while (speaker_first > s.first_token && a.lower(speaker_first - 1) != ",") --speaker_first;
            if (speaker_first > s.first_token + 1) {
              content_first = after_dateline(a, s);
              content_end = speaker_first - 1;
            }
          }
        }
      }
      if (content_end <= content_first || word_count(a, content_first, content_end) < 3) continue;
      // A reported clause that is only the quote already taken as direct adds nothing.
      std::size_t outside = 0;
      for (std::size_t t = content_first; t < content_end; ++t) outside += !a.in_quote[t] && doc.tokens[t].kind == TokenKind::word;
      if (outside < 2) continue;
      const Span content{doc.tokens[content_first].span.begin, doc.tokens[content_end - 1].span.end};
      for (int e : speakers) {
        const std::string& id = a.id(e);
        if (std::find(speakers_here.begin(), speakers_here.end(), id) != speakers_here.end()) continue;
        Statement st;
        st.speaker = id;
        st.kind = StatementKind::indirect;
        st.text = trimmed(doc.slice(content));
        if (st.text.empty()) continue;
        st.evidence = {s.span};
        st.medium = medium_near(a, h.token, s.end_token);
        set_about(a, st, content_first, content_end, id);
        doc.statements.push_back(std::move(st));
        speakers_here.push_back(id);
        any = true;
      }
    }
    if (any) continue;
    // "In a statement released by the ministry, a strong condemnation was expressed ...".
    for (std::size_t t = s.first_token; t + 2 < s.end_token; ++t) {
      if (!a.in(t, WordClass::statement_noun) || a.in_quote[t]) continue;
      std::size_t by = t + 1;
      while (by < s.end_token && by < t + 8 && !a.in(by, WordClass::agent_preposition) && a.lower(by) != ",") ++by;
      if (by + 1 >= s.end_token || !a.in(by, WordClass::agent_preposition)) break;
      std::size_t i = by + 1;
      if (a.in(i, WordClass::definite_article)) ++i;
      std::size_t end = i;
      bool modifier = false;
      const int e = a.entity_starting(i, s.end_token, end, modifier);
      if (e < 0 || modifier || !is_speaker_type(a, e) || end >= s.end_token || a.lower(end) != ",") break;
      if (word_count(a, end + 1, s.end_token) < 3) break;
      Statement st;
      st.speaker = a.id(e);
      st.kind = StatementKind::indirect;
      st.text = trimmed(doc.slice({doc.tokens[end + 1].span.begin, s.span.end}));
      st.medium = "statement";
      st.evidence = {s.span};
      set_about(a, st, end + 1, s.end_token, st.speaker);
      doc.statements.push_back(std::move(st));
      break;
    }
  }
}

}  // namespace newsgraph
