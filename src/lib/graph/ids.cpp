#include "graph/ids.hpp"

#include <algorithm>

#include "newsgraph/graph.hpp"

namespace newsgraph::detail {

std::string IdMaker::make(std::string_view prefix) {
  std::string id(prefix);
  id += short_hash(content_);
  content_.clear();
  return id;
}

std::string IdMaker::relation_edge(const Relation& r) {
  return add(r.type).add("|").add(r.source).add("|").add(r.target).make("e:");
}

std::string IdMaker::meeting(const std::string& doc_sha256, const Meeting& m) {
  const Span first = m.evidence.empty() ? Span{} : m.evidence.front();
  add(doc_sha256).add("|");
  for (const std::string& p : m.participants) add(p).add("|");
  add("|").add(std::to_string(first.begin));
  // "postponed to Thursday" tells a meeting called off and the same one planned again in one sentence:
  // the called-off one is told apart by its status (the ids of others stay as they were).
  if (m.status == MeetingStatus::cancelled) add("|cancelled");
  return make("m:");
}

std::string IdMaker::met_edge(std::string_view x, std::string_view y, std::string_view meeting_id) {
  return add("met|").add(x).add("|").add(y).add("|").add(meeting_id).make("e:");
}

std::string IdMaker::statement(const std::string& doc_sha256, const Statement& s) {
  const Span first = s.evidence.empty() ? Span{} : s.evidence.front();
  return add(doc_sha256).add("|").add(s.speaker).add("|").add(std::to_string(first.begin)).add("|").add(s.text).make("s:");
}

std::string IdMaker::statement_edge(std::string_view speaker, std::string_view about, std::string_view statement_id) {
  return add("statement|").add(speaker).add("|").add(about).add("|").add(statement_id).make("e:");
}

std::vector<std::pair<const std::string*, const std::string*>> met_pairs(const Meeting& m) {
  std::vector<std::pair<const std::string*, const std::string*>> pairs;
  if (m.sides.size() >= 2) {
    for (std::size_t a = 0; a < m.sides.size(); ++a) {
      for (std::size_t b = a + 1; b < m.sides.size(); ++b) {
        for (const std::string& x : m.sides[a]) {
          for (const std::string& y : m.sides[b]) pairs.emplace_back(&std::min(x, y), &std::max(x, y));
        }
      }
    }
  } else {
    for (std::size_t a = 0; a < m.participants.size(); ++a) {
      for (std::size_t b = a + 1; b < m.participants.size(); ++b) pairs.emplace_back(&m.participants[a], &m.participants[b]);
    }
  }
  return pairs;
}

}  // namespace newsgraph::detail
