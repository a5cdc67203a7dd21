// Meetings and statements, one row per phenomenon of news writing (issue
// 14): each row is a short text written for this test and the complete list
// of what it holds, so a missing meeting fails and so does an extra one.
// Meetings are written "A + B: status mode" with the participants' labels
// sorted; statements "Speaker: kind: first words of the text".
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "helpers.hpp"

using namespace newsgraph;
using testing::process;

namespace {

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += "[" + line + "] ";
  return out;
}

std::string label_of(const Document& doc, const std::string& id) {
  const Entity* e = testing::find_entity(doc, id);
  return e ? e->label : id;
}

std::vector<std::string> meetings_of(const Document& doc) {
  std::vector<std::string> out;
  for (const Meeting& m : doc.meetings) {
    std::vector<std::string> names;
    for (const std::string& p : m.participants) names.push_back(label_of(doc, p));
    std::sort(names.begin(), names.end());
    std::string line;
    for (const std::string& n : names) line += (line.empty() ? "" : " + ") + n;
    line += ": " + std::string(to_string(m.status)) + " " + std::string(to_string(m.mode));
    out.push_back(line);
  }
  std::sort(out.begin(), out.end());
  return out;
}

struct MeetingRow {
  const char* phenomenon;
  const char* text;
  std::vector<std::string> meetings;  // every meeting the text holds, sorted
};

TEST_CASE("meetings: one row per way news tells who met whom") {
  const std::vector<MeetingRow> rows = {
      {"X received Y", "President Anna Keller received Prime Minister Tomas Berg at the presidential palace on Monday.",
       {"Anna Keller + Tomas Berg: held in_person"}},
      {"received a delegation led by Y",
       "Foreign Minister Lena Varga received a delegation led by Trade Minister Omar Haddad in Budapest on Tuesday.",
       {"Lena Varga + Omar Haddad: held in_person"}},
      {"a phone call from a counterpart",
       "Prime Minister Tomas Berg received a phone call from his Kenyan counterpart, William Otieno, on Friday.",
       {"Tomas Berg + William Otieno: held call"}},
      // Prose with many names is no headline: a surname alone after the verb still refers back.
      {"a surname alone in a sentence of names", "Chancellor Greta Lund arrived. Vice President Tom Hale met Lund on Monday.",
       {"Greta Lund + Tom Hale: held in_person"}},
      {"briefed a person (a meeting)", "Governor Ruth Calder briefed President Anna Keller on the flood damage.",
       {"Anna Keller + Ruth Calder: held in_person"}},
      {"briefed the media (no meeting)", "Governor Ruth Calder briefed the media on the flood damage.", {}},
      {"X and Y exchanged views", "Foreign Minister Lena Varga and Trade Minister Omar Haddad exchanged views on the border crisis.",
       {"Lena Varga + Omar Haddad: held in_person"}},
      {"exchanged views alone (no partner)", "Foreign Minister Lena Varga exchanged views on the border crisis.", {}},
      {"two countries held talks, an adjective before the noun", "Norway and Iceland held indirect talks in Oslo on Monday.",
       {"Iceland + Norway: held in_person"}},
      {"received a courtesy call from", "President Anna Keller received a courtesy call from Ambassador Mei Tanaka on Monday.",
       {"Anna Keller + Mei Tanaka: held in_person"}},
      {"a visit from", "Chancellor Jonas Weber received a visit from President Amara Osei in Berlin.",
       {"Amara Osei + Jonas Weber: held in_person"}},
      {"paid a courtesy call on", "Ambassador Mei Tanaka paid a courtesy call on President Anna Keller in Vienna.",
       {"Anna Keller + Mei Tanaka: held in_person"}},
      {"hosted", "Chancellor Jonas Weber hosted President Amara Osei at a dinner in Berlin on Wednesday.",
       {"Amara Osei + Jonas Weber: held in_person"}},
      {"called on (a visit)", "Senator Ruth Calder called on President Anna Keller at her office.",
       {"Anna Keller + Ruth Calder: held in_person"}},
      {"called on ... to act (an appeal)", "President Anna Keller called on Prime Minister Tomas Berg to release the prisoners.", {}},
      {"held a telephone conversation",
       "Foreign Minister Lena Varga held a telephone conversation with Secretary of State Paul Reyes on Thursday.",
       {"Lena Varga + Paul Reyes: held call"}},
      {"spoke by phone", "Prime Minister Tomas Berg spoke by phone with President Amara Osei about the floods.",
       {"Amara Osei + Tomas Berg: held call"}},
      {"X and Y discussed ... during a phone call",
       "President Anna Keller and Prime Minister Tomas Berg discussed energy prices during a phone call on Monday.",
       {"Anna Keller + Tomas Berg: held call"}},
      {"in a meeting with", "In a meeting with Chancellor Jonas Weber, President Amara Osei asked for more trade.",
       {"Amara Osei + Jonas Weber: held in_person"}},
      {"talks between X and Y", "Talks between Foreign Minister Lena Varga and Foreign Minister Omar Haddad ended without a deal.",
       {"Lena Varga + Omar Haddad: held in_person"}},
      {"trilateral talks",
       "President Anna Keller, Prime Minister Tomas Berg and Chancellor Jonas Weber held trilateral talks in Geneva.",
       {"Anna Keller + Jonas Weber + Tomas Berg: held in_person"}},
      {"a video conference with several participants",
       "President Amara Osei held a video conference with Prime Minister Tomas Berg and Chancellor Jonas Weber.",
       {"Amara Osei + Jonas Weber + Tomas Berg: held call"}},
      {"a leader meets several visitors in one day",
       "President Anna Keller met Prime Minister Tomas Berg on Monday morning. Later she met Chancellor Jonas Weber.",
       {"Anna Keller + Jonas Weber: held in_person", "Anna Keller + Tomas Berg: held in_person"}},
      {"in a phone call, one thanks or congratulates the other",
       "In a phone call on Monday, President Anna Keller congratulated Prime Minister Tomas Berg on his election.",
       {"Anna Keller + Tomas Berg: held call"}},
      {"spoke by phone, then another verb of theirs",
       "President Anna Keller and Prime Minister Tomas Berg spoke by phone on Monday and agreed to send envoys next week.",
       {"Anna Keller + Tomas Berg: held call"}},
      {"... not a call into a place",
       "She consulted Secretary Mike Hale and adviser John Dunn, who phoned into the plane from Lima.", {}},
      {"a phone call named after the words",
       "President Anna Keller thanked Prime Minister Tomas Berg in a telephone call for his support.",
       {"Anna Keller + Tomas Berg: held call"}},
      {"a phone call set off by commas after the subject",
       "President Anna Keller, in a phone call, congratulated Prime Minister Tomas Berg on his victory.",
       {"Anna Keller + Tomas Berg: held call"}},
      {"received at a place by a host (passive)",
       "Prime Minister Tomas Berg was received at the presidential palace by President Anna Keller.",
       {"Anna Keller + Tomas Berg: held in_person"}},
      {"on the sidelines of a summit",
       "President Amara Osei met Prime Minister Tomas Berg on the sidelines of the G20 summit in Osaka.",
       {"Amara Osei + Tomas Berg: held in_person"}},
      {"the two leaders",
       "President Anna Keller arrived in Oslo where Prime Minister Tomas Berg welcomed her. The two leaders then held talks.",
       {"Anna Keller + Tomas Berg: held in_person"}},
      {"will meet (planned)", "President Anna Keller will meet Prime Minister Tomas Berg in Paris next week.",
       {"Anna Keller + Tomas Berg: planned in_person"}},
      {"is expected to meet (planned)", "Chancellor Jonas Weber is expected to meet President Amara Osei on Friday.",
       {"Amara Osei + Jonas Weber: planned in_person"}},
      {"talks ... are set for (planned)", "Talks between President Anna Keller and Prime Minister Tomas Berg are set for Friday.",
       {"Anna Keller + Tomas Berg: planned in_person"}},
      {"a meeting ... will be held (planned)", "A meeting between President Anna Keller and Prime Minister Tomas Berg will be held in Paris.",
       {"Anna Keller + Tomas Berg: planned in_person"}},
      {"talks ... took place (held)", "Talks between President Anna Keller and Prime Minister Tomas Berg took place in Paris.",
       {"Anna Keller + Tomas Berg: held in_person"}},
      {"looked forward to meeting (planned)", "Chancellor Jonas Weber said he looked forward to meeting President Amara Osei.",
       {"Amara Osei + Jonas Weber: planned in_person"}},
      {"the named part of a group after 'including', a title before the name",
       "President Anna Keller will meet business leaders, including the chairman of the Vantor business lobby, Tomas Berg, on Friday.",
       {"Anna Keller + Tomas Berg: planned in_person"}},
      {"a second verb of meeting after ', and' shares the first one's subject",
       "Premier Li Wen called on President Anna Keller at the palace, and met army chief Tomas Berg.",
       {"Anna Keller + Li Wen: held in_person", "Li Wen + Tomas Berg: held in_person"}},
      {"titled people in apposition, the first title's owner with an owner in the possessive",
       "Envoy Hans Lindqvist held talks with the head of the Rebels' Supreme Political Council, Omar Hadi, and the group's chief "
       "negotiator, Ali Saleh.",
       {"Ali Saleh + Hans Lindqvist + Omar Hadi: held in_person"}},
      {"a title with its post before the name: 'Ambassador to Nepal X'",
       "Prime Minister Anna Keller held a meeting with Indian Ambassador to Nepal Ravi Menon at her residence on Friday.",
       {"Anna Keller + Ravi Menon: held in_person"}},
      {"a title with its owner before the name, no list holding either: 'President of the Senate X'",
       "Prime Minister Anna Keller met President of the Senate Tomas Berg on Friday.", {"Anna Keller + Tomas Berg: held in_person"}},
      {"will travel somewhere for talks (planned)", "Chancellor Jonas Weber will travel to Oslo on Friday for talks with Prime Minister Tomas Berg.",
       {"Jonas Weber + Tomas Berg: planned in_person"}},
      {"... not when the time to come is another clause's",
       "Chancellor Jonas Weber, who will retire in June, held talks with Prime Minister Tomas Berg.",
       {"Jonas Weber + Tomas Berg: held in_person"}},
      {"agreed to meet (planned)", "President Anna Keller and Prime Minister Tomas Berg agreed to meet again in June.",
       {"Anna Keller + Tomas Berg: planned in_person"}},
      {"invited ... to visit (planned)", "President Amara Osei invited Chancellor Jonas Weber to visit Ghana next year.",
       {"Amara Osei + Jonas Weber: planned in_person"}},
      {"invited ... to pay a state visit (planned)", "President Amara Osei invited Chancellor Jonas Weber to pay a state visit to Ghana next year.",
       {"Amara Osei + Jonas Weber: planned in_person"}},
      {"a headline's 'to visit' (planned)", "President Amara Osei to visit Japan\n\nThe trip was announced on Monday.",
       {"Amara Osei + Japan: planned in_person"}},
      {"called off (cancelled)", "President Anna Keller called off her meeting with Prime Minister Tomas Berg.",
       {"Anna Keller + Tomas Berg: cancelled in_person"}},
      {"postponed, no new date (cancelled)",
       "The meeting between President Anna Keller and Prime Minister Tomas Berg was postponed.",
       {"Anna Keller + Tomas Berg: cancelled in_person"}},
      {"postponed to a new date (called off as set, and planned again)",
       "The meeting between President Anna Keller and Prime Minister Tomas Berg was postponed to September.",
       {"Anna Keller + Tomas Berg: cancelled in_person", "Anna Keller + Tomas Berg: planned in_person"}},
      {"a country is the participant when no person of it is named",
       "President Amara Osei will visit Japan in May.", {"Amara Osei + Japan: planned in_person"}},
      {"not a country when its person is named",
       "President Amara Osei visited Japan, where he met Prime Minister Kenji Sato.", {"Amara Osei + Kenji Sato: held in_person"}},
      {"a summit that names its participants after 'with' (postponed: cancelled)",
       "The summit in Tripoli with President Omar Bashar, President Idriss Deby and Prime Minister Ali Zeidan has been postponed.",
       {"Ali Zeidan + Idriss Deby + Omar Bashar: cancelled in_person"}},
      {"a summit that brought together its participants",
       "The summit brought together President Amara Osei of Ghana, Prime Minister Kenji Sato of Japan and President Anna Keller of Austria.",
       {"Amara Osei + Anna Keller + Kenji Sato: held in_person"}},
      {"a summit named alone is no meeting", "President Amara Osei and Prime Minister Kenji Sato flew to the summit in Tripoli.", {}},
      {"hosted A and B for talks: each meets the host, not each other",
       "Chancellor Jonas Weber will host Prime Minister Tomas Berg and President Lena Varga for talks in Berlin on Sunday.",
       {"Jonas Weber + Lena Varga + Tomas Berg: planned in_person"}},
      {"two envoys paid courtesy calls on a president",
       "Ambassador Kazuhiko Koshikawa of Japan and Ambassador Steven Robinson of Australia paid courtesy calls on President Ferdinand Marcos.",
       {"Ferdinand Marcos + Kazuhiko Koshikawa + Steven Robinson: held in_person"}},
      {"the named part of a group after 'among them', each of a country",
       "President Ferdinand Marcos will receive the credentials of six new ambassadors, among them Ambassador Peter Kell of Germany "
       "and Ambassador Jan Smit of the Netherlands.",
       {"Ferdinand Marcos + Jan Smit + Peter Kell: planned in_person"}},
      {"a companion named in a sentence after the meeting joins the side of the one they went with",
       "President Ferdinand Marcos met the new Indian Ambassador, Shambhu Kumaran, on Monday.\nKumaran was accompanied by First "
       "Secretary Anita Rao.",
       {"Anita Rao + Ferdinand Marcos + Shambhu Kumaran: held in_person"}},
      {"a message received, then delivered by an envoy (passive), who was accompanied by an aide",
       "President Anna Keller on Thursday received a special message from President Amara Osei.\nThe message was delivered by "
       "President Osei's Special Envoy Erik Holm who was accompanied by Counsellor Maria Lund.",
       {"Anna Keller + Erik Holm + Maria Lund: held in_person"}},
      {"negotiating with a person", "National leader Chris Larsen has been negotiating with ACT leader David Seymour since the election.",
       {"Chris Larsen + David Seymour: held in_person"}},
      {"negotiating to free someone is no meeting with them", "President Anna Keller negotiated to free aid worker John Smith.", {}},
      {"people the text does not name met someone: no one named before is their actor",
       "President Anna Keller spoke on Monday.\nThe unions met with Prime Minister Tomas Berg for weeks.", {}},
      {"a press conference is no meeting",
       "President Anna Keller and Prime Minister Tomas Berg spoke to reporters at a joint press conference.", {}},
      {"an interview is no meeting", "President Anna Keller told journalist Maria Lund in an interview that the war must end.", {}},
      {"a bloc's session, written with a verb's form, is no meeting of the country at it with the bloc",
       "Pakistan tried to single out India at a virtual meet of the Organisation of Islamic Cooperation.", {}},
      {"the noun 'meet' still has the participants it names",
       "The meet between President Anna Keller and Prime Minister Tomas Berg lasted two hours.", {"Anna Keller + Tomas Berg: held in_person"}},
      {"the leaders meet: a verb after a noun", "The leaders meet on Monday: President Anna Keller will meet Prime Minister Tomas Berg.",
       {"Anna Keller + Tomas Berg: planned in_person"}},
      {"attending the same event is no meeting",
       "President Anna Keller and Prime Minister Tomas Berg both attended the opening of the Olympic Games.", {}},
  };
  for (const MeetingRow& row : rows) {
    const std::string phenomenon = row.phenomenon, text = row.text;
    CAPTURE(phenomenon);
    CAPTURE(text);
    CHECK(joined(meetings_of(process(row.text, "2025-05-02"))) == joined(row.meetings));
  }
}

std::vector<std::string> statements_of(const Document& doc) {
  std::vector<std::string> out;
  for (const Statement& s : doc.statements) {
    out.push_back(label_of(doc, s.speaker) + ": " + std::string(to_string(s.kind)) + ": " + s.text);
  }
  std::sort(out.begin(), out.end());
  return out;
}

struct StatementRow {
  const char* phenomenon;
  const char* text;
  std::vector<std::string> statements;  // "Speaker: kind: " and the first words of the text, sorted
};

// Does every expected line start the line found at its place, and are there as many?
bool same_statements(const std::vector<std::string>& found, const std::vector<std::string>& expected) {
  if (found.size() != expected.size()) return false;
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (found[i].rfind(expected[i], 0) != 0) return false;
  }
  return true;
}

TEST_CASE("statements: one row per way news tells who said what") {
  const std::vector<StatementRow> rows = {
      {"said that", "President Anna Keller said that the talks had been useful.",
       {"Anna Keller: indirect: the talks had been useful"}},
      {"'was quoted as saying by' a medium after the words: the words before the comma",
       "The talks are close to completion, Treasury Secretary Tomas Berg was quoted as saying by the Harbour Times on Monday.",
       {"Tomas Berg: indirect: The talks are close to completion"}},
      {"a country's leader, in the possessive, named before",
       "Lithuanian Prime Minister Tomas Berg arrived in the morning. Lithuania's leader said Vilnius would double its purchases.",
       {"Tomas Berg: indirect: Vilnius would double its purchases"}},
      {"a description opening with a name in the possessive, then 'said he': the subject's words after the verb",
       "Anna Keller met Tomas Berg. Jan Kowal, Keller's running mate in the election, said he had not been consulted.",
       {"Jan Kowal: indirect: he had not been consulted"}},
      {"according to a statement issued by a name's spokesman",
       "According to a statement issued by Keller's spokesman Tomas Berg, the two leaders agreed to form a joint team.",
       {"Tomas Berg: indirect: the two leaders agreed to form a joint team"}},
      {"'said' and a title in the possessive: the one it owns spoke",
       "Prime Minister Anna Keller met envoys. Trade was discussed, said the Prime Minister's Chief Advisor Tomas Berg.",
       {"Tomas Berg: indirect: Trade was discussed"}},
      {"a clause about a noun after the comma names no speaker of the words before it",
       "Hungary has demanded damages for the flood, a demand Austria rejects.",
       {"Hungary: indirect: has demanded damages for the flood"}},
      {"a titled name set off after the subject: the verb is the name's, not inverted ('said the commission')",
       "The Tamsa Electoral Commission denied any wrongdoing. Its chairwoman, Justice Nora Lindqvist, said the commission had followed the law.",
       {"Nora Lindqvist: indirect: the commission had followed the law", "Tamsa Electoral Commission: indirect: denied any wrongdoing"}},
      {"a phrase set off after the speaker: the verb is the speaker's, not inverted",
       "President Anna Keller, in a phone call, congratulated Prime Minister Tomas Berg on his victory.",
       {"Anna Keller: indirect: congratulated Prime Minister Tomas Berg on his victory"}},
      {"a transcript: a paragraph opening with a name and a colon",
       "President Anna Keller met Prime Minister Tomas Berg in Oslo.\nAnna Keller: Mr Prime Minister, thank you for coming to Oslo.\n"
       "Tomas Berg (retranslated): Thank you, it is a pleasure to be here.",
       {"Anna Keller: direct: Mr Prime Minister, thank you for coming to Oslo", "Tomas Berg: direct: Thank you, it is a pleasure to be here"}},
      {"applauded", "Chancellor Jonas Weber applauded the decision of the court to free the journalists.",
       {"Jonas Weber: indirect: applauded the decision of the court"}},
      {"regretted", "President Amara Osei regretted the delays in building the new bridge.",
       {"Amara Osei: indirect: regretted the delays in building"}},
      {"raised concerns", "Foreign Minister Lena Varga raised concerns about the growing debt of the region.",
       {"Lena Varga: indirect: raised concerns about the growing debt"}},
      {"hailed", "Prime Minister Tomas Berg hailed the agreement as a turning point for the region.",
       {"Tomas Berg: indirect: hailed the agreement as a turning point"}},
      {"commended", "Chancellor Jonas Weber commended the rescue teams for their courage.",
       {"Jonas Weber: indirect: commended the rescue teams"}},
      {"thanked", "President Amara Osei thanked the people of Norway for their support.",
       {"Amara Osei: indirect: thanked the people of Norway"}},
      {"welcomed", "Foreign Minister Lena Varga welcomed the release of the two journalists.",
       {"Lena Varga: indirect: welcomed the release of the two journalists"}},
      {"reiterated", "Foreign Minister Omar Haddad reiterated his country's support for a ceasefire.",
       {"Omar Haddad: indirect: reiterated his country's support for a ceasefire"}},
      {"stressed", "President Anna Keller stressed the need for fair elections in the region.",
       {"Anna Keller: indirect: stressed the need for fair elections"}},
      {"urged", "Prime Minister Tomas Berg urged both parties to return to the table.",
       {"Tomas Berg: indirect: urged both parties to return to the table"}},
      {"warned", "Chancellor Jonas Weber warned that prices could rise again in the winter.",
       {"Jonas Weber: indirect: prices could rise again in the winter"}},
      {"called for", "President Amara Osei called for an immediate end to the fighting.",
       {"Amara Osei: indirect: called for an immediate end to the fighting"}},
      {"noted", "Foreign Minister Lena Varga noted that trade between the two countries had doubled.",
       {"Lena Varga: indirect: trade between the two countries had doubled"}},
      {"according to X", "The new bridge will open in March, according to Transport Minister Paul Reyes.",
       {"Paul Reyes: indirect: The new bridge will open in March"}},
      {"a quote with its attribution after", "\"We will not give up on this,\" President Anna Keller said.",
       {"Anna Keller: direct: We will not give up on this"}},
      {"a quote split around its attribution",
       "\"The talks were long,\" Prime Minister Tomas Berg said, \"but we have a deal that both sides can defend.\"",
       {"Tomas Berg: direct: The talks were long but we have a deal"}},
      {"a quote followed by a dash and a name", "\"Nobody wins a trade war with a neighbour.\" — Chancellor Jonas Weber",
       {"Jonas Weber: direct: Nobody wins a trade war with a neighbour"}},
      {"NYT-style quotes", "''We expect the market to recover by spring,'' said Finance Minister Lena Varga.",
       {"Lena Varga: direct: We expect the market to recover by spring"}},
      {"an organization in a statement", "The Foreign Ministry said in a statement that the embassy would reopen on Monday.",
       {"Foreign Ministry: indirect: the embassy would reopen on Monday"}},
      {"a statement from the ministry said",
       "A statement from the Defence Ministry said the exercise would last three days.",
       {"Defence Ministry: indirect: the exercise would last three days"}},
      {"a pronoun resolved",
       "President Amara Osei arrived in Accra on Sunday. He said the new port would create thousands of jobs.",
       {"Amara Osei: indirect: the new port would create thousands of jobs"}},
      {"a title alone resolved",
       "Mayor Clara Dunn opened the new library. The mayor said reading rooms would stay open late on weekdays.",
       {"Clara Dunn: indirect: reading rooms would stay open late"}},
      {"the two sides agreed",
       "President Anna Keller met Prime Minister Tomas Berg on Monday. The two sides agreed that the border would stay open.",
       {"Anna Keller: indirect: the border would stay open", "Tomas Berg: indirect: the border would stay open"}},
      {"a name whose given name the model does not know, after titles",
       "Governor Lena Varga warned of risks on Thursday.\n\nOn the Sunday show, former Cabinet minister and Leave campaigner Eoghan Duncan Hale "
       "questioned Varga's judgement.\n\n\"The Governor has strayed into personal prediction,\" he said.",
       {"Eoghan Duncan Hale: direct: The Governor has strayed into personal prediction", "Eoghan Duncan Hale: indirect: questioned Varga's judgement",
        "Lena Varga: indirect: warned of risks on Thursday"}},
      {"a body reporting its person's words",
       "Ambassador Lena Varga highlighted the new trade route between the two ports, the Hungarian Embassy in Oslo said.",
       {"Lena Varga: indirect: highlighted the new trade route between the two ports"}},
      {"verbs of speech beyond said",
       "Finance Minister Jonas Weber questioned the bank's forecast for next year. Trade Minister Paul Reyes joked that the port was finally busy.",
       {"Jonas Weber: indirect: questioned the bank's forecast for next year", "Paul Reyes: indirect: the port was finally busy"}},
      {"a quote left open before the next one",
       "In a post, Chancellor Jonas Weber said they spoke \u201cof the new rail line and the port. \u201cWe have a lot of work to do together,\u201d stressed Jonas Weber.",
       {"Jonas Weber: direct: We have a lot of work to do together", "Jonas Weber: indirect: they spoke \u201cof the new rail line and the port"}},
      {"a verb of saying inside what another reports",
       "Finance Minister Lena Varga said Norway condemns the tariffs. The banks had asked the ministry to wait, she said.",
       {"Lena Varga: indirect: Norway condemns the tariffs", "Lena Varga: indirect: The banks had asked the ministry to wait"}},
      {"a headline is no statement", "Keller Says Talks With Berg Were Useful\n\nPresident Anna Keller met Prime Minister Tomas Berg.", {}},
  };
  for (const StatementRow& row : rows) {
    const std::string phenomenon = row.phenomenon, text = row.text;
    CAPTURE(phenomenon);
    CAPTURE(text);
    const std::vector<std::string> found = statements_of(process(row.text, "2025-05-02"));
    const std::string found_lines = joined(found), expected_lines = joined(row.statements);
    CAPTURE(found_lines);
    CAPTURE(expected_lines);
    CHECK(same_statements(found, row.statements));
  }
}

}  // namespace
