// Many articles, one graph: the multi-article work of `build`, `extract` and
// `merge`. Articles (or graph fragments) are read one at a time, processed
// on all cores (base/parallel.hpp) and folded into one graph; the result
// does not depend on the number of jobs, the order of the inputs or how they
// are split (graph.hpp).
//
// Problems with single inputs (a file that cannot be read, a bad JSON Lines
// record) do not stop a run: each is handed to BuildOptions::report and
// counted, and the rest goes on.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "newsgraph/graph.hpp"
#include "newsgraph/lexicon.hpp"
#include "newsgraph/limits.hpp"
#include "newsgraph/read.hpp"

namespace newsgraph {

struct BuildOptions {
  std::size_t jobs = 0;  ///< 0: every core
  InputFormat input_format = InputFormat::automatic;
  Limits limits;
  /// merge_graphs: keep only this shard of the merged graph (Graph::keep_shard),
  /// each graph read cut down before it is merged, so that memory grows with
  /// the shard rather than the graph.
  std::optional<Shard> shard;
  /// A problem ("PATH[:LINE]: what", the input skipped) or a warning about
  /// repaired or cut text, in input order. Default: dropped.
  std::function<void(const std::string& message)> report;
  /// Called after each document: documents done, input bytes done, input bytes in all (0 when unknown).
  std::function<void(std::size_t documents, std::uint64_t bytes_done, std::uint64_t bytes_total)> progress;
};

struct BuildResult {
  std::size_t documents = 0;  ///< articles (or fragments) used
  std::size_t skipped = 0;    ///< inputs, lines or articles reported and skipped
  std::vector<std::string> skipped_inputs;  ///< where each skipped one is ("PATH" or "PATH:LINE"), in order
};

/// The closing line for skipped inputs: how many, and which (the first ten):
/// "3 input(s) skipped: a.txt, b.jsonl:7, c.html".
std::string skipped_summary(const BuildResult& result);

/// The jobs value: 0 means every core.
std::size_t effective_jobs(std::size_t jobs);

/// Reads, extracts and folds every article of `inputs` (files, folders,
/// globs, "-" for standard input) into `graph`. An article whose text and
/// date `graph` already holds is not extracted again.
BuildResult build_graph(const std::vector<std::string>& inputs, const Lexicon& lexicon, const BuildOptions& options,
                        Graph& graph);

/// The map step: one graph fragment per article (a JSON line shaped like
/// graph.json), handed to `sink` in input order.
BuildResult extract_fragments(const std::vector<std::string>& inputs, const Lexicon& lexicon, const BuildOptions& options,
                              const std::function<void(std::string&& line)>& sink);

/// An update's hold on a graph file: an exclusive flock(2) on "GRAPH.lock"
/// beside it, from construction to destruction. Two runs updating one graph
/// take turns: the second waits until the first has written its graph, then
/// reads that graph, so no run's articles are lost. Nothing is locked when
/// the graph's folder does not exist (there is no graph to lose).
class GraphLock {
 public:
  /// Waits for the lock; `waiting` gets one message first when another
  /// process holds it. Throws Error naming the lock file when it cannot be
  /// created or locked.
  explicit GraphLock(const std::string& graph_path, const std::function<void(const std::string&)>& waiting = {});
  ~GraphLock();
  GraphLock(const GraphLock&) = delete;
  GraphLock& operator=(const GraphLock&) = delete;

 private:
  [[noreturn]] void fail(const std::string& what);
  std::string path_;
  int fd_ = -1;
};

/// The reduce step: merges fragment files (JSON Lines) and graph.json files into `graph`.
BuildResult merge_graphs(const std::vector<std::string>& inputs, const BuildOptions& options, Graph& graph);

/// What combine_shards wrote: the shards read and the records of graph.json.
struct CombineResult {
  std::size_t shards = 0, documents = 0, nodes = 0, edges = 0, meetings = 0, statements = 0;
};

/// The shard a graph file is ("shard" in its head, as `merge --shard`
/// writes it), or nothing: a whole graph, a file of fragments, standard
/// input, or no graph at all (merge_graphs tells which).
std::optional<Shard> shard_of_file(const std::string& path);

/// The inputs of a merge (expanded as merge_graphs expands them) when they
/// are shards; empty when none of them is one. Throws Error when only some
/// are shards, or when an input cannot be read and the others are shards.
std::vector<std::string> shard_inputs(const std::vector<std::string>& inputs, bool follow_links = false);

/// Writes OUT_DIR/graph.json (complete or not at all) from the shard files
/// of one graph, every K of one N once, in any order: the bytes that one
/// merge of everything the shards were merged from writes. Shards are
/// disjoint and each holds every document, so their records are only
/// interleaved by id, a record per shard in memory. Throws Error, writing
/// nothing, when a shard is missing or given twice, the shards disagree on
/// N, on their documents or on the newsgraph that wrote them, or a file is
/// not a shard as `merge --shard` writes it.
CombineResult combine_shards(const std::vector<std::string>& files, const std::string& out_dir);

}  // namespace newsgraph
