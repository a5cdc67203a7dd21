// Stage 2, clean: decide which lines of an article are story text.
//
// Web pages come with subscription boxes, navigation, share buttons,
// newsletter consent and "Article content" repeats. Clean keeps the text as
// it is (so byte offsets stay valid) and lists the story regions in
// Document::story; later stages look only there. A line that is only a date
// sets Document::date when the document has none.
#pragma once

#include "newsgraph/model.hpp"

namespace newsgraph {

class Lexicon;

/// Fills doc.story (and doc.date when a date line is found).
void clean(Document& doc, const Lexicon& lexicon);

/// True when a single line (without its line break) is page boilerplate.
bool is_boilerplate_line(std::string_view line, const Lexicon& lexicon);

}  // namespace newsgraph
