// JSON Lines input: one article per line, the usual shape of news dumps and
// crawls. Each line is decoded on its own, so that a bad line is reported
// (PATH:LINE: problem) and skipped while the rest goes on.
#include <nlohmann/json.hpp>

#include "newsgraph/error.hpp"
#include "newsgraph/read.hpp"
#include "newsgraph/text.hpp"

namespace newsgraph {
namespace {

using json = nlohmann::json;

// A field that must be a string (or absent/null: empty).
std::string optional_string(const json& record, const char* key, const std::string& path, std::size_t line) {
  const auto it = record.find(key);
  if (it == record.end() || it->is_null()) return {};
  if (!it->is_string()) throw Error(path, std::string("\"") + key + "\" is not a string", line);
  return it->get<std::string>();
}

}  // namespace

Document document_from_json_line(std::string_view line, const std::string& path, std::size_t line_number,
                                 const Limits& limits) {
  json record;
  try {
    record = json::parse(line.begin(), line.end());
  } catch (const json::parse_error& e) {
    // nlohmann's message starts with "[json.exception.parse_error.101] parse error at line 1, column N: ...".
    std::string what = e.what();
    const std::size_t at = what.find("column ");
    throw Error(path, "not valid JSON" + (at == std::string::npos ? std::string() : " at " + what.substr(at)), line_number);
  } catch (const json::exception&) {
    // Found by fuzzing: a number too large for a double ("1e99999") is out_of_range, not a parse_error.
    throw Error(path, "not valid JSON (a number out of range)", line_number);
  }
  if (!record.is_object()) throw Error(path, "not a JSON object (expected one article per line)", line_number);
  const auto text_it = record.find("text");
  if (text_it == record.end() || text_it->is_null()) throw Error(path, "no \"text\" field", line_number);
  if (!text_it->is_string()) throw Error(path, "\"text\" is not a string", line_number);
  if (text::trim(text_it->get_ref<const std::string&>()).empty()) throw Error(path, "\"text\" is empty", line_number);

  std::string id;
  if (const auto it = record.find("id"); it != record.end() && !it->is_null()) {
    if (it->is_string()) {
      id = it->get<std::string>();
    } else if (it->is_number_integer() || it->is_number_unsigned()) {
      id = it->dump();
    } else {
      throw Error(path, "\"id\" is not a string or a whole number", line_number);
    }
    if (text::trim(id).empty()) throw Error(path, "\"id\" is empty", line_number);
  }
  std::string url = optional_string(record, "url", path, line_number);
  const std::string title = optional_string(record, "title", path, line_number);
  const std::string date = optional_string(record, "date", path, line_number);

  const std::string where = path + ":" + std::to_string(line_number);
  Document doc = make_document(id, url.empty() ? where : url, text_it->get<std::string>(), limits);
  if (doc.id.empty()) doc.id = "doc-" + doc.sha256.substr(0, 16);
  doc.title = std::string(text::trim(title));
  if (!date.empty()) {
    doc.date = normalize_date(date);
    if (doc.date.empty()) doc.warnings.push_back("date \"" + date + "\" not understood, ignored");
  }
  for (const auto& [key, value] : record.items()) {
    if (key == "id" || key == "url" || key == "date" || key == "title" || key == "text") continue;
    doc.meta.emplace(key, value.dump());
  }
  return doc;
}

}  // namespace newsgraph
