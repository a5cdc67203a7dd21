// RDF Turtle in the newsgraph vocabulary (docs/rdf-vocabulary.md). Every
// IRI is written in full, because graph ids such as "person:x" would read as
// IRI schemes if they were relative references.
#include <cstdio>
#include <map>
#include <set>

#include "newsgraph/export.hpp"
#include "newsgraph/export_db.hpp"
#include "export/property_graph.hpp"

namespace newsgraph {
namespace {

constexpr const char* kIdBase = "https://newsgraph.example/id/";
constexpr const char* kDocBase = "https://newsgraph.example/doc/";

std::string iri(const std::string& base, const std::string& id) {
  std::string out = "<";
  out += base;
  for (const char ch : id) {
    const auto byte = static_cast<unsigned char>(ch);
    static const std::string unsafe = "<>\"{}|^`\\% ";
    if (byte < 0x21 || unsafe.find(ch) != std::string::npos) {
      char buffer[4];
      std::snprintf(buffer, sizeof buffer, "%%%02X", static_cast<unsigned>(byte));
      out += buffer;
    } else {
      out += ch;
    }
  }
  return out + ">";
}

std::string literal(const std::string& s) {
  std::string out = "\"";
  for (const char ch : s) {
    switch (ch) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(ch) < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04X", static_cast<unsigned>(static_cast<unsigned char>(ch)));
          out += buffer;
        } else {
          out += ch;
        }
    }
  }
  return out + "\"";
}

bool iso_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

std::string date_literal(const std::string& s) { return iso_date(s) ? literal(s) + "^^xsd:date" : literal(s); }

// "holds_office" -> "holdsOffice"; the statement edge is ng:spokeAbout so as
// not to be read as the ng:Statement class.
std::string property_name(const std::string& key) {
  if (key == "statement") return "spokeAbout";
  std::string out;
  bool upper = false;
  for (const char ch : key) {
    const bool alnum = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
    if (!alnum) {
      upper = !out.empty();
      continue;
    }
    out += upper && ch >= 'a' && ch <= 'z' ? static_cast<char>(ch - 'a' + 'A') : ch;
    upper = false;
  }
  if (out.empty() || (out[0] >= '0' && out[0] <= '9')) out = "attr" + out;
  return out;
}

// An attribute's property: ng:<key> in camel case, "attr_" in front when
// that would collide with one of the vocabulary's structural terms. The edge
// attributes meeting, statement and status are those terms.
std::string attribute_property(const std::string& key) {
  if (key == "meeting" || key == "statement" || key == "status") return key;
  if (key == "evidence_text") return "sentence";
  static const std::set<std::string> vocabulary = {"id",     "alias",     "mention",     "mentions", "evidence",
                                                   "source", "target",    "participant", "speaker",  "about",
                                                   "member", "edgeType",  "met",         "spokeAbout"};
  const std::string name = property_name(key);
  return vocabulary.contains(name) ? "attr_" + name : name;
}

struct Writer {
  std::string out;
  std::set<std::string> resources;  // ids that are resources: value of an attribute becomes an IRI

  std::string value(const std::string& v) const { return resources.contains(v) ? iri(kIdBase, v) : literal(v); }

  void spans(const char* property, const std::set<DocSpan>& list) {
    for (const DocSpan& s : list) {
      out += "  ng:" + std::string(property) + " [ a ng:Span ; ng:document " + iri(kDocBase, s.doc) +
             " ; ng:startByte " + std::to_string(s.start) + " ; ng:endByte " + std::to_string(s.end) + " ] ;\n";
    }
  }

  void end_subject() {
    // Every subject has at least its rdf:type line, so replacing the last " ;" is always safe.
    out.replace(out.size() - 3, 3, " .\n\n");
  }
};

}  // namespace

std::string graph_to_turtle(const Graph& graph) {
  Writer w;
  for (const NodeData* n : graph.nodes()) w.resources.insert(n->id);
  for (const auto& [id, m] : graph.meetings()) w.resources.insert(id);
  for (const auto& [id, s] : graph.statements()) w.resources.insert(id);

  std::string& out = w.out;
  out = "# newsgraph " + std::string(kVersion) + ": the graph in the newsgraph RDF vocabulary (docs/rdf-vocabulary.md).\n";
  out += "@prefix ng: <https://newsgraph.example/ns#> .\n";
  out += "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n";
  out += "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n\n";

  for (const auto& [id, d] : graph.documents()) {
    out += iri(kDocBase, d.id) + "\n  a ng:Document ;\n  ng:id " + literal(d.id) + " ;\n  ng:source " + literal(d.source) + " ;\n";
    if (!d.title.empty()) out += "  ng:title " + literal(d.title) + " ;\n";
    if (!d.date.empty()) out += "  ng:date " + date_literal(d.date) + " ;\n";
    out += "  ng:sha256 " + literal(d.sha256) + " ;\n  ng:bytes " + std::to_string(d.bytes) + " ;\n";
    w.end_subject();
  }

  std::map<std::string, std::vector<const EdgeData*>> edges_by_source;
  for (const EdgeData* e : graph.edges()) edges_by_source[e->source].push_back(e);

  for (const NodeData* n : graph.nodes()) {
    out += iri(kIdBase, n->id) + "\n  a ng:" + detail::label_of(n->type) + " ;\n  ng:id " + literal(n->id) + " ;\n";
    out += "  rdfs:label " + literal(n->label) + " ;\n";
    for (const std::string& alias : n->aliases) out += "  ng:alias " + literal(alias) + " ;\n";
    for (const auto& [key, value] : n->attributes) out += "  ng:" + attribute_property(key) + " " + w.value(value) + " ;\n";
    out += "  ng:mentions " + std::to_string(n->mentions.size()) + " ;\n";
    // Edges as plain properties: the simple triples a query wants.
    const auto edges = edges_by_source.find(n->id);
    if (edges != edges_by_source.end()) {
      std::set<std::pair<std::string, std::string>> seen;
      for (const EdgeData* e : edges->second) {
        if (seen.insert({property_name(e->type), e->target}).second) {
          out += "  ng:" + property_name(e->type) + " " + iri(kIdBase, e->target) + " ;\n";
        }
      }
    }
    w.spans("mention", n->mentions);
    w.end_subject();
  }

  for (const auto& [id, m] : graph.meetings()) {
    out += iri(kIdBase, id) + "\n  a ng:Meeting ;\n  ng:id " + literal(id) + " ;\n  ng:status " + literal(std::string(to_string(m.status))) + " ;\n";
    if (m.mode != MeetingMode::unknown) out += "  ng:mode " + literal(std::string(to_string(m.mode))) + " ;\n";
    if (!m.date.empty()) out += "  ng:date " + date_literal(m.date) + " ;\n";
    if (!m.location.empty()) out += "  ng:location " + w.value(m.location) + " ;\n";
    for (const std::string& p : m.participants) out += "  ng:participant " + w.value(p) + " ;\n";
    for (std::size_t i = 0; i < m.sides.size(); ++i) {
      out += "  ng:side [ a ng:Side ; ng:sideIndex " + std::to_string(i + 1);
      for (const std::string& p : m.sides[i]) out += " ; ng:member " + w.value(p);
      out += " ] ;\n";
    }
    w.spans("evidence", m.evidence);
    w.end_subject();
  }

  for (const auto& [id, s] : graph.statements()) {
    out += iri(kIdBase, id) + "\n  a ng:Statement ;\n  ng:id " + literal(id) + " ;\n  ng:speaker " + w.value(s.speaker) + " ;\n";
    out += "  ng:kind " + literal(std::string(to_string(s.kind))) + " ;\n  ng:text " + literal(s.text) + " ;\n";
    for (const std::string& a : s.about) out += "  ng:about " + w.value(a) + " ;\n";
    if (!s.medium.empty()) out += "  ng:medium " + w.value(s.medium) + " ;\n";
    w.spans("evidence", s.evidence);
    w.end_subject();
  }

  // Edges as resources too, so that each keeps its own evidence.
  for (const EdgeData* e : graph.edges()) {
    out += iri(kIdBase, e->id) + "\n  a ng:Edge ;\n  ng:id " + literal(e->id) + " ;\n  ng:edgeType " + literal(e->type) + " ;\n";
    out += "  ng:source " + iri(kIdBase, e->source) + " ;\n  ng:target " + iri(kIdBase, e->target) + " ;\n";
    for (const auto& [key, value] : e->attributes) {
      out += "  ng:" + attribute_property(key) + " " + w.value(value) + " ;\n";
    }
    w.spans("evidence", e->evidence);
    w.end_subject();
  }
  out.pop_back();  // one blank line too many at the end
  return out;
}

}  // namespace newsgraph
