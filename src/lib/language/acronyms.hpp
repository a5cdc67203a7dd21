// An acronym a story defines for a name: "the Progressive Alliance Party
// (PAP)". Wherever the story then writes the acronym it means that name,
// whatever a lexicon says the letters stand for elsewhere.
#pragma once

#include "newsgraph/model.hpp"

namespace newsgraph {

/// Gives every mention of an acronym defined in brackets right after an
/// organization's name (or, undefined, made of the initials of one longer
/// organization's name in the story) that organization's type and key, and
/// adds a mention for each use of the acronym no other mention holds.
void link_defined_acronyms(Document& doc);

/// Do the capitals of `acronym` ("PAP") stand for the capitalized words of
/// `name` ("Progressive Alliance Party"), in order, the first for the first?
bool stands_for(std::string_view acronym, std::string_view name);

}  // namespace newsgraph
