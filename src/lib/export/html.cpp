// The explorer page: web/explorer/explorer.html with each {{name}} replaced
// by the embedded file of that name (the page's script and style, and
// Cytoscape.js), by the graph's JSON or by the generator's name.
#include "export/html.hpp"

#include <cctype>

#include "base/embedded_data.hpp"
#include "newsgraph/error.hpp"
#include "newsgraph/export.hpp"

namespace newsgraph {
namespace {

constexpr std::string_view kTemplate = "explorer.html";

bool ends_with(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

bool starts_with_ignoring_case(std::string_view text, std::size_t at, std::string_view start) {
  if (text.size() - at < start.size()) return false;
  for (std::size_t i = 0; i < start.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[at + i])) != start[i]) return false;
  }
  return true;
}

// What stands for {{name}} in the template.
std::string fill(std::string_view name, const Graph& graph) {
  if (name == "graph.json") {
    std::string json = graph_to_json_line(graph);
    if (!json.empty() && json.back() == '\n') json.pop_back();
    return json_for_script(json);
  }
  if (name == "generator") return std::string("newsgraph ") + kVersion;
  const std::string_view file = embedded_file(name);
  if (ends_with(name, ".js")) return script_for_html(file);
  if (ends_with(name, ".css") && file.find("</") == std::string_view::npos) return std::string(file);
  throw Error(std::string(kTemplate), "cannot embed \"" + std::string(name) + "\" in the page");
}

}  // namespace

std::string json_for_script(std::string_view json) {
  std::string out;
  out.reserve(json.size() + json.size() / 64);
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '&') {
      out += "\\u0026";
    } else if (c == '\xE2' && i + 2 < json.size() && json[i + 1] == '\x80' && (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
      out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

std::string script_for_html(std::string_view script) {
  std::string out;
  out.reserve(script.size());
  for (std::size_t i = 0; i < script.size(); ++i) {
    if (script[i] == '<' && starts_with_ignoring_case(script, i + 1, "/script")) {
      out += "<\\";
    } else {
      out += script[i];
    }
  }
  return out;
}

std::string graph_to_html(const Graph& graph) {
  const std::string_view page = embedded_file(kTemplate);
  std::string out;
  std::size_t at = 0;
  while (true) {
    const std::size_t open = page.find("{{", at);
    if (open == std::string_view::npos) break;
    const std::size_t close = page.find("}}", open + 2);
    if (close == std::string_view::npos) throw Error(std::string(kTemplate), "\"{{\" without \"}}\"");
    out.append(page.substr(at, open - at));
    out += fill(page.substr(open + 2, close - open - 2), graph);
    at = close + 2;
  }
  out.append(page.substr(at));
  return out;
}

}  // namespace newsgraph
