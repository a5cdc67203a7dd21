// What data/html_hints.tsv says, for the main-text scoring and for the data
// files' self-checks (no libxml2 here).
#pragma once

#include <string_view>

namespace newsgraph::html {

/// What one class name or id says about its element: +1 the story's
/// container ("article-body"), -1 page furniture ("related-posts"; a name
/// with words of both, "article-comments", is furniture), 0 nothing.
int class_name_hint(std::string_view name);

/// Whether a short block is a byline, a date line or a photo credit
/// ("By Jane Doe", "Published 3 May 2025"; the file's line_start rows).
bool is_furniture_line(std::string_view text);

}  // namespace newsgraph::html
