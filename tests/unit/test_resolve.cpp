// Resolve, the stage that says what every mention stands for: a surname, a
// title with a surname, a given name alone, a monarch's one name, each to
// the full name it refers to; a guess nobody supports dropped; and the
// coreference of words that name no one ("she", "the two leaders", "the
// President", "the ministry"). Each row runs clean .. resolve (not relate)
// and reads the stage's own output: Mention::entity and Document::references.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "helpers.hpp"

using namespace newsgraph;
using testing::resolved;

namespace {

// The id of the entity the `occurrence`-th mention written `words` stands
// for; "none" when resolve kept no such mention.
std::string entity_of_mention(const Document& doc, std::string_view words, int occurrence) {
  for (const Mention& m : doc.mentions) {
    if (doc.slice(m.span) != words || occurrence-- > 0) continue;
    return m.entity < 0 ? "none" : doc.entities[static_cast<std::size_t>(m.entity)].id;
  }
  return "none";
}

// The ids a reference of `kind` at the `occurrence`-th token written `word` gives, sorted, joined by spaces.
std::string referred(const Document& doc, std::string_view word, ReferenceKind kind, int occurrence) {
  std::vector<std::string> ids;
  for (std::size_t t = 0; t < doc.tokens.size(); ++t) {
    if (doc.slice(doc.tokens[t].span) != word || occurrence-- > 0) continue;
    for (const Reference& r : doc.references) {
      if (r.token != t || r.kind != kind) continue;
      for (const int e : r.entities) ids.push_back(doc.entities[static_cast<std::size_t>(e)].id);
    }
    break;
  }
  std::sort(ids.begin(), ids.end());
  std::string joined;
  for (const std::string& id : ids) joined += (joined.empty() ? "" : " ") + id;
  return joined;
}

struct NameRow {
  const char* text;
  const char* words;    // a mention as written
  int occurrence;       // which of the mentions written so (0: the first)
  const char* expected;  // the id it stands for, or "none"
};

void check_names(const std::vector<NameRow>& rows) {
  for (const NameRow& row : rows) {
    const std::string text = row.text;
    CAPTURE(text);
    const std::string words = row.words;
    CAPTURE(words);
    CHECK(entity_of_mention(resolved(row.text), row.words, row.occurrence) == row.expected);
  }
}

}  // namespace

TEST_CASE("a shorter form of a name is the person named in full") {
  check_names({
      // A surname alone.
      {"Ryosei Akazawa met officials on Monday. Akazawa said the talks were frank.", "Akazawa", 0, "person:ryosei-akazawa"},
      // A surname after a title.
      {"Prime Minister Shigeru Ishiba arrived on Monday. Later Prime Minister Ishiba left.", "Ishiba", 0, "person:shigeru-ishiba"},
      // A family name written first, when it is no given name.
      {"Xi Jinping met the delegation. Xi said trade would grow.", "Xi", 0, "person:xi-jinping"},
      // One inner word of a longer name, not a particle.
      {"Luiz Inacio Lula da Silva flew in. Lula thanked his hosts.", "Lula", 0, "person:luiz-inacio-lula-da-silva"},
      // The last words of a name.
      {"Ana Maria Costa Reis spoke first. Costa Reis said little.", "Costa Reis", 0, "person:ana-maria-costa-reis"},
      // Two people share a surname: it is the one named last.
      {"Ana Sousa spoke first. Then Tomas Sousa spoke. Sousa said the deal was done.", "Sousa", 0, "person:tomas-sousa"},
      {"Tomas Sousa spoke first. Then Ana Sousa spoke. Sousa said the deal was done.", "Sousa", 0, "person:ana-sousa"},
      // A particle capitalized at a sentence's start is the same word.
      {"Ursula von der Leyen arrived. Von der Leyen said the talks were frank.", "Von der Leyen", 0, "person:ursula-von-der-leyen"},
      // A surname that is also a place's name is the person; after "in" or "to" it is the place.
      {"Foreign Minister Ana Lima arrived. Lima said the talks would go on in Lima.", "Lima", 0, "person:ana-lima"},
      {"Foreign Minister Ana Lima arrived. Lima said the talks would go on in Lima.", "Lima", 1, "location:lima"},
      {"Talks in Lima ended. Foreign Minister Ana Lima left.", "Lima", 0, "location:lima"},
      // "to" after "according" introduces a speaker, not a place.
      {"Foreign Minister Ana Lima arrived. Talks went well, according to Lima.", "Lima", 0, "person:ana-lima"},
  });
}

TEST_CASE("a given name alone that begins exactly one longer name is that person") {
  check_names({
      // After a title that is part of names ("Sheikh"): the given name alone, whether the full name keeps the title or not.
      {"Sheikh Hasina met Sheikh Faris bin Khalid in Dhaka. Sheikh Faris thanked Hasina.", "Sheikh Faris", 0, "person:sheikh-faris-bin-khalid"},
      {"Sheikh Hasina met Faris bin Khalid in Dhaka. Sheikh Faris thanked Hasina.", "Sheikh Faris", 0, "person:faris-bin-khalid"},
      {"Prime Minister Helena Vasquez arrived. Prime Minister Helena greeted the press.", "Helena", 0, "person:helena-vasquez"},
      {"Helena Vasquez met officials on Monday. President Helena said the talks went well.", "Helena", 0, "person:helena-vasquez"},
      // Two longer names begin with it: it stands for neither.
      {"Finance Minister Helena Vasquez met Senator Helena Lind on Monday. Prime Minister Helena said the talks went well.", "Helena", 0,
       "person:helena"},
  });
  // ... and neither of them gains a mention from it.
  const Document two = resolved("Finance Minister Helena Vasquez met Senator Helena Lind on Monday. Prime Minister Helena said the talks went well.");
  const Entity* vasquez = testing::find_entity(two, "person:helena-vasquez");
  const Entity* lind = testing::find_entity(two, "person:helena-lind");
  REQUIRE(vasquez != nullptr);
  REQUIRE(lind != nullptr);
  CHECK(vasquez->mentions.size() == 1);
  CHECK(lind->mentions.size() == 1);
}

TEST_CASE("a name quoted right after a full name is what that person is also called") {
  check_names({
      {"Prime Minister Komang Adi Wirawan 'Pakde' met the envoy. Later Prime Minister Pakde left for Bali.", "Pakde", 1,
       "person:komang-adi-wirawan"},
      {"Prime Minister Komang Adi Wirawan \u2018Pakde\u2019 met the envoy. Pakde said the talks went well.", "Pakde", 1,
       "person:komang-adi-wirawan"},
  });
}

TEST_CASE("a typo in a name is the name it misspells") {
  check_names({
      // A long surname alone, one letter off.
      {"Prime Minister Ranil Gunawardhana met the envoy on Monday. Later, Gunawardhena thanked China.", "Gunawardhena", 0,
       "person:ranil-gunawardhana"},
      // ... also after a title.
      {"Prime Minister Ranil Gunawardhana met the envoy on Monday. Later, PM Gunawardhena thanked China.", "Gunawardhena", 0,
       "person:ranil-gunawardhana"},
      // A full name written once, one letter off a name written more often.
      {"Helena Duarte met Marcus Whitfield. Helena Durte said the talks went well. Helena Duarte left.", "Helena Durte", 0,
       "person:helena-duarte"},
      // Short names one letter apart are two people.
      {"Li Qiang met Li Jiang on Monday. Li Qiang said the talks went well.", "Li Jiang", 0, "person:li-jiang"},
      // An organization's name with two letters swapped, written once, is the one written more often.
      {"Congerss leader Asha Devi spoke. Congress leader Ravi Menon agreed. Congress leader Tom Iyer left.", "Congerss", 0,
       "organization:congress"},
  });
}

TEST_CASE("a monarch known by one name is named with the title") {
  check_names({
      {"King Abdullah received the envoy. Abdullah said peace was near.", "Abdullah", 0, "person:king-abdullah"},
      {"King Abdullah received the envoy. Abdullah said peace was near.", "Abdullah", 1, "person:king-abdullah"},
  });
}

TEST_CASE("a surname nobody named in full, and weak guesses, are no one") {
  const Document doc = resolved("Officials met on Monday. Morimoto said the talks were frank.");
  CHECK(testing::ids_of_type(doc, EntityType::person).empty());
  // A surname mention that refers to no one is dropped from the mentions, not left unresolved.
  CHECK(std::all_of(doc.mentions.begin(), doc.mentions.end(), [](const Mention& m) { return m.entity >= 0 || m.type == EntityType::office; }));
}

TEST_CASE("every kept mention has an entity, every entity its mentions' words") {
  const Document doc = resolved(
      "Kenyan President Musa Otieno met Japan's Ryosei Akazawa in Nairobi. Otieno said Kenya and Japan agreed.");
  for (const Mention& m : doc.mentions) {
    if (m.type == EntityType::office && m.entity < 0) continue;  // a title with no holder is no node
    REQUIRE(m.entity >= 0);
    const Entity& e = doc.entities[static_cast<std::size_t>(m.entity)];
    CHECK(e.type == m.type);
    CHECK(std::find(e.mentions.begin(), e.mentions.end(), m.span) != e.mentions.end());
  }
  const Entity* otieno = testing::find_entity(doc, "person:musa-otieno");
  REQUIRE(otieno != nullptr);
  CHECK(otieno->label == "Musa Otieno");
  CHECK(otieno->aliases == std::vector<std::string>{"Otieno"});
  CHECK(otieno->mentions.size() == 2);
}

TEST_CASE("words that name no one: pronouns, pairs, titles alone, bodies") {
  const struct {
    const char* text;
    const char* word;
    int occurrence;
    ReferenceKind kind;
    const char* expected;
  } rows[] = {
      {"Prime Minister Ana Sousa arrived in Rome on Monday. She said the talks were useful.", "She", 0, ReferenceKind::pronoun,
       "person:ana-sousa"},
      // "he" is the subject before, not the person named last.
      {"Tomas Berg met Ana Sousa on Monday. He said the talks were useful.", "He", 0, ReferenceKind::pronoun, "person:tomas-berg"},
      {"Tomas Berg met Ana Sousa in Rome. The two leaders discussed trade.", "leaders", 0, ReferenceKind::pair,
       "person:ana-sousa person:tomas-berg"},
      {"Tomas Berg met Ana Sousa in Rome. They discussed trade.", "They", 0, ReferenceKind::pair, "person:ana-sousa person:tomas-berg"},
      // The nearest sentence naming two people, not an earlier pair joined by "and".
      {"Rui Costa and Lena Park will meet in May. Tomas Berg met Ana Sousa in Rome. The two leaders discussed trade.", "leaders", 0,
       ReferenceKind::pair, "person:ana-sousa person:tomas-berg"},
      {"Kenyan President Musa Otieno arrived on Monday. The President said trade would grow.", "President", 1, ReferenceKind::holder,
       "person:musa-otieno"},
      {"The Ministry of Trade and Industry said so. Later the ministry added a note.", "ministry", 0, ReferenceKind::body,
       "organization:ministry-of-trade-and-industry"},
      // No one named before: a pronoun stands for no one.
      {"She said the talks were useful.", "She", 0, ReferenceKind::pronoun, ""},
  };
  for (const auto& row : rows) {
    const std::string text = row.text;
    CAPTURE(text);
    const std::string word = row.word;
    CAPTURE(word);
    CHECK(referred(resolved(row.text), row.word, row.kind, row.occurrence) == row.expected);
  }
}

TEST_CASE("one state body named two ways is one organization, not when two countries have one each") {
  check_names({
      {"The Portuguese Ministry of Foreign Affairs hosted the talks. The Portuguese Foreign Ministry said they went well.", "Ministry of Foreign Affairs", 0,
       "organization:portuguese-foreign-ministry"},
      {"The Foreign Ministry spoke first. Later the Ministry of Foreign Affairs added a note.", "Ministry of Foreign Affairs", 0,
       "organization:foreign-ministry"},
      // Kenya's and Ethiopia's: two bodies, and the unqualified name stays itself.
      {"The Kenyan Foreign Ministry and the Ethiopian Foreign Ministry met. The Ministry of Foreign Affairs said so.", "Ministry of Foreign Affairs", 0,
       "organization:ministry-of-foreign-affairs"},
  });
}

TEST_CASE("one word opening exactly one organization's longer name is that organization") {
  check_names({
      {"Kestrel Mining said output would rise.\nShares in Kestrel fell on Monday.", "Kestrel", 0, "organization:kestrel-mining"},
      {"Kestrel Mining named Ana Lima chief executive.\nThe Kestrel boss said costs fell.", "Kestrel", 0, "organization:kestrel-mining"},
      // Two organizations open with the word: it names neither.
      {"Kestrel Mining and Kestrel Foods said output would rise.\nShares in Kestrel fell.", "Kestrel", 0, "organization:kestrel"},
      // A place the lexicons list stays the place.
      {"Lisbon Capital Partners said profits rose.\nShares fell in Lisbon on Monday.", "Lisbon", 0, "location:lisbon"},
  });
}
