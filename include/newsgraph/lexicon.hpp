// What newsgraph knows before it reads an article: countries, offices,
// organizations, places, people, word classes and trigger words, from the
// data files compiled into the library, plus the user's own files.
//
// The Lexicon's contents are the library's business (src/lib/language);
// a library user loads one and hands it to extract() or build_graph().
// Loaded once, then immutable: share it between threads freely.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace newsgraph {

class Lexicon;

/// The built-in lexicons plus each of `user_files` (`--lexicon FILE`: TSV
/// rows `type  name  aliases  attributes`, see the README). Throws Error
/// naming the file and line of a malformed row.
std::shared_ptr<const Lexicon> load_lexicon(const std::vector<std::string>& user_files = {});

}  // namespace newsgraph
