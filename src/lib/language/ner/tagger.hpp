// The learned recognizer at work: tags each sentence of a document with the
// model and returns the names it finds, as token ranges with a type.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "language/ner/decode.hpp"
#include "language/ner/tags.hpp"
#include "newsgraph/model.hpp"

namespace newsgraph {
class Lexicon;
struct TokenKeys;
}  // namespace newsgraph

namespace newsgraph::ner {

class Model;

/// A name the model found: tokens [first_token, end_token) of the document.
struct FoundName {
  std::uint32_t first_token = 0;
  std::uint32_t end_token = 0;
  NameType type = NameType::person;
  /// How much better the sentence's best tags score than the same tags with
  /// this name's words as O: the model's confidence that it is a name.
  float margin = 0;
  friend bool operator==(const FoundName& a, const FoundName& b) {
    return a.first_token == b.first_token && a.end_token == b.end_token && a.type == b.type;
  }
};

/// The names in `doc`'s sentences (segment() has run; `keys` are its
/// token_keys), in text order. `settled`: see FeatureExtractor::extract.
std::vector<FoundName> find_names(const Document& doc, const Lexicon& lexicon, const TokenKeys& keys, const Model& model,
                                  std::span<const std::uint8_t> settled = {});

/// Turns one sentence's tags (one per token from `first_token` on) into names.
void names_from_tags(const std::vector<Tag>& tags, std::uint32_t first_token, std::vector<FoundName>& out);
/// The margin of a name at tokens [k, e) of a sentence (see FoundName::margin).
float name_margin(std::span<const float> emissions, const Transitions& transitions, const std::vector<Tag>& tags, std::size_t k, std::size_t e);

}  // namespace newsgraph::ner
