// The noun-phrase reading that resolve's coreference and relate's rules
// share: which entity a phrase starting at a token names ("President Barack
// Obama", "the Chinese leader", "EU ministers"), the actors left of a verb
// ("A and B", "he", "the minister") and the objects right of it ("X, Y and
// Japan's Z", "the leaders of A, B and C").
//
// What a pronoun, a title or "the two leaders" stands for is asked of a
// ReferenceSource: coreference answers while it works the document out, and
// relate reads the answers it recorded (Document::references).
#pragma once

#include <cstddef>
#include <vector>

#include "language/reading.hpp"

namespace newsgraph {

/// What words that name no one stand for (see ReferenceKind).
class ReferenceSource {
 public:
  virtual ~ReferenceSource() = default;
  /// The person "he"/"she" at token t refers to, or, at a trigger word, the person in focus there; -1 if none.
  virtual int pronoun(std::size_t t) const = 0;
  /// The two people "they", "the two leaders" (or "their", at a trigger word) at token t refer to; empty if none.
  virtual std::vector<int> pair(std::size_t t) const = 0;
  /// The person holding office mention `mention`, which starts at token t; -1 if none.
  virtual int holder(std::size_t mention, std::size_t t) const = 0;
  /// The person "the Chinese leader" means, for country mention `mention` starting at token t; -1 if none.
  virtual int leader(std::size_t mention, std::size_t t) const = 0;
  /// The organization "the ministry" at token t (the body noun) means; -1 if none.
  virtual int body(std::size_t t) const = 0;
  /// The person an object pronoun ("received him") at token t stands for; -1 if none.
  virtual int object(std::size_t t) const = 0;
};

/// "the WHO's leader", "the WHO high official", "the Chinese chief": after
/// "the" and the organization or country mention at [t, e), the token of
/// the noun that makes the phrase stand for its top person; npos if none.
std::size_t definite_leader_after(const Reading& reading, std::size_t t, std::size_t e, std::size_t limit);

/// Participants found around a trigger: entity indexes, in text order.
struct Group {
  std::vector<int> items;
  std::size_t first = 0;  ///< first token of the group (left groups)
  std::size_t end = 0;    ///< one past the last token read
  int including = -1;     ///< items from here on came after "including"
  bool head_without_entity = false;  ///< an object noun phrase that names no entity ("EU ministers", "him")
  bool their = false;     ///< "their meeting": the participants are named elsewhere
  bool bounded = false;   ///< the left scan stopped at "after", "before", "while"...: a subordinate clause
  bool one_by_one = false;  ///< the items came with dates of their own: "met X on Monday and Y on Tuesday"
};

class Phrases {
 public:
  Phrases(const Reading& reading, const ReferenceSource& references) : ctx(reading), doc(reading.doc), refs_(references) {}

  const Reading& ctx;
  const Document& doc;

  /// Entity of the mention that starts at token t, or -1. Offices are read
  /// as their holder; "the Chinese leader", "the ministry" are resolved.
  /// `end` receives one past the last token of the phrase read; `modifier`
  /// is set when the phrase only qualifies a name that follows.
  int entity_starting(std::size_t t, std::size_t limit, std::size_t& end, bool& modifier) const;
  /// Objects right of token t: "X, Y and Japan's Z", "the leaders of A, B and C".
  Group right(std::size_t t, std::size_t limit, bool countries) const;
  /// The subject left of token t back to `stop`: "A and B", "he", "the minister".
  Group left(std::size_t t, std::size_t stop) const;

 private:
  std::string_view lower(std::size_t t) const { return ctx.lower(t); }
  bool is(std::size_t t, std::string_view word) const { return ctx.is(t, word); }
  bool in(std::size_t t, WordClass c) const { return ctx.in(t, c); }
  // "including", "among them": the words (one or more) at t that introduce the named part of a group, or 0.
  std::uint32_t inclusion_at(std::size_t t) const { return ctx.lexicon.class_member_at(ctx.keys.lower_id, t, WordClass::inclusion); }
  const TriggerHit* hit_at(std::size_t t) const { return ctx.hit_at(t); }
  int office_phrase(std::size_t t, std::size_t e, std::size_t limit, int m, std::size_t& end, bool& modifier) const;
  int owner_phrase(std::size_t t, std::size_t e, std::size_t limit, const Mention& mention, std::size_t& end, bool& modifier) const;
  std::size_t leader_after_source(std::size_t source, std::size_t limit) const;
  bool opens_title(std::size_t t) const;
  std::size_t skip_relative_clause(std::size_t t, std::size_t stop) const;
  bool countries_before_group(std::size_t head, std::size_t stop, Group& g) const;
  std::size_t after_affiliation(std::size_t of, std::size_t limit) const;
  /// "President X of Kenya", "the governor of the Central Bank" (a holder named): where the person's
  /// phrase that the country or body at `start` qualifies begins, or kNone.
  std::size_t qualified_person_start(std::size_t start, std::size_t stop) const;
  std::size_t after_apposition(std::size_t comma, std::size_t limit) const;
  std::size_t coordination_link(std::size_t j, std::size_t t, std::size_t stop, bool after_and) const;
  void add_coordinated(Group& g, std::size_t t, std::size_t stop) const;
  std::size_t item_end_before_comma(std::size_t comma, std::size_t stop) const;
  struct RightScan;
  bool right_separator(RightScan& s) const;
  bool right_after_date(RightScan& s) const;
  bool date_or_time_word(std::size_t t) const;
  bool attribution_follows(std::size_t comma, std::size_t limit) const;
  bool saying_at(std::size_t t) const;  ///< a verb of saying starts at t
  bool right_item(RightScan& s, int e, std::size_t end, bool modifier) const;
  bool right_word(RightScan& s) const;

  const ReferenceSource& refs_;
};

}  // namespace newsgraph
