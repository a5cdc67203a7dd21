#include <algorithm>
#include <string>

#include "newsgraph/graph.hpp"

namespace newsgraph {

std::string evidence_text(const Document& doc, const std::vector<Span>& evidence) {
  if (evidence.empty()) return "";
  const Span& span = evidence.front();
  if (span.begin >= span.end || span.end > doc.text.size()) return "";
  constexpr std::size_t kMax = 300;
  // Into a buffer on the stack (at most kMax + 1 bytes: a space and a
  // character may both go in just under the limit), one std::string at the end.
  char buffer[kMax + 1];
  std::size_t size = 0;
  bool space = false;
  for (std::size_t i = span.begin; i < span.end; ++i) {
    const char ch = doc.text[i];
    if (ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t' || ch == '\f' || ch == '\v') {
      space = size > 0;
      continue;
    }
    if (space) buffer[size++] = ' ';
    space = false;
    buffer[size++] = ch;
    if (size >= kMax) break;
  }
  if (size < kMax) return std::string(buffer, size);
  // Cut back to a character boundary and mark the cut.
  std::size_t cut = kMax - 3;
  while (cut > 0 && (static_cast<unsigned char>(buffer[cut]) & 0xC0) == 0x80) --cut;
  std::string out(buffer, cut);
  out += "\u2026";
  return out;
}

}  // namespace newsgraph
