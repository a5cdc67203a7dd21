#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>

#include "base/parallel.hpp"
#include "newsgraph/error.hpp"
#include "newsgraph/read.hpp"
#include "newsgraph/text.hpp"

namespace newsgraph {
namespace {

using ordered_json = nlohmann::ordered_json;

ordered_json or_null(const std::string& s) { return s.empty() ? ordered_json(nullptr) : ordered_json(s); }

// "PATH" or "PATH:LINE" of an Error message ("PATH[:LINE]: problem").
std::string location_of(const std::string& message) {
  const std::size_t colon = message.find(": ");
  return colon == std::string::npos ? message : message.substr(0, colon);
}

struct Item {
  RawArticle raw;
  std::string problem;
};

struct Output {
  std::string line, problem;
  std::vector<std::string> warnings;
};

constexpr std::size_t kBatch = 16;

}  // namespace

std::string text_json_line(const Document& doc) {
  ordered_json line = {{"id", doc.id}, {"source", doc.source}, {"date", or_null(doc.date)}, {"title", or_null(doc.title)},
                       {"text", doc.text}};
  if (const auto author = doc.meta.find("author"); author != doc.meta.end()) {
    const ordered_json value = ordered_json::parse(author->second, nullptr, false);
    if (value.is_string()) line["author"] = value;
  }
  return line.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

BuildResult read_texts(const std::vector<std::string>& inputs, const BuildOptions& options,
                       const std::function<void(std::string&& line)>& sink) {
  BuildResult result;
  const auto report = [&](const std::string& message) {
    if (options.report) options.report(message);
  };
  std::vector<Error> problems;
  const std::vector<std::string> files = collect_inputs(inputs, problems, options.limits.follow_links);
  for (const Error& problem : problems) {
    report(problem.what());
    result.skipped_inputs.push_back(location_of(problem.what()));
    ++result.skipped;
  }
  ArticleReader reader(files, options.input_format, std::cin, options.limits);
  const std::function<bool(Item&)> produce = [&](Item& item) {
    try {
      return reader.next(item.raw);
    } catch (const Error& e) {
      item.problem = e.what();
      return true;
    }
  };
  const std::function<Output(Item&)> work = [&](Item& item) {
    Output out;
    if (!item.problem.empty()) {
      out.problem = std::move(item.problem);
      return out;
    }
    try {
      const Document doc = decode_article(item.raw, options.limits);
      const std::string where = item.raw.line == 0 ? item.raw.path : item.raw.path + ":" + std::to_string(item.raw.line);
      for (const std::string& warning : doc.warnings) out.warnings.push_back(warning_message(where, warning));
      out.line = text_json_line(doc);
      out.line += '\n';
    } catch (const Error& e) {
      out.problem = e.what();
    }
    return out;
  };
  const std::function<void(Output&)> consume = [&](Output& out) {
    for (const std::string& warning : out.warnings) report(warning);
    if (!out.problem.empty()) {
      report(out.problem);
      result.skipped_inputs.push_back(location_of(out.problem));
      ++result.skipped;
      return;
    }
    sink(std::move(out.line));
    ++result.documents;
  };
  const std::size_t jobs = effective_jobs(options.jobs);
  run_ordered<Item, Output>(jobs, 4 * kBatch * jobs, produce, work, consume, kBatch);
  return result;
}

}  // namespace newsgraph
