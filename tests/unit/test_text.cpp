#include <doctest/doctest.h>

#include "language/dates.hpp"
#include "base/text.hpp"

using namespace newsgraph;

TEST_CASE("slug folds names to id-safe ASCII") {
  const struct {
    const char* in;
    const char* out;
  } cases[] = {
      {"Ryosei Akazawa", "ryosei-akazawa"},
      {"Recep Tayyip Erdoğan", "recep-tayyip-erdogan"},
      {"Jose Antonio Meade", "jose-antonio-meade"},
      {"Xi’s", "xis"},
      {"  Ursula von der Leyen ", "ursula-von-der-leyen"},
      {"Treasury Secretary", "treasury-secretary"},
      {"Lula da Silva", "lula-da-silva"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(text::slug(c.in) == c.out);
  }
}

TEST_CASE("fold_punctuation unifies apostrophes and spaces") {
  CHECK(text::fold_punctuation("Japan’s  top\u00a0man") == "Japan's top man");
  CHECK(text::trim("  \t x y \n") == "x y");
  CHECK(text::lower("ÉLYSÉE") == "élysée");
}

TEST_CASE("lower: ASCII and unchanging characters without ICU give what ICU gives") {
  const struct {
    const char* in;
    const char* out;
  } cases[] = {
      {"Tokyo", "tokyo"},           {"U.S.", "u.s."},           {"—", "—"},                 {"Japan’s", "japan’s"},
      {"«NATO»", "«nato»"},          {"Erdoğan", "erdoğan"},     {"ERDOĞAN", "erdoğan"},     {"Ærø", "ærø"},
      {"ΣΟΦΙΑ", "σοφια"},            {"Straße", "straße"},       {"x\xff y", "x\xef\xbf\xbd y"}, {"", ""},
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    CHECK(text::lower(c.in) == c.out);
  }
}

TEST_CASE("line_end stops at LF or CR, whichever comes first") {
  const struct {
    const char* text;
    std::size_t from;
    std::size_t end;
  } cases[] = {
      {"one\ntwo", 0, 3},      {"one\ntwo", 4, 7},       {"one\r\ntwo", 0, 3},    {"one\rtwo\nthree", 0, 3},
      {"one\rtwo\nthree", 4, 7}, {"no break", 0, 8},        {"\n", 0, 0},             {"", 0, 0},
      {"end\n", 4, 4},         {"a\n\rb", 2, 2},          {"x", 5, 1},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CAPTURE(c.from);
    CHECK(text::line_end(c.text, c.from) == c.end);
  }
}

TEST_CASE("sha256 matches the standard test vectors") {
  CHECK(text::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(text::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("dates are found in common news forms") {
  const struct {
    const char* in;
    const char* iso;
  } cases[] = {
      {"October 1, 2010", "2010-10-01"},
      {"BALI, 09 July 2022, (TON):", "2022-07-09"},
      {"Published 2024-06-21 10:00", "2024-06-21"},
      {"Sept. 6, 2016", "2016-09-06"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.in);
    const auto d = find_date(c.in);
    REQUIRE(d.has_value());
    CHECK(d->iso() == c.iso);
  }
  CHECK_FALSE(find_date("no date here, only 2024 and 31").has_value());
  CHECK_FALSE(find_date("February 30, 2024").has_value());
}

TEST_CASE("weekday arithmetic") {
  CHECK(weekday_of({2025, 5, 2}) == 4);  // a Friday
  CHECK(civil_from_days(days_from_civil({2024, 2, 28}) + 1).iso() == "2024-02-29");
  CHECK(weekday_number("Thursday") == 3);
  CHECK(month_number("Jan.") == 1);
  CHECK(month_number("June") == 6);
  CHECK(month_number("Ma") == 0);
}

TEST_CASE("xml_escape escapes markup and drops control characters") {
  CHECK(text::xml_escape("a<b & \"c\">") == "a&lt;b &amp; &quot;c&quot;&gt;");
  CHECK(text::xml_escape(std::string("x\x01y\nz", 5)) == "x y\nz");
}

TEST_CASE("month and weekday names in any case, and words that are not them") {
  const struct {
    const char* word;
    int month;
    int weekday;
  } cases[] = {
      {"SEPTEMBER", 9, -1}, {"Sept.", 9, -1},   {"sep", 9, -1},      {"Septembers", 0, -1},  {"FRIDAY", 0, 4},
      {"Fridays", 0, -1},   {"mAy", 5, -1},     {"Mayor", 0, -1},    {"Ｍａｙ", 0, -1},        {"", 0, -1},
      {"internationalization", 0, -1},          {"Sunday.", 0, -1},  {"Márch", 0, -1},
      {"january", 1, -1},   {"FEB.", 2, -1},    {"Aug", 8, -1},      {"oct.", 10, -1},       {"NOV", 11, -1},
      {"december", 12, -1}, {"monday", 0, 0},   {"TUESDAY", 0, 1},   {"Wednesday", 0, 2},    {"saturday", 0, 5},
      {"SUNDAY", 0, 6},     {"said", 0, -1},    {"the", 0, -1},      {"Ja", 0, -1},          {"ÉMay", 0, -1},
  };
  for (const auto& c : cases) {
    CAPTURE(c.word);
    CHECK(month_number(c.word) == c.month);
    CHECK(weekday_number(c.word) == c.weekday);
  }
}

TEST_CASE("is_dash_token: a token of dashes only, whichever dashes") {
  for (const char* dash : {"-", "--", "\u2013", "\u2014", "\u2014\u2014"}) CHECK(text::is_dash_token(dash));
  for (const char* other : {"", "a-b", "-x", ",", "\u2019"}) CHECK_FALSE(text::is_dash_token(other));
}
