#include "language/ner/decode.hpp"

#include <limits>

namespace newsgraph::ner {

void viterbi(std::span<const float> emissions, std::span<const Allowed> allowed, const Transitions& transitions,
             std::span<const int> fixed, std::vector<Tag>& tags) {
  const std::size_t n = allowed.size();
  tags.assign(n, kOutside);
  if (n == 0) return;
  constexpr float impossible = -std::numeric_limits<float>::infinity();
  const auto open = [&](std::size_t k, Tag t) {
    return tag_allowed(allowed[k], t) && (fixed.empty() || fixed[k] < 0 || fixed[k] == t);
  };
  // best[k][t]: score of the best path through token k ending in t; back: its previous tag.
  std::vector<std::array<float, kTags>> best(n);
  std::vector<std::array<Tag, kTags>> back(n);
  for (Tag t = 0; t < kTags; ++t) {
    best[0][t] = open(0, t) && !is_inside(t) ? transitions.start[t] + emissions[t] : impossible;
  }
  for (std::size_t k = 1; k < n; ++k) {
    for (Tag t = 0; t < kTags; ++t) {
      best[k][t] = impossible;
      back[k][t] = kOutside;
      if (!open(k, t)) continue;
      for (Tag p = 0; p < kTags; ++p) {
        if (best[k - 1][p] == impossible || !may_follow(p, t)) continue;
        const float score = best[k - 1][p] + transitions.next[p * kTags + t];
        if (score > best[k][t]) {
          best[k][t] = score;
          back[k][t] = p;
        }
      }
      if (best[k][t] != impossible) best[k][t] += emissions[k * kTags + t];
    }
  }
  Tag last = kOutside;
  for (Tag t = 1; t < kTags; ++t) {
    if (best[n - 1][t] > best[n - 1][last]) last = t;
  }
  for (std::size_t k = n; k-- > 0;) {
    tags[k] = last;
    if (k > 0) last = back[k][last];
  }
}

}  // namespace newsgraph::ner
