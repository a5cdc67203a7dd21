// Bytes of a page to UTF-8 as a browser decodes them (WHATWG Encoding
// Standard), and the markup made safe for libxml2's parser.
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucnv_err.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <map>
#include <mutex>

#include "base/embedded_data.hpp"
#include "base/text.hpp"
#include "read/html_decode.hpp"

namespace newsgraph::html {
namespace {

struct Encoding {
  std::string name, converter;
};

// data/encodings.tsv: label -> encoding.
const std::map<std::string, Encoding, std::less<>>& labels() {
  static const auto table = [] {
    std::map<std::string, Encoding, std::less<>> out;
    const std::string_view file = embedded_file("encodings.tsv");
    std::size_t pos = 0;
    while (pos < file.size()) {
      const std::size_t end = std::min(file.find('\n', pos), file.size());
      const std::string_view line = file.substr(pos, end - pos);
      pos = end + 1;
      if (line.empty() || line[0] == '#') continue;
      const std::size_t tab1 = line.find('\t'), tab2 = line.find('\t', tab1 + 1);
      if (tab1 == std::string_view::npos || tab2 == std::string_view::npos) continue;
      const Encoding encoding{std::string(line.substr(0, tab1)), std::string(line.substr(tab1 + 1, tab2 - tab1 - 1))};
      std::string_view list = line.substr(tab2 + 1);
      while (!list.empty()) {
        const std::size_t bar = std::min(list.find('|'), list.size());
        out.emplace(std::string(list.substr(0, bar)), encoding);
        list.remove_prefix(std::min(bar + 1, list.size()));
      }
    }
    return out;
  }();
  return table;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The WHATWG "get an attribute" step of the prescan: name and value of the
// attribute at `pos` in a tag; false at the tag's end.
bool next_attribute(std::string_view s, std::size_t& pos, std::string& name, std::string& value) {
  name.clear();
  value.clear();
  while (pos < s.size() && (is_space(s[pos]) || s[pos] == '/')) ++pos;
  if (pos >= s.size() || s[pos] == '>') return false;
  while (pos < s.size() && !is_space(s[pos]) && s[pos] != '=' && s[pos] != '>' && s[pos] != '/') {
    name += text::ascii_lower(s[pos++]);
  }
  while (pos < s.size() && is_space(s[pos])) ++pos;
  if (pos >= s.size() || s[pos] != '=') return true;
  ++pos;
  while (pos < s.size() && is_space(s[pos])) ++pos;
  if (pos < s.size() && (s[pos] == '"' || s[pos] == '\'')) {
    const char quote = s[pos++];
    while (pos < s.size() && s[pos] != quote) value += text::ascii_lower(s[pos++]);
    ++pos;
    return true;
  }
  while (pos < s.size() && !is_space(s[pos]) && s[pos] != '>') value += text::ascii_lower(s[pos++]);
  return true;
}

// The charset named in a Content-Type value ("text/html; charset=ISO-8859-1").
std::string charset_in_content(std::string_view content) {
  const std::size_t at = content.find("charset");
  if (at == std::string_view::npos) return {};
  std::size_t pos = at + 7;
  while (pos < content.size() && is_space(content[pos])) ++pos;
  if (pos >= content.size() || content[pos] != '=') return charset_in_content(content.substr(at + 7));
  ++pos;
  while (pos < content.size() && is_space(content[pos])) ++pos;
  std::size_t end = pos;
  if (pos < content.size() && (content[pos] == '"' || content[pos] == '\'')) {
    end = content.find(content[pos], pos + 1);
    if (end == std::string_view::npos) return {};
    return std::string(content.substr(pos + 1, end - pos - 1));
  }
  while (end < content.size() && !is_space(content[end]) && content[end] != ';') ++end;
  return std::string(content.substr(pos, end - pos));
}

// The label a <meta> at `pos` (just after "<meta") declares, or empty.
std::string meta_label(std::string_view s, std::size_t& pos) {
  std::string name, value, charset, content_charset;
  bool pragma = false;
  while (next_attribute(s, pos, name, value)) {
    if (name == "http-equiv" && value == "content-type") pragma = true;
    if (name == "content" && content_charset.empty()) content_charset = charset_in_content(value);
    if (name == "charset" && charset.empty()) charset = value;
  }
  if (!charset.empty()) return std::string(text::trim(charset));
  return pragma ? std::string(text::trim(content_charset)) : std::string();
}

// The WHATWG prescan of the first 1024 bytes for a declared encoding.
std::string prescan(std::string_view page) {
  const std::string_view s = page.substr(0, 1024);
  std::size_t pos = 0;
  std::string name, value;
  while ((pos = s.find('<', pos)) != std::string_view::npos) {
    if (s.substr(pos, 4) == "<!--") {
      const std::size_t end = s.find("-->", pos + 4);
      if (end == std::string_view::npos) break;
      pos = end + 3;
      continue;
    }
    if (pos + 6 <= s.size() && text::lower(s.substr(pos, 5)) == "<meta" && (is_space(s[pos + 5]) || s[pos + 5] == '/')) {
      pos += 5;
      const std::string label = meta_label(s, pos);
      if (!label.empty() && !encoding_for_label(label).empty()) return label;
      continue;
    }
    ++pos;
    if (pos < s.size() && (is_ascii_letter(s[pos]) || s[pos] == '/')) {
      while (pos < s.size() && !is_space(s[pos]) && s[pos] != '>') ++pos;
      while (next_attribute(s, pos, name, value)) {
      }
    }
  }
  return {};
}

// Counts valid multi-byte characters and invalid bytes of UTF-8.
void utf8_census(std::string_view bytes, std::size_t& multibyte, std::size_t& invalid, std::size_t& first_bad) {
  const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const auto length = static_cast<std::int32_t>(bytes.size());
  std::int32_t i = 0;
  while (i < length) {
    if (data[i] < 0x80) {
      ++i;
      continue;
    }
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(data, i, length, c);
    if (c < 0) {
      if (invalid++ == 0) first_bad = static_cast<std::size_t>(start);
    } else {
      ++multibyte;
    }
  }
}

// UTF-8 with each invalid sequence replaced by U+FFFD.
std::string repaired_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + 16);
  const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const auto length = static_cast<std::int32_t>(bytes.size());
  std::int32_t i = 0;
  while (i < length) {
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(data, i, length, c);
    if (c < 0) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(bytes.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    }
  }
  return out;
}

struct BadBytes {
  const char* base = nullptr;
  std::size_t count = 0, first = 0;
};

// ICU's callback for bytes the encoding has no character for: U+FFFD, counted.
void count_and_replace(const void* context, UConverterToUnicodeArgs* args, const char* code_units, int32_t length,
                       UConverterCallbackReason reason, UErrorCode* status) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone
  auto* bad = static_cast<BadBytes*>(const_cast<void*>(context));
  if (bad->count++ == 0 && code_units != nullptr) {
    bad->first = static_cast<std::size_t>(args->source - bad->base) - static_cast<std::size_t>(length);
  }
  static const UChar replacement = 0xFFFD;
  *status = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &replacement, 1, 0, status);
}

void convert(std::string_view bytes, const std::string& converter, Decoded& out) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* cnv = ucnv_open(converter.c_str(), &status);
  if (U_FAILURE(status)) {
    out.text = repaired_utf8(bytes);
    out.encoding = "UTF-8";
    return;
  }
  BadBytes bad{bytes.data()};
  status = U_ZERO_ERROR;
  ucnv_setToUCallBack(cnv, count_and_replace, &bad, nullptr, nullptr, &status);
  std::string text(bytes.size() * 3 + 16, '\0');
  status = U_ZERO_ERROR;
  const std::int32_t length = ucnv_toAlgorithmic(UCNV_UTF8, cnv, text.data(), static_cast<std::int32_t>(text.size()),
                                                 bytes.data(), static_cast<std::int32_t>(bytes.size()), &status);
  ucnv_close(cnv);
  text.resize(U_FAILURE(status) ? 0 : static_cast<std::size_t>(length));
  out.text = std::move(text);
  out.bad_bytes = bad.count;
  out.first_bad = bad.first;
}

}  // namespace

std::string encoding_for_label(std::string_view label) {
  const auto it = labels().find(text::lower(text::trim(label)));
  return it == labels().end() ? std::string() : it->second.name;
}

Decoded decode_page(std::string_view bytes) {
  Decoded out;
  if (bytes.size() > static_cast<std::size_t>(INT_MAX) / 3) bytes = bytes.substr(0, static_cast<std::size_t>(INT_MAX) / 3);
  std::string converter;
  std::size_t mark = 0;  // bytes of a byte-order mark, for offsets into the page
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    out.encoding = "UTF-8";
    mark = 3;
  } else if (bytes.substr(0, 2) == "\xFE\xFF" || bytes.substr(0, 2) == "\xFF\xFE") {
    out.encoding = converter = bytes[0] == '\xFE' ? "UTF-16BE" : "UTF-16LE";
    mark = 2;
  }
  bytes.remove_prefix(mark);
  if (const std::string label = out.encoding.empty() ? prescan(bytes) : std::string(); !label.empty()) {
    const Encoding& e = labels().find(text::lower(label))->second;
    out.encoding = e.converter == "UTF-8" ? "UTF-8" : e.name;  // a page cannot declare UTF-16 in itself
    converter = e.converter;
  }
  std::size_t multibyte = 0, invalid = 0, first_bad = 0;
  if (out.encoding.empty() || out.encoding == "UTF-8") utf8_census(bytes, multibyte, invalid, first_bad);
  if (out.encoding.empty()) {
    // Undeclared: UTF-8 when its bytes are mostly UTF-8 (a few stray bytes
    // in a UTF-8 page), else the legacy default, windows-1252.
    const bool utf8 = invalid == 0 || multibyte >= 4 * invalid;
    out.encoding = utf8 ? "UTF-8" : "windows-1252";
    converter = utf8 ? "" : "windows-1252";
  }
  if (out.encoding == "UTF-8") {
    out.text = invalid == 0 ? std::string(bytes) : repaired_utf8(bytes);
    out.bad_bytes = invalid;
    out.first_bad = mark + first_bad;
    return out;
  }
  convert(bytes, converter, out);
  out.first_bad += mark;
  return out;
}

namespace {

// The end of a DOCTYPE starting at `pos`: after its internal subset
// ("[...]") when it has one, else after its first '>'.
std::size_t doctype_end(std::string_view s, std::size_t pos) {
  const std::size_t close = s.find('>', pos);
  const std::size_t open = s.find('[', pos);
  if (open != std::string_view::npos && open < close) {
    const std::size_t subset_end = s.find("]", open);
    if (subset_end != std::string_view::npos) {
      const std::size_t after = s.find('>', subset_end);
      if (after != std::string_view::npos) return after + 1;
    }
  }
  return close == std::string_view::npos ? s.size() : close + 1;
}

// Copies the start tag at `pos` ("<name attrs>") to `out`, keeping at most
// kMaxAttributes attributes; returns the position after it.
std::size_t copy_start_tag(std::string_view s, std::size_t pos, std::string& out, bool& cut) {
  std::size_t i = pos + 1;
  while (i < s.size() && !is_space(s[i]) && s[i] != '>' && s[i] != '/') ++i;
  out.append(s.substr(pos, i - pos));
  std::size_t count = 0;
  while (i < s.size() && s[i] != '>') {
    const std::size_t start = i;
    while (i < s.size() && (is_space(s[i]) || s[i] == '/')) ++i;
    while (i < s.size() && !is_space(s[i]) && s[i] != '=' && s[i] != '>' && s[i] != '/') ++i;
    std::size_t j = i;
    while (j < s.size() && is_space(s[j])) ++j;
    if (j < s.size() && s[j] == '=') {
      i = j + 1;
      while (i < s.size() && is_space(s[i])) ++i;
      if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
        const std::size_t close = s.find(s[i], i + 1);
        i = close == std::string_view::npos ? s.size() : close + 1;
      } else {
        while (i < s.size() && !is_space(s[i]) && s[i] != '>') ++i;
      }
    }
    if (i == start) ++i;  // a stray character: no attribute, move on
    if (++count <= kMaxAttributes) {
      out.append(s.substr(start, i - start));
    } else {
      cut = true;
    }
  }
  return i;
}

}  // namespace

Prepared prepare_markup(std::string& markup) {
  Prepared done;
  const std::string_view s = markup;
  std::string out;
  out.reserve(s.size());
  std::size_t pos = 0;
  while (pos < s.size()) {
    const std::size_t next = s.find_first_of(std::string_view("<\0", 2), pos);
    out.append(s.substr(pos, next == std::string_view::npos ? std::string_view::npos : next - pos));
    if (next == std::string_view::npos) break;
    pos = next;
    if (s[pos] == '\0') {  // dropped, as the HTML tree builder drops NUL in text
      ++done.nul_bytes;
      ++pos;
    } else if (s.substr(pos, 4) == "<!--") {
      const std::size_t end = s.find("-->", pos + 4);
      const std::size_t stop = end == std::string_view::npos ? s.size() : end + 3;
      out.append(s.substr(pos, stop - pos));
      pos = stop;
    } else if (s.size() - pos >= 9 && text::lower(s.substr(pos, 9)) == "<!doctype") {
      pos = doctype_end(s, pos + 9);
    } else if (pos + 1 < s.size() && is_ascii_letter(s[pos + 1])) {
      bool cut = false;
      pos = copy_start_tag(s, pos, out, cut);
      done.tags_cut += cut ? 1 : 0;
    } else {
      out += '<';
      ++pos;
    }
  }
  // NULs inside comments and tags were copied; they go too.
  if (out.find('\0') != std::string::npos) {
    const std::size_t before = out.size();
    out.erase(std::remove(out.begin(), out.end(), '\0'), out.end());
    done.nul_bytes += before - out.size();
  }
  markup = std::move(out);
  return done;
}

}  // namespace newsgraph::html
