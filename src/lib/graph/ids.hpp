// Internal to the library: the ids a document's edges, meetings and
// statements get in the graph (Graph::fill_from) and in the fragments
// `newsgraph extract` writes (export_fragment.cpp): one recipe for both.
// Each id is a prefix and the first 16 hex digits of the SHA-256 of the
// content it stands for, so the same content gives the same id in any run.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newsgraph/model.hpp"

namespace newsgraph::detail {

/// Makes ids; its buffer is reused for every id of a document (fewer
/// allocations than concatenating).
class IdMaker {
 public:
  /// "e:" + hash of "TYPE|SOURCE|TARGET".
  std::string relation_edge(const Relation& r);
  /// "m:" + hash of the document's sha256, the participants and where the evidence starts.
  std::string meeting(const std::string& doc_sha256, const Meeting& m);
  /// "e:" + hash of "met|X|Y|MEETING_ID".
  std::string met_edge(std::string_view x, std::string_view y, std::string_view meeting_id);
  /// "s:" + hash of the document's sha256, the speaker, where the evidence starts and the words.
  std::string statement(const std::string& doc_sha256, const Statement& s);
  /// "e:" + hash of "statement|SPEAKER|ABOUT|STATEMENT_ID".
  std::string statement_edge(std::string_view speaker, std::string_view about, std::string_view statement_id);

 private:
  IdMaker& add(std::string_view part) {
    content_ += part;
    return *this;
  }
  std::string make(std::string_view prefix);

  std::string content_;
};

/// The pairs of participants a meeting gives a met edge each (the smaller id
/// first when sides are known): across sides when there are two or more,
/// else every pair. A pair may name one entity twice; it gives no edge.
std::vector<std::pair<const std::string*, const std::string*>> met_pairs(const Meeting& m);

}  // namespace newsgraph::detail
