#include "language/credits.hpp"

#include "language/lexicon.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <string_view>

namespace newsgraph {
namespace {

// Within this many bytes of its line's start, a spaced dash ends a dateline.
constexpr std::size_t kDatelineBytes = 60;
// Datelines open a story: only its first lines are looked at.
constexpr std::size_t kDatelineLines = 3;

// The position of the last `ch` in `text`, or npos. Lines run to hundreds
// of bytes: glibc's memrchr reads them a vector at a time, where
// std::string_view::rfind steps back a byte at a time.
std::size_t last_of(std::string_view text, char ch) {
  const void* found = memrchr(text.data(), ch, text.size());
  return found == nullptr ? std::string_view::npos : static_cast<std::size_t>(static_cast<const char*>(found) - text.data());
}

struct Line {
  std::size_t begin = 0, end = 0;
  std::size_t number = 0;  ///< of the line, counted only up to kDatelineLines (all that in_dateline asks)
};

Line line_around(std::string_view text, std::size_t at) {
  Line line;
  const std::size_t newline = at == 0 ? std::string_view::npos : last_of(text.substr(0, at), '\n');
  line.begin = newline == std::string_view::npos ? 0 : newline + 1;
  line.end = std::min(text.find('\n', at), text.size());
  // Counting every line before it would read the text from its start for each mention.
  for (std::size_t from = 0; line.number < kDatelineLines; ++line.number) {
    const std::size_t next = text.find('\n', from);
    if (next == std::string_view::npos || next >= line.begin) break;
    from = next + 1;
  }
  return line;
}

// "(Jane Doe / Associated Press)", "(MENAFN- Jordan Times)": parentheses on
// the span's line whose words are split by a slash or a dash that ends a word.
bool in_credit_parentheses(std::string_view text, const Line& line, Span span) {
  // Brackets are looked for on the span's line alone, not through the text before and after it.
  const std::size_t open_in_line = last_of(text.substr(line.begin, span.begin + 1 - line.begin), '(');
  if (open_in_line == std::string_view::npos || span.end > line.end) return false;
  const std::size_t open = line.begin + open_in_line;
  const std::size_t close_after = text.substr(span.end, line.end - span.end).find(')');
  if (close_after == std::string_view::npos) return false;
  const std::size_t close = span.end + close_after;
  const std::string_view before = text.substr(open, span.begin - open);
  if (before.find(')') != std::string_view::npos) return false;
  const std::string_view inside = text.substr(open + 1, close - open - 1);
  return inside.find('/') != std::string_view::npos || inside.find("- ") != std::string_view::npos;
}

// "Ahmed Saleh/AFP", "Photo: Jane Doe / Reuters", "X/AFP via Getty Images": an outlet after a slash that follows a
// name, on a short line of its own (a picture's credit; "and/or" in prose joins lower-case words).
bool after_name_slash(std::string_view text, const Line& line, Span span) {
  constexpr std::size_t kCreditLineBytes = 100;
  if (line.end - line.begin > kCreditLineBytes || span.begin <= line.begin) return false;
  std::size_t k = last_of(text.substr(line.begin, span.begin - line.begin), '/');
  if (k == std::string_view::npos) return false;
  k += line.begin;
  while (k > line.begin && text[k - 1] == ' ') --k;
  if (k == line.begin || !std::isalpha(static_cast<unsigned char>(text[k - 1]))) return false;
  std::size_t word = k;  // the word before the slash is capitalized: a name's
  while (word > line.begin && text[word - 1] != ' ' && text[word - 1] != ':') --word;
  return std::isupper(static_cast<unsigned char>(text[word]));
}

bool after_copyright_sign(std::string_view text, const Line& line, Span span) {
  const std::size_t sign = text.substr(line.begin, span.begin - line.begin).find("\u00A9");
  return sign != std::string_view::npos;
}

// Does the line open with a word in capitals ("WASHINGTON (AP) —")?
bool opens_in_capitals(std::string_view head) {
  std::size_t letters = 0;
  for (const char c : head) {
    if (c < 'A' || c > 'Z') break;
    ++letters;
  }
  return letters >= 2 && (letters == head.size() || !std::isalpha(static_cast<unsigned char>(head[letters])));
}

// "Tehran, May 6, IRNA – Foreign Ministry ...", "Tokyo, Aug. 28 (Jiji Press)--Japanese ...": before a dash that is
// spaced or closes a credit, near the start of an opening line, or of any line that opens in capitals (a story
// below a page's header: "WASHINGTON (AP) — ...").
bool in_dateline(std::string_view text, const Line& line, Span span) {
  const std::string_view head = text.substr(line.begin, std::min(kDatelineBytes, line.end - line.begin));
  if (line.number >= kDatelineLines && !opens_in_capitals(head)) return false;
  std::size_t dash = std::string_view::npos;
  for (std::string_view mark : {" \u2013 ", " \u2014 ", " - ", " -- ", ")--", ")\u2014", ")\u2013"}) dash = std::min(dash, head.find(mark));
  return dash != std::string_view::npos && span.end <= line.begin + dash;
}

// "Photo: PID", "File photo: Jordan News": a credit mark and a colon before the span on its line.
bool after_credit_mark(const Document& doc, const Lexicon& lexicon, const TokenKeys& keys, Span span) {
  constexpr std::size_t reach = 8;  // tokens back from the span
  const auto first = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), span.begin, [](const Token& t, std::uint32_t at) { return t.span.begin < at; });
  std::size_t t = static_cast<std::size_t>(first - doc.tokens.begin());
  const std::string_view text = doc.text;
  for (std::size_t steps = 0; t >= 2 && steps < reach; --t, ++steps) {
    if (text.substr(doc.tokens[t - 1].span.end, doc.tokens[t].span.begin - doc.tokens[t - 1].span.end).find('\n') != std::string_view::npos) return false;
    if (keys.exact[t - 1] == ":" && lexicon.in_class(keys.lower_id[t - 2], WordClass::credit_mark)) return true;
  }
  return false;
}

}  // namespace

bool in_credit(const Document& doc, Span span) {
  const std::string_view text = doc.text;
  const Line line = line_around(text, span.begin);
  return in_credit_parentheses(text, line, span) || after_copyright_sign(text, line, span) || in_dateline(text, line, span) ||
         after_name_slash(text, line, span);
}

void drop_credited_outlets(Document& doc, const Lexicon& lexicon, const TokenKeys& keys) {
  // A place named only where the story was filed sets no scene either.
  const auto dropped_type = [](EntityType type) { return type == EntityType::organization || type == EntityType::location; };
  std::map<std::string, bool> only_credited;  // organization or place key -> every mention so far in a credit
  for (const Mention& m : doc.mentions) {
    if (!dropped_type(m.type)) continue;
    const bool credited = m.type == EntityType::organization ? in_credit(doc, m.span) || after_credit_mark(doc, lexicon, keys, m.span)
                                                             : in_dateline(doc.text, line_around(doc.text, m.span.begin), m.span);
    const auto [it, added] = only_credited.try_emplace(m.key, credited);
    if (!added) it->second = it->second && credited;
  }
  std::erase_if(doc.mentions, [&](const Mention& m) { return dropped_type(m.type) && only_credited[m.key]; });
}

}  // namespace newsgraph
