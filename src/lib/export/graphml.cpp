// GraphML written directly rather than through boost::write_graphml: Boost
// names nodes n0, n1, ... in insertion order, while readers (NetworkX, Gephi,
// yEd) should see the graph ids, sorted, the same bytes for the same graph.
//
// The nodes and edges are those of the property-graph model (entities,
// meetings, statements, documents and every relationship between them), with
// yFiles graphics beside the data so that yEd shows labels, shapes and
// colours. GraphML can mark one edge undirected (directed="false"), but
// NetworkX refuses a graph that mixes both, so a met edge stays one edge of
// the directed graph, drawn without arrows and with "symmetric" true.
#include <map>
#include <set>

#include "newsgraph/export.hpp"
#include "newsgraph/export_db.hpp"
#include "export/property_graph.hpp"

namespace newsgraph {
namespace {

using detail::Cell;
using detail::Column;
using detail::ColumnType;
using detail::xml_text;

struct Key {
  std::string id;    // the key's XML id
  std::string type;  // attr.type
};

std::string key_id(const char* prefix, const std::string& name) {
  std::string out = prefix;
  for (const char ch : name) {
    const bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
    out += ok ? ch : '_';
  }
  return out;
}

std::string lower(std::string s) {
  for (char& ch : s) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return s;
}

// The edge type as graph.json names it, for the graph's own edges.
std::string edge_type(const std::string& rel_type) {
  if (rel_type == "SPOKE_ABOUT") return "statement";
  return lower(rel_type);
}

std::string cell_text(const Cell& cell) {
  if (const auto* text = std::get_if<std::string>(&cell)) return *text;
  if (const auto* number = std::get_if<std::int64_t>(&cell)) return std::to_string(*number);
  if (const auto* list = std::get_if<std::vector<std::string>>(&cell)) {
    std::string out;
    for (const std::string& item : *list) (out += out.empty() ? "" : " | ") += item;
    return out;
  }
  return "";
}

std::string graphml_type(ColumnType type) { return type == ColumnType::integer ? "long" : "string"; }

// A node id in the file: documents have ids of their own, so they get a prefix.
std::string node_id(const std::string& label, const std::string& id) { return label == "Document" ? "document:" + id : id; }

struct Shape {
  const char* shape;
  const char* fill;
};

Shape shape_of(const std::string& label) {
  static const std::map<std::string, Shape> shapes = {
      {"Person", {"ellipse", "#d9d9d9"}},         {"Country", {"rectangle", "#ffffff"}},  {"Office", {"roundrectangle", "#eeeeee"}},
      {"Organization", {"hexagon", "#f4cccc"}},   {"Location", {"octagon", "#d9ead3"}},   {"Meeting", {"diamond", "#f9cb9c"}},
      {"Statement", {"parallelogram", "#c9daf8"}}, {"Document", {"rectangle3d", "#fff2cc"}}};
  const auto it = shapes.find(label);
  return it == shapes.end() ? Shape{"rectangle", "#ffffff"} : it->second;
}

// What yEd writes on a node: its label, shape and fill.
std::string node_graphics(const std::string& label, const std::string& text, const std::string& fill) {
  const Shape shape = shape_of(label);
  const std::size_t width = 30 + 7 * std::min<std::size_t>(text.size(), 60);
  return "      <data key=\"d_graphics\"><y:ShapeNode><y:Geometry height=\"30.0\" width=\"" + std::to_string(width) +
         ".0\" x=\"0.0\" y=\"0.0\"/><y:Fill color=\"" + fill + "\" transparent=\"false\"/><y:NodeLabel>" + xml_text(text) +
         "</y:NodeLabel><y:Shape type=\"" + shape.shape + "\"/></y:ShapeNode></data>\n";
}

std::string edge_graphics(const std::string& type) {
  const bool met = type == "met";
  const std::string colour = met ? "#cc0000" : type == "statement" ? "#3d85c6" : "#999999";
  return "      <data key=\"e_graphics\"><y:PolyLineEdge><y:LineStyle color=\"" + colour + "\" type=\"" +
         (type == "statement" ? "dashed" : "line") + "\" width=\"" + (met ? "2.0" : "1.0") + "\"/><y:Arrows source=\"none\" target=\"" +
         (met ? "none" : "standard") + "\"/><y:EdgeLabel>" + xml_text(type) + "</y:EdgeLabel></y:PolyLineEdge></data>\n";
}

// The words a picture shows for a node of the model.
std::string display_label(const detail::NodeTable& table, const detail::Row& row) {
  const auto column = [&](const std::string& name) {
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
      if (table.columns[i].name == name) return cell_text(row[i]);
    }
    return std::string();
  };
  if (table.label == "Meeting") return "meeting (" + column("status") + (column("date_text").empty() ? "" : ", " + column("date_text")) + ")";
  if (table.label == "Statement") {
    std::string text = column("text");
    if (text.size() > 60) text = text.substr(0, 57) + "...";
    while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.pop_back();
    return "\u201c" + text + "\u201d";
  }
  if (table.label == "Document") return column("title").empty() ? column("id") : column("title");
  return column("name");
}

}  // namespace

std::string graph_to_graphml(const Graph& graph) {
  const detail::PropertyGraph pg = detail::property_graph(graph);
  // The keys: type and label, then every column of the model, by name.
  std::map<std::string, Key> node_keys = {{"type", {"n_type", "string"}}, {"label", {"n_label", "string"}}};
  std::map<std::string, Key> edge_keys = {{"type", {"e_type", "string"}}, {"symmetric", {"e_symmetric", "boolean"}}};
  for (const detail::NodeTable& table : pg.nodes) {
    for (const Column& c : table.columns) {
      if (c.name != "id") node_keys.try_emplace(c.name, Key{key_id("n_", c.name), graphml_type(c.type)});
    }
  }
  for (const detail::RelTable& table : pg.rels) {
    for (const Column& c : table.columns) {
      if (c.name != "type") edge_keys.try_emplace(c.name, Key{key_id("e_", c.name), graphml_type(c.type)});
    }
  }
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<!-- newsgraph " + std::string(kVersion) + " -->\n";
  out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:y=\"http://www.yworks.com/xml/graphml\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const auto& [name, key] : node_keys) {
    out += "  <key id=\"" + key.id + "\" for=\"node\" attr.name=\"" + xml_text(name) + "\" attr.type=\"" + key.type + "\"/>\n";
  }
  for (const auto& [name, key] : edge_keys) {
    out += "  <key id=\"" + key.id + "\" for=\"edge\" attr.name=\"" + xml_text(name) + "\" attr.type=\"" + key.type + "\"/>\n";
  }
  out += "  <key id=\"d_graphics\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n";
  out += "  <key id=\"e_graphics\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n";
  out += "  <graph id=\"newsgraph\" edgedefault=\"directed\">\n";
  const auto data = [&out](const Key& key, const std::string& value) {
    out += "      <data key=\"" + key.id + "\">" + xml_text(value) + "</data>\n";
  };
  std::map<std::string, std::string> fill_by_id;  // people: their country's colour
  for (const NodeData* n : graph.nodes()) {
    const auto country = n->attributes.find("country");
    if (n->type == EntityType::person && country != n->attributes.end()) fill_by_id[n->id] = country_colour(country->second);
  }
  for (const detail::NodeTable& table : pg.nodes) {
    for (const detail::Row& row : table.rows) {
      const std::string& id = std::get<std::string>(row[0]);
      out += "    <node id=\"" + xml_text(node_id(table.label, id)) + "\">\n";
      data(node_keys.at("type"), lower(table.label));
      const std::string label = display_label(table, row);
      data(node_keys.at("label"), label);
      for (std::size_t i = 1; i < row.size(); ++i) {
        if (!std::holds_alternative<std::monostate>(row[i])) data(node_keys.at(table.columns[i].name), cell_text(row[i]));
      }
      const auto fill = fill_by_id.find(id);
      out += node_graphics(table.label, label, fill != fill_by_id.end() && table.label == "Person" ? fill->second : shape_of(table.label).fill);
      out += "    </node>\n";
    }
  }
  for (const detail::RelTable& table : pg.rels) {
    for (const detail::RelRow& row : table.rows) {
      out += "    <edge id=\"" + xml_text(std::get<std::string>(row.cells[0])) + "\" source=\"" + xml_text(node_id(row.from, row.source)) +
             "\" target=\"" + xml_text(node_id(row.to, row.target)) + "\">\n";
      std::string type = edge_type(table.type);
      for (std::size_t i = 1; i < row.cells.size(); ++i) {
        if (std::holds_alternative<std::monostate>(row.cells[i])) continue;
        if (table.columns[i].name == "type") type = cell_text(row.cells[i]);  // RELATED_TO: the graph's own type
        else data(edge_keys.at(table.columns[i].name), cell_text(row.cells[i]));
      }
      data(edge_keys.at("type"), type);
      if (type == "met") data(edge_keys.at("symmetric"), "true");
      out += edge_graphics(type) + "    </edge>\n";
    }
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

}  // namespace newsgraph
