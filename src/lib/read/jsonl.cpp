// JSON Lines input: one article per line, the usual shape of news dumps and
// crawls. Each line is decoded on its own, so that a bad line is reported
// (PATH:LINE: problem) and skipped while the rest goes on.
//
// Two parsers, one meaning: simdjson reads the lines of the usual shape
// (string fields, no repeated key) several times faster than nlohmann_json
// does; any other line, a bad one included, goes to nlohmann_json, whose
// reading and error messages are the reference.
#include <simdjson.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <vector>

#include "newsgraph/error.hpp"
#include "newsgraph/read.hpp"
#include "base/text.hpp"

namespace newsgraph {
namespace {

using json = nlohmann::json;

// Bounds on what a record's extra fields may keep (Document::meta): real
// metadata (tags, authors, a source object) is a few levels and a few KB;
// more only makes graph.json huge (a 20 KB line of nested arrays took 100 MB
// pretty-printed) or its writers deep.
constexpr std::size_t kMaxMetaDepth = 32;
constexpr std::size_t kMaxMetaBytes = 64 * 1024;

// A field name as a warning shows it: at most 64 bytes, cut at a character boundary.
std::string shown_key(std::string_view key) {
  if (key.size() <= 64) return std::string(key);
  std::size_t cut = 64;
  while (cut > 0 && (static_cast<unsigned char>(key[cut]) & 0xC0) == 0x80) --cut;
  return std::string(key.substr(0, cut)) + "...";
}

// A field that must be a string (or absent/null: empty).
std::string optional_string(const json& record, const char* key, const std::string& path, std::size_t line) {
  const auto it = record.find(key);
  if (it == record.end() || it->is_null()) return {};
  if (!it->is_string()) throw Error(path, std::string("\"") + key + "\" is not a string", line);
  return it->get<std::string>();
}

}  // namespace

namespace {

// The fields of one record, as the two parsers hand them over.
struct Record {
  std::string text;
  std::optional<std::string> id;  ///< as text: a string, or a whole number as JSON writes it
  std::string url, title, date;
  std::map<std::string, std::string> meta;  ///< other fields, as compact JSON (nlohmann's dump)
  std::set<std::string> too_deep;           ///< other fields nested deeper than kMaxMetaDepth, not kept
};

// A simdjson value as nlohmann_json holds it, so that its dump() is the one
// nlohmann_json gives for the same text; false for a floating-point number
// anywhere in it (how "-0" or "1.0" was written is not kept).
bool to_nlohmann(simdjson::dom::element value, json& out, std::size_t& depth) {
  using simdjson::dom::element_type;
  std::size_t inner = 0;  // the deepest nesting below this value
  const auto deeper = [&](std::size_t d) { inner = std::max(inner, d); };
  switch (value.type()) {
    case element_type::OBJECT: {
      out = json::object();
      simdjson::dom::object object;
      if (value.get_object().get(object) != simdjson::SUCCESS) return false;
      for (auto [key, member] : object) {
        json converted;
        std::size_t d = 0;
        if (!to_nlohmann(member, converted, d)) return false;
        deeper(d);
        out[std::string(key)] = std::move(converted);  // a repeated key: the last one, as nlohmann_json keeps
      }
      depth = inner + 1;
      return true;
    }
    case element_type::ARRAY: {
      out = json::array();
      simdjson::dom::array array;
      if (value.get_array().get(array) != simdjson::SUCCESS) return false;
      for (simdjson::dom::element item : array) {
        json converted;
        std::size_t d = 0;
        if (!to_nlohmann(item, converted, d)) return false;
        deeper(d);
        out.push_back(std::move(converted));
      }
      depth = inner + 1;
      return true;
    }
    case element_type::STRING: out = std::string(value.get_string().value_unsafe()); depth = 1; return true;
    case element_type::INT64: out = value.get_int64().value_unsafe(); depth = 1; return true;
    case element_type::UINT64: out = value.get_uint64().value_unsafe(); depth = 1; return true;
    case element_type::BOOL: out = value.get_bool().value_unsafe(); depth = 1; return true;
    case element_type::NULL_VALUE: out = nullptr; depth = 1; return true;
    case element_type::DOUBLE: return false;
  }
  return false;
}

// The record with simdjson, or nothing when the line is not of the usual
// shape (then nlohmann_json reads it, and reports what is wrong). simdjson's
// DOM parser picks the fastest code for the processor when it runs.
std::optional<Record> fast_record(std::string_view line) {
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element root;
  simdjson::dom::object object;
  if (parser.parse(line.data(), line.size()).get(root) != simdjson::SUCCESS || root.get_object().get(object) != simdjson::SUCCESS) {
    return std::nullopt;
  }
  Record record;
  bool has_text = false;
  std::set<std::string_view> seen;
  for (auto [key, value] : object) {
    if (!seen.insert(key).second) return std::nullopt;  // a repeated key: nlohmann_json's rule decides
    std::string* into = key == "text"    ? &record.text
                        : key == "url"   ? &record.url
                        : key == "title" ? &record.title
                        : key == "date"  ? &record.date
                                         : nullptr;
    if (into != nullptr || key == "id") {
      if (value.is_null() && key != "text") continue;
      std::string_view string;
      if (value.get_string().get(string) != simdjson::SUCCESS) return std::nullopt;
      if (key == "id") {
        record.id = std::string(string);
      } else {
        into->assign(string);
      }
      has_text = has_text || key == "text";
      continue;
    }
    json converted;
    std::size_t depth = 0;
    if (!to_nlohmann(value, converted, depth)) return std::nullopt;
    if (depth > kMaxMetaDepth) {
      record.too_deep.emplace(key);
    } else {
      record.meta.emplace(std::string(key), converted.dump());
    }
  }
  if (!has_text) return std::nullopt;
  return record;
}

// The record with nlohmann_json; throws Error("PATH:LINE: problem") for a bad line.
Record slow_record(std::string_view line, const std::string& path, std::size_t line_number) {
  // Values nested deeper than kMaxMetaDepth are discarded while parsing (the
  // parser itself does not recurse), so nothing later walks a deep value;
  // their fields are then left out of meta.
  json object;
  std::string top_key;
  std::set<std::string> too_deep;
  const auto bound_depth = [&](int depth, json::parse_event_t event, json& parsed) {
    if (event == json::parse_event_t::key && depth == 1 && parsed.is_string()) top_key = parsed.get<std::string>();
    if (static_cast<std::size_t>(depth) <= kMaxMetaDepth) return true;
    too_deep.insert(top_key);
    return false;
  };
  try {
    object = json::parse(line.begin(), line.end(), bound_depth);
  } catch (const json::parse_error& e) {
    // nlohmann's message starts with "[json.exception.parse_error.101] parse error at line 1, column N: ...".
    std::string what = e.what();
    const std::size_t at = what.find("column ");
    throw Error(path, "not valid JSON" + (at == std::string::npos ? std::string() : " at " + what.substr(at)), line_number);
  } catch (const json::exception&) {
    // Found by fuzzing: a number too large for a double ("1e99999") is out_of_range, not a parse_error.
    throw Error(path, "not valid JSON (a number out of range)", line_number);
  }
  if (!object.is_object()) throw Error(path, "not a JSON object (expected one article per line)", line_number);
  const auto text_it = object.find("text");
  if (text_it == object.end() || text_it->is_null()) throw Error(path, "no \"text\" field", line_number);
  if (!text_it->is_string()) throw Error(path, "\"text\" is not a string", line_number);
  Record record;
  record.text = text_it->get<std::string>();
  if (const auto it = object.find("id"); it != object.end() && !it->is_null()) {
    if (it->is_string()) {
      record.id = it->get<std::string>();
    } else if (it->is_number_integer() || it->is_number_unsigned()) {
      record.id = it->dump();
    } else {
      throw Error(path, "\"id\" is not a string or a whole number", line_number);
    }
  }
  record.url = optional_string(object, "url", path, line_number);
  record.title = optional_string(object, "title", path, line_number);
  record.date = optional_string(object, "date", path, line_number);
  record.too_deep = std::move(too_deep);
  for (const auto& [key, value] : object.items()) {
    if (key == "id" || key == "url" || key == "date" || key == "title" || key == "text") continue;
    if (record.too_deep.count(key) == 0) record.meta.emplace(key, value.dump());
  }
  return record;
}

// Moves the extra fields that fit the bounds into doc.meta (in key order,
// so the same record keeps the same fields), with one warning for the rest.
void keep_meta(Record& record, Document& doc) {
  std::size_t bytes = 0;
  std::vector<std::string> too_big;
  for (auto& [key, value] : record.meta) {
    if (bytes + key.size() + value.size() > kMaxMetaBytes) {
      too_big.push_back(key);
      continue;
    }
    bytes += key.size() + value.size();
    doc.meta.emplace(key, std::move(value));
  }
  if (!record.too_deep.empty()) {
    doc.warnings.push_back(std::to_string(record.too_deep.size()) + " field(s) not kept in meta, nested deeper than " +
                           std::to_string(kMaxMetaDepth) + " levels (first: \"" + shown_key(*record.too_deep.begin()) + "\")");
  }
  if (!too_big.empty()) {
    doc.warnings.push_back(std::to_string(too_big.size()) + " field(s) not kept in meta, past " +
                           std::to_string(kMaxMetaBytes / 1024) + " KiB of metadata per record (first: \"" +
                           shown_key(too_big.front()) + "\")");
  }
}

}  // namespace

Document document_from_json_line(std::string_view line, const std::string& path, std::size_t line_number,
                                 const Limits& limits) {
  std::optional<Record> fast = fast_record(line);
  Record record = fast ? std::move(*fast) : slow_record(line, path, line_number);
  if (text::trim(record.text).empty()) throw Error(path, "\"text\" is empty", line_number);
  if (record.id && text::trim(*record.id).empty()) throw Error(path, "\"id\" is empty", line_number);

  const std::string where = path + ":" + std::to_string(line_number);
  Document doc = make_document(record.id.value_or(std::string()), record.url.empty() ? where : record.url, std::move(record.text), limits);
  if (doc.id.empty()) doc.id = "doc-" + doc.sha256.substr(0, 16);
  doc.title = std::string(text::trim(record.title));
  if (!record.date.empty()) {
    doc.date = normalize_date(record.date);
    if (doc.date.empty()) doc.warnings.push_back("date \"" + record.date + "\" not understood, ignored");
  }
  keep_meta(record, doc);
  return doc;
}

}  // namespace newsgraph
