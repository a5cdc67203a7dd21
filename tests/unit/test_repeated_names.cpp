// A name is the same name wherever the story writes it: what the words
// around one occurrence say it is holds for its bare occurrences elsewhere.
#include <doctest/doctest.h>

#include <algorithm>

#include "helpers.hpp"

using namespace newsgraph;
using testing::find_entity;
using testing::process;

namespace {

bool met(const Document& doc, const std::string& a, const std::string& b) {
  return std::any_of(doc.meetings.begin(), doc.meetings.end(), [&](const Meeting& m) {
    const auto& p = m.participants;
    return std::find(p.begin(), p.end(), a) != p.end() && std::find(p.begin(), p.end(), b) != p.end();
  });
}

std::size_t mentions_of(const Document& doc, const std::string& id) {
  const Entity* e = find_entity(doc, id);
  return e == nullptr ? 0 : e->mentions.size();
}

}  // namespace

TEST_CASE("a one-word party named by its leader is that party when written alone later") {
  const Document doc = process(
      "Act leader Tim Hale and National leader Anna Berg spoke on Monday. Earlier in the day, National had met again with Act.");
  CHECK(mentions_of(doc, "organization:national") == 2);
  CHECK(mentions_of(doc, "organization:act") == 2);
  CHECK(met(doc, "organization:act", "organization:national"));
}

TEST_CASE("a name is not spread into a longer name, a sentence's first word or another type") {
  struct Row {
    const char* text;
    const char* id;
    std::size_t mentions;
  } rows[] = {
      // "National Assembly" is another name: its first word is not the party.
      {"National leader Anna Berg spoke. The National Assembly met on Monday.", "organization:national", 1},
      // A one-word name opening a sentence: the capital proves nothing.
      {"Act leader Tim Hale spoke on Monday. Act quickly, he said.", "organization:act", 1},
      // Not at the sentence's start, alone: the same party.
      {"Act leader Tim Hale spoke on Monday. On Tuesday, Act said it would vote no.", "organization:act", 2},
      // Written in lower case it is a word, not the name.
      {"Act leader Tim Hale spoke on Monday. He said they would act soon.", "organization:act", 1},
      // A name of several words is spread at a sentence's start too.
      {"Tim Hale joined the firm Brightwater Kora in May. Brightwater Kora hired two more in June.", "organization:brightwater-kora", 2},
  };
  for (const Row& row : rows) {
    const std::string text = row.text;
    CAPTURE(text);
    CHECK(mentions_of(process(text), row.id) == row.mentions);
  }
}
