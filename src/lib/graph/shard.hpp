// Internal to the library: which shard a record belongs to (Shard in
// newsgraph/graph.hpp). A node, an edge, a meeting and a statement go by
// their own ids, so every shard can decide alone, from a fragment alone,
// what it keeps; the hash is FNV-1a 64, the same on every machine and in
// every release, so shards written by different workers fit together.
#pragma once

#include <cstdint>
#include <string_view>

#include "base/text.hpp"
#include "newsgraph/graph.hpp"

namespace newsgraph::detail {

/// The shard of `count` that the record with this id belongs to.
inline std::uint64_t shard_of_id(std::string_view id, std::uint64_t count) {
  return count <= 1 ? 0 : text::fnv1a_64(id) % count;
}

/// Whether the record with this id is one of `shard`'s.
inline bool in_shard(std::string_view id, const Shard& shard) { return shard_of_id(id, shard.count) == shard.index; }

}  // namespace newsgraph::detail
