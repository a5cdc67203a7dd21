// RDF: the graph in schema.org, PROV-O and Web Annotation terms, with the
// newsgraph vocabulary (docs/rdf-vocabulary.md, docs/newsgraph-ontology.ttl)
// for what those do not name. Triples are made once, as N-Triples terms, and
// written as Turtle, as TriG with one named graph per document, or as N-Quads.
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

// The namespaces, in the order Turtle and TriG declare them.
const std::vector<std::pair<std::string, std::string>> kPrefixes = {
    {"ng", "https://newsgraph.example/ns#"},          {"schema", "https://schema.org/"},
    {"prov", "http://www.w3.org/ns/prov#"},           {"oa", "http://www.w3.org/ns/oa#"},
    {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}, {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
    {"xsd", "http://www.w3.org/2001/XMLSchema#"}};

std::string term(const std::string& prefix, const std::string& local) {
  for (const auto& [name, iri] : kPrefixes) {
    if (name == prefix) return "<" + iri + local + ">";
  }
  return "<" + local + ">";
}
std::string ng(const std::string& local) { return term("ng", local); }
std::string schema(const std::string& local) { return term("schema", local); }
std::string prov(const std::string& local) { return term("prov", local); }
std::string oa(const std::string& local) { return term("oa", local); }
const std::string kType = term("rdf", "type");

// An IRI with every character an IRI may not hold, and those listed in
// `also`, percent-encoded (UTF-8 above ASCII is allowed as it is).
std::string encoded_iri(const std::string& base, const std::string& rest, const std::string& also) {
  std::string out = "<" + base;
  for (const char ch : rest) {
    const auto byte = static_cast<unsigned char>(ch);
    static const std::string unsafe = "<>\"{}|^`\\ ";
    if (byte < 0x21 || byte == 0x7F || unsafe.find(ch) != std::string::npos || also.find(ch) != std::string::npos) {
      char buffer[4];
      std::snprintf(buffer, sizeof buffer, "%%%02X", static_cast<unsigned>(byte));
      out += buffer;
    } else {
      out += ch;
    }
  }
  return out + ">";
}

// Graph ids are opaque: "#", "?" and "%" in them are encoded too.
std::string id_iri(const std::string& id) { return encoded_iri(kIdBase, id, "#?%"); }
std::string doc_iri(const std::string& id) { return encoded_iri(kDocBase, id, "#?%"); }

// Where a document came from: a URL as it is; a file path as a file: IRI,
// with "#", "?" and "%" in its name encoded (they would start a fragment, a
// query or an escape).
std::string source_iri(const std::string& source) {
  const std::size_t colon = source.find("://");
  bool url = colon != std::string::npos && colon > 0;
  for (std::size_t i = 0; url && i < colon; ++i) {
    const char ch = source[i];
    url = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (i > 0 && ((ch >= '0' && ch <= '9') || ch == '+' || ch == '.' || ch == '-'));
  }
  if (url) return encoded_iri("", source, "");
  return encoded_iri(source.starts_with('/') ? "file://" : "file:", source, "#?%");
}

std::string literal(const std::string& s, const std::string& datatype = "") {
  std::string out = "\"";
  for (const char ch : s) {
    switch (ch) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(ch) < 0x20 || ch == '\x7F') {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04X", static_cast<unsigned>(static_cast<unsigned char>(ch)));
          out += buffer;
        } else {
          out += ch;
        }
    }
  }
  return out + "\"" + (datatype.empty() ? "" : "^^" + term("xsd", datatype));
}

std::string integer(std::size_t n) { return literal(std::to_string(n), "integer"); }

// "holds_office" -> "holdsOffice"; the statement edge is ng:spokeAbout.
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
// that would be one of the vocabulary's own terms.
std::string attribute_property(const std::string& key) {
  if (key == "meeting" || key == "statement" || key == "status") return ng(key);
  static const std::set<std::string> vocabulary = {"mention", "mentions", "evidence", "participant", "speaker", "about", "member",
                                                   "edgeType", "met", "spokeAbout", "side", "sideIndex", "kind", "mode",
                                                   "medium", "dateText", "source", "sha256", "bytes", "textOrigin"};
  const std::string name = property_name(key);
  return ng(vocabulary.contains(name) ? "attr_" + name : name);
}

std::string class_of(EntityType type) {
  switch (type) {
    case EntityType::person: return schema("Person");
    case EntityType::country: return schema("Country");
    case EntityType::organization: return schema("Organization");
    case EntityType::location: return schema("Place");
    case EntityType::office: break;
  }
  return "";
}

struct Triple {
  std::string s, p, o;
};

// The triples of the graph, or of the part of it one document supports.
class Describer {
 public:
  Describer(const Graph& graph, std::size_t& blanks) : graph_(graph), blanks_(blanks) {
    for (const NodeData* n : graph.nodes()) resources_.insert(n->id);
    for (const auto& [id, m] : graph.meetings()) resources_.insert(id);
    for (const auto& [id, s] : graph.statements()) resources_.insert(id);
  }

  /// Everything (doc == nullptr), or what `*doc` is evidence of.
  std::vector<Triple> describe(const std::string* doc);

 private:
  void add(const std::string& s, const std::string& p, const std::string& o) { out_.push_back({s, p, o}); }
  std::string value(const std::string& v) const { return resources_.contains(v) ? id_iri(v) : literal(v); }
  bool supported(const std::set<DocSpan>& spans) const {
    if (!doc_) return true;
    for (const DocSpan& s : spans) {
      if (s.doc == *doc_) return true;
    }
    return false;
  }
  void date(const std::string& subject, const std::string& property, const std::string& date) {
    if (date.empty()) return;
    add(subject, detail::iso_date(date) ? property : ng("dateText"), detail::iso_date(date) ? literal(date, "date") : literal(date));
  }
  void evidence(const std::string& subject, const std::string& property, const std::set<DocSpan>& spans);
  void document(const DocumentRecord& d);
  void node(const NodeData& n, const std::vector<const EdgeData*>& out_edges);
  void meeting(const MeetingRecord& m);
  void statement(const StatementRecord& s);
  void edge(const EdgeData& e);

  const Graph& graph_;
  std::size_t& blanks_;
  const std::string* doc_ = nullptr;
  std::set<std::string> resources_;  // ids that are resources: an attribute naming one is an IRI
  std::vector<Triple> out_;
};

// Each span a Web Annotation specific resource: the document, and the bytes
// of its text (oa:DataPositionSelector counts bytes, end exclusive).
void Describer::evidence(const std::string& subject, const std::string& property, const std::set<DocSpan>& spans) {
  std::set<std::string> docs;
  for (const DocSpan& s : spans) {
    if (doc_ && s.doc != *doc_) continue;
    const std::string target = "_:b" + std::to_string(++blanks_);
    const std::string selector = "_:b" + std::to_string(++blanks_);
    add(subject, property, target);
    add(target, kType, oa("SpecificResource"));
    add(target, oa("hasSource"), doc_iri(s.doc));
    add(target, oa("hasSelector"), selector);
    add(selector, kType, oa("DataPositionSelector"));
    add(selector, oa("start"), integer(s.start));
    add(selector, oa("end"), integer(s.end));
    docs.insert(s.doc);
  }
  for (const std::string& d : docs) add(subject, prov("wasDerivedFrom"), doc_iri(d));
}

void Describer::document(const DocumentRecord& d) {
  const std::string s = doc_iri(d.id);
  add(s, kType, schema("Article"));
  add(s, kType, prov("Entity"));
  add(s, schema("identifier"), literal(d.id));
  add(s, schema("url"), source_iri(d.source));
  add(s, ng("source"), literal(d.source));
  if (!d.title.empty()) add(s, schema("headline"), literal(d.title));
  date(s, schema("datePublished"), d.date);
  add(s, ng("sha256"), literal(d.sha256));
  add(s, ng("bytes"), integer(d.bytes));
  add(s, ng("textOrigin"), literal(d.text_origin));
}

void Describer::node(const NodeData& n, const std::vector<const EdgeData*>& out_edges) {
  const std::string s = id_iri(n.id);
  if (!class_of(n.type).empty()) add(s, kType, class_of(n.type));
  add(s, kType, ng(detail::label_of(n.type)));
  add(s, schema("identifier"), literal(n.id));
  add(s, schema("name"), literal(n.label));
  add(s, term("rdfs", "label"), literal(n.label));
  for (const std::string& alias : n.aliases) add(s, schema("alternateName"), literal(alias));
  for (const auto& [key, v] : n.attributes) add(s, attribute_property(key), value(v));
  if (!doc_) add(s, ng("mentions"), integer(n.mentions.size()));
  // Edges as plain properties too: the simple triples a query wants.
  std::set<std::pair<std::string, std::string>> seen;
  for (const EdgeData* e : out_edges) {
    if (supported(e->evidence) && seen.insert({property_name(e->type), e->target}).second) {
      add(s, ng(property_name(e->type)), id_iri(e->target));
    }
  }
  evidence(s, ng("mention"), n.mentions);
}

void Describer::meeting(const MeetingRecord& m) {
  const std::string s = id_iri(m.id);
  add(s, kType, schema("Event"));
  add(s, kType, ng("Meeting"));
  add(s, schema("identifier"), literal(m.id));
  add(s, ng("status"), literal(std::string(to_string(m.status))));
  if (m.mode != MeetingMode::unknown) add(s, ng("mode"), literal(std::string(to_string(m.mode))));
  date(s, schema("startDate"), m.date);
  if (!m.location.empty()) add(s, schema("location"), value(m.location));
  for (const std::string& p : m.participants) {
    add(s, schema("attendee"), value(p));
    add(s, ng("participant"), value(p));
  }
  for (std::size_t i = 0; i < m.sides.size(); ++i) {
    const std::string side = "_:b" + std::to_string(++blanks_);
    add(s, ng("side"), side);
    add(side, kType, ng("Side"));
    add(side, ng("sideIndex"), integer(i + 1));
    for (const std::string& p : m.sides[i]) add(side, ng("member"), value(p));
  }
  evidence(s, ng("evidence"), m.evidence);
}

void Describer::statement(const StatementRecord& st) {
  const std::string s = id_iri(st.id);
  add(s, kType, ng("Statement"));
  add(s, schema("identifier"), literal(st.id));
  add(s, ng("speaker"), value(st.speaker));
  add(s, ng("kind"), literal(std::string(to_string(st.kind))));
  add(s, prov("value"), literal(st.text));
  for (const std::string& a : st.about) add(s, ng("about"), value(a));
  if (!st.medium.empty()) add(s, ng("medium"), value(st.medium));
  evidence(s, ng("evidence"), st.evidence);
}

// Each edge also as a resource (an RDF reification), so that it keeps its
// own evidence: the words (prov:value) and the spans.
void Describer::edge(const EdgeData& e) {
  const std::string s = id_iri(e.id);
  add(s, kType, term("rdf", "Statement"));
  add(s, kType, ng("Edge"));
  add(s, schema("identifier"), literal(e.id));
  add(s, ng("edgeType"), literal(e.type));
  add(s, term("rdf", "subject"), id_iri(e.source));
  add(s, term("rdf", "predicate"), ng(property_name(e.type)));
  add(s, term("rdf", "object"), id_iri(e.target));
  for (const auto& [key, v] : e.attributes) {
    add(s, key == "evidence_text" ? prov("value") : attribute_property(key), key == "evidence_text" ? literal(v) : value(v));
  }
  evidence(s, ng("evidence"), e.evidence);
}

std::vector<Triple> Describer::describe(const std::string* doc) {
  doc_ = doc;
  out_.clear();
  for (const auto& [id, d] : graph_.documents()) {
    if (!doc || id == *doc) document(d);
  }
  std::map<std::string, std::vector<const EdgeData*>> edges_by_source;
  for (const EdgeData* e : graph_.edges()) edges_by_source[e->source].push_back(e);
  static const std::vector<const EdgeData*> none;
  for (const NodeData* n : graph_.nodes()) {
    const auto edges = edges_by_source.find(n->id);
    if (supported(n->mentions)) node(*n, edges == edges_by_source.end() ? none : edges->second);
  }
  for (const auto& [id, m] : graph_.meetings()) {
    if (supported(m.evidence)) meeting(m);
  }
  for (const auto& [id, s] : graph_.statements()) {
    if (supported(s.evidence)) statement(s);
  }
  for (const EdgeData* e : graph_.edges()) {
    if (supported(e->evidence)) edge(*e);
  }
  return std::move(out_);
}

// A term as Turtle writes it: vocabulary IRIs as prefixed names, integers bare.
std::string turtle_term(const std::string& t) {
  static const std::string integer_suffix = "\"^^<http://www.w3.org/2001/XMLSchema#integer>";
  if (t.ends_with(integer_suffix)) return t.substr(1, t.size() - 1 - integer_suffix.size());
  if (t == kType) return "a";
  std::string out = t;
  for (const auto& [name, iri] : kPrefixes) {
    const std::size_t at = t.find("<" + iri);
    if (at == std::string::npos || !t.ends_with(">")) continue;
    const std::string local = t.substr(at + 1 + iri.size(), t.size() - at - 2 - iri.size());
    bool plain = !local.empty() && ((local[0] >= 'a' && local[0] <= 'z') || (local[0] >= 'A' && local[0] <= 'Z'));
    for (const char ch : local) plain = plain && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_');
    if (plain) out = t.substr(0, at) + name + ":" + local;
  }
  return out;
}

// Triples grouped by subject in the order they came, "  " more indented inside a graph.
std::string turtle_body(const std::vector<Triple>& triples, const std::string& indent) {
  std::string out;
  for (std::size_t i = 0; i < triples.size(); ++i) {
    const bool first = i == 0 || triples[i].s != triples[i - 1].s;
    const bool last = i + 1 == triples.size() || triples[i + 1].s != triples[i].s;
    if (first) out += indent + turtle_term(triples[i].s) + "\n";
    out += indent + "  " + turtle_term(triples[i].p) + " " + turtle_term(triples[i].o) + (last ? " .\n" : " ;\n");
    if (last && i + 1 < triples.size()) out += "\n";
  }
  return out;
}

std::string prefixes(const std::string& what) {
  std::string out = "# newsgraph " + std::string(kVersion) + ": " + what + " (docs/rdf-vocabulary.md).\n";
  for (const auto& [name, iri] : kPrefixes) out += "@prefix " + name + ": <" + iri + "> .\n";
  return out + "\n";
}

// Documents in the graph, and the triples no document supports (the default graph).
struct Parts {
  std::vector<std::pair<std::string, std::vector<Triple>>> by_document;
  std::vector<Triple> unsupported;
};

Parts parts(const Graph& graph) {
  std::size_t blanks = 0;
  Describer describer(graph, blanks);
  Parts out;
  std::set<std::string> seen_subjects;
  for (const auto& [id, d] : graph.documents()) {
    out.by_document.emplace_back(id, describer.describe(&id));
    for (const Triple& t : out.by_document.back().second) seen_subjects.insert(t.s);
  }
  // What no document supports (a record whose spans name no document here).
  for (Triple& t : describer.describe(nullptr)) {
    if (!t.s.starts_with("_:") && !seen_subjects.contains(t.s) && t.p != ng("mentions")) out.unsupported.push_back(std::move(t));
  }
  return out;
}

}  // namespace

std::string graph_to_turtle(const Graph& graph) {
  std::size_t blanks = 0;
  return prefixes("the graph as RDF Turtle") + turtle_body(Describer(graph, blanks).describe(nullptr), "");
}

std::string graph_to_trig(const Graph& graph) {
  const Parts p = parts(graph);
  std::string out = prefixes("the graph as RDF TriG, a named graph per document (its IRI is the document's)");
  for (const auto& [doc, triples] : p.by_document) {
    // "<graph> { }" without the optional GRAPH keyword: older TriG readers (Redland's) want it so.
    out += doc_iri(doc) + " {\n" + turtle_body(triples, "  ") + "}\n\n";
  }
  if (!p.unsupported.empty()) out += "{\n" + turtle_body(p.unsupported, "  ") + "}\n\n";
  out.pop_back();
  return out;
}

std::string graph_to_nquads(const Graph& graph) {
  const Parts p = parts(graph);
  std::string out;
  for (const auto& [doc, triples] : p.by_document) {
    const std::string name = doc_iri(doc);
    for (const Triple& t : triples) out += t.s + " " + t.p + " " + t.o + " " + name + " .\n";
  }
  for (const Triple& t : p.unsupported) out += t.s + " " + t.p + " " + t.o + " .\n";
  return out;
}

}  // namespace newsgraph
