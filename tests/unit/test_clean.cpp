#include <doctest/doctest.h>

#include "helpers.hpp"
#include "language/clean.hpp"

using namespace newsgraph;

TEST_CASE("boilerplate lines are recognized") {
  const struct {
    const char* line;
    bool boilerplate;
  } cases[] = {
      {"Article content", true},
      {"  Article content  ", true},
      {"Subscribe now to read the latest news in your city and across Canada.", true},
      {"By signing up you consent to receive the above newsletter from Postmedia Network Inc.", true},
      {"Sign In or Create an Account", true},
      {"* * *", true},
      {"Share this article", true},
      {"Copyright 2025 Example Wire. All rights reserved.", true},
      {"The minister said the talks were frank and open.", false},
      {"“We will share the results,” she said.", false},
      // Outside ASCII: typographic marks fold, letters lower-case with ICU.
      {"Copyright\u00A0©\u00A02025 Example Wire — ALL RIGHTS RESERVED", true},
      {"“Subscribe now” to read more", true},
      {"ÉDITION DU SOIR · CLICK HERE", true},
      {"SHARE VIA WhatsApp", true},
      {"Der Präsident sagte, die Gespräche seien gut gewesen.", false},
      {"ÉLYSÉE: MACRON MET SCHOLZ", false},
      // Space runs of any kind fold to one space wherever they fall in the
      // eight-byte steps of the ASCII fast path; capitals anywhere.
      {"Talks went on. CLICK  HERE", true},
      {"Talks went on.  Click\there", true},
      {"Talks went on. Click \u00A0 \tHere for more", true},
      {"ab Click   Here", true},
      {"abcdefg Click Here", true},
      {"ALL RIGHTS\t\tRESERVED", true},
      {"Click-here is no phrase", false},
      {"clickhere", false},
      {"The leaders ~ met in Tokyo ~ and spoke of rights, all reserved.", false},
  };
  for (const auto& c : cases) {
    CAPTURE(c.line);
    CHECK(is_boilerplate_line(c.line, testing::lexicon()) == c.boilerplate);
  }
}

TEST_CASE("clean keeps story regions with their original offsets and finds the date line") {
  const std::string text =
      "Article content\n"
      "Leaders met on Friday.\n"
      "Subscribe now to read the latest news.\n"
      "October 1, 2010\n"
      "They agreed.\n";
  Document doc = make_document("t", "t", text);
  clean(doc, testing::lexicon());
  REQUIRE(doc.story.size() == 2);
  CHECK(doc.slice(doc.story[0]) == "Leaders met on Friday.");
  CHECK(doc.slice(doc.story[1]) == "They agreed.");
  CHECK(doc.date == "2010-10-01");
}

TEST_CASE("a date header opening the first line is the document's date, not its story") {
  const struct {
    const char* text;
    const char* story;  // the first story region
    const char* date;
  } rows[] = {
      {" date 2025-06-07 Kenyan President Daniel Mwangi met Tesfaye Alemu.\nThey agreed.", "Kenyan President Daniel Mwangi met Tesfaye Alemu.\nThey agreed.",
       "2025-06-07"},
      {"Published: 2024-01-10 Leaders met on Friday.", "Leaders met on Friday.", "2024-01-10"},
      {"2024-01-10 Leaders met on Friday.", "Leaders met on Friday.", "2024-01-10"},
      // A dateline's place before the date is part of the story.
      {"ROME 1996-12-06 Italy and Kenya signed the accord on trade and the border.",
       "ROME 1996-12-06 Italy and Kenya signed the accord on trade and the border.", ""},
      // Not a header: two words before the date, or a date on a later line, stays story.
      {"Talks between the two governments ended 2024-01-10 with a deal on trade and borders.",
       "Talks between the two governments ended 2024-01-10 with a deal on trade and borders.", ""},
      {"Leaders met.\ndate 2024-01-10 They agreed on a long list of measures for the border and trade.",
       "Leaders met.\ndate 2024-01-10 They agreed on a long list of measures for the border and trade.", ""},
      {"date 2024-13-40 Leaders met.", "date 2024-13-40 Leaders met.", ""},
  };
  for (const auto& row : rows) {
    const std::string text = row.text;
    CAPTURE(text);
    Document doc = make_document("t", "t", row.text);
    clean(doc, testing::lexicon());
    REQUIRE_FALSE(doc.story.empty());
    CHECK(doc.slice(doc.story[0]) == row.story);
    CHECK(doc.date == row.date);
  }
}

TEST_CASE("names in a subscription box never become nodes") {
  const std::string text =
      "Foreign Minister Jane Roe met Prime Minister John Doe in Lisbon on Monday, officials said.\n"
      "- Exclusive articles from Barbara Shecter, Joe O'Connor, Gabriel Friedman and others.\n"
      "Subscribe now to read the latest news in your city and across Canada.\n";
  const Document doc = testing::process(text);
  CHECK(testing::find_entity(doc, "person:jane-roe") != nullptr);
  CHECK(testing::find_entity(doc, "person:barbara-shecter") == nullptr);
  CHECK(testing::find_entity(doc, "person:joe-oconnor") == nullptr);
  CHECK(testing::find_entity(doc, "person:gabriel-friedman") == nullptr);
}
