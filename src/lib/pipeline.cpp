#include "newsgraph/pipeline.hpp"

#include "newsgraph/clean.hpp"
#include "newsgraph/recognize.hpp"
#include "newsgraph/relate.hpp"
#include "newsgraph/resolve.hpp"
#include "newsgraph/segment.hpp"

namespace newsgraph {

void extract(Document& doc, const Lexicon& lexicon, const Limits& limits) {
  clean(doc, lexicon);
  segment(doc, lexicon);
  split_long_sentences(doc, limits.max_sentence_tokens);
  recognize(doc, lexicon);
  cap_mentions(doc, limits.max_mentions);
  resolve(doc, lexicon);
  relate(doc, lexicon);
}

}  // namespace newsgraph
