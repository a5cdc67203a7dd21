// The CLI's driver for large inputs: articles (or graph fragments) are read
// one at a time, processed on all cores (newsgraph::run_ordered) and folded
// into one graph in input order, with a progress bar on a terminal.
// Problems with single inputs are reported on stderr here (the CLI's job),
// never by the library.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "newsgraph/graph.hpp"
#include "newsgraph/lexicon.hpp"
#include "newsgraph/limits.hpp"
#include "newsgraph/read.hpp"

namespace newsgraph::cli {

struct StreamOptions {
  std::size_t jobs = 0;  ///< 0: every core
  bool quiet = false;    ///< no progress bar (the summary is the caller's)
  InputFormat input_format = InputFormat::automatic;
  Limits limits;
};

struct StreamResult {
  std::size_t documents = 0;  ///< articles (or fragments) used
  std::size_t skipped = 0;    ///< inputs, lines or articles reported and skipped
  std::vector<std::string> skipped_inputs;  ///< where each skipped one is ("PATH" or "PATH:LINE"), in order
};

/// The --jobs value: 0 means every core.
std::size_t effective_jobs(std::size_t jobs);

/// Reads, extracts and folds every article of `inputs` into `graph`. An
/// article whose text and date `graph` already holds is not extracted again.
StreamResult fold_articles(const std::vector<std::string>& inputs, const Lexicon& lexicon, const StreamOptions& options,
                           Graph& graph);

/// Writes one graph fragment per article to standard output (JSON Lines).
StreamResult extract_fragments(const std::vector<std::string>& inputs, const Lexicon& lexicon, const StreamOptions& options);

/// Merges fragment files (JSON Lines) and graph.json files into `graph`.
StreamResult fold_graphs(const std::vector<std::string>& inputs, const StreamOptions& options, Graph& graph);

}  // namespace newsgraph::cli
