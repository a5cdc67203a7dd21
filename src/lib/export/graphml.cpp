// GraphML written directly rather than through boost::write_graphml: Boost
// names nodes n0, n1, ... in insertion order, while readers (NetworkX, Gephi,
// yEd) should see the graph ids, sorted, the same bytes for the same graph.
#include <map>
#include <set>

#include "newsgraph/export.hpp"
#include "newsgraph/export_db.hpp"
#include "export/property_graph.hpp"

#include "base/text.hpp"

namespace newsgraph {
namespace {

std::string xml(const std::string& s) { return text::xml_escape(s); }

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

}  // namespace

std::string graph_to_graphml(const Graph& graph) {
  // Attribute names: the fixed ones, then every attribute key seen. A key
  // that would shadow a fixed name gets "attr_" in front.
  static const std::set<std::string> node_fixed = {"type", "label", "aliases", "mentions", "evidence"};
  static const std::set<std::string> edge_fixed = {"type", "text", "kind", "evidence"};
  const auto node_name = [](const std::string& k) { return node_fixed.contains(k) ? "attr_" + k : k; };
  const auto edge_name = [](const std::string& k) { return edge_fixed.contains(k) ? "attr_" + k : k; };

  std::map<std::string, Key> node_keys = {{"type", {"n_type", "string"}},
                                          {"label", {"n_label", "string"}},
                                          {"aliases", {"n_aliases", "string"}},
                                          {"mentions", {"n_mentions", "int"}},
                                          {"evidence", {"n_evidence", "string"}}};
  std::map<std::string, Key> edge_keys = {{"type", {"e_type", "string"}},
                                          {"text", {"e_text", "string"}},
                                          {"kind", {"e_kind", "string"}},
                                          {"evidence", {"e_evidence", "string"}}};
  for (const NodeData* n : graph.nodes()) {
    for (const auto& [k, v] : n->attributes) node_keys.try_emplace(node_name(k), Key{key_id("n_a_", k), "string"});
  }
  for (const EdgeData* e : graph.edges()) {
    for (const auto& [k, v] : e->attributes) edge_keys.try_emplace(edge_name(k), Key{key_id("e_a_", k), "string"});
  }

  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<!-- newsgraph " + std::string(kVersion) + " -->\n";
  out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const auto& [name, key] : node_keys) {
    out += "  <key id=\"" + key.id + "\" for=\"node\" attr.name=\"" + xml(name) + "\" attr.type=\"" + key.type + "\"/>\n";
  }
  for (const auto& [name, key] : edge_keys) {
    out += "  <key id=\"" + key.id + "\" for=\"edge\" attr.name=\"" + xml(name) + "\" attr.type=\"" + key.type + "\"/>\n";
  }
  out += "  <graph id=\"newsgraph\" edgedefault=\"directed\">\n";
  const auto data = [&out](const Key& key, const std::string& value) {
    out += "      <data key=\"" + key.id + "\">" + xml(value) + "</data>\n";
  };
  for (const NodeData* n : graph.nodes()) {
    out += "    <node id=\"" + xml(n->id) + "\">\n";
    data(node_keys.at("type"), std::string(to_string(n->type)));
    data(node_keys.at("label"), n->label);
    std::string aliases;
    for (const std::string& a : n->aliases) aliases += (aliases.empty() ? "" : " | ") + a;
    if (!aliases.empty()) data(node_keys.at("aliases"), aliases);
    data(node_keys.at("mentions"), std::to_string(n->mentions.size()));
    for (const auto& [k, v] : n->attributes) data(node_keys.at(node_name(k)), v);
    if (!n->mentions.empty()) data(node_keys.at("evidence"), detail::spans_text(n->mentions));
    out += "    </node>\n";
  }
  for (const EdgeData* e : graph.edges()) {
    // met is symmetric, but no per-edge directed="false": NetworkX refuses it in a directed graph.
    out += "    <edge id=\"" + xml(e->id) + "\" source=\"" + xml(e->source) + "\" target=\"" + xml(e->target) + "\">\n";
    data(edge_keys.at("type"), e->type);
    for (const auto& [k, v] : e->attributes) data(edge_keys.at(edge_name(k)), v);
    const auto statement = e->attributes.find("statement");
    if (e->type == "statement" && statement != e->attributes.end()) {
      const auto s = graph.statements().find(statement->second);
      if (s != graph.statements().end()) {
        data(edge_keys.at("text"), s->second.text);
        data(edge_keys.at("kind"), std::string(to_string(s->second.kind)));
      }
    }
    if (!e->evidence.empty()) data(edge_keys.at("evidence"), detail::spans_text(e->evidence));
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

}  // namespace newsgraph
