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
    for (const std::uint64_t feature : features) {
      const Slot* slot = find(feature);
      if (!slot) continue;
      for (std::size_t t = 0; t < kTags; ++t) scores[t] += static_cast<float>(slot->weights[t]) * inverse_scale_;
    }
  }
  const Transitions& transitions() const { return transitions_; }
  std::size_t feature_count() const { return count_; }

 private:
  struct Slot {
    std::uint64_t key = 0;  ///< the feature's hash; 0 marks an empty slot
    std::array<std::int16_t, kTags> weights{};
  };
  static std::uint64_t key_of(std::uint64_t hash) { return hash == 0 ? 1 : hash; }
  const Slot* find(std::uint64_t hash) const {
    const std::uint64_t key = key_of(hash);
    for (std::size_t at = key & mask_;; at = (at + 1) & mask_) {
      const Slot& slot = slots_[at];
      if (slot.key == key) return &slot;
      if (slot.key == 0) return nullptr;
    }
  }
  void insert(std::uint64_t hash, const std::array<std::int16_t, kTags>& weights);

  std::vector<Slot> slots_ = std::vector<Slot>(1);  ///< a power of two in size, at most half full
  std::size_t mask_ = 0;
  std::size_t count_ = 0;
  float inverse_scale_ = 1;
  Transitions transitions_;
};

/// The model compiled into the binary, parsed on first use.
const Model& builtin_model();

}  // namespace newsgraph::ner
