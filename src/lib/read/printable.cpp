// Paths and words from the input, made safe to print (see error.hpp).
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "newsgraph/error.hpp"

namespace newsgraph {
namespace {

// Code points that a terminal acts on or that change how a line reads.
bool is_control(UChar32 c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

}  // namespace

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto* data = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(std::min<std::size_t>(text.size(), INT32_MAX));
  std::int32_t i = 0;
  char escape[16];
  while (i < length) {
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(data, i, length, c);
    if (c >= 0 && !is_control(c)) {
      out.append(text, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c >= 0 && c < 0x80) {
      std::snprintf(escape, sizeof escape, "\\x%02X", static_cast<unsigned>(c));
      out += escape;
    } else if (c >= 0) {
      std::snprintf(escape, sizeof escape, "\\u{%04X}", static_cast<unsigned>(c));
      out += escape;
    } else {
      for (std::int32_t k = start; k < i; ++k) {
        std::snprintf(escape, sizeof escape, "\\x%02X", static_cast<unsigned>(data[k]));
        out += escape;
      }
    }
  }
  return out;
}

}  // namespace newsgraph
