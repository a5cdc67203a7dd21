// Views for pictures: a smaller graph cut out of the whole, built with the
// Graph's own upserts so that every exporter can draw it.
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <tuple>

#include "newsgraph/error.hpp"
#include "newsgraph/export.hpp"
#include "base/text.hpp"

namespace newsgraph {
namespace {

std::string key(std::string_view name) { return text::lower(text::fold_punctuation(text::trim(name))); }

bool names(const NodeData& n, const std::string& wanted) {
  if (key(n.label) == wanted) return true;
  return std::any_of(n.aliases.begin(), n.aliases.end(), [&](const std::string& a) { return key(a) == wanted; });
}

// Hops from `from` to every node it reaches, edges taken both ways: a
// breadth-first search on an undirected Boost graph of the view.
std::map<std::string, std::size_t> hops_from(const std::string& from, const std::map<std::string, const NodeData*>& nodes,
                                             const std::vector<const EdgeData*>& edges) {
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  std::map<std::string, std::size_t> index;
  std::vector<std::string> ids;
  for (const auto& [id, n] : nodes) {
    index.emplace(id, ids.size());
    ids.push_back(id);
  }
  Undirected g(ids.size());
  for (const EdgeData* e : edges) boost::add_edge(index.at(e->source), index.at(e->target), g);
  constexpr std::size_t kUnreached = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> hops(ids.size(), kUnreached);
  const std::size_t start = index.at(from);
  hops[start] = 0;
  boost::breadth_first_search(
      g, start, boost::visitor(boost::make_bfs_visitor(boost::record_distances(hops.data(), boost::on_tree_edge()))));
  std::map<std::string, std::size_t> out;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (hops[i] != kUnreached) out.emplace(ids[i], hops[i]);
  }
  return out;
}

void tell(const ViewOptions& options, const std::string& message) {
  if (options.notice) options.notice(message);
}

// Pictures leave out the nodes without an edge (a large graph drawn whole
// is mostly a long column of them), and past options.max_nodes the least
// connected nodes: the layout time of Graphviz grows much faster than the
// graph. The ego node always stays.
void leave_out_for_pictures(std::map<std::string, const NodeData*>& nodes, std::vector<const EdgeData*>& edges,
                            const std::string& ego, const ViewOptions& options) {
  std::map<std::string, std::size_t> degree;
  for (const EdgeData* e : edges) {
    ++degree[e->source];
    ++degree[e->target];
  }
  if (!options.keep_isolated) {
    const std::size_t before = nodes.size();
    std::erase_if(nodes, [&](const auto& item) { return item.first != ego && !degree.contains(item.first); });
    if (nodes.size() < before) {
      tell(options, "pictures: " + std::to_string(before - nodes.size()) + " node(s) without edges left out (--keep-isolated draws them)");
    }
  }
  if (options.max_nodes == 0 || nodes.size() <= options.max_nodes) return;
  // The ego node first, then by edges, then by the edges of their neighbours
  // (a hub's neighbours before a lone pair), by mentions, by id.
  std::map<std::string, std::size_t> reach;
  for (const EdgeData* e : edges) {
    reach[e->source] += degree[e->target];
    reach[e->target] += degree[e->source];
  }
  const auto rank = [&](const NodeData* n) {
    const auto count = [&](const std::map<std::string, std::size_t>& m) {
      const auto it = m.find(n->id);
      return -static_cast<long long>(it == m.end() ? 0 : it->second);
    };
    return std::make_tuple(n->id != ego, count(degree), count(reach), -static_cast<long long>(n->mentions.size()));
  };
  std::vector<const NodeData*> ranked;
  for (const auto& [id, n] : nodes) ranked.push_back(n);
  std::sort(ranked.begin(), ranked.end(), [&](const NodeData* a, const NodeData* b) {
    const auto ra = rank(a);
    const auto rb = rank(b);
    return ra != rb ? ra < rb : a->id < b->id;
  });
  const std::size_t total = nodes.size();
  for (std::size_t i = options.max_nodes; i < ranked.size(); ++i) nodes.erase(ranked[i]->id);
  std::erase_if(edges, [&](const EdgeData* e) { return !nodes.contains(e->source) || !nodes.contains(e->target); });
  if (!options.keep_isolated) {
    std::set<std::string> linked;
    for (const EdgeData* e : edges) linked.insert({e->source, e->target});
    std::erase_if(nodes, [&](const auto& item) { return item.first != ego && !linked.contains(item.first); });
  }
  tell(options, "pictures: " + std::to_string(total) + " nodes are too many to lay out; the " + std::to_string(nodes.size()) +
                    " most connected are drawn (--max-picture-nodes; --ego or --view meetings draw a part)");
}

std::string find_ego(const std::map<std::string, const NodeData*>& nodes, const ViewOptions& options, bool meetings_only) {
  if (options.ego.empty()) return "";
  if (nodes.contains(options.ego)) return options.ego;
  const std::string wanted = key(options.ego);
  std::vector<std::string> found;
  for (const auto& [id, n] : nodes) {
    if (names(*n, wanted)) found.push_back(id);
  }
  if (found.empty()) {
    throw Error("--ego", "no node" + std::string(meetings_only ? " of the meetings view" : "") + " is called \"" + options.ego + "\"");
  }
  if (found.size() > 1) {
    std::string list;
    for (const std::string& id : found) list += (list.empty() ? "" : ", ") + id;
    throw Error("--ego", "\"" + options.ego + "\" names several nodes (" + list + "); give an id");
  }
  return found.front();
}

// The kept nodes (with the extra attributes given them) and edges as a
// graph, with the meetings and statements their edges name.
Graph view_graph(const Graph& graph, const std::map<std::string, const NodeData*>& nodes, const std::vector<const EdgeData*>& edges,
                 const std::map<std::string, std::map<std::string, std::string>>& extra) {
  Graph out;
  for (const auto& [id, n] : nodes) {
    const auto more = extra.find(id);
    if (more == extra.end()) {
      out.upsert_node(*n);
      continue;
    }
    NodeData copy = *n;
    copy.attributes.insert(more->second.begin(), more->second.end());
    out.upsert_node(copy);
  }
  std::set<std::string> meetings, statements;
  for (const EdgeData* e : edges) {
    out.upsert_edge(*e);
    const auto meeting = e->attributes.find("meeting");
    if (meeting != e->attributes.end()) meetings.insert(meeting->second);
    const auto statement = e->attributes.find("statement");
    if (statement != e->attributes.end()) statements.insert(statement->second);
  }
  for (const std::string& id : meetings) {
    const auto it = graph.meetings().find(id);
    if (it != graph.meetings().end()) out.upsert_meeting(it->second);
  }
  for (const std::string& id : statements) {
    const auto it = graph.statements().find(id);
    if (it != graph.statements().end()) out.upsert_statement(it->second);
  }
  return out;
}

}  // namespace

Graph select_view(const Graph& graph, const ViewOptions& options) {
  if (options.view != "full" && options.view != "meetings") {
    throw Error("--view", "unknown view \"" + options.view + "\" (full, meetings)");
  }
  const bool meetings_only = options.view == "meetings";

  // 1. What the view type keeps.
  std::map<std::string, const NodeData*> nodes;
  for (const NodeData* n : graph.nodes()) {
    if (!meetings_only || n->type == EntityType::person) nodes.emplace(n->id, n);
  }
  std::vector<const EdgeData*> edges;
  for (const EdgeData* e : graph.edges()) {
    if (meetings_only && e->type != "met") continue;
    if (nodes.contains(e->source) && nodes.contains(e->target)) edges.push_back(e);
  }

  // 2. The ego node, matched by id, else by label or alias (any case).
  const std::string ego = find_ego(nodes, options, meetings_only);

  // 3. Rarely mentioned nodes go (the ego node stays).
  if (options.min_mentions > 0) {
    std::erase_if(nodes, [&](const auto& item) { return item.first != ego && item.second->mentions.size() < options.min_mentions; });
    std::erase_if(edges, [&](const EdgeData* e) { return !nodes.contains(e->source) || !nodes.contains(e->target); });
  }

  // 4. The neighbourhood of the ego node, edges taken both ways.
  if (!ego.empty()) {
    const std::map<std::string, std::size_t> distance = hops_from(ego, nodes, edges);
    std::erase_if(nodes, [&](const auto& item) {
      const auto d = distance.find(item.first);
      return d == distance.end() || d->second > options.depth;
    });
    std::erase_if(edges, [&](const EdgeData* e) { return !nodes.contains(e->source) || !nodes.contains(e->target); });
  }

  // The who-met-whom diagram shows people who met someone, and keeps what
  // the dropped nodes said about them: their offices and country names.
  std::map<std::string, std::map<std::string, std::string>> extra;
  if (meetings_only) {
    std::set<std::string> met;
    for (const EdgeData* e : edges) met.insert({e->source, e->target});
    std::erase_if(nodes, [&](const auto& item) { return item.first != ego && !met.contains(item.first); });
    for (const EdgeData* e : graph.edges()) {
      if (e->type != "holds_office" || !nodes.contains(e->source)) continue;
      if (const NodeData* office = graph.find_node(e->target)) {
        std::string& titles = extra[e->source]["office_titles"];
        titles += (titles.empty() ? "" : ", ") + office->label;
      }
    }
    for (const auto& [id, n] : nodes) {
      const auto country = n->attributes.find("country");
      if (country == n->attributes.end()) continue;
      if (const NodeData* c = graph.find_node(country->second)) extra[id]["country_name"] = c->label;
    }
  }

  leave_out_for_pictures(nodes, edges, ego, options);

  return view_graph(graph, nodes, edges, extra);
}

}  // namespace newsgraph
