// DOT through cgraph and pictures through gvc: the real Graphviz library
// builds, writes and lays out the graph; nothing here prints DOT by hand.
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <memory>
#include <mutex>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

#include "newsgraph/error.hpp"
#include "newsgraph/export.hpp"
#include "base/text.hpp"

namespace newsgraph {
namespace {

struct GraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;

// Graphviz keeps global state: one lock for every call into it.
std::mutex& graphviz_mutex() {
  static std::mutex m;
  return m;
}

char* c(const std::string& s) { return const_cast<char*>(s.c_str()); }

std::string graphviz_text(const std::string& s);

// Labels and tooltips are text of the articles: escaped for Graphviz.
void set(void* object, const char* name, const std::string& value) {
  const std::string_view attribute(name);
  const std::string text = attribute == "label" || attribute == "tooltip" ? graphviz_text(value) : value;
  agsafeset(object, const_cast<char*>(name), c(text), const_cast<char*>(""));
}

struct NodeStyle {
  const char* shape;
  const char* fill;
};

NodeStyle style_of(EntityType type) {
  switch (type) {
    case EntityType::person: return {"ellipse", "#d9d9d9"};  // a person without a country
    case EntityType::country: return {"box", "#ffffff"};
    case EntityType::office: return {"note", "#eeeeee"};
    case EntityType::organization: return {"component", "#f4cccc"};
    case EntityType::location: return {"house", "#d9ead3"};
  }
  return {"ellipse", "#ffffff"};
}

std::string truncate(const std::string& s, std::size_t max) {
  if (s.size() <= max) return s;
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "\u2026";
}

// People are filled by the country they act for. A country's colour depends
// on the country alone, so it is the same in every picture: the 676 possible
// alpha-2 codes are spread over 720 distinct colours (60 hues, 4 lightnesses,
// 3 saturations), neighbouring codes far apart. None is grey or white, the
// fills of country boxes and of people without a country.
constexpr const char* kPersonWithoutCountry = "#d9d9d9";

std::string hsl_colour(double hue, double saturation, double lightness) {
  const double chroma = (1 - std::abs(2 * lightness - 1)) * saturation;
  const double h = hue * 6;
  const double x = chroma * (1 - std::abs(std::fmod(h, 2.0) - 1));
  double rgb[3] = {0, 0, 0};
  const int sector = static_cast<int>(h) % 6;
  const int order[6][3] = {{0, 1, 2}, {1, 0, 2}, {2, 0, 1}, {2, 1, 0}, {1, 2, 0}, {0, 2, 1}};  // which of r, g, b is chroma, x, 0
  rgb[order[sector][0]] = chroma;
  rgb[order[sector][1]] = x;
  const double m = lightness - chroma / 2;
  char out[8];
  std::snprintf(out, sizeof out, "#%02x%02x%02x", static_cast<unsigned>(std::lround((rgb[0] + m) * 255)),
                static_cast<unsigned>(std::lround((rgb[1] + m) * 255)), static_cast<unsigned>(std::lround((rgb[2] + m) * 255)));
  return out;
}

}  // namespace

std::string country_colour(const std::string& country_id) {
  const std::string code = country_id.substr(country_id.find(':') + 1);
  std::size_t index = 0;
  if (code.size() == 2 && code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'A' && code[1] <= 'Z') {
    index = static_cast<std::size_t>(code[0] - 'A') * 26 + static_cast<std::size_t>(code[1] - 'A');
  } else {
    for (const char ch : code) index = index * 31 + static_cast<unsigned char>(ch);  // not ISO: any stable slot
  }
  const std::size_t slot = index * 263 % 720;  // 263 is prime to 720: every code its own slot
  constexpr double kLightness[] = {0.82, 0.74, 0.88, 0.68};
  constexpr double kSaturation[] = {0.60, 0.45, 0.75};
  return hsl_colour(static_cast<double>(slot % 60) / 60.0, kSaturation[slot / 240], kLightness[slot / 60 % 4]);
}

namespace {

std::map<std::string, std::string> country_colours(const Graph& graph) {
  std::map<std::string, std::string> out;
  for (const NodeData* n : graph.nodes()) {
    const auto country = n->attributes.find("country");
    if (n->type == EntityType::person && country != n->attributes.end()) out.emplace(country->second, country_colour(country->second));
  }
  return out;
}

// Text for a Graphviz label or tooltip, set through cgraph and so written
// into graph.dot as it is. Graphviz reads backslash escapes in both: a
// backslash is doubled (a trailing one would end the DOT string early), and
// before the letters of \N, \G, \E, \H, \T and \L, which it replaces
// even after a doubled backslash, a word joiner (U+2060) is put. Bytes that
// XML forbids (control characters, U+FFFE, U+FFFF) are replaced.
std::string graphviz_text(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto byte = static_cast<unsigned char>(s[i]);
    if (s[i] == '\\') {
      out += "\\\\";
      if (i + 1 < s.size() && std::string_view("NGEHTL").find(s[i + 1]) != std::string_view::npos) out += "\u2060";
    } else if (byte < 0x20 && s[i] != '\n') {
      out += ' ';
    } else if (byte == 0xEF && i + 2 < s.size() && s[i + 1] == '\xBF' && (s[i + 2] == '\xBE' || s[i + 2] == '\xBF')) {
      out += "\uFFFD";
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// A node name for cgraph: written into graph.dot and the SVG's titles, so
// neither a backslash nor a forbidden byte may be in it.
std::string graphviz_name(const std::string& id) {
  std::string out = id;
  for (char& ch : out) {
    if (ch == '\\' || ch == '\n') ch = ch == '\\' ? '/' : ' ';
  }
  return graphviz_text(out);
}

std::string html(const std::string& s) { return text::xml_escape(s); }

struct DrawOptions {
  bool legend = false;
  std::string layout = "dot";
};

// The legend: one node with a table (node types, the people's countries,
// edge kinds) in a cluster of its own. One node, so that every layout keeps
// it in one piece.
void add_legend(Agraph_t* g, const Graph& graph, const std::map<std::string, std::string>& colours) {
  std::set<EntityType> types;
  for (const NodeData* n : graph.nodes()) types.insert(n->type);
  std::set<std::string> edge_types;
  for (const EdgeData* e : graph.edges()) edge_types.insert(e->type);
  std::string table = "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"4\">";
  table += "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>";
  for (const EntityType type : types) {
    const NodeStyle style = style_of(type);
    std::string name(to_string(type));
    table += "<TR><TD BGCOLOR=\"" + std::string(type == EntityType::person && !colours.empty() ? kPersonWithoutCountry : style.fill) +
             "\"> </TD><TD ALIGN=\"LEFT\">" + name + " (" + style.shape + ")" +
             (type == EntityType::person && !colours.empty() ? ", country unknown" : "") + "</TD></TR>";
  }
  for (const auto& [country, colour] : colours) {
    // The country's own node, or the name the meetings view left on its people.
    std::string name = country.substr(country.find(':') + 1);
    if (const NodeData* node = graph.find_node(country)) {
      name = node->label;
    } else {
      for (const NodeData* n : graph.nodes()) {
        const auto c = n->attributes.find("country");
        const auto given = n->attributes.find("country_name");
        if (c != n->attributes.end() && c->second == country && given != n->attributes.end()) name = given->second;
      }
    }
    table += "<TR><TD BGCOLOR=\"" + colour + "\"> </TD><TD ALIGN=\"LEFT\">person of " + html(name) + "</TD></TR>";
  }
  const std::pair<const char*, const char*> kinds[] = {{"met", "met: red line (dashed: planned or cancelled), width = times"},
                                                       {"statement", "said: dashed blue arrow (tooltip: the words)"},
                                                       {"holds_office", "holds: grey arrow"},
                                                       {"office_of", "of: grey arrow"},
                                                       {"affiliated_with", "acts for: dotted grey arrow"}};
  for (const auto& [type, text] : kinds) {
    if (edge_types.contains(type)) table += "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">" + html(text) + "</TD></TR>";
  }
  table += "</TABLE>";
  Agraph_t* cluster = agsubg(g, const_cast<char*>("cluster_legend"), 1);
  set(cluster, "label", "");
  set(cluster, "style", "rounded");
  set(cluster, "color", "#bbbbbb");
  Agnode_t* node = agnode(cluster, const_cast<char*>("legend"), 1);
  set(node, "shape", "plaintext");
  set(node, "style", "");
  set(node, "fontname", "Helvetica");
  set(node, "tooltip", "legend");
  char* label = agstrdup_html(g, c(table));
  agsafeset(node, const_cast<char*>("label"), label, const_cast<char*>(""));
  agstrfree(g, label);
}

// One cgraph node per graph node: shape and fill by type, people by their
// country, labelled with their offices; returns them by id.
std::map<std::string, Agnode_t*> add_nodes(Agraph_t* g, const Graph& graph, const std::map<std::string, std::string>& colours,
                                           bool large) {
  // The offices each person holds, for their label.
  std::map<std::string, std::vector<std::string>> offices;
  for (const EdgeData* e : graph.edges()) {
    if (e->type != "holds_office") continue;
    if (const NodeData* office = graph.find_node(e->target)) offices[e->source].push_back(office->label);
  }
  std::map<std::string, Agnode_t*> nodes;
  for (const NodeData* n : graph.nodes()) {
    Agnode_t* node = agnode(g, c(graphviz_name(n->id)), 1);
    const NodeStyle style = style_of(n->type);
    std::string label = n->label;
    std::string fill = style.fill;
    if (n->type == EntityType::office || n->type == EntityType::organization) {  // "Ministry of Health (KE)"
      const auto owner = n->attributes.find("country");
      if (owner != n->attributes.end()) label += "\n(" + owner->second.substr(owner->second.find(':') + 1) + ")";
    }
    if (n->type == EntityType::person) {
      const auto held = offices.find(n->id);
      const auto view_titles = n->attributes.find("office_titles");  // set by the meetings view
      if (held != offices.end()) {
        std::string titles;
        for (std::size_t i = 0; i < held->second.size() && i < 2; ++i) titles += (i ? ", " : "") + held->second[i];
        label += "\n" + titles;
      } else if (view_titles != n->attributes.end()) {
        label += "\n" + view_titles->second;
      }
      const auto country = n->attributes.find("country");
      fill = country != n->attributes.end() ? colours.at(country->second) : kPersonWithoutCountry;
    }
    set(node, "label", label);
    set(node, "shape", style.shape);
    set(node, "style", "filled");
    set(node, "fillcolor", fill);
    set(node, "fontname", "Helvetica");
    if (large) set(node, "fontsize", "10");
    std::string tooltip = std::string(to_string(n->type)) + ": " + n->label;
    if (!n->aliases.empty()) {
      tooltip += " (also";
      for (const std::string& a : n->aliases) tooltip += " \u201c" + a + "\u201d";
      tooltip += ")";
    }
    tooltip += ", " + std::to_string(n->mentions.size()) + (n->mentions.size() == 1 ? " mention" : " mentions");
    set(node, "tooltip", tooltip);
    nodes[n->id] = node;
  }
  return nodes;
}

// Met edges one per pair (labelled with how often they met), the others as they are.
void add_edges(Agraph_t* g, const Graph& graph, const std::map<std::string, Agnode_t*>& nodes, bool large) {
  const auto evidence_of = [](const EdgeData& e) {
    const auto it = e.attributes.find("evidence_text");
    return it == e.attributes.end() ? std::string() : it->second;
  };
  // Met edges: one drawn edge per pair, labelled with how often they met.
  std::map<std::pair<std::string, std::string>, std::vector<const EdgeData*>> met;
  for (const EdgeData* e : graph.edges()) {
    if (e->type == "met") met[{e->source, e->target}].push_back(e);
  }
  for (const auto& [pair, list] : met) {
    Agedge_t* edge = agedge(g, nodes.at(pair.first), nodes.at(pair.second), c(graphviz_name(list.front()->id)), 1);
    std::string label = "met";
    std::map<std::string, int> by_status;
    for (const EdgeData* e : list) ++by_status[e->attributes.at("status")];
    std::string statuses;
    for (const auto& [status, count] : by_status) {
      statuses += (statuses.empty() ? "" : ", ") + status + (count > 1 ? " \u00d7" + std::to_string(count) : "");
    }
    set(edge, "label", label + " (" + statuses + ")");
    set(edge, "dir", "none");
    set(edge, "color", by_status.contains("held") ? "#cc0000" : "#e69138");
    set(edge, "style", by_status.contains("held") ? "solid" : "dashed");
    set(edge, "penwidth", std::to_string(1 + list.size()));
    set(edge, "weight", std::to_string(list.size()));
    set(edge, "fontname", "Helvetica");
    std::string tooltip;
    for (const EdgeData* e : list) {
      const std::string sentence = evidence_of(*e);
      if (!sentence.empty() && tooltip.find(sentence) == std::string::npos) tooltip += (tooltip.empty() ? "" : "\n") + sentence;
    }
    if (!tooltip.empty()) set(edge, "tooltip", truncate(tooltip, 600));
  }
  for (const EdgeData* e : graph.edges()) {
    if (e->type == "met") continue;
    Agedge_t* edge = agedge(g, nodes.at(e->source), nodes.at(e->target), c(graphviz_name(e->id)), 1);
    set(edge, "fontname", "Helvetica");
    std::string tooltip = evidence_of(*e);
    if (e->type == "statement") {
      set(edge, "style", "dashed");
      set(edge, "color", "#3d85c6");
      set(edge, "label", "said");
      const auto& statements = graph.statements();
      const auto it = statements.find(e->attributes.at("statement"));
      if (tooltip.empty() && it != statements.end()) tooltip = it->second.text;
    } else if (e->type == "holds_office") {
      set(edge, "color", "#666666");
      set(edge, "label", "holds");
    } else if (e->type == "office_of") {
      set(edge, "color", "#999999");
      set(edge, "label", "of");
    } else if (e->type == "affiliated_with") {
      set(edge, "style", "dotted");
      set(edge, "color", "#999999");
    } else {
      set(edge, "label", e->type);
    }
    // Many nodes: only the met edges keep words on them; the rest say it in tooltips.
    if (large) set(edge, "label", "");
    if (!tooltip.empty()) set(edge, "tooltip", truncate(tooltip, 300));
  }
}

GraphPtr build_cgraph(const Graph& graph, const DrawOptions& options = {}) {
  GraphPtr g(agopen(const_cast<char*>("newsgraph"), Agdirected, nullptr));
  const bool large = graph.nodes().size() > 100;
  set(g.get(), "rankdir", "LR");
  set(g.get(), "overlap", options.layout == "dot" ? "false" : "prism");
  set(g.get(), "fontname", "Helvetica");
  if (options.layout != "dot") {
    // Force-directed layouts: room between nodes, lines that go round them.
    set(g.get(), "sep", "+12");
    set(g.get(), "splines", large ? "false" : "true");
  }
  if (large) set(g.get(), "fontsize", "10");
  const std::map<std::string, std::string> colours = country_colours(graph);
  add_edges(g.get(), graph, add_nodes(g.get(), graph, colours, large), large);
  if (options.legend) add_legend(g.get(), graph, colours);
  return g;
}

}  // namespace

std::string graph_to_dot(const Graph& graph) {
  std::lock_guard lock(graphviz_mutex());
  GraphPtr g = build_cgraph(graph);
  char* buffer = nullptr;
  std::size_t size = 0;
  FILE* stream = open_memstream(&buffer, &size);
  if (!stream) throw Error("", "cannot allocate memory for DOT output");
  const int rc = agwrite(g.get(), stream);
  std::fclose(stream);
  std::string out(buffer ? buffer : "", size);
  std::free(buffer);
  if (rc != 0) throw Error("", "cgraph failed to write DOT");
  return out;
}

const std::vector<std::string>& graph_layouts() {
  static const std::vector<std::string> layouts = {"dot", "neato", "sfdp", "fdp", "circo", "twopi"};
  return layouts;
}

std::string render_graph(const Graph& graph, const std::string& format, const std::string& layout) {
  std::lock_guard lock(graphviz_mutex());
  GraphPtr g = build_cgraph(graph, {.legend = true, .layout = layout});
  // One context for the whole process, never freed: Graphviz 2.42's pango
  // plugin keeps a pointer to a font name that gvFreeContext frees, so a
  // second context in the same process read freed memory (found by ASan
  // when rendering svg and png in one run).
  static GVC_t* const gvc = gvContext();
  if (!gvc) throw Error("", "cannot start Graphviz");
  if (gvLayout(gvc, g.get(), layout.c_str()) != 0) {
    throw Error("", "Graphviz layout \"" + layout + "\" failed");
  }
  char* data = nullptr;
  unsigned int length = 0;
  const int rc = gvRenderData(gvc, g.get(), format.c_str(), &data, &length);
  std::string out(data ? data : "", data ? length : 0);
  if (data) gvFreeRenderData(data);
  gvFreeLayout(gvc, g.get());
  if (rc != 0) throw Error("", "Graphviz cannot render format \"" + format + "\"");
  return out;
}

}  // namespace newsgraph
