// Internal to the library: the graph as labelled property tables, the one
// model behind the Neo4j CSV, Cypher and Kuzu exports (see export_db.hpp).
//
// The schema is fixed, whatever the graph holds: every label and every
// relationship type exists, with the same columns, in every export, so that
// a query written for one export runs on any other and a database can take
// more exports into the tables it has.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "newsgraph/graph.hpp"

namespace newsgraph::detail {

enum class ColumnType { text, integer, date, text_list };

struct Column {
  std::string name;
  ColumnType type = ColumnType::text;
};

/// An empty cell (monostate) is a missing value: an empty CSV field, a Cypher
/// null. A date cell is text, ISO 8601 (yyyy-mm-dd).
using Cell = std::variant<std::monostate, std::string, std::int64_t, std::vector<std::string>>;
using Row = std::vector<Cell>;

/// All nodes of one label; column 0 is `id`.
struct NodeTable {
  std::string label;
  std::vector<Column> columns;
  std::vector<Row> rows;  ///< sorted by id
};

struct RelRow {
  std::string source, target;  ///< node ids
  std::string from, to;        ///< their labels
  Row cells;
};

/// All relationships of one type; column 0 is `id`.
struct RelTable {
  std::string type;
  std::vector<std::string> from, to;  ///< the labels it may start and end at (every pair)
  std::vector<Column> columns;
  std::vector<RelRow> rows;  ///< sorted by id
};

struct PropertyGraph {
  std::vector<NodeTable> nodes;  ///< fixed order: the five entity labels, Meeting, Statement, Document
  std::vector<RelTable> rels;    ///< fixed order
};

PropertyGraph property_graph(const Graph& graph);

/// "Person", "Country", ... for a node type.
std::string label_of(EntityType type);

/// White space runs (newlines included) folded to one space, ends trimmed,
/// other control characters (NUL included) made spaces too.
std::string one_line(const std::string& s);

/// "doc:start-end" of every span.
std::vector<std::string> span_list(const std::set<DocSpan>& spans);
/// The same joined by " | ", for formats without lists.
std::string spans_text(const std::set<DocSpan>& spans);

/// True for yyyy-mm-dd.
bool iso_date(const std::string& s);

/// The character between the items of a list in a CSV cell: the unit
/// separator, a control character, which one_line() removes from every value.
inline constexpr char kListSeparator = '\x1F';

/// A CSV field (RFC 4180): text always quoted with quotes doubled, an
/// integer bare, a missing value empty (null for Neo4j and Kuzu alike), a
/// list its items joined by kListSeparator. A text starting with =, +, -, @
/// or an apostrophe gets an apostrophe in front, so that a spreadsheet
/// opening the file shows it rather than running it as a formula.
std::string csv_cell(const Cell& cell);
std::string csv_quote(const std::string& s);

/// Characters that XML 1.0 forbids (control characters but tab and line
/// ends, U+FFFE, U+FFFF) replaced, then escaped for XML text and attributes.
std::string xml_text(const std::string& s);

}  // namespace newsgraph::detail
