#include "newsgraph/pipeline.hpp"

#include <utility>

#include "language/clean.hpp"
#include "language/recognize.hpp"
#include "language/relate/relate.hpp"
#include "language/resolve.hpp"
#include "language/segment.hpp"

namespace newsgraph {

void extract(Document& doc, const Lexicon& lexicon, const Limits& limits) {
  clean(doc, lexicon);
  segment(doc, lexicon);
  split_long_sentences(doc, limits.max_sentence_tokens);
  // Token keys once for both stages that look tokens up. Keys depend on
  // their token alone; cap_mentions may drop tokens at the end, and resolve
  // leaves them as they are.
  TokenKeys keys = token_keys(doc, lexicon);
  recognize(doc, lexicon, keys);
  cap_mentions(doc, limits.max_mentions);
  keys.truncate(doc.tokens.size());
  resolve(doc, lexicon);
  relate(doc, lexicon, std::move(keys));
  add_implied_countries(doc, lexicon);
}

}  // namespace newsgraph
