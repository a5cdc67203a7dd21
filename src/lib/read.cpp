#include "newsgraph/read.hpp"

#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "newsgraph/error.hpp"
#include "newsgraph/text.hpp"

namespace newsgraph {
namespace fs = std::filesystem;

namespace {

bool is_article(const fs::path& path) { return path.extension() == ".txt"; }

// Converts text in `charset` to UTF-8 with ICU; used for UTF-16/32 with a BOM.
std::string convert_to_utf8(std::string_view bytes, const char* charset, const std::string& where) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(charset, &status);
  if (U_FAILURE(status)) throw Error(where, std::string("cannot decode ") + charset);
  std::string out(bytes.size() * 2 + 16, '\0');
  status = U_ZERO_ERROR;
  const std::int32_t length = ucnv_toAlgorithmic(UCNV_UTF8, converter, out.data(), static_cast<std::int32_t>(out.size()),
                                                 bytes.data(), static_cast<std::int32_t>(bytes.size()), &status);
  ucnv_close(converter);
  if (U_FAILURE(status)) throw Error(where, std::string("cannot decode ") + charset);
  out.resize(static_cast<std::size_t>(length));
  return out;
}

}  // namespace

std::vector<std::string> collect_inputs(const std::vector<std::string>& inputs) {
  std::vector<std::string> files;
  for (const std::string& input : inputs) {
    std::error_code ec;
    const fs::file_status status = fs::status(input, ec);
    if (ec || !fs::exists(status)) throw Error(input, "no such file or directory");
    if (fs::is_directory(status)) {
      std::vector<std::string> found;
      fs::recursive_directory_iterator it(input, fs::directory_options::skip_permission_denied, ec), end;
      if (ec) throw Error(input, "cannot read directory: " + ec.message());
      for (; it != end; it.increment(ec)) {
        if (ec) throw Error(input, "cannot read directory: " + ec.message());
        std::error_code file_ec;
        if (it->is_regular_file(file_ec) && is_article(it->path())) found.push_back(it->path().string());
      }
      if (found.empty()) throw Error(input, "directory holds no articles (*.txt)");
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back(input);
    }
  }
  return files;
}

Document make_document(std::string id, std::string source, std::string bytes) {
  Document doc;
  doc.id = std::move(id);
  doc.source = std::move(source);
  const auto starts_with = [&](std::string_view prefix) { return std::string_view(bytes).substr(0, prefix.size()) == prefix; };
  if (starts_with("\xFF\xFE\x00\x00") || starts_with("\x00\x00\xFE\xFF")) {
    bytes = convert_to_utf8(bytes, starts_with("\xFF\xFE") ? "UTF-32LE" : "UTF-32BE", doc.source);
    bytes.erase(0, bytes.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0);
  } else if (starts_with("\xFF\xFE") || starts_with("\xFE\xFF")) {
    bytes = convert_to_utf8(bytes, starts_with("\xFF\xFE") ? "UTF-16LE" : "UTF-16BE", doc.source);
    bytes.erase(0, bytes.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0);
  } else if (starts_with("\xEF\xBB\xBF")) {
    bytes.erase(0, 3);
  }
  // Repair invalid UTF-8 so that every later stage can trust the text.
  std::string text;
  text.reserve(bytes.size());
  std::size_t first_bad = std::string::npos;
  std::size_t nul_count = 0;
  const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const auto length = static_cast<std::int32_t>(bytes.size());
  std::int32_t i = 0;
  while (i < length) {
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(data, i, length, c);
    if (c < 0) {
      if (first_bad == std::string::npos) first_bad = static_cast<std::size_t>(start);
      text += "\xEF\xBF\xBD";
    } else if (c == 0) {
      ++nul_count;
      text += ' ';
    } else {
      text.append(bytes, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
    }
  }
  if (first_bad != std::string::npos) {
    doc.warnings.push_back("invalid UTF-8 at byte " + std::to_string(first_bad) + " (replaced with U+FFFD)");
  }
  if (nul_count > 0) doc.warnings.push_back(std::to_string(nul_count) + " NUL bytes replaced with spaces");
  doc.text = std::move(text);
  doc.sha256 = text::sha256_hex(doc.text);
  return doc;
}

Document read_document(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) throw Error(path, "is a directory, expected an article file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, "cannot open file for reading");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw Error(path, "read error");
  return make_document(fs::path(path).stem().string(), path, std::move(buffer).str());
}

}  // namespace newsgraph
