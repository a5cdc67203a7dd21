#include "language/ner/decode.hpp"

#include <limits>

namespace newsgraph::ner {

namespace {

constexpr float kImpossible = -std::numeric_limits<float>::infinity();

// Best tags for tokens [a, z) of a run that may be part of a name; the
// token before is O (or the sentence starts at a), and so is the token
// after, if there is one (`closed`).
void decode_run(std::span<const float> emissions, std::span<const Allowed> allowed, const Transitions& transitions, std::span<const int> fixed,
                std::size_t a, std::size_t z, bool closed, std::vector<Tag>& tags) {
  const auto open = [&](std::size_t k, Tag t) { return tag_allowed(allowed[k], t) && (fixed.empty() || fixed[k] < 0 || fixed[k] == t); };
  const float* entry = a == 0 ? transitions.start.data() : transitions.next.data() + kOutside * kTags;
  if (z == a + 1) {  // one word (most runs): its best tag between two O's
    float best_score = kImpossible;
    for (Tag t = 0; t < kTags; ++t) {
      if (!open(a, t) || is_inside(t)) continue;
      const float score = entry[t] + emissions[a * kTags + t] + (closed ? transitions.next[t * kTags + kOutside] : 0.0F);
      if (score > best_score) {
        best_score = score;
        tags[a] = t;
      }
    }
    return;
  }
  // best[j][t]: the best path through token a + j ending in t; back: its previous tag.
  // Kept between calls: this runs for every run of capitalized words.
  thread_local std::vector<std::array<float, kTags>> best;
  thread_local std::vector<std::array<Tag, kTags>> back;
  best.resize(z - a);
  back.resize(z - a);
  for (Tag t = 0; t < kTags; ++t) best[0][t] = open(a, t) && !is_inside(t) ? entry[t] + emissions[a * kTags + t] : kImpossible;
  for (std::size_t k = a + 1; k < z; ++k) {
    const std::size_t j = k - a;
    for (Tag t = 0; t < kTags; ++t) {
      best[j][t] = kImpossible;
      back[j][t] = kOutside;
      if (!open(k, t)) continue;
      for (Tag p = 0; p < kTags; ++p) {
        if (best[j - 1][p] == kImpossible || !may_follow(p, t)) continue;
        const float score = best[j - 1][p] + transitions.next[p * kTags + t];
        if (score > best[j][t]) {
          best[j][t] = score;
          back[j][t] = p;
        }
      }
      if (best[j][t] != kImpossible) best[j][t] += emissions[k * kTags + t];
    }
  }
  std::array<float, kTags> final = best[z - a - 1];
  if (closed) {
    for (Tag t = 0; t < kTags; ++t) {
      if (final[t] != kImpossible) final[t] += transitions.next[t * kTags + kOutside];
    }
  }
  Tag last = kOutside;
  for (Tag t = 1; t < kTags; ++t) {
    if (final[t] > final[last]) last = t;
  }
  for (std::size_t k = z; k-- > a;) {
    tags[k] = last;
    if (k > a) last = back[k - a][last];
  }
}

}  // namespace

void viterbi(std::span<const float> emissions, std::span<const Allowed> allowed, const Transitions& transitions,
             std::span<const int> fixed, std::vector<Tag>& tags) {
  const std::size_t n = allowed.size();
  tags.assign(n, kOutside);
  // A token that may only be O splits the sentence: the best path goes
  // through its O, so the runs between such tokens are decoded each alone.
  for (std::size_t a = 0; a < n;) {
    if (allowed[a] == Allowed::outside) {
      ++a;
      continue;
    }
    std::size_t z = a;
    while (z < n && allowed[z] != Allowed::outside) ++z;
    decode_run(emissions, allowed, transitions, fixed, a, z, z < n, tags);
    a = z;
  }
}

}  // namespace newsgraph::ner
