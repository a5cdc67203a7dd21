// newsgraph command line: parses arguments, calls the library, reports
// errors once. Exit status: 0 all inputs used, 1 some inputs skipped,
// 2 usage error or nothing could be done.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>

#include "newsgraph/build.hpp"
#include "newsgraph/error.hpp"
#include "newsgraph/export.hpp"
#include "newsgraph/graph.hpp"
#include "newsgraph/import.hpp"
#include "newsgraph/lexicon.hpp"
#include "newsgraph/limits.hpp"
#include "newsgraph/read.hpp"
#include "newsgraph/text.hpp"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitSkipped = 1;
constexpr int kExitFatal = 2;

struct BuildOptions {
  std::vector<std::string> inputs;
  std::string out_dir;
  std::vector<std::string> formats = {"json", "dot", "svg"};
  std::string layout = "dot";
  newsgraph::ViewOptions view;  // what the dot and picture outputs show
  std::vector<std::string> lexicons;
  bool quiet = false;
  std::size_t jobs = 0;             // 0: every core
  std::string update;               // --update: an existing graph.json to add to
  std::string input_format = "auto";
  bool merge = false;               // `merge`: inputs are fragments and graph.json files
  std::optional<newsgraph::Shard> shard;  // `merge --shard K/N`
  newsgraph::Limits limits;         // --max-document-bytes, --max-sentence-tokens, --max-mentions, --strict
};

// Every message goes through printable(): a file name or a field with a line
// break or an escape sequence in it cannot forge a line or drive the terminal.
void report(const std::string& message) { std::cerr << "newsgraph: " << newsgraph::printable(message) << "\n"; }

using Clock = std::chrono::steady_clock;

// A progress line on stderr, redrawn at most five times a second, only when
// stderr is a terminal: documents, MB, documents per second, ETA.
class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled && ::isatty(STDERR_FILENO) != 0), start_(Clock::now()) {}

  void update(std::size_t documents, std::uint64_t bytes, std::uint64_t total) {
    if (!enabled_) return;
    const auto now = Clock::now();
    if (now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double rate = seconds > 0 ? static_cast<double>(documents) / seconds : 0;
    char line[160];
    std::string bar;
    std::string eta = "--:--";
    if (total > 0) {
      const double done = std::min(1.0, static_cast<double>(bytes) / static_cast<double>(total));
      const auto filled = static_cast<std::size_t>(done * 20);
      bar = "[" + std::string(filled, '#') + std::string(20 - filled, '.') + "] ";
      if (done > 0) {
        const auto left = static_cast<long>(seconds / done - seconds);
        std::snprintf(line, sizeof line, "%ld:%02ld", left / 60, left % 60);
        eta = line;
      }
    }
    std::snprintf(line, sizeof line, "\r%s%zu documents  %.1f MB  %.0f docs/s  ETA %s   ", bar.c_str(), documents,
                  static_cast<double>(bytes) / 1e6, rate, eta.c_str());
    std::cerr << line << std::flush;
    drawn_ = true;
  }

  ~Progress() {
    if (drawn_) std::cerr << "\r" << std::string(78, ' ') << "\r" << std::flush;
  }

 private:
  bool enabled_;
  Clock::time_point start_;
  Clock::time_point last_{};
  bool drawn_ = false;
};

// The library's options for a run: messages go to stderr, progress to the bar.
newsgraph::BuildOptions build_options(const BuildOptions& options, Progress& progress) {
  newsgraph::BuildOptions build;
  build.jobs = options.jobs;
  build.limits = options.limits;
  build.input_format = newsgraph::input_format_from_string(options.input_format).value_or(newsgraph::InputFormat::automatic);
  build.shard = options.shard;
  build.report = report;
  build.progress = [&progress](std::size_t documents, std::uint64_t bytes, std::uint64_t total) {
    progress.update(documents, bytes, total);
  };
  return build;
}

// The graph of a run is kept until the process ends: a large archive's
// graph is tens of millions of small allocations, and freeing them one by
// one at exit took seconds (a tenth of a build) for nothing. Held through a
// static pointer, so it stays reachable and leak checkers do not count it.
newsgraph::Graph& graph_kept_until_exit() {
  static auto* const kept = new newsgraph::Graph();
  return *kept;
}

// Seconds since `started`, as "12.3".
std::string seconds_since(Clock::time_point started) {
  char elapsed[32];
  std::snprintf(elapsed, sizeof elapsed, "%.1f", std::chrono::duration<double>(Clock::now() - started).count());
  return elapsed;
}

// The closing line of build and merge: what the graph (or the shard) holds.
void print_summary(const newsgraph::Graph& graph, const BuildOptions& options, Clock::time_point started) {
  const std::vector<const newsgraph::NodeData*> nodes = graph.nodes();
  // A shard's placeholders (the other ends of its edges) are not its nodes.
  const auto node_count = options.shard ? std::count_if(nodes.begin(), nodes.end(),
                                                        [&](const auto* n) { return options.shard->holds(n->id); })
                                        : static_cast<std::ptrdiff_t>(nodes.size());
  std::cerr << "newsgraph: " << (options.shard ? "shard " + newsgraph::to_string(*options.shard) + ": " : "")
            << graph.documents().size() << " documents, " << node_count << " nodes, " << graph.edges().size() << " edges, "
            << graph.meetings().size() << " meetings, " << graph.statements().size() << " statements, "
            << seconds_since(started) << " s -> " << newsgraph::printable(options.out_dir) << "\n";
}

int run_build(const BuildOptions& options) {
  newsgraph::OutputOptions outputs;
  outputs.out_dir = options.out_dir;
  outputs.formats = options.formats;
  outputs.layout = options.layout;
  outputs.view = options.view;
  outputs.view.notice = [](const std::string& message) { report(message); };
  outputs.jobs = newsgraph::effective_jobs(options.jobs);
  outputs.shard = options.shard;
  try {
    newsgraph::check_outputs(outputs);
  } catch (const newsgraph::Error& e) {
    report(e.what());
    return kExitFatal;
  }
  const auto started = Clock::now();
  Progress progress(!options.quiet);
  const newsgraph::BuildOptions build = build_options(options, progress);
  // A bad --update graph stops the run: nothing is replaced. The graph stays
  // locked until the new one is written: a second update waits, then reads it.
  std::optional<newsgraph::GraphLock> lock;
  if (!options.update.empty()) lock.emplace(options.update, report);
  newsgraph::Graph& graph = graph_kept_until_exit();
  if (!options.update.empty() && std::filesystem::exists(options.update)) graph = newsgraph::read_graph_file(options.update);
  const newsgraph::BuildResult result =
      options.merge ? newsgraph::merge_graphs(options.inputs, build, graph)
                    : newsgraph::build_graph(options.inputs, *newsgraph::load_lexicon(options.lexicons), build, graph);
  if (result.documents == 0) {
    report(options.merge ? "no graph could be read; nothing written" : "no article could be read; nothing written");
    return kExitFatal;
  }
  newsgraph::write_outputs(graph, outputs);
  if (!options.quiet) print_summary(graph, options, started);
  if (result.skipped > 0) {
    report(newsgraph::skipped_summary(result));
    return kExitSkipped;
  }
  return kExitOk;
}

// `merge` of the N shards of a graph (`merge --shard K/N` outputs): combined
// into graph.json without merging; other formats are made from that file.
int run_combine(const BuildOptions& options, const std::vector<std::string>& shards) {
  if (!options.update.empty()) {
    report("--update takes a whole graph, not shards: combine the shards first (newsgraph merge SHARDS --out DIR), "
           "then merge DIR/graph.json with --update");
    return kExitFatal;
  }
  newsgraph::OutputOptions outputs;
  outputs.out_dir = options.out_dir;
  outputs.layout = options.layout;
  outputs.view = options.view;
  outputs.view.notice = [](const std::string& message) { report(message); };
  outputs.jobs = newsgraph::effective_jobs(options.jobs);
  outputs.formats.clear();
  std::copy_if(options.formats.begin(), options.formats.end(), std::back_inserter(outputs.formats),
               [](const std::string& format) { return format != "json"; });
  newsgraph::check_outputs(outputs);
  const auto started = Clock::now();
  const newsgraph::CombineResult result = newsgraph::combine_shards(shards, options.out_dir);
  // graph.json is always written: it is what the shards combine into.
  if (!outputs.formats.empty()) {
    newsgraph::write_outputs(newsgraph::read_graph_file((std::filesystem::path(options.out_dir) / "graph.json").string()), outputs);
  }
  if (!options.quiet) {
    std::cerr << "newsgraph: " << result.shards << " shards combined: " << result.documents << " documents, " << result.nodes
              << " nodes, " << result.edges << " edges, " << result.meetings << " meetings, " << result.statements
              << " statements, " << seconds_since(started) << " s -> " << newsgraph::printable(options.out_dir) << "\n";
  }
  return kExitOk;
}

// `merge`: a sharded reduce (--shard), the combination of shards, or a plain merge.
int run_merge(BuildOptions& options, bool format_given) {
  options.merge = true;
  if (options.shard) {
    if (!options.update.empty()) {
      report("--shard and --update do not go together: a shard is part of a graph; combine the shards, then update");
      return kExitFatal;
    }
    if (!format_given) options.formats = {"json"};
    return run_build(options);
  }
  const std::vector<std::string> shards = newsgraph::shard_inputs(options.inputs);
  return shards.empty() ? run_build(options) : run_combine(options, shards);
}

// `extract`: the map step. Fragments go to stdout, problems to stderr.
int run_extract(const BuildOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  std::ios::sync_with_stdio(false);
  const std::shared_ptr<const newsgraph::Lexicon> lexicon = newsgraph::load_lexicon(options.lexicons);
  newsgraph::BuildResult result;
  {
    Progress progress(!options.quiet);
    // Fragments go out in blocks of about 1 MB, each with one writev: std::cout
    // would make a system call per article (a line longer than its buffer goes
    // straight out), and gathering the lines into one string would copy them.
    constexpr std::size_t kBlock = 1 << 20;
    std::vector<std::string> lines;
    std::size_t pending = 0;
    const auto sink = [&](std::string&& line) {
      pending += line.size();
      lines.push_back(std::move(line));
      if (pending >= kBlock) {
        newsgraph::write_to_stdout(lines);
        pending = 0;
      }
    };
    result = newsgraph::extract_fragments(options.inputs, *lexicon, build_options(options, progress), sink);
    newsgraph::write_to_stdout(lines);
  }
  if (!options.quiet) {
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    char elapsed[32];
    std::snprintf(elapsed, sizeof elapsed, "%.1f", seconds);
    std::cerr << "newsgraph: " << result.documents << " fragments, " << elapsed << " s\n";
  }
  if (result.documents == 0) {
    report("no article could be read");
    return kExitFatal;
  }
  if (result.skipped > 0) {
    report(newsgraph::skipped_summary(result));
    return kExitSkipped;
  }
  return kExitOk;
}

// `text`: the text each article is read as, one JSON line per article on stdout.
int run_text(const BuildOptions& options) {
  std::vector<std::string> lines;
  std::size_t pending = 0;
  Progress progress(!options.quiet);
  const newsgraph::BuildResult result =
      newsgraph::read_texts(options.inputs, build_options(options, progress), [&](std::string&& line) {
        pending += line.size();
        lines.push_back(std::move(line));
        if (pending >= (1 << 20)) {
          newsgraph::write_to_stdout(lines);
          pending = 0;
        }
      });
  newsgraph::write_to_stdout(lines);
  if (result.documents == 0) {
    report("no article could be read");
    return kExitFatal;
  }
  if (result.skipped > 0) {
    report(newsgraph::skipped_summary(result));
    return kExitSkipped;
  }
  return kExitOk;
}

// "PREFIX: a, b (note), c": the help of an option lists every value the library takes.
std::string listed(std::string text, const std::vector<std::string>& values, const std::map<std::string, std::string>& notes = {}) {
  for (std::size_t i = 0; i < values.size(); ++i) {
    text += (i == 0 ? ": " : ", ") + values[i];
    if (const auto note = notes.find(values[i]); note != notes.end()) text += " (" + note->second + ")";
  }
  return text;
}

// What and where to write: the same for build and merge.
void add_output_options(CLI::App& command, BuildOptions& options) {
  command.add_option("-o,--out", options.out_dir, "Output directory (created if missing)")->required();
  const std::map<std::string, std::string> notes = {
      {"neo4j", "folder of CSV"}, {"kuzu", "folder"}, {"html", "the explorer page"}};
  command.add_option("-f,--format", options.formats, listed("Outputs (comma-separated)", newsgraph::output_formats(), notes))
      ->delimiter(',')
      ->capture_default_str();
  command.add_option("--layout", options.layout, listed("Graphviz layout for pictures", newsgraph::graph_layouts()))
      ->check(CLI::IsMember(newsgraph::graph_layouts()))
      ->capture_default_str();
  command.add_option("--view", options.view.view, "What dot and pictures show: full, or meetings (people and met edges)")
      ->check(CLI::IsMember({"full", "meetings"}))
      ->capture_default_str();
  command.add_option("--ego", options.view.ego, "Draw only the part around this node (id, name or alias)");
  command.add_option("--depth", options.view.depth, "With --ego: how many hops around it")->capture_default_str();
  command.add_option("--min-mentions", options.view.min_mentions, "Draw only nodes mentioned at least N times")
      ->capture_default_str();
  command.add_flag("--keep-isolated", options.view.keep_isolated, "Draw nodes without edges too (left out by default)");
  command.add_option("--max-picture-nodes", options.view.max_nodes, "Draw at most N nodes, the most connected (0: all)")
      ->capture_default_str();
  command.add_flag("-q,--quiet", options.quiet, "No progress bar, no summary line");
}

// How articles are read, and the limits that keep any input from making a run slow or exhaust memory.
void add_reading_options(CLI::App& command, BuildOptions& options) {
  command.add_option("--input-format", options.input_format,
                     "auto (by extension; stdin by its first byte), text, jsonl, html")
      ->check(CLI::IsMember({"auto", "text", "jsonl", "html"}))
      ->capture_default_str();
  command.add_option("--max-document-bytes", options.limits.max_document_bytes,
                     "Text kept per article (e.g. 2MiB, 500k); the rest is cut off with a warning")
      ->transform(CLI::AsSizeValue(false))
      ->check(CLI::Range(std::size_t{1}, newsgraph::kMaxDocumentBytesCeiling))
      ->capture_default_str();
  command.add_option("--max-sentence-tokens", options.limits.max_sentence_tokens,
                     "Longer sentences are split into pieces of this many tokens, with a warning")
      ->check(CLI::Range(std::size_t{1}, newsgraph::kMaxSentenceTokensCeiling))
      ->capture_default_str();
  command.add_option("--max-mentions", options.limits.max_mentions,
                     "Names and titles analysed per article; text past them is ignored, with a warning")
      ->check(CLI::Range(std::size_t{1}, std::size_t{10000000}))
      ->capture_default_str();
  command.add_flag("--strict", options.limits.strict, "Skip articles with invalid UTF-8 instead of repairing them with U+FFFD");
  command.add_flag("--follow-links", options.limits.follow_links,
                   "Follow symbolic links in input folders that lead outside them (skipped by default)");
}

// merge's --shard K/N, checked when parsed.
void add_shard_option(CLI::App& merge, std::string& shard_text) {
  merge
      .add_option("--shard", shard_text,
                  "Keep only shard K of N (K from 0: 0/4, 1/4, 2/4, 3/4): the nodes, edges, meetings and statements "
                  "whose id hashes to K, and every document; writes OUT/graph.json of the shard. `merge` of the N "
                  "shards' graph.json files combines them into the whole graph")
      ->check(CLI::Validator(
          [](const std::string& value) {
            try {
              newsgraph::parse_shard(value);
            } catch (const newsgraph::Error& e) {
              return std::string(e.what());
            }
            return std::string();
          },
          "K/N"));
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"newsgraph: who is who and who met whom, from news articles"};
  app.set_version_flag("--version", std::string("newsgraph ") + newsgraph::kVersion);
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  newsgraph build examples/articles --out graphs/examples\n"
      "  newsgraph build a.txt b.txt --out out --format json,dot,png\n"
      "  newsgraph build news/ --out out --format json,html --layout sfdp   # the explorer page\n"
      "  newsgraph build news/ --out out --lexicon my-people.tsv\n"
      "  newsgraph build dump.jsonl pages/ --out archive --jobs 4\n"
      "  newsgraph build --update archive/graph.json new-articles/ --out archive\n"
      "  newsgraph extract part-*.jsonl > fragments.jsonl   # map\n"
      "  newsgraph merge fragments-*.jsonl --out out          # reduce\n"
      "  newsgraph merge --update archive/graph.json new-fragments.jsonl --out archive\n"
      "  newsgraph merge fragments-*.jsonl --shard 0/4 --out shard-0   # one of 4 reducers\n"
      "  newsgraph merge shard-*/graph.json --out out                  # the 4 shards combined\n"
      "  newsgraph text saved-page.html                       # the text offsets refer to\n"
      "\nExit status: 0 all inputs used (warnings about repaired or cut text included),\n"
      "1 some inputs skipped (each named on stderr as `newsgraph: PATH[:LINE]: problem`,\n"
      "then a summary line; the graph of the others is written), 2 usage error, or\n"
      "nothing could be read or written. Outputs are replaced only by complete files.");

  BuildOptions options;
  CLI::App* build = app.add_subcommand("build", "Extract a graph from articles and write it to --out");
  CLI::App* extract = app.add_subcommand("extract", "Map step: write one graph fragment per article to stdout (JSON Lines)");
  CLI::App* merge = app.add_subcommand("merge", "Reduce step: merge fragments and graph.json files into one graph in --out");
  CLI::App* text = app.add_subcommand("text", "Write the text read from each article (HTML: its main text) as JSON Lines to stdout");
  build->add_option("inputs", options.inputs,
                    "Articles: .txt, .jsonl (one per line), .html files, directories of them, glob patterns, - for stdin")
      ->required();
  extract->add_option("inputs", options.inputs, "Articles, as for build")->required();
  text->add_option("inputs", options.inputs, "Articles, as for build")->required();
  merge->add_option("inputs", options.inputs, "Fragment files (JSON Lines from extract), graph.json files, - for stdin")->required();
  for (CLI::App* cmd : {build, merge}) add_output_options(*cmd, options);
  for (CLI::App* cmd : {build, extract, merge, text}) {
    cmd->add_option("-j,--jobs", options.jobs, "Documents processed at once (0: every core)")->capture_default_str();
  }
  for (CLI::App* cmd : {build, extract}) {
    cmd->add_option("--lexicon", options.lexicons, "Extra lexicon file (TSV, see README); repeatable")->check(CLI::ExistingFile);
  }
  for (CLI::App* cmd : {build, extract, text}) add_reading_options(*cmd, options);
  extract->add_flag("-q,--quiet", options.quiet, "No progress bar, no summary line");
  text->add_flag("-q,--quiet", options.quiet, "No progress bar");
  build->add_option("--update", options.update,
                    "Existing graph.json to add the articles to (usually OUT/graph.json); articles already in it are "
                    "skipped, corrected ones replace their old text");
  merge->add_option("--update", options.update,
                    "Existing graph.json to merge into (usually OUT/graph.json); corrected articles replace their old text");
  std::string shard_text;
  add_shard_option(*merge, shard_text);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitFatal;
  }
  try {
    if (build->parsed()) return run_build(options);
    if (merge->parsed()) {
      if (!shard_text.empty()) options.shard = newsgraph::parse_shard(shard_text);
      return run_merge(options, merge->count("--format") > 0);
    }
    if (extract->parsed()) return run_extract(options);
    if (text->parsed()) return run_text(options);
  } catch (const newsgraph::Error& e) {
    report(e.what());
    return kExitFatal;
  } catch (const std::exception& e) {
    report(std::string("internal error: ") + e.what());
    return kExitFatal;
  }
  return kExitFatal;
}
