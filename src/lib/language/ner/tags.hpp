// The learned recognizer's tags: BIO over four name types. A name is a
// B tag and the I tags of the same type that follow it. `misc` names
// (events, works, prizes, nationalities) are learnt so as to be told apart
// from the three types newsgraph keeps.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace newsgraph::ner {

enum class NameType : std::uint8_t { person, organization, location, misc };
inline constexpr std::size_t kNameTypes = 4;

/// O, then B and I of each type: tag 1 + 2t is B of type t, 2 + 2t its I.
inline constexpr std::size_t kTags = 1 + 2 * kNameTypes;
using Tag = std::uint8_t;
inline constexpr Tag kOutside = 0;

inline constexpr Tag begin_tag(NameType type) { return static_cast<Tag>(1 + 2 * static_cast<int>(type)); }
inline constexpr Tag inside_tag(NameType type) { return static_cast<Tag>(2 + 2 * static_cast<int>(type)); }
inline constexpr bool is_begin(Tag tag) { return tag != kOutside && tag % 2 == 1; }
inline constexpr bool is_inside(Tag tag) { return tag != kOutside && tag % 2 == 0; }
inline constexpr NameType type_of(Tag tag) { return static_cast<NameType>((tag - 1) / 2); }

/// May `next` follow `previous`? An I continues a name of its own type.
inline constexpr bool may_follow(Tag previous, Tag next) {
  return !is_inside(next) || (previous != kOutside && type_of(previous) == type_of(next));
}

/// "PER", "ORG", "LOC", "MISC": the names the corpora and the model file use.
inline constexpr std::array<std::string_view, kNameTypes> kTypeNames = {"PER", "ORG", "LOC", "MISC"};
/// "O", "B-PER", "I-PER", ...
inline constexpr std::array<std::string_view, kTags> kTagNames = {"O",     "B-PER", "I-PER", "B-ORG", "I-ORG",
                                                                  "B-LOC", "I-LOC", "B-MISC", "I-MISC"};

inline std::optional<NameType> name_type_from_string(std::string_view name) {
  for (std::size_t t = 0; t < kNameTypes; ++t) {
    if (kTypeNames[t] == name) return static_cast<NameType>(t);
  }
  return std::nullopt;
}

}  // namespace newsgraph::ner
