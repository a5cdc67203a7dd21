// Coreference, the part of resolve that works out what words naming no one
// stand for: "he" and "she" (the sentence's subject, else the person in
// focus), "him" and "her" as objects (the person named before who is not
// the subject), "they" and "the two leaders" (the two people just named), a title
// alone ("the Prime Minister": its holder), "the Chinese leader" (the
// country's person, a title holder first), "the ministry" (the organization
// named before), and the actor each sentence is about. Names, surnames and
// titles next to names are resolved before (names.cpp, offices.cpp).
//
// The answers are recorded in Document::references; relate reads them
// (RecordedReferences) and resolves nothing itself.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "language/phrases.hpp"
#include "language/reading.hpp"

namespace newsgraph {

/// Fills doc.references for the document `reading` reads (resolve's last step).
void resolve_references(const Reading& reading);

/// The answers of Document::references, for the phrase reading of relate.
class RecordedReferences final : public ReferenceSource {
 public:
  explicit RecordedReferences(const Document& doc);
  int pronoun(std::size_t t) const override;
  std::vector<int> pair(std::size_t t) const override;
  int holder(std::size_t mention, std::size_t t) const override;
  int leader(std::size_t mention, std::size_t t) const override;
  int body(std::size_t t) const override;
  int object(std::size_t t) const override;
  /// The actor sentence `s` is about (its first entity), or -1; `token` receives where it is written.
  int subject(const Sentence& s, std::size_t& token) const;

 private:
  const Reference* find(std::size_t t, ReferenceKind kind) const;
  int single(std::size_t t, ReferenceKind kind) const;
  const Document& doc_;
  /// (token << 8 | kind, index in doc.references), sorted: a token's first
  /// reference of a kind is found by a binary search, with no node allocated per reference.
  std::vector<std::pair<std::uint64_t, std::size_t>> by_token_and_kind_;
};

}  // namespace newsgraph
