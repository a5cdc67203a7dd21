#include <algorithm>
#include <string>

#include "newsgraph/graph.hpp"

namespace newsgraph {

std::string evidence_text(const Document& doc, const std::vector<Span>& evidence) {
  if (evidence.empty()) return "";
  const Span& span = evidence.front();
  if (span.begin >= span.end || span.end > doc.text.size()) return "";
  constexpr std::size_t kMax = 300;
  std::string out;
  out.reserve(std::min<std::size_t>(span.end - span.begin, kMax + 3));
  bool space = false;
  for (std::size_t i = span.begin; i < span.end; ++i) {
    const char ch = doc.text[i];
    if (ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t' || ch == '\f' || ch == '\v') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += ch;
    if (out.size() >= kMax) break;
  }
  if (out.size() >= kMax) {
    // Cut back to a character boundary and mark the cut.
    std::size_t cut = kMax - 3;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out = out.substr(0, cut) + "\u2026";
  }
  return out;
}

}  // namespace newsgraph
