// The JSON export on several threads.
#pragma once

#include <cstddef>

#include "newsgraph/export.hpp"

namespace newsgraph {

/// write_graph_json(graph, file) with the text made on `jobs` threads and
/// written in order: the same bytes. With jobs <= 1, on the calling thread.
void write_graph_json(const Graph& graph, AtomicFile& file, std::size_t jobs);

}  // namespace newsgraph
