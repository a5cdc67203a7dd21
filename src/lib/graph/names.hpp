// Internal to the graph stage: the names of a node (its label, aliases and
// the documents that name it by each form) and how the label is chosen.
//
// Every form is kept in Unicode NFC, so that "José" typed with a combining
// accent and "José" precomposed are one form. The label is the form the
// most documents name the node by, among the well-formed ones (see
// is_well_formed_name); ties go to the longer form, then the smaller bytes.
// The choice depends only on the union of the votes, so it is the same in
// any order and split, and withdrawing a document's votes undoes them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "newsgraph/graph.hpp"

namespace newsgraph::detail {

/// Longer forms are never chosen as a label while a well-formed one exists.
inline constexpr std::size_t kMaxLabelBytes = 256;

/// `text` in Unicode NFC (ASCII and other NFC text comes back unchanged).
std::string nfc(std::string_view text);

/// A form fit to be a label: at most kMaxLabelBytes, valid UTF-8, no control,
/// format, private-use or unassigned characters, no compatibility characters
/// (fullwidth letters, ligatures: NFKC leaves it as it is), and no word that
/// mixes Latin, Cyrillic and Greek letters (a Cyrillic "А" in a Latin name).
bool is_well_formed_name(std::string_view form);

/// A node as it arrives from outside the graph (a document, a graph file, a
/// caller): its forms put in NFC, its label given a vote from every document
/// it is mentioned in when it comes with no votes at all, and its label and
/// aliases made consistent with its votes (choose_label).
void normalize_names(NodeData& node);

/// Sets the label from node.label_documents (the current label stays when
/// it has no votes to compare); every other form of the votes becomes an alias.
void choose_label(NodeData& node);

}  // namespace newsgraph::detail
