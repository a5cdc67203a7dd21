// Stage 6, relate: the edges of the graph, from the resolved mentions.
//
//  - offices: a title next to a person, with its owner from the text
//    ("US Treasury Secretary Scott Bessent", "Shigeru Ishiba, Japan's prime
//    minister", "President of India X") -> office entity, holds_office,
//    office_of, affiliated_with;
//  - affiliations the text gives without a title ("Japan's Akazawa", "X,
//    the former Chadian dictator", "his wife X") or a lexicon knows (people.tsv);
//  - meetings: who met whom (held / planned / cancelled, in person or by
//    call, where, when);
//  - statements: who said what (direct quotes and reported speech), to
//    whom, about whom.
#pragma once

#include "newsgraph/model.hpp"
#include "language/recognize.hpp"
#include "language/word_classes.hpp"

namespace newsgraph {

class Lexicon;

/// Everything the relation rules share about one document.
struct RelateContext {
  Document& doc;
  const Lexicon& lexicon;
  TokenKeys keys;
  std::vector<int> mention_at_token;  ///< mention index covering each token, or -1
  std::vector<int> sentence_of_token;

  RelateContext(Document& d, const Lexicon& l);
  /// With the document's token keys already computed (token_keys(d)).
  RelateContext(Document& d, const Lexicon& l, TokenKeys k);
  /// Index of the first token at or after byte `offset`.
  std::size_t token_at(std::uint32_t offset) const;
  /// Entity index of the person most recently mentioned before byte `offset`, or -1.
  int last_person_before(std::uint32_t offset) const;
  /// Is token t, lower-cased, a word of class `c` (data/word_classes.tsv)?
  bool in(std::size_t t, WordClass c) const;
};

void relate_offices(RelateContext& ctx);
/// A country right before a person ("Japan's Akazawa") -> affiliated_with, when no office said it.
void relate_direct_affiliations(RelateContext& ctx);
/// A known person (people lexicon, user lexicons) with no affiliation from the text -> their country.
void relate_known_affiliations(RelateContext& ctx);
/// "his wife X", "Y's son X": a family member of a person with a country -> that country.
void relate_family_affiliations(RelateContext& ctx);
void relate_meetings(RelateContext& ctx);
void relate_statements(RelateContext& ctx);

/// Runs them in order (offices and affiliations first: meetings and statements use them).
void relate(Document& doc, const Lexicon& lexicon);
/// The same with the document's token keys already computed (token_keys(doc)).
void relate(Document& doc, const Lexicon& lexicon, TokenKeys keys);

}  // namespace newsgraph
