#include "export/property_graph.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "base/text.hpp"

namespace newsgraph::detail {
namespace {

using Values = std::map<std::string, Cell>;

const std::vector<std::string> kEntityLabels = {"Person", "Country", "Office", "Organization", "Location"};

const std::vector<Column> kEvidenceColumns = {{"doc", ColumnType::text},
                                              {"start_byte", ColumnType::integer},
                                              {"end_byte", ColumnType::integer},
                                              {"evidence", ColumnType::text_list}};

std::vector<Column> with_evidence(std::vector<Column> columns) {
  columns.insert(columns.end(), kEvidenceColumns.begin(), kEvidenceColumns.end());
  return columns;
}

// The tables every export has, empty or not.
std::vector<NodeTable> node_tables() {
  std::vector<NodeTable> out;
  for (const std::string& label : kEntityLabels) {
    out.push_back({label,
                   with_evidence({{"id", ColumnType::text},
                                  {"name", ColumnType::text},
                                  {"aliases", ColumnType::text_list},
                                  {"mentions", ColumnType::integer},
                                  {"attributes", ColumnType::text_list}}),
                   {}});
  }
  out.push_back({"Meeting",
                 with_evidence({{"id", ColumnType::text},
                                {"status", ColumnType::text},
                                {"mode", ColumnType::text},
                                {"date", ColumnType::date},
                                {"date_text", ColumnType::text},
                                {"participants", ColumnType::integer}}),
                 {}});
  out.push_back({"Statement",
                 with_evidence({{"id", ColumnType::text},
                                {"kind", ColumnType::text},
                                {"text", ColumnType::text},
                                {"medium", ColumnType::text}}),
                 {}});
  out.push_back({"Document",
                 {{"id", ColumnType::text},
                  {"url", ColumnType::text},
                  {"title", ColumnType::text},
                  {"date", ColumnType::date},
                  {"date_text", ColumnType::text},
                  {"sha256", ColumnType::text},
                  {"bytes", ColumnType::integer},
                  {"text_origin", ColumnType::text}},
                 {}});
  return out;
}

std::vector<RelTable> rel_tables() {
  const std::vector<std::string> entities = kEntityLabels;
  const std::vector<Column> edge_tail = with_evidence({{"evidence_text", ColumnType::text}, {"attributes", ColumnType::text_list}});
  const auto edge_columns = [&](std::vector<Column> lead) {
    lead.insert(lead.begin(), {"id", ColumnType::text});
    lead.insert(lead.end(), edge_tail.begin(), edge_tail.end());
    return lead;
  };
  const std::vector<Column> id_only = {{"id", ColumnType::text}};
  const std::vector<Column> spans = {{"id", ColumnType::text},
                                     {"mentions", ColumnType::integer},
                                     {"spans", ColumnType::text_list},
                                     {"start_byte", ColumnType::integer},
                                     {"end_byte", ColumnType::integer}};
  return {
      {"MET", entities, entities,
       edge_columns({{"status", ColumnType::text},
                     {"mode", ColumnType::text},
                     {"date", ColumnType::date},
                     {"date_text", ColumnType::text},
                     {"location", ColumnType::text},
                     {"meeting", ColumnType::text}}),
       {}},
      {"SPOKE_ABOUT", entities, entities,
       edge_columns({{"kind", ColumnType::text}, {"text", ColumnType::text}, {"statement", ColumnType::text}}), {}},
      {"HOLDS_OFFICE", entities, entities, edge_columns({}), {}},
      {"OFFICE_OF", entities, entities, edge_columns({}), {}},
      {"AFFILIATED_WITH", entities, entities, edge_columns({}), {}},
      {"RELATED_TO", entities, entities, edge_columns({{"type", ColumnType::text}}), {}},
      {"HAS_COUNTRY", entities, {"Country"}, id_only, {}},
      {"HAS_ORGANIZATION", entities, {"Organization"}, id_only, {}},
      {"PARTICIPATED_IN", entities, {"Meeting"}, {{"id", ColumnType::text}, {"side", ColumnType::integer}}, {}},
      {"LOCATED_IN", {"Meeting"}, entities, id_only, {}},
      {"SAID", entities, {"Statement"}, id_only, {}},
      {"ABOUT", {"Statement"}, entities, id_only, {}},
      {"VIA", {"Statement"}, entities, id_only, {}},
      {"MENTIONED_IN", entities, {"Document"}, spans, {}},
      {"REPORTED_IN", {"Meeting", "Statement"}, {"Document"}, spans, {}},
  };
}

// The relationship type of an edge type; other types go to RELATED_TO.
std::string rel_type(const std::string& edge_type) {
  static const std::map<std::string, std::string> known = {{"met", "MET"},
                                                           {"statement", "SPOKE_ABOUT"},
                                                           {"holds_office", "HOLDS_OFFICE"},
                                                           {"office_of", "OFFICE_OF"},
                                                           {"affiliated_with", "AFFILIATED_WITH"}};
  const auto it = known.find(edge_type);
  return it == known.end() ? "RELATED_TO" : it->second;
}

// Node attributes that name another node become relationships.
const std::map<std::string, std::pair<std::string, std::string>> kAttributeRels = {
    {"country", {"HAS_COUNTRY", "Country"}}, {"organization", {"HAS_ORGANIZATION", "Organization"}}};

// Edge attributes that have columns of their own.
const std::set<std::string> kEdgeColumns = {"meeting", "statement", "status", "evidence_text"};

Cell text_or_null(const std::string& s) {
  std::string t = one_line(s);
  if (t.empty()) return std::monostate{};
  return t;
}

Cell list_or_null(std::vector<std::string> items) {
  std::vector<std::string> out;
  for (const std::string& item : items) {
    std::string t = one_line(item);
    if (!t.empty()) out.push_back(std::move(t));
  }
  if (out.empty()) return std::monostate{};
  return out;
}

void add_evidence(Values& values, const std::set<DocSpan>& spans) {
  if (spans.empty()) return;
  const DocSpan& first = *spans.begin();
  values["doc"] = one_line(first.doc);
  values["start_byte"] = static_cast<std::int64_t>(first.start);
  values["end_byte"] = static_cast<std::int64_t>(first.end);
  values["evidence"] = list_or_null(span_list(spans));
}

void add_date(Values& values, const std::string& date) {
  if (iso_date(date)) values["date"] = date;
  values["date_text"] = text_or_null(date);
}

Row flatten(const std::vector<Column>& columns, const Values& values) {
  Row row;
  row.reserve(columns.size());
  for (const Column& c : columns) {
    const auto it = values.find(c.name);
    row.push_back(it == values.end() ? Cell{} : it->second);
  }
  return row;
}

std::vector<std::string> attribute_list(const std::map<std::string, std::string>& attributes, const std::set<std::string>& left_out) {
  std::vector<std::string> out;
  for (const auto& [key, value] : attributes) {
    if (!left_out.contains(key)) out.push_back(key + "=" + value);
  }
  return out;
}

// Builds the tables row by row; rows are sorted by id at the end.
struct Builder {
  explicit Builder(const Graph& g) : graph(g) {}

  const Graph& graph;
  std::vector<NodeTable> nodes = node_tables();
  std::vector<RelTable> rels = rel_tables();
  std::map<std::string, std::string> label_by_id;  // every node id -> its label (documents apart)

  NodeTable& node_table(const std::string& label) {
    return *std::find_if(nodes.begin(), nodes.end(), [&](const NodeTable& t) { return t.label == label; });
  }
  RelTable& rel_table(const std::string& type) {
    return *std::find_if(rels.begin(), rels.end(), [&](const RelTable& t) { return t.type == type; });
  }

  void add_node(const std::string& label, Values values) {
    NodeTable& table = node_table(label);
    table.rows.push_back(flatten(table.columns, values));
  }

  // A relationship between two nodes the tables have, with labels the type allows.
  bool add_rel(const std::string& type, const std::string& id, const std::string& source, const std::string& target,
               Values values, bool target_is_document = false) {
    RelTable& table = rel_table(type);
    const auto from = label_by_id.find(source);
    const auto to = target_is_document ? label_by_id.end() : label_by_id.find(target);
    if (from == label_by_id.end() || (!target_is_document && to == label_by_id.end())) return false;
    const std::string to_label = target_is_document ? "Document" : to->second;
    const auto allowed = [](const std::vector<std::string>& labels, const std::string& l) {
      return std::find(labels.begin(), labels.end(), l) != labels.end();
    };
    if (!allowed(table.from, from->second) || !allowed(table.to, to_label)) return false;
    values["id"] = id;
    table.rows.push_back({source, target, from->second, to_label, flatten(table.columns, values)});
    return true;
  }

  // Per document: how often and where a node or record is evidenced in it.
  void add_document_links(const std::string& type, const std::string& id, const std::set<DocSpan>& spans) {
    std::map<std::string, std::vector<const DocSpan*>> by_doc;
    for (const DocSpan& s : spans) by_doc[s.doc].push_back(&s);
    for (const auto& [doc, list] : by_doc) {
      if (!graph.documents().contains(doc)) continue;
      Values values;
      values["mentions"] = static_cast<std::int64_t>(list.size());
      std::vector<std::string> items;
      for (const DocSpan* s : list) items.push_back(std::to_string(s->start) + "-" + std::to_string(s->end));
      values["spans"] = items;
      values["start_byte"] = static_cast<std::int64_t>(list.front()->start);
      values["end_byte"] = static_cast<std::int64_t>(list.front()->end);
      add_rel(type, id + "@" + one_line(doc), id, one_line(doc), std::move(values), true);
    }
  }

  void entities();
  void events();
  void edges();
};

void Builder::entities() {
  for (const NodeData* n : graph.nodes()) label_by_id[n->id] = label_of(n->type);
  for (const auto& [id, m] : graph.meetings()) label_by_id[id] = "Meeting";
  for (const auto& [id, s] : graph.statements()) label_by_id[id] = "Statement";
  for (const auto& [id, d] : graph.documents()) {
    Values values;
    values["id"] = one_line(d.id);
    values["url"] = text_or_null(d.source);
    values["title"] = text_or_null(d.title);
    add_date(values, d.date);
    values["sha256"] = text_or_null(d.sha256);
    values["bytes"] = static_cast<std::int64_t>(d.bytes);
    values["text_origin"] = text_or_null(d.text_origin);
    add_node("Document", std::move(values));
  }
  for (const NodeData* n : graph.nodes()) {
    std::set<std::string> as_rels;  // attributes written as relationships instead
    for (const auto& [key, target] : kAttributeRels) {
      const auto value = n->attributes.find(key);
      if (value == n->attributes.end()) continue;
      if (add_rel(target.first, n->id + "/" + key, n->id, value->second, {})) as_rels.insert(key);
    }
    Values values;
    values["id"] = n->id;
    values["name"] = text_or_null(n->label);
    values["aliases"] = list_or_null({n->aliases.begin(), n->aliases.end()});
    values["mentions"] = static_cast<std::int64_t>(n->mentions.size());
    values["attributes"] = list_or_null(attribute_list(n->attributes, as_rels));
    add_evidence(values, n->mentions);
    add_node(label_of(n->type), std::move(values));
    add_document_links("MENTIONED_IN", n->id, n->mentions);
  }
}

// Meetings and statements as nodes, so that nothing is lost (statements
// without a target, meetings of three or more, sides, places).
void Builder::events() {
  for (const auto& [id, m] : graph.meetings()) {
    Values values;
    values["id"] = id;
    values["status"] = std::string(to_string(m.status));
    if (m.mode != MeetingMode::unknown) values["mode"] = std::string(to_string(m.mode));
    add_date(values, m.date);
    values["participants"] = static_cast<std::int64_t>(m.participants.size());
    add_evidence(values, m.evidence);
    add_node("Meeting", std::move(values));
    for (const std::string& p : m.participants) {
      std::int64_t side = 0;  // 0: the text gives no sides
      for (std::size_t i = 0; i < m.sides.size(); ++i) {
        if (std::find(m.sides[i].begin(), m.sides[i].end(), p) != m.sides[i].end()) side = static_cast<std::int64_t>(i + 1);
      }
      add_rel("PARTICIPATED_IN", id + "/" + p, p, id, {{"side", side}});
    }
    if (!m.location.empty()) add_rel("LOCATED_IN", id + "/location", id, m.location, {});
    add_document_links("REPORTED_IN", id, m.evidence);
  }
  for (const auto& [id, s] : graph.statements()) {
    Values values;
    values["id"] = id;
    values["kind"] = std::string(to_string(s.kind));
    values["text"] = text_or_null(s.text);
    const bool medium_is_node = label_by_id.contains(s.medium);
    if (!medium_is_node) values["medium"] = text_or_null(s.medium);
    add_evidence(values, s.evidence);
    add_node("Statement", std::move(values));
    add_rel("SAID", id + "/speaker", s.speaker, id, {});
    for (const std::string& about : s.about) add_rel("ABOUT", id + "/about/" + about, id, about, {});
    if (medium_is_node) add_rel("VIA", id + "/medium", id, s.medium, {});
    add_document_links("REPORTED_IN", id, s.evidence);
  }
}

void Builder::edges() {
  for (const EdgeData* e : graph.edges()) {
    const std::string type = rel_type(e->type);
    Values values;
    for (const auto& [key, value] : e->attributes) {
      if (kEdgeColumns.contains(key)) values[key] = text_or_null(value);
    }
    values["attributes"] = list_or_null(attribute_list(e->attributes, kEdgeColumns));
    if (type == "RELATED_TO") values["type"] = text_or_null(e->type);
    // What a query wants on the edge itself: when, where and how they met, what was said.
    const auto meeting = e->attributes.find("meeting");
    const auto m = meeting == e->attributes.end() ? graph.meetings().end() : graph.meetings().find(meeting->second);
    if (type == "MET" && m != graph.meetings().end()) {
      if (m->second.mode != MeetingMode::unknown) values["mode"] = std::string(to_string(m->second.mode));
      add_date(values, m->second.date);
      const NodeData* place = graph.find_node(m->second.location);
      values["location"] = text_or_null(place ? place->label : m->second.location);
    }
    const auto statement = e->attributes.find("statement");
    const auto s = statement == e->attributes.end() ? graph.statements().end() : graph.statements().find(statement->second);
    if (type == "SPOKE_ABOUT" && s != graph.statements().end()) {
      values["kind"] = std::string(to_string(s->second.kind));
      values["text"] = text_or_null(s->second.text);
    }
    add_evidence(values, e->evidence);
    add_rel(type, e->id, e->source, e->target, std::move(values));
  }
}

}  // namespace

std::string label_of(EntityType type) {
  switch (type) {
    case EntityType::person: return "Person";
    case EntityType::country: return "Country";
    case EntityType::office: return "Office";
    case EntityType::organization: return "Organization";
    case EntityType::location: return "Location";
  }
  return "Entity";
}

std::string one_line(const std::string& s) {
  std::string out;
  bool space = false;
  for (const char ch : s) {
    if (static_cast<unsigned char>(ch) <= 0x20 || ch == '\x7F') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += ch;
  }
  return out;
}

std::vector<std::string> span_list(const std::set<DocSpan>& spans) {
  std::vector<std::string> out;
  out.reserve(spans.size());
  for (const DocSpan& s : spans) out.push_back(one_line(s.doc) + ":" + std::to_string(s.start) + "-" + std::to_string(s.end));
  return out;
}

std::string spans_text(const std::set<DocSpan>& spans) {
  std::string out;
  for (const std::string& s : span_list(spans)) (out += out.empty() ? "" : " | ") += s;
  return out;
}

bool iso_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (const std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  const int day = (s[8] - '0') * 10 + (s[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::string csv_quote(const std::string& s) {
  std::string out = "\"";
  if (!s.empty() && std::string_view("=+-@'").find(s[0]) != std::string_view::npos) out += '\'';
  for (const char ch : s) {
    if (ch == '"') out += '"';
    out += ch;
  }
  return out + "\"";
}

std::string csv_cell(const Cell& cell) {
  if (const auto* text = std::get_if<std::string>(&cell)) return csv_quote(*text);
  if (const auto* number = std::get_if<std::int64_t>(&cell)) return std::to_string(*number);
  if (const auto* list = std::get_if<std::vector<std::string>>(&cell)) {
    std::string joined;
    for (const std::string& item : *list) {
      if (!joined.empty()) joined += kListSeparator;
      joined += item;
    }
    return csv_quote(joined);
  }
  return "";
}

std::string xml_text(const std::string& s) {
  std::string clean;
  clean.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) == 0xEF && i + 2 < s.size() && s[i + 1] == '\xBF' && (s[i + 2] == '\xBE' || s[i + 2] == '\xBF')) {
      clean += "\uFFFD";
      i += 2;
    } else {
      clean += s[i];
    }
  }
  return text::xml_escape(clean);  // control characters become spaces there
}

PropertyGraph property_graph(const Graph& graph) {
  Builder b(graph);
  b.entities();
  b.events();
  b.edges();
  PropertyGraph out;
  for (NodeTable& table : b.nodes) {
    std::sort(table.rows.begin(), table.rows.end(),
              [](const Row& x, const Row& y) { return std::get<std::string>(x[0]) < std::get<std::string>(y[0]); });
  }
  for (RelTable& table : b.rels) {
    std::sort(table.rows.begin(), table.rows.end(), [](const RelRow& x, const RelRow& y) {
      return std::get<std::string>(x.cells[0]) < std::get<std::string>(y.cells[0]);
    });
  }
  out.nodes = std::move(b.nodes);
  out.rels = std::move(b.rels);
  return out;
}

}  // namespace newsgraph::detail
