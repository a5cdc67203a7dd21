// The pipeline in one place: read -> clean -> segment -> recognize ->
// resolve -> relate, then the graph and its exports. Each stage is its own
// unit (see its header); this file only fixes their order.
#pragma once

#include <string>
#include <vector>

#include "newsgraph/graph.hpp"
#include "newsgraph/lexicon.hpp"
#include "newsgraph/limits.hpp"
#include "newsgraph/model.hpp"

namespace newsgraph {

/// Runs clean .. relate on a document that has been read. Sentences longer
/// than limits.max_sentence_tokens are split after segment, and the text
/// after limits.max_mentions mentions is dropped after recognize (see limits.hpp).
void extract(Document& doc, const Lexicon& lexicon, const Limits& limits = {});

}  // namespace newsgraph
