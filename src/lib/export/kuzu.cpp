// Kuzu: the schema, a load script and the CSV files it reads. The schema is
// the same for every graph (CREATE ... IF NOT EXISTS), and the load script
// MERGEs on id (LOAD FROM ... MERGE, not COPY, which fails on a key already
// there), so a database takes a newer export of the same archive, or the
// export of other articles, on top of what it holds: list columns are united,
// other properties take the newer value. Lists travel as text
// joined by the unit separator and are split into STRING[] on loading.
#include <algorithm>
#include <map>

#include "newsgraph/export.hpp"
#include "newsgraph/export_db.hpp"
#include "export/property_graph.hpp"

namespace newsgraph {
namespace {

using detail::Column;
using detail::ColumnType;

std::string kuzu_type(const Column& c) {
  switch (c.type) {
    case ColumnType::integer: return "INT64";
    case ColumnType::date: return "DATE";
    case ColumnType::text_list: return "STRING[]";
    case ColumnType::text: break;
  }
  return "STRING";
}

// How a CSV column reads in LOAD FROM: a list as the text it is joined into.
std::string csv_type(const Column& c) { return c.type == ColumnType::text_list ? "STRING" : kuzu_type(c); }

// The value of column `name` as the table stores it: a list split, the
// spreadsheet guard (an apostrophe before =, +, -, @ or ') taken off text.
std::string stored(const Column& c, const std::string& name) {
  if (c.type == ColumnType::text_list) {
    return "string_split(CASE WHEN starts_with(" + name + ", \"'\") THEN substring(" + name + ", 2, size(" + name + ")) ELSE " +
           name + " END, '" + std::string(1, detail::kListSeparator) + "')";
  }
  if (c.type != ColumnType::text) return name;
  return "CASE WHEN starts_with(" + name + ", \"'\") THEN substring(" + name + ", 2, size(" + name + ")) ELSE " + name + " END";
}

std::string csv_line(const detail::Row& row) {
  std::string out;
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (i) out += ',';
    out += detail::csv_cell(row[i]);
  }
  return out;
}

// Columns of LOAD WITH HEADERS are variables: prefixed, so that none is a keyword.
std::string var(const Column& c) { return "c_" + c.name; }

std::string load_header(const std::vector<Column>& columns, bool ends) {
  std::string out = "LOAD WITH HEADERS (";
  if (ends) out += "c_from STRING, c_to STRING, ";
  for (std::size_t i = 0; i < columns.size(); ++i) out += (i ? ", " : "") + var(columns[i]) + " " + csv_type(columns[i]);
  return out + ")";
}

// A list column of a node or relationship already in the database keeps
// its items and gains the new ones: a second export, of other articles,
// adds its aliases and evidence to the nodes they share.
std::string merged(const char* name, const Column& c) {
  const std::string old = std::string(name) + "." + c.name;
  const std::string fresh = stored(c, var(c));
  return "CASE WHEN " + old + " IS NULL THEN " + fresh + " WHEN " + var(c) + " IS NULL THEN " + old +
         " ELSE list_distinct(list_concat(" + old + ", " + fresh + ")) END";
}

std::string set_clause(const char* name, const std::vector<Column>& columns) {
  const auto evidence = std::find_if(columns.begin(), columns.end(), [](const Column& c) { return c.name == "evidence"; });
  std::string out;
  for (const Column& c : columns) {
    if (c.name == "id") continue;
    std::string value = c.type == ColumnType::text_list ? merged(name, c) : stored(c, var(c));
    // A node's mentions are its evidence spans, counted once the lists are united.
    if (c.name == "mentions" && evidence != columns.end()) value = "coalesce(size(" + merged(name, *evidence) + "), " + var(c) + ")";
    out += (out.empty() ? " SET " : ", ") + std::string(name) + "." + c.name + " = " + value;
  }
  return out;
}

}  // namespace

std::vector<ExportFile> graph_to_kuzu(const Graph& graph) {
  const detail::PropertyGraph pg = detail::property_graph(graph);
  std::vector<ExportFile> files;
  std::string schema = "// newsgraph " + std::string(kVersion) + ": Kuzu schema, the same for every graph. Run before load.cypher.\n";
  std::string load = "// newsgraph " + std::string(kVersion) +
                     ": MERGEs the CSV files of this folder (paths relative to it) into the schema.cypher tables.\n";
  for (const detail::NodeTable& table : pg.nodes) {
    schema += "CREATE NODE TABLE IF NOT EXISTS " + table.label + "(";
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
      schema += (i ? ", " : "") + table.columns[i].name + " " + kuzu_type(table.columns[i]);
    }
    schema += ", PRIMARY KEY (id));\n";
    std::string csv;
    for (std::size_t i = 0; i < table.columns.size(); ++i) csv += (i ? "," : "") + table.columns[i].name;
    csv += "\n";
    for (const detail::Row& row : table.rows) csv += csv_line(row) + "\n";
    const std::string name = table.label + ".csv";
    load += load_header(table.columns, false) + " FROM '" + name + "' (header=true) MERGE (n:" + table.label + " {id: " +
            stored(table.columns[0], "c_id") + "})" + set_clause("n", table.columns) + ";\n";
    files.push_back({name, std::move(csv)});
  }
  // A rel table lists every (from, to) pair; a file per pair that has rows.
  for (const detail::RelTable& table : pg.rels) {
    schema += "CREATE REL TABLE IF NOT EXISTS " + table.type + "(";
    std::string pairs;
    for (const std::string& from : table.from) {
      for (const std::string& to : table.to) pairs += (pairs.empty() ? "" : ", ") + ("FROM " + from + " TO " + to);
    }
    schema += pairs;
    for (const Column& c : table.columns) schema += ", " + c.name + " " + kuzu_type(c);
    schema += ");\n";
    std::map<std::pair<std::string, std::string>, std::string> csv_by_pair;
    for (const detail::RelRow& row : table.rows) {
      std::string& csv = csv_by_pair[{row.from, row.to}];
      csv += detail::csv_quote(row.source) + "," + detail::csv_quote(row.target) + "," + csv_line(row.cells) + "\n";
    }
    for (auto& [pair, rows] : csv_by_pair) {
      std::string csv = "from,to";
      for (const Column& c : table.columns) csv += "," + c.name;
      const std::string name = table.type + "_" + pair.first + "_" + pair.second + ".csv";
      load += load_header(table.columns, true) + " FROM '" + name + "' (header=true) MATCH (a:" + pair.first + " {id: " +
              stored(table.columns[0], "c_from") + "}), (b:" + pair.second + " {id: " + stored(table.columns[0], "c_to") +
              "}) MERGE (a)-[r:" + table.type + " {id: " + stored(table.columns[0], "c_id") + "}]->(b)" +
              set_clause("r", table.columns) + ";\n";
      files.push_back({name, csv + "\n" + rows});
    }
  }
  files.push_back({"schema.cypher", std::move(schema)});
  files.push_back({"load.cypher", std::move(load)});
  return files;
}

}  // namespace newsgraph
