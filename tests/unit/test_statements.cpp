// Statements, shape by shape: text -> who said what (speaker, kind, words),
// and texts that hold no attributable statement. Every sentence here is
// written for these tests.
#include <doctest/doctest.h>

#include <algorithm>

#include "helpers.hpp"

using namespace newsgraph;
using testing::process;

namespace {

struct Expected {
  std::string speaker;
  StatementKind kind = StatementKind::direct;
  std::vector<std::string> contains;  // words the statement's text must hold
  std::string medium{};               // checked when given
};

struct Case {
  const char* text;
  std::vector<Expected> statements;
  std::vector<std::string> never{};  // words no statement may hold
  int count = -1;                    // exact number of statements, when given
};

void check_cases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    const Document doc = process(c.text);
    for (const Expected& e : c.statements) {
      CAPTURE(e.speaker);
      CAPTURE(e.contains);
      const auto it = std::find_if(doc.statements.begin(), doc.statements.end(), [&](const Statement& s) {
        return s.speaker == e.speaker && s.kind == e.kind &&
               std::all_of(e.contains.begin(), e.contains.end(), [&](const std::string& w) { return s.text.find(w) != std::string::npos; });
      });
      CHECK(it != doc.statements.end());
      if (it != doc.statements.end() && !e.medium.empty()) CHECK(it->medium == e.medium);
    }
    for (const std::string& words : c.never) {
      CAPTURE(words);
      CHECK(std::none_of(doc.statements.begin(), doc.statements.end(), [&](const Statement& s) { return s.text.find(words) != std::string::npos; }));
    }
    if (c.count >= 0) CHECK(doc.statements.size() == static_cast<std::size_t>(c.count));
  }
}

const std::string mwangi = "person:daniel-mwangi", alemu = "person:tesfaye-alemu", duarte = "person:helena-duarte";

}  // namespace

TEST_CASE("direct quotes: attribution after, before and inside") {
  check_cases({
      {"“Nobody gains from fighting on our border,” Kenyan President Daniel Mwangi said.",
       {{mwangi, StatementKind::direct, {"Nobody gains from fighting on our border"}}}},
      // A short quote is words said when it opens its sentence and its speaker follows; inside a clause it is not.
      {"“We are ready,” Kenyan President Daniel Mwangi said.", {{mwangi, StatementKind::direct, {"We are ready"}}}, {}, 1},
      {"Kenyan President Daniel Mwangi called the deal “a fair one” on Monday.", {}, {"a fair one"}, 0},
      {"Kenyan President Daniel Mwangi spoke to the nation.\n“Nobody gains from fighting on our border,” said Mwangi.",
       {{mwangi, StatementKind::direct, {"Nobody gains from fighting"}}}},
      // After the speaker's apposition, "told" names the hearer after it, not the speaker.
      {"“Nobody gains from fighting,” Lena Ostrova, an analyst at Harbour Securities, told Reuters.",
       {{"person:lena-ostrova", StatementKind::direct, {"Nobody gains from fighting"}}}, {}, 1},
      {"Kenyan President Daniel Mwangi said: “We will keep the peace with our neighbours.”",
       {{mwangi, StatementKind::direct, {"We will keep the peace with our neighbours"}}}},
      // "according to X" right after the quote; "said of the deal:" leads to the quote and is no statement of its own.
      {"“We will keep the peace with our neighbours,” according to Kenyan President Daniel Mwangi.",
       {{mwangi, StatementKind::direct, {"We will keep the peace with our neighbours"}}}, {}, 1},
      {"Kenyan President Daniel Mwangi said of the border deal: “We will keep the peace with our neighbours.”",
       {{mwangi, StatementKind::direct, {"We will keep the peace with our neighbours"}}}, {"border deal"}, 1},
      // A quote followed by a dash and its speaker, with or without the title before the name.
      {"“We will keep the peace with our neighbours.” — Daniel Mwangi",
       {{mwangi, StatementKind::direct, {"We will keep the peace with our neighbours"}}}, {}, 1},
      {"“We will keep the peace with our neighbours.” — Kenyan President Daniel Mwangi",
       {{mwangi, StatementKind::direct, {"We will keep the peace with our neighbours"}}}, {}, 1},
      {"Kenyan President Daniel Mwangi spoke on Monday.\n“Nobody gains from fighting,” he said, “and we will keep the peace.”",
       {{mwangi, StatementKind::direct, {"Nobody gains from fighting", "and we will keep the peace"}}},
       {},
       1},
      {"\"The relationship between our countries is too important,\" Portuguese Foreign Minister Helena Duarte told reporters.",
       {{duarte, StatementKind::direct, {"The relationship between our countries is too important"}, "reporters"}}},
      // A quote after the verb's "that" is the words said, once.
      {"Kenyan President Daniel Mwangi noted that “the risks to our budget are gradually increasing.”",
       {{mwangi, StatementKind::direct, {"the risks to our budget are gradually increasing"}}}, {}, 1},
      // A long appositive between the speaker and the verb.
      {"“Our neighbours matter more than ever to us,” Helena Duarte, director of studies at the Lisbon Institute for "
       "International Relations, told reporters.",
       {{duarte, StatementKind::direct, {"Our neighbours matter more than ever"}}},
       {"reporters."},
       1},
  });
}

TEST_CASE("quotes over several sentences and paragraphs") {
  check_cases({
      {"“Nobody gains from fighting on our border,” Kenyan President Daniel Mwangi said. “We will work with our brothers in "
       "Addis Ababa to keep the peace.”",
       {{mwangi, StatementKind::direct, {"We will work with our brothers"}}}},
      {"“Nobody gains from fighting on our border,” Kenyan President Daniel Mwangi said.\n“We will work with our brothers "
       "to keep the peace.”",
       {{mwangi, StatementKind::direct, {"We will work with our brothers"}}}},
  });
}

TEST_CASE("\"X said:\" closing a paragraph: the next paragraph is X's words, quoted or not") {
  check_cases({
      {"Minister for Trade, Daniel Mwangi said:\n\nI am deeply concerned by reports of fighting near the border.\n\nTalks resume today.",
       {{mwangi, StatementKind::direct, {"I am deeply concerned"}}}, {"Minister for Trade", "Talks resume"}, 1},
      {"Foreign Minister Daniel Mwangi said:\n\n\"We made progress on the border, and we will meet again.\"",
       {{mwangi, StatementKind::direct, {"We made progress on the border"}}}, {}, 1},
      // A colon after no verb of saying, or after a speaker who is no one named, introduces no one's words.
      {"The minister listed three points:\n\nThe fighting must stop now, aid must flow and talks must resume.", {}, {}, 0},
      {"The statement said:\n\nThe fighting must stop now, aid must flow and talks must resume.", {}, {}, 0},
  });
}

TEST_CASE("reported speech") {
  check_cases({
      // "called it “...”": a judgement in the speaker's words.
      {"Kenyan President Daniel Mwangi called it \"a budget for farmers\".", {{mwangi, StatementKind::indirect, {"a budget for farmers"}}}, {}, 1},
      {"The plan was hailed, with Kenyan President Daniel Mwangi calling it \"fair and practical\".",
       {{mwangi, StatementKind::indirect, {"fair and practical"}}}, {}, 1},
      // A quote inside the reported clause, right after its subject pronoun: the reported words hold it.
      {"Kenyan President Daniel Mwangi said it \"sets an example for the region\".",
       {{mwangi, StatementKind::indirect, {"sets an example for the region"}}}, {}, 1},
      {"Kenyan President Daniel Mwangi said that they \"would help the region\".", {{mwangi, StatementKind::indirect, {"would help the region"}}}, {}, 1},
      // The medium that quotes someone is not the speaker.
      {"Kenyan President Daniel Mwangi was quoted by the BBC as saying the border would reopen in May.",
       {{mwangi, StatementKind::indirect, {"the border would reopen in May"}}}, {}, 1},
      {"Kenyan President Daniel Mwangi was quoted by state media as saying that the border would reopen in May.",
       {{mwangi, StatementKind::indirect, {"the border would reopen in May"}}}, {}, 1},
      // More verbs of saying (trigger data): one statement each.
      // A participle of saying after the clause ("..., describing it as ..."), the present of a column, a quip: one each.
      {"Kenyan President Daniel Mwangi rejected the plan on Tuesday, describing it as reckless and costly.",
       {{mwangi, StatementKind::indirect, {"reckless and costly"}}}, {}, 1},
      {"Kenyan President Daniel Mwangi addressed parliament on Monday, confirming that taxes would rise in May.",
       {{mwangi, StatementKind::indirect, {"taxes would rise in May"}}}, {}, 1},
      {"Kenyan President Daniel Mwangi complains that the opposition has blocked every reform.",
       {{mwangi, StatementKind::indirect, {"the opposition has blocked every reform"}}}, {}, 1},
      {"\"We are ready for anything,\" Kenyan President Daniel Mwangi quipped.", {{mwangi, StatementKind::direct, {"We are ready for anything"}}}, {}, 1},
      // A stance stated ("was adamant that", "is confident that") reports the words that follow.
      {"Kenyan President Daniel Mwangi was adamant that the budget would pass.", {{mwangi, StatementKind::indirect, {"the budget would pass"}}}, {}, 1},
      {"Kenyan President Daniel Mwangi encouraged Ethiopia to reopen the border.", {{mwangi, StatementKind::indirect, {"Ethiopia to reopen the border"}}}, {}, 1},
      {"Kenyan President Daniel Mwangi reminded Ethiopia that the border had been closed for years.",
       {{mwangi, StatementKind::indirect, {"the border had been closed for years"}}}, {}, 1},
      {"Kenyan President Daniel Mwangi blamed the rebels for the attack on the border post.", {{mwangi, StatementKind::indirect, {"the rebels for the attack"}}}, {}, 1},
      {"Kenyan President Daniel Mwangi paid tribute to the soldiers who died on the border.", {{mwangi, StatementKind::indirect, {"the soldiers who died"}}}, {}, 1},
      {"Kenyan President Daniel Mwangi made it clear that the border would reopen in May.",
       {{mwangi, StatementKind::indirect, {"the border would reopen in May"}}}, {}, 1},
      {"Kenyan President Daniel Mwangi said that the border would reopen next month.",
       {{mwangi, StatementKind::indirect, {"the border would reopen next month"}}}},
      {"The border would reopen next month, Kenyan President Daniel Mwangi said.",
       {{mwangi, StatementKind::indirect, {"The border would reopen next month"}}}},
      {"The border would reopen next month, said Kenyan President Daniel Mwangi.",
       {{mwangi, StatementKind::indirect, {"The border would reopen next month"}}}},
      {"Ethiopian Prime Minister Tesfaye Alemu said on Thursday that his country had no interest in escalation.",
       {{alemu, StatementKind::indirect, {"his country had no interest in escalation"}}},
       {"Thursday"}},
      {"Ethiopian Prime Minister Tesfaye Alemu said on Wednesday he would travel to Nairobi in May.",
       {{alemu, StatementKind::indirect, {"he would travel to Nairobi in May"}}},
       {"Wednesday"}},
      {"Ethiopian Prime Minister Tesfaye Alemu told his weekly news conference that the border would reopen.",
       {{alemu, StatementKind::indirect, {"the border would reopen"}}},
       {"conference"}},
      {"Ethiopian Prime Minister Tesfaye Alemu told reporters his country had no interest in escalation.",
       {{alemu, StatementKind::indirect, {"his country had no interest in escalation"}, "reporters"}}},
      // After "told", with no "that", only the hearer: the words are the clause before the speaker.
      {"The border talks had been useful, Ethiopian Prime Minister Tesfaye Alemu told a news conference in Addis Ababa.",
       {{alemu, StatementKind::indirect, {"The border talks had been useful"}}},
       {"news conference"}},
      // Not when a clause of the speaker's own comes before "told".
      {"Ethiopian Prime Minister Tesfaye Alemu, who landed on Monday, told reporters the border would reopen.",
       {{alemu, StatementKind::indirect, {"the border would reopen"}}},
       {"landed"}},
      {"Ethiopian Prime Minister Tesfaye Alemu, the head of the ruling coalition, warned that the ceasefire was fragile.",
       {{alemu, StatementKind::indirect, {"the ceasefire was fragile"}}},
       {"warned"}},
      // A plain verb of saying is not part of the reported words; an organization speaks.
      {"A press statement from State House indicated the two presidents had held talks on trade.",
       {{"organization:state-house", StatementKind::indirect, {"the two presidents had held talks on trade"}}},
       {"indicated"}},
      {"The ceasefire is holding, according to Ethiopian Prime Minister Tesfaye Alemu.",
       {{alemu, StatementKind::indirect, {"The ceasefire is holding"}}}},
      // "according to a statement from X": the statement's author speaks.
      {"According to a statement from the Kenyan Foreign Ministry, the talks had been useful.",
       {{"organization:kenyan-foreign-ministry", StatementKind::indirect, {"the talks had been useful"}}}, {}, 1},
      {"The talks had been useful, according to a statement by Ethiopian Prime Minister Tesfaye Alemu.",
       {{alemu, StatementKind::indirect, {"The talks had been useful"}}}, {}, 1},
      // "was quoted as saying": the passive names its speaker before it.
      {"Ethiopian Prime Minister Tesfaye Alemu was quoted as saying that the talks had been useful.",
       {{alemu, StatementKind::indirect, {"the talks had been useful"}}}, {}, 1},
      {"Kenyan President Daniel Mwangi described the talks as a “turning point” for the region.",
       {{mwangi, StatementKind::indirect, {"the talks as a “turning point”"}}}},
      // A bare date and a place after the verb: the words are before the speaker.
      {"The border would reopen next month, Kenyan President Daniel Mwangi said Thursday in the Kenyan capital Nairobi.",
       {{mwangi, StatementKind::indirect, {"The border would reopen next month"}}},
       {"Nairobi"},
       1},
      // A participle of saying after the speaker's own clause.
      {"Daniel Mwangi spoke to the press on Monday, stating that the ties with Ethiopia had special weight.",
       {{mwangi, StatementKind::indirect, {"the ties with Ethiopia had special weight"}}},
       {},
       1},
  });
}

TEST_CASE("speakers: whoever issued a statement said its words; a name and a colon before one quote say it once") {
  check_cases({
      {"Kenya issued a statement on Monday accusing Ethiopia of massing troops on the border.",
       {{"country:KE", StatementKind::indirect, {"massing troops"}}}, {}, 1},
      {"Kenya's foreign ministry issued a statement saying the border would stay open.",
       {{"organization:KE:foreign-ministry", StatementKind::indirect, {"the border would stay open"}}}, {}, 1},
      {"Talks\nDaniel Mwangi: \"We will not bow to pressure from anyone\"\n\nThe Kenyan president spoke in Nairobi.",
       {{mwangi, StatementKind::direct, {"We will not bow to pressure"}}}, {}, 1},
      // New verbs of saying: laying out a position, apologising.
      {"Kenyan President Daniel Mwangi laid out a five-point plan for the border dispute.",
       {{mwangi, StatementKind::indirect, {"five-point plan"}}}, {}, 1},
      {"Kenyan President Daniel Mwangi apologised for the long delay in paying teachers.",
       {{mwangi, StatementKind::indirect, {"the long delay"}}}, {}, 1},
  });
}

TEST_CASE("speakers: pronouns, titles, organizations, coordinated speakers") {
  check_cases({
      // A given name alone is the one person of the story it begins (Lao, Thai, Malay usage); two who share it, neither.
      {"Lao President Somsak Keola met Daniel Mwangi in Vientiane.\nSomsak said the talks went well.",
       {{"person:somsak-keola", StatementKind::indirect, {"the talks went well"}}}, {}, 1},
      {"Somsak Keola met Somsak Phomma in Vientiane.\nSomsak said the talks went well.", {}, {}, 0},
      // Whoever speaks for a person says their words: "his office", "Mwangi's spokesman".
      {"Kenyan President Daniel Mwangi arrived in Addis Ababa.\nHis office said the visit would last two days.",
       {{mwangi, StatementKind::indirect, {"the visit would last two days"}}}, {}, 1},
      {"Kenyan President Daniel Mwangi will visit Addis Ababa in June, Mwangi's spokesman said.",
       {{mwangi, StatementKind::indirect, {"will visit Addis Ababa in June"}}}, {}, 1},
      // "the minister" after a sentence naming two ministers: its subject, the one named first.
      {"Kenyan Trade Minister Helena Duarte spoke in Nairobi on Monday.\nEthiopian Foreign Minister Tesfaye Alemu met Duarte "
       "on Tuesday. The minister said the fair would open in September.",
       {{alemu, StatementKind::indirect, {"the fair would open in September"}}}, {}, 1},
      // A family name that is also a title, alone, is the person the story named with it; "the Bishop" is a title.
      {"Foreign Minister Maria Bishop met Tesfaye Alemu in Suva. \"We agreed on trade,\" Bishop told reporters.",
       {{"person:maria-bishop", StatementKind::direct, {"We agreed on trade"}}}, {}, 1},
      {"Maria Bishop met Tesfaye Alemu in Suva. \"We agreed on trade,\" the Bishop told reporters.", {}, {}, 0},
      // A description in apposition that no comma closes says who the person before it is; its last name speaks not.
      {"Daniel Mwangi, the special envoy for Ethiopia said the report was grim.",
       {{mwangi, StatementKind::indirect, {"the report was grim"}}}, {}, 1},
      {"Responding to the report Daniel Mwangi, the lawyer for the Ethiopian families said the ruling was unfair.",
       {{mwangi, StatementKind::indirect, {"the ruling was unfair"}}}, {}, 1},
      // A country's leader named by a demonym and a noun for its leader: "the Ethiopian premier".
      {"Kenyan President Daniel Mwangi met Ethiopian Prime Minister Tesfaye Alemu. The Ethiopian premier told reporters the border would reopen.",
       {{alemu, StatementKind::indirect, {"the border would reopen"}}}, {}, 1},
      // Words that open with a title and its holder's name are about them, not the speaker's title in apposition.
      {"Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu agreed to study a common currency, the two "
       "leaders said.",
       {{mwangi, StatementKind::indirect, {"agreed to study a common currency"}},
        {alemu, StatementKind::indirect, {"agreed to study a common currency"}}},
       {},
       2},
      {"Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu will meet again in March, Mwangi said.",
       {{mwangi, StatementKind::indirect, {"will meet again in March"}}}, {}, 1},
      // "the Ethiopian minister" is the Ethiopian who holds a minister's title; the report's source after the
      // words is no part of them, and a surname after "according to" is that person, not a place.
      {"Ministers talk\nKenyan Foreign Minister Helena Mwangi held talks with her Ethiopian counterpart, Tesfaye Alemu, on "
       "Monday.\nThe Ethiopian minister responded that his country wants calm, according to Mwangi.",
       {{alemu, StatementKind::indirect, {"his country wants calm"}}}, {"according to"}, 1},
      // "an Ethiopian minister" is someone unnamed.
      {"Ministers talk\nKenyan Foreign Minister Helena Mwangi held talks with her Ethiopian counterpart, Tesfaye Alemu, on "
       "Monday.\nAn Ethiopian minister said later that the talks had failed.",
       {}, {"the talks had failed"}},
      // An epithet after "the" describes the person named before, as "he" does; before a name it is the name's.
      {"Kenyan Senator Daniel Mwangi rejected the charge.\nThe Nairobi Democrat told reporters that the bill was too weak.",
       {{mwangi, StatementKind::indirect, {"the bill was too weak"}}}, {}, 2},
      {"Kenyan Senator Daniel Mwangi arrived.\nThe veteran lawmaker Tesfaye Alemu told reporters that the bill was too weak.",
       {{alemu, StatementKind::indirect, {"the bill was too weak"}}}, {}, 1},
      // A second speaker's clause joined after a comma is theirs, not part of the first speaker's words.
      {"Kenyan President Daniel Mwangi said the border would reopen, while Ethiopian Prime Minister Tesfaye Alemu said trade "
       "would wait.",
       {{mwangi, StatementKind::indirect, {"the border would reopen"}}, {alemu, StatementKind::indirect, {"trade would wait"}}},
       {"reopen, while"},
       2},
      {"Kenyan President Daniel Mwangi said the border would reopen, but Tesfaye Alemu, the Ethiopian premier, said trade "
       "would wait.",
       {{mwangi, StatementKind::indirect, {"the border would reopen"}}, {alemu, StatementKind::indirect, {"trade would wait"}}},
       {"reopen, but"},
       2},
      // A relative clause of saying is about whom it follows.
      {"The plan was backed by Ethiopian Prime Minister Tesfaye Alemu, who said trade would grow.",
       {{alemu, StatementKind::indirect, {"trade would grow"}}}, {}, 1},
      // "the head of" a body stands for whoever holds the body's one office the story names.
      {"Civic League chairwoman Lena Ostrova arrived on Monday.\nThe head of the Civic League said the vote was fair.",
       {{"person:lena-ostrova", StatementKind::indirect, {"the vote was fair"}}}, {}, 1},
      // "..., the company said", "..., the miner said": the body named before (not "..., officials said").
      {"Copperline Resources agreed to pay more taxes after months of talks, the company said on Tuesday.",
       {{"organization:copperline-resources", StatementKind::indirect, {"agreed to pay more taxes"}}}, {}, 1},
      {"Copperline Resources agreed to pay more taxes, the miner said on Tuesday.",
       {{"organization:copperline-resources", StatementKind::indirect, {"agreed to pay more taxes"}}}, {}, 1},
      // "..., he added" after words that name a man: the one who spoke the sentence before, not the man named.
      {"Kenyan President Daniel Mwangi said the border would reopen. Tesfaye Alemu is due to visit Nairobi next week, he added.",
       {{mwangi, StatementKind::indirect, {"Tesfaye Alemu is due to visit Nairobi"}}}, {}, 2},
      // "it said": the body whose words the sentence before gave.
      {"Copperline Resources said output rose in May. Profits would grow next year, it said.",
       {{"organization:copperline-resources", StatementKind::indirect, {"Profits would grow next year"}}}, {}, 2},
      // The body after a person's name or title says whose they are; the person speaks.
      {"Governor Lena Ostrova of the Central Bank of Samoa said rates would rise.",
       {{"person:lena-ostrova", StatementKind::indirect, {"rates would rise"}}}, {}, 1},
      {"Lena Ostrova, the governor of the Central Bank of Samoa, spoke on Monday.\nOn Tuesday, the governor of the Central "
       "Bank of Samoa warned that rates would rise.",
       {{"person:lena-ostrova", StatementKind::indirect, {"rates would rise"}}}, {}, 1},
      // A title that serves another is written alone by its own words: "the Adviser".
      {"The envoy called on Adviser to the Prime Minister on Trade Helena Duarte on Monday.\nThe Adviser praised the "
       "contribution of the envoy to the talks.",
       {{duarte, StatementKind::indirect, {"praised the contribution of the envoy"}}}, {}, 1},
      // The name between commas speaks, not the one its description names; a name after "said" that opens a
      // clause is what was said, not who said it.
      {"Kenyan President Daniel Mwangi arrived.\nMwangi's spokesman, Omar Haddad, said the talks were useful.",
       {{"person:omar-haddad", StatementKind::indirect, {"the talks were useful"}}}, {"spokesman"}, 1},
      {"The border would reopen in May, Kenyan President Daniel Mwangi, who landed on Monday, said.",
       {{mwangi, StatementKind::indirect, {"The border would reopen in May"}}}, {"landed", "Mwangi,"}, 1},
      {"Kenyan President Daniel Mwangi, speaking at a news conference in Nairobi, said Ethiopia would reopen the border.",
       {{mwangi, StatementKind::indirect, {"Ethiopia would reopen the border"}}}, {"news conference"}, 1},
      {"Kenyan President Daniel Mwangi arrived in Addis Ababa on Monday. He said the talks would be difficult.",
       {{mwangi, StatementKind::indirect, {"the talks would be difficult"}}}},
      // A pronoun stands for the person whose given name or title agrees with it, not merely the last one named.
      {"Kenyan President Daniel Mwangi met Portuguese Foreign Minister Helena Duarte. She said the talks would be difficult. "
       "He said the border would reopen.",
       {{"person:helena-duarte", StatementKind::indirect, {"the talks would be difficult"}},
        {mwangi, StatementKind::indirect, {"the border would reopen"}}}},
      {"Mrs Duarte met Kenyan President Daniel Mwangi. She said the talks would be difficult.",
       {{"person:duarte", StatementKind::indirect, {"the talks would be difficult"}}}},
      {"Kenyan President Daniel Mwangi arrived in Addis Ababa on Monday.\n“The talks will be difficult but necessary,” the "
       "Kenyan president said.",
       {{mwangi, StatementKind::direct, {"The talks will be difficult but necessary"}}}},
      {"The African Union said the ceasefire must hold.", {{"organization:african-union", StatementKind::indirect, {"the ceasefire must hold"}}}},
      // A name that ends in "'s" speaks: its "'s" is no possessive before a noun "said".
      {"The outlook for the banks is negative, Moody's said on Friday.",
       {{"organization:moodys", StatementKind::indirect, {"The outlook for the banks is negative"}}},
       {},
       1},
      {"Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu stressed the need for calm.",
       {{mwangi, StatementKind::indirect, {"the need for calm"}}, {alemu, StatementKind::indirect, {"the need for calm"}}}},
      // "the President" keeps meaning the president it meant before; a president named with the owner spelled out is another one.
      {"Chilean President Helena Duarte received the new ambassador of Kenya in Santiago on Tuesday.\nDuring the audience with "
       "the President, the ambassador handed over a letter from the President of Kenya Daniel Mwangi. The President stressed the "
       "value of trade between the two countries.",
       {{duarte, StatementKind::indirect, {"the value of trade"}}},
       {},
       1},
      // A bare title stands for the holder of a longer title it shortens: "the minister" for the Finance Minister.
      {"Kenyan Finance Minister Daniel Mwangi spoke in Nairobi on Monday.\n“The agencies have misread our budget,” said "
       "the minister in a statement.",
       {{mwangi, StatementKind::direct, {"The agencies have misread our budget"}}},
       {},
       1},
      {"Ethiopia's vice minister of finance Tesfaye Alemu rejected the forecast.\nThe vice minister said the budget was sound.",
       {{alemu, StatementKind::indirect, {"the budget was sound"}}}},
      // The first of two titles before a name is held too: "the special envoy" is the one named after both.
      {"Kenyan Special Envoy Ambassador Daniel Mwangi arrived in Addis Ababa.\nThe Special Envoy said his country valued the ties.",
       {{mwangi, StatementKind::indirect, {"his country valued the ties"}}},
       {},
       1},
      // "PM", the usual short form of Prime Minister, as a title alone; "pm" after a time is none.
      {"Ethiopian Prime Minister Tesfaye Alemu met the envoy at 3 pm on Monday.\nPM emphasized that the projects matter to Ethiopia.",
       {{alemu, StatementKind::indirect, {"the projects matter to Ethiopia"}}},
       {},
       1},
      // "the head of state" is whoever holds a head of state's title.
      {"Kenyan President Daniel Mwangi arrived in Addis Ababa.\nThe head of state said the talks had been useful.",
       {{mwangi, StatementKind::indirect, {"the talks had been useful"}}},
       {},
       1},
      {"Kenyan Vice President Daniel Mwangi arrived in Addis Ababa.\nThe head of state said the talks had been useful.", {}, {}, 0},
      // A title without the rank word is not the lower office: "the president" is no vice president.
      {"Kenyan Vice President Daniel Mwangi arrived in Addis Ababa.\nThe president said the budget was sound.", {}, {}, 0},
      // "the two leaders" after a fronted phrase: each of the pair speaks; the text leaves out who spoke.
      {"Kenyan President Daniel Mwangi held talks with Ethiopian Prime Minister Tesfaye Alemu in Nairobi.\nDuring the talks, "
       "the two leaders noted the steady growth of trade.",
       {{mwangi, StatementKind::indirect, {"noted the steady growth of trade"}},
        {alemu, StatementKind::indirect, {"noted the steady growth of trade"}}},
       {"two leaders"},
       2},
      {"Kenyan President Daniel Mwangi arrived in Addis Ababa.\nHe noted the steady growth of trade.",
       {{mwangi, StatementKind::indirect, {"noted the steady growth of trade"}}},
       {"He noted"},
       1},
      // A title in apposition before the speaker's name is no words of theirs.
      {"The deputy governor of the central bank, Maria Costa, briefed reporters.", {}, {"deputy governor"}, 0},
      // Unnamed officials name no speaker.
      {"Kenyan President Daniel Mwangi arrived in Addis Ababa.\nDuring the talks, officials noted the steady growth of trade.", {}, {}, 0},
      // "the firm" is the organization named last, whatever its name.
      {"Kestrel Analytics Inc lowered its outlook for Kenya on Monday.\nThe firm added that reforms were moving slower than expected.",
       {{"organization:kestrel-analytics-inc", StatementKind::indirect, {"reforms were moving slower"}}},
       {},
       1},
      // "the envoy" for the ambassador the story named; "the mayor" for the mayor of a city.
      {"Indian Ambassador Shambhu Kumaran met Foreign Secretary Enrique Manalo on Monday.\nThe envoy said India wanted closer ties.",
       {{"person:shambhu-kumaran", StatementKind::indirect, {"India wanted closer ties"}}},
       {},
       1},
      {"Manila Mayor Honey Lacuna met the delegation on Monday.\nThe mayor said the city would host a festival.",
       {{"person:honey-lacuna", StatementKind::indirect, {"the city would host a festival"}}},
       {},
       1},
      // "the agency" too; the words start at the verb, not at the noun that names the speaker.
      {"Kestrel Analytics Inc lowered its outlook for Kenya on Monday.\nThe agency also doubted the government's ability to enact reforms.",
       {{"organization:kestrel-analytics-inc", StatementKind::indirect, {"doubted the government's ability"}}},
       {"agency also"},
       1},
      // An honorific written alone stands for the person in focus, as "he" does.
      {"His Majesty King Daniel Mwangi received a phone call from Portuguese Foreign Minister Helena Duarte.\nHis Majesty "
       "reiterated that dialogue is the only way to end the conflict.",
       {{mwangi, StatementKind::indirect, {"dialogue is the only way"}}},
       {},
       1},
  });
}

TEST_CASE("not statements: unattributed quotes, quotes inside quotes, passives") {
  check_cases({
      {"“Nobody gains from fighting on our border.”", {}, {"Nobody gains"}, 0},
      // A speaker described in a relative clause before a verb with no words after it: the description is not words said.
      {"Daniel Mwangi, who served as minister until 2014, denied wrongdoing.", {}, {"served as minister"}, 0},
      // Claiming responsibility, or lives, is a deed: no words said.
      {"A bomb hit the market in Moyale, for which the Oromo Liberation Army has claimed responsibility.", {}, {}, 0},
      {"The Oromo Liberation Army claimed responsibility for the attack in Moyale on Monday.", {}, {}, 0},
      {"Ethiopian Prime Minister Tesfaye Alemu met Kenyan President Daniel Mwangi in Nairobi, Kenyan officials said.", {}, {}, 0},
      // An unnamed source is no one the text names: not the people named before the comma.
      {"Ethiopian Prime Minister Tesfaye Alemu spoke with Kenyan President Daniel Mwangi and Portuguese Foreign Minister Helena "
       "Duarte in a joint video call, a Kenyan government source said.",
       {}, {}, 0},
      // A courtesy call on someone, then when it was, is a visit; the same words before "to" and an act are an appeal.
      {"Kenyan President Daniel Mwangi called on Ethiopian Prime Minister Tesfaye Alemu on Monday.", {}, {}, 0},
      {"Kenyan President Daniel Mwangi called on Ethiopian Prime Minister Tesfaye Alemu on Monday to reopen the border.",
       {{mwangi, StatementKind::indirect, {"to reopen the border"}}}, {}, 1},
      // A verb of saying followed only by when and where says nothing; a name and its description are no words either.
      {"Kenyan President Daniel Mwangi replied on Monday in Nairobi.", {}, {}, 0},
      {"Tesfaye Alemu, the opposition leader, responded quickly.", {}, {}, 0},
      // Welcoming a guest to a place is a reception (test_meetings.cpp); welcoming news is saying something.
      {"Kenyan President Daniel Mwangi welcomed Portuguese Foreign Minister Helena Duarte to State House on Monday.", {}, {}, 0},
      {"Kenyan President Daniel Mwangi welcomed the decision to reopen the border with Ethiopia.",
       {{mwangi, StatementKind::indirect, {"the decision to reopen the border"}}}, {}, 1},
      // A verb after a name in apposition is the subject's, not an inverted "..., said X".
      {"The leader of the Kenyan opposition, Daniel Mwangi, blamed Ethiopian Prime Minister Tesfaye Alemu.",
       {{mwangi, StatementKind::indirect, {"blamed Ethiopian Prime Minister"}}}, {}, 1},
      {"Daniel Mwangi, a spokesman for the Kenyan police, told the Daily Nation in a statement that the case was closed.",
       {{mwangi, StatementKind::indirect, {"the case was closed"}}}, {}, 1},
      // "they" after unnamed people in its sentence is them, not the last two people named.
      {"Kenyan President Daniel Mwangi met Ethiopian Prime Minister Tesfaye Alemu.\nOn Monday, officials went to the border, where "
       "they claimed the fence had been cut.",
       {}, {"the fence had been cut"}},
      // Briefing someone by telephone is a call with them (test_meetings.cpp), not words of one's own.
      {"Kenyan President Daniel Mwangi briefed Ethiopian Prime Minister Tesfaye Alemu by telephone on the outcome of the talks.", {}, {},
       0},
      // A word of saying used as a noun says where words were said, not what; before "that" it reports them.
      {"Kenyan President Daniel Mwangi said the border would reopen.\nHe made the remarks in his weekly press briefing.",
       {{mwangi, StatementKind::indirect, {"the border would reopen"}}},
       {"made the remarks"},
       1},
      {"Kenyan President Daniel Mwangi renewed his warning that the border could close.",
       {{mwangi, StatementKind::indirect, {"the border could close"}}},
       {},
       1},
      {"Kenyan President Daniel Mwangi spoke on Monday.\nThe deal was described as “a new chapter for the region” in "
       "the local press.",
       {},
       {"a new chapter"}},
      {"“Our officials were told ‘nothing will change on the border’ by the other side,” Kenyan President Daniel Mwangi said.",
       {{mwangi, StatementKind::direct, {"Our officials were told ‘nothing will change on the border’ by the other side"}}},
       {},
       1},
      // The dateline is not part of what was said.
      {"NAIROBI, Oct 3 — Kenyan President Daniel Mwangi met Alemu on Tuesday, the Kenyan presidency said.",
       {{"organization:kenyan-presidency", StatementKind::indirect, {"Kenyan President Daniel Mwangi met Alemu"}}},
       {"NAIROBI"}},
      {"NAIROBI, Kenya, Oct 3 (Rift Press) - Kenyan President Daniel Mwangi met Alemu on Tuesday, the Kenyan presidency said.",
       {{"organization:kenyan-presidency", StatementKind::indirect, {"Kenyan President Daniel Mwangi met Alemu"}}},
       {"NAIROBI", "Rift Press"}},
      // A headline, and a page's header lines before the story, report no words; the story's first sentence does.
      {"Kolo confirms postponement of summit\nJan 3 (Rift Press) \u2014 Kenyan President Daniel Mwangi on Tuesday confirmed the "
       "postponement of the summit.",
       {{mwangi, StatementKind::indirect, {"the postponement of the summit"}}}, {"Kolo confirms"}, 1},
      {"World\n\nMwangi warns of border closure\n\nKenyan President Daniel Mwangi said on Monday the border would close.",
       {{mwangi, StatementKind::indirect, {"the border would close"}}}, {"warns of"}, 1},
      // The agency credited in a dateline says nothing: the words are the subject's.
      {"Nairobi, Oct. 3 (Rift Press)--Kenyan President Daniel Mwangi met Alemu on Tuesday, urging Ethiopia to reopen the border.",
       {{mwangi, StatementKind::indirect, {"urging Ethiopia to reopen the border"}}}, {}, 1},
      // A state body in lower case speaks; its country is named in it.
      {"Mwangi will travel to Lisbon in May, the Kenyan presidency said in a statement.",
       {{"organization:kenyan-presidency", StatementKind::indirect, {"Mwangi will travel to Lisbon in May"}}},
       {"statement"}},
      {"Duarte spoke by phone with Mwangi on Sunday, the Portuguese foreign ministry said.",
       {{"organization:portuguese-foreign-ministry", StatementKind::indirect, {"Duarte spoke by phone"}}}},
      // An attribution inside the words: they go on after it; an aside after a full clause is not theirs.
      {"Kenyan President Daniel Mwangi landed on Monday. The border, Mwangi said, would reopen in May.",
       {{mwangi, StatementKind::indirect, {"The border would reopen in May"}}}, {"landed"}, 1},
      {"The border would reopen in May, Kenyan President Daniel Mwangi said on Monday, as talks ended in Nairobi.",
       {{mwangi, StatementKind::indirect, {"The border would reopen in May"}}}, {"talks ended"}, 1},
      // Nothing said.
      {"Ethiopian Prime Minister Tesfaye Alemu did not say whether the border would reopen.", {}, {"border"}, 0},
      // "said this", "said so": the words were told before; "said this deal ..." is words.
      {"Kenyan President Daniel Mwangi said the border would reopen. He said this at a meeting with Alemu. Alemu said so on Monday.",
       {{mwangi, StatementKind::indirect, {"the border would reopen"}}}, {"at a meeting", "on Monday"}, 1},
      {"Kenyan President Daniel Mwangi said this deal would hold.", {{mwangi, StatementKind::indirect, {"this deal would hold"}}}, {}, 1},
      {"Kenyan President Daniel Mwangi declined to say when the talks would resume.", {}, {"talks"}, 0},
      // "called on" a person is a visit (test_meetings.cpp); "called on X to act" is an appeal.
      {"Kenyan President Daniel Mwangi called on Ethiopian Prime Minister Tesfaye Alemu at his office.", {}, {"called on"}, 0},
      {"Kenyan President Daniel Mwangi briefed Ethiopian Prime Minister Tesfaye Alemu about the new border posts.",
       {{mwangi, StatementKind::indirect, {"about the new border posts"}}}, {}, 1},
      {"Kenyan President Daniel Mwangi called on Ethiopian Prime Minister Tesfaye Alemu to reopen the border.",
       {{mwangi, StatementKind::indirect, {"to reopen the border"}}}, {}, 1},
      // "..., adding": the speaker of the first verb, here one with no name.
      {"Kenyan President Daniel Mwangi met Alemu, the ministry said, adding that the talks had been useful.", {}, {"useful"}, 0},
      // Unnamed speakers: the people named earlier in the sentence did not say it.
      {"Mwangi will travel to Lisbon in May for talks with Ethiopian Prime Minister Tesfaye Alemu, officials said.", {}, {"travel"}, 0},
      {"Talks with Kenyan President Daniel Mwangi will resume, a senior diplomat said.", {}, {"resume"}, 0},
      // ... a spokesman for a body the text does not name, after a date: not the person named before.
      {"Tesfaye Alemu met Kenyan President Daniel Mwangi in Nairobi on Thursday, a ministry spokesman said.", {}, {"Nairobi"}, 0},
      {"Copperline Resources chief executive Tesfaye Alemu met Kenyan President Daniel Mwangi, a ministry spokesman said.", {}, {"met"}, 0},
      // ... an official qualified by a country's demonym: not the body named before either.
      {"Mediators met the delegation of the Copperline Resources on Sunday, a Saudi official said.", {}, {"Mediators"}, 0},
      // ... but a body the text names speaks through its spokesman.
      {"Copperline Resources met Kenyan President Daniel Mwangi on Thursday, a company spokesman said.",
       {{"organization:copperline-resources", StatementKind::indirect, {"met Kenyan President Daniel Mwangi"}}}, {}, 1},
  });
}
