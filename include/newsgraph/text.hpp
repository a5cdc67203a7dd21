// `newsgraph text`: the text that a run reads from each article, the one
// every byte offset of graph.json refers to (for an HTML page, the main
// text extracted from it; for any input, after decoding, repair and NFC).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "newsgraph/build.hpp"
#include "newsgraph/model.hpp"

namespace newsgraph {

/// One JSON line (no line break) for a read document:
/// {"id","source","date","title","text"}, date and title null when
/// unknown, and "author" when the page names a byline.
std::string text_json_line(const Document& doc);

/// Reads every article of `inputs` as build_graph does (same inputs,
/// formats, limits, problems reported and skipped through options.report)
/// and hands its text_json_line to `sink`, in input order.
BuildResult read_texts(const std::vector<std::string>& inputs, const BuildOptions& options,
                       const std::function<void(std::string&& line)>& sink);

}  // namespace newsgraph
