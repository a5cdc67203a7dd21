// A graph cut down to one shard (Graph::keep_shard), and the "K/N" of --shard.
#include "graph/shard.hpp"

#include <charconv>
#include <set>
#include <vector>

#include "graph/storage.hpp"
#include "newsgraph/error.hpp"

namespace newsgraph {
namespace {

// A whole decimal number, digits only (no sign, no space), or nothing.
bool read_number(std::string_view text, std::uint64_t& value) {
  if (text.empty() || text.find_first_not_of("0123456789") != std::string_view::npos) return false;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

[[noreturn]] void bad_shard(std::string_view text, const std::string& problem) {
  throw Error("", "\"" + std::string(text) + "\" is no shard: " + problem);
}

// Meetings or statements: those of other shards go.
template <class Records>
void keep_records(Records& records, const Shard& shard) {
  std::erase_if(records, [&](const auto& entry) { return !detail::in_shard(entry.first, shard); });
}

}  // namespace

Shard parse_shard(std::string_view text) {
  const std::size_t slash = text.find('/');
  Shard shard;
  const char* form = "expected K/N, shard K of N counted from 0 (0/4, 1/4, 2/4 and 3/4 are the shards of 4)";
  if (slash == std::string_view::npos || !read_number(text.substr(0, slash), shard.index) ||
      !read_number(text.substr(slash + 1), shard.count)) {
    bad_shard(text, form);
  }
  if (shard.count == 0) bad_shard(text, "N, the number of shards, is at least 1");
  if (shard.count > kMaxShards) bad_shard(text, "N, the number of shards, is at most " + std::to_string(kMaxShards));
  if (shard.index >= shard.count) {
    bad_shard(text, "K counts from 0 to N-1 (the shards of " + std::to_string(shard.count) + " are 0/" +
                        std::to_string(shard.count) + " .. " + std::to_string(shard.count - 1) + "/" +
                        std::to_string(shard.count) + ")");
  }
  return shard;
}

bool Shard::holds(std::string_view id) const { return detail::in_shard(id, *this); }

std::string to_string(const Shard& shard) { return std::to_string(shard.index) + "/" + std::to_string(shard.count); }

void Graph::keep_shard(const Shard& shard) {
  if (!store_ || shard.count <= 1) return;
  detail::GraphStorage& s = *store_;
  keep_records(s.meetings, shard);
  keep_records(s.statements, shard);
  // The kept nodes and edges are taken out and added again to the cleared
  // adjacency list (removing vertices from a vecS list renumbers the rest).
  std::vector<NodeData> nodes;
  std::set<std::string> placeholders;  // ends of kept edges in other shards
  for (const auto& [id, v] : s.vertex_by_id) {
    if (detail::in_shard(id, shard)) nodes.push_back(std::move(s.adjacency[v]));
  }
  std::vector<EdgeData> edges;
  for (const auto& [id, e] : s.edge_by_id) {
    if (!detail::in_shard(id, shard)) continue;
    EdgeData& edge = s.adjacency[e];
    for (const std::string* end : {&edge.source, &edge.target}) {
      if (!detail::in_shard(*end, shard)) placeholders.insert(*end);
    }
    edges.push_back(std::move(edge));
  }
  s.adjacency.clear();
  s.vertex_by_id.clear();
  s.edge_by_id.clear();
  for (NodeData& node : nodes) s.upsert_node(std::move(node));
  // One type for every placeholder: two fragments that type a node
  // differently settle it in its own shard, not here.
  for (const std::string& id : placeholders) s.upsert_node(NodeData{id, EntityType::person, id, {}, {}, {}});
  for (EdgeData& edge : edges) s.upsert_edge(std::move(edge));
}

}  // namespace newsgraph
