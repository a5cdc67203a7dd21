// Streaming input: formats, glob patterns, standard input, and the reader
// that hands out one article at a time (the decoding happens elsewhere, on
// whichever thread calls decode_article).
#include <glob.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "language/dates.hpp"
#include "newsgraph/error.hpp"
#include "newsgraph/read.hpp"
#include "read/lines.hpp"
#include "base/text.hpp"

namespace newsgraph {
namespace fs = std::filesystem;

namespace {
// JSON escapes make a line up to six times its text (\\u00e9 for é); 8 leaves room for the other fields.
constexpr std::size_t kJsonLineFactor = 8;
}  // namespace

std::string_view to_string(InputFormat format) {
  switch (format) {
    case InputFormat::automatic: return "auto";
    case InputFormat::text: return "text";
    case InputFormat::jsonl: return "jsonl";
    case InputFormat::html: return "html";
  }
  return "auto";
}

std::optional<InputFormat> input_format_from_string(std::string_view name) {
  for (InputFormat f : {InputFormat::automatic, InputFormat::text, InputFormat::jsonl, InputFormat::html}) {
    if (to_string(f) == name) return f;
  }
  return std::nullopt;
}

InputFormat input_format_of(const std::string& path) {
  if (path == "-") return InputFormat::automatic;
  const std::string ext = text::lower(fs::path(path).extension().string());
  if (ext == ".jsonl" || ext == ".ndjson") return InputFormat::jsonl;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return InputFormat::html;
  return InputFormat::text;
}

bool is_article_file_name(const std::string& path) {
  const std::string ext = text::lower(fs::path(path).extension().string());
  return ext == ".txt" || ext == ".jsonl" || ext == ".ndjson" || ext == ".html" || ext == ".htm";
}

std::vector<std::string> expand_glob(const std::string& pattern) {
  if (pattern.find_first_of("*?[") == std::string::npos) return {pattern};
  glob_t matches{};
  std::vector<std::string> out;
  if (::glob(pattern.c_str(), 0, nullptr, &matches) == 0) {
    for (std::size_t i = 0; i < matches.gl_pathc; ++i) out.emplace_back(matches.gl_pathv[i]);
  }
  ::globfree(&matches);
  return out;  // glob() sorts
}

std::string normalize_date(std::string_view value) {
  const std::string_view v = text::trim(value);
  if (auto d = parse_iso_date(v.substr(0, 10))) return d->iso();
  if (auto d = find_date(v)) return d->iso();
  return {};
}

Document decode_article(const RawArticle& raw, const Limits& limits) {
  if (raw.format == InputFormat::jsonl) return document_from_json_line(raw.bytes, raw.path, raw.line, limits);
  const bool from_stdin = raw.path == "-";
  if (!from_stdin && raw.format == input_format_of(raw.path)) return read_document(raw.path, limits);
  // Standard input, or a file read in a format its name does not say.
  std::string bytes = raw.bytes;
  if (!from_stdin) {
    std::ifstream in(raw.path, std::ios::binary);
    if (!in) throw Error(raw.path, "cannot open file for reading");
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) throw Error(raw.path, "read error");
  }
  const std::string id = from_stdin ? "stdin" : fs::path(raw.path).stem().string();
  if (raw.format == InputFormat::html) return document_from_html(id, raw.path, bytes, limits);
  Document doc = make_document(id, raw.path, std::move(bytes), limits);
  if (text::trim(doc.text).empty()) throw Error(raw.path, "no text (only white space); skipped");
  return doc;
}

std::size_t max_json_line_bytes(const Limits& limits) {
  return kJsonLineFactor * std::clamp<std::size_t>(limits.max_document_bytes, 1, kMaxDocumentBytesCeiling);
}

ArticleReader::ArticleReader(std::vector<std::string> paths, InputFormat format, std::istream& standard_input,
                             const Limits& limits)
    : paths_(std::move(paths)), format_(format), stdin_(standard_input), max_line_bytes_(max_json_line_bytes(limits)) {}

ArticleReader::~ArticleReader() = default;

bool ArticleReader::next(RawArticle& raw) {
  while (true) {
    if (lines_ != nullptr) {
      if (next_line(raw)) return true;
      continue;  // the JSON Lines input is done: on with the next input
    }
    if (index_ >= paths_.size()) return false;
    if (open_input(paths_[index_++], raw)) return true;
  }
}

// The next non-blank line of the JSON Lines input being read; false (and
// the input closed) at its end.
bool ArticleReader::next_line(RawArticle& raw) {
  std::string line;
  while (lines_->next(line)) {
    bytes_read_ += lines_->bytes_consumed() - lines_consumed_;
    lines_consumed_ = lines_->bytes_consumed();
    const std::size_t number = line_offset_ + lines_->line_number();
    if (lines_->too_long()) {
      throw Error(lines_path_,
                  "line of " + std::to_string(lines_->length()) + " bytes skipped: longer than " +
                      std::to_string(max_line_bytes_) + " bytes (8 x --max-document-bytes)",
                  number);
    }
    if (text::trim(line).empty()) continue;
    raw.path = lines_path_;
    raw.line = number;
    raw.format = InputFormat::jsonl;
    raw.bytes = std::move(line);
    return true;
  }
  const bool bad = lines_->failed();
  const std::size_t last = line_offset_ + lines_->line_number();
  bytes_read_ += lines_->bytes_consumed() - lines_consumed_;
  lines_.reset();
  file_.reset();
  if (bad) throw Error(lines_path_, "read error", last + 1);
  return false;
}

// Opens input `path`: true when it is one article (in `raw`), false when
// it is JSON Lines, now read line by line.
bool ArticleReader::open_input(const std::string& path, RawArticle& raw) {
  const InputFormat format = format_ != InputFormat::automatic ? format_ : input_format_of(path);
  raw.path = path;
  raw.line = 0;
  raw.bytes.clear();
  if (path == "-") return open_standard_input(format, raw);
  if (format == InputFormat::jsonl) {
    auto file = std::make_unique<std::ifstream>();
    file->open(path, std::ios::binary);
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw Error(path, "is a directory, expected an article file");
    if (!*file) throw Error(path, "cannot open file for reading");
    file_ = std::move(file);
    start_lines(*file_, path, 0);
    return false;
  }
  // A text or HTML file is read by decode_article, on a worker thread.
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (!ec) bytes_read_ += size;
  raw.format = format;
  return true;
}

// Standard input: its first non-blank byte tells the format. Read whole
// unless it is JSON Lines.
bool ArticleReader::open_standard_input(InputFormat format, RawArticle& raw) {
  std::string head;
  while (stdin_.good() && std::isspace(stdin_.peek()) != 0) head += static_cast<char>(stdin_.get());
  if (format == InputFormat::automatic) {
    const int first = stdin_.peek();
    format = first == '{' ? InputFormat::jsonl : first == '<' ? InputFormat::html : InputFormat::text;
  }
  if (format == InputFormat::jsonl) {
    start_lines(stdin_, raw.path, static_cast<std::size_t>(std::count(head.begin(), head.end(), '\n')));
    bytes_read_ += head.size();
    return false;
  }
  std::ostringstream rest;
  rest << stdin_.rdbuf();
  raw.bytes = head + std::move(rest).str();
  bytes_read_ += raw.bytes.size();
  raw.format = format;
  return true;
}

void ArticleReader::start_lines(std::istream& in, const std::string& path, std::size_t line_offset) {
  lines_ = std::make_unique<LineReader>(in, max_line_bytes_);
  lines_consumed_ = 0;
  lines_path_ = path;
  line_offset_ = line_offset;
}

}  // namespace newsgraph
