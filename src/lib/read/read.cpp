#include "newsgraph/read.hpp"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <system_error>
#include <utility>

#include "newsgraph/error.hpp"
#include "base/text.hpp"

namespace newsgraph {
namespace fs = std::filesystem;

namespace {

bool is_article(const fs::path& path) { return is_article_file_name(path.string()); }

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

// What a path that is neither a regular file nor a directory is.
std::string kind_of_special(const fs::file_status& status) {
  switch (status.type()) {
    case fs::file_type::fifo: return "a named pipe";
    case fs::file_type::socket: return "a socket";
    case fs::file_type::character: return "a character device";
    case fs::file_type::block: return "a block device";
    default: return "not a regular file";
  }
}

// Why a symbolic link cannot be followed, from the error of following it.
std::string broken_link_problem(const std::error_code& ec) {
  if (ec == std::errc::too_many_symbolic_link_levels) return "symbolic link loop, skipped";
  if (ec == std::errc::no_such_file_or_directory) return "dangling symbolic link (its target does not exist), skipped";
  return "cannot follow symbolic link: " + ec.message();
}

using DirId = std::pair<std::uintmax_t, std::uintmax_t>;  // device, inode

bool dir_id(const fs::path& dir, DirId& id) {
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0) return false;
  id = {static_cast<std::uintmax_t>(st.st_dev), static_cast<std::uintmax_t>(st.st_ino)};
  return true;
}

// Depth-first walk in sorted order. `visited` holds every directory read so
// far (a directory reached twice through links is read once); `stack` the
// ones being read, so that a link back to one of them is a loop.
// Where a walk is and what it may follow.
struct Walk {
  fs::path root;  // the folder named on the command line, canonical
  bool follow_links = false;
  std::set<DirId> visited;
  std::vector<DirId> stack;
};

// Whether canonical `target` lies in canonical `root`.
bool is_inside(const fs::path& target, const fs::path& root) {
  const fs::path relative = target.lexically_relative(root);
  return !relative.empty() && *relative.begin() != "..";
}

void walk_directory(const fs::path& dir, Walk& walk, std::vector<std::string>& found, std::vector<Error>& problems) {
  std::set<DirId>& visited = walk.visited;
  std::vector<DirId>& stack = walk.stack;
  DirId id;
  if (!dir_id(dir, id)) {
    problems.emplace_back(dir.string(), "cannot read directory: " + std::string(std::strerror(errno)));
    return;
  }
  if (!visited.insert(id).second) return;
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    problems.emplace_back(dir.string(), "cannot read directory: " + ec.message());
    return;
  }
  std::vector<fs::path> entries;
  for (const fs::directory_iterator end; it != end; it.increment(ec)) {
    if (ec) break;
    entries.push_back(it->path());
  }
  if (ec) problems.emplace_back(dir.string(), "cannot read directory: " + ec.message());
  std::sort(entries.begin(), entries.end());
  stack.push_back(id);
  for (const fs::path& path : entries) {
    std::error_code link_ec;
    const fs::file_status link = fs::symlink_status(path, link_ec);
    if (link_ec) {
      problems.emplace_back(path.string(), "cannot read: " + link_ec.message());
      continue;
    }
    fs::file_status target = link;
    if (fs::is_symlink(link)) {
      std::error_code target_ec;
      target = fs::status(path, target_ec);
      if (target_ec) {
        // Only links that would be articles (or might be folders of them) matter.
        if (is_article(path) || target_ec == std::errc::too_many_symbolic_link_levels) {
          problems.emplace_back(path.string(), broken_link_problem(target_ec));
        }
        continue;
      }
      if (!walk.follow_links && (fs::is_directory(target) || is_article(path))) {
        std::error_code canon_ec;
        const fs::path resolved = fs::canonical(path, canon_ec);
        if (!canon_ec && !walk.root.empty() && !is_inside(resolved, walk.root)) {
          problems.emplace_back(path.string(), "symbolic link to " + printable(resolved.string()) +
                                                   ", outside the folder being read: not followed (--follow-links follows it)");
          continue;
        }
      }
      if (fs::is_directory(target)) {
        DirId target_id;
        if (dir_id(path, target_id) && std::find(stack.begin(), stack.end(), target_id) != stack.end()) {
          problems.emplace_back(path.string(), "symbolic link loop (leads back to a folder being read), not followed");
          continue;
        }
      }
    }
    if (fs::is_directory(target)) {
      walk_directory(path, walk, found, problems);
    } else if (is_article(path)) {
      if (fs::is_regular_file(target)) {
        found.push_back(path.string());
      } else {
        problems.emplace_back(path.string(), kind_of_special(target) + ", not an article file; skipped");
      }
    }
  }
  stack.pop_back();
}

// Where to cut text that is longer than `max` bytes: after the last line
// break in the final 64 KiB before the cap, else after the last space
// there, else at the last UTF-8 character boundary.
std::size_t cut_point(std::string_view text, std::size_t max) {
  if (text.size() <= max) return text.size();
  const std::size_t window = std::min<std::size_t>(max, 64 * 1024);
  const std::string_view tail = text.substr(max - window, window);
  if (const std::size_t nl = tail.find_last_of("\n\r"); nl != std::string_view::npos) return max - window + nl + 1;
  if (const std::size_t sp = tail.find_last_of(" \t"); sp != std::string_view::npos) return max - window + sp + 1;
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return cut;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool has_utf16_or_32_bom(std::string_view bytes) {
  return starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF") || starts_with(bytes, std::string_view("\x00\x00\xFE\xFF", 4));
}

}  // namespace

std::string sniff_binary(std::string_view bytes) {
  static const std::pair<std::string_view, const char*> magic[] = {
      {"%PDF-", "PDF document"},
      {"\x89PNG\r\n\x1A\n", "PNG image"},
      {"GIF87a", "GIF image"},
      {"GIF89a", "GIF image"},
      {"\xFF\xD8\xFF", "JPEG image"},
      {"PK\x03\x04", "zip archive (or a .docx/.odt/.epub)"},
      {"PK\x05\x06", "zip archive"},
      {"\x1F\x8B", "gzip archive"},
      {"BZh91AY&SY", "bzip2 archive"},
      {std::string_view("\xFD" "7zXZ\x00", 6), "xz archive"},
      {"7z\xBC\xAF\x27\x1C", "7-zip archive"},
      {"Rar!\x1A\x07", "RAR archive"},
      {"\x28\xB5\x2F\xFD", "zstd archive"},
      {"\x7F" "ELF", "ELF executable"},
      {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "MS Office document (OLE)"},
      {"\xCA\xFE\xBA\xBE", "Mach-O or Java class file"},
      {"\xCF\xFA\xED\xFE", "Mach-O executable"},
      {std::string_view("\x00" "asm", 4), "WebAssembly module"},
      {"SQLite format 3", "SQLite database"},
  };
  for (const auto& [prefix, name] : magic) {
    if (starts_with(bytes, prefix)) return name;
  }
  if (has_utf16_or_32_bom(bytes)) return {};
  // Text has almost no C0 control bytes besides tab, line breaks and form
  // feed; a few stray NULs are repaired, a high share means binary data.
  const std::string_view head = bytes.substr(0, 64 * 1024);
  std::size_t control = 0, nul_even = 0, nul_odd = 0;
  for (std::size_t i = 0; i < head.size(); ++i) {
    const auto c = static_cast<unsigned char>(head[i]);
    if (c == 0) ++(i % 2 == 0 ? nul_even : nul_odd);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B) || c == 0x7F) ++control;
  }
  if (head.empty() || control * 10 < head.size()) return {};
  const std::size_t percent = control * 100 / head.size();
  if (head.size() >= 4 && std::max(nul_even, nul_odd) * 10 >= head.size() * 4 && std::min(nul_even, nul_odd) * 10 < head.size()) {
    return "binary data (" + std::to_string(percent) + "% control bytes; UTF-16 without a byte-order mark?)";
  }
  return "binary data (" + std::to_string(percent) + "% control bytes)";
}

std::vector<std::string> collect_inputs(const std::vector<std::string>& inputs) {
  std::vector<Error> problems;
  std::vector<std::string> files = collect_inputs(inputs, problems);
  if (!problems.empty()) throw problems.front();
  return files;
}

std::vector<std::string> collect_inputs(const std::vector<std::string>& inputs, std::vector<Error>& problems,
                                        bool follow_links) {
  std::vector<std::string> files;
  for (const std::string& input : inputs) {
    if (input == "-") {  // standard input
      files.push_back(input);
      continue;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(input, ec);
    if ((ec || !fs::exists(status)) && input.find_first_of("*?[") != std::string::npos) {
      const std::vector<std::string> matches = expand_glob(input);
      if (matches.empty()) {
        problems.emplace_back(input, "no file matches this pattern");
      } else {
        const std::vector<std::string> found = collect_inputs(matches, problems, follow_links);
        files.insert(files.end(), found.begin(), found.end());
      }
      continue;
    }
    if (ec || !fs::exists(status)) {
      std::error_code link_ec;
      if (ec == std::errc::not_a_directory) {
        problems.emplace_back(input, "not a directory (a file path with a trailing '/'?)");
      } else if (fs::is_symlink(fs::symlink_status(input, link_ec))) {
        problems.emplace_back(input, broken_link_problem(ec ? ec : std::make_error_code(std::errc::no_such_file_or_directory)));
      } else if (!ec || ec == std::errc::no_such_file_or_directory) {
        problems.emplace_back(input, "no such file or directory");
      } else {
        problems.emplace_back(input, "cannot access: " + ec.message());
      }
      continue;
    }
    if (fs::is_directory(status)) {
      std::vector<std::string> found;
      Walk walk;
      std::error_code canon_ec;
      walk.root = fs::canonical(input, canon_ec);
      walk.follow_links = follow_links;
      const std::size_t problems_before = problems.size();
      walk_directory(input, walk, found, problems);
      if (found.empty() && problems.size() == problems_before) problems.emplace_back(input, "directory holds no articles (*.txt, *.jsonl, *.html)");
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back(input);
    }
  }
  return files;
}

namespace {

// Valid UTF-8 with no NUL byte: the text make_document keeps unchanged.
// Are the eight bytes at `p` all ASCII and none of them NUL? The classic
// zero-byte test, (x - 0x01..) & ~x & 0x80.., is exact once no byte has its top bit set.
bool plain_ascii_word(const std::uint8_t* p) {
  constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  std::uint64_t x = 0;
  std::memcpy(&x, p, 8);
  return (x & highs) == 0 && ((x - ones) & ~x & highs) == 0;
}

bool is_clean_utf8(std::string_view bytes) {
  const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const auto length = static_cast<std::int32_t>(bytes.size());
  std::int32_t i = 0;
  while (i < length) {
    if (i + 8 <= length && plain_ascii_word(data + i)) {  // most text: eight bytes at a time
      i += 8;
      continue;
    }
    if (data[i] >= 0x80) {
      UChar32 c = 0;
      U8_NEXT(data, i, length, c);
      if (c < 0) return false;
    } else if (data[i++] == 0) {
      return false;
    }
  }
  return true;
}

// Unicode NFC: a name typed with combining marks ("Jose" + U+0301, as macOS
// and some feeds write it) and the same name precomposed become the same
// bytes, so they merge. Byte offsets then refer to the normalized text,
// which `newsgraph text` shows; a warning says the text changed.
void to_nfc(Document& doc) {
  if (text::is_ascii(doc.text)) return;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status) || nfc->isNormalizedUTF8(doc.text, status) || U_FAILURE(status)) return;
  std::string normalized;
  normalized.reserve(doc.text.size());
  icu::StringByteSink<std::string> sink(&normalized);
  status = U_ZERO_ERROR;
  nfc->normalizeUTF8(0, doc.text, sink, nullptr, status);
  if (U_FAILURE(status)) return;
  doc.text = std::move(normalized);
  doc.warnings.push_back("text normalized to Unicode NFC (byte offsets refer to the normalized text, as `newsgraph text` shows it)");
}

}  // namespace

Document make_document(std::string id, std::string source, std::string bytes, const Limits& limits) {
  Document doc;
  doc.id = std::move(id);
  doc.source = std::move(source);
  const auto starts_with = [&](std::string_view prefix) { return std::string_view(bytes).substr(0, prefix.size()) == prefix; };
  // Sized views: a literal with NULs in it would stop at the first NUL.
  const std::string_view utf32le_bom("\xFF\xFE\x00\x00", 4), utf32be_bom("\x00\x00\xFE\xFF", 4);
  if (starts_with(utf32le_bom) || starts_with(utf32be_bom)) {
    bytes = convert_to_utf8(bytes, starts_with("\xFF\xFE") ? "UTF-32LE" : "UTF-32BE", doc.source);
    bytes.erase(0, bytes.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0);
  } else if (starts_with("\xFF\xFE") || starts_with("\xFE\xFF")) {
    bytes = convert_to_utf8(bytes, starts_with("\xFF\xFE") ? "UTF-16LE" : "UTF-16BE", doc.source);
    bytes.erase(0, bytes.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0);
  } else if (starts_with("\xEF\xBB\xBF")) {
    bytes.erase(0, 3);
  }
  // The size cap, before anything else looks at the text.
  const std::size_t max_bytes = std::clamp<std::size_t>(limits.max_document_bytes, 1, kMaxDocumentBytesCeiling);
  if (bytes.size() > max_bytes) {
    const std::size_t cut = cut_point(bytes, max_bytes);
    doc.warnings.push_back("text of " + std::to_string(bytes.size()) + " bytes cut to its first " + std::to_string(cut) +
                           " (limit: --max-document-bytes " + std::to_string(max_bytes) + ")");
    bytes.resize(cut);
  }
  // Most texts are valid UTF-8 without NULs and are kept as they are; the
  // others are repaired so that every later stage can trust the text.
  if (is_clean_utf8(bytes)) {
    doc.text = std::move(bytes);
    to_nfc(doc);
    doc.sha256 = text::sha256_hex(doc.text);
    return doc;
  }
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
  if (first_bad != std::string::npos && limits.strict) {
    throw Error(doc.source, "invalid UTF-8 at byte " + std::to_string(first_bad) + " (refused: --strict)");
  }
  if (first_bad != std::string::npos) {
    doc.warnings.push_back("invalid UTF-8 at byte " + std::to_string(first_bad) + " (replaced with U+FFFD)");
  }
  if (nul_count > 0) doc.warnings.push_back(std::to_string(nul_count) + " NUL bytes replaced with spaces");
  doc.text = std::move(text);
  to_nfc(doc);
  doc.sha256 = text::sha256_hex(doc.text);
  return doc;
}

Document read_document(const std::string& path, const Limits& limits) {
  // O_NONBLOCK: opening a named pipe must not wait for a writer; fstat on
  // the open descriptor then tells what it really is.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    const int err = errno;
    if (err == ENOENT) throw Error(path, "no such file or directory");
    if (err == ELOOP) throw Error(path, "symbolic link loop");
    throw Error(path, "cannot open file for reading: " + std::string(std::strerror(err)));
  }
  struct FdCloser {
    int fd;
    ~FdCloser() { ::close(fd); }
  } closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) throw Error(path, "cannot read file: " + std::string(std::strerror(errno)));
  if (S_ISDIR(st.st_mode)) throw Error(path, "is a directory, expected an article file");
  if (!S_ISREG(st.st_mode)) {
    const char* kind = S_ISFIFO(st.st_mode) ? "a named pipe" : S_ISSOCK(st.st_mode) ? "a socket" : "a device";
    throw Error(path, std::string("is ") + kind + ", not an article file");
  }
  const auto size = static_cast<std::size_t>(st.st_size);
  if (size == 0) throw Error(path, "empty file; skipped");
  // Read no more than the size cap can use: UTF-16 and UTF-32 take up to
  // two and four bytes per byte of UTF-8; a few more bytes show that the
  // text goes on, so that make_document cuts it (and says so). An HTML
  // page is mostly markup: up to kHtmlPageFactor times the cap is read.
  const std::size_t max_bytes = std::clamp<std::size_t>(limits.max_document_bytes, 1, kMaxDocumentBytesCeiling);
  const bool html = input_format_of(path) == InputFormat::html;
  const std::size_t want = html ? kHtmlPageFactor * max_bytes : 4 * max_bytes + 4;
  std::string bytes(std::min(size, want), '\0');
  std::size_t have = 0;
  while (have < bytes.size()) {
    const ssize_t n = ::read(fd, bytes.data() + have, bytes.size() - have);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw Error(path, "read error: " + std::string(std::strerror(errno)));
    if (n == 0) break;  // the file shrank while being read
    have += static_cast<std::size_t>(n);
    if (html) continue;
    if (have >= 4 && have >= max_bytes + 4 && !has_utf16_or_32_bom(bytes.substr(0, 4))) break;
    if (have >= 4 && have >= 2 * max_bytes + 4 && !starts_with(bytes, std::string_view("\xFF\xFE\x00\x00", 4)) &&
        !starts_with(bytes, std::string_view("\x00\x00\xFE\xFF", 4))) {
      break;
    }
  }
  bytes.resize(have);
  if (bytes.empty()) throw Error(path, "empty file; skipped");
  if (const std::string binary = sniff_binary(bytes); !binary.empty()) throw Error(path, "not a text file: " + binary + "; skipped");
  const bool cut = size > bytes.size();
  if (html) {
    Document doc = document_from_html(fs::path(path).stem().string(), path, bytes, limits);
    if (cut) {
      doc.warnings.insert(doc.warnings.begin(), "page of " + std::to_string(size) + " bytes: only its first " +
                                                    std::to_string(bytes.size()) + " bytes are read (limit: " +
                                                    std::to_string(kHtmlPageFactor) + " x --max-document-bytes)");
    }
    return doc;
  }
  Document doc = make_document(fs::path(path).stem().string(), path, std::move(bytes), limits);
  if (cut) {
    // Name the real size of the file, not of the part that was read.
    const auto it = std::find_if(doc.warnings.begin(), doc.warnings.end(),
                                 [](const std::string& w) { return w.rfind("text of ", 0) == 0; });
    const std::string warning = "file of " + std::to_string(size) + " bytes: only its first " + std::to_string(doc.text.size()) +
                                " bytes of text are used (limit: --max-document-bytes " + std::to_string(max_bytes) + ")";
    if (it != doc.warnings.end()) {
      *it = warning;
    } else {
      doc.warnings.insert(doc.warnings.begin(), warning);
    }
  }
  if (text::trim(doc.text).empty()) throw Error(path, "no text (only white space); skipped");
  return doc;
}

}  // namespace newsgraph
