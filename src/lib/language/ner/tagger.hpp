// The learned recognizer at work: tags each sentence of a document with the
// model and returns the names it finds, as token ranges with a type.
#pragma once

#include <cstdint>
#include <vector>

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
  friend bool operator==(const FoundName&, const FoundName&) = default;
};

/// The names in `doc`'s sentences (segment() has run; `keys` are its
/// token_keys), in text order.
std::vector<FoundName> find_names(const Document& doc, const Lexicon& lexicon, const TokenKeys& keys, const Model& model);

/// Turns one sentence's tags (one per token from `first_token` on) into names.
void names_from_tags(const std::vector<Tag>& tags, std::uint32_t first_token, std::vector<FoundName>& out);

}  // namespace newsgraph::ner
