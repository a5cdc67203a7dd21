// DOT through cgraph and pictures through gvc: the real Graphviz library
// builds, writes and lays out the graph; nothing here prints DOT by hand.
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

#include "newsgraph/error.hpp"
#include "newsgraph/export.hpp"

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

void set(void* object, const char* name, const std::string& value) {
  agsafeset(object, const_cast<char*>(name), c(value), const_cast<char*>(""));
}

struct NodeStyle {
  const char* shape;
  const char* fill;
};

NodeStyle style_of(EntityType type) {
  switch (type) {
    case EntityType::person: return {"ellipse", "#cfe2f3"};
    case EntityType::country: return {"box", "#ffe599"};
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

GraphPtr build_cgraph(const Graph& graph) {
  GraphPtr g(agopen(const_cast<char*>("newsgraph"), Agdirected, nullptr));
  set(g.get(), "rankdir", "LR");
  set(g.get(), "overlap", "false");
  set(g.get(), "fontname", "Helvetica");
  std::map<std::string, Agnode_t*> nodes;
  for (const NodeData* n : graph.nodes()) {
    Agnode_t* node = agnode(g.get(), c(n->id), 1);
    const NodeStyle style = style_of(n->type);
    std::string label = n->label;
    if (n->type == EntityType::office) {
      const auto owner = n->attributes.find("country");
      if (owner != n->attributes.end()) label += "\n(" + owner->second.substr(owner->second.find(':') + 1) + ")";
    }
    set(node, "label", label);
    set(node, "shape", style.shape);
    set(node, "style", "filled");
    set(node, "fillcolor", style.fill);
    set(node, "fontname", "Helvetica");
    set(node, "tooltip", std::string(to_string(n->type)) + ": " + n->label);
    nodes[n->id] = node;
  }
  // Met edges: one drawn edge per pair, labelled with how often they met.
  std::map<std::pair<std::string, std::string>, std::vector<const EdgeData*>> met;
  for (const EdgeData* e : graph.edges()) {
    if (e->type == "met") met[{e->source, e->target}].push_back(e);
  }
  for (const auto& [pair, list] : met) {
    Agedge_t* edge = agedge(g.get(), nodes.at(pair.first), nodes.at(pair.second), c(list.front()->id), 1);
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
  }
  for (const EdgeData* e : graph.edges()) {
    if (e->type == "met") continue;
    Agedge_t* edge = agedge(g.get(), nodes.at(e->source), nodes.at(e->target), c(e->id), 1);
    set(edge, "fontname", "Helvetica");
    if (e->type == "statement") {
      set(edge, "style", "dashed");
      set(edge, "color", "#3d85c6");
      set(edge, "label", "said");
      const auto& statements = graph.statements();
      const auto it = statements.find(e->attributes.at("statement"));
      if (it != statements.end()) set(edge, "tooltip", truncate(it->second.text, 300));
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
  }
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

std::string render_graph(const Graph& graph, const std::string& format, const std::string& layout) {
  std::lock_guard lock(graphviz_mutex());
  GraphPtr g = build_cgraph(graph);
  GVC_t* gvc = gvContext();
  if (!gvc) throw Error("", "cannot start Graphviz");
  if (gvLayout(gvc, g.get(), layout.c_str()) != 0) {
    gvFreeContext(gvc);
    throw Error("", "Graphviz layout \"" + layout + "\" failed");
  }
  char* data = nullptr;
  unsigned int length = 0;
  const int rc = gvRenderData(gvc, g.get(), format.c_str(), &data, &length);
  std::string out(data ? data : "", data ? length : 0);
  if (data) gvFreeRenderData(data);
  gvFreeLayout(gvc, g.get());
  gvFreeContext(gvc);
  if (rc != 0) throw Error("", "Graphviz cannot render format \"" + format + "\"");
  return out;
}

void write_file_atomically(const std::string& path, const std::string& content) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string temp_name(1, '.');
  temp_name.append(target.filename().string()).append(".XXXXXX");
  std::string temp = (dir / temp_name).string();
  const int fd = mkstemp(temp.data());
  if (fd < 0) throw Error(dir.string(), "cannot write here: " + std::string(std::strerror(errno)));
  const char* p = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      const int err = errno;
      ::close(fd);
      ::unlink(temp.c_str());
      throw Error(path, "write failed: " + std::string(std::strerror(err)));
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    const int err = errno;
    ::unlink(temp.c_str());
    throw Error(path, "write failed: " + std::string(std::strerror(err)));
  }
  ::chmod(temp.c_str(), 0644);
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    ::unlink(temp.c_str());
    throw Error(path, "cannot replace file: " + std::string(std::strerror(err)));
  }
}

}  // namespace newsgraph
