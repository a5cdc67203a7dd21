// Stage 1, read: find the articles named on the command line and load each
// into a Document (UTF-8 checked, id and fingerprint set).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/error.hpp"
#include "newsgraph/limits.hpp"
#include "newsgraph/model.hpp"

namespace newsgraph {

/// Expands files and directories (recursively, `.txt` files, sorted) into
/// the list of article paths. Throws Error naming the path when an input
/// does not exist or a directory holds no articles.
std::vector<std::string> collect_inputs(const std::vector<std::string>& inputs);

/// Same, but a bad input or directory entry does not stop the walk: each
/// problem (missing path, unreadable directory, dangling symbolic link,
/// symbolic link loop, a named pipe or device named like an article) is
/// appended to `problems` as an Error naming its path, and everything else
/// is collected. Symbolic links to directories are followed once; a link
/// back to a directory being walked is reported as a loop.
std::vector<std::string> collect_inputs(const std::vector<std::string>& inputs, std::vector<Error>& problems);

/// What a file that is not text looks like ("PDF document", "PNG image",
/// "zip archive", "ELF executable", "binary data (41% control bytes)"),
/// judged from magic bytes and the share of control bytes at its start;
/// empty when it may be text. Text with a UTF-16/32 byte-order mark is text.
std::string sniff_binary(std::string_view bytes);

/// Makes a Document from raw bytes: strips a UTF-8 BOM, decodes UTF-16/32
/// with a BOM, replaces invalid UTF-8 with U+FFFD (a warning names the
/// first byte offset), turns NUL bytes into spaces. `id` and `source` are
/// kept as given; sha256 is of the resulting text. Text beyond
/// limits.max_document_bytes is cut off at a line break (a warning says
/// so); with limits.strict, invalid UTF-8 throws Error instead.
Document make_document(std::string id, std::string source, std::string bytes, const Limits& limits = {});

/// Reads one article file. The id is the file name without extension.
/// Throws Error naming the path when it cannot be read, is not a regular
/// file (a directory, a named pipe), is empty or only white space, or looks
/// binary (see sniff_binary). Reads no more of a large file than
/// limits.max_document_bytes needs.
Document read_document(const std::string& path, const Limits& limits = {});

}  // namespace newsgraph
