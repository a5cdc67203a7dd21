// The learned recognizer in the pipeline: what the model decides (names no
// lexicon lists, their type, names in capitals) and what the rules keep
// (countries, capitals, offices, the lexicons' names), on sentences written
// for this test.
#include <doctest/doctest.h>

#include "helpers.hpp"

using namespace newsgraph;
using testing::find_entity;
using testing::process;

namespace {

struct Case {
  const char* text;
  std::vector<std::string> present;  // entity ids that must exist
  std::vector<std::string> absent;   // entity ids that must not
};

void check_cases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    const std::string text_under_test = c.text;
    CAPTURE(text_under_test);
    const Document doc = process(c.text);
    for (const std::string& id : c.present) {
      CAPTURE(id);
      CHECK(find_entity(doc, id) != nullptr);
    }
    for (const std::string& id : c.absent) {
      CAPTURE(id);
      CHECK(find_entity(doc, id) == nullptr);
    }
  }
}

}  // namespace

TEST_CASE("names no lexicon lists get the model's type") {
  check_cases({
      {"Tomasz Wrobel, a spokesman for Baltic Freight Holdings, said the ships would leave Gdynia on Friday.\n",
       {"person:tomasz-wrobel", "organization:baltic-freight-holdings", "location:gdynia"},
       {"person:baltic-freight-holdings", "person:gdynia"}},
      {"Voters in Wexford went to the polls, the Irish Electoral Commission said.\n",
       {"location:wexford", "organization:irish-electoral-commission"}, {"person:wexford"}},
      // After "the city of" a name is a place; after "near" a name nobody introduced is one where the model is sure.
      {"The ministers met in the northern city of Granby on Monday.\n", {"location:granby"}, {"person:granby"}},
      {"Fighting was reported near Port Alder on Sunday.\n", {"location:port-alder"}, {"person:port-alder"}},
      // The head word of a venue makes a place of it, whatever the model reads; "and the" joins two names, none.
      {"Protesters gathered in Liberty Square before the talks at the Crystal Palace Hotel.\n",
       {"location:liberty-square", "location:crystal-palace-hotel"}, {"organization:liberty-square", "organization:crystal-palace-hotel"}},
      // A body's name "X of Y" whose last words look like a person's to the rules ("... said" after them).
      {"Observers from the Coalition of Domestic Election Observers said the vote was peaceful.\n",
       {"organization:coalition-of-domestic-election-observers"}, {"person:domestic-election-observers"}},
      {"The Ministry of Water Resources and the National Grid Authority signed the deal.\n",
       {"organization:ministry-of-water-resources", "organization:national-grid-authority"},
       {"organization:ministry-of-water-resources-and-the-national-grid-authority"}},
  });
}

TEST_CASE("a longer name around a lexicon word wins, but not over two of them") {
  check_cases({
      // A place inside a person's name: Ana Lima is a person, not Peru's capital.
      {"Ana Lima, a lawyer, told reporters the talks had failed.\n", {"person:ana-lima"}, {"country:PE", "location:lima"}},
      // A demonym at the head of an organization's name is part of it.
      {"The German Press Agency reported the vote, citing two ministers.\n", {"organization:german-press-agency"}, {}},
      // A place of a title before a full name is no part of the name: "Mayor of Porto" and "Rui Moreira".
      {"In a statement, Mayor of Porto Rui Moreira said the city was ready.\n", {"person:rui-moreira"}, {"person:porto-rui-moreira"}},
  });
}

TEST_CASE("the rules keep countries, capitals and offices") {
  check_cases({
      {"Japanese officials met their Kenyan counterparts in Nairobi on Monday.\n", {"country:JP", "country:KE", "location:nairobi"}, {}},
      {"Tokyo said the tariffs would stay.\n", {"country:JP"}, {"location:tokyo", "organization:tokyo"}},
      {"Kenyan President William Ruto met Foreign Minister Ana Lima.\n",
       {"person:william-ruto", "person:ana-lima", "country:KE"},
       {"person:kenyan-president-william-ruto", "person:foreign-minister-ana-lima"}},
  });
}

TEST_CASE("names in capitals: a dateline's place, a headline's words") {
  check_cases({
      // A capital opening a line in capitals is the place the story comes from, under its Title Case name (a node only
      // when the story names it again).
      {"ROME, Dec 6 - The ministers met in Rome.\n", {"location:rome"}, {"organization:rome", "person:rome", "country:IT"}},
      {"ROME, Dec 6 - The ministers met in the capital.\n", {}, {"location:rome", "organization:rome", "person:rome", "country:IT"}},
      // A headline in capitals: its names are the story's, told again in the body; its verbs are no part of them.
      {"GOVERNOR LENA WANJIRU OPENS GRAIN MARKET\n\nGovernor Lena Wanjiru opened the market on Monday.\n", {"person:lena-wanjiru"},
       {"person:lena-wanjiru-opens-grain-market", "person:lena-wanjiru-opens-grain", "person:lena-wanjiru-opens"}},
      {"TOMASZ WROBEL MEETS ANA LIMA IN GDYNIA\n\nTomasz Wrobel, a trader, met Ana Lima on Friday.\n", {"person:tomasz-wrobel", "person:ana-lima"},
       {"person:tomasz-wrobel-meets-ana-lima-in-gdynia", "person:tomasz-wrobel-meets-ana-lima"}},
      // "The" capitalized to open the sentence after a dateline is no part of the name after it.
      {"Bank holds rates\n\nJOHANNESBURG - The South African Reserve Bank kept its rate on hold.\n",
       {"organization:south-african-reserve-bank"}, {"organization:the-south-african-reserve-bank"}},
  });
  // A wire service credited at the head of the story is not in it, whoever finds it.
  check_cases({{"(Baltic Wire) - The ministers met on Monday in Gdynia.\n", {"location:gdynia"}, {"organization:baltic-wire"}}});
}
