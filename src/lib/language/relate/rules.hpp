// Shared by the meeting and statement rules (relate_meetings.cpp,
// relate_statements.cpp): trigger words with their roles, and the small
// noun-phrase reading both need: who stands left of a verb (its subject),
// who stands right of it (its objects), and what a pronoun, a title ("the
// Chinese leader") or "the two leaders" refers to.
//
// Everything here reads one Document through a RelateContext and is built
// once per document; lookups are linear in the tokens they look at.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "language/lexicon.hpp"
#include "language/relate/relate.hpp"

namespace newsgraph::rules {

/// How a trigger form is read (third column of data/triggers.tsv).
enum class Role { none, noun, verb, plain, host, visit, formal_visit, callon, event, mode, mod, aux, time, cancel, defer, source, report };

/// Adds a relation, or one more evidence span to the same relation already there.
void add_relation(Document& doc, std::string type, const std::string& source, const std::string& target, Span evidence,
                  std::map<std::string, std::string> attributes = {});

struct Hit {
  std::size_t token = 0;  ///< first token
  std::size_t end = 0;    ///< one past the last token
  TriggerClass cls = TriggerClass::none;
  Role role = Role::none;  ///< a `plain` verb of saying reads as Role::verb, with `plain` set
  bool plain = false;       ///< "said", "told": the reported words follow the verb, without it
};

/// Participants found around a trigger: entity indexes, in text order.
struct Group {
  std::vector<int> items;
  std::size_t first = 0;  ///< first token of the group (left groups)
  std::size_t end = 0;    ///< one past the last token read
  int including = -1;     ///< items from here on came after "including"
  bool head_without_entity = false;  ///< an object noun phrase that names no entity ("EU ministers", "him")
  bool their = false;     ///< "their meeting": the participants are named elsewhere
  bool bounded = false;   ///< the left scan stopped at "after", "before", "while"...: a subordinate clause
};

/// A quotation: tokens [open, end) from its opening mark to its closing
/// mark (included) or, left open, to the end of its paragraph.
struct Quote {
  std::size_t open = 0;
  std::size_t end = 0;
  bool closed = false;
};

class Analysis {
 public:
  explicit Analysis(const RelateContext& ctx);

  const RelateContext& ctx;
  const Document& doc;
  std::vector<std::vector<Hit>> hits;  ///< per sentence, left to right, longest match first
  std::vector<bool> in_quote;          ///< per token: inside quotation marks (marks included)
  std::vector<Quote> quotes;           ///< in text order, not nested

  std::string_view lower(std::size_t t) const { return ctx.keys.lower[t]; }
  /// Token t, lower-cased, is `word` (a literal: its length is known, and most tokens differ in length).
  bool is(std::size_t t, std::string_view word) const { return ctx.keys.lower[t] == word; }
  /// Token t, lower-cased, is a word of class `c` (data/word_classes.tsv).
  bool in(std::size_t t, WordClass c) const { return ctx.in(t, c); }
  std::size_t sentence_end_of(std::size_t t) const;
  std::size_t sentence_first_of(std::size_t t) const;
  const Hit* hit_at(std::size_t t) const;  ///< the trigger starting at token t, if any

  /// Entity of the mention that starts at token t, or -1. Offices are read
  /// as their holder; "the Chinese leader", "the ministry" are resolved.
  /// `end` receives one past the last token of the phrase read.
  int entity_starting(std::size_t t, std::size_t limit, std::size_t& end, bool& modifier) const;
  /// The person "he"/"she" at token t refers to, or -1.
  int pronoun(std::size_t t) const;
  /// The two people "the two leaders", "both presidents", "they" refer to.
  std::vector<int> recent_pair(std::size_t t) const;
  /// Subject of the sentence holding token t (first actor outside quotes and fronted phrases), or -1.
  int subject_of_sentence(std::size_t sentence) const { return subject_[sentence]; }
  /// Token where that subject is written (meaningful when it is not -1).
  std::size_t subject_position(std::size_t sentence) const { return subject_pos_[sentence]; }

  /// Objects right of token t: "X, Y and Japan's Z", "the leaders of A, B and C".
  Group right(std::size_t t, std::size_t limit, bool countries) const;
  /// The subject left of token t back to `stop`: "A and B", "he", "the minister".
  Group left(std::size_t t, std::size_t stop) const;

  bool is_person(int entity) const { return entity >= 0 && doc.entities[static_cast<std::size_t>(entity)].type == EntityType::person; }
  const std::string& id(int entity) const { return doc.entities[static_cast<std::size_t>(entity)].id; }
  int entity_by_id(const std::string& id) const;

 private:
  int office_holder(std::size_t mention, std::size_t t) const;
  int person_of_country(const std::string& country_id, std::size_t t, bool any_person) const;
  int organization_by_word(std::string_view word, std::size_t t) const;
  int title_phrase(std::size_t t, std::size_t limit, std::size_t& end, bool& plural) const;
  int last_mentioned(const std::vector<int>& candidates, std::size_t t) const;
  int subject_at(std::size_t sentence) const;

  std::vector<int> subject_;
  mutable std::vector<std::size_t> subject_pos_;
  std::unordered_map<std::string, int> by_id_;
};

}  // namespace newsgraph::rules

namespace newsgraph {

/// relate_meetings and relate_statements with an analysis already made, so
/// that relate() makes it once for both.
void relate_meetings(RelateContext& ctx, const rules::Analysis& analysis);
void relate_statements(RelateContext& ctx, const rules::Analysis& analysis);

}  // namespace newsgraph
