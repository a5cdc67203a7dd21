// Lexicon files compiled into the binary at build time (see
// cmake/EmbedData.cmake), so the program needs no data folder at run time.
#pragma once

#include <string_view>
#include <vector>

namespace newsgraph {

struct EmbeddedFile {
  std::string_view name;     ///< file name, e.g. "countries.tsv"
  std::string_view content;  ///< the file's bytes
};

/// Every embedded file, in a fixed order.
const std::vector<EmbeddedFile>& embedded_data();

/// The content of the embedded file `name`; throws Error when absent.
std::string_view embedded_file(std::string_view name);

}  // namespace newsgraph
