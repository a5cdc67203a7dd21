// Stage 1, read: find the articles named on the command line and load each
// into a Document (UTF-8 checked, id and fingerprint set).
#pragma once

#include <cstdint>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/error.hpp"
#include "newsgraph/limits.hpp"
#include "newsgraph/model.hpp"

namespace newsgraph {

/// Expands files and directories (recursively, `.txt` files, sorted) into
/// the list of article paths. Throws Error naming the path when an input
/// does not exist or a directory holds no articles.
std::vector<std::string> collect_inputs(const std::vector<std::string>& inputs);

/// Same, but a bad input or directory entry does not stop the walk: each
/// problem (missing path, unreadable directory, dangling symbolic link,
/// symbolic link loop, a named pipe or device named like an article) is
/// appended to `problems` as an Error naming its path, and everything else
/// is collected. Symbolic links to directories are followed once; a link
/// back to a directory being walked is reported as a loop. A symbolic link
/// inside a folder that leads outside it (to a file or a folder) is
/// reported and not followed unless `follow_links` (--follow-links): a link
/// to /etc/passwd in a downloaded folder must not become a document. Paths
/// named on the command line are always followed.
std::vector<std::string> collect_inputs(const std::vector<std::string>& inputs, std::vector<Error>& problems,
                                        bool follow_links = false);

/// What a file that is not text looks like ("PDF document", "PNG image",
/// "zip archive", "ELF executable", "binary data (41% control bytes)"),
/// judged from magic bytes and the share of control bytes at its start;
/// empty when it may be text. Text with a UTF-16/32 byte-order mark is text.
std::string sniff_binary(std::string_view bytes);

/// Makes a Document from raw bytes: strips a UTF-8 BOM, decodes UTF-16/32
/// with a BOM, replaces invalid UTF-8 with U+FFFD (a warning names the
/// first byte offset), turns NUL bytes into spaces. `id` and `source` are
/// kept as given; sha256 is of the resulting text. Text beyond
/// limits.max_document_bytes is cut off at a line break (a warning says
/// so); with limits.strict, invalid UTF-8 throws Error instead.
Document make_document(std::string id, std::string source, std::string bytes, const Limits& limits = {});

/// An HTML page is read up to this many times limits.max_document_bytes
/// (16 MiB by default): pages are mostly markup, and the text extracted
/// from them is then capped like any other.
inline constexpr std::size_t kHtmlPageFactor = 8;

/// Reads one article file. The id is the file name without extension.
/// Throws Error naming the path when it cannot be read, is not a regular
/// file (a directory, a named pipe), is empty or only white space, or looks
/// binary (see sniff_binary). Reads no more of a large file than
/// limits.max_document_bytes needs.
Document read_document(const std::string& path, const Limits& limits = {});

// ------------------------------------------------------------ input formats
//
// Three formats: plain text (one article per file), JSON Lines (one article
// per line: id, url, date, title, text; read_jsonl.cpp) and HTML pages (main
// text extracted with libxml2's HTML parser; read_html.cpp). Large inputs
// are streamed: ArticleReader hands out one article's bytes at a time and
// decode_article turns them into a Document on any thread.

enum class InputFormat {
  automatic,  ///< from the file name (input_format_of); for "-", from the first byte
  text,       ///< the whole file is one article
  jsonl,      ///< JSON Lines, one article per line
  html,       ///< an HTML page, one article
};

/// "auto", "text", "jsonl", "html".
std::string_view to_string(InputFormat format);
/// Inverse of to_string; std::nullopt for an unknown name.
std::optional<InputFormat> input_format_from_string(std::string_view name);
/// By extension: .jsonl/.ndjson -> jsonl, .html/.htm/.xhtml -> html,
/// "-" (standard input) -> automatic, anything else -> text.
InputFormat input_format_of(const std::string& path);
/// Whether a directory walk picks the file up (.txt, .jsonl, .ndjson, .html, .htm).
bool is_article_file_name(const std::string& path);
/// Expands a glob pattern (`news/*.jsonl`, `2025-0[1-3]/**`), sorted; empty
/// when nothing matches. A path without * ? [ is returned as it is.
std::vector<std::string> expand_glob(const std::string& pattern);

/// ISO "YYYY-MM-DD" for a date as metadata writes it ("2025-05-02",
/// "2025-05-02T10:00:00Z", "May 2, 2025", "Fri, 02 May 2025 10:00:00 GMT");
/// empty when there is none.
std::string normalize_date(std::string_view value);

/// One JSON Lines record: an object with "text" (required, a string), "id"
/// (a string or number; when absent, "doc-" and the first 16 hex digits of
/// the text's sha256), "url" (the source; when absent, "PATH:LINE"),
/// "date" (normalize_date; an unreadable date is a warning) and "title".
/// Every other field is kept in Document::meta. Throws
/// Error("PATH:LINE: problem") for a line that is not such a record.
Document document_from_json_line(std::string_view line, const std::string& path, std::size_t line_number,
                                 const Limits& limits = {});

/// The main text of an HTML page, parsed with libxml2's HTML parser (broken
/// markup is recovered): <main>, else the largest <article>, else <body>;
/// script, style, noscript, template, nav, header (except inside an
/// article), footer, aside, form and hidden elements dropped; blocks end
/// lines, white space collapses as in a browser. The title comes from
/// <title> (else og:title), the date from the usual meta tags
/// (article:published_time, datePublished, date, pubdate, DC.date...) or the
/// first <time datetime>. Document::text is the extracted text
/// (text_origin "extracted"): byte offsets refer to it, not to the page.
/// Thread-safe. Throws Error naming `source` when no text can be extracted.
Document document_from_html(std::string id, std::string source, std::string_view html, const Limits& limits = {});

/// The undecoded bytes of one article and where they come from.
struct RawArticle {
  std::string path;      ///< file path, "-" for standard input
  std::size_t line = 0;  ///< 1-based line of a JSON Lines record, else 0
  InputFormat format = InputFormat::text;  ///< text, jsonl or html (never automatic)
  std::string bytes;
};

/// Turns raw bytes into a Document (make_document, document_from_html or
/// document_from_json_line). Ids: the file name without extension ("stdin"
/// for "-"), or the record's id. Thread-safe. Throws Error("PATH[:LINE]: problem").
Document decode_article(const RawArticle& raw, const Limits& limits = {});

/// The longest JSON Lines line read: 8 times the document cap (16 MiB by
/// default), room for a capped text written with JSON escapes. A longer line
/// is skipped (an Error naming it) without being held in memory.
std::size_t max_json_line_bytes(const Limits& limits);

class LineReader;

/// Reads inputs one article at a time, so that memory does not grow with
/// the corpus: a text or HTML file is one article, a JSON Lines file one per
/// non-blank line ("\n", "\r\n" or a lone "\r" end a line; UTF-16/32 with a
/// byte-order mark are decoded). "-" is read from `standard_input`; with
/// InputFormat::automatic its first non-blank byte decides ('{' JSON Lines,
/// '<' HTML, else text). Not thread-safe: one thread reads.
class ArticleReader {
 public:
  /// `paths` as collect_inputs gives them; `format` automatic or forced for
  /// all; `limits` bound the length of a JSON Lines line (max_json_line_bytes).
  ArticleReader(std::vector<std::string> paths, InputFormat format, std::istream& standard_input, const Limits& limits = {});
  ~ArticleReader();
  ArticleReader(const ArticleReader&) = delete;
  ArticleReader& operator=(const ArticleReader&) = delete;

  /// The next article; false when every input has been read. Throws Error
  /// naming an input that cannot be read; the next call goes on with the
  /// following input.
  bool next(RawArticle& raw);
  /// Bytes of input consumed so far (for progress).
  std::uint64_t bytes_read() const { return bytes_read_; }

 private:
  bool next_line(RawArticle& raw);
  bool open_input(const std::string& path, RawArticle& raw);
  bool open_standard_input(InputFormat format, RawArticle& raw);
  void start_lines(std::istream& in, const std::string& path, std::size_t line_offset);

  std::vector<std::string> paths_;
  InputFormat format_;
  std::istream& stdin_;
  std::size_t index_ = 0;
  std::size_t max_line_bytes_;
  std::unique_ptr<std::istream> file_;   // the JSON Lines file being read
  std::unique_ptr<LineReader> lines_;    // over file_ or stdin_ while reading JSON Lines
  std::string lines_path_;
  std::size_t line_offset_ = 0;  // lines of standard input read before its JSON Lines began
  std::uint64_t lines_consumed_ = 0;
  std::uint64_t bytes_read_ = 0;
};

}  // namespace newsgraph
