// Stage 8, export: the graph as the JSON contract, as Graphviz DOT (built
// through cgraph) and as pictures rendered in-process by gvc.
//
// Every writer puts its bytes into a temporary file beside the target and
// renames it into place, so a failed run never leaves half a file and never
// replaces a good one. Graphviz is not thread-safe: call the DOT and render
// functions from one thread.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

#include "newsgraph/graph.hpp"

namespace newsgraph {

inline constexpr const char* kVersion = "0.1.0";

/// The graph per the JSON contract (format "newsgraph", version 1), keys in
/// a fixed order, every list sorted by id.
nlohmann::ordered_json graph_to_json(const Graph& graph);
std::string graph_to_json_text(const Graph& graph);
/// The same JSON on one line (ending in a newline): a fragment as written
/// by `newsgraph extract`, one per document.
std::string graph_to_json_line(const Graph& graph);

/// The graph of one processed document as one JSON line, what `newsgraph
/// extract` writes: the same bytes as graph_to_json_line(Graph::fragment(doc)),
/// written from the document without building its graph.
std::string fragment_json_line(const Document& doc);

/// What a picture shows (--view, --ego, --depth, --min-mentions).
struct ViewOptions {
  std::string view = "full";      ///< "full": every node and edge; "meetings": people and their met edges only
  std::string ego;                ///< id, label or alias of the centre node; empty: the whole graph
  std::size_t depth = 1;          ///< with ego: how many hops around it
  std::size_t min_mentions = 0;   ///< drop nodes mentioned fewer times (never the ego node)
};

/// The part of `graph` a view shows, as a graph of its own (nodes, edges,
/// and the meetings and statements behind them; no document records). The
/// meetings view keeps the people who met someone and gives them the
/// attributes "office_titles" and "country_name" for their labels.
/// Throws Error when `view` is unknown, or `ego` names no node of the view or several.
Graph select_view(const Graph& graph, const ViewOptions& options);

/// The graph as DOT text, built and written by cgraph.
std::string graph_to_dot(const Graph& graph);

/// Lays the graph out with `layout` ("dot", "neato", "sfdp") and renders it
/// in `format` ("svg", "png", "pdf") with gvc; returns the bytes. The picture
/// is graph_to_dot's graph plus a legend (a cluster); neato and sfdp remove
/// node overlaps.
std::string render_graph(const Graph& graph, const std::string& format, const std::string& layout = "dot");

/// Writes `content` to `path` through a temporary file and a rename.
/// Throws Error naming the path on failure.
void write_file_atomically(const std::string& path, const std::string& content);

/// A file written piece by piece into a temporary file beside `path` and
/// renamed into place by commit(); destroyed uncommitted, it leaves nothing
/// behind. Lets a large output go to disk as it is produced. Throws Error
/// naming the path on failure.
class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();
  void write(std::string_view content);
  void commit();
  const std::string& path() const { return path_; }

 private:
  [[noreturn]] void fail(const std::string& what);
  std::string path_, temp_;
  int fd_ = -1;
};

/// graph_to_json_text(graph), written into `file` as it is produced: the
/// text of a large graph is never held in memory whole.
void write_graph_json(const Graph& graph, AtomicFile& file);

}  // namespace newsgraph
