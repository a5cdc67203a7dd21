// Where the learned recognizer meets the rules: after recognize's rules
// have found their mentions, the model decides the names the rules could
// only guess at, and the rules keep what they know.
#pragma once

#include "newsgraph/model.hpp"

namespace newsgraph {
class Lexicon;
struct TokenKeys;
}  // namespace newsgraph

namespace newsgraph::ner {

class Model;

/// Reconciles doc.mentions (recognize's rules, sorted by span) with the
/// names `model` finds:
/// - the rules keep offices, and every name the lexicons list (countries,
///   demonyms and capitals, known people, organizations and places) where
///   the model finds no longer name around it;
/// - the model decides capitalized words no lexicon lists: their extent and
///   their type (person, organization, location), also in headlines in
///   capitals and in datelines; a name it finds that the rules missed is
///   added, and a rule's person guess it does not see as a name is dropped;
/// - a longer name around lexicon words wins: "Ana Lima" is a person, not
///   Peru's capital; "German Press Agency" an organization.
/// Leaves doc.mentions sorted by span.
void apply_learned_names(Document& doc, const Lexicon& lexicon, const TokenKeys& keys, const Model& model);

}  // namespace newsgraph::ner
