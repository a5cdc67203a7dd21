#include "graph/provenance.hpp"

#include "graph/set_union.hpp"

namespace newsgraph::detail {
namespace {

using AttributeDocuments = std::map<std::string, std::map<std::string, std::set<std::string>>>;

// Every value of an item of at most one document, put down to that document (or to none).
void materialize(std::map<std::string, std::string>& attributes, AttributeDocuments& record, const std::string* doc) {
  for (const auto& [key, value] : attributes) {
    std::set<std::string>& documents = record[key][value];
    if (doc != nullptr) documents.insert(*doc);
  }
}

void materialize(std::set<std::string>& aliases, std::map<std::string, std::set<std::string>>& record, const std::string* doc) {
  for (const std::string& alias : aliases) {
    std::set<std::string>& documents = record[alias];
    if (doc != nullptr) documents.insert(*doc);
  }
}

template <class Record>  // a map of value -> documents, or of key -> such maps
void unite_records(Record& into, Record& from) {
  for (auto& [key, value] : from) {
    if constexpr (std::is_same_v<typename Record::mapped_type, std::set<std::string>>) {
      unite(into[key], std::move(value));
    } else {
      unite_records(into[key], value);
    }
  }
}

// Each attribute: the smallest value some document still gives.
void attributes_from(const AttributeDocuments& record, std::map<std::string, std::string>& attributes) {
  attributes.clear();
  for (const auto& [key, values] : record) {
    if (!values.empty()) attributes.emplace(key, values.begin()->first);
  }
}

// After a union: the attributes of the keys `from` had, set to the smallest value of the record.
void smallest_values(const AttributeDocuments& record, const AttributeDocuments& from, std::map<std::string, std::string>& attributes) {
  for (const auto& [key, values] : from) {
    const auto it = record.find(key);
    if (it != record.end() && !it->second.empty()) attributes[key] = it->second.begin()->first;
  }
}

// Attributes united by key; a key seen with two values keeps the smaller, so
// the result does not depend on the order of merges.
void unite_plain(std::map<std::string, std::string>& into, const std::map<std::string, std::string>& from) {
  for (const auto& [key, value] : from) {
    const auto [it, added] = into.try_emplace(key, value);
    if (!added && value < it->second) it->second = value;
  }
}

// Both items of at most one document between them: nothing to record.
bool one_document_between(const Standing& a, const Standing& b) {
  if (a.count > 1 || b.count > 1) return false;
  return a.count == 0 || b.count == 0 || *a.only == *b.only;
}

// `gone` documents out of a record; a value left with none (that had some) goes.
template <class Values>  // value -> documents
void drop_documents(Values& values, const std::set<std::string>& gone) {
  for (auto it = values.begin(); it != values.end();) {
    const bool dropped = std::erase_if(it->second, [&](const std::string& d) { return gone.contains(d); }) > 0;
    it = dropped && it->second.empty() ? values.erase(it) : std::next(it);
  }
}

}  // namespace

Standing standing_of(const NodeData& node) {
  Standing standing;
  for (const auto& [form, documents] : node.label_documents) {
    for (const std::string& doc : documents) {
      if (standing.only == nullptr) {
        standing = {1, &doc};
      } else if (doc != *standing.only) {
        return {2, nullptr};
      }
    }
  }
  return standing;
}

Standing standing_of(const EdgeData& edge) {
  if (edge.evidence.empty()) return {};
  // Spans sort by document first: one document when the first and last agree.
  const std::string& first = edge.evidence.begin()->doc;
  return first == std::prev(edge.evidence.end())->doc ? Standing{1, &first} : Standing{2, nullptr};
}

void unite_aliases_and_attributes(NodeData& into, NodeData& from) {
  const Standing a = standing_of(into), b = standing_of(from);
  if (one_document_between(a, b)) {
    unite(into.aliases, std::move(from.aliases));
    unite_plain(into.attributes, from.attributes);
    return;
  }
  if (a.count <= 1 && into.alias_documents.empty() && into.attribute_documents.empty()) {
    materialize(into.aliases, into.alias_documents, a.only);
    materialize(into.attributes, into.attribute_documents, a.only);
  }
  if (b.count <= 1 && from.alias_documents.empty() && from.attribute_documents.empty()) {
    materialize(from.aliases, from.alias_documents, b.only);
    materialize(from.attributes, from.attribute_documents, b.only);
  }
  for (const auto& [alias, documents] : from.alias_documents) into.aliases.insert(alias);
  unite_records(into.alias_documents, from.alias_documents);
  unite_records(into.attribute_documents, from.attribute_documents);
  smallest_values(into.attribute_documents, from.attribute_documents, into.attributes);
}

void unite_attributes(EdgeData& into, EdgeData& from) {
  const Standing a = standing_of(into), b = standing_of(from);
  if (one_document_between(a, b)) {
    unite_plain(into.attributes, from.attributes);
    return;
  }
  if (a.count <= 1 && into.attribute_documents.empty()) materialize(into.attributes, into.attribute_documents, a.only);
  if (b.count <= 1 && from.attribute_documents.empty()) materialize(from.attributes, from.attribute_documents, b.only);
  unite_records(into.attribute_documents, from.attribute_documents);
  smallest_values(into.attribute_documents, from.attribute_documents, into.attributes);
}

void normalize_provenance(NodeData& node) {
  if (standing_of(node).count < 2) {
    node.alias_documents.clear();
    node.attribute_documents.clear();
    return;
  }
  if (!node.alias_documents.empty() || !node.attribute_documents.empty()) return;
  std::set<std::string> all;
  for (const auto& [form, documents] : node.label_documents) all.insert(documents.begin(), documents.end());
  for (const std::string& alias : node.aliases) node.alias_documents[alias] = all;
  for (const auto& [key, value] : node.attributes) node.attribute_documents[key][value] = all;
}

void normalize_provenance(EdgeData& edge) {
  if (standing_of(edge).count < 2) {
    edge.attribute_documents.clear();
    return;
  }
  if (!edge.attribute_documents.empty()) return;
  std::set<std::string> all;
  for (const DocSpan& span : edge.evidence) all.insert(span.doc);
  for (const auto& [key, value] : edge.attributes) edge.attribute_documents[key][value] = all;
}

void withdraw_aliases_and_attributes(NodeData& node, const std::set<std::string>& gone) {
  if (!node.alias_documents.empty() || !node.attribute_documents.empty()) {
    drop_documents(node.alias_documents, gone);
    for (auto& [key, values] : node.attribute_documents) drop_documents(values, gone);
    std::erase_if(node.attribute_documents, [](const auto& kv) { return kv.second.empty(); });
    node.aliases.clear();
    for (const auto& [alias, documents] : node.alias_documents) node.aliases.insert(alias);
    attributes_from(node.attribute_documents, node.attributes);
  }
  if (standing_of(node).count < 2) {
    node.alias_documents.clear();
    node.attribute_documents.clear();
  }
}

void withdraw_attributes(EdgeData& edge, const std::set<std::string>& gone) {
  if (!edge.attribute_documents.empty()) {
    for (auto& [key, values] : edge.attribute_documents) drop_documents(values, gone);
    std::erase_if(edge.attribute_documents, [](const auto& kv) { return kv.second.empty(); });
    attributes_from(edge.attribute_documents, edge.attributes);
  }
  if (standing_of(edge).count < 2) edge.attribute_documents.clear();
}

}  // namespace newsgraph::detail
