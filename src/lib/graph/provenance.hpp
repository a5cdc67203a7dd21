// Internal to the graph stage: which documents gave a node's aliases and a
// node's or an edge's attribute values, so that withdrawing a document (an
// article its publisher corrected) takes back exactly what it gave.
//
// An item (node or edge) that stands on one document keeps no such record:
// all it holds is that document's. When a merge gives it a second document,
// its values are written down with their documents ("materialized") and
// stay so: the aliases are then the forms of alias_documents and
// label_documents, an attribute the smallest value of attribute_documents
// still given by some document. Withdrawing documents down to one drops the
// record again, so a graph is the same however it came to be.
#pragma once

#include <set>
#include <string>

#include "newsgraph/graph.hpp"

namespace newsgraph::detail {

/// How many documents an item stands on: none, one (`only` names it) or several.
struct Standing {
  int count = 0;  // 0, 1 or 2 (two or more)
  const std::string* only = nullptr;
};
Standing standing_of(const NodeData& node);
Standing standing_of(const EdgeData& edge);

/// Unites the aliases and attributes of `from` into `into` (both as the
/// graph keeps them; `from` may be left hollow). Call before uniting their
/// label votes and spans: `into` and `from` are told apart by those.
void unite_aliases_and_attributes(NodeData& into, NodeData& from);
void unite_attributes(EdgeData& into, EdgeData& from);

/// An item from outside the graph (a graph file, a caller), made to keep the
/// rule: the record of an item of one document is dropped; an item of
/// several documents that came without one (written before there was one)
/// gets every value put down to all its documents.
void normalize_provenance(NodeData& node);
void normalize_provenance(EdgeData& edge);

/// Takes the `gone` documents out of the record and sets the aliases and
/// attributes from what is left (the label votes must be withdrawn first).
void withdraw_aliases_and_attributes(NodeData& node, const std::set<std::string>& gone);
void withdraw_attributes(EdgeData& edge, const std::set<std::string>& gone);

}  // namespace newsgraph::detail
