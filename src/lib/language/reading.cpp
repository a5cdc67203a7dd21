#include "language/reading.hpp"

#include "language/dates.hpp"
#include "language/segment.hpp"

#include <algorithm>

namespace newsgraph {

Reading::Reading(Document& d, const Lexicon& l, TokenKeys k) : doc(d), lexicon(l), keys(std::move(k)) {
  token_begins_.reserve(doc.tokens.size());
  for (const Token& t : doc.tokens) token_begins_.push_back(t.span.begin);
  mention_at_token.assign(doc.tokens.size(), -1);
  sentence_of_token.assign(doc.tokens.size(), -1);
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    for (std::uint32_t t = doc.sentences[s].first_token; t < doc.sentences[s].end_token; ++t) {
      sentence_of_token[t] = static_cast<int>(s);
    }
  }
  mention_end_.reserve(doc.mentions.size());
  for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
    std::size_t t = token_at(doc.mentions[m].span.begin);
    for (; t < doc.tokens.size() && doc.tokens[t].span.end <= doc.mentions[m].span.end; ++t) mention_at_token[t] = static_cast<int>(m);
    mention_end_.push_back(t);
  }
  find_triggers();
  find_quotes();
}

void Reading::find_triggers() {
  hits.resize(doc.sentences.size());
  std::vector<int> found;
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    for (std::size_t i = sentence.first_token; i < sentence.end_token;) {
      const std::uint32_t n = lexicon.triggers().longest_match(keys.lower_id, i, found);
      if (n == 0 || i + n > sentence.end_token || found.empty()) {
        ++i;
        continue;
      }
      TriggerHit hit;
      hit.token = i;
      hit.end = i + n;
      hit.cls = lexicon.trigger_class(found.front());
      hit.role = lexicon.trigger_role(found.front());
      if (hit.role == TriggerRole::plain) {
        hit.role = TriggerRole::verb;
        hit.plain = true;
      }
      // "in May" is a month, not a modal verb.
      const bool month = hit.cls == TriggerClass::plan && doc.tokens[i].capitalized && i > sentence.first_token;
      if (!month) hits[s].push_back(hit);
      i += n;
    }
  }
}

namespace {

// Does the closing mark `close` end a quote opened by `open`?
bool closes(std::string_view open, std::string_view close) {
  if (open == "\u201C" || open == "\u201E") return close == "\u201D" || close == "\u201C";
  if (open == "\u00AB") return close == "\u00BB";
  if (open == "\u2018" || open == "'") return close == "\u2019" || close == "'";
  if (open == "\"") return close == "\"";
  if (open == "''") return close == "''";
  return false;
}

bool line_break_before(const Document& doc, std::size_t t) {
  const std::string_view gap =
      std::string_view(doc.text).substr(doc.tokens[t - 1].span.end, doc.tokens[t].span.begin - doc.tokens[t - 1].span.end);
  return gap.find('\n') != std::string_view::npos;
}

}  // namespace

// An opening mark pairs with its own closing kind; a quote left open runs
// to the end of its paragraph.
void Reading::find_quotes() {
  in_quote.assign(doc.tokens.size(), false);
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
    if (doc.tokens[i].kind != TokenKind::open_quote) continue;
    const std::string_view open = doc.slice(doc.tokens[i].span);
    const bool paired_marks = open != "\"" && open != "''";  // “ ” « »: the opening mark differs from the closing one
    std::size_t j = i + 1;
    bool reopened = false;
    for (; j < doc.tokens.size(); ++j) {
      if (line_break_before(doc, j)) break;
      const std::string_view mark = doc.slice(doc.tokens[j].span);
      // “they spoke “of ... “We have ...”: a second opening mark means the first was never closed.
      reopened = paired_marks && doc.tokens[j].kind == TokenKind::open_quote && mark == open;
      if (reopened) break;
      if ((doc.tokens[j].kind == TokenKind::close_quote || (!paired_marks && mark == open)) && closes(open, mark)) break;
    }
    const std::size_t last = (j < doc.tokens.size() && !reopened && !line_break_before(doc, j)) ? j : j - 1;
    quotes.push_back({i, std::min(last + 1, doc.tokens.size()), last < doc.tokens.size() && last == j});
    for (std::size_t t = i; t <= last && t < doc.tokens.size(); ++t) in_quote[t] = true;
    i = last;
  }
}

bool Reading::honorific_alone(std::size_t t) const {
  if (t == 0 || !in(t - 1, WordClass::possessive_pronoun)) return false;
  const bool named_next = t + 1 < doc.tokens.size() && doc.tokens[t + 1].capitalized && sentence_of_token[t + 1] == sentence_of_token[t];
  return !named_next;
}

// "The Kentucky Republican told reporters": "the", up to three modifiers
// (names, adjectives), and the epithet ending the phrase: a description of
// someone named before, as "he" is. Not "the Republican senator", not "the
// Republicans", not an epithet before a name.
bool Reading::definite_epithet(std::size_t t) const {
  const std::size_t n = t + 1;
  if (n < doc.tokens.size() && sentence_of_token[n] == sentence_of_token[t]) {
    const Token& next = doc.tokens[n];
    if (next.kind == TokenKind::possessive || (next.kind == TokenKind::word && !in(n, WordClass::clause_word) && !hit_at(n))) return false;
  }
  for (std::size_t k = t; k > 0 && k + 4 > t; --k) {
    const std::size_t before = k - 1;
    if (sentence_of_token[before] != sentence_of_token[t] || doc.tokens[before].kind != TokenKind::word) return false;
    if (in(before, WordClass::definite_article)) return true;
    if (in(before, WordClass::clause_word) || hit_at(before)) return false;
  }
  return false;
}

bool Reading::object_pronoun_alone(std::size_t t) const {
  if (!in(t, WordClass::possessive_pronoun)) return true;
  // "her" before a noun is a possessive ("met her counterpart").
  const std::size_t n = t + 1;
  return n >= doc.tokens.size() || sentence_of_token[n] != sentence_of_token[t] || doc.tokens[n].kind != TokenKind::word ||
         in(n, WordClass::clause_word) || in(n, WordClass::conjunction);
}

std::size_t Reading::token_at(std::uint32_t offset) const {
  return static_cast<std::size_t>(std::lower_bound(token_begins_.begin(), token_begins_.end(), offset) - token_begins_.begin());
}

std::size_t Reading::sentence_end_of(std::size_t t) const {
  const int s = sentence_of_token[t];
  return s < 0 ? t + 1 : doc.sentences[static_cast<std::size_t>(s)].end_token;
}

std::size_t Reading::sentence_first_of(std::size_t t) const {
  const int s = sentence_of_token[t];
  return s < 0 ? t : doc.sentences[static_cast<std::size_t>(s)].first_token;
}

const TriggerHit* Reading::hit_at(std::size_t t) const {
  const int s = sentence_of_token[t];
  if (s < 0) return nullptr;
  for (const TriggerHit& h : hits[static_cast<std::size_t>(s)]) {
    if (h.token == t) return &h;
  }
  return nullptr;
}

int Reading::entity_by_id(const std::string& wanted) const {
  for (; by_id_count_ < doc.entities.size(); ++by_id_count_) by_id_.emplace(doc.entities[by_id_count_].id, static_cast<int>(by_id_count_));
  const auto it = by_id_.find(wanted);
  return it == by_id_.end() ? -1 : it->second;
}

void Reading::rename_entity(int entity, std::string id) {
  entity_by_id(id);  // every entity indexed first, so that the index is complete when changed
  Entity& e = doc.entities[static_cast<std::size_t>(entity)];
  by_id_.erase(e.id);
  e.id = std::move(id);
  by_id_[e.id] = entity;
}

bool Reading::date_word(std::size_t t) const {
  const std::string_view word = keys.exact[t];
  return weekday_number(word) >= 0 || month_number(word) > 0 || doc.tokens[t].kind == TokenKind::number;
}

// English participles and gerunds end in "-ing"; short words that do ("king", "ring") are none.
bool Reading::participle(std::size_t t) const {
  const std::string_view word = lower(t);
  return word.size() > 4 && word.ends_with("ing");
}

}  // namespace newsgraph
