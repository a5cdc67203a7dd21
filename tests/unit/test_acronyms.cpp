// Acronyms a story defines in brackets after a name ("the Progressive
// Alliance Party (PAP)"): which letters stand for which names, and that the
// story's own meaning wins over a lexicon's.
#include <doctest/doctest.h>

#include "helpers.hpp"
#include "language/acronyms.hpp"

using namespace newsgraph;
using testing::find_entity;
using testing::process;

TEST_CASE("the letters of an acronym stand for a name's capitalized words, in order") {
  const struct {
    const char* acronym;
    const char* name;
    bool expected;
  } rows[] = {
      {"PAP", "Progressive Alliance Party", true},
      {"KPA", "Kenya Ports Authority", true},
      {"KPC", "Kestrel People's Congress", true},
      {"WHO", "World Health Organization", true},
      {"MFA", "Ministry of Foreign Affairs", true},   // "of" is no capitalized word
      {"PA", "Progressive Alliance Party", true},     // a word may go unabbreviated
      {"APP", "Progressive Alliance Party", false},   // the first letter is the first word's
      {"PAX", "Progressive Alliance Party", false},   // a letter no word begins with
      {"P", "Progressive Alliance Party", false},     // one letter is no acronym
      {"PPA", "Progressive Alliance Party", false},   // order counts
  };
  for (const auto& row : rows) {
    CAPTURE(row.acronym);
    CAPTURE(row.name);
    CHECK(stands_for(row.acronym, row.name) == row.expected);
  }
}

TEST_CASE("an acronym defined in brackets is the name wherever the story writes it") {
  // "PAP" is also a press agency in the lexicon: the story's own definition wins.
  const Document doc = process(
      "The ruling Progressive Alliance Party (PAP) lost its majority on Sunday. PAP leader Dana Vorn blamed the weather, "
      "and the PAP will meet on Monday.");
  const Entity* party = find_entity(doc, "organization:progressive-alliance-party");
  REQUIRE(party != nullptr);
  CHECK(std::find(party->aliases.begin(), party->aliases.end(), "PAP") != party->aliases.end());
  CHECK(party->mentions.size() == 4);
  CHECK(find_entity(doc, "organization:polish-press-agency") == nullptr);
  // Letters that stand for no word of the name before them define nothing.
  const Document other = process("The Progressive Alliance Party (XYZ) lost. XYZ said nothing.");
  const Entity* undefined = find_entity(other, "organization:progressive-alliance-party");
  REQUIRE(undefined != nullptr);
  CHECK(std::find(undefined->aliases.begin(), undefined->aliases.end(), "XYZ") == undefined->aliases.end());
}

TEST_CASE("an acronym no bracket defines is the one longer name in the story whose every word it abbreviates") {
  struct Row {
    const char* text;
    const char* name_id;
    bool linked;
  } rows[] = {
      {"The Lakeland Water Supply Agency will fund the dam. LWSA said work would start in May.", "organization:lakeland-water-supply-agency",
       true},
      {"LWSA will fund the dam, the Lakeland Water Supply Agency said.", "organization:lakeland-water-supply-agency", true},
      // Two names the letters could stand for: neither.
      {"The Lakeland Water Supply Agency and the Lowland Works Safety Authority met. LWSA said work would start.",
       "organization:lakeland-water-supply-agency", false},
      // Letters that skip a word of the name stand for it only when a bracket says so.
      {"The Lakeland Water Supply Agency will fund the dam. LSA said work would start in May.", "organization:lakeland-water-supply-agency",
       false},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    const Document doc = process(row.text);
    const Entity* name = find_entity(doc, row.name_id);
    REQUIRE(name != nullptr);
    const bool linked = std::any_of(name->aliases.begin(), name->aliases.end(), [](const std::string& a) { return a == "LWSA" || a == "LSA"; });
    CHECK(linked == row.linked);
  }
}
