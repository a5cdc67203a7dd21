// The JSON contract read back: a graph.json, or one fragment line written by
// `newsgraph extract`, loaded into a Graph so that graphs can be merged
// (`newsgraph merge`, `newsgraph build --update`).
//
// For anything newsgraph wrote, graph_to_json(graph_from_json(j)) == j.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>

#include "newsgraph/graph.hpp"

namespace newsgraph {

/// Builds a Graph from a parsed graph JSON (format "newsgraph", version 1).
/// Throws Error naming `where` (and `line` when not 0) and the offending
/// record when a field is missing or has the wrong type.
Graph graph_from_json(const nlohmann::json& j, const std::string& where, std::size_t line = 0);

/// Parses `text` (one JSON value) and builds the Graph. Throws Error as above,
/// also for text that is not JSON.
Graph graph_from_json_text(std::string_view text, const std::string& where, std::size_t line = 0);

/// Reads a graph.json file. Throws Error naming the path.
Graph read_graph_file(const std::string& path);

}  // namespace newsgraph
