// Features of the learned recognizer: what a news name looks like (shape,
// case, affixes), where it stands (neighbouring words, headline, dateline,
// sentence start) and what the project's lexicons say about it (countries,
// given names, titles, organization suffixes, trigger words), as evidence
// the model weighs rather than as answers.
//
// A feature is a template and a value ("w" and "obama"); the model looks it
// up by a 64-bit hash of both, and its file lists it as "w=obama".
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "language/lexicon.hpp"
#include "newsgraph/model.hpp"

namespace newsgraph {
struct TokenKeys;
}  // namespace newsgraph

namespace newsgraph::ner {

enum class Template : std::uint8_t {
  bias,
  word,           // the word, lower case
  shape,          // "Xx", "X.X.", "x-Xx", "Xd"
  prefix,         // first three letters
  suffix2,
  suffix3,
  suffix4,
  length,         // letters: 1, 2, 3, 4, 5-7, 8+
  word_before,    // the word before, lower case ("<s>" at the start)
  word_after,
  word_before2,
  word_after2,
  shape_before,
  shape_after,
  position,       // sentence start, line alone, headline, capitals line, dateline
  lexicon,        // kind of the lexicon phrase the word is in, and B/I: "country.B"
  lexicon_before, // the same for the word before and after
  lexicon_after,
  office,         // in an office title ("B"/"I"), or right after one ("after")
  title,          // title word kind (honorific, office_head, ...) of the word
  title_before,   // ... of the word before
  word_list,      // given name, non-name, particle, abbreviation, org prefix
  trigger_before, // trigger class of the word before the capitalized run ("said X")
  trigger_after,  // ... of the word after it ("X said")
  run_length,     // length of the run of capitalized words (with connectors) holding the word
  run_position,   // B, I, E or S in that run, with the word's shape
  run_first,      // first word of the run, lower case
  run_last,       // last word of the run, lower case
  run_last_kind,  // organization suffix / title kind of the run's last word
  count
};
inline constexpr std::size_t kTemplates = static_cast<std::size_t>(Template::count);
inline constexpr std::array<std::string_view, kTemplates> kTemplateNames = {
    "b",  "w",  "s",   "p3",  "x2", "x3", "x4", "len", "w-1", "w+1", "w-2", "w+2", "s-1", "s+1", "pos",
    "lx", "lx-1", "lx+1", "of", "tw", "tw-1", "wl", "tr-1", "tr+1", "rl", "rp", "rf", "rL", "rLk"};

/// The hash under which the model keeps feature (t, value), and the same
/// from StringHash::hash(value).
std::uint64_t feature_hash_of(Template t, std::uint64_t value_hash);
inline std::uint64_t feature_hash(Template t, std::string_view value) { return feature_hash_of(t, StringHash::hash(value)); }
/// The template named `name` ("w"), or Template::count when none is.
Template template_from_name(std::string_view name);

/// "Xx" for "Obama", "X.X." for "U.S.", "x-Xx" for "al-Sisi", "Xd" for "G20":
/// upper, lower and digit code points as X, x, d, runs of one class as one.
std::string word_shape(std::string_view word);

/// What a token may be tagged: only O (lower-case words, numbers,
/// punctuation), O or I (a connector between capitalized words: "of",
/// "bin", "von der"), or any tag (a word with a capital letter).
enum class Allowed : std::uint8_t { outside, inside, any };

/// The features of one sentence's tokens, flattened: token k's hashes are
/// hashes[offsets[k] .. offsets[k + 1]); tokens that may only be O have none.
struct SentenceFeatures {
  std::vector<Allowed> allowed;
  std::vector<std::uint32_t> offsets;
  std::vector<std::uint64_t> hashes;
  std::vector<std::string> names;  ///< "w=obama", parallel to hashes, when asked for
};

/// Computes features sentence by sentence for one document. Keeps scratch
/// space between sentences: make one per document (or per thread) and reuse it.
class FeatureExtractor {
 public:
  FeatureExtractor(const Document& doc, const Lexicon& lexicon, const TokenKeys& keys);
  /// Fills `out` for sentence `s`. Returns false, with no features computed,
  /// when no token of it may be part of a name. `settled`, when given, has a
  /// byte per document token, 1 where the name is already known (the
  /// rules found a lexicon name or an office there): a run of capitalized
  /// words known throughout is left out, as if it could only be O.
  bool extract(const Sentence& s, SentenceFeatures& out, bool with_names, std::span<const std::uint8_t> settled = {});

 private:
  void mark_allowed(const Sentence& s, SentenceFeatures& out, std::span<const std::uint8_t> settled);
  void find_lexicon_phrases(const Sentence& s, std::span<const Allowed> allowed);
  void find_offices(const Sentence& s);
  void sentence_flags(const Sentence& s);
  void token_features(std::size_t k, SentenceFeatures& out, bool with_names);
  void run_features(std::size_t k, SentenceFeatures& out, bool with_names);
  void add(Template t, std::string_view value, SentenceFeatures& out, bool with_names);
  std::string_view shape_of(std::size_t k);
  /// Class of the trigger phrase starting at document token `token` ("say"), empty for none.
  std::string_view trigger_class_at(std::size_t token);

  const Document& doc_;
  const Lexicon& lex_;
  const TokenKeys& keys_;
  std::size_t first_ = 0, size_ = 0;  ///< the current sentence's first token and length
  std::size_t dateline_end_ = 0;      ///< tokens before it open the line as a dateline
  // Per token of the current sentence.
  std::vector<std::uint32_t> name_ids_;      ///< exact key id; a word in capitals looked up as written in Title Case
  std::vector<std::uint8_t> lexicon_kind_;   ///< LexKind + 1 of the phrase covering it, 0 for none
  std::vector<std::uint8_t> lexicon_begin_;  ///< 1 where that phrase starts
  std::vector<std::uint8_t> office_;         ///< 0 none, 1 an office title starts, 2 inside one
  std::vector<std::uint8_t> near_;           ///< 1 within four words before a word that may be a name, or right after it
  std::vector<std::uint8_t> joins_;  ///< 1 for a connector word ("of", "bin") that is no name itself
  std::vector<std::uint32_t> run_first_, run_end_;
  std::vector<std::string> shapes_;
  std::vector<std::uint8_t> shape_done_;
  std::vector<std::string_view> flags_;  ///< position values of the sentence
  std::vector<int> scratch_;
  std::string buffer_;
  /// Hash of each document token's lower-case key (StringHash), for the
  /// features that name a word; 0 until asked for.
  std::vector<std::uint64_t> word_hashes_;
  std::uint64_t word_hash(std::size_t token);
  void add_hashed(Template t, std::string_view value, std::uint64_t value_hash, SentenceFeatures& out, bool with_names);
};

}  // namespace newsgraph::ner
