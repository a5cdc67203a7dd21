// A name is the same name wherever a story writes it: "National leader
// Christopher Luxon ... National had met with Act". The words around one
// occurrence ("leader", "the party") tell what the name is; a bare
// occurrence elsewhere, which no rule reads, is then the same body or place.
#pragma once

#include "newsgraph/model.hpp"

namespace newsgraph {

/// Adds a mention for every further occurrence of an organization's or a
/// place's name that no mention holds, written as the name was (the same
/// words, capitalized alike) and standing alone (no capitalized word right
/// before or after it, which would make it part of a longer name). A
/// one-word name at the start of a sentence is left alone: a capital there
/// proves nothing ("Act now"). A name given two types in the story is
/// ambiguous and is not spread. Keeps doc.mentions sorted.
void add_repeated_names(Document& doc);

}  // namespace newsgraph
