// Stage 4, recognize: find mentions of people, countries (names, demonyms,
// capitals), offices (titles), organizations and locations in the story
// sentences.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/model.hpp"

namespace newsgraph {

class Lexicon;

/// Folded token texts of a document (see Lexicon::fold_token), one per
/// token, and their lower-case forms, with their ids in the lexicon's
/// phrase tables (Lexicon::key_id); shared by recognize and relate.
struct TokenKeys {
  /// Views into the document's text where a key is the token's own text
  /// (most are), into `storage` otherwise.
  std::vector<std::string_view> exact;
  std::vector<std::string_view> lower;
  std::vector<std::uint32_t> exact_id;
  std::vector<std::uint32_t> lower_id;
  /// Keeps the first `count` tokens' keys (after tokens were dropped at the end).
  void truncate(std::size_t count);
  /// The keys that are not the text itself (lower case, folded punctuation),
  /// one after another; on the heap, so that the views stay valid when
  /// TokenKeys is moved.
  std::unique_ptr<std::string> storage = std::make_unique<std::string>();
};
TokenKeys token_keys(const Document& doc, const Lexicon& lexicon);

/// Are tokens [first, end) of a line in capitals ("ANA LIMA") written in Title
/// Case ("Ana Lima"), as whole words, somewhere outside that line? A
/// headline's names are the story's, told again in its body; its other words
/// ("WINS", "OPENS") are not.
bool written_in_title_case_elsewhere(const Document& doc, std::size_t first, std::size_t end);

/// Are tokens [first, end) of sentence s inside words in capitals that run on
/// for a line's worth ("CORRECTS TO IDENTIFY THE MINISTER AT RIGHT AS ..."
/// before a caption in prose)? They read like a line in capitals.
bool in_capitals_stretch(const Document& doc, const Sentence& s, std::size_t first, std::size_t end);

/// Are tokens [first, end) words of a title's portfolio, after the title and "of" or "for" ("Minister of
/// Water Resources", "Minister of Mines and Natural Resources", "... of Industry, Trade and Investment")?
/// They are the title's, no body's or place's name.
bool in_title_portfolio(const Lexicon& lexicon, const TokenKeys& keys, std::size_t first, std::size_t end);

/// Fills doc.mentions (sorted by span, non-overlapping). People come from
/// context: a title or honorific before the name, given names, an
/// appositive, a verb of saying; candidates with no such evidence are
/// marked `weak` for resolve to confirm or drop.
void recognize(Document& doc, const Lexicon& lexicon);
/// The same with the document's token keys already computed (token_keys(doc)).
void recognize(Document& doc, const Lexicon& lexicon, const TokenKeys& keys);

}  // namespace newsgraph
