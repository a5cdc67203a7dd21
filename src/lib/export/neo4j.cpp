// Neo4j: bulk-import CSV for neo4j-admin, and an idempotent Cypher script
// for a live server. Both come from the one property-graph model.
#include <algorithm>
#include <map>

#include "newsgraph/export.hpp"
#include "newsgraph/export_db.hpp"
#include "export/property_graph.hpp"

namespace newsgraph {
namespace {

using detail::Cell;
using detail::Column;
using detail::ColumnType;

// neo4j-admin reads the unit separator between list items as "U+001F".
constexpr const char* kArrayDelimiter = "U+001F";

std::string neo4j_header(const Column& c) {
  switch (c.type) {
    case ColumnType::integer: return c.name + ":long";
    case ColumnType::date: return c.name + ":date";
    case ColumnType::text_list: return c.name + ":string[]";
    case ColumnType::text: break;
  }
  return c.name;
}

// Documents have ids of their own (any text): an id space apart from the graph's nodes.
std::string id_space(const std::string& label) { return label == "Document" ? "Document" : "Node"; }

// A Cypher string literal: single quotes, backslash escapes (control
// characters never reach here: the model folds them into spaces).
std::string cypher_string(const std::string& s) {
  std::string out = "'";
  for (const char ch : s) {
    if (ch == '\\' || ch == '\'') out += '\\';
    out += static_cast<unsigned char>(ch) < 0x20 ? ' ' : ch;
  }
  return out + "'";
}

std::string cypher_value(const Cell& cell, ColumnType type) {
  if (const auto* text = std::get_if<std::string>(&cell)) {
    return type == ColumnType::date ? "date(" + cypher_string(*text) + ")" : cypher_string(*text);
  }
  if (const auto* number = std::get_if<std::int64_t>(&cell)) return std::to_string(*number);
  if (const auto* list = std::get_if<std::vector<std::string>>(&cell)) {
    std::string out = "[";
    for (const std::string& item : *list) out += (out.size() > 1 ? ", " : "") + cypher_string(item);
    return out + "]";
  }
  return "null";
}

std::string lower(std::string s) {
  for (char& ch : s) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return s;
}

std::string set_clause(const char* var, const std::vector<Column>& columns) {
  std::string out;
  for (const Column& c : columns) {
    if (c.name == "id") continue;
    out += (out.empty() ? "SET " : ", ") + std::string(var) + "." + c.name + " = row." + c.name;
  }
  return out.empty() ? out : out + "\n";
}

// Rows per UNWIND statement: small enough for any server's query size limit.
constexpr std::size_t kBatch = 500;

std::string constraints(const detail::PropertyGraph& pg) {
  std::string out;
  for (const detail::NodeTable& table : pg.nodes) {
    out += "CREATE CONSTRAINT newsgraph_" + lower(table.label) + "_id IF NOT EXISTS FOR (n:" + table.label +
           ") REQUIRE n.id IS UNIQUE;\n";
  }
  return out;
}

// What queries look up besides ids: names, a document's URL and dates, the
// relationship ids that MERGE matches on.
std::string indexes(const detail::PropertyGraph& pg) {
  std::string out;
  for (const detail::NodeTable& table : pg.nodes) {
    for (const char* property : {"name", "url", "date"}) {
      const bool has = std::any_of(table.columns.begin(), table.columns.end(), [&](const Column& c) { return c.name == property; });
      if (!has) continue;
      out += "CREATE INDEX newsgraph_" + lower(table.label) + "_" + property + " IF NOT EXISTS FOR (n:" + table.label + ") ON (n." +
             property + ");\n";
    }
  }
  for (const detail::RelTable& table : pg.rels) {
    out += "CREATE INDEX newsgraph_" + lower(table.type) + "_id IF NOT EXISTS FOR ()-[r:" + table.type + "]-() ON (r.id);\n";
  }
  return out;
}

std::string node_csv(const detail::NodeTable& table) {
  std::string csv = "id:ID(" + id_space(table.label) + ")";
  for (std::size_t i = 1; i < table.columns.size(); ++i) (csv += ',') += neo4j_header(table.columns[i]);
  csv += ",:LABEL\n";
  for (const detail::Row& row : table.rows) {
    csv += detail::csv_cell(row[0]);
    for (std::size_t i = 1; i < row.size(); ++i) (csv += ',') += detail::csv_cell(row[i]);
    csv += "," + table.label + "\n";
  }
  return csv;
}

std::string rel_csv(const detail::RelTable& table) {
  std::string csv = ":START_ID(" + id_space(table.from.front()) + "),:END_ID(" + id_space(table.to.front()) + "),:TYPE";
  for (const Column& c : table.columns) (csv += ',') += neo4j_header(c);
  csv += "\n";
  for (const detail::RelRow& row : table.rows) {
    csv += detail::csv_quote(row.source) + "," + detail::csv_quote(row.target) + "," + table.type;
    for (const Cell& cell : row.cells) (csv += ',') += detail::csv_cell(cell);
    csv += "\n";
  }
  return csv;
}

std::string unwind(const std::vector<Column>& columns, const std::vector<const detail::Row*>& rows,
                   const std::vector<std::string>& prefix) {
  std::string out = "UNWIND [\n";
  for (std::size_t r = 0; r < rows.size(); ++r) {
    out += '{';
    if (!prefix.empty()) out.append(prefix[r]).append(", ");
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (i) out += ", ";
      out.append(columns[i].name).append(": ").append(cypher_value((*rows[r])[i], columns[i].type));
    }
    out += r + 1 < rows.size() ? "},\n" : "}\n";
  }
  return out + "] AS row\n";
}

}  // namespace

std::vector<ExportFile> graph_to_neo4j_csv(const Graph& graph) {
  const detail::PropertyGraph pg = detail::property_graph(graph);
  std::vector<ExportFile> files;
  std::string command = std::string("neo4j-admin database import full \"$database\" --overwrite-destination --id-type=string") +
                        " \\\n  --array-delimiter=" + kArrayDelimiter;
  for (const detail::NodeTable& table : pg.nodes) {
    const std::string name = "nodes_" + table.label + ".csv";
    command += " \\\n  --nodes=" + name;
    files.push_back({name, node_csv(table)});
  }
  for (const detail::RelTable& table : pg.rels) {
    const std::string name = "relationships_" + table.type + ".csv";
    command += " \\\n  --relationships=" + name;
    files.push_back({name, rel_csv(table)});
  }
  files.push_back({"indexes.cypher", "// newsgraph " + std::string(kVersion) +
                                         ": constraints and indexes, for a database made by import.sh, once it runs.\n" +
                                         constraints(pg) + indexes(pg) + "CALL db.awaitIndexes(300);\n"});
  files.push_back({"import.sh",
                   "#!/bin/sh\n"
                   "# newsgraph " + std::string(kVersion) + ": imports these CSV files into a new Neo4j 5 database (server stopped).\n"
                   "# Usage: sh import.sh [DATABASE]   (default: neo4j; an existing database of that name is replaced)\n"
                   "# Lists are string[] columns, their items separated by the unit separator (U+001F).\n"
                   "set -e\n"
                   "cd \"$(dirname \"$0\")\"\n"
                   "database=\"${1:-neo4j}\"\n" +
                       command +
                       "\n"
                       "echo \"newsgraph: imported into $database. Start Neo4j, then create the indexes:\"\n"
                       "echo \"  cypher-shell -d $database -f $(pwd)/indexes.cypher\"\n"});
  return files;
}

std::string graph_to_cypher(const Graph& graph) {
  const detail::PropertyGraph pg = detail::property_graph(graph);
  std::string out = "// newsgraph " + std::string(kVersion) +
                    ": the graph for Neo4j. Idempotent: nodes and relationships are MERGEd on id,\n"
                    "// so running the script again updates properties and creates no duplicates.\n"
                    "// Constraints first, then nodes, then relationships, then indexes.\n" +
                    constraints(pg);
  for (const detail::NodeTable& table : pg.nodes) {
    for (std::size_t first = 0; first < table.rows.size(); first += kBatch) {
      std::vector<const detail::Row*> rows;
      for (std::size_t r = first; r < std::min(table.rows.size(), first + kBatch); ++r) rows.push_back(&table.rows[r]);
      out += unwind(table.columns, rows, {}) + "MERGE (n:" + table.label + " {id: row.id})\n" + set_clause("n", table.columns);
      out.back() = ';';
      out += '\n';
    }
  }
  for (const detail::RelTable& table : pg.rels) {
    // One statement per pair of labels, so that both ends are found by label and id.
    std::map<std::pair<std::string, std::string>, std::vector<const detail::RelRow*>> by_pair;
    for (const detail::RelRow& row : table.rows) by_pair[{row.from, row.to}].push_back(&row);
    for (const auto& [pair, list] : by_pair) {
      for (std::size_t first = 0; first < list.size(); first += kBatch) {
        std::vector<const detail::Row*> rows;
        std::vector<std::string> ends;
        for (std::size_t r = first; r < std::min(list.size(), first + kBatch); ++r) {
          rows.push_back(&list[r]->cells);
          ends.push_back("source: " + cypher_string(list[r]->source) + ", target: " + cypher_string(list[r]->target));
        }
        // Two MATCH clauses, not one with two patterns: no cartesian product.
        out += unwind(table.columns, rows, ends) + "MATCH (a:" + pair.first + " {id: row.source})\nMATCH (b:" + pair.second +
               " {id: row.target})\nMERGE (a)-[r:" + table.type + " {id: row.id}]->(b)\n" + set_clause("r", table.columns);
        out.back() = ';';
        out += '\n';
      }
    }
  }
  return out + indexes(pg);
}

}  // namespace newsgraph
