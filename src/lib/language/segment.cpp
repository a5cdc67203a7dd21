#include "language/segment.hpp"

#include "language/lexicon.hpp"
#include "base/text.hpp"

namespace newsgraph {
namespace {

bool is_opening_quote(char32_t c) { return c == U'\u201C' || c == U'\u00AB' || c == U'\u2018' || c == U'\u201E'; }
bool is_ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool is_closing_quote(char32_t c) { return c == U'\u201D' || c == U'\u00BB'; }

// An initialism so far ("U.S", "U.N") or a single letter: its final period belongs to the word.
bool is_initialism(std::string_view word) {
  if (word.size() == 1) return true;
  // Real initialisms are short; the cap keeps "A.B.C.D..." (re-checked at
  // every period) from costing quadratic time.
  if (word.size() > 31) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const bool want_letter = i % 2 == 0;
    const char c = word[i];
    if (want_letter ? !((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) : c != '.') return false;
  }
  return true;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::uint32_t base, const Lexicon* lexicon) {
  std::vector<Token> tokens;
  tokenize_into(text, base, lexicon, tokens);
  return tokens;
}

void tokenize_into(std::string_view text, std::uint32_t base, const Lexicon* lexicon, std::vector<Token>& out) {
  // The tokens of this text start at `first`; what is before them is not looked at.
  const std::size_t first = out.size();
  std::size_t pos = 0;
  auto peek = [&](std::size_t at) -> char32_t {
    if (at >= text.size()) return 0;
    return text::next_code_point(text, at);
  };
  auto peek_after = [&](std::size_t at) -> std::size_t {
    if (at >= text.size()) return at;
    text::next_code_point(text, at);
    return at;
  };
  while (pos < text.size()) {
    if (text[pos] == ' ') {  // most white space, without decoding
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    const char32_t c = text::next_code_point(text, pos);
    if (text::is_space(c)) continue;
    Token token;
    if (text::is_letter(c) || text::is_digit(c)) {
      const bool number = text::is_digit(c);
      // Extend over letters/digits and inner joiners followed by a letter/digit.
      while (pos < text.size()) {
        if (is_ascii_alnum(text[pos])) {  // the common case, without decoding
          ++pos;
          continue;
        }
        if (text[pos] == ' ') break;  // most words end so: no joiner, nothing to look at after it
        const char32_t next = peek(pos);
        if (text::is_letter(next) || text::is_digit(next)) {
          pos = peek_after(pos);
          continue;
        }
        if (text::is_format(next)) {
          // "Jos\u00ADé", "Ana\u200DMaria": invisible characters inside a word are part of it.
          std::size_t after_format = peek_after(pos);
          while (after_format < text.size() && text::is_format(peek(after_format))) after_format = peek_after(after_format);
          const char32_t resumed = peek(after_format);
          if (!text::is_letter(resumed) && !text::is_digit(resumed)) break;
          pos = after_format;
          continue;
        }
        const std::size_t after = peek_after(pos);
        const char32_t following = peek(after);
        const bool joiner_ok = text::is_letter(following) || text::is_digit(following);
        if (text::is_apostrophe(next) && joiner_ok) {
          // possessive "'s" ends the word: "Japan's" -> "Japan" "'s"
          const std::size_t after_s = peek_after(after);
          const char32_t after_s_char = peek(after_s);
          if ((following == U's' || following == U'S') && !text::is_letter(after_s_char) && !text::is_digit(after_s_char)) break;
          pos = after;
          continue;
        }
        if ((next == U'-' || next == U'\u2011' || next == U'&') && joiner_ok) {
          pos = after;
          continue;
        }
        if (number && (next == U'.' || next == U',' || next == U':' || next == U'/') && text::is_digit(following)) {
          pos = after;
          continue;
        }
        if (next == U'.' && !number) {
          const std::string_view so_far = text.substr(start, pos - start);
          if (text::is_letter(following) && is_initialism(so_far)) {
            pos = after;  // "U.S" inside "U.S."
            continue;
          }
          std::string with_period(text.substr(start, after - start));
          if (is_initialism(so_far) && so_far.size() > 1) {
            pos = after;  // "U.S." keeps its final period
          } else if (so_far.size() == 1 && text::is_upper(c)) {
            pos = after;  // an initial: "J."
          } else if (lexicon && lexicon->is_abbreviation(with_period)) {
            pos = after;  // "Mr.", "Gen.", "Jan."
          }
        }
        break;
      }
      token.kind = number ? TokenKind::number : TokenKind::word;
      token.capitalized = text::is_upper(c);
      // A word that starts in lower case (most) is not in capitals: no need to look further.
      if (!number && !text::is_lower(c)) {
        bool all_upper = true;
        int letters = 0;
        std::size_t p = start;
        while (p < pos && all_upper) {
          const char32_t ch = text::next_code_point(text, p);
          if (text::is_letter(ch)) {
            ++letters;
            all_upper = !text::is_lower(ch);
          }
        }
        token.all_caps = all_upper && letters >= 2;
      }
    } else if (c == U'\'' && peek(pos) == U'\'') {
      // '' (two apostrophes, as some papers print a double quotation mark): opens before a word, else closes.
      ++pos;
      const bool after_space = start == 0 || out.size() == first || out.back().span.end < base + start ||
                               out.back().kind == TokenKind::open_quote;
      token.kind = after_space ? TokenKind::open_quote : TokenKind::close_quote;
    } else if (text::is_apostrophe(c) || c == U'\u2018') {
      const char32_t next = peek(pos);
      const std::size_t after = peek_after(pos);
      const char32_t following = peek(after);
      const bool after_word = out.size() > first && out.back().span.end == base + start &&
                              out.back().kind == TokenKind::word;
      if (after_word && (next == U's' || next == U'S') && !text::is_letter(following) && !text::is_digit(following)) {
        pos = after;
        token.kind = TokenKind::possessive;
      } else if (after_word && c != U'\u2018' && !text::is_letter(next)) {
        // "leaders’ summit": a plural possessive, or a closing single quote
        const std::string_view prev = text.substr(out.back().span.begin - base, out.back().span.size());
        token.kind = (!prev.empty() && (prev.back() == 's' || prev.back() == 'S')) ? TokenKind::possessive : TokenKind::close_quote;
      } else if (after_word) {
        token.kind = TokenKind::close_quote;
      } else {
        token.kind = TokenKind::open_quote;
      }
    } else if (c == U'"') {
      const bool after_space = start == 0 || out.size() == first || out.back().span.end < base + start ||
                               out.back().kind == TokenKind::open_quote ||
                               (out.back().kind == TokenKind::punct && text[start - 1] != '.' && text[start - 1] != ',' &&
                                text[start - 1] != '?' && text[start - 1] != '!');
      token.kind = after_space ? TokenKind::open_quote : TokenKind::close_quote;
    } else if (is_opening_quote(c)) {
      token.kind = TokenKind::open_quote;
    } else if (is_closing_quote(c)) {
      token.kind = TokenKind::close_quote;
    } else {
      token.kind = TokenKind::punct;
    }
    token.span = {base + static_cast<std::uint32_t>(start), base + static_cast<std::uint32_t>(pos)};
    out.push_back(token);
  }
}

namespace {

bool ends_sentence(std::string_view t) { return t == "." || t == "!" || t == "?" || t == "…"; }

}  // namespace

void segment(Document& doc, const Lexicon& lexicon) {
  doc.tokens.clear();
  doc.sentences.clear();
  const std::string_view all(doc.text);
  std::vector<Token> tokens;  // one line's, reused
  for (const Span& region : doc.story) {
    // Lines are paragraphs in news text: sentences never cross a line break.
    std::uint32_t line_begin = region.begin;
    while (line_begin < region.end) {
      // A lone CR ends a line too.
      const auto line_end = static_cast<std::uint32_t>(text::line_end(all.substr(0, region.end), line_begin));
      const std::string_view line = all.substr(line_begin, line_end - line_begin);
      tokens.clear();
      tokenize_into(line, line_begin, &lexicon, tokens);
      std::size_t sentence_start = 0;
      for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string_view t = doc.slice(tokens[i].span);
        bool boundary = i + 1 == tokens.size();
        if (!boundary && tokens[i].kind == TokenKind::punct && ends_sentence(t)) {
          // Closing quotes and brackets right after the period belong to this sentence.
          std::size_t j = i + 1;
          while (j < tokens.size() && (tokens[j].kind == TokenKind::close_quote || doc.slice(tokens[j].span) == ")")) ++j;
          if (j == tokens.size()) {
            i = j - 1;
            boundary = true;
          } else {
            const Token& next = tokens[j];
            const bool starts_new = next.capitalized || next.kind == TokenKind::open_quote || next.kind == TokenKind::number ||
                                    doc.slice(next.span) == "(" || doc.slice(next.span) == "-" || doc.slice(next.span) == "\u2014";
            if (starts_new) {
              i = j - 1;
              boundary = true;
            }
          }
        }
        if (boundary) {
          Sentence sentence;
          sentence.first_token = static_cast<std::uint32_t>(doc.tokens.size() + sentence_start);
          sentence.end_token = static_cast<std::uint32_t>(doc.tokens.size() + i + 1);
          sentence.span = {tokens[sentence_start].span.begin, tokens[i].span.end};
          doc.sentences.push_back(sentence);
          sentence_start = i + 1;
        }
      }
      doc.tokens.insert(doc.tokens.end(), tokens.begin(), tokens.end());
      line_begin = line_end + 1;
    }
  }
}

}  // namespace newsgraph
