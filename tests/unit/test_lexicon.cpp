// The lexicon's lookup structures: token key ids and phrase matching.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "language/lexicon.hpp"
#include "newsgraph/error.hpp"

using namespace newsgraph;

TEST_CASE("the vocabulary gives each key one id and knows no other key") {
  Vocabulary vocabulary;
  CHECK(vocabulary.find("Japan") == Vocabulary::unknown);
  const std::uint32_t japan = vocabulary.intern("Japan");
  const std::uint32_t lower = vocabulary.intern("japan");
  CHECK(japan != lower);  // keys are case-sensitive
  CHECK(vocabulary.intern("Japan") == japan);
  CHECK(vocabulary.find("Japan") == japan);
  CHECK(vocabulary.find("Japa") == Vocabulary::unknown);
  CHECK(vocabulary.find("Japann") == Vocabulary::unknown);
  CHECK(vocabulary.find("") == Vocabulary::unknown);

  // Past several regrowths every key keeps its id.
  std::vector<std::uint32_t> ids;
  for (int i = 0; i < 5000; ++i) ids.push_back(vocabulary.intern("key" + std::to_string(i)));
  for (int i = 0; i < 5000; ++i) REQUIRE(vocabulary.find("key" + std::to_string(i)) == ids[static_cast<std::size_t>(i)]);
  CHECK(vocabulary.find("Japan") == japan);
  CHECK(vocabulary.find("key5000") == Vocabulary::unknown);
}

TEST_CASE("the last bytes of a key read as one big-endian number, at every key length") {
  // The byte-at-a-time definition tail_word must agree with.
  const auto by_bytes = [](std::string_view s, std::size_t from) {
    std::uint64_t word = 0;
    for (std::size_t k = from; k < s.size(); ++k) word = word << 8 | static_cast<unsigned char>(s[k]);
    return word;
  };
  const std::string text = "Ab\x80\xff zZ9-Erdo\xc4\x9f" "an, the Chinese Foreign Ministry";
  for (std::size_t size = 1; size <= text.size(); ++size) {
    const std::string_view key = std::string_view(text).substr(text.size() - size);
    if (size % 8 == 0) continue;  // StringHash::hash reads such a key eight bytes at a time, no tail
    const std::size_t from = size - size % 8;
    CAPTURE(size);
    CHECK(StringHash::tail_word(key, from) == by_bytes(key, from));
  }
  CHECK(StringHash::tail_word("abc", 0) == 0x616263);
  CHECK(StringHash::tail_word("abcdefghijk", 8) == 0x696A6B);
}

TEST_CASE("a phrase table finds the longest phrase at a position, within the tokens given") {
  Vocabulary vocabulary;
  const auto ids = [&](std::vector<std::string> words) {
    std::vector<std::uint32_t> out;
    for (const std::string& w : words) out.push_back(vocabulary.intern(w));
    return out;
  };
  PhraseTable table;
  table.add(ids({"United", "States"}), 1);
  table.add(ids({"United", "States", "Senate"}), 2);
  table.add(ids({"United"}), 3);
  table.add(ids({"United", "States"}), 4);  // a second entry for the same phrase

  const std::vector<std::uint32_t> text = ids({"the", "United", "States", "Senate", "voted"});
  std::vector<int> entries;
  struct Case {
    std::size_t pos;
    std::size_t size;  // how many tokens of `text` the lookup may see
    std::uint32_t length;
    std::vector<int> entries;
  };
  const Case cases[] = {
      {1, 5, 3, {2}},     // the longest phrase wins
      {1, 3, 2, {1, 4}},  // a phrase may not run past the tokens given
      {1, 2, 1, {3}},
      {0, 5, 0, {}},  // no phrase starts with "the"
      {4, 5, 0, {}},
      {5, 5, 0, {}},  // past the end
  };
  for (const Case& c : cases) {
    CAPTURE(c.pos);
    CAPTURE(c.size);
    CHECK(table.longest_match(std::span(text).first(c.size), c.pos, entries) == c.length);
    CHECK(entries == c.entries);
  }
  // A key no phrase uses never matches.
  const std::vector<std::uint32_t> unknown = {Vocabulary::unknown, vocabulary.intern("States")};
  CHECK(table.longest_match(unknown, 0, entries) == 0);
}

TEST_CASE("the built-in lexicon matches token keys of a text by id") {
  const Lexicon lexicon = Lexicon::builtin();
  std::vector<int> entries;
  const std::vector<std::uint32_t> text = lexicon.key_ids({"Treasury", "Secretary", "of", "the", "United", "States"});
  CHECK(lexicon.names().longest_match(text, 4, entries) == 2);
  REQUIRE(!entries.empty());
  bool country = false;
  for (int e : entries) country = country || (lexicon.entry(e).kind == LexKind::country && lexicon.entry(e).key == "US");
  CHECK(country);
  CHECK(lexicon.key_id("Xqzzyv") == Vocabulary::unknown);
}

TEST_CASE("the built-in word lists answer by word, each list for its own words") {
  const Lexicon lexicon = Lexicon::builtin();
  CHECK(lexicon.is_given_name("Aaditya"));
  CHECK_FALSE(lexicon.is_given_name("aaditya"));  // as written
  CHECK_FALSE(lexicon.is_given_name("Afternoon"));
  CHECK(lexicon.is_non_name("Afternoon"));
  CHECK(lexicon.is_abbreviation("Adm."));
  CHECK_FALSE(lexicon.is_abbreviation("Adm"));
  CHECK(lexicon.is_particle("abu"));
  CHECK(lexicon.is_org_prefix("Ministry"));
  CHECK_FALSE(lexicon.is_org_prefix("Inc"));
  CHECK(lexicon.org_suffix("Ministry") == "government");  // one word in two lists
  CHECK(lexicon.org_suffix("Inc") == "company");
  CHECK(lexicon.org_suffix("Sheikh").empty());
  CHECK(lexicon.title_word("President") == TitleWordKind::office_head);
  CHECK(lexicon.title_word("Sheikh") == TitleWordKind::name_title);
  CHECK(lexicon.title_word("Inc") == TitleWordKind::none);
  // A phrase word is in the vocabulary but in no list.
  CHECK(lexicon.key_id("Japan") != Vocabulary::unknown);
  CHECK_FALSE(lexicon.is_given_name("Japan"));
  CHECK_FALSE(lexicon.is_given_name("Xqzzyv"));
  // A word class answers for a phrase as a whole, not word by word.
  CHECK(lexicon.in_class("mayor", WordClass::place_office));
  CHECK(lexicon.in_class("deputy governor", WordClass::place_office));
  CHECK_FALSE(lexicon.in_class("deputy", WordClass::place_office));
  CHECK_FALSE(lexicon.in_class("deputy governor general", WordClass::place_office));
}

TEST_CASE("the word lists answer by key id as they answer by word") {
  const Lexicon lexicon = Lexicon::builtin();
  const char* words[] = {"Aaditya", "aaditya", "Afternoon", "abu", "Abu", "Ministry", "ministry", "Inc", "Sheikh",
                         "President", "former", "wife", "Japan", "Xqzzyv", "The", "the", "Mr", "Embassy", ""};
  for (const char* word : words) {
    CAPTURE(word);
    const std::uint32_t id = lexicon.key_id(word);
    CHECK(lexicon.is_given_name(id) == lexicon.is_given_name(std::string_view(word)));
    CHECK(lexicon.is_non_name(id) == lexicon.is_non_name(std::string_view(word)));
    CHECK(lexicon.is_particle(id) == lexicon.is_particle(std::string_view(word)));
    CHECK(lexicon.is_org_prefix(id) == lexicon.is_org_prefix(std::string_view(word)));
    CHECK(lexicon.title_word(id) == lexicon.title_word(std::string_view(word)));
    CHECK(lexicon.org_suffix(id) == lexicon.org_suffix(std::string_view(word)));
  }
  CHECK(lexicon.org_suffix(lexicon.key_id("Ministry")) == "government");
  CHECK(lexicon.title_word(lexicon.key_id("Sheikh")) == TitleWordKind::name_title);
  CHECK(lexicon.title_word(Vocabulary::unknown) == TitleWordKind::none);
  CHECK(lexicon.org_suffix(Vocabulary::unknown).empty());
  CHECK_FALSE(lexicon.is_non_name(Vocabulary::unknown));
}

TEST_CASE("a user lexicon: each mistake stops the load with its line and what is wrong") {
  const struct {
    const char* text;
    int line;
    const char* message;
  } cases[] = {
      {"person\tAnna Keller\tKeller\tcountry=DE\textra\n", 1, "5 columns; a line has at most 4"},
      {"# people\ncountry\tZedland\t\tcode=zz\n", 2, "code=\"zz\" is not an ISO 3166-1 alpha-2 code"},
      {"country\tZedland\t\tcode=ZED\n", 1, "code=\"ZED\" is not an ISO 3166-1 alpha-2 code"},
      {"country\tZedland\t\tdemonyms=Zed\n", 1, "a country needs code="},
      {"person\tAnna Keller\t\tcountry=Germany\n", 1, "country=\"Germany\" is not an ISO 3166-1 alpha-2 code"},
      {"person\tAnna K\xffller\tKeller\tcountry=DE\n", 1, "not valid UTF-8"},
      {"person\t\tKeller\n", 1, "a name is required in column 2"},
      {"persona\tAnna Keller\n", 1, "unknown entry type \"persona\""},
      {"person\tAnna Keller\t\tcountry\n", 1, "attribute \"country\" is not key=value"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    Lexicon lexicon = Lexicon::builtin();
    try {
      lexicon.add_user_text(c.text, "mine.tsv");
      FAIL("accepted");
    } catch (const Error& e) {
      const std::string message = e.what();
      CHECK(message.find("mine.tsv:" + std::to_string(c.line) + ": ") != std::string::npos);
      CHECK(message.find(c.message) != std::string::npos);
    }
  }
}

TEST_CASE("a user lexicon saved with a byte order mark reads as without one") {
  Lexicon with_mark = Lexicon::builtin();
  with_mark.add_user_text("\xEF\xBB\xBFperson\tZoltan Pergamon\tPergamon\tcountry=HU\n", "mine.tsv");
  CHECK(with_mark.person_country("Zoltan Pergamon") == "HU");
}

TEST_CASE("a state body's portfolio is the same whichever way its name is written") {
  const Lexicon lexicon = Lexicon::builtin();
  const struct {
    const char* name;
    const char* portfolio;
  } rows[] = {
      {"Ministry of Foreign Affairs", "foreign"},
      {"Foreign Ministry", "foreign"},
      {"Portuguese Foreign Ministry", "foreign"},
      {"Ministry of Foreign Affairs of Portugal", "foreign"},
      {"Ministry of Trade and Industry", "industry trade"},
      {"Industry and Trade Ministry", "industry trade"},
      {"Kestrel Development Bank", ""},  // no state body
      {"Ministry", ""},                  // a head word alone names no portfolio
  };
  for (const auto& row : rows) {
    CAPTURE(row.name);
    CHECK(lexicon.state_body_portfolio(row.name) == row.portfolio);
  }
}
