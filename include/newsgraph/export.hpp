// Stage 8, export: the graph as the JSON contract, as Graphviz DOT (built
// through cgraph) and as pictures rendered in-process by gvc.
//
// Every writer puts its bytes into a temporary file beside the target and
// renames it into place, so a failed run never leaves half a file and never
// replaces a good one. Graphviz is not thread-safe: call the DOT and render
// functions from one thread.
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/graph.hpp"

namespace newsgraph {

inline constexpr const char* kVersion = "0.1.0";

/// The graph per the JSON contract (format "newsgraph", version 1), keys in
/// a fixed order, every list sorted by id: the text of graph.json.
std::string graph_to_json_text(const Graph& graph);
/// The same as a JSON tree, for callers that want one: graph_to_json_text parsed.
nlohmann::ordered_json graph_to_json(const Graph& graph);
/// The same JSON on one line (ending in a newline): a fragment as written
/// by `newsgraph extract`, one per document.
std::string graph_to_json_line(const Graph& graph);

/// The graph of one processed document as one JSON line, what `newsgraph
/// extract` writes: the same bytes as graph_to_json_line(Graph::fragment(doc)),
/// written from the document without building its graph.
std::string fragment_json_line(const Document& doc);

/// Writes `texts` to standard output in order, in as few system calls as
/// writev allows, and empties it (extract's fragments, text's lines).
/// Throws Error naming standard output when it cannot be written.
void write_to_stdout(std::vector<std::string>& texts);

/// The default of ViewOptions::max_nodes (--max-picture-nodes).
inline constexpr std::size_t kMaxPictureNodes = 150;

/// What a picture shows (--view, --ego, --depth, --min-mentions, --keep-isolated, --max-picture-nodes).
struct ViewOptions {
  std::string view = "full";      ///< "full": every node and edge; "meetings": people and their met edges only
  std::string ego;                ///< id, label or alias of the centre node; empty: the whole graph
  std::size_t depth = 1;          ///< with ego: how many hops around it
  std::size_t min_mentions = 0;   ///< drop nodes mentioned fewer times (never the ego node)
  bool keep_isolated = false;     ///< keep nodes without edges (left out by default, with a notice)
  /// At most this many nodes, the most connected (0: no limit): Graphviz's
  /// layout time grows much faster than the graph. Past it, a notice.
  std::size_t max_nodes = kMaxPictureNodes;
  /// Told, in a sentence for the user, what the view left out; may be empty.
  std::function<void(const std::string&)> notice;
};

/// The part of `graph` a view shows, as a graph of its own (nodes, edges,
/// and the meetings and statements behind them; no document records). The
/// meetings view keeps the people who met someone and gives them the
/// attributes "office_titles" and "country_name" for their labels. Nodes
/// without edges are left out unless keep_isolated, and past max_nodes the
/// least connected ones; options.notice is told how many.
/// Throws Error when `view` is unknown, or `ego` names no node of the view or several.
Graph select_view(const Graph& graph, const ViewOptions& options);

/// The fill colour of the people of a country ("country:JP") in every
/// picture: "#rrggbb", a different one for every alpha-2 code, never the
/// white of country boxes or the grey of people without a country.
std::string country_colour(const std::string& country_id);

/// The graph as DOT text, built and written by cgraph.
std::string graph_to_dot(const Graph& graph);

/// The Graphviz layouts pictures are drawn with ("dot" first, the default).
const std::vector<std::string>& graph_layouts();

/// Lays the graph out with `layout` (one of graph_layouts()) and renders it
/// in `format` ("svg", "png", "pdf") with gvc; returns the bytes. The picture
/// is graph_to_dot's graph plus a legend (a cluster); the layouts other than
/// dot remove node overlaps.
std::string render_graph(const Graph& graph, const std::string& format, const std::string& layout = "dot");

/// What `build` and `merge` write into an output folder.
struct OutputOptions {
  std::string out_dir;
  /// Any of output_formats(): json, dot, svg, png, pdf, neo4j (folder), cypher, kuzu (folder), ttl, trig, nquads, graphml, html
  std::vector<std::string> formats = {"json", "dot", "svg"};
  std::string layout = "dot";  ///< Graphviz layout of the pictures, one of graph_layouts()
  ViewOptions view;            ///< what dot and the pictures show
  std::size_t jobs = 1;        ///< threads that make graph.json's text
  /// Set (`merge --shard`): the graph is one shard of a graph (Graph::keep_shard),
  /// written as graph.json alone, with its nodes only (no placeholders) and
  /// "shard": {"k": K, "n": N} in its head, for `newsgraph merge` to combine.
  std::optional<Shard> shard;
};

/// The output formats, in the order the help lists them.
const std::vector<std::string>& output_formats();

/// Fails early, before any work: an unknown format or layout, or an output
/// folder that cannot be created or written. Throws Error saying which.
void check_outputs(const OutputOptions& options);

/// Writes graph.<format> (or the folder <format>/) for every format into
/// options.out_dir. Everything is made first and then renamed into place,
/// file by file: a failure leaves the previous files or the new complete
/// ones, never half a file. Throws Error naming the file on failure.
void write_outputs(const Graph& graph, const OutputOptions& options);

}  // namespace newsgraph
