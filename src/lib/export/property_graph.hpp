// Internal to the library: the graph as labelled property tables, the one
// model behind the Neo4j CSV, Cypher and Kuzu exports (see export_db.hpp).
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "newsgraph/graph.hpp"

namespace newsgraph::detail {

enum class ColumnType { text, integer };

struct Column {
  std::string name;
  ColumnType type = ColumnType::text;
};

/// An empty cell (monostate) is a missing value: an empty CSV field, a Cypher null.
using Cell = std::variant<std::monostate, std::string, std::int64_t>;
using Row = std::vector<Cell>;

/// All nodes of one label; column 0 is `id`.
struct NodeTable {
  std::string label;
  std::vector<Column> columns;
  std::vector<Row> rows;  ///< sorted by id
};

/// All relationships of one type between one pair of labels; column 0 is `id`.
struct RelTable {
  std::string type;
  std::string from, to;  ///< node labels
  std::vector<Column> columns;
  std::vector<std::string> sources, targets;  ///< node ids, parallel to rows
  std::vector<Row> rows;  ///< sorted by id
};

struct PropertyGraph {
  std::vector<NodeTable> nodes;  ///< sorted by label
  std::vector<RelTable> rels;    ///< sorted by (type, from, to)
};

PropertyGraph property_graph(const Graph& graph);

/// "Person", "Country", ... for a node type.
std::string label_of(EntityType type);

/// White space runs (newlines included) folded to one space, ends trimmed.
std::string one_line(const std::string& s);

/// "doc:start-end" of every span, joined by " | ".
std::string spans_text(const std::set<DocSpan>& spans);

/// A CSV field (RFC 4180): text always quoted with quotes doubled, an
/// integer bare, a missing value empty (null for Neo4j and Kuzu alike).
std::string csv_cell(const Cell& cell);
std::string csv_quote(const std::string& s);

}  // namespace newsgraph::detail
