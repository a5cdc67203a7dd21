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

}  // namespace newsgraph::rules
