// graph.html (`--format html`): one self-contained page to explore the graph
// in a browser from disk, with no network: the page's own script and style
// (web/explorer/), Cytoscape.js with its licence notice, and the graph as
// graph.json holds it, all embedded at build time or written into the page.
#pragma once

#include <string>
#include <string_view>

#include "newsgraph/graph.hpp"

namespace newsgraph {

/// The explorer page of `graph`.
std::string graph_to_html(const Graph& graph);

/// JSON text that can sit inside a <script> element and still parse to the
/// same value: '<', '>' and '&' (so no "</script>" nor "<!--") and U+2028,
/// U+2029 (line ends to older JavaScript) become \u escapes. They only ever
/// occur inside JSON strings, where the escape means the same character.
std::string json_for_script(std::string_view json);

/// Script text that cannot end its <script> element early: every "</script"
/// (any case) becomes "<\/script", the same inside a JavaScript string or
/// regular expression, the only places it can occur.
std::string script_for_html(std::string_view script);

}  // namespace newsgraph
