// The output folder of a run: every requested format made in memory (graph.json
// straight into its temporary file), then each renamed into place.
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <system_error>

#include "export/files.hpp"
#include "export/html.hpp"
#include "newsgraph/error.hpp"
#include "newsgraph/export.hpp"
#include "newsgraph/export_db.hpp"

namespace newsgraph {
namespace {

bool is_picture(const std::string& format) { return format == "dot" || format == "svg" || format == "png" || format == "pdf"; }

// One output on its way: the bytes of a file, the files of a folder, or
// graph.json already streaming into its temporary file.
struct PendingOutput {
  std::string path;
  std::string content;
  std::vector<ExportFile> folder;
  bool is_folder = false;
  std::unique_ptr<AtomicFile> streamed;
};

PendingOutput make_output(const Graph& graph, const Graph& drawn, const std::string& format, const OutputOptions& options) {
  const std::filesystem::path dir(options.out_dir);
  PendingOutput out;
  out.path = (dir / ("graph." + format)).string();
  if (format == "json") {
    out.streamed = std::make_unique<AtomicFile>(out.path);
    write_graph_json(graph, *out.streamed, options.jobs, options.shard ? &*options.shard : nullptr);
  } else if (format == "neo4j" || format == "kuzu") {
    out.path = (dir / format).string();
    out.is_folder = true;
    out.folder = format == "neo4j" ? graph_to_neo4j_csv(graph) : graph_to_kuzu(graph);
  } else if (format == "dot") {
    out.content = graph_to_dot(drawn);
  } else if (format == "cypher") {
    out.content = graph_to_cypher(graph);
  } else if (format == "ttl") {
    out.content = graph_to_turtle(graph);
  } else if (format == "trig" || format == "nquads") {
    out.path = (dir / (format == "trig" ? "graph.trig" : "graph.nq")).string();
    out.content = format == "trig" ? graph_to_trig(graph) : graph_to_nquads(graph);
  } else if (format == "graphml") {
    out.content = graph_to_graphml(graph);
  } else if (format == "html") {
    out.content = graph_to_html(graph);
  } else {
    out.content = render_graph(drawn, format, options.layout);
  }
  return out;
}

}  // namespace

const std::vector<std::string>& output_formats() {
  static const std::vector<std::string> formats = {"json", "dot", "svg", "png", "pdf", "neo4j", "cypher", "kuzu", "ttl", "trig", "nquads", "graphml", "html"};
  return formats;
}

namespace {

// Throws "unknown WHAT "VALUE" (the known ones)" unless `value` is known.
void check_known(const std::string& what, const std::string& value, const std::vector<std::string>& known) {
  if (std::find(known.begin(), known.end(), value) != known.end()) return;
  std::string list;
  for (const std::string& k : known) list += (list.empty() ? "" : ", ") + k;
  throw Error("", "unknown " + what + " \"" + value + "\" (" + list + ")");
}

}  // namespace

void check_outputs(const OutputOptions& options) {
  for (const std::string& format : options.formats) check_known("format", format, output_formats());
  check_known("layout", options.layout, graph_layouts());
  if (options.shard && options.formats != std::vector<std::string>{"json"}) {
    throw Error("", "a shard (--shard) is written as graph.json alone (--format json): it is part of a graph; "
                    "combine the shards with `newsgraph merge` and export the whole graph");
  }
  namespace fs = std::filesystem;
  const std::string& dir = options.out_dir;
  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec)) throw Error(dir, "output path exists and is not a directory");
  fs::create_directories(dir, ec);
  if (ec) throw Error(dir, "cannot create output directory: " + ec.message());
  if (::access(dir.c_str(), W_OK) != 0) throw Error(dir, "output directory is not writable");
}

void write_outputs(const Graph& graph, const OutputOptions& options) {
  // The drawn view only when something is drawn: it copies the graph.
  const bool draws = std::any_of(options.formats.begin(), options.formats.end(), is_picture);
  const Graph view = draws ? select_view(graph, options.view) : Graph();
  const Graph& drawn = draws ? view : graph;
  std::vector<PendingOutput> outputs;
  for (const std::string& format : options.formats) outputs.push_back(make_output(graph, drawn, format, options));
  for (PendingOutput& output : outputs) {
    if (output.streamed) {
      output.streamed->commit();
    } else if (output.is_folder) {
      write_files_atomically(output.path, output.folder);
    } else {
      write_file_atomically(output.path, output.content);
    }
  }
}

}  // namespace newsgraph
