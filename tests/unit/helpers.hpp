// Shared by the unit tests: one built-in lexicon, and a document run
// through the pipeline (or through resolve only) from a string.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "language/clean.hpp"
#include "language/lexicon.hpp"
#include "language/recognize.hpp"
#include "language/resolve/resolve.hpp"
#include "language/segment.hpp"
#include "newsgraph/model.hpp"
#include "newsgraph/pipeline.hpp"
#include "newsgraph/read.hpp"

namespace newsgraph::testing {

inline const Lexicon& lexicon() {
  static const Lexicon instance = Lexicon::builtin();
  return instance;
}

inline Document process(const std::string& text, const std::string& date = "") {
  Document doc = make_document("test", "test.txt", text);
  doc.date = date;
  extract(doc, lexicon());
  return doc;
}

// The document as resolve leaves it (clean, segment, recognize, resolve; no
// relate): entities, what each mention stands for, holdings, references.
inline Document resolved(const std::string& text) {
  Document doc = make_document("test", "test.txt", text);
  clean(doc, lexicon());
  segment(doc, lexicon());
  recognize(doc, lexicon());
  resolve(doc, lexicon());
  return doc;
}

inline const Entity* find_entity(const Document& doc, const std::string& id) {
  for (const Entity& e : doc.entities) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

inline std::vector<std::string> ids_of_type(const Document& doc, EntityType type) {
  std::vector<std::string> out;
  for (const Entity& e : doc.entities) {
    if (e.type == type) out.push_back(e.id);
  }
  std::sort(out.begin(), out.end());
  return out;
}

inline bool has_relation(const Document& doc, const std::string& type, const std::string& source, const std::string& target) {
  return std::any_of(doc.relations.begin(), doc.relations.end(),
                     [&](const Relation& r) { return r.type == type && r.source == source && r.target == target; });
}

}  // namespace newsgraph::testing
