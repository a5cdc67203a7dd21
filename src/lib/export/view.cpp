// Views for pictures: a smaller graph cut out of the whole, built with the
// Graph's own upserts so that every exporter can draw it.
#include <algorithm>
#include <deque>
#include <map>
#include <set>

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
  std::string ego;
  if (!options.ego.empty()) {
    if (nodes.contains(options.ego)) {
      ego = options.ego;
    } else {
      const std::string wanted = key(options.ego);
      std::vector<std::string> found;
      for (const auto& [id, n] : nodes) {
        if (names(*n, wanted)) found.push_back(id);
      }
      if (found.empty()) {
        throw Error("--ego", "no node" + std::string(meetings_only ? " of the meetings view" : "") + " is called \"" +
                                 options.ego + "\"");
      }
      if (found.size() > 1) {
        std::string list;
        for (const std::string& id : found) list += (list.empty() ? "" : ", ") + id;
        throw Error("--ego", "\"" + options.ego + "\" names several nodes (" + list + "); give an id");
      }
      ego = found.front();
    }
  }

  // 3. Rarely mentioned nodes go (the ego node stays).
  if (options.min_mentions > 0) {
    std::erase_if(nodes, [&](const auto& item) { return item.first != ego && item.second->mentions.size() < options.min_mentions; });
    std::erase_if(edges, [&](const EdgeData* e) { return !nodes.contains(e->source) || !nodes.contains(e->target); });
  }

  // 4. The neighbourhood of the ego node, edges taken both ways.
  if (!ego.empty()) {
    std::map<std::string, std::vector<std::string>> next;
    for (const EdgeData* e : edges) {
      next[e->source].push_back(e->target);
      next[e->target].push_back(e->source);
    }
    std::map<std::string, std::size_t> distance = {{ego, 0}};
    std::deque<std::string> queue = {ego};
    while (!queue.empty()) {
      const std::string id = queue.front();
      queue.pop_front();
      if (distance[id] >= options.depth) continue;
      for (const std::string& other : next[id]) {
        if (distance.try_emplace(other, distance[id] + 1).second) queue.push_back(other);
      }
    }
    std::erase_if(nodes, [&](const auto& item) { return !distance.contains(item.first); });
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

}  // namespace newsgraph
