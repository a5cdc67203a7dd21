#include "language/relate/rules.hpp"

#include <algorithm>

namespace newsgraph::rules {

void add_relation(Document& doc, std::string type, const std::string& source, const std::string& target, Span evidence,
                  std::map<std::string, std::string> attributes) {
  for (Relation& r : doc.relations) {
    if (r.type == type && r.source == source && r.target == target && r.attributes == attributes) {
      if (std::find(r.evidence.begin(), r.evidence.end(), evidence) == r.evidence.end()) r.evidence.push_back(evidence);
      return;
    }
  }
  doc.relations.push_back({std::move(type), source, target, std::move(attributes), {evidence}});
}

Group Analysis::guests_welcomed(const Hit& h) const {
  if (h.cls != TriggerClass::say || !in(h.token, WordClass::welcome_verb)) return {};
  const std::size_t end = sentence_end_of(h.token);
  Group guests = right(h.end, end, false);
  const bool received = !guests.items.empty() && std::all_of(guests.items.begin(), guests.items.end(), [&](int e) { return is_person(e); }) &&
                        (guests.end >= end || is(guests.end, ".") || in(guests.end, WordClass::welcome_place));
  return received ? guests : Group{};
}

}  // namespace newsgraph::rules
