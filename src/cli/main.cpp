// newsgraph command line: parses arguments, calls the library, reports
// errors once. Exit status: 0 all inputs used, 1 some inputs skipped,
// 2 usage error or nothing could be done.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>
#include <set>
#include <unistd.h>

#include "newsgraph/error.hpp"
#include "newsgraph/export.hpp"
#include "newsgraph/graph.hpp"
#include "newsgraph/lexicon.hpp"
#include "newsgraph/pipeline.hpp"
#include "newsgraph/read.hpp"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitSkipped = 1;
constexpr int kExitFatal = 2;

struct BuildOptions {
  std::vector<std::string> inputs;
  std::string out_dir;
  std::vector<std::string> formats = {"json", "dot", "svg"};
  std::string layout = "dot";
  std::vector<std::string> lexicons;
  bool quiet = false;
};

void report(const std::string& message) { std::cerr << "newsgraph: " << message << "\n"; }

// Fails early, before any work, when the output folder cannot be used.
void prepare_out_dir(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec)) throw newsgraph::Error(dir, "output path exists and is not a directory");
  fs::create_directories(dir, ec);
  if (ec) throw newsgraph::Error(dir, "cannot create output directory: " + ec.message());
  if (::access(dir.c_str(), W_OK) != 0) throw newsgraph::Error(dir, "output directory is not writable");
}

int run_build(const BuildOptions& options) {
  static const std::set<std::string> known_formats = {"json", "dot", "svg", "png", "pdf"};
  for (const std::string& format : options.formats) {
    if (!known_formats.contains(format)) {
      report("unknown format \"" + format + "\" (json, dot, svg, png, pdf)");
      return kExitFatal;
    }
  }
  try {
    prepare_out_dir(options.out_dir);
  } catch (const newsgraph::Error& e) {
    report(e.what());
    return kExitFatal;
  }
  newsgraph::Lexicon lexicon = newsgraph::Lexicon::builtin();
  for (const std::string& path : options.lexicons) lexicon.add_user_file(path);

  std::vector<std::string> skipped;
  std::vector<std::string> files;
  for (const std::string& input : options.inputs) {
    try {
      const auto found = newsgraph::collect_inputs({input});
      files.insert(files.end(), found.begin(), found.end());
    } catch (const newsgraph::Error& e) {
      report(e.what());
      skipped.push_back(input);
    }
  }
  newsgraph::Graph graph;
  std::size_t used = 0;
  for (const std::string& path : files) {
    try {
      newsgraph::Document doc = newsgraph::read_document(path);
      for (const std::string& warning : doc.warnings) report(path + ": " + warning);
      newsgraph::extract(doc, lexicon);
      graph.add_document(doc);
      ++used;
    } catch (const newsgraph::Error& e) {
      report(e.what());
      skipped.push_back(path);
    }
  }
  if (used == 0) {
    report("no article could be read; nothing written");
    return kExitFatal;
  }
  // Everything is produced in memory first, then each file is renamed into place.
  std::vector<std::pair<std::string, std::string>> outputs;
  for (const std::string& format : options.formats) {
    const std::string path = (std::filesystem::path(options.out_dir) / ("graph." + format)).string();
    if (format == "json") {
      outputs.emplace_back(path, newsgraph::graph_to_json_text(graph));
    } else if (format == "dot") {
      outputs.emplace_back(path, newsgraph::graph_to_dot(graph));
    } else {
      outputs.emplace_back(path, newsgraph::render_graph(graph, format, options.layout));
    }
  }
  for (const auto& [path, content] : outputs) newsgraph::write_file_atomically(path, content);
  if (!options.quiet) {
    std::cerr << "newsgraph: " << used << " documents, " << graph.nodes().size() << " nodes, " << graph.edges().size()
              << " edges, " << graph.meetings().size() << " meetings, " << graph.statements().size() << " statements -> "
              << options.out_dir << "\n";
  }
  if (!skipped.empty()) {
    report(std::to_string(skipped.size()) + " input(s) skipped");
    return kExitSkipped;
  }
  return kExitOk;
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
      "  newsgraph build news/ --out out --lexicon my-people.tsv\n"
      "\nExit status: 0 all inputs used, 1 some inputs skipped (each named on stderr),\n"
      "2 usage error or nothing could be written.");

  BuildOptions options;
  CLI::App* build = app.add_subcommand("build", "Extract a graph from articles and write it to --out");
  build->add_option("inputs", options.inputs, "Article files (.txt) or directories of them")->required();
  build->add_option("-o,--out", options.out_dir, "Output directory (created if missing)")->required();
  build->add_option("-f,--format", options.formats, "Outputs: json, dot, svg, png, pdf (comma-separated)")
      ->delimiter(',')
      ->capture_default_str();
  build->add_option("--layout", options.layout, "Graphviz layout for pictures: dot, neato, sfdp")
      ->check(CLI::IsMember({"dot", "neato", "sfdp", "fdp", "circo", "twopi"}))
      ->capture_default_str();
  build->add_option("--lexicon", options.lexicons, "Extra lexicon file (TSV, see README); repeatable")->check(CLI::ExistingFile);
  build->add_flag("-q,--quiet", options.quiet, "No summary line");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitFatal;
  }
  try {
    if (build->parsed()) return run_build(options);
  } catch (const newsgraph::Error& e) {
    report(e.what());
    return kExitFatal;
  } catch (const std::exception& e) {
    report(std::string("internal error: ") + e.what());
    return kExitFatal;
  }
  return kExitFatal;
}
