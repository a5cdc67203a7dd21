#include "newsgraph/import.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <tuple>
#include <sstream>

#include "newsgraph/error.hpp"

namespace newsgraph {
namespace {

using json = nlohmann::json;

// A document of the file being read: its id in the graph, its size.
struct FileDocument {
  std::string id;
  std::uint64_t bytes = 0;
};

// Carries where we are, so that every problem names the file, the line and
// the record ("graph.json: nodes[3]: \"label\" is not a string").
struct Reader {
  const std::string& where;
  std::size_t line;

  [[noreturn]] void fail(const std::string& context, const std::string& problem) const {
    throw Error(where, context.empty() ? problem : context + ": " + problem, line);
  }

  const json& member(const json& object, const char* key, const std::string& context) const {
    if (!object.is_object()) fail(context, "is not an object");
    const auto it = object.find(key);
    if (it == object.end()) fail(context, std::string("no \"") + key + "\"");
    return *it;
  }

  std::string text(const json& object, const char* key, const std::string& context) const {
    const json& value = member(object, key, context);
    if (!value.is_string()) fail(context, std::string("\"") + key + "\" is not a string");
    return value.get<std::string>();
  }

  // A string that may not be empty (an id, a label).
  std::string word(const json& object, const char* key, const std::string& context) const {
    std::string value = text(object, key, context);
    if (value.empty()) fail(context, std::string("\"") + key + "\" is empty");
    return value;
  }

  // A string that the contract writes as null when empty.
  std::string text_or_null(const json& object, const char* key, const std::string& context) const {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) return {};
    if (!it->is_string()) fail(context, std::string("\"") + key + "\" is not a string or null");
    return it->get<std::string>();
  }

  std::uint32_t offset(const json& object, const char* key, const std::string& context) const {
    const json& value = member(object, key, context);
    if (!value.is_number_unsigned() || value.get<std::uint64_t>() > UINT32_MAX) {
      fail(context, std::string("\"") + key + "\" is not a byte offset");
    }
    return value.get<std::uint32_t>();
  }

  std::vector<std::string> strings(const json& object, const char* key, const std::string& context) const {
    const json& value = member(object, key, context);
    if (!value.is_array()) fail(context, std::string("\"") + key + "\" is not a list");
    std::vector<std::string> out;
    for (const json& item : value) {
      if (!item.is_string()) fail(context, std::string("\"") + key + "\" holds a non-string");
      out.push_back(item.get<std::string>());
    }
    return out;
  }

  std::map<std::string, std::string> string_map(const json& object, const char* key, const std::string& context) const {
    const json& value = member(object, key, context);
    if (!value.is_object()) fail(context, std::string("\"") + key + "\" is not an object");
    std::map<std::string, std::string> out;
    for (const auto& [k, v] : value.items()) {
      if (!v.is_string()) fail(context, std::string("\"") + key + "." + k + "\" is not a string");
      out.emplace(k, v.get<std::string>());
    }
    return out;
  }

  const json& list(const json& object, const char* key) const {
    const json& value = member(object, key, "");
    if (!value.is_array()) fail("", std::string("\"") + key + "\" is not a list");
    return value;
  }

  std::set<DocSpan> spans(const json& object, const char* key, const std::string& context,
                          const std::map<std::string, FileDocument>& documents) const {
    const json& value = member(object, key, context);
    if (!value.is_array()) fail(context, std::string("\"") + key + "\" is not a list");
    std::set<DocSpan> out;
    for (const json& item : value) {
      DocSpan span;
      const std::string doc = text(item, "doc", context);
      const auto it = documents.find(doc);
      if (it == documents.end()) fail(context, "span in unknown document \"" + doc + "\"");
      span.doc = it->second.id;
      span.start = offset(item, "start", context);
      span.end = offset(item, "end", context);
      if (span.end < span.start) fail(context, "span " + std::to_string(span.start) + ".." + std::to_string(span.end) + " ends before it starts");
      if (span.end > it->second.bytes) {
        fail(context, "span " + std::to_string(span.start) + ".." + std::to_string(span.end) + " ends past the end of document \"" +
                          doc + "\" (" + std::to_string(it->second.bytes) + " bytes)");
      }
      out.insert(std::move(span));
    }
    return out;
  }
};

template <class Enum>
Enum enum_from(const Reader& reader, const std::string& name, std::initializer_list<Enum> values, const std::string& context,
               const char* key) {
  for (Enum value : values) {
    if (to_string(value) == name) return value;
  }
  reader.fail(context, std::string("unknown ") + key + " \"" + name + "\"");
}

std::string context_of(const char* list, std::size_t index, const json& record) {
  std::string context = std::string(list) + "[" + std::to_string(index) + "]";
  if (record.is_object()) {
    const auto it = record.find("id");
    if (it != record.end() && it->is_string()) context += " (" + it->get<std::string>() + ")";
  }
  return context;
}

}  // namespace

namespace {

bool is_sha256(std::string_view text) {
  return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

// The edge types of the contract: those this program writes and those it names as coming.
bool is_known_edge_type(std::string_view type) {
  static constexpr std::string_view kTypes[] = {"met",       "statement", "holds_office", "office_of",
                                                "affiliated_with", "located_in", "member_of"};
  return std::find(std::begin(kTypes), std::end(kTypes), type) != std::end(kTypes);
}

// One graph file (or fragment line) being read into `graph`. Everything the
// contract's validator checks and a file alone can show is checked here, so
// that a merge or an update never writes a graph that fails it: unique ids,
// known types, references to nodes (and from met and statement edges to
// their records) that exist, spans inside their documents.
struct GraphReader {
  GraphReader(const Reader& reader, Graph& into) : r(reader), graph(into) {}

  const Reader& r;
  Graph& graph;
  std::map<std::string, FileDocument> doc_ids;  // id in the file -> its id in the graph and size
  std::set<std::string> node_ids, edge_ids, meeting_ids, statement_ids;
  // Records named by edges, checked once every list is read: (context, "meeting" or "statement", id).
  std::vector<std::tuple<std::string, const char*, std::string>> record_references;

  void node_reference(const std::string& id, const std::string& context, const char* what) const {
    if (!node_ids.contains(id)) r.fail(context, std::string("unknown ") + what + " \"" + id + "\"");
  }

  // The record's id, refused when empty or already used in `seen`.
  std::string unique_id(const json& record, const std::string& context, std::set<std::string>& seen, const char* what) const {
    std::string id = r.word(record, "id", context);
    if (!seen.insert(id).second) r.fail(context, std::string(what) + " id appears twice");
    return id;
  }

  DocumentRecord document(const json& d, const std::string& context) const {
    DocumentRecord record;
    record.id = r.word(d, "id", context);
    record.source = r.text_or_null(d, "source", context);
    record.title = r.text_or_null(d, "title", context);
    record.date = r.text_or_null(d, "date", context);
    record.sha256 = r.text(d, "sha256", context);
    if (!is_sha256(record.sha256)) r.fail(context, "\"sha256\" is not a SHA-256 in lowercase hex");
    const json& bytes = r.member(d, "bytes", context);
    if (!bytes.is_number_unsigned()) r.fail(context, "\"bytes\" is not a size");
    record.bytes = bytes.get<std::size_t>();
    if (d.contains("text")) record.text_origin = r.text(d, "text", context);
    if (d.contains("meta") && !d["meta"].is_null()) {
      const json& meta = d["meta"];
      if (!meta.is_object()) r.fail(context, "\"meta\" is not an object");
      for (const auto& [key, value] : meta.items()) record.meta.emplace(key, value.dump());
    }
    return record;
  }

  void documents(const json& list) {
    std::map<std::string, std::string> sha_of;  // id in the file -> sha256
    std::set<std::string> shas;
    std::map<std::string, std::uint64_t> bytes_of;
    std::size_t index = 0;
    for (const json& d : list) {
      const std::string context = context_of("documents", index++, d);
      const DocumentRecord record = document(d, context);
      if (sha_of.contains(record.id)) r.fail(context, "document id appears twice");
      if (!shas.insert(record.sha256).second) r.fail(context, "document text (sha256) appears twice");
      sha_of.emplace(record.id, record.sha256);
      bytes_of.emplace(record.id, record.bytes);
      graph.add_document_record(record);
    }
    for (const auto& [id, sha] : sha_of) doc_ids.emplace(id, FileDocument{graph.find_document_by_sha(sha)->id, bytes_of[id]});
  }

  void nodes(const json& list) {
    std::size_t index = 0;
    for (const json& n : list) {
      const std::string context = context_of("nodes", index++, n);
      NodeData node;
      node.id = unique_id(n, context, node_ids, "node");
      const auto type = entity_type_from_string(r.text(n, "type", context));
      if (!type) r.fail(context, "unknown node type \"" + r.text(n, "type", context) + "\"");
      node.type = *type;
      node.label = r.word(n, "label", context);
      for (std::string& alias : r.strings(n, "aliases", context)) node.aliases.insert(std::move(alias));
      node.attributes = r.string_map(n, "attributes", context);
      node.mentions = r.spans(n, "mentions", context, doc_ids);
      if (n.contains("label_documents")) node.label_documents = votes(n, "label_documents", context);  // else from the mentions
      if (n.contains("alias_documents")) node.alias_documents = votes(n, "alias_documents", context);
      if (n.contains("attribute_documents")) node.attribute_documents = attribute_votes(n, context);
      graph.upsert_node(std::move(node));
    }
  }

  // A map of a value (a label form, an alias) -> ids of documents of this graph.
  std::map<std::string, std::set<std::string>> votes(const json& object, const std::string& key, const std::string& context) const {
    const json& value = key.find('.') == std::string::npos ? r.member(object, key.c_str(), context) : object;
    if (!value.is_object()) r.fail(context, "\"" + key + "\" is not an object");
    std::map<std::string, std::set<std::string>> out;
    for (const auto& [form, documents] : value.items()) {
      if (!documents.is_array()) r.fail(context, "\"" + key + "\" of \"" + form + "\" is not a list");
      std::set<std::string>& ids = out[form];
      for (const json& doc : documents) {
        if (!doc.is_string()) r.fail(context, "\"" + key + "\" of \"" + form + "\" holds a non-string");
        const auto it = doc_ids.find(doc.get<std::string>());
        if (it == doc_ids.end()) r.fail(context, "\"" + key + "\" names unknown document \"" + doc.get<std::string>() + "\"");
        ids.insert(it->second.id);
      }
    }
    return out;
  }

  // "attribute_documents": key -> value -> ids of documents of this graph.
  std::map<std::string, std::map<std::string, std::set<std::string>>> attribute_votes(const json& item,
                                                                                       const std::string& context) const {
    const json& value = r.member(item, "attribute_documents", context);
    if (!value.is_object()) r.fail(context, "\"attribute_documents\" is not an object");
    std::map<std::string, std::map<std::string, std::set<std::string>>> out;
    for (const auto& [key, values] : value.items()) out.emplace(key, votes(values, "attribute_documents." + key, context));
    return out;
  }

  void edges(const json& list) {
    std::size_t index = 0;
    for (const json& e : list) {
      const std::string context = context_of("edges", index++, e);
      EdgeData edge;
      edge.id = unique_id(e, context, edge_ids, "edge");
      edge.type = r.text(e, "type", context);
      if (!is_known_edge_type(edge.type)) r.fail(context, "unknown edge type \"" + edge.type + "\"");
      edge.source = r.text(e, "source", context);
      edge.target = r.text(e, "target", context);
      node_reference(edge.source, context, "source node");
      node_reference(edge.target, context, "target node");
      edge.attributes = r.string_map(e, "attributes", context);
      edge.evidence = r.spans(e, "evidence", context, doc_ids);
      if (edge.evidence.empty()) r.fail(context, "no evidence");
      if (e.contains("attribute_documents")) edge.attribute_documents = attribute_votes(e, context);
      for (const char* key : {"meeting", "statement"}) {
        if (edge.type != (key[0] == 'm' ? "met" : "statement")) continue;
        const auto it = edge.attributes.find(key);
        if (it == edge.attributes.end()) r.fail(context, std::string("a ") + edge.type + " edge without \"" + key + "\"");
        record_references.emplace_back(context, key, it->second);
      }
      graph.upsert_edge(std::move(edge));
    }
  }

  std::vector<std::vector<std::string>> sides(const json& m, const std::string& context) const {
    const json& list = r.member(m, "sides", context);
    if (!list.is_array()) r.fail(context, "\"sides\" is not a list");
    std::vector<std::vector<std::string>> out;
    for (const json& side : list) {
      if (!side.is_array()) r.fail(context, "a side is not a list");
      std::vector<std::string> ids;
      for (const json& id : side) {
        if (!id.is_string()) r.fail(context, "a side holds a non-string");
        node_reference(id.get<std::string>(), context, "node on a side");
        ids.push_back(id.get<std::string>());
      }
      out.push_back(std::move(ids));
    }
    return out;
  }

  void meetings(const json& list) {
    std::size_t index = 0;
    for (const json& m : list) {
      const std::string context = context_of("meetings", index++, m);
      MeetingRecord meeting;
      meeting.id = unique_id(m, context, meeting_ids, "meeting");
      meeting.participants = r.strings(m, "participants", context);
      for (const std::string& id : meeting.participants) node_reference(id, context, "participant");
      meeting.sides = sides(m, context);
      meeting.status = enum_from(r, r.text(m, "status", context),
                                 {MeetingStatus::held, MeetingStatus::planned, MeetingStatus::cancelled}, context, "status");
      const std::string mode = r.text_or_null(m, "mode", context);
      meeting.mode = mode.empty() ? MeetingMode::unknown
                                  : enum_from(r, mode, {MeetingMode::in_person, MeetingMode::call}, context, "mode");
      meeting.location = r.text_or_null(m, "location", context);
      if (!meeting.location.empty()) node_reference(meeting.location, context, "location node");
      meeting.date = r.text_or_null(m, "date", context);
      meeting.evidence = r.spans(m, "evidence", context, doc_ids);
      graph.upsert_meeting(std::move(meeting));
    }
  }

  void statements(const json& list) {
    std::size_t index = 0;
    for (const json& s : list) {
      const std::string context = context_of("statements", index++, s);
      StatementRecord statement;
      statement.id = unique_id(s, context, statement_ids, "statement");
      statement.speaker = r.text(s, "speaker", context);
      node_reference(statement.speaker, context, "speaker");
      statement.kind =
          enum_from(r, r.text(s, "kind", context), {StatementKind::direct, StatementKind::indirect}, context, "kind");
      statement.text = r.word(s, "text", context);
      statement.about = r.strings(s, "about", context);
      for (const std::string& id : statement.about) node_reference(id, context, "node in \"about\"");
      statement.medium = r.text_or_null(s, "medium", context);
      statement.evidence = r.spans(s, "evidence", context, doc_ids);
      graph.upsert_statement(std::move(statement));
    }
  }

  void check_record_references() const {
    for (const auto& [context, key, id] : record_references) {
      const std::set<std::string>& known = key[0] == 'm' ? meeting_ids : statement_ids;
      if (!known.contains(id)) r.fail(context, std::string("\"") + key + "\" names no " + key + " of this graph: \"" + id + "\"");
    }
  }
};

}  // namespace

Graph graph_from_json(const json& j, const std::string& where, std::size_t line) {
  const Reader r{where, line};
  if (!j.is_object()) r.fail("", "not a graph (expected a JSON object)");
  const auto format = j.find("format");
  if (format == j.end() || *format != "newsgraph") r.fail("", "not a newsgraph graph (\"format\" is not \"newsgraph\")");
  const auto version = j.find("version");
  if (version == j.end() || *version != 1) r.fail("", "unsupported graph version (this program reads version 1)");
  // A shard's edges and records name nodes of other shards: only the shards together are a graph.
  if (j.contains("shard")) {
    r.fail("", "a shard of a graph (written by `newsgraph merge --shard`), not a whole graph: combine all the shards "
               "with `newsgraph merge SHARD-FILES --out DIR` first");
  }

  Graph graph;
  GraphReader reader(r, graph);
  reader.documents(r.list(j, "documents"));
  reader.nodes(r.list(j, "nodes"));
  reader.edges(r.list(j, "edges"));
  reader.meetings(r.list(j, "meetings"));
  reader.statements(r.list(j, "statements"));
  reader.check_record_references();
  return graph;
}

Graph graph_from_json_text(std::string_view text, const std::string& where, std::size_t line) {
  json j;
  try {
    j = json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    // nlohmann's message names the byte; keep only its own words.
    std::string what = e.what();
    const std::size_t at = what.find("] ");
    throw Error(where, "not JSON: " + (at == std::string::npos ? what : what.substr(at + 2)), line);
  }
  return graph_from_json(j, where, line);
}

Graph read_graph_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, "cannot open file for reading");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw Error(path, "read error");
  return graph_from_json_text(buffer.str(), path);
}

}  // namespace newsgraph
