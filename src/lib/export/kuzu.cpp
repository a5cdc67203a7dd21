// Kuzu: schema, COPY statements and the CSV files they read. COPY rather
// than parameterised inserts: Kuzu's parameter binding mis-types mixed
// numeric columns, and COPY is its fast path anyway. Byte offsets are
// start_byte/end_byte because END is a Cypher keyword.
#include <map>
#include <set>

#include "newsgraph/export.hpp"
#include "newsgraph/export_db.hpp"
#include "export/property_graph.hpp"

namespace newsgraph {
namespace {

using detail::Column;
using detail::ColumnType;

std::string kuzu_type(const Column& c) { return c.type == ColumnType::integer ? "INT64" : "STRING"; }

std::string csv_line(const detail::Row& row) {
  std::string out;
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (i) out += ',';
    out += detail::csv_cell(row[i]);
  }
  return out;
}

}  // namespace

std::vector<ExportFile> graph_to_kuzu(const Graph& graph) {
  const detail::PropertyGraph pg = detail::property_graph(graph);
  std::vector<ExportFile> files;
  std::string schema = "// newsgraph " + std::string(kVersion) + ": Kuzu schema. Run before copy.cypher.\n";
  std::string copy = "// newsgraph " + std::string(kVersion) +
                     ": loads the CSV files of this folder (paths relative to it) into the schema.cypher tables.\n";
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
    copy += "COPY " + table.label + " FROM '" + name + "' (header=true);\n";
    files.push_back({name, std::move(csv)});
  }
  // A rel table per type lists every (from, to) pair; COPY then fills one pair per file.
  std::map<std::string, std::vector<const detail::RelTable*>> by_type;
  for (const detail::RelTable& table : pg.rels) by_type[table.type].push_back(&table);
  for (const auto& [type, tables] : by_type) {
    schema += "CREATE REL TABLE IF NOT EXISTS " + type + "(";
    for (std::size_t i = 0; i < tables.size(); ++i) schema += (i ? ", " : "") + ("FROM " + tables[i]->from + " TO " + tables[i]->to);
    for (const Column& c : tables.front()->columns) schema += ", " + c.name + " " + kuzu_type(c);
    schema += ");\n";
    for (const detail::RelTable* table : tables) {
      std::string csv = "from,to";
      for (const Column& c : table->columns) csv += "," + c.name;
      csv += "\n";
      for (std::size_t r = 0; r < table->rows.size(); ++r) {
        csv += detail::csv_quote(table->sources[r]) + "," + detail::csv_quote(table->targets[r]) + "," + csv_line(table->rows[r]) + "\n";
      }
      const std::string name = type + "_" + table->from + "_" + table->to + ".csv";
      copy += "COPY " + type + " FROM '" + name + "' (from='" + table->from + "', to='" + table->to + "', header=true);\n";
      files.push_back({name, std::move(csv)});
    }
  }
  files.push_back({"schema.cypher", std::move(schema)});
  files.push_back({"copy.cypher", std::move(copy)});
  return files;
}

}  // namespace newsgraph
