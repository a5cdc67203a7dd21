// Viterbi decoding of a sentence's tags: the best sequence under emission
// and transition scores, where each token may take only the tags its
// Allowed says and an I tag only continues a name of its own type.
#pragma once

#include <array>
#include <span>
#include <vector>

#include "language/ner/features.hpp"
#include "language/ner/tags.hpp"

namespace newsgraph::ner {

/// Scores of moving between tags: start[t] before the first token,
/// next[from * kTags + to] between tokens. A sentence may end on any tag.
struct Transitions {
  std::array<float, kTags> start{};
  std::array<float, kTags * kTags> next{};
};

/// May a token whose Allowed is `allowed` take `tag`?
inline bool tag_allowed(Allowed allowed, Tag tag) {
  return allowed == Allowed::any || tag == kOutside || (allowed == Allowed::inside && is_inside(tag));
}

/// Fills `tags` (one per token) with the best sequence. `emissions` holds
/// kTags scores per token. `fixed`, when not empty, gives a tag per token
/// that the path must take, or -1 where it is free (training on partly
/// labelled text). There is always a path: O is allowed everywhere.
void viterbi(std::span<const float> emissions, std::span<const Allowed> allowed, const Transitions& transitions,
             std::span<const int> fixed, std::vector<Tag>& tags);

}  // namespace newsgraph::ner
