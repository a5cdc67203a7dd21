// Stage 1, read: find the articles named on the command line and load each
// into a Document (UTF-8 checked, id and fingerprint set).
#pragma once

#include <string>
#include <vector>

#include "newsgraph/model.hpp"

namespace newsgraph {

/// Expands files and directories (recursively, `.txt` files, sorted) into
/// the list of article paths. Throws Error naming the path when an input
/// does not exist or a directory holds no articles.
std::vector<std::string> collect_inputs(const std::vector<std::string>& inputs);

/// Makes a Document from raw bytes: strips a UTF-8 BOM, decodes UTF-16/32
/// with a BOM, replaces invalid UTF-8 with U+FFFD (a warning names the
/// first byte offset), turns NUL bytes into spaces. `id` and `source` are
/// kept as given; sha256 is of the resulting text.
Document make_document(std::string id, std::string source, std::string bytes);

/// Reads one article file. The id is the file name without extension.
/// Throws Error naming the path when it cannot be read.
Document read_document(const std::string& path);

}  // namespace newsgraph
