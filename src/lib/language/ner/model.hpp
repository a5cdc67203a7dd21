// The learned recognizer's weights: a score per tag for each feature, and
// the transitions between tags. Read from a text file (data/recognizer_model.tsv,
// compiled into the binary; its header says what it was trained on):
//
//   tags    O  B-PER  I-PER  B-ORG  I-ORG  B-LOC  I-LOC  B-MISC  I-MISC
//   scale   S                  weights are integers, divided by S
//   start   w_O w_B-PER ...    before a sentence's first token
//   after:T w_O w_B-PER ...    after a token tagged T
//   w=obama w_O w_B-PER ...    a feature (template=value, see features.hpp)
//
// Fields are separated by a TAB, weights by a space; '#' lines are comments.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "language/ner/decode.hpp"
#include "language/ner/tags.hpp"

namespace newsgraph::ner {

class Model {
 public:
  /// Parses a model file; `where` names it in errors ("PATH:LINE: problem").
  static Model parse(std::string_view text, const std::string& where);

  /// Adds the weights of `features` to `scores` (kTags values).
  void add_scores(std::span<const std::uint64_t> features, float* scores) const {
    std::array<std::int32_t, kTags> sums{};
    for (const std::uint64_t feature : features) {
      const std::int16_t* row = find(feature);
      if (!row) continue;
      for (std::size_t t = 0; t < kTags; ++t) sums[t] += row[t];
    }
    for (std::size_t t = 0; t < kTags; ++t) scores[t] += static_cast<float>(sums[t]) * inverse_scale_;
  }
  /// Asks the processor to fetch the table slots of `features` now: a
  /// sentence's features are looked up after all are known, and most are
  /// far apart in memory, so their fetches overlap instead of waiting in turn.
  void prefetch(std::span<const std::uint64_t> features) const {
    for (const std::uint64_t feature : features) __builtin_prefetch(slots_.data() + (feature & mask_));
  }
  const Transitions& transitions() const { return transitions_; }
  std::size_t feature_count() const { return rows_.size() / kTags; }

 private:
  // An open-addressing table of 8-byte slots (small enough to stay in the
  // cache: most features of a text are not in the model), each a
  // fingerprint of the feature's hash and the index of its weights.
  struct Slot {
    std::uint32_t fingerprint = 0;  ///< 0 marks an empty slot
    std::uint32_t row = 0;
  };
  static std::uint32_t fingerprint_of(std::uint64_t hash) { return static_cast<std::uint32_t>(hash >> 32) | 1U; }
  const std::int16_t* find(std::uint64_t hash) const {
    const std::uint32_t fingerprint = fingerprint_of(hash);
    for (std::size_t at = hash & mask_;; at = (at + 1) & mask_) {
      const Slot slot = slots_[at];
      if (slot.fingerprint == fingerprint) return rows_.data() + std::size_t{slot.row} * kTags;
      if (slot.fingerprint == 0) return nullptr;
    }
  }
  void insert(std::uint64_t hash, const std::array<std::int16_t, kTags>& weights);

  std::vector<Slot> slots_ = std::vector<Slot>(1);  ///< a power of two in size, at most half full
  std::size_t mask_ = 0;
  std::vector<std::int16_t> rows_;  ///< kTags weights per feature
  float inverse_scale_ = 1;
  Transitions transitions_;
};

/// The model compiled into the binary, parsed on first use.
const Model& builtin_model();

}  // namespace newsgraph::ner
