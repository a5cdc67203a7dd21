#include "newsgraph/export.hpp"

namespace newsgraph {
namespace {

nlohmann::ordered_json spans_json(const std::set<DocSpan>& spans) {
  auto out = nlohmann::ordered_json::array();
  for (const DocSpan& s : spans) out.push_back({{"doc", s.doc}, {"start", s.start}, {"end", s.end}});
  return out;
}

nlohmann::ordered_json string_map(const std::map<std::string, std::string>& m) {
  auto out = nlohmann::ordered_json::object();
  for (const auto& [k, v] : m) out[k] = v;
  return out;
}

nlohmann::ordered_json or_null(const std::string& s) { return s.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s); }

}  // namespace

nlohmann::ordered_json graph_to_json(const Graph& graph) {
  nlohmann::ordered_json j;
  j["format"] = "newsgraph";
  j["version"] = 1;
  j["generator"] = std::string("newsgraph ") + kVersion;
  auto& documents = j["documents"] = nlohmann::ordered_json::array();
  for (const auto& [id, d] : graph.documents()) {
    auto meta = nlohmann::ordered_json::object();
    for (const auto& [key, value] : d.meta) meta[key] = nlohmann::ordered_json::parse(value);
    documents.push_back({{"id", d.id}, {"source", d.source}, {"title", or_null(d.title)}, {"date", or_null(d.date)},
                         {"sha256", d.sha256}, {"bytes", d.bytes}, {"text", d.text_origin}, {"meta", std::move(meta)}});
  }
  auto& nodes = j["nodes"] = nlohmann::ordered_json::array();
  for (const NodeData* n : graph.nodes()) {
    nodes.push_back({{"id", n->id}, {"type", to_string(n->type)}, {"label", n->label},
                     {"aliases", std::vector<std::string>(n->aliases.begin(), n->aliases.end())},
                     {"attributes", string_map(n->attributes)}, {"mentions", spans_json(n->mentions)}});
  }
  auto& edges = j["edges"] = nlohmann::ordered_json::array();
  for (const EdgeData* e : graph.edges()) {
    edges.push_back({{"id", e->id}, {"type", e->type}, {"source", e->source}, {"target", e->target},
                     {"attributes", string_map(e->attributes)}, {"evidence", spans_json(e->evidence)}});
  }
  auto& meetings = j["meetings"] = nlohmann::ordered_json::array();
  for (const auto& [id, m] : graph.meetings()) {
    nlohmann::ordered_json record = {{"id", m.id}, {"participants", m.participants}, {"sides", m.sides},
                                     {"status", to_string(m.status)}};
    record["mode"] = m.mode == MeetingMode::unknown ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(to_string(m.mode));
    record["location"] = or_null(m.location);
    record["date"] = or_null(m.date);
    record["evidence"] = spans_json(m.evidence);
    meetings.push_back(std::move(record));
  }
  auto& statements = j["statements"] = nlohmann::ordered_json::array();
  for (const auto& [id, s] : graph.statements()) {
    statements.push_back({{"id", s.id}, {"speaker", s.speaker}, {"kind", to_string(s.kind)}, {"text", s.text},
                          {"about", s.about}, {"medium", or_null(s.medium)}, {"evidence", spans_json(s.evidence)}});
  }
  return j;
}

std::string graph_to_json_text(const Graph& graph) { return graph_to_json(graph).dump(1) + "\n"; }

std::string graph_to_json_line(const Graph& graph) { return graph_to_json(graph).dump() + "\n"; }

}  // namespace newsgraph
