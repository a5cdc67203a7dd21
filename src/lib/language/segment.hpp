// Stage 3, segment: tokens and sentences with byte spans, inside the story
// regions the clean stage kept.
#pragma once

#include <string_view>
#include <vector>

#include "newsgraph/model.hpp"

namespace newsgraph {

class Lexicon;

/// Tokens of `text`, spans relative to `text`, offset by `base`.
/// Words keep inner periods of initialisms and listed abbreviations
/// ("U.S.", "Mr.", "J."), inner apostrophes and hyphens ("O'Connor",
/// "al-Sisi"); a possessive "'s"/"’s" is its own token.
std::vector<Token> tokenize(std::string_view text, std::uint32_t base, const Lexicon* lexicon);
/// The same, appended to `out` (whose earlier tokens are not looked at).
/// `whole_line`: the text is a whole line of a document, so that a listed abbreviation ending it ends a
/// sentence too ("... met Dong Jun."); a lexicon entry ("Sen.") is not.
void tokenize_into(std::string_view text, std::uint32_t base, const Lexicon* lexicon, std::vector<Token>& out, bool whole_line = false);

/// Index in `tokens` (in text order) of the first token at or after byte `offset`.
std::size_t token_at_offset(const std::vector<Token>& tokens, std::uint32_t offset);

/// The first token of a sentence's own words: past a dateline ("LONDON, Oct 3 -", "NAIROBI, Kenya, May 4
/// (Reuters) -": a first word in capitals and a dash within the first 12 tokens); else its first token.
std::size_t after_dateline(const Document& doc, const Sentence& s);

/// Per token of doc.tokens: does one of doc.mentions hold it?
std::vector<bool> tokens_in_mentions(const Document& doc);

/// Fills doc.tokens and doc.sentences from doc.story. A sentence never
/// crosses a line break or a story region boundary.
void segment(Document& doc, const Lexicon& lexicon);

}  // namespace newsgraph
