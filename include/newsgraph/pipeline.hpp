// Extraction of one article: clean -> segment -> recognize -> resolve ->
// relate on a Document that has been read (read.hpp). Each stage is its own
// unit in src/lib/language; this function only fixes their order. The
// result is a pure function of the document and the lexicon.
#pragma once

#include <string>
#include <vector>

#include "newsgraph/lexicon.hpp"
#include "newsgraph/limits.hpp"
#include "newsgraph/model.hpp"

namespace newsgraph {

/// Runs clean .. relate on a document that has been read. Sentences longer
/// than limits.max_sentence_tokens are split after segment, and the text
/// after limits.max_mentions mentions is dropped after recognize (see limits.hpp).
void extract(Document& doc, const Lexicon& lexicon, const Limits& limits = {});

}  // namespace newsgraph
