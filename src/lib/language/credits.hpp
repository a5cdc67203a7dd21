// Outlets that a page only credits: a dateline ("Tehran, May 6, IRNA –"), a
// wire line ("(MENAFN- Jordan Times)"), a photo credit ("(Jane Doe /
// Associated Press)", "© X/TNN/dpa") name an organization that plays no part
// in the story.
#pragma once

#include "language/recognize.hpp"
#include "newsgraph/model.hpp"

namespace newsgraph {

class Lexicon;

/// True when bytes [begin, end) of the text lie in a credit or a dateline.
bool in_credit(const Document& doc, Span span);

/// Removes the organization mentions whose every mention (same key) lies in a
/// credit or a dateline ("Photo: PID", the credit marks of data/word_classes.tsv
/// class credit_mark, counts too); an outlet the story also cites elsewhere stays.
/// The people a credit names stay: a photographer is a person of the page.
void drop_credited_outlets(Document& doc, const Lexicon& lexicon, const TokenKeys& keys);

}  // namespace newsgraph
