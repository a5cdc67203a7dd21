// Neo4j: bulk-import CSV for neo4j-admin, and an idempotent Cypher script
// for a live server. Both come from the one property-graph model.
#include <algorithm>
#include <map>
#include <numeric>

#include "newsgraph/export.hpp"
#include "newsgraph/export_db.hpp"
#include "export/property_graph.hpp"

namespace newsgraph {
namespace {

using detail::Cell;
using detail::Column;
using detail::ColumnType;

std::string neo4j_header(const Column& c) { return c.type == ColumnType::integer ? c.name + ":int" : c.name; }

// A Cypher string literal: single quotes, backslash escapes; both Neo4j and Kuzu read it.
std::string cypher_string(const std::string& s) {
  std::string out = "'";
  for (const char ch : s) {
    if (ch == '\\' || ch == '\'') out += '\\';
    out += static_cast<unsigned char>(ch) < 0x20 ? ' ' : ch;
  }
  return out + "'";
}

std::string cypher_value(const Cell& cell) {
  if (const auto* text = std::get_if<std::string>(&cell)) return cypher_string(*text);
  if (const auto* number = std::get_if<std::int64_t>(&cell)) return std::to_string(*number);
  return "NULL";
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
  return out;
}

// Rows per UNWIND statement: small enough for any server's query size limit.
constexpr std::size_t kBatch = 500;

}  // namespace

std::vector<ExportFile> graph_to_neo4j_csv(const Graph& graph) {
  const detail::PropertyGraph pg = detail::property_graph(graph);
  std::vector<ExportFile> files;
  std::string command = "neo4j-admin database import full --overwrite-destination --id-type=string";
  for (const detail::NodeTable& table : pg.nodes) {
    std::string csv = "id:ID";
    for (std::size_t i = 1; i < table.columns.size(); ++i) (csv += ',') += neo4j_header(table.columns[i]);
    csv += ",:LABEL\n";
    for (const detail::Row& row : table.rows) {
      csv += detail::csv_cell(row[0]);
      for (std::size_t i = 1; i < row.size(); ++i) (csv += ',') += detail::csv_cell(row[i]);
      csv += "," + table.label + "\n";
    }
    const std::string name = "nodes_" + table.label + ".csv";
    command += " \\\n  --nodes=" + name;
    files.push_back({name, std::move(csv)});
  }
  // One file per relationship type: its (from, to) tables share the columns.
  std::map<std::string, std::vector<const detail::RelTable*>> by_type;
  for (const detail::RelTable& table : pg.rels) by_type[table.type].push_back(&table);
  for (const auto& [type, tables] : by_type) {
    const std::vector<Column>& columns = tables.front()->columns;
    std::string csv = ":START_ID,:END_ID,:TYPE";
    for (const Column& c : columns) (csv += ',') += neo4j_header(c);
    csv += "\n";
    std::vector<std::pair<std::string, std::string>> lines;  // (id, line), sorted by id
    for (const detail::RelTable* table : tables) {
      for (std::size_t r = 0; r < table->rows.size(); ++r) {
        std::string line = detail::csv_quote(table->sources[r]) + "," + detail::csv_quote(table->targets[r]) + "," + type;
        for (const Cell& cell : table->rows[r]) (line += ',') += detail::csv_cell(cell);
        lines.emplace_back(std::get<std::string>(table->rows[r][0]), line + "\n");
      }
    }
    std::sort(lines.begin(), lines.end());
    for (const auto& [id, line] : lines) csv += line;
    const std::string name = "relationships_" + type + ".csv";
    command += " \\\n  --relationships=" + name;
    files.push_back({name, std::move(csv)});
  }
  files.push_back({"import.sh",
                   "#!/bin/sh\n"
                   "# newsgraph " + std::string(kVersion) + ": imports these CSV files into a new, stopped Neo4j 5 database.\n"
                   "# Usage: sh import.sh [DATABASE]   (default: neo4j; an existing database of that name is replaced)\n"
                   "set -e\n"
                   "cd \"$(dirname \"$0\")\"\n"
                   "exec " + command + " \\\n  \"${1:-neo4j}\"\n"});
  return files;
}

std::string graph_to_cypher(const Graph& graph) {
  const detail::PropertyGraph pg = detail::property_graph(graph);
  std::string out = "// newsgraph " + std::string(kVersion) +
                    ": the graph for Neo4j. Idempotent: nodes and relationships are MERGEd on id,\n"
                    "// so running the script again updates properties and creates no duplicates.\n"
                    "// Constraints first, then nodes, then relationships.\n";
  for (const detail::NodeTable& table : pg.nodes) {
    out += "CREATE CONSTRAINT newsgraph_" + lower(table.label) + "_id IF NOT EXISTS FOR (n:" + table.label +
           ") REQUIRE n.id IS UNIQUE;\n";
  }
  for (const detail::NodeTable& table : pg.nodes) {
    for (std::size_t first = 0; first < table.rows.size(); first += kBatch) {
      out += "UNWIND [\n";
      const std::size_t last = std::min(table.rows.size(), first + kBatch);
      for (std::size_t r = first; r < last; ++r) {
        out += "{";
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
          out += (i ? ", " : "") + table.columns[i].name + ": " + cypher_value(table.rows[r][i]);
        }
        out += r + 1 < last ? "},\n" : "}\n";
      }
      out += "] AS row\nMERGE (n:" + table.label + " {id: row.id})\n" + set_clause("n", table.columns) + ";\n";
    }
  }
  for (const detail::RelTable& table : pg.rels) {
    for (std::size_t first = 0; first < table.rows.size(); first += kBatch) {
      out += "UNWIND [\n";
      const std::size_t last = std::min(table.rows.size(), first + kBatch);
      for (std::size_t r = first; r < last; ++r) {
        out += "{source: " + cypher_string(table.sources[r]) + ", target: " + cypher_string(table.targets[r]);
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
          out += ", " + table.columns[i].name + ": " + cypher_value(table.rows[r][i]);
        }
        out += r + 1 < last ? "},\n" : "}\n";
      }
      out += "] AS row\nMATCH (a:" + table.from + " {id: row.source}), (b:" + table.to + " {id: row.target})\n" +
             "MERGE (a)-[r:" + table.type + " {id: row.id}]->(b)\n" + set_clause("r", table.columns) + ";\n";
    }
  }
  return out;
}

}  // namespace newsgraph
