// What the meeting and statement rules (meetings.cpp, statements.cpp) read
// of a document: its Reading (tokens, trigger words, quotes), the noun
// phrases around a trigger (phrases.hpp), and what coreference recorded for
// pronouns, titles and "the two leaders" (Document::references). Nothing
// here resolves a word itself.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "language/phrases.hpp"
#include "language/reading.hpp"
#include "language/resolve/coref.hpp"

namespace newsgraph::rules {

using Hit = TriggerHit;
using Role = TriggerRole;
using newsgraph::Group;
using newsgraph::Quote;

/// Adds a relation, or one more evidence span to the same relation already there.
void add_relation(Document& doc, std::string type, const std::string& source, const std::string& target, Span evidence,
                  std::map<std::string, std::string> attributes = {});

class Analysis {
 public:
  explicit Analysis(const Reading& reading)
      : ctx(reading), doc(reading.doc), hits(reading.hits), in_quote(reading.in_quote), quotes(reading.quotes),
        refs_(reading.doc), phrases_(reading, refs_) {}

  const Reading& ctx;
  const Document& doc;
  const std::vector<std::vector<Hit>>& hits;  ///< per sentence, left to right, longest match first
  const std::vector<bool>& in_quote;          ///< per token: inside quotation marks (marks included)
  const std::vector<Quote>& quotes;           ///< in text order, not nested

  std::string_view lower(std::size_t t) const { return ctx.lower(t); }
  bool is(std::size_t t, std::string_view word) const { return ctx.is(t, word); }
  bool in(std::size_t t, WordClass c) const { return ctx.in(t, c); }
  std::size_t sentence_end_of(std::size_t t) const { return ctx.sentence_end_of(t); }
  std::size_t sentence_first_of(std::size_t t) const { return ctx.sentence_first_of(t); }
  const Hit* hit_at(std::size_t t) const { return ctx.hit_at(t); }
  bool is_person(int entity) const { return ctx.is_person(entity); }
  const std::string& id(int entity) const { return ctx.id(entity); }

  int entity_starting(std::size_t t, std::size_t limit, std::size_t& end, bool& modifier) const {
    return phrases_.entity_starting(t, limit, end, modifier);
  }
  Group right(std::size_t t, std::size_t limit, bool countries) const { return phrases_.right(t, limit, countries); }
  Group left(std::size_t t, std::size_t stop) const { return phrases_.left(t, stop); }
  /// The person "he"/"she" at token t refers to, or at a trigger word the person in focus; -1 if none.
  int pronoun(std::size_t t) const { return refs_.pronoun(t); }
  /// The organization "the ministry", "the company" at token t stands for, or -1.
  int body(std::size_t t) const { return refs_.body(t); }
  /// The holder of the office mention `mention` written at token t, or -1.
  int holder(std::size_t mention, std::size_t t) const { return refs_.holder(mention, t); }
  /// The two people "the two leaders", "they", "their" (at a trigger word) refer to.
  std::vector<int> recent_pair(std::size_t t) const { return refs_.pair(t); }
  /// "X welcomed Y to State House": the persons a welcome verb at `h` receives, when a place word
  /// (or the sentence's end) follows them; empty when what was welcomed is news, not a guest.
  Group guests_welcomed(const Hit& h) const;
  /// The actor sentence `s` is about, or -1.
  int subject_of_sentence(std::size_t s) const {
    std::size_t token = 0;
    return refs_.subject(doc.sentences[s], token);
  }
  /// Where that actor is written (meaningful when it is not -1).
  std::size_t subject_position(std::size_t s) const {
    std::size_t token = 0;
    refs_.subject(doc.sentences[s], token);
    return token;
  }

 private:
  RecordedReferences refs_;
  Phrases phrases_;
};

}  // namespace newsgraph::rules

namespace newsgraph {

/// relate_meetings and relate_statements with an analysis already made, so
/// that relate() makes it once for both.
void relate_meetings(Reading& reading, const rules::Analysis& analysis);
void relate_statements(Reading& reading, const rules::Analysis& analysis);

}  // namespace newsgraph
