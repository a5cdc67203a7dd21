#include "export/property_graph.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace newsgraph::detail {
namespace {

using Values = std::map<std::string, Cell>;

// Column names the tables use themselves, and words Cypher or Kuzu reserve:
// an attribute key among them gets an "attr_" prefix.
bool reserved(const std::string& name) {
  static const std::set<std::string> words = {
      "id", "name", "aliases", "mentions", "doc", "start_byte", "end_byte", "evidence", "end", "start", "order", "match",
      "return", "where", "with", "limit", "skip", "union", "case", "when", "then", "else", "by", "as", "in", "is", "not",
      "and", "or", "xor", "null", "true", "false", "contains", "starts", "ends", "exists", "count", "from", "to", "group",
      "table", "desc", "asc", "set", "create", "delete", "merge", "call", "yield", "optional", "unwind", "distinct",
      "remove", "detach", "on", "copy", "node", "rel", "primary", "key", "drop", "alter", "label", "type"};
  return words.contains(name);
}

std::string column_name(const std::string& key) {
  std::string out;
  for (const char ch : key) {
    const bool alnum = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_';
    if (alnum) out += ch;
    else if (ch >= 'A' && ch <= 'Z') out += static_cast<char>(ch - 'A' + 'a');
    else out += '_';
  }
  if (out.empty() || (out[0] >= '0' && out[0] <= '9') || reserved(out)) out = "attr_" + out;
  return out;
}

// Relationship type of an edge type: upper case, except that a statement
// edge is SPOKE_ABOUT (Kuzu table names ignore case: STATEMENT would be the
// Statement node table), and any other clash with a label gets "_REL".
std::string rel_type(const std::string& edge_type) {
  if (edge_type == "statement") return "SPOKE_ABOUT";
  static const std::set<std::string> labels = {"PERSON", "COUNTRY", "OFFICE", "ORGANIZATION", "LOCATION", "MEETING", "STATEMENT", "ENTITY"};
  std::string out;
  for (const char ch : edge_type) {
    if (ch >= 'a' && ch <= 'z') out += static_cast<char>(ch - 'a' + 'A');
    else if ((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')) out += ch;
    else out += '_';
  }
  if (out.empty() || (out[0] >= '0' && out[0] <= '9')) out = "REL_" + out;
  if (labels.contains(out)) out += "_REL";
  return out;
}

Cell text_or_null(const std::string& s) {
  std::string t = one_line(s);
  if (t.empty()) return std::monostate{};
  return t;
}

void add_evidence(Values& values, const std::set<DocSpan>& spans) {
  if (spans.empty()) {
    values["start_byte"] = std::int64_t{0};
    values["end_byte"] = std::int64_t{0};
    return;
  }
  const DocSpan& first = *spans.begin();
  values["doc"] = first.doc;
  values["start_byte"] = static_cast<std::int64_t>(first.start);
  values["end_byte"] = static_cast<std::int64_t>(first.end);
  values["evidence"] = spans_text(spans);
}

const std::vector<Column> kEvidenceColumns = {
    {"doc", ColumnType::text}, {"start_byte", ColumnType::integer}, {"end_byte", ColumnType::integer}, {"evidence", ColumnType::text}};

Row flatten(const std::vector<Column>& columns, const Values& values) {
  Row row;
  row.reserve(columns.size());
  for (const Column& c : columns) {
    const auto it = values.find(c.name);
    row.push_back(it == values.end() ? Cell{} : it->second);
  }
  return row;
}

// Rows gathered per table before the columns are known.
struct PendingRel {
  std::string source, target;
  Values values;
};

struct RelGroup {
  std::vector<Column> lead;                 // fixed columns after id
  std::set<std::string> attribute_columns;  // union over the type
  std::map<std::pair<std::string, std::string>, std::map<std::string, PendingRel>> by_pair;  // (from, to) -> id -> row
};

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
    if (ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t' || ch == '\f' || ch == '\v') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += ch;
  }
  return out;
}

std::string spans_text(const std::set<DocSpan>& spans) {
  std::string out;
  for (const DocSpan& s : spans) {
    if (!out.empty()) out += " | ";
    out += one_line(s.doc) + ":" + std::to_string(s.start) + "-" + std::to_string(s.end);
  }
  return out;
}

std::string csv_quote(const std::string& s) {
  std::string out = "\"";
  for (const char ch : s) {
    if (ch == '"') out += '"';
    out += ch;
  }
  return out + "\"";
}

std::string csv_cell(const Cell& cell) {
  if (const auto* text = std::get_if<std::string>(&cell)) return csv_quote(*text);
  if (const auto* number = std::get_if<std::int64_t>(&cell)) return std::to_string(*number);
  return "";
}

PropertyGraph property_graph(const Graph& graph) {
  PropertyGraph out;
  std::map<std::string, std::string> label_by_id;

  // Entity nodes: one table per type, attribute columns the union of the type's keys.
  std::map<std::string, std::vector<const NodeData*>> by_label;
  for (const NodeData* n : graph.nodes()) {
    by_label[label_of(n->type)].push_back(n);
    label_by_id[n->id] = label_of(n->type);
  }
  for (const auto& [label, list] : by_label) {
    NodeTable table;
    table.label = label;
    table.columns = {{"id", ColumnType::text}, {"name", ColumnType::text}, {"aliases", ColumnType::text}, {"mentions", ColumnType::integer}};
    std::set<std::string> keys;
    for (const NodeData* n : list) {
      for (const auto& [key, value] : n->attributes) keys.insert(column_name(key));
    }
    for (const std::string& key : keys) table.columns.push_back({key, ColumnType::text});
    table.columns.insert(table.columns.end(), kEvidenceColumns.begin(), kEvidenceColumns.end());
    for (const NodeData* n : list) {
      Values values;
      values["id"] = n->id;
      values["name"] = text_or_null(n->label);
      std::string aliases;
      for (const std::string& a : n->aliases) aliases += (aliases.empty() ? "" : " | ") + one_line(a);
      values["aliases"] = text_or_null(aliases);
      values["mentions"] = static_cast<std::int64_t>(n->mentions.size());
      for (const auto& [key, value] : n->attributes) values[column_name(key)] = text_or_null(value);
      add_evidence(values, n->mentions);
      table.rows.push_back(flatten(table.columns, values));
    }
    out.nodes.push_back(std::move(table));
  }

  // Event records as nodes, so that nothing is lost (statements without a
  // target, meetings of three or more, sides).
  if (!graph.meetings().empty()) {
    NodeTable table;
    table.label = "Meeting";
    table.columns = {{"id", ColumnType::text},       {"status", ColumnType::text},
                     {"mode", ColumnType::text},     {"date", ColumnType::text},
                     {"location", ColumnType::text}, {"participants", ColumnType::integer}};
    table.columns.insert(table.columns.end(), kEvidenceColumns.begin(), kEvidenceColumns.end());
    for (const auto& [id, m] : graph.meetings()) {
      Values values;
      values["id"] = m.id;
      values["status"] = std::string(to_string(m.status));
      if (m.mode != MeetingMode::unknown) values["mode"] = std::string(to_string(m.mode));
      values["date"] = text_or_null(m.date);
      values["location"] = text_or_null(m.location);
      values["participants"] = static_cast<std::int64_t>(m.participants.size());
      add_evidence(values, m.evidence);
      table.rows.push_back(flatten(table.columns, values));
      label_by_id[m.id] = "Meeting";
    }
    out.nodes.push_back(std::move(table));
  }
  if (!graph.statements().empty()) {
    NodeTable table;
    table.label = "Statement";
    table.columns = {{"id", ColumnType::text},      {"kind", ColumnType::text},  {"text", ColumnType::text},
                     {"speaker", ColumnType::text}, {"medium", ColumnType::text}};
    table.columns.insert(table.columns.end(), kEvidenceColumns.begin(), kEvidenceColumns.end());
    for (const auto& [id, s] : graph.statements()) {
      Values values;
      values["id"] = s.id;
      values["kind"] = std::string(to_string(s.kind));
      values["text"] = text_or_null(s.text);
      values["speaker"] = text_or_null(s.speaker);
      values["medium"] = text_or_null(s.medium);
      add_evidence(values, s.evidence);
      table.rows.push_back(flatten(table.columns, values));
      label_by_id[s.id] = "Statement";
    }
    out.nodes.push_back(std::move(table));
  }
  std::sort(out.nodes.begin(), out.nodes.end(), [](const NodeTable& a, const NodeTable& b) { return a.label < b.label; });

  std::map<std::string, RelGroup> groups;
  const auto add_rel = [&](const std::string& type, const std::string& id, const std::string& source, const std::string& target,
                           Values values) {
    const auto from = label_by_id.find(source);
    const auto to = label_by_id.find(target);
    if (from == label_by_id.end() || to == label_by_id.end()) return;  // an endpoint outside the graph
    values["id"] = id;
    groups[type].by_pair[{from->second, to->second}][id] = PendingRel{source, target, std::move(values)};
  };

  for (const EdgeData* e : graph.edges()) {
    const std::string type = rel_type(e->type);
    RelGroup& group = groups[type];
    Values values;
    for (const auto& [key, value] : e->attributes) {
      const std::string name = column_name(key);
      group.attribute_columns.insert(name);
      values[name] = text_or_null(value);
    }
    // What a query wants on the edge itself: when and how they met, what was said.
    if (e->type == "met") {
      group.lead = {{"mode", ColumnType::text}, {"date", ColumnType::text}, {"location", ColumnType::text}};
      const auto meeting = e->attributes.find("meeting");
      if (meeting != e->attributes.end()) {
        const auto m = graph.meetings().find(meeting->second);
        if (m != graph.meetings().end()) {
          if (m->second.mode != MeetingMode::unknown) values["mode"] = std::string(to_string(m->second.mode));
          values["date"] = text_or_null(m->second.date);
          values["location"] = text_or_null(m->second.location);
        }
      }
    } else if (e->type == "statement") {
      group.lead = {{"kind", ColumnType::text}, {"text", ColumnType::text}};
      const auto statement = e->attributes.find("statement");
      if (statement != e->attributes.end()) {
        const auto s = graph.statements().find(statement->second);
        if (s != graph.statements().end()) {
          values["kind"] = std::string(to_string(s->second.kind));
          values["text"] = text_or_null(s->second.text);
        }
      }
    }
    add_evidence(values, e->evidence);
    add_rel(type, e->id, e->source, e->target, std::move(values));
  }
  for (const auto& [id, m] : graph.meetings()) {
    groups["PARTICIPATED_IN"].lead = {{"side", ColumnType::integer}};
    for (const std::string& p : m.participants) {
      Values values;
      std::int64_t side = 0;  // 0: the text gives no sides
      for (std::size_t i = 0; i < m.sides.size(); ++i) {
        if (std::find(m.sides[i].begin(), m.sides[i].end(), p) != m.sides[i].end()) side = static_cast<std::int64_t>(i + 1);
      }
      values["side"] = side;
      add_evidence(values, m.evidence);
      add_rel("PARTICIPATED_IN", m.id + "/" + p, p, m.id, std::move(values));
    }
  }
  for (const auto& [id, s] : graph.statements()) {
    Values said;
    add_evidence(said, s.evidence);
    add_rel("SAID", s.id + "/speaker", s.speaker, s.id, said);
    for (const std::string& about : s.about) {
      Values values;
      add_evidence(values, s.evidence);
      add_rel("ABOUT", s.id + "/about/" + about, s.id, about, std::move(values));
    }
  }

  for (auto& [type, group] : groups) {
    std::vector<Column> columns = {{"id", ColumnType::text}};
    std::set<std::string> seen = {"id"};
    for (const Column& c : group.lead) {
      if (seen.insert(c.name).second) columns.push_back(c);
    }
    for (const std::string& name : group.attribute_columns) {
      if (seen.insert(name).second) columns.push_back({name, ColumnType::text});
    }
    for (const Column& c : kEvidenceColumns) {
      if (seen.insert(c.name).second) columns.push_back(c);
    }
    for (auto& [pair, rows] : group.by_pair) {
      RelTable table;
      table.type = type;
      table.from = pair.first;
      table.to = pair.second;
      table.columns = columns;
      for (auto& [id, pending] : rows) {
        table.sources.push_back(pending.source);
        table.targets.push_back(pending.target);
        table.rows.push_back(flatten(columns, pending.values));
      }
      out.rels.push_back(std::move(table));
    }
  }
  return out;
}

}  // namespace newsgraph::detail
