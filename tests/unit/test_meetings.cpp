// Meetings, shape by shape: text -> the meetings a careful analyst expects
// (participants, sides, status, mode, place, date), and texts that hold no
// meeting. Every sentence here is written for these tests.
#include <doctest/doctest.h>

#include <algorithm>

#include "helpers.hpp"

using namespace newsgraph;
using testing::process;

namespace {

struct Expected {
  std::vector<std::string> participants;        // all must take part
  MeetingStatus status = MeetingStatus::held;
  MeetingMode mode = MeetingMode::in_person;
  std::vector<std::vector<std::string>> sides{};  // checked when given
  std::string location{};                       // checked when given
  std::string date{};                           // checked when given
};

struct Case {
  const char* text;
  const char* date;
  std::vector<Expected> meetings;
  std::vector<std::pair<std::string, std::string>> never_met;  // pairs no meeting may join
};

bool has_all(const Meeting& m, const std::vector<std::string>& ids) {
  return std::all_of(ids.begin(), ids.end(), [&](const std::string& id) {
    return std::find(m.participants.begin(), m.participants.end(), id) != m.participants.end();
  });
}

void check_cases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    const Document doc = process(c.text, c.date);
    CHECK(doc.meetings.size() == c.meetings.size());  // an extra, wrong meeting fails too
    for (const Expected& e : c.meetings) {
      CAPTURE(e.participants);
      const auto it = std::find_if(doc.meetings.begin(), doc.meetings.end(),
                                   [&](const Meeting& m) { return has_all(m, e.participants) && m.status == e.status; });
      REQUIRE(it != doc.meetings.end());
      CHECK(it->mode == e.mode);
      if (!e.sides.empty()) CHECK(it->sides == e.sides);
      if (!e.location.empty()) CHECK(it->location == e.location);
      if (!e.date.empty()) CHECK(it->date == e.date);
    }
    for (const auto& pair : c.never_met) {
      const auto& x = pair.first;
      const auto& y = pair.second;
      CAPTURE(x);
      CAPTURE(y);
      CHECK(std::none_of(doc.meetings.begin(), doc.meetings.end(), [&](const Meeting& m) { return has_all(m, {x, y}); }));
    }
  }
}

const std::string mwangi = "person:daniel-mwangi", alemu = "person:tesfaye-alemu", duarte = "person:helena-duarte",
                  whitfield = "person:marcus-whitfield", royce = "person:daniel-royce", tanabe = "person:hiroshi-tanabe",
                  baker = "person:susan-baker";

}  // namespace

TEST_CASE("X met (with) Y, X held talks with Y, X and Y met") {
  check_cases({
      // Each person qualified by a country: the first one, opening the sentence, too; a name, "of" and a country
      // the model reads as one body's name is the person.
      {"Daniel Mwangi of Kenya and Tesfaye Alemu met in Nairobi on Monday.", "", {{{mwangi, alemu}}}, {}},
      {"Leaders meet\n\nThe two presidents, Daniel Mwangi of Kenya and Tesfaye Alemu of Ethiopia, met on the sidelines of "
       "the summit.",
       "",
       {{{mwangi, alemu}}}, {}},
      // A given name alone is the one person of the story it begins.
      {"Lao President Somsak Keola arrived in Nairobi on Monday.\nOn the same day, Kenyan President Daniel Mwangi also met with "
       "Somsak.",
       "",
       {{{mwangi, "person:somsak-keola"}}}, {}},
      // "to discuss" after a meeting is its purpose: no second meeting of the people it met.
      {"Kenyan President Daniel Mwangi met Tesfaye Alemu and Helena Duarte in Nairobi to discuss the border.", "",
       {{{mwangi, alemu, duarte}}}, {}},
      // How they met is no one they met.
      {"Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu met behind closed doors on Monday.", "",
       {{{mwangi, alemu}}}, {}},
      {"Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu met privately.", "", {{{mwangi, alemu}}}, {}},
      // The verbs of meeting in their other forms (trigger data).
      {"Kenyan President Daniel Mwangi greets Ethiopian Prime Minister Tesfaye Alemu at State House.", "", {{{mwangi, alemu}}}, {}},
      {"Kenyan President Daniel Mwangi dines with Ethiopian Prime Minister Tesfaye Alemu.", "", {{{mwangi, alemu}}}, {}},
      {"Kenyan President Daniel Mwangi is holding discussions with Ethiopian Prime Minister Tesfaye Alemu.", "", {{{mwangi, alemu}}}, {}},
      // Doing something together in one place is meeting: joining someone, presenting them with a thing, posing with them.
      {"Kenyan President Daniel Mwangi joined Ethiopian Prime Minister Tesfaye Alemu for talks in Addis Ababa.", "", {{{mwangi, alemu}}}, {}},
      {"Kenyan President Daniel Mwangi presented Ethiopian Prime Minister Tesfaye Alemu with a gift.", "", {{{mwangi, alemu}}}, {}},
      {"Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu inspected a guard of honour.", "", {{{mwangi, alemu}}}, {}},
      {"Kenyan President Daniel Mwangi posed for photos with Ethiopian Prime Minister Tesfaye Alemu.", "", {{{mwangi, alemu}}}, {}},
      // ... but not joining a body, acting alongside someone elsewhere ("joined X in condemning"), presenting a thing.
      {"Kenyan President Daniel Mwangi joined Ethiopian Prime Minister Tesfaye Alemu in condemning the attack.", "", {}, {{mwangi, alemu}}},
      {"Kenyan President Daniel Mwangi joined the ruling party in 1990 and presented his budget to parliament.", "", {}, {}},
      // Holding a summit together is meeting; a summit named alone is where meetings happen.
      {"Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu held a summit in Nairobi.", "", {{{mwangi, alemu}}}, {}},
      // When, between the verb and its preposition, is no one they met either.
      {"Kenyan President Daniel Mwangi met again with Ethiopian Prime Minister Tesfaye Alemu.", "", {{{mwangi, alemu}}}, {}},
      {"Kenyan President Daniel Mwangi met later with Ethiopian Prime Minister Tesfaye Alemu.", "", {{{mwangi, alemu}}}, {}},
      {"Kenyan President Daniel Mwangi huddled with Ethiopian Prime Minister Tesfaye Alemu in Nairobi.", "", {{{mwangi, alemu}}}, {}},
      {"Kenyan President Daniel Mwangi met Ethiopian Prime Minister Tesfaye Alemu in Nairobi on Wednesday.", "2024-09-05",
       {{{mwangi, alemu}, MeetingStatus::held, MeetingMode::in_person, {}, "location:nairobi", "2024-09-04"}}, {}},
      // Dates written day first, month first with a comma, or without a year (the story's year, before its date when held).
      {"Kenyan President Daniel Mwangi met Ethiopian Prime Minister Tesfaye Alemu in Nairobi on 8 January 2024.", "",
       {{{mwangi, alemu}, MeetingStatus::held, MeetingMode::in_person, {}, {}, "2024-01-08"}}, {}},
      {"Kenyan President Daniel Mwangi met Ethiopian Prime Minister Tesfaye Alemu in Nairobi on January 8, 2024.", "",
       {{{mwangi, alemu}, MeetingStatus::held, MeetingMode::in_person, {}, {}, "2024-01-08"}}, {}},
      {"Kenyan President Daniel Mwangi met Ethiopian Prime Minister Tesfaye Alemu in Nairobi on 8 December.", "2024-01-10",
       {{{mwangi, alemu}, MeetingStatus::held, MeetingMode::in_person, {}, {}, "2023-12-08"}}, {}},
      {"Kenyan President Daniel Mwangi will meet Ethiopian Prime Minister Tesfaye Alemu in Nairobi on 8 January.", "2024-03-02",
       {{{mwangi, alemu}, MeetingStatus::planned, MeetingMode::in_person, {}, {}, "2025-01-08"}}, {}},
      {"Portuguese Foreign Minister Helena Duarte met with Canadian Trade Minister Marcus Whitfield on Tuesday.", "",
       {{{duarte, whitfield}, MeetingStatus::held, MeetingMode::in_person, {}, {}, "Tuesday"}}, {}},
      {"Portuguese Foreign Minister Helena Duarte held talks with Canadian Trade Minister Marcus Whitfield in Lisbon.", "",
       {{{duarte, whitfield}, MeetingStatus::held, MeetingMode::in_person, {}, "location:lisbon", {}}}, {}},
      {"Portuguese Foreign Minister Helena Duarte and Canadian Trade Minister Marcus Whitfield met in Lisbon on Tuesday.", "",
       {{{duarte, whitfield}}}, {}},
      // "he" after "X's visit to P, where" is the visitor, not the sentence's subject.
      {"Helena Duarte spoke on Thursday after Kenyan President Daniel Mwangi's visit to Addis Ababa, where he met with Ethiopian "
       "Prime Minister Tesfaye Alemu.",
       "",
       {{{mwangi, alemu}}},
       {{duarte, alemu}}},
      // A title in apposition between the subjects and the verb, naming a body: the people meet, not the body.
      {"Ethiopian Prime Minister Tesfaye Alemu and Ruth Bekele, chairwoman of the Ethiopian Investment Commission, met Kenyan "
       "President Daniel Mwangi.",
       "", {{{alemu, "person:ruth-bekele", mwangi}}},
       {{mwangi, "organization:ethiopian-investment-commission"}}},
      // A relative clause between the subject and the verb.
      {"Portuguese Foreign Minister Helena Duarte, who is on a visit to Kenya, also met Kenyan President Daniel Mwangi.", "",
       {{{duarte, mwangi}}}, {{"country:KE", mwangi}}},
  });
}

TEST_CASE("a meeting between X and Y, and delegations as sides") {
  check_cases({
      // Who goes with a participant is on their side.
      {"Ethiopian Prime Minister Tesfaye Alemu, accompanied by Foreign Minister Ruth Bekele, met Kenyan President Daniel Mwangi.", "",
       {{{alemu, "person:ruth-bekele", mwangi}, MeetingStatus::held, MeetingMode::in_person, {{"person:ruth-bekele", alemu}, {mwangi}}}},
       {}},
      {"Kenyan President Daniel Mwangi met Ethiopian Prime Minister Tesfaye Alemu, who was accompanied by Foreign Minister Ruth Bekele.",
       "",
       {{{alemu, "person:ruth-bekele", mwangi}, MeetingStatus::held, MeetingMode::in_person, {{mwangi}, {"person:ruth-bekele", alemu}}}},
       {}},
      {"A meeting between Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu took place in Nairobi.", "",
       {{{mwangi, alemu}}}, {}},
      {"The talks between US officials, including Secretary of State Daniel Royce and Trade Representative Susan Baker, and "
       "Japan's Deputy Foreign Minister Hiroshi Tanabe were frank.",
       "",
       {{{royce, baker, tanabe}, MeetingStatus::held, MeetingMode::in_person, {{royce, baker}, {tanabe}}}},
       {}},
  });
}

TEST_CASE("hosts, guests, visits and courtesy calls") {
  check_cases({
      {"Kenyan President Daniel Mwangi hosted Ethiopian Prime Minister Tesfaye Alemu at State House.", "", {{{mwangi, alemu}}}, {}},
      // An audience given or granted is a reception, in either voice.
      {"Kenyan President Daniel Mwangi gave an audience to Ethiopian Prime Minister Tesfaye Alemu.", "", {{{mwangi, alemu}}}, {}},
      {"Ethiopian Prime Minister Tesfaye Alemu was granted an audience by Kenyan President Daniel Mwangi.", "", {{{mwangi, alemu}}}, {}},
      // The first of two coordinated actors in apposition, either way round, or a list with a comma before "and".
      {"The Kenyan President, Daniel Mwangi, and Tesfaye Alemu held talks in Nairobi.", "", {{{mwangi, alemu}}}, {}},
      {"Daniel Mwangi, the Kenyan president, and Tesfaye Alemu held talks in Nairobi.", "", {{{mwangi, alemu}}}, {}},
      {"Daniel Mwangi, Helena Duarte, and Tesfaye Alemu held talks in Nairobi.", "", {{{mwangi, duarte, alemu}}}, {}},
      // The second of two coordinated actors described in apposition: both are the subject.
      {"Kenyan President Daniel Mwangi and Tesfaye Alemu, the Ethiopian prime minister, held talks in Nairobi.", "", {{{mwangi, alemu}}}, {}},
      // A delegation from a body, with no person of it named: the body is the participant.
      {"Kenyan President Daniel Mwangi met a World Bank delegation in Nairobi on Monday.", "", {{{mwangi, "organization:world-bank"}}}, {}},
      {"Kenyan President Daniel Mwangi held talks with IMF officials in Nairobi.", "", {{{mwangi, "organization:international-monetary-fund"}}}, {}},
      {"Kenyan President Daniel Mwangi held a working session with Ethiopian Prime Minister Tesfaye Alemu in Nairobi.", "", {{{mwangi, alemu}}}, {}},
      // A meeting noun's verb after "and" shares the first verb's subject, not the agent of its passive.
      {"Kenyan President Daniel Mwangi was greeted by Helena Duarte and later held a closed-door meeting with Tesfaye Alemu.", "",
       {{{mwangi, duarte}}, {{mwangi, alemu}}}, {{duarte, alemu}}},
      {"Kenyan President Daniel Mwangi met with members of the Senate Finance Committee on Monday.", "",
       {{{mwangi, "organization:senate-finance-committee"}}}, {}},
      // ... but a bloc's ministers are their countries', no one the bloc sends.
      {"Kenyan President Daniel Mwangi met EU ministers in Nairobi on Monday.", "", {}, {}},
      {"Kenyan President Daniel Mwangi received a delegation from the World Bank in Nairobi on Monday.", "",
       {{{mwangi, "organization:world-bank"}}}, {}},
      // ... and with its leader named, the leader, not the body.
      {"Kenyan President Daniel Mwangi received a delegation from the World Bank led by Susan Baker on Monday.", "",
       {{{mwangi, baker}}}, {{mwangi, "organization:world-bank"}}},
      {"Kenyan President Daniel Mwangi met with a delegation from Ethiopia headed by Prime Minister Tesfaye Alemu.", "",
       {{{mwangi, alemu}}}, {{mwangi, "country:ET"}}},
      // The delegation's source may be a longer phrase before its leader.
      {"Kenyan President Daniel Mwangi received a delegation from the Ethiopian region of Tigray led by its president, Tesfaye Alemu.",
       "", {{{mwangi, alemu}}}, {{mwangi, "country:ET"}}},
      // The host's country after "of" qualifies the host; it is no participant of its own.
      {"President Daniel Mwangi of Kenya received Ethiopian Foreign Minister Tesfaye Alemu at State House on Monday.", "",
       {{{mwangi, alemu}}}, {{"country:KE", alemu}}},
      {"Ethiopian Prime Minister Tesfaye Alemu arrived in Nairobi. He was greeted by Kenyan President Daniel Mwangi.", "",
       {{{mwangi, alemu}}}, {}},
      // Briefed by someone in person; a description owned by a common noun before the name in apposition.
      {"Ethiopian Prime Minister Tesfaye Alemu arrived in Nairobi. He was briefed by the city's governor, Daniel Mwangi.", "",
       {{{mwangi, alemu}}}, {}},
      {"Ethiopian Prime Minister Tesfaye Alemu is scheduled to call on Kenyan President Daniel Mwangi.", "",
       {{{mwangi, alemu}, MeetingStatus::planned}}, {}},
      {"Portuguese Foreign Minister Helena Duarte is due to pay an official visit to Canada next week.", "",
       {{{duarte, "country:CA"}, MeetingStatus::planned}}, {}},
      // "is due to" sets the status of a meeting further on in its clause.
      {"Portuguese Foreign Minister Helena Duarte is due to travel to Nairobi on Thursday for consultations with Kenyan President "
       "Daniel Mwangi.",
       "", {{{duarte, mwangi}, MeetingStatus::planned}}, {}},
      {"Portuguese Foreign Minister Helena Duarte visited Spain and France last month.", "", {},
       {{duarte, "country:ES"}, {duarte, "country:FR"}}},
      // Audiences, a passive visit, a welcome, an exchange of views.
      {"Kenyan President Daniel Mwangi received in audience Ethiopian Prime Minister Tesfaye Alemu on Monday.", "", {{{mwangi, alemu}}}, {}},
      {"Kenyan President Daniel Mwangi granted an audience to Ethiopian Prime Minister Tesfaye Alemu on Monday.", "", {{{mwangi, alemu}}}, {}},
      {"Ethiopian Prime Minister Tesfaye Alemu was received in audience by Kenyan President Daniel Mwangi.", "", {{{mwangi, alemu}}}, {}},
      {"Kenyan President Daniel Mwangi was visited by Ethiopian Prime Minister Tesfaye Alemu on Monday.", "", {{{mwangi, alemu}}}, {}},
      {"Ethiopian Prime Minister Tesfaye Alemu was met at the airport by Kenyan President Daniel Mwangi.", "", {{{mwangi, alemu}}}, {}},
      {"Ethiopian Prime Minister Tesfaye Alemu visited Kenya, where he was welcomed by President Daniel Mwangi.", "", {{{mwangi, alemu}}},
       {{alemu, "country:KE"}}},
      {"Kenyan President Daniel Mwangi exchanged views with Ethiopian Prime Minister Tesfaye Alemu on trade.", "", {{{mwangi, alemu}}}, {}},
      // A second verb after "and" shares the first verb's subject, not its object.
      {"Kenyan President Daniel Mwangi met Ethiopian Prime Minister Tesfaye Alemu and exchanged views with Portuguese Foreign Minister "
       "Helena Duarte.",
       "", {{{mwangi, alemu}}, {{mwangi, duarte}}}, {{alemu, duarte}}},
      // "discussed <topic> with Y": Y is the partner; a topic with no partner and one actor is no meeting.
      {"Kenyan President Daniel Mwangi discussed bilateral ties with Ethiopian Prime Minister Tesfaye Alemu on Monday.", "",
       {{{mwangi, alemu}}}, {}},
      {"Kenyan President Daniel Mwangi discussed the drought, said Ethiopian Prime Minister Tesfaye Alemu.", "", {},
       {{mwangi, alemu}}},
      // Several actors discussing together meet; one actor and his own people do not.
      {"Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu discussed trade in Nairobi on Monday.", "",
       {{{mwangi, alemu}}}, {}},
      {"Kenyan President Daniel Mwangi and his ministers discussed trade in Nairobi on Monday.", "", {}, {}},
      // People said to be present join the meeting told just before, each on the side of their country.
      {"Kenyan President Daniel Mwangi received Ethiopian Prime Minister Tesfaye Alemu at State House on Monday. "
       "Kenyan Foreign Minister Peter Otieno and Ethiopian Ambassador Hana Bekele were also present.",
       "",
       {{{mwangi, alemu, "person:peter-otieno", "person:hana-bekele"}, MeetingStatus::held, MeetingMode::in_person,
         {{"person:daniel-mwangi", "person:peter-otieno"}, {"person:hana-bekele", "person:tesfaye-alemu"}}}},
       {}},
      // An envoy who delivers a letter meets its recipient, not its sender; a speech delivered to a nation is no meeting.
      {"Ethiopian Foreign Minister Hana Bekele delivered a letter from Prime Minister Tesfaye Alemu to Kenyan President Daniel Mwangi.",
       "", {{{mwangi, "person:hana-bekele"}}}, {{alemu, "person:hana-bekele"}, {alemu, mwangi}}},
      {"Kenyan President Daniel Mwangi delivered a speech to the nation after Tesfaye Alemu left.", "", {}, {}},
      {"Ethiopian Foreign Minister Hana Bekele co-chaired the joint commission with Kenyan President Daniel Mwangi in Nairobi.", "",
       {{{mwangi, "person:hana-bekele"}}}, {}},
      // Receiving an envoy's credentials is meeting the envoy.
      {"Kenyan President Daniel Mwangi received the credentials of the new Ethiopian Ambassador, Hana Bekele, on Monday.", "",
       {{{mwangi, "person:hana-bekele"}}}, {}},
      // A decision welcomed by someone is no meeting.
      {"The decision was welcomed by Kenyan President Daniel Mwangi.", "", {}, {}},
      // "paid a visit to" a person is a meeting with them; to a country, a visit as "visited"; a tour of cities is none.
      {"Ethiopian Prime Minister Tesfaye Alemu paid a visit to Kenyan President Daniel Mwangi on Monday.", "", {{{mwangi, alemu}}}, {}},
      {"Portuguese Foreign Minister Helena Duarte will pay a visit to Canada next week.", "",
       {{{duarte, "country:CA"}, MeetingStatus::planned}}, {}},
      {"Portuguese Foreign Minister Helena Duarte paid a visit to Nairobi and Kampala last month.", "", {},
       {{duarte, "country:KE"}, {duarte, "country:UG"}}},
      // "the visiting X": an adjective, so X is the one met.
      {"Kenyan President Daniel Mwangi met the visiting Ethiopian Prime Minister, Tesfaye Alemu, on Monday.", "",
       {{{mwangi, alemu}}}, {}},
      // "at the invitation of X": X hosts the visit, which is with X, not with the country alone.
      {"Ethiopian Prime Minister Tesfaye Alemu will visit Kenya next week at the invitation of President Daniel Mwangi.", "",
       {{{mwangi, alemu}, MeetingStatus::planned}}, {{alemu, "country:KE"}}},
      // An object pronoun stands for the person named before who is not the subject; "her" before a noun is a possessive.
      {"Ethiopian Prime Minister Tesfaye Alemu arrived in Nairobi on Monday. Kenyan President Daniel Mwangi received him at State House.",
       "", {{{mwangi, alemu}}}, {}},
      {"Portuguese Foreign Minister Helena Duarte landed in Nairobi. Kenyan President Daniel Mwangi met her on Monday.", "",
       {{{mwangi, duarte}}}, {}},
      {"Portuguese Foreign Minister Helena Duarte landed in Nairobi. Kenyan President Daniel Mwangi met her husband on Monday.", "",
       {}, {{mwangi, duarte}}},
      // Entertaining or playing host to a guest is hosting them.
      {"Kenyan President Daniel Mwangi played host to Ethiopian Prime Minister Tesfaye Alemu on Monday.", "", {{{mwangi, alemu}}}, {}},
      // A meal given for a person, or in their honour, is hosting them; a meal for no one named is no meeting.
      {"Kenyan President Daniel Mwangi gave a state banquet in honour of Ethiopian Prime Minister Tesfaye Alemu on Monday.", "",
       {{{mwangi, alemu}}}, {}},
      {"Kenyan President Daniel Mwangi hosted a reception for Ethiopian Prime Minister Tesfaye Alemu.", "", {{{mwangi, alemu}}}, {}},
      {"Kenyan President Daniel Mwangi attended a dinner for the diplomatic corps.", "", {}, {}},
      {"Kenyan President Daniel Mwangi received a warm reception in Addis Ababa.", "", {}, {}},
      // A guest welcomed to a place is received there; a welcome of news is words, not a meeting.
      {"Kenyan President Daniel Mwangi welcomed Ethiopian Prime Minister Tesfaye Alemu to State House on Monday.", "", {{{mwangi, alemu}}}, {}},
      {"Kenyan President Daniel Mwangi welcomed Ethiopian Prime Minister Tesfaye Alemu's decision to reopen the border.", "", {}, {{mwangi, alemu}}},
  });
}

TEST_CASE("calls by phone or video") {
  check_cases({
      // A verb of speaking is a conversation when a person follows "with" or "to", past time words; alone it is none.
      {"Kenyan President Daniel Mwangi spoke on Monday with Ethiopian Prime Minister Tesfaye Alemu about the drought.", "",
       {{{mwangi, alemu}}}, {}},
      {"Kenyan President Daniel Mwangi talked to Ethiopian Prime Minister Tesfaye Alemu on Monday.", "", {{{mwangi, alemu}}}, {}},
      {"Kenyan President Daniel Mwangi was on the phone with Ethiopian Prime Minister Tesfaye Alemu on Monday.", "",
       {{{mwangi, alemu}, MeetingStatus::held, MeetingMode::call}}, {}},
      {"Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu spoke at the opening of the summit.", "", {}, {{mwangi, alemu}}},
      {"Kenyan President Daniel Mwangi spoke to reporters after Ethiopian Prime Minister Tesfaye Alemu left.", "", {}, {{mwangi, alemu}}},
      // "..., Kenyan officials said" tells who said the sentence: neither one more participant nor a named speaker.
      {"Ethiopian Prime Minister Tesfaye Alemu met with Portuguese Foreign Minister Helena Duarte, Kenyan officials said.", "",
       {{{alemu, duarte}}}, {{alemu, "country:KE"}}},
      {"Kenyan President Daniel Mwangi spoke by phone with Ethiopian Prime Minister Tesfaye Alemu on Monday.", "",
       {{{mwangi, alemu}, MeetingStatus::held, MeetingMode::call}}, {}},
      {"Kenyan President Daniel Mwangi had a telephone conversation with Ethiopian Prime Minister Tesfaye Alemu.", "",
       {{{mwangi, alemu}, MeetingStatus::held, MeetingMode::call}}, {}},
      {"Kenyan President Daniel Mwangi held a video conference with Ethiopian Prime Minister Tesfaye Alemu.", "",
       {{{mwangi, alemu}, MeetingStatus::held, MeetingMode::call}}, {}},
      {"Kenyan President Daniel Mwangi called up Ethiopian Prime Minister Tesfaye Alemu on Monday.", "",
       {{{mwangi, alemu}, MeetingStatus::held, MeetingMode::call}}, {}},
      {"Kenyan President Daniel Mwangi talked on the phone with Ethiopian Prime Minister Tesfaye Alemu on Monday.", "",
       {{{mwangi, alemu}, MeetingStatus::held, MeetingMode::call}}, {}},
      // The call named first, its two parties after it.
      {"In a phone call on Monday, Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu discussed the drought.", "",
       {{{mwangi, alemu}, MeetingStatus::held, MeetingMode::call}}, {}},
      // Parties in apposition to a description joined by "and".
      {"Kenyan President Daniel Mwangi and his Ethiopian counterpart, Tesfaye Alemu, discussed trade during a phone call.", "",
       {{{mwangi, alemu}, MeetingStatus::held, MeetingMode::call}}, {}},
  });
}

TEST_CASE("the two leaders, their meeting, his counterpart") {
  check_cases({
      // "talks between the two ministers": the pair named before met.
      {"Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu signed a border accord.\n"
       "The signing followed talks between the two leaders.",
       "", {{{mwangi, alemu}}}, {}},
      // Countries meeting in a headline, whose people the story names as meeting: one meeting, theirs.
      {"Kenyan, Ethiopian leaders hold talks\n\nKenyan President Daniel Mwangi met Ethiopian Prime Minister Tesfaye Alemu on Monday.",
       "", {{{mwangi, alemu}}}, {{"country:KE", "country:ET"}}},
      // ... not "the leaders of" others, who are named after it.
      {"Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu signed a border accord.\n"
       "Mwangi is expected to meet the leaders of Chad and Mali next week.",
       "", {{{mwangi, "country:TD", "country:ML"}, MeetingStatus::planned}}, {{mwangi, alemu}}},
      // "the talks" right after a sentence whose subject is two people, with no meeting told: their meeting.
      {"Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu agreed on Friday to reopen the border.\n"
       "Mwangi, speaking after the talks at State House, said trade would resume on Monday.",
       "", {{{mwangi, alemu}}}, {}},
      // ... after a meeting with its length, told in a quote's attribution.
      {"Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu agreed on Friday to reopen the border.\n"
       "\"We are neighbours,\" Mwangi told reporters after a two-hour meeting at State House.",
       "", {{{mwangi, alemu}}}, {}},
      // ... not a meeting still to come.
      {"Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu agreed on Friday to reopen the border.\n"
       "Mwangi called for a meeting of the region's ministers.",
       "", {}, {}},
      // One person's subject, or no talks named: none.
      {"Kenyan President Daniel Mwangi agreed on Friday to reopen the border with Ethiopia.\nMwangi, speaking after the talks, "
       "said trade would resume.",
       "", {}, {}},
      {"Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu agreed on Friday to reopen the border.\n"
       "Mwangi said trade would resume on Monday.",
       "", {}, {}},
      // A place in a clause after the meeting's is somewhere else the actor goes.
      {"In Nairobi on Monday, Kenyan President Daniel Mwangi will meet Ethiopian Prime Minister Tesfaye Alemu before flying to "
       "Mombasa.",
       "",
       {{{mwangi, alemu}, MeetingStatus::planned, MeetingMode::in_person, {}, "location:nairobi", {}}},
       {}},
      {"Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu signed a border accord.\n"
       "The two leaders will meet again in Mombasa in June.",
       "",
       {{{mwangi, alemu}, MeetingStatus::planned, MeetingMode::in_person, {}, "location:mombasa", {}}},
       {}},
      {"Portuguese Foreign Minister Helena Duarte met her Canadian counterpart Marcus Whitfield in Lisbon.", "",
       {{{duarte, whitfield}}}, {}},
      // The counterpart named in apposition, not another person of that country.
      {"Canadian Prime Minister Laura Benton spoke first. Portuguese Foreign Minister Helena Duarte met her Canadian counterpart, "
       "Trade Minister Marcus Whitfield.",
       "",
       {{{duarte, whitfield}}},
       {{duarte, "person:laura-benton"}}},
      // A counterpart the text never names: the country is the other side.
      {"Portuguese Foreign Minister Helena Duarte held talks with her Canadian counterpart on Monday.", "", {{{duarte, "country:CA"}}}, {}},
      {"Portuguese Foreign Minister Helena Duarte spoke by phone with the Canadian leader.", "",
       {{{duarte, "country:CA"}, MeetingStatus::held, MeetingMode::call}}, {}},
      // ... so does a title nobody holds in the text, and a country's people left unnamed ...
      {"Portuguese Foreign Minister Helena Duarte met Canada's prime minister on Monday.", "", {{{duarte, "country:CA"}}}, {}},
      {"Portuguese Foreign Minister Helena Duarte met with Canadian officials in Ottawa on Monday.", "", {{{duarte, "country:CA"}}}, {}},
      // ... but not people who are named next.
      {"Portuguese Foreign Minister Helena Duarte met Canadian officials, including Trade Minister Marcus Whitfield.", "",
       {{{duarte, whitfield}}}, {{duarte, "country:CA"}}},
      // A word of meeting used as a noun, the name in apposition after it.
      {"Helena Duarte, Portugal's foreign minister, met her host, Prime Minister Marcus Whitfield, on Monday.", "",
       {{{duarte, whitfield}}}, {}},
  });
}

TEST_CASE("status: planned, cancelled, negated") {
  check_cases({
      {"Kenyan President Daniel Mwangi will meet Ethiopian Prime Minister Tesfaye Alemu next week.", "",
       {{{mwangi, alemu}, MeetingStatus::planned}}, {}},
      // A time to come after a purpose or another meeting word is theirs: the meeting was held.
      {"Kenyan President Daniel Mwangi met Ethiopian Prime Minister Tesfaye Alemu on Monday to prepare a summit planned for next year.", "",
       {{{mwangi, alemu}, MeetingStatus::held}}, {}},
      {"Kenyan President Daniel Mwangi met Ethiopian Prime Minister Tesfaye Alemu on Monday to prepare for next year's summit.", "",
       {{{mwangi, alemu}, MeetingStatus::held}}, {}},
      // A word of calling off after another meeting word is that one's.
      {"Kenyan President Daniel Mwangi will meet Ethiopian Prime Minister Tesfaye Alemu on Monday, weeks after a visit to Portugal was "
       "cancelled.",
       "", {{{mwangi, alemu}, MeetingStatus::planned}}, {}},
      {"Kenyan President Daniel Mwangi is expected to meet Ethiopian Prime Minister Tesfaye Alemu on Friday.", "2024-09-04",
       {{{mwangi, alemu}, MeetingStatus::planned, MeetingMode::in_person, {}, {}, "2024-09-06"}}, {}},
      {"Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu agreed to meet in Mombasa.", "",
       {{{mwangi, alemu}, MeetingStatus::planned}}, {}},
      // An infinitive far from its modal: "would travel ... to meet".
      {"Kenyan President Daniel Mwangi said he would travel to Addis Ababa in the spring to meet Ethiopian Prime Minister Tesfaye Alemu.", "",
       {{{mwangi, alemu}, MeetingStatus::planned}}, {}},
      {"Kenyan President Daniel Mwangi cancelled his meeting with Ethiopian Prime Minister Tesfaye Alemu.", "",
       {{{mwangi, alemu}, MeetingStatus::cancelled}}, {}},
      {"A planned meeting between Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu was called off.", "",
       {{{mwangi, alemu}, MeetingStatus::cancelled}}, {}},
      // Put off to a new date: called off as first set, and planned again for the new date.
      {"Kenyan President Daniel Mwangi's meeting with Ethiopian Prime Minister Tesfaye Alemu, first set for Monday, was postponed to "
       "Thursday.",
       "2024-09-04",
       {{{mwangi, alemu}, MeetingStatus::cancelled, MeetingMode::in_person, {}, {}, "2024-09-02"},
        {{mwangi, alemu}, MeetingStatus::planned, MeetingMode::in_person, {}, {}, "2024-09-05"}},
       {}},
      // Put off with no new date: called off only.
      {"The talks between Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu were postponed.", "",
       {{{mwangi, alemu}, MeetingStatus::cancelled}}, {}},
      {"Kenyan President Daniel Mwangi did not meet Ethiopian Prime Minister Tesfaye Alemu during the summit.", "", {},
       {{mwangi, alemu}}},
      // The visit took place even though the meeting with the host was called off.
      {"Kenyan President Daniel Mwangi paid an official visit to Ethiopia on Monday.\nHis planned meeting with Ethiopian Prime "
       "Minister Tesfaye Alemu was cancelled.",
       "",
       {{{mwangi, "country:ET"}}, {{mwangi, alemu}, MeetingStatus::cancelled}},
       {}},
  });
}

TEST_CASE("not meetings: reporters, press conferences, the same event") {
  check_cases({
      // A visit as a noun: its agent is the visitor, not someone the sentence's subject received.
      {"Kenyan Foreign Minister Ruth Wanjiru met Ethiopian Foreign Minister Hana Bekele on Monday.\nThey discussed a planned visit "
       "by Kenyan President Daniel Mwangi to Ethiopia.",
       "", {{{"person:ruth-wanjiru", "person:hana-bekele"}}}, {{mwangi, "person:hana-bekele"}}},
      // A thing welcomed names no one received: not the person the story is about.
      {"Kenyan President Daniel Mwangi arrived in Addis Ababa on Sunday.\nThe decision was welcomed by the Civic League.", "", {},
       {{mwangi, "organization:civic-league"}}},
      // The summit whose sidelines host the talks is no party to them.
      {"Japanese Prime Minister Kenji Morimoto and South Korean President Park Soo-min held talks on the sidelines of the G20 summit.", "",
       {{{"person:kenji-morimoto", "person:park-soo-min"}}},
       {{"organization:g20", "person:kenji-morimoto"}}},
      {"Kenyan President Daniel Mwangi told reporters that Ethiopian Prime Minister Tesfaye Alemu was a friend.", "", {},
       {{mwangi, alemu}}},
      {"Kenyan President Daniel Mwangi held a press conference after Ethiopian Prime Minister Tesfaye Alemu left.", "", {},
       {{mwangi, alemu}}},
      {"Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu attended the summit in Addis Ababa.", "", {},
       {{mwangi, alemu}}},
      {"Kenyan President Daniel Mwangi called Ethiopian Prime Minister Tesfaye Alemu a reliable partner.", "", {},
       {{mwangi, alemu}}},
      // A title whose holder goes unnamed is not the person the text is about.
      {"Union leader Daniel Mwangi criticised the plan on Monday.\nAlso, Canada's industry minister will meet with Ethiopian "
       "Prime Minister Tesfaye Alemu today.",
       "", {}, {{mwangi, alemu}}},
  });
}

TEST_CASE("many participants: a summit's attendance list, a readout's bulleted list") {
  const std::string okafor = "person:grace-okafor", lindqvist = "person:erik-lindqvist", sato = "person:yuki-sato";
  check_cases({
      // "The meeting was attended by" after the meeting was told: the people join it, no second meeting.
      {"Kenyan President Daniel Mwangi received Ethiopian Prime Minister Tesfaye Alemu at State House on Monday.\n"
       "They discussed trade.\nThe meeting was attended by Grace Okafor, the trade minister, and Erik Lindqvist.",
       "", {{{mwangi, alemu, okafor, lindqvist}}}, {}},
      // ... a few paragraphs later too, each on the side of their country.
      {"Kenyan President Daniel Mwangi received Ethiopian Prime Minister Tesfaye Alemu at State House on Monday.\n"
       "They discussed trade.\nMwangi praised Ethiopia.\nAlemu thanked Kenya.\nThe talks were attended by Kenyan Foreign "
       "Minister Grace Okafor and Ethiopian Trade Minister Erik Lindqvist.",
       "",
       {{{mwangi, alemu, okafor, lindqvist}, MeetingStatus::held, MeetingMode::in_person, {{mwangi, okafor}, {lindqvist, alemu}}}},
       {}},
      // Everyone named after "attended by" meets everyone; "was to be" makes it planned.
      {"The regional mini-summit was to be attended by the leaders of three countries: Kenya's Daniel Mwangi, "
       "Portugal's Helena Duarte and Canada's Marcus Whitfield.",
       "",
       {{{mwangi, duarte, whitfield}, MeetingStatus::planned}},
       {}},
      {"The summit in Lisbon was attended by Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu.", "",
       {{{mwangi, alemu}, MeetingStatus::held, MeetingMode::in_person, {}, "location:lisbon", {}}}, {}},
      // Whoever hosts a summit with others takes part in it.
      {"Kenyan President Daniel Mwangi hosted a trilateral summit with Ethiopian Prime Minister Tesfaye Alemu and Portuguese "
       "Foreign Minister Helena Duarte in Mombasa.",
       "", {{{mwangi, alemu, duarte}}}, {}},
      // A meeting noun after the verb that told the meeting is that meeting again.
      {"Kenyan President Daniel Mwangi met Ethiopian Prime Minister Tesfaye Alemu and Portuguese Foreign Minister Helena Duarte "
       "in a trilateral meeting.",
       "", {{{mwangi, alemu, duarte}}}, {}},
      // "a meeting of A, B and C" is theirs, as "between" would say; planned by "is scheduled".
      {"A meeting of Kenyan President Daniel Mwangi, Ethiopian Prime Minister Tesfaye Alemu and Portuguese Foreign Minister "
       "Helena Duarte is scheduled for next week.",
       "", {{{mwangi, alemu, duarte}, MeetingStatus::planned}}, {}},
      // Who comes along with the subject is on their side.
      {"Ethiopian Prime Minister Tesfaye Alemu, along with Foreign Minister Ruth Bekele, met Kenyan President Daniel Mwangi.", "",
       {{{alemu, "person:ruth-bekele", mwangi}, MeetingStatus::held, MeetingMode::in_person, {{"person:ruth-bekele", alemu}, {mwangi}}}},
       {}},
      // People said to take part, with no object of their own, in a sentence after a meeting word: they meet whoever
      // that sentence is about ("will host" makes it planned); after a meeting told, they join it.
      {"Kenyan President Daniel Mwangi will host a summit in Mombasa next week.\nEthiopian Prime Minister Tesfaye Alemu and "
       "Portuguese Foreign Minister Helena Duarte are expected to attend.",
       "", {{{mwangi, alemu, duarte}, MeetingStatus::planned}}, {}},
      {"Kenyan President Daniel Mwangi hosted a summit in Mombasa on Monday.\nAmong those attending were Ethiopian Prime "
       "Minister Tesfaye Alemu and Portuguese Foreign Minister Helena Duarte.",
       "", {{{mwangi, alemu, duarte}}}, {}},
      {"Kenyan President Daniel Mwangi met Ethiopian Prime Minister Tesfaye Alemu in Mombasa on Monday.\nPortuguese Foreign "
       "Minister Helena Duarte also took part.",
       "", {{{mwangi, alemu, duarte}}}, {}},
      // With an object of its own, taking part is in something else.
      {"Kenyan President Daniel Mwangi hosted a summit in Mombasa on Monday.\nEthiopian Prime Minister Tesfaye Alemu attended "
       "the funeral of a former minister in Addis Ababa.",
       "", {}, {{mwangi, alemu}}},
      // Attending the same event is no meeting when no list follows a meeting word.
      {"Kenyan President Daniel Mwangi attended the opening of the games, as did Ethiopian Prime Minister Tesfaye Alemu.", "", {},
       {{mwangi, alemu}}},
      // A readout: the leader of the announcing sentence meets each person of a bulleted line.
      {"Minister's meetings this weekend\n"
       "Foreign Minister Grace Okafor held a number of meetings and calls with her counterparts this weekend.\n"
       "The list is as below:\n"
       "Saturday in Oslo:\n"
       "- Foreign Minister Erik Lindqvist of Sweden [in person]\n"
       "- Foreign Minister Yuki Sato of Japan [phone call]\n",
       "",
       {{{okafor, lindqvist}}, {{okafor, sato}, MeetingStatus::held, MeetingMode::call}},
       {{lindqvist, sato}}},
      // People "in attendance" join the meeting told just before, even when that telling is the meeting's second, each
      // on the side of their country; a letter of credence presented is an audience.
      {"Kenyan Ambassador Grace Okafor presented her credentials to Portuguese President Helena Duarte at the palace on Monday.\n\n"
       "The ambassador arrived in a motorcade. A military band played both anthems. Soldiers lined the courtyard.\n\n"
       "The ambassador then presented her letter of credence to the president. Portuguese Foreign Minister Erik Lindqvist and "
       "Kenyan First Secretary Yuki Sato were in attendance.",
       "",
       {{{okafor, duarte, lindqvist, sato}, MeetingStatus::held, MeetingMode::in_person,
         {{okafor, sato}, {lindqvist, duarte}}}},
       {}},
      // Bulleted lines under no meeting are not meetings.
      {"Foreign Minister Grace Okafor named her advisers.\n"
       "They are:\n"
       "- Erik Lindqvist\n"
       "- Yuki Sato\n",
       "", {}, {{okafor, lindqvist}, {lindqvist, sato}}},
  });
}

TEST_CASE("seeing a guest off, courtesy calls") {
  check_cases({
      // One meeting with each person met "separately".
      {"Kenyan President Daniel Mwangi met separately with Ethiopian Prime Minister Tesfaye Alemu and Portuguese Foreign Minister "
       "Helena Duarte.",
       "",
       {{{mwangi, alemu}}, {{mwangi, duarte}}},
       {{alemu, duarte}}},
      {"Kenyan President Daniel Mwangi hosted a lunch for Ethiopian Prime Minister Tesfaye Alemu at State House.", "",
       {{{mwangi, alemu}}}, {}},
      // The inviter will host the guest; the place named is where, not a party.
      {"Kenyan President Daniel Mwangi invited Ethiopian Prime Minister Tesfaye Alemu to visit Nairobi.", "",
       {{{mwangi, alemu}, MeetingStatus::planned}}, {{"country:KE", alemu}}},
      // ... and so do the guests invited to a meeting named by a noun, past its article and modifiers.
      {"Kenyan President Daniel Mwangi invited Tesfaye Alemu and Helena Duarte to a working breakfast on Sunday.", "",
       {{{mwangi, alemu, duarte}, MeetingStatus::planned}}, {}},
      // ... not when the meeting is what they were invited to talk about.
      {"Kenyan President Daniel Mwangi invited Tesfaye Alemu to discuss the talks.", "", {}, {{mwangi, alemu}}},
      {"Kenyan President Daniel Mwangi later saw off Ethiopian Prime Minister Tesfaye Alemu at the airport.", "",
       {{{mwangi, alemu}}}, {}},
      // A fronted purpose of receiving someone, then the people whose purpose it was: they met the one received.
      {"At the airport to see off Ethiopian Prime Minister Tesfaye Alemu were Kenyan President Daniel Mwangi and Foreign "
       "Minister Helena Duarte, among others.",
       "",
       {{{alemu, mwangi, duarte}, MeetingStatus::held, MeetingMode::in_person, {{alemu}, {mwangi, duarte}}}},
       {}},
      {"On hand to receive Ethiopian Prime Minister Tesfaye Alemu was Kenyan President Daniel Mwangi.", "", {{{alemu, mwangi}}}, {}},
      {"Portuguese Ambassador Helena Duarte made a courtesy call on Kenyan President Daniel Mwangi on Monday.", "",
       {{{duarte, mwangi}}}, {}},
      {"The ambassadors of Spain and Italy made courtesy calls on Kenyan President Daniel Mwangi.", "",
       // Two sides: the ambassadors' countries do not meet each other.
       {{{"country:ES", "country:IT", mwangi}, MeetingStatus::held, MeetingMode::in_person, {{"country:ES", "country:IT"}, {mwangi}}}},
       {}},
      // The ambassadors of several countries received: each country is a participant, on one side.
      {"Kenyan President Daniel Mwangi received the ambassadors of Spain, Italy and Chile on Monday.", "",
       {{{"country:ES", "country:IT", "country:CL", mwangi}, MeetingStatus::held, MeetingMode::in_person,
         {{mwangi}, {"country:CL", "country:ES", "country:IT"}}}},
       {}},
      {"The ambassadors of Spain and Italy made courtesy calls separately on Kenyan President Daniel Mwangi.", "",
       {{{"country:ES", "country:IT", mwangi}, MeetingStatus::held, MeetingMode::in_person, {{"country:ES", "country:IT"}, {mwangi}}}},
       {}},
  });
}

TEST_CASE("a list that goes on past a date, a passive companion, a plural title before names") {
  check_cases({
      // A country whose own minister takes part is no participant of its own.
      {"The foreign ministers of Kenya and Ethiopia, Helena Duarte and Tesfaye Alemu, met in Nairobi on Monday.", "",
       {{{duarte, alemu}}}, {{"country:KE", alemu}, {"country:ET", duarte}}},
      // Each person met on a day of their own is a meeting of their own.
      {"Kenyan President Daniel Mwangi met Ethiopian Prime Minister Tesfaye Alemu on Monday and Portuguese Foreign Minister "
       "Helena Duarte on Tuesday.",
       "",
       {{{mwangi, alemu}}, {{mwangi, duarte}}},
       {{alemu, duarte}}},
      // The list ends where the next person is the subject of a clause of their own.
      {"Kenyan President Daniel Mwangi met Ethiopian Prime Minister Tesfaye Alemu on Monday and Helena Duarte said on Tuesday "
       "that the talks went well.",
       "",
       {{{mwangi, alemu}}},
       {{mwangi, duarte}}},
      {"Kenyan President Daniel Mwangi was joined by Ethiopian Prime Minister Tesfaye Alemu for talks at State House.", "",
       {{{mwangi, alemu}}}, {}},
      // Countries joined by countries are allies, not a meeting; a crowd is nobody.
      {"Kenya was joined by Ethiopia in condemning the attack.", "", {}, {{"country:KE", "country:ET"}}},
      {"Kenyan President Daniel Mwangi was joined by thousands of supporters in Nairobi.", "", {}, {}},
      // A capitalized plural title opening the sentence is no part of the first name.
      {"Presidents Daniel Mwangi, Marcus Whitfield and Susan Baker held talks in Nairobi.", "",
       {{{mwangi, whitfield, baker}}}, {}},
  });
}

TEST_CASE("a meal or a conversation the actors shared: together, with each other") {
  check_cases({
      {"Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu had dinner together on Monday.", "",
       {{{mwangi, alemu}}}, {}},
      {"Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu spoke with each other by phone.", "",
       {{{mwangi, alemu}, MeetingStatus::held, MeetingMode::call}}, {}},
      // Speaking together is speaking jointly; a dinner both attend is no meeting of theirs.
      {"Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu spoke together at the rally.", "", {},
       {{mwangi, alemu}}},
      {"Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu attended a dinner for the delegates.", "", {},
       {{mwangi, alemu}}},
  });
}

TEST_CASE("people of a country left unnamed as the actor, a fronted meeting participle") {
  check_cases({
      // A country's unnamed people stand for it on the subject side too, and a singular leader does not.
      {"Kenyan officials met Portuguese Foreign Minister Helena Duarte in Nairobi on Monday.", "", {{{"country:KE", duarte}}}, {}},
      {"Kenyan and Ethiopian diplomats held talks in Nairobi on Monday.", "", {{{"country:KE", "country:ET"}}}, {}},
      {"Kenyan officials met their Ethiopian counterparts in Nairobi on Monday.", "", {{{"country:KE", "country:ET"}}}, {}},
      {"Portuguese Foreign Minister Helena Duarte held talks with a Kenyan delegation on Monday.", "", {{{duarte, "country:KE"}}}, {}},
      // A participle that fronts the sentence, or stands after its actors, names their meeting.
      {"Meeting Ethiopian Prime Minister Tesfaye Alemu on Monday, Kenyan President Daniel Mwangi promised to reopen the border.",
       "", {{{mwangi, alemu}}}, {}},
      {"Meeting in Nairobi on Monday, Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu agreed to "
       "reopen the border.",
       "",
       {{{mwangi, alemu}}},
       {}},
      {"Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu, meeting in Nairobi on Monday, agreed to "
       "reopen the border.",
       "",
       {{{mwangi, alemu}}},
       {}},
      // What they agreed at a meeting that took place is no plan to meet.
      {"In a meeting on Monday, Kenyan President Daniel Mwangi and Ethiopian Prime Minister Tesfaye Alemu agreed to reopen the "
       "border.",
       "",
       {{{mwangi, alemu}, MeetingStatus::held}},
       {}},
      {"Meeting reporters in Nairobi, Kenyan President Daniel Mwangi said the border would reopen.", "", {}, {}},
  });
}
