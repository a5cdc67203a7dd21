#include <doctest/doctest.h>

#include "helpers.hpp"
#include "language/clean.hpp"
#include "language/segment.hpp"

using namespace newsgraph;

namespace {

std::vector<std::string> token_texts(const std::string& text) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text, 0, &testing::lexicon())) out.emplace_back(text.substr(t.span.begin, t.span.size()));
  return out;
}

std::vector<std::string> sentences_of(const std::string& text) {
  Document doc = make_document("t", "t", text);
  clean(doc, testing::lexicon());
  segment(doc, testing::lexicon());
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.slice(s.span));
  return out;
}

}  // namespace

TEST_CASE("tokens keep abbreviations, initials and possessives apart") {
  using V = std::vector<std::string>;
  const struct {
    const char* text;
    V tokens;
  } cases[] = {
      {"the U.S. said", V{"the", "U.S.", "said"}},
      {"Japan’s chief", V{"Japan", "’s", "chief"}},
      {"Japan's chief", V{"Japan", "'s", "chief"}},
      {"Antony J. Blinken", V{"Antony", "J.", "Blinken"}},
      {"Mr. Xi met al-Sisi", V{"Mr.", "Xi", "met", "al-Sisi"}},
      // A party and a state's abbreviation after a senator's name keep the period.
      {"Sen. Pat Lund, R-Kan., said", V{"Sen.", "Pat", "Lund", ",", "R-Kan.", ",", "said"}},
      {"O'Connor wrote", V{"O'Connor", "wrote"}},
      // A prefix of time before a capitalized title is a word of its own; other hyphenated words stay whole.
      {"ex-President Kenyatta", V{"ex", "-", "President", "Kenyatta"}},
      {"Then-Prime Minister Johnson", V{"Then", "-", "Prime", "Minister", "Johnson"}},
      {"a then-secret plan", V{"a", "then-secret", "plan"}},
      {"Co-Chair Lima", V{"Co-Chair", "Lima"}},
      {"“It is,” he said", V{"“", "It", "is", ",", "”", "he", "said"}},
      {"«Oui» dit-il", V{"«", "Oui", "»", "dit-il"}},
      {"a 25% levy of $1,200.50", V{"a", "25", "%", "levy", "of", "$", "1,200.50"}},
      {"talks — frank ones", V{"talks", "—", "frank", "ones"}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(token_texts(c.text) == c.tokens);
  }
}

TEST_CASE("a listed abbreviation ending a document's line ends its sentence; in a lexicon entry it stays whole") {
  Document doc = make_document("t", "t", "Austin met Dong Jun.\nThey talked.");
  clean(doc, testing::lexicon());
  segment(doc, testing::lexicon());
  std::vector<std::string> tokens;
  for (const Token& t : doc.tokens) tokens.emplace_back(doc.slice(t.span));
  CHECK(tokens == std::vector<std::string>{"Austin", "met", "Dong", "Jun", ".", "They", "talked", "."});
  CHECK(token_texts("Jun.") == std::vector<std::string>{"Jun."});
}

TEST_CASE("token kinds: quotes open and close, capitals and acronyms") {
  const std::string text = "\"We agree,\" NATO said";
  const auto tokens = tokenize(text, 0, &testing::lexicon());
  REQUIRE(tokens.size() == 7);
  CHECK(tokens[0].kind == TokenKind::open_quote);
  CHECK(tokens[4].kind == TokenKind::close_quote);
  CHECK(tokens[5].all_caps);
  CHECK(tokens[1].capitalized);
  CHECK_FALSE(tokens[6].capitalized);
}

TEST_CASE("sentences split at final punctuation but not after abbreviations") {
  using V = std::vector<std::string>;
  const struct {
    const char* text;
    V sentences;
  } cases[] = {
      {"Mr. Smith met Gen. Jones. They talked.", V{"Mr. Smith met Gen. Jones.", "They talked."}},
      {"Sen. Pat Lund, R-Kan., told reporters. They left.", V{"Sen. Pat Lund, R-Kan., told reporters.", "They left."}},
      {"The U.S. and the U.K. agreed on Jan. 5. Talks go on.", V{"The U.S. and the U.K. agreed on Jan. 5.", "Talks go on."}},
      {"“We agreed,” he said. “Next week.”", V{"“We agreed,” he said.", "“Next week.”"}},
      {"First line\nSecond line", V{"First line", "Second line"}},
      {"Is it? Yes! Fine.", V{"Is it?", "Yes!", "Fine."}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(sentences_of(c.text) == c.sentences);
  }
}

TEST_CASE("every token and sentence span reads back its own text") {
  const std::string text = "BALI, 09 July 2022, (TON): Prime Minister Jane Roe met Antony J. Blinken in Bali.\nShe said: «Good».";
  Document doc = make_document("t", "t", text);
  clean(doc, testing::lexicon());
  segment(doc, testing::lexicon());
  REQUIRE_FALSE(doc.tokens.empty());
  for (const Token& t : doc.tokens) {
    CHECK(t.span.end <= doc.text.size());
    CHECK_FALSE(doc.slice(t.span).empty());
  }
  for (const Sentence& s : doc.sentences) CHECK(doc.slice(s.span).find('\n') == std::string_view::npos);
}

TEST_CASE("tokens appended after others do not look back at them") {
  // A line's first quote mark opens a quote even right after the previous
  // line's last word, and the spans carry the line's offset.
  const std::string first = "Kato said";
  const std::string second = "'s words\"";
  std::vector<Token> tokens;
  tokenize_into(first, 0, &testing::lexicon(), tokens);
  REQUIRE(tokens.size() == 2);
  tokenize_into(second, 9, &testing::lexicon(), tokens);
  REQUIRE(tokens.size() == 6);
  CHECK(tokens[2].kind == TokenKind::open_quote);
  CHECK(tokens[2].span == Span{9, 10});
  CHECK(tokens[3].kind == TokenKind::word);
  CHECK(tokens[5].kind == TokenKind::close_quote);
  // The same text in one piece: the mark after "said" is a possessive.
  const std::vector<Token> whole = tokenize(first + second, 0, &testing::lexicon());
  CHECK(whole[2].kind == TokenKind::possessive);
}
