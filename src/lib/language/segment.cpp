#include "language/segment.hpp"

#include <algorithm>

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

// Reads the tokens of one text into `out`. The tokens of this text start at
// `first_`; what is before them is not looked at.
class Tokenizer {
 public:
  Tokenizer(std::string_view text, std::uint32_t base, const Lexicon* lexicon, std::vector<Token>& out, bool whole_line)
      : text_(text), base_(base), lexicon_(lexicon), out_(out), first_(out.size()), whole_line_(whole_line) {}

  void run() {
    while (pos_ < text_.size()) {
      if (text_[pos_] == ' ') {  // most white space, without decoding
        ++pos_;
        continue;
      }
      const std::size_t start = pos_;
      const char32_t c = text::next_code_point(text_, pos_);
      if (text::is_space(c)) continue;
      Token token;
      token.kind = read_token(token, start, c);
      token.span = {base_ + static_cast<std::uint32_t>(start), base_ + static_cast<std::uint32_t>(pos_)};
      out_.push_back(token);
    }
  }

 private:
  char32_t peek(std::size_t at) const {
    if (at >= text_.size()) return 0;
    return text::next_code_point(text_, at);
  }
  std::size_t peek_after(std::size_t at) const {
    if (at >= text_.size()) return at;
    text::next_code_point(text_, at);
    return at;
  }

  // The kind of the token that starts at `start` with `c`; moves pos_ to its end.
  TokenKind read_token(Token& token, std::size_t start, char32_t c) {
    if (text::is_letter(c) || text::is_digit(c)) {
      const bool number = text::is_digit(c);
      extend_word(start, c, number);
      mark_case(token, start, c, number);
      return number ? TokenKind::number : TokenKind::word;
    }
    if (c == U'\'' && peek(pos_) == U'\'') {
      // '' (two apostrophes, as some papers print a double quotation mark): opens before a word, else closes.
      ++pos_;
      const bool after_space = start == 0 || out_.size() == first_ || out_.back().span.end < base_ + start ||
                               out_.back().kind == TokenKind::open_quote;
      return after_space ? TokenKind::open_quote : TokenKind::close_quote;
    }
    if (text::is_apostrophe(c) || c == U'\u2018') return apostrophe_kind(start, c);
    if (c == U'"') return straight_quote_kind(start);
    if (is_opening_quote(c)) return TokenKind::open_quote;
    if (is_closing_quote(c)) return TokenKind::close_quote;
    return TokenKind::punct;
  }

  // Extends the word over letters/digits and inner joiners followed by a letter/digit.
  void extend_word(std::size_t start, char32_t c, bool number) {
    while (pos_ < text_.size()) {
      if (is_ascii_alnum(text_[pos_])) {  // the common case, without decoding
        ++pos_;
        continue;
      }
      if (text_[pos_] == ' ') break;  // most words end so: no joiner, nothing to look at after it
      if (!join_next(start, c, number)) break;
    }
  }

  // The character at pos_ after a word's letters: steps over it (and what it
  // joins) when the word goes on past it; false when the word ends here.
  bool join_next(std::size_t start, char32_t c, bool number) {
    const char32_t next = peek(pos_);
    if (text::is_letter(next) || text::is_digit(next)) {
      pos_ = peek_after(pos_);
      return true;
    }
    if (text::is_format(next)) return skip_format();
    const std::size_t after = peek_after(pos_);
    const char32_t following = peek(after);
    const bool joiner_ok = text::is_letter(following) || text::is_digit(following);
    if (text::is_apostrophe(next) && joiner_ok) {
      // possessive "'s" ends the word: "Japan's" -> "Japan" "'s"
      const std::size_t after_s = peek_after(after);
      const char32_t after_s_char = peek(after_s);
      if ((following == U's' || following == U'S') && !text::is_letter(after_s_char) && !text::is_digit(after_s_char)) return false;
      pos_ = after;
      return true;
    }
    if ((next == U'-' || next == U'\u2011' || next == U'&') && joiner_ok) {
      // "ex-President", "then-Prime Minister": a prefix of time before a capitalized title is a word of its own.
      if (next != U'&' && text::is_upper(following) && lexicon_ &&
          lexicon_->in_class(text::lower(text_.substr(start, pos_ - start)), WordClass::title_time_prefix)) {
        return false;
      }
      pos_ = after;
      return true;
    }
    if (number && (next == U'.' || next == U',' || next == U':' || next == U'/') && text::is_digit(following)) {
      pos_ = after;
      return true;
    }
    if (next == U'.' && !number) return take_period(start, c, after, following);
    return false;
  }

  // "Jos\u00ADé", "Ana\u200DMaria": invisible characters inside a word are part of it.
  bool skip_format() {
    std::size_t after_format = peek_after(pos_);
    while (after_format < text_.size() && text::is_format(peek(after_format))) after_format = peek_after(after_format);
    const char32_t resumed = peek(after_format);
    if (!text::is_letter(resumed) && !text::is_digit(resumed)) return false;
    pos_ = after_format;
    return true;
  }

  static std::string_view after_last_hyphen(std::string_view word) {
    const std::size_t hyphen = word.rfind('-');
    return hyphen == std::string_view::npos ? std::string_view() : word.substr(hyphen + 1);
  }

  // A period after a word: inside an initialism the word goes on; an
  // initialism's, an initial's or a listed abbreviation's final period ends
  // it, kept. False when the word ends.
  bool take_period(std::size_t start, char32_t c, std::size_t after, char32_t following) {
    const std::string_view so_far = text_.substr(start, pos_ - start);
    if (text::is_letter(following) && is_initialism(so_far)) {
      pos_ = after;  // "U.S" inside "U.S."
      return true;
    }
    std::string with_period(text_.substr(start, after - start));
    if (is_initialism(so_far) && so_far.size() > 1) {
      pos_ = after;  // "U.S." keeps its final period
    } else if (so_far.size() == 1 && text::is_upper(c)) {
      pos_ = after;  // an initial: "J."
    } else if (lexicon_ && (lexicon_->is_abbreviation(with_period) || lexicon_->is_abbreviation(after_last_hyphen(with_period))) &&
               !(whole_line_ && following == 0)) {
      pos_ = after;  // "Mr.", "Gen.", "Jan.", "R-Kan." (a party and a state); ending a line, the period ends a sentence
    }
    return false;
  }

  void mark_case(Token& token, std::size_t start, char32_t c, bool number) const {
    token.capitalized = text::is_upper(c);
    // A word that starts in lower case (most) is not in capitals: no need to look further.
    if (number || text::is_lower(c)) return;
    bool all_upper = true;
    int letters = 0;
    std::size_t p = start;
    while (p < pos_ && all_upper) {
      const char32_t ch = text::next_code_point(text_, p);
      if (text::is_letter(ch)) {
        ++letters;
        all_upper = !text::is_lower(ch);
      }
    }
    token.all_caps = all_upper && letters >= 2;
  }

  TokenKind apostrophe_kind(std::size_t start, char32_t c) {
    const char32_t next = peek(pos_);
    const std::size_t after = peek_after(pos_);
    const char32_t following = peek(after);
    const bool after_word = out_.size() > first_ && out_.back().span.end == base_ + start &&
                            out_.back().kind == TokenKind::word;
    if (after_word && (next == U's' || next == U'S') && !text::is_letter(following) && !text::is_digit(following)) {
      pos_ = after;
      return TokenKind::possessive;
    }
    if (after_word && c != U'\u2018' && !text::is_letter(next)) {
      // "leaders’ summit": a plural possessive, or a closing single quote
      const std::string_view prev = text_.substr(out_.back().span.begin - base_, out_.back().span.size());
      return (!prev.empty() && (prev.back() == 's' || prev.back() == 'S')) ? TokenKind::possessive : TokenKind::close_quote;
    }
    return after_word ? TokenKind::close_quote : TokenKind::open_quote;
  }

  TokenKind straight_quote_kind(std::size_t start) const {
    const bool after_space = start == 0 || out_.size() == first_ || out_.back().span.end < base_ + start ||
                             out_.back().kind == TokenKind::open_quote ||
                             (out_.back().kind == TokenKind::punct && text_[start - 1] != '.' && text_[start - 1] != ',' &&
                              text_[start - 1] != '?' && text_[start - 1] != '!');
    return after_space ? TokenKind::open_quote : TokenKind::close_quote;
  }

  std::string_view text_;
  std::uint32_t base_;
  const Lexicon* lexicon_;
  std::vector<Token>& out_;
  std::size_t first_;
  bool whole_line_;  ///< text_ is a whole line: its end ends a sentence
  std::size_t pos_ = 0;
};

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::uint32_t base, const Lexicon* lexicon) {
  std::vector<Token> tokens;
  tokenize_into(text, base, lexicon, tokens);
  return tokens;
}

void tokenize_into(std::string_view text, std::uint32_t base, const Lexicon* lexicon, std::vector<Token>& out, bool whole_line) {
  Tokenizer(text, base, lexicon, out, whole_line).run();
}

namespace {

bool ends_sentence(std::string_view t) { return t == "." || t == "!" || t == "?" || t == "…"; }

}  // namespace

std::size_t token_at_offset(const std::vector<Token>& tokens, std::uint32_t offset) {
  const auto it = std::lower_bound(tokens.begin(), tokens.end(), offset, [](const Token& t, std::uint32_t o) { return t.span.begin < o; });
  return static_cast<std::size_t>(it - tokens.begin());
}

std::size_t after_dateline(const Document& doc, const Sentence& s) {
  constexpr std::size_t longest_dateline = 12;  // tokens
  if (s.first_token >= s.end_token || !doc.tokens[s.first_token].all_caps) return s.first_token;
  for (std::size_t t = s.first_token + 1; t < s.end_token && t < s.first_token + longest_dateline; ++t) {
    if (text::is_dash_token(doc.slice(doc.tokens[t].span))) return t + 1;
  }
  return s.first_token;
}

std::vector<bool> tokens_in_mentions(const Document& doc) {
  std::vector<bool> held(doc.tokens.size(), false);
  for (const Mention& m : doc.mentions) {
    for (std::size_t t = token_at_offset(doc.tokens, m.span.begin); t < doc.tokens.size() && doc.tokens[t].span.begin < m.span.end; ++t) {
      held[t] = true;
    }
  }
  return held;
}

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
      tokenize_into(line, line_begin, &lexicon, tokens, true);
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
