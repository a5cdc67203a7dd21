#include "newsgraph/build.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdio>
#include <cstring>
#include <deque>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <thread>
#include <vector>

#include "language/clean.hpp"
#include "newsgraph/error.hpp"
#include "newsgraph/export.hpp"
#include "newsgraph/import.hpp"
#include "base/parallel.hpp"
#include "newsgraph/pipeline.hpp"
#include "read/lines.hpp"
#include "base/text.hpp"

namespace newsgraph {
namespace {

// "PATH" or "PATH:LINE" of an Error message ("PATH[:LINE]: problem").
std::string location_of(const std::string& message) {
  const std::size_t colon = message.find(": ");
  return colon == std::string::npos ? message : message.substr(0, colon);
}

// Hands messages and progress to the caller's callbacks, when set.
struct Reporter {
  const BuildOptions& options;
  std::uint64_t total_bytes = 0;

  void report(const std::string& message) const {
    if (options.report) options.report(message);
  }
  void progress(std::size_t documents, std::uint64_t bytes_done) const {
    if (options.progress) options.progress(documents, bytes_done, total_bytes);
  }
};

// Files, directories and patterns to paths; each problem reported once.
std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs, Reporter& reporter, BuildResult& result) {
  std::vector<Error> problems;
  std::vector<std::string> files = collect_inputs(inputs, problems, reporter.options.limits.follow_links);
  for (const Error& problem : problems) {
    reporter.report(problem.what());
    result.skipped_inputs.push_back(location_of(problem.what()));
  }
  result.skipped += problems.size();
  for (const std::string& path : files) {
    std::error_code ec;
    if (path != "-") reporter.total_bytes += std::filesystem::file_size(path, ec);
  }
  return files;
}

// Articles travel between threads in batches of 64: a hand-over wakes a
// sleeping thread, a system call that costs (on a virtual machine above
// all) as much as extracting a few articles. Four batches per job may wait
// at once, a few MB.
constexpr std::size_t kBatch = 64;
constexpr std::size_t kWindowPerJob = 4 * kBatch;

// What the reader hands to the workers: an article's bytes, or the problem
// that kept it from being read (reported in order by the consumer).
struct Item {
  RawArticle raw;
  std::uint64_t bytes = 0;  // input bytes this item stands for
  std::string problem;
};

struct Processed {
  Graph fragment;                 // merge: the graph read
  std::string where;              // merge: "PATH[:LINE]" of the graph read
  std::string line;               // extract: the fragment as a JSON line
  std::vector<std::string> warnings;
  std::string problem;
  std::uint64_t bytes = 0;
};

std::string where_of(const RawArticle& raw) {
  return raw.line == 0 ? raw.path : raw.path + ":" + std::to_string(raw.line);
}

// Runs the article pipeline; `make` turns a processed Document into the result.
template <class Make>
BuildResult run_articles(const std::vector<std::string>& inputs, const BuildOptions& options, Make make,
                         const std::function<void(Processed&)>& fold) {
  BuildResult result;
  Reporter reporter{options};
  const std::vector<std::string> files = expand_inputs(inputs, reporter, result);
  ArticleReader reader(files, options.input_format, std::cin, options.limits);
  std::uint64_t bytes_done = 0;

  const std::function<bool(Item&)> produce = [&](Item& item) {
    const std::uint64_t before = reader.bytes_read();
    try {
      if (!reader.next(item.raw)) return false;
    } catch (const Error& e) {
      item.problem = e.what();
    }
    item.bytes = reader.bytes_read() - before;
    return true;
  };
  const std::function<Processed(Item&)> work = [&](Item& item) {
    Processed out;
    out.bytes = item.bytes;
    if (!item.problem.empty()) {
      out.problem = std::move(item.problem);
      return out;
    }
    try {
      Document doc = decode_article(item.raw, options.limits);
      const std::string where = where_of(item.raw);
      for (const std::string& warning : doc.warnings) out.warnings.push_back(warning_message(where, warning));
      doc.warnings.clear();
      make(doc, out);
    } catch (const Error& e) {
      out.problem = e.what();
    }
    return out;
  };
  const std::function<void(Processed&)> consume = [&](Processed& out) {
    for (const std::string& warning : out.warnings) reporter.report(warning);
    if (!out.problem.empty()) {
      reporter.report(out.problem);
      result.skipped_inputs.push_back(location_of(out.problem));
      ++result.skipped;
    } else {
      fold(out);
      ++result.documents;
    }
    bytes_done += out.bytes;
    reporter.progress(result.documents, bytes_done);
  };
  const std::size_t jobs = effective_jobs(options.jobs);
  run_ordered<Item, Processed>(jobs, kWindowPerJob * jobs, produce, work, consume, kBatch);
  return result;
}

// The reduce step's work: each graph read on a worker, merged into `graph` in input order.
BuildResult merge_read_graphs(const std::function<bool(Item&)>& produce, const BuildOptions& options, const Reporter& reporter,
                              BuildResult result, Graph& graph) {
  std::uint64_t bytes_done = 0;
  const std::function<Processed(Item&)> work = [&](Item& item) {
    Processed out;
    out.bytes = item.bytes;
    if (!item.problem.empty()) {
      out.problem = std::move(item.problem);
      return out;
    }
    try {
      out.where = where_of(item.raw);
      out.fragment = graph_from_json_text(item.raw.bytes, item.raw.path, item.raw.line);
      if (options.shard) out.fragment.keep_shard(*options.shard);
    } catch (const Error& e) {
      out.problem = e.what();
    }
    return out;
  };
  const std::function<void(Processed&)> consume = [&](Processed& out) {
    if (!out.problem.empty()) {
      reporter.report(out.problem);
      result.skipped_inputs.push_back(location_of(out.problem));
      ++result.skipped;
    } else {
      graph.merge(std::move(out.fragment));
      for (const std::string& warning : graph.take_warnings()) reporter.report(out.where + ": " + warning);
      ++result.documents;
    }
    bytes_done += out.bytes;
    reporter.progress(result.documents, bytes_done);
  };
  const std::size_t jobs = effective_jobs(options.jobs);
  run_ordered<Item, Processed>(jobs, kWindowPerJob * jobs, produce, work, consume, kBatch);
  return result;
}

// After a run: corrected articles settled (Graph::settle_versions), what was met reported.
void settle(Graph& graph, const std::set<std::string>& previous, const BuildOptions& options) {
  std::vector<std::string> messages = graph.take_warnings();
  for (std::string& message : graph.settle_versions(previous)) messages.push_back(std::move(message));
  if (options.report) {
    for (const std::string& message : messages) options.report(message);
  }
}

}  // namespace

std::size_t effective_jobs(std::size_t jobs) {
  if (jobs > 0) return jobs;
  return std::max<std::size_t>(1, std::thread::hardware_concurrency());
}

BuildResult build_graph(const std::vector<std::string>& inputs, const Lexicon& lexicon, const BuildOptions& options,
                        Graph& graph) {
  // Texts already in the graph before this run (--update): an article with a
  // known text and date would give the same fragment, so only its record is
  // folded. A snapshot, because workers read it while the graph grows.
  std::map<std::string, std::string> known_dates;
  for (const auto& [id, record] : graph.documents()) known_dates.emplace(record.sha256, record.date);
  // Each worker thread folds its fragments into a graph of its own (the
  // first one into `graph` itself), so merging runs on every core rather
  // than on the consumer alone; the graphs are united at the end. Merging is
  // associative and commutative (graph.hpp): which worker took which article
  // does not change the result.
  std::mutex owners_mutex;
  std::map<std::thread::id, Graph*> owners;
  std::deque<Graph> partials;  // a deque: the graphs stay where they are as more are added
  const auto own_graph = [&]() -> Graph& {
    std::lock_guard lock(owners_mutex);
    const auto [it, added] = owners.try_emplace(std::this_thread::get_id(), nullptr);
    if (added) {
      if (owners.size() == 1) {
        it->second = &graph;
      } else {
        it->second = &partials.emplace_back();
      }
    }
    return *it->second;
  };
  const auto make = [&](Document& doc, Processed& out) {
    const auto known = known_dates.find(doc.sha256);
    if (known != known_dates.end()) clean(doc, lexicon);  // finds the date a dateline gives; extract() cleans again
    if (known != known_dates.end() && known->second == doc.date) {
      own_graph().add_document_record(DocumentRecord{doc.id, doc.source, doc.title, doc.date, doc.sha256, doc.text.size(),
                                                     doc.text_origin, doc.meta});
      return;
    }
    extract(doc, lexicon, options.limits);
    for (const std::string& warning : doc.warnings) out.warnings.push_back(warning_message(doc.source, warning));
    own_graph().fold_document(doc);
  };
  BuildResult result = run_articles(inputs, options, make, [](Processed&) {});
  // The workers' graphs united pairwise, in rounds whose merges run at once
  // (each on two threads): the order does not matter (graph.hpp), and the
  // result ends in `graph`, the first of the list.
  std::vector<Graph*> round{&graph};
  for (Graph& partial : partials) round.push_back(&partial);
  while (round.size() > 1) {
    std::vector<Graph*> next;
    std::vector<std::thread> threads;
    std::vector<std::exception_ptr> errors(round.size() / 2);
    for (std::size_t i = 0; i + 1 < round.size(); i += 2) {
      next.push_back(round[i]);
      const auto merge_pair = [into = round[i], from = round[i + 1], &error = errors[i / 2]] {
        try {
          into->merge_on_two_threads(std::move(*from));
        } catch (...) {
          error = std::current_exception();
        }
      };
      // The last pair on this thread.
      if (i + 3 < round.size()) {
        threads.emplace_back(merge_pair);
      } else {
        merge_pair();
      }
    }
    if (round.size() % 2 == 1) next.push_back(round.back());
    for (std::thread& t : threads) t.join();
    for (const std::exception_ptr& error : errors) {
      if (error) std::rethrow_exception(error);
    }
    round = std::move(next);
  }
  std::set<std::string> previous;  // texts in the graph before this run: older than its articles
  for (const auto& [sha, date] : known_dates) previous.insert(sha);
  settle(graph, previous, options);
  return result;
}

BuildResult extract_fragments(const std::vector<std::string>& inputs, const Lexicon& lexicon, const BuildOptions& options,
                              const std::function<void(std::string&& line)>& sink) {
  const auto make = [&](Document& doc, Processed& out) {
    extract(doc, lexicon, options.limits);
    for (const std::string& warning : doc.warnings) out.warnings.push_back(warning_message(doc.source, warning));
    out.line = fragment_json_line(doc);
  };
  return run_articles(inputs, options, make, [&](Processed& out) { sink(std::move(out.line)); });
}

BuildResult merge_graphs(const std::vector<std::string>& inputs, const BuildOptions& options, Graph& graph) {
  BuildResult result;
  Reporter reporter{options};
  const std::vector<std::string> files = expand_inputs(inputs, reporter, result);
  // The reader: a file whose first line is a whole JSON value is JSON Lines
  // (fragments), one graph per line; otherwise the whole file is one graph
  // (graph.json as `build` writes it).
  // Lines come from the JSON Lines reader that reads articles (read/lines.hpp):
  // CRLF, lone CR and UTF-16/32 with a byte-order mark as there. A fragment
  // line has no length cap (a whole graph.json is held anyway).
  std::size_t index = 0;
  std::unique_ptr<std::ifstream> file;
  std::unique_ptr<LineReader> lines;
  std::uint64_t consumed = 0;
  std::string path;
  const auto take_bytes = [&](Item& item) {
    item.bytes = lines->bytes_consumed() - consumed;
    consumed = lines->bytes_consumed();
  };
  const std::function<bool(Item&)> produce = [&](Item& item) {
    while (true) {
      if (lines != nullptr) {
        std::string line;
        if (lines->next(line)) {
          take_bytes(item);
          if (text::trim(line).empty()) continue;
          item.raw = RawArticle{path, lines->line_number(), InputFormat::jsonl, std::move(line)};
          return true;
        }
        lines.reset();
        file.reset();
        continue;
      }
      if (index >= files.size()) return false;
      path = files[index++];
      std::istream* in = &std::cin;
      if (path != "-") {
        file = std::make_unique<std::ifstream>(path, std::ios::binary);
        if (!*file) {
          item.problem = Error(path, "cannot open file for reading").what();
          return true;
        }
        in = file.get();
      }
      lines = std::make_unique<LineReader>(*in, std::string::npos);
      consumed = 0;
      std::string first;
      lines->next(first);
      if (!nlohmann::json::accept(first)) {
        // A pretty-printed graph.json: read it whole.
        item.raw = RawArticle{path, 0, InputFormat::text, first + "\n" + lines->rest()};
        take_bytes(item);
        lines.reset();
        file.reset();
        return true;
      }
      take_bytes(item);
      item.raw = RawArticle{path, 1, InputFormat::jsonl, std::move(first)};
      return true;
    }
  };
  std::set<std::string> previous;  // texts in the graph before this run (--update)
  for (const auto& [id, record] : graph.documents()) previous.insert(record.sha256);
  result = merge_read_graphs(produce, options, reporter, result, graph);
  settle(graph, previous, options);
  return result;
}

}  // namespace newsgraph
