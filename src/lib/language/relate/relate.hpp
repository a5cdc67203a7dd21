// Stage 6, relate: the edges of the graph and the events behind them, from
// what resolve worked out (entities, holdings, affiliations, references).
// Relate creates no entity and no id, and resolves no word itself.
//
//  - offices and affiliations: holds_office, office_of and affiliated_with
//    edges from Document::holdings and Document::affiliations;
//  - meetings: who met whom (held / planned / cancelled, in person or by
//    call, where, when), meetings.cpp and meeting_details.cpp;
//  - statements: who said what (direct quotes and reported speech), to
//    whom, about whom, statements.cpp.
#pragma once

#include "language/reading.hpp"
#include "newsgraph/model.hpp"

namespace newsgraph {

class Lexicon;

/// Fills doc.relations, doc.meetings and doc.statements of the document `reading` reads (after resolve).
void relate(Reading& reading);
/// The same for a resolved document, with a Reading made here.
void relate(Document& doc, const Lexicon& lexicon);

}  // namespace newsgraph
