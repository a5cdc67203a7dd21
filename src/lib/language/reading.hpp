// What the rules of resolve (offices, coreference) and relate read of one
// document besides its text: the token keys, which mention covers each
// token, each token's sentence, the trigger words of each sentence with
// their roles (data/triggers.tsv), and the quotations. Made once per
// document, after names are resolved (mentions no longer change); the
// rules then read it and write only entities, references and relations.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "language/lexicon.hpp"
#include "language/recognize.hpp"
#include "language/word_classes.hpp"
#include "newsgraph/model.hpp"

namespace newsgraph {

/// A trigger phrase found in a sentence.
struct TriggerHit {
  std::size_t token = 0;  ///< first token
  std::size_t end = 0;    ///< one past the last token
  TriggerClass cls = TriggerClass::none;
  TriggerRole role = TriggerRole::none;  ///< a `plain` verb of saying reads as TriggerRole::verb, with `plain` set
  bool plain = false;  ///< "said", "told": the reported words follow the verb, without it
};

/// A quotation: tokens [open, end) from its opening mark to its closing
/// mark (included) or, left open, to the end of its paragraph.
struct Quote {
  std::size_t open = 0;
  std::size_t end = 0;
  bool closed = false;
};

struct Reading {
  Document& doc;
  const Lexicon& lexicon;
  TokenKeys keys;
  std::vector<int> mention_at_token;   ///< mention index covering each token, or -1
  std::vector<int> sentence_of_token;  ///< sentence index of each token, or -1
  std::vector<std::vector<TriggerHit>> hits;  ///< per sentence, left to right, longest match first
  std::vector<bool> in_quote;          ///< per token: inside quotation marks (marks included)
  std::vector<Quote> quotes;           ///< in text order, not nested

  Reading(Document& d, const Lexicon& l, TokenKeys k);

  std::string_view lower(std::size_t t) const { return keys.lower[t]; }
  /// Token t, lower-cased, is `word` (punctuation: ",", ";").
  bool is(std::size_t t, std::string_view word) const { return keys.lower[t] == word; }
  /// Token t, lower-cased, is a word of class `c` (data/word_classes.tsv).
  bool in(std::size_t t, WordClass c) const { return lexicon.in_class(keys.lower_id[t], c); }
  /// Token t stands for a person as "he" does: a personal pronoun, an
  /// honorific written alone ("His Majesty said", not "His Majesty King X"),
  /// or a definite epithet ("the Kentucky Republican said").
  /// Inline for the common answer: coreference asks it of every token, and most are neither.
  bool stands_for_person(std::size_t t) const {
    return in(t, WordClass::person_pronoun) || (in(t, WordClass::honorific) && honorific_alone(t)) ||
           (in(t, WordClass::person_epithet) && definite_epithet(t));
  }
  /// "the Kentucky Republican": an epithet closing a definite phrase (see reading.cpp).
  bool definite_epithet(std::size_t t) const;
  /// Token t stands for an organization named elsewhere: "the ministry", "the company" (a body noun after "the").
  bool stands_for_body(std::size_t t) const { return t > 0 && in(t - 1, WordClass::definite_article) && in(t, WordClass::body_noun); }
  /// Token t is an object standing for a person: "him", or "her" with no noun after it.
  bool stands_for_object_person(std::size_t t) const { return in(t, WordClass::person_object_pronoun) && object_pronoun_alone(t); }
  /// Index of the first token at or after byte `offset`.
  std::size_t token_at(std::uint32_t offset) const;
  /// One past the last token of mention m.
  std::size_t mention_end(int m) const { return mention_end_[static_cast<std::size_t>(m)]; }
  /// Does a person's mention end with token t ("..., Daniel Mwangi, said")?
  bool person_ends_at(std::size_t t) const {
    const int m = mention_at_token[t];
    return m >= 0 && doc.mentions[static_cast<std::size_t>(m)].type == EntityType::person && mention_end(m) == t + 1;
  }
  std::size_t sentence_end_of(std::size_t t) const;
  std::size_t sentence_first_of(std::size_t t) const;
  const TriggerHit* hit_at(std::size_t t) const;  ///< the trigger starting at token t, if any
  /// Token t is a word of a date: a weekday, a month or a number ("Monday", "May", "14").
  bool date_word(std::size_t t) const;
  /// Token t is a participle or gerund ("meeting", "speaking").
  bool participle(std::size_t t) const;

  bool is_person(int entity) const { return entity >= 0 && doc.entities[static_cast<std::size_t>(entity)].type == EntityType::person; }
  const std::string& id(int entity) const { return doc.entities[static_cast<std::size_t>(entity)].id; }
  /// The entity with this id, or -1.
  int entity_by_id(const std::string& id) const;
  /// Gives an entity a new id (an office that gained its owner), keeping entity_by_id right.
  void rename_entity(int entity, std::string id);

 private:
  /// The honorific at t follows a possessive and no name follows it: "His Majesty said".
  bool honorific_alone(std::size_t t) const;
  /// The object pronoun at t is no possessive before a noun ("met her counterpart").
  bool object_pronoun_alone(std::size_t t) const;
  void find_triggers();
  void find_quotes();
  /// Where each token begins, for token_at: asked for every mention by every stage, its binary
  /// search reads four bytes a step from this small array instead of a whole Token.
  std::vector<std::uint32_t> token_begins_;
  /// mention_end of each mention, found once: the rules ask it of mentions again and again, and
  /// mentions are final once a Reading is made (as mention_at_token has it).
  std::vector<std::size_t> mention_end_;
  mutable std::unordered_map<std::string, int> by_id_;  // filled on first use: entities grow while resolve runs
  mutable std::size_t by_id_count_ = 0;
};

}  // namespace newsgraph
