#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

#include "newsgraph/graph.hpp"

namespace newsgraph {
namespace {

// The white space evidence_text folds: space, \n, \r, \t, \f, \v.
bool is_space(char ch) { return ch == ' ' || (ch >= '\t' && ch <= '\r'); }

// True when folding would change nothing: no white space but single
// spaces between words, none at either end. Eight bytes at a time: a word
// fails on any byte below 0x0E (\t..\r, and the rare control bytes, which
// take the slow path harmlessly) or two spaces in a row. The zero-byte test
// on x ^ "        " may also flag a '!' right after a space, which again
// only sends the sentence the slow way.
bool already_folded(const char* text, std::size_t size) {
  if (size == 0 || is_space(text[0]) || is_space(text[size - 1])) return false;
  constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  std::uint64_t space_before = 0;  // 0x80 when the byte before this word is a space
  std::size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    std::uint64_t x;
    std::memcpy(&x, text + i, 8);
    if (((x - ones * 0x0E) & ~x & highs) != 0) return false;
    const std::uint64_t y = x ^ (ones * ' ');
    const std::uint64_t spaces = (y - ones) & ~y & highs;
    if ((spaces & ((spaces << 8) | space_before)) != 0) return false;
    space_before = spaces >> 56;
  }
  bool after_space = space_before != 0;
  for (; i < size; ++i) {
    const char ch = text[i];
    if (ch == ' ') {
      if (after_space) return false;
      after_space = true;
    } else {
      if (ch >= '\t' && ch <= '\r') return false;
      after_space = false;
    }
  }
  return true;
}

}  // namespace

std::string evidence_text(const Document& doc, const std::vector<Span>& evidence) {
  if (evidence.empty()) return "";
  const Span& span = evidence.front();
  if (span.begin >= span.end || span.end > doc.text.size()) return "";
  constexpr std::size_t kMax = 300;
  // Most sentences are folded already: one copy.
  if (span.size() < kMax && already_folded(doc.text.data() + span.begin, span.size())) {
    return std::string(doc.text, span.begin, span.size());
  }
  // Into a buffer on the stack (at most kMax + 1 bytes: a space and a
  // character may both go in just under the limit), one std::string at the end.
  char buffer[kMax + 1];
  std::size_t size = 0;
  bool space = false;
  const char* text = doc.text.data();
  std::size_t i = span.begin;
  while (i < span.end && size < kMax) {
    if (is_space(text[i])) {
      space = size > 0;
      ++i;
      continue;
    }
    if (space) buffer[size++] = ' ';
    space = false;
    // A run of other bytes is copied whole, up to the limit (kMax + 1 in
    // all with the space: one byte past kMax is never needed).
    std::size_t end = i + 1;
    while (end < span.end && !is_space(text[end])) ++end;
    const std::size_t take = std::min(end - i, kMax - size + (size < kMax ? 0 : 1));
    std::memcpy(buffer + size, text + i, take);
    size += take;
    i += take;
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
