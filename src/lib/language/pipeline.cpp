#include "newsgraph/pipeline.hpp"

#include <utility>

#include "language/clean.hpp"
#include "language/recognize.hpp"
#include "language/relate/relate.hpp"
#include "language/resolve/resolve.hpp"
#include "language/segment.hpp"

namespace newsgraph {

void extract(Document& doc, const Lexicon& lexicon, const Limits& limits) {
  clean(doc, lexicon);
  segment(doc, lexicon);
  split_long_sentences(doc, limits.max_sentence_tokens);
  // Token keys once for every stage that looks tokens up. Keys depend on
  // their token alone; cap_mentions may drop tokens at the end, and later
  // stages leave the tokens as they are.
  TokenKeys keys = token_keys(doc, lexicon);
  recognize(doc, lexicon, keys);
  cap_mentions(doc, limits.max_mentions);
  keys.truncate(doc.tokens.size());
  Reading reading = resolve(doc, lexicon, std::move(keys));
  relate(reading);
}

}  // namespace newsgraph
