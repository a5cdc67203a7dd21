// Statements: direct quotes with their attribution, and reported speech
// ("X said (that) ...", "..., X said", "according to X").
#include <algorithm>
#include <set>

#include "newsgraph/lexicon.hpp"
#include "newsgraph/relate.hpp"

namespace newsgraph {
namespace {

bool is_say(const RelateContext& ctx, std::size_t token, std::uint32_t* length = nullptr) {
  std::vector<int> found;
  const std::uint32_t n = ctx.lexicon.triggers().longest_match(ctx.keys.lower, token, found);
  for (int e : found) {
    if (ctx.lexicon.trigger_class(e) == TriggerClass::say) {
      if (length) *length = n;
      return true;
    }
  }
  return false;
}

bool is_pronoun(std::string_view lower) { return lower == "he" || lower == "she" || lower == "they" || lower == "it"; }

// The speaker named by the words at token t: a person, organization or
// country mention, or a pronoun / "the minister" resolved backwards.
int speaker_at(const RelateContext& ctx, std::size_t t, std::uint32_t before) {
  const Document& doc = ctx.doc;
  if (t >= doc.tokens.size()) return -1;
  const int m = ctx.mention_at_token[t];
  if (m >= 0) {
    const Mention& mention = doc.mentions[static_cast<std::size_t>(m)];
    if (mention.entity >= 0 && (mention.type == EntityType::person || mention.type == EntityType::organization ||
                                mention.type == EntityType::country)) {
      return mention.entity;
    }
    if (mention.type == EntityType::office && mention.entity >= 0) {
      // "the Treasury Secretary said": the person holding that office.
      const std::string& office_id = doc.entities[static_cast<std::size_t>(mention.entity)].id;
      for (const Relation& r : doc.relations) {
        if (r.type == "holds_office" && r.target == office_id) {
          for (std::size_t e = 0; e < doc.entities.size(); ++e) {
            if (doc.entities[e].id == r.source) return static_cast<int>(e);
          }
        }
      }
    }
    if (mention.type == EntityType::office) return ctx.last_person_before(before);
  }
  if (is_pronoun(ctx.keys.lower[t]) && ctx.keys.lower[t] != "it") return ctx.last_person_before(before);
  return -1;
}

std::string join_text(const Document& doc, Span span) {
  std::string out(doc.slice(span));
  // Trim edge punctuation and spaces.
  while (!out.empty() && (out.back() == ',' || out.back() == ' ' || out.back() == '.')) out.pop_back();
  std::size_t b = 0;
  while (b < out.size() && (out[b] == ' ' || out[b] == ',')) ++b;
  return out.substr(b);
}

void add_about(const RelateContext& ctx, Statement& st, Span span, int speaker) {
  std::set<std::string> ids;
  for (const Mention& m : ctx.doc.mentions) {
    if (m.entity < 0 || m.entity == speaker || !span.contains(m.span)) continue;
    if (m.type == EntityType::office) continue;
    ids.insert(ctx.doc.entities[static_cast<std::size_t>(m.entity)].id);
  }
  st.about.assign(ids.begin(), ids.end());
}

struct Quote {
  std::size_t open = 0, close = 0;  // token indexes of the quote marks (close may be the line end)
  Span inner;
};

}  // namespace

void relate_statements(RelateContext& ctx) {
  Document& doc = ctx.doc;
  // --- direct quotes --------------------------------------------------
  std::vector<Quote> quotes;
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
    if (doc.tokens[i].kind != TokenKind::open_quote) continue;
    std::size_t j = i + 1;
    // A quote ends at its closing mark or, unclosed, at the end of the paragraph.
    while (j < doc.tokens.size() && doc.tokens[j].kind != TokenKind::close_quote && doc.tokens[j].kind != TokenKind::open_quote) {
      const std::string_view between = std::string_view(doc.text).substr(doc.tokens[j - 1].span.end, doc.tokens[j].span.begin - doc.tokens[j - 1].span.end);
      if (between.find_first_of("\r\n") != std::string_view::npos) break;
      ++j;
    }
    if (j == i + 1) continue;
    Quote q;
    q.open = i;
    q.close = j;
    q.inner = {doc.tokens[i].span.end, doc.tokens[j - 1].span.end};
    quotes.push_back(q);
    i = (j < doc.tokens.size() && doc.tokens[j].kind == TokenKind::close_quote) ? j : j - 1;
  }
  std::vector<bool> token_in_quote(doc.tokens.size(), false);
  for (const Quote& q : quotes) {
    for (std::size_t t = q.open; t <= q.close && t < doc.tokens.size(); ++t) token_in_quote[t] = true;
  }
  int previous_speaker = -1;
  std::uint32_t previous_end = 0;
  for (std::size_t qi = 0; qi < quotes.size(); ++qi) {
    const Quote& q = quotes[qi];
    std::size_t words = 0;
    for (std::size_t t = q.open + 1; t < q.close; ++t) words += doc.tokens[t].kind == TokenKind::word;
    if (words < 4) continue;  // a partial quote inside reported speech, handled there
    const int sentence = ctx.sentence_of_token[q.open];
    int speaker = -1;
    Span evidence = q.inner;
    // Attribution after: “...,” Akazawa said / said Kato / he said / the minister said
    std::size_t a = q.close + 1;
    const std::size_t limit = std::min(doc.tokens.size(), a + 8);
    for (std::size_t t = a; t < limit && speaker < 0; ++t) {
      if (token_in_quote[t] || (t > a && doc.slice(doc.tokens[t].span) == ".")) break;
      std::uint32_t n = 0;
      if (is_say(ctx, t, &n)) {
        // speaker before the verb (within the window) or right after it
        for (std::size_t b = t; b > a && speaker < 0; --b) speaker = speaker_at(ctx, b - 1, doc.tokens[q.open].span.begin);
        if (speaker < 0) speaker = speaker_at(ctx, t + n, doc.tokens[q.open].span.begin);
        if (speaker < 0 && t + n + 1 < doc.tokens.size() && ctx.keys.lower[t + n] == "the") speaker = speaker_at(ctx, t + n + 1, doc.tokens[q.open].span.begin);
        evidence.end = doc.tokens[std::min(t + n, doc.tokens.size() - 1)].span.end;
      }
    }
    // Attribution before: Akazawa said: “...”
    if (speaker < 0 && q.open > 0 && sentence >= 0) {
      const Sentence& s = doc.sentences[static_cast<std::size_t>(sentence)];
      for (std::size_t t = q.open; t > s.first_token && speaker < 0; --t) {
        if (token_in_quote[t - 1] && t - 1 != q.open) break;
        std::uint32_t n = 0;
        if (is_say(ctx, t - 1, &n)) {
          for (std::size_t b = t - 1; b > s.first_token && speaker < 0 && t - 1 - b < 6; --b) speaker = speaker_at(ctx, b - 1, doc.tokens[t - 1].span.begin);
          if (speaker < 0) speaker = speaker_at(ctx, t - 1 + n, doc.tokens[q.open].span.begin);
          evidence.begin = doc.tokens[s.first_token].span.begin;
        }
      }
    }
    // A bare quote paragraph continues the previous speaker.
    if (speaker < 0 && previous_speaker >= 0 && doc.tokens[q.open].span.begin - previous_end < 400) speaker = previous_speaker;
    if (speaker < 0) continue;
    // “A,” he said, “B.” — one statement.
    Statement st;
    st.speaker = doc.entities[static_cast<std::size_t>(speaker)].id;
    st.kind = StatementKind::direct;
    st.text = join_text(doc, q.inner);
    st.evidence = {evidence};
    add_about(ctx, st, q.inner, speaker);
    if (!doc.statements.empty() && previous_speaker == speaker && doc.statements.back().kind == StatementKind::direct &&
        sentence >= 0 && ctx.sentence_of_token[quotes[qi - (qi > 0 ? 1 : 0)].open] >= 0 &&
        doc.tokens[q.open].span.begin - previous_end < 200 &&
        std::string_view(doc.text).substr(previous_end, doc.tokens[q.open].span.begin - previous_end).find('\n') == std::string_view::npos) {
      Statement& prev = doc.statements.back();
      prev.text += " " + st.text;
      prev.evidence.push_back(evidence);
      for (const std::string& id : st.about) {
        if (std::find(prev.about.begin(), prev.about.end(), id) == prev.about.end()) prev.about.push_back(id);
      }
      std::sort(prev.about.begin(), prev.about.end());
    } else {
      doc.statements.push_back(std::move(st));
    }
    previous_speaker = speaker;
    previous_end = evidence.end;
  }

  // --- reported speech ---------------------------------------------------
  for (const Sentence& s : doc.sentences) {
    bool has_direct = false;
    for (std::size_t t = s.first_token; t < s.end_token; ++t) {
      if (doc.tokens[t].kind == TokenKind::open_quote) {
        std::size_t words = 0;
        for (std::size_t u = t + 1; u < s.end_token && doc.tokens[u].kind != TokenKind::close_quote; ++u) words += doc.tokens[u].kind == TokenKind::word;
        if (words >= 4) has_direct = true;
      }
    }
    if (has_direct) continue;
    for (std::size_t t = s.first_token; t < s.end_token; ++t) {
      std::uint32_t n = 0;
      if (!is_say(ctx, t, &n)) continue;
      int speaker = -1;
      Span content;
      const bool according = ctx.keys.lower[t] == "according";
      if (according) {
        speaker = speaker_at(ctx, t + n, s.span.begin);
        // text: the rest of the sentence after the speaker phrase and comma, or before "according"
        std::size_t c = t + n;
        while (c < s.end_token && doc.slice(doc.tokens[c].span) != ",") ++c;
        if (c + 1 < s.end_token) {
          content = {doc.tokens[c + 1].span.begin, s.span.end};
        } else if (t > s.first_token) {
          content = {s.span.begin, doc.tokens[t - 1].span.end};
        }
      } else if (t > s.first_token && (speaker = speaker_at(ctx, t - 1, doc.tokens[t].span.begin)) >= 0) {
        // "X said (that) CLAUSE" or "CLAUSE, X said."
        const std::size_t m_first = ctx.mention_at_token[t - 1] >= 0
                                        ? ctx.token_at(doc.mentions[static_cast<std::size_t>(ctx.mention_at_token[t - 1])].span.begin)
                                        : t - 1;
        std::size_t c = t + n;
        if (c < s.end_token && (ctx.keys.lower[c] == "reporters" || ctx.keys.lower[c] == "journalists")) ++c;
        if (c < s.end_token && ctx.keys.lower[c] == "that") ++c;
        if (c + 2 < s.end_token) {
          content = {doc.tokens[c].span.begin, s.span.end};
        } else if (m_first > s.first_token + 2) {
          content = {s.span.begin, doc.tokens[m_first - 1].span.end};
        }
      } else if (t + n < s.end_token && t > s.first_token && doc.slice(doc.tokens[t - 1].span) == "," &&
                 (speaker = speaker_at(ctx, t + n, doc.tokens[t].span.begin)) >= 0) {
        // "CLAUSE, said X."
        content = {s.span.begin, doc.tokens[t - 2].span.end};
      }
      if (speaker < 0 || content.empty()) continue;
      Statement st;
      st.speaker = doc.entities[static_cast<std::size_t>(speaker)].id;
      st.kind = StatementKind::indirect;
      st.text = join_text(doc, content);
      if (st.text.empty()) continue;
      st.evidence = {s.span};
      add_about(ctx, st, content, speaker);
      if (ctx.keys.lower[t] == "told" && t + 1 < s.end_token) {
        if (ctx.keys.lower[t + 1] == "reporters" || ctx.keys.lower[t + 1] == "journalists") st.medium = ctx.keys.lower[t + 1];
      }
      doc.statements.push_back(std::move(st));
      break;  // one reported statement per sentence
    }
  }
}

}  // namespace newsgraph
