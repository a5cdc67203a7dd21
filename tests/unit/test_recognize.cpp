// Node extraction, rule by rule: text -> the nodes and edges a careful
// analyst expects, with negatives that must not become nodes.
#include <doctest/doctest.h>

#include "helpers.hpp"

using namespace newsgraph;
using testing::find_entity;
using testing::has_relation;
using testing::ids_of_type;
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

TEST_CASE("countries by name, short form, demonym and capital metonym") {
  check_cases({
      {"The U.S. and the UK signed the deal.", {"country:US", "country:GB"}, {}},
      {"Officials from the United States of America and South Korea met.", {"country:US", "country:KR"}, {}},
      {"The UAE and the DRC agreed.", {"country:AE", "country:CD"}, {}},
      {"Japanese and Turkish diplomats spoke. Emirati and Filipino officials listened.",
       {"country:JP", "country:TR", "country:AE", "country:PH"}, {}},
      {"Tokyo’s chief negotiator left early.", {"country:JP"}, {"location:tokyo"}},
      {"Washington said the tariffs would stay.", {"country:US"}, {"location:washington"}},
      {"The talks in Washington ended.", {"location:washington"}, {"country:US"}},
      // A region named before its lower-case kind is a place, whole ("Western" is no title here).
      {"Floods hit the Western Cape province and Ogun state, Governor Dapo Adeyemi said.",
       {"location:western-cape", "location:ogun"}, {"location:cape", "person:ogun"}},
      // A place no list holds, named once after its kind and "of".
      {"The president visited the city of Campinas on Monday.", {"location:campinas"}, {"person:campinas"}},
      {"Aid reached the province of Lanao del Sur.", {"location:lanao-del-sur"}, {"person:lanao-del-sur"}},
      {"Aid reached the province of Nueva Ecija.", {"location:nueva-ecija"}, {"person:nueva-ecija"}},
      // A capital as the object of a verb or in a pairing stands for its government.
      // A region listed under a country's name is the region where the words say so, else the country.
      {"Governor Brian Kemp of Georgia signed the bill.", {"location:georgia"}, {"country:GE"}},
      {"Georgia Gov. Brian Kemp signed the bill.", {"location:georgia"}, {"country:GE"}},
      {"Voters in the state of Georgia went to the polls.", {"location:georgia"}, {"country:GE"}},
      {"The rally in Atlanta, Georgia, drew thousands.", {"location:georgia", "location:atlanta"}, {"country:GE"}},
      {"Georgia's president met Armenian officials.", {"country:GE"}, {"location:georgia"}},
      // Kosovo is a country (XK) that ISO 3166-1 does not list; its demonym too.
      {"Kosovo Prime Minister Albin Berisha met a Kosovar delegation.", {"country:XK", "person:albin-berisha"}, {"location:kosovo"}},
      {"The dispute has exasperated Washington.", {"country:US"}, {"location:washington"}},
      {"Talks between Tehran and the EU resumed.", {"country:IR"}, {"location:tehran"}},
      // After a verb of going, "capital of", or in a dateline, it is a place.
      {"Ministers visited Tehran on Monday.", {"location:tehran"}, {"country:IR"}},
      {"He went to the Russian capital of Moscow.", {"location:moscow"}, {}},
      {"She spoke on Thursday in the capital Jakarta.", {"location:jakarta"}, {"country:ID"}},
      {"She visited Nairobi and Kampala last month.", {"location:nairobi", "location:kampala"}, {"country:UG"}},
      {"She spoke on Thursday in the Indonesian capital Jakarta.", {"location:jakarta", "country:ID"}, {}},
      // A capital in a dateline is where the story was filed: no country, and no place of the story unless named there again.
      {"Tokyo, June 3 - Ministers met.", {}, {"country:JP", "location:tokyo"}},
      {"Tokyo, June 3 - Ministers met in Tokyo.", {"location:tokyo"}, {"country:JP"}},
      // A body's building and its city after "at": one place where they met.
      {"They met at State House, Nairobi, on Monday.", {"location:state-house-nairobi"}, {"country:KE", "organization:state-house"}},
      // ... a city that is no capital too, also after a fronted "At".
      {"At State House Entebbe, they met on Monday.", {"location:state-house-entebbe"}, {"location:entebbe", "organization:state-house"}},
      {"State House, Nairobi said the envoy had arrived.", {"organization:state-house", "location:nairobi"}, {}},
      // After "at", a body's name ending in a building word is the building; a short unknown name after "at the"
      // that ends the phrase is the venue; the body itself, or a name going on with "of", stays a body.
      {"The ministers met at Government House on Friday.", {"location:government-house"}, {"organization:government-house"}},
      {"The envoy was received at the Kantei in the morning.", {"location:kantei"}, {"organization:kantei", "person:kantei"}},
      {"Government House said the envoy had arrived.", {"organization:government-house"}, {"location:government-house"}},
      {"She spoke at the Office of the Prime Minister.", {}, {"location:office"}},
      // A listed body named for its building is the building where something happens in it, the body where it acts.
      {"The president hosted the prime minister at the White House on Friday.", {"location:white-house"}, {"organization:white-house"}},
      {"The White House said the talks went well.", {"organization:white-house"}, {"location:white-house"}},
      {"The envoy was received in the Kremlin.", {"location:kremlin"}, {"organization:kremlin"}},
      // A name going on with a common noun is no venue; nor is a word that ends a name met before.
      {"He worked in the Rothschild bank for years.", {}, {"location:rothschild"}},
      {"Aid reached the Gaza Strip. Agencies work in the Strip, the UN said.", {"location:gaza-strip"}, {"location:strip"}},
  });
}

TEST_CASE("people from context, including non-English and multi-part names") {
  check_cases({
      {"Foreign Minister Wang Yi arrived.", {"person:wang-yi"}, {}},
      {"Pakistan's Bilawal Bhutto Zardari said the talks were useful.", {"person:bilawal-bhutto-zardari"}, {}},
      {"Finance Minister Jose Antonio Meade spoke.", {"person:jose-antonio-meade"}, {}},
      {"Commission President Ursula von der Leyen said Europe was ready.", {"person:ursula-von-der-leyen"}, {}},
      {"Crown Prince Mohammed bin Salman received the delegation.", {"person:mohammed-bin-salman"}, {}},
      // Honorifics in a row (Malay "Datuk Seri", Khmer "Samdech") are no part of the name.
      {"Malaysian Trade Minister Datuk Seri Rahim Osman received the delegation.", {"person:rahim-osman"}, {"person:seri-rahim-osman"}},
      {"Samdech Sok Vanna received the delegation in Phnom Penh.", {"person:sok-vanna"}, {"person:samdech-sok-vanna"}},
      // An honorific inside a run of capitals opens the name: the words before it end a title no list holds.
      {"Present were Head of Public Service Dr Wanjiru Kamau and two envoys.", {"person:wanjiru-kamau"},
       {"person:service-dr-wanjiru-kamau", "person:head-of-public-service-dr-wanjiru-kamau"}},
      // After a given name, a word that is also a place's name is a surname.
      {"Foreign Minister Ana Lima arrived.", {"person:ana-lima"}, {"location:lima", "country:PE"}},
      {"Reporter Michael Jordan wrote the story.", {"person:michael-jordan"}, {"country:JO"}},
      // After a given name, a title that is also a family name, with no name after it, is the surname.
      {"Foreign Minister Maria Bishop met her Fijian counterpart in Suva.", {"person:maria-bishop"}, {"person:maria"}},
      {"The novelist Tomas King spoke first.", {"person:tomas-king"}, {"person:tomas"}},
      {"Jordan's King Abdullah met Tomas Abel.", {"person:king-abdullah", "person:tomas-abel"}, {"person:jordan-king"}},
      // A title word or an occupation capitalized only to open the sentence is no part of the name.
      {"Lawyer Anna Lopez said the ruling was unfair.", {"person:anna-lopez"}, {"person:lawyer-anna-lopez"}},
      {"Author Tomas Abel spoke first.", {"person:tomas-abel"}, {"person:author-tomas-abel"}},
      // After a dateline too: the sentence's words open after its dash.
      {"LONDON, June 12 - Lawyer Anna Lopez said the ruling was unfair.", {"person:anna-lopez"}, {"person:lawyer-anna-lopez"}},
      {"LONDON, June 12 - Mining group Vanta Resources said it would buy Vessa Mines.", {"organization:vanta-resources"},
       {"organization:mining"}},
      // A name credited for a picture, its agency after a slash.
      {"The ministers posed for a photo. © Wendelin Krautmeyer/TNN/dpa", {"person:wendelin-krautmeyer"}, {}},
      {"The ministers posed for a photo. (Heng Sovannak / Associated Press)", {"person:heng-sovannak"}, {}},
      // A title and its owner before the name: the name is a person's, not part of the owner's.
      {"Director-General of UNESCO Amara Diallo opened the session.", {"person:amara-diallo"}, {}},
      {"President of Kenya Amara Diallo opened the session.", {"person:amara-diallo", "country:KE"}, {}},
      // A body no list holds, named before the person in one run of capitals.
      {"Secretary-General of the Ministry of Foreign Affairs Rui Telles attended.", {"person:rui-telles", "organization:ministry-of-foreign-affairs"},
       {"person:ministry-of-foreign-affairs-rui-telles"}},
      {"Executive Director of the Kestrel Development Fund Maria Okafor signed.", {"person:maria-okafor", "organization:kestrel-development-fund"},
       {"person:kestrel-development-fund-maria-okafor"}},
      // A particle joined to the family name by a hyphen, at the end of the name.
      {"The Libyan Foreign Minister Nadia al-Mansouri arrived in Rome.", {"person:nadia-al-mansouri"}, {"person:nadia"}},
      {"Turkish Foreign Minister Hakan Fidan met reporters.", {"person:hakan-fidan"}, {}},
      {"Secretary of State Antony J. Blinken flew in.", {"person:antony-j-blinken"}, {}},
      // Names in no list: a verb of saying before them, or an office in apposition.
      {"Talks went on, said Geng Shuang, who took questions.", {"person:geng-shuang"}, {}},
      {"Tiksa Negeri, spokesperson for the ministry, left.", {"person:tiksa-negeri"}, {}},
      // A nationality in apposition; a family tie before the name.
      {"Senegal will try Hissene Habre, the former Chadian dictator.", {"person:hissene-habre"}, {}},
      {"He arrived with his wife Rosangela da Costa on Monday.", {"person:rosangela-da-costa"}, {}},
      // An occupation before the name, or a description ending in one after it.
      {"Cook later hosted top internet regulator Lu Wei in Cupertino.", {"person:lu-wei"}, {}},
      // A leader noun before the name: a counterpart, a leader.
      {"He spoke with his Ethiopian counterpart Tesfaye Alemu in Nairobi.", {"person:tesfaye-alemu"}, {}},
      {"The minister met his Ugandan peer Okwir Lagu in Kampala.", {"person:okwir-lagu"}, {}},
      {"Dolia Estevez, a Washington-based journalist, also reported it.", {"person:dolia-estevez"}, {}},
      // A description ending in an occupation describes a person, not a place's name.
      {"Bright Harbor Mills, a hub for every investor, grew.", {}, {"person:bright-harbor-mills"}},
      // After a name title, a word that is also a place is part of the name.
      {"The Emir, Sheikh Sabah Al-Ahmad Al-Sabah, spoke.", {"person:sheikh-sabah-al-ahmad-al-sabah"}, {"location:sabah"}},
  });
}

TEST_CASE("capitalized non-names never become people") {
  check_cases({
      {"On Monday the ministers met. In June they will meet again.", {}, {"person:monday", "person:june", "person:in-june"}},
      {"Leaders Meet In Tokyo For Trade Talks", {}, {"person:leaders-meet", "person:trade-talks"}},
      // In a headline in Title Case, a name runs only as far as its words are written in the story.
      {"Ambassador Lena Marsh Returns to Vessa\n\nAmbassador Marsh arrived in Vessa on Monday.", {"person:lena-marsh"},
       {"person:lena-marsh-returns"}},
      {"Kenyan Prime Minister Discuss Next Moves in Trade Fight\n\nThe prime minister met traders in Nairobi on Monday.", {},
       {"person:discuss-next-moves"}},
      {"Non-names Say Nothing. Instead its leaders went home.", {}, {"organization:instead"}},
      {"The President said nothing.", {}, {"person:president", "person:the-president"}},
      // A lone capitalized word before a verb of saying is no name of itself.
      {"Officials said nothing. Analysts told reporters the same. Gazprom said so.", {}, {"person:officials", "person:analysts", "person:gazprom"}},
      // A place's kind written alone refers back to the place: no place of its own.
      {"Fighting went on in Gaza. Aid trucks reached the Strip on Monday and the Peninsula on Tuesday.", {},
       {"location:strip", "location:peninsula", "organization:peninsula", "person:strip"}},
  });
}

TEST_CASE("a name ending in the head word of a body, a work, a prize or a residence is no person") {
  check_cases({
      {"Speaking on The Daniel Mwangi Show on Sunday, Helena Duarte said the budget was sound.", {"person:helena-duarte"},
       {"person:daniel-mwangi-show", "person:the-daniel-mwangi-show"}},
      {"Helena Duarte won the Tesfaye Alemu Prize in Lisbon last year.", {"person:helena-duarte"}, {"person:tesfaye-alemu-prize"}},
      {"A statement from the Helena Duarte Foundation said the school would open in June.", {"organization:helena-duarte-foundation"},
       {"person:helena-duarte-foundation"}},
      // A company named after its founder is no person.
      {"Kestrel Analytics lowered its outlook for Kenya on Monday.", {"organization:kestrel-analytics"}, {"person:kestrel-analytics"}},
      // A title, "'s" and the head word of a body: the body that serves the office.
      {"A statement from the Prime Minister's Office said the visit was a success.", {"organization:prime-ministers-office"}, {}},
      // A name and the head word of a residence after it name the venue.
      {"The ambassador presented her credentials at Belem Palace on Monday.", {"location:belem-palace"}, {"location:belem"}},
      {"Kenyan President Daniel Mwangi received the envoy at Sagana Lodge Residence in Nyeri.", {"person:daniel-mwangi"},
       {"person:sagana-lodge-residence"}},
      // A house number before a street's name: the address is a place, not the body the street stands for.
      {"The meeting was to take place at No. 10 Downing Street on Wednesday.", {"location:no-10-downing-street"},
       {"organization:downing-street"}},
      {"They met at No 10 Downing Street on Sunday.", {"location:no-10-downing-street"}, {"organization:downing-street"}},
      {"Downing Street said the talks went well.", {"organization:downing-street"}, {}},
      // ... also where the name reads as a person's before a dash.
      {"The meeting was held at the Office of the President- Kirti Niwas- on Monday.", {"location:kirti-niwas"}, {"person:kirti-niwas"}},
  });
}

TEST_CASE("invisible format characters inside a name do not split it or make a second person") {
  // soft hyphen, zero-width joiner, word joiner: as pasted from web pages
  for (const char* hidden : {"\u00AD", "\u200D", "\u2060"}) {
    CAPTURE(hidden);
    const Document doc = process(std::string("Emmanuel Mac") + hidden +
                                 "ron met Olaf Scholz in Berlin on Monday. Later, Emmanuel Macron said the talks were useful.");
    const Entity* macron = find_entity(doc, "person:emmanuel-macron");
    REQUIRE(macron != nullptr);
    CHECK(macron->mentions.size() == 2);
    CHECK(doc.meetings.size() == 1);
    const auto people = std::count_if(doc.entities.begin(), doc.entities.end(),
                                      [](const Entity& e) { return e.id.rfind("person:", 0) == 0; });
    CHECK(people == 2);
  }
}

TEST_CASE("a name written alone that begins one longer name of the story is that person") {
  const struct {
    const char* text;
    std::vector<std::string> people;
  } rows[] = {
      {"Malaysian Prime Minister Ahmad Hamdan spoke to reporters. Later Prime Minister Ahmad thanked the envoy.", {"person:ahmad-hamdan"}},
      {"Thai Prime Minister Somchai Suriya called Razif Hamdan. PM Somchai said the call went well.",
       {"person:razif-hamdan", "person:somchai-suriya"}},
      // Two people begin with the word: the two full names stay two people.
      {"Prime Minister Razif Hamdan met Razif Osman on Monday. Prime Minister Razif said the talks went well.",
       {"person:razif-hamdan", "person:razif-osman"}},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    const Document doc = process(row.text);
    std::vector<std::string> people;
    for (const Entity& e : doc.entities) {
      if (e.type == EntityType::person) people.push_back(e.id);
    }
    std::sort(people.begin(), people.end());
    CHECK(people == row.people);
  }
}

TEST_CASE("a monarch known by one name is named with the title") {
  const struct {
    const char* text;
    const char* id;
    const char* alias;  // the name written alone, kept as an alias
  } rows[] = {
      {"His Majesty King Tariq received the envoy in Amman on Monday. Tariq said the talks were useful.", "person:king-tariq", "Tariq"},
      {"Prince Oskar opened the bridge. Later Oskar met the mayor.", "person:prince-oskar", "Oskar"},
      // A monarch's one name that is also a place's: the person, there and when written alone later.
      {"Queen Sofia opened the bridge. Later the mayor met Sofia in Madrid.", "person:queen-sofia", "Sofia"},
      // Not a monarch's title: the name alone.
      {"President Tariq received the envoy. Tariq said the talks were useful.", "person:tariq", nullptr},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    const Document doc = process(row.text);
    const Entity* person = find_entity(doc, row.id);
    REQUIRE(person != nullptr);
    if (row.alias) CHECK(std::find(person->aliases.begin(), person->aliases.end(), row.alias) != person->aliases.end());
    CHECK(std::count_if(doc.entities.begin(), doc.entities.end(), [](const Entity& e) { return e.type == EntityType::person; }) == 1);
  }
}

TEST_CASE("a portfolio before a role noun makes one title") {
  const struct {
    const char* text;
    const char* office;  // the office the person holds
  } rows[] = {
      {"The Labour Party's finance spokesperson Ana Moreira said the plan was weak.", "office:labour-party:finance-spokesperson"},
      {"The Green Party health spokeswoman Ana Moreira said the plan was weak.", "office:green-party:health-spokeswoman"},
      // No portfolio before it: the role noun alone.
      {"The Labour Party spokesperson Ana Moreira said the plan was weak.", "office:labour-party:spokesperson"},
      // An adviser's field is part of the title.
      {"According to the Labour Party's press advisor Ana Moreira, the plan was weak.", "office:labour-party:press-adviser"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    const Document doc = process(row.text);
    CHECK(find_entity(doc, row.office) != nullptr);
    const bool holds = std::any_of(doc.relations.begin(), doc.relations.end(), [&](const Relation& r) {
      return r.type == "holds_office" && r.source == "person:ana-moreira" && r.target == row.office;
    });
    CHECK(holds);
  }
}

TEST_CASE("an outlet named only in a credit or a dateline is no organization of the story") {
  const struct {
    const char* text;
    const char* id;
    bool kept;
  } rows[] = {
      {"Oslo, May 6, Nordic Press Agency \u2013 Foreign Minister Lena Varga met envoys on Monday.", "organization:nordic-press-agency", false},
      {"(WIRE- Baltic Daily Times) RIGA - Foreign Minister Lena Varga met envoys on Monday.", "organization:baltic-daily-times", false},
      {"Lena Varga met envoys on Monday.\n\n(Photo by Jan Berg / Nordic Press Agency)", "organization:nordic-press-agency", false},
      // A credit closed by a dash with no space, after a dateline not in capitals.
      {"Lima, Aug. 28 (Andina Press)--Foreign Minister Lena Varga met envoys on Monday, urging calm.", "organization:andina-press", false},
      // The place the story was filed from is no place of the story, also below a page's header ...
      {"Politics\n\nTalks stall\n\nBy staff\n\nOSLO (Nordic Wire) \u2014 Lena Varga met envoys on Monday.", "location:oslo", false},
      {"Lima, Aug. 28 (Andina Press)--Foreign Minister Lena Varga met envoys on Monday.", "location:lima", false},
      // A dateline closed by a double hyphen, its place in capitals.
      {"KUALA LUMPUR, 12th May, 2024 (Andina Press) -- Foreign Minister Lena Varga met envoys on Monday.", "location:kuala-lumpur",
       false},
      // ... unless something happens there.
      {"Lima, Aug. 28 (Andina Press)--Foreign Minister Lena Varga met envoys in Lima on Monday.", "location:lima", true},
      {"Lena Varga met envoys.\n\n\u00A9 Jan Berg/Nordic Press Agency", "organization:nordic-press-agency", false},
      // A photo's credit after its mark and a colon: the outlet goes, the photographer stays a person of the page.
      {"Lena Varga met envoys on Monday.\nPhoto: Nordic Press Agency", "organization:nordic-press-agency", false},
      {"Lena Varga met envoys on Monday.\nFile photo: Jan Berg", "person:jan-berg", true},
      // A name, a slash and an outlet on a short line of its own: a picture's credit, whose photographer is a person.
      {"Lena Varga met envoys on Monday.\nJan Berg/Nordic Press Agency", "organization:nordic-press-agency", false},
      {"Lena Varga met envoys on Monday.\nJan Berg/Nordic Press Agency", "person:jan-berg", true},
      {"Lena Varga met envoys on Monday.\nPhoto: Jan Berg / Baltic Wire via Nordic Images", "organization:nordic-images", false},
      {"Lena Varga met envoys on Monday.\nPhoto: Jan Berg / Baltic Wire via Nordic Images", "person:jan-berg", true},
      // In prose, "and/or" is no credit.
      {"Lena Varga said envoys and/or the Nordic Press Agency would be told.", "organization:nordic-press-agency", true},
      // Cited as a source in the story too: it stays.
      {"Oslo, May 6, Nordic Press Agency \u2013 Lena Varga met envoys. The Nordic Press Agency reported that talks went well.",
       "organization:nordic-press-agency", true},
      {"Foreign Minister Lena Varga met envoys of the World Health Organization (WHO) on Monday.", "organization:world-health-organization", true},
  };
  for (const auto& row : rows) {
    const std::string text = row.text;
    CAPTURE(text);
    const Document doc = process(text);
    CHECK((find_entity(doc, row.id) != nullptr) == row.kept);
  }
}

TEST_CASE("a continent or world region sets the scene and is no node") {
  const Document doc = process(
      "President Amara Osei met Prime Minister Tomas Berg in Nairobi on Monday. "
      "Osei said Africa must speak with one voice and that Southeast Asia was a model.");
  CHECK(find_entity(doc, "location:nairobi") != nullptr);
  CHECK(find_entity(doc, "location:africa") == nullptr);
  CHECK(find_entity(doc, "location:southeast-asia") == nullptr);
  // Nor does the learned recognizer take their words for another name.
  CHECK(std::none_of(doc.entities.begin(), doc.entities.end(), [](const Entity& e) { return e.label == "Africa" || e.label == "Southeast Asia"; }));
}

TEST_CASE("surnames and short forms resolve to the full name") {
  const Document doc = process(
      "Japan's top trade representative Ryosei Akazawa met officials. Akazawa said the talks were frank.");
  const Entity* akazawa = find_entity(doc, "person:ryosei-akazawa");
  REQUIRE(akazawa != nullptr);
  CHECK(akazawa->mentions.size() == 2);
  CHECK(std::find(akazawa->aliases.begin(), akazawa->aliases.end(), "Akazawa") != akazawa->aliases.end());
  CHECK(find_entity(doc, "person:akazawa") == nullptr);
}

TEST_CASE("a title a verb of saying follows is the sentence's unnamed speaker, no one's office") {
  check_cases({
      {"Talks will go on with Tomas Wierzba, a government spokeswoman said.", {"person:tomas-wierzba"}, {"office:_:government-spokeswoman"}},
      {"The plan suits Anna Kowal, a spokeswoman for the ministry told reporters.", {"person:anna-kowal"}, {"office:_:spokeswoman"}},
      // Closed by a comma, the title is in apposition: the person before holds it.
      {"The plan suits Anna Kowal, a spokeswoman for the ministry, said Tomas Wierzba.", {"person:anna-kowal", "office:_:spokeswoman"}, {}},
  });
}

TEST_CASE("a title in the possessive owns the title after it; it is not the apposed person's") {
  const Document doc = process("President Anna Keller spoke. Tomas Berg, the President's spokesman, said so.");
  CHECK(has_relation(doc, "holds_office", "person:anna-keller", "office:_:president"));
  CHECK_FALSE(has_relation(doc, "holds_office", "person:tomas-berg", "office:_:president"));
  CHECK(has_relation(doc, "holds_office", "person:tomas-berg", "office:_:spokesman"));
}

TEST_CASE("offices take their owner from the text") {
  const struct {
    const char* text;
    const char* person;
    const char* office;
    const char* owner;
    const char* acts_for = nullptr;  // the country the holder is affiliated with, when not the owner
  } cases[] = {
      {"US Treasury Secretary Scott Bessent spoke.", "person:scott-bessent", "office:US:treasury-secretary", "country:US"},
      {"Japan’s top trade representative Ryosei Akazawa spoke.", "person:ryosei-akazawa", "office:JP:top-trade-representative", "country:JP"},
      {"Japanese Prime Minister Shigeru Ishiba spoke.", "person:shigeru-ishiba", "office:JP:prime-minister", "country:JP"},
      {"Prime Minister of India Narendra Modi spoke.", "person:narendra-modi", "office:IN:prime-minister", "country:IN"},
      {"Shigeru Ishiba, Japan's prime minister, spoke.", "person:shigeru-ishiba", "office:JP:prime-minister", "country:JP"},
      {"Musa Otieno, a Kenyan senator, spoke.", "person:musa-otieno", "office:KE:senator", "country:KE"},
      {"Kenyan ex-President Amara Osei spoke.", "person:amara-osei", "office:KE:president", "country:KE"},
      // A city's or a region's office is named with the place it serves, and owned by the place's country.
      {"Lisbon mayor Carlos Moedas spoke.", "person:carlos-moedas", "office:PT:mayor-of-lisbon", "country:PT"},
      {"The Governor of Tokyo, Yuriko Koike, spoke.", "person:yuriko-koike", "office:JP:governor-of-tokyo", "country:JP"},
      {"Texas Governor Greg Abbott spoke.", "person:greg-abbott", "office:US:governor-of-texas", "country:US"},
      {"Japan and Japan. Mayor Ana Lima of Porto spoke.", "person:ana-lima", "office:PT:mayor-of-porto", "country:PT"},
      // A body's governor stays the body's; a capital before another title still stands for its government.
      {"Bank of England governor Andrew Bailey spoke.", "person:andrew-bailey", "office:bank-of-england:governor", "organization:bank-of-england",
       "country:GB"},
      {"IMF Managing Director Kristalina Georgieva spoke.", "person:kristalina-georgieva", "office:international-monetary-fund:managing-director", "organization:international-monetary-fund"},
      // An honorific between the title and the name.
      {"Indian External Affairs Minister Dr Arvind Kulkarni spoke.", "person:arvind-kulkarni", "office:IN:external-affairs-minister", "country:IN"},
      // The owner after the holder's name.
      {"He met Prime Minister Rashida Karim of Bangladesh on Monday.", "person:rashida-karim", "office:BD:prime-minister", "country:BD"},
      // The holder after a comma, and the owner after "of".
      {"Guests included the Emir of Kuwait, Sheikh Nasser Al-Hamad, and others.", "person:sheikh-nasser-al-hamad", "office:KW:emir", "country:KW"},
      // "for"/"at" a body: the body's office; its holder acts for the body's country when it is part of a government.
      {"Contacts continue, said Chen Bowen, spokesperson for the Chinese Foreign Ministry.", "person:chen-bowen",
       "office:chinese-foreign-ministry:spokesperson", "organization:chinese-foreign-ministry", "country:CN"},
      {"Alan Ross, spokesman for the White House, declined to comment.", "person:alan-ross", "office:white-house:spokesman",
       "organization:white-house", "country:US"},
      {"Talks go on, said Chen Bowen, spokesperson for the Ukrainian Embassy.", "person:chen-bowen", "office:ukrainian-embassy:spokesperson",
       "organization:ukrainian-embassy", "country:UA"},
      {"Spokesperson at the Ministry of External Affairs Vikram Rao said so.", "person:vikram-rao",
       "office:ministry-of-external-affairs:spokesperson", "organization:ministry-of-external-affairs", "country:IN"},
      // A title only one country uses, in a story about another country.
      {"Russia and Russian officials met Secretary of State Mark Hollis in Moscow.", "person:mark-hollis", "office:US:secretary-of-state", "country:US"},
      // "the official spokesperson of the Ministry": an adjective before the title, the ministry named earlier.
      {"The Ministry of Tourism and Expatriates spoke. Sami Haddad, the official spokesperson of the Ministry, said so.", "person:sami-haddad",
       "office:ministry-of-tourism-and-expatriates:spokesperson", "organization:ministry-of-tourism-and-expatriates"},
      // The body after "of the" a title belongs to, in no list: "President of the Senate".
      {"Carla Benti, President of the Senate, spoke.", "person:carla-benti", "office:senate:president", "organization:senate"},
      // "Title of Owner Holder" with no comma: the model's owner and holder are two names, the body's ending at
      // its head word or an acronym (no list holds either).
      {"Chairman of the National Assembly Tran Van Minh opened the session.", "person:tran-van-minh", "office:national-assembly:chairman",
       "organization:national-assembly"},
      {"Director-General of UNIDO Hana Kessler said so.", "person:hana-kessler", "office:unido:director-general", "organization:unido"},
      // The owner's owner in the possessive before it: the body it has owns the title.
      {"Envoy Hans Lindqvist met the head of the Rebels' Supreme Political Council, Omar Hadi.", "person:omar-hadi",
       "office:supreme-political-council:head", "organization:supreme-political-council"},
      // An organization's mission chief (the lender's office, whatever country the mission is for).
      {"The IMF's mission chief for Kenya, Hana Bekele, declined to comment.", "person:hana-bekele",
       "office:international-monetary-fund:mission-chief", "organization:international-monetary-fund"},
      // The body's kind after its name ("the Vantor group"), then the holder after a comma.
      {"She met the chairman of the Vantor group, Tomas Berg, on Friday.", "person:tomas-berg", "office:vantor:chairman", "organization:vantor"},
      // "Its" before the title: the body named before (rather than its country), in this sentence or one before.
      {"Uganda's Ministry of Foreign Affairs confirmed the call. Its spokesman, Paul Obua, said so.", "person:paul-obua",
       "office:UG:ministry-of-foreign-affairs:spokesman", "organization:UG:ministry-of-foreign-affairs"},
      // The holder after a comma, past a title word that is no office of its own (a judge's "Justice").
      {"The Tamsa Electoral Commission met. Its chairwoman, Justice Nora Lindqvist, spoke.", "person:nora-lindqvist",
       "office:tamsa-electoral-commission:chairwoman", "organization:tamsa-electoral-commission"},
      // An organization's body between it and the title.
      {"AU Commission Chairperson Amina Diallo said so.", "person:amina-diallo", "office:african-union:chairperson", "organization:african-union"},
      // A second title in apposition shares the first one's owner and holder.
      {"Tokyo's chief negotiator, Deputy Foreign Minister Hiroshi Tanabe, said so.", "person:hiroshi-tanabe", "office:JP:deputy-foreign-minister", "country:JP"},
      {"Tokyo's chief negotiator, Deputy Foreign Minister Hiroshi Tanabe, said so.", "person:hiroshi-tanabe", "office:JP:chief-negotiator", "country:JP"},
      // A portfolio after the title, then the holder after a comma.
      {"Kenya's Cabinet Secretary for Foreign Affairs, Musa Otieno, said so.", "person:musa-otieno", "office:KE:cabinet-secretary-for-foreign-affairs",
       "country:KE"},
      // A title heading its sentence: the name after the comma is its holder though no comma closes it.
      {"Newly appointed Kenyan Ambassador to Japan, Musa Otieno paid a courtesy call on the Emperor.", "person:musa-otieno", "office:KE:ambassador",
       "country:KE"},
      // "his": the person the sentence (or the one before) is about.
      {"Kenya and Kenya again. Ugandan President Yusuf Okello cancelled a trip. His spokesperson, Sam Obua, said so.", "person:sam-obua",
       "office:UG:spokesperson", "country:UG"},
      {"Peru and Chile won. Ugandan President Yusuf Okello and his deputy, Vice President Sam Obua, attended.", "person:sam-obua",
       "office:UG:vice-president", "country:UG"},
      // "his counterpart": the title of the person named before it, for the country written before it (the
      // sentence's subject being a body).
      {"The Presidency said President Amara Osei and his Togolese counterpart, Koffi Agbo, had agreed.", "person:koffi-agbo",
       "office:TG:president", "country:TG"},
      // A list of titled people shares the first one's owner.
      {"US Trade Representative Ann Price and Treasury Secretary Tom Hale called.", "person:tom-hale", "office:US:treasury-secretary", "country:US"},
      {"He spoke with Secretary of State Mark Hollis, chief of staff Paul Dunn and national security adviser Kyle Ward.", "person:kyle-ward", "office:US:national-security-adviser", "country:US"},
  };
  for (const auto& c : cases) {
    const std::string text_under_test = c.text;
    CAPTURE(text_under_test);
    const Document doc = process(c.text);
    CHECK(has_relation(doc, "holds_office", c.person, c.office));
    CHECK(has_relation(doc, "office_of", c.office, c.owner));
    CHECK(has_relation(doc, "affiliated_with", c.person, c.acts_for != nullptr ? c.acts_for : c.owner));
  }
}

TEST_CASE("organizations and locations") {
  check_cases({
      // A name read as a body in one place and as a place in another is one node: of most mentions' type, on a tie the place.
      {"The talks, State House said, went well. The envoys met at State House in Vessa.", {"location:state-house"},
       {"organization:state-house"}},
      // A name cut before its "of", the one longer name of the story it begins, is that name; two such, neither.
      {"The National Bank of Vessa raised rates. The National Bank said inflation was high.", {"organization:national-bank-of-vessa"},
       {"organization:national-bank"}},
      {"The Central Bank of Kenya and the Central Bank of Uganda met. The Central Bank said rates would rise.",
       {"organization:central-bank-of-kenya", "organization:central-bank-of-uganda"}, {"organization:central-bank-of-kenya-and"}},
      // A name in apposition after a noun only a body answers to, heading its phrase; not after "the head of" one.
      {"The copper workers' union, Sindicato Minero, said it would oppose job cuts.", {"organization:sindicato-minero"},
       {"person:sindicato-minero"}},
      {"The head of the union, Tesfaye Alemu, said it would oppose job cuts.", {"person:tesfaye-alemu"},
       {"organization:tesfaye-alemu"}},
      // A body's chair named after it: the capitalized words before the title are the body.
      {"Andes Metals chairman Jorge Salinas said the price was fair.", {"organization:andes-metals", "person:jorge-salinas"},
       {"person:andes-metals", "location:andes-metals"}},
      // An article capitalized only to open the sentence is no name and no part of one.
      {"A Vessa Trading Company official said the deal was signed.", {"organization:vessa-trading-company"},
       {"organization:a-vessa-trading-company"}},
      {"The regime and its backers must comply.", {}, {"organization:the", "person:the", "location:the"}},
      {"NATO and the EU met the IMF and the G7 in Geneva.",
       {"organization:nato", "organization:european-union", "organization:international-monetary-fund", "organization:g7",
        "location:geneva"},
       {}},
      {"Postmedia Network Inc. said the Ministry of External Affairs replied.",
       {"organization:postmedia-network-inc", "organization:ministry-of-external-affairs"}, {}},
      // A known name whose particle is written in lower case is capitalized at the start of a sentence.
      {"Al-Shabaab claimed the attack.", {"organization:al-shabaab"}, {}},
      // A word the rules know, capitalized only to open a headline, before "group" names no body.
      {"Mining group agrees tax deal with Zambia\nThe deal was signed in Lusaka.", {"country:ZM"}, {"organization:mining"}},
      // A listed place and its kind of area is the place; more capitalized words after them make a body's name.
      {"Kano State University said fees would rise in Kano State.", {"organization:kano-state-university", "location:kano"}, {}},
      // "and" inside a body's name its head word closes; not after a person's name.
      {"Inquiry\nThe National Cohesion and Integration Commission questioned Ann Ode and Civic Party officials.",
       {"organization:national-cohesion-and-integration-commission", "person:ann-ode", "organization:civic-party"},
       {"organization:integration-commission"}},
      // After a title and "of", portfolio words are the title's, no body or place; after "Ministry" they name one.
      {"Kenya's Minister of Water Resources, Musa Otieno, met the Minister of Water and Sanitation.", {"person:musa-otieno"},
       {"organization:water-resources", "location:sanitation"}},
      {"The Ministry of Water Resources signed a deal with Delta Natural Resources.",
       {"organization:ministry-of-water-resources", "organization:delta-natural-resources"}, {}},
      // A body of two words or more named with its region or country is one name.
      {"The Tigray People's Liberation Front and the Kenya Grain Authority signed the deal in Mekelle.",
       {"organization:tigray-peoples-liberation-front", "organization:kenya-grain-authority"}, {"organization:peoples-liberation-front"}},
      // A museum or a mosque is a place where things happen, not a body.
      {"Ministers toured the National Coffee Museum and the Marlowe Mosque in Nairobi.",
       {"location:national-coffee-museum", "location:marlowe-mosque"}, {"organization:national-coffee-museum"}},
      // ... so is a mausoleum named after a person, no person itself.
      {"The minister laid a wreath at the Ho Chi Minh Mausoleum on Monday.", {"location:ho-chi-minh-mausoleum"}, {"person:ho-chi-minh-mausoleum"}},
      // A plural noun's possessive inside a name continues it.
      {"The People's Alliance Party and the Kestrel Workers' Union marched.",
       {"organization:peoples-alliance-party", "organization:kestrel-workers-union"}, {"organization:alliance-party"}},
      // Words that would be peeled from a person's name stay in an organization's.
      {"The Foreign Ministry and the National Security Council said so.",
       {"organization:foreign-ministry", "organization:national-security-council"}, {"organization:ministry"}},
      {"The Ministry of Trade and Expatriates said so.", {"organization:ministry-of-trade-and-expatriates"}, {"person:expatriates"}},
      // A body named with its country after "of" ("Central Bank of Kenya"), unless the "of" follows its portfolio.
      {"The Central Bank of Kenya and the Supreme Court of India said so.",
       {"organization:central-bank-of-kenya", "organization:supreme-court-of-india"}, {"organization:central-bank", "country:KE"}},
      {"The Ministry of Foreign Affairs of Portugal said so.", {"organization:ministry-of-foreign-affairs", "country:PT"},
       {"organization:ministry-of-foreign-affairs-of-portugal"}},
      // A state body written in lower case after a demonym; a demonym before other nouns is the country.
      {"The Kenyan presidency and the Russian foreign ministry met Chinese students.",
       {"organization:kenyan-presidency", "organization:russian-foreign-ministry", "country:KE", "country:RU", "country:CN"},
       {"organization:chinese-students"}},
      // ... with its portfolio after "of".
      {"The Ghanaian ministry of finance said so.", {"organization:ghanaian-ministry-of-finance"}, {"organization:ghanaian-ministry"}},
      // ... or after its country's possessive, whose body it is (its id says so); the country's other possessions stay the country's.
      {"Ethiopia's foreign ministry said Kenya's farmers met Uganda's presidency.",
       {"organization:ET:foreign-ministry", "organization:UG:presidency", "country:ET", "country:KE", "country:UG"},
       {"organization:kenyas-farmers", "organization:ethiopias-foreign-ministry"}},
      {"The Kenyan ministry of foreign affairs and the department of trade and industry met.",
       {"organization:kenyan-ministry-of-foreign-affairs"}, {"organization:kenyan-ministry"}},
      // Two countries' bodies named alike are two; the bare name later is the one body the story gave a country.
      {"Kenya's Ministry of Health and Uganda's Ministry of Health met.",
       {"organization:KE:ministry-of-health", "organization:UG:ministry-of-health"}, {"organization:ministry-of-health"}},
      {"Kenya's Ministry of Health said so. Later the Ministry of Health added a note.", {"organization:KE:ministry-of-health"},
       {"organization:ministry-of-health"}},
      // "the Ministry" later is the ministry named in full before.
      {"The Ministry of Trade and Industry said so. Later the Ministry added a note.", {"organization:ministry-of-trade-and-industry"},
       {"organization:ministry"}},
      // A capital written in capitals is a dateline, not an organization.
      {"AMMAN — The ministry said so.", {}, {"organization:amman"}},
      // A word the rules know and a Roman numeral in capitals are no acronyms; an unknown acronym is a body.
      {"The rebels will win, UNLESS the army acts, said Part XVII of the KANU report.", {"organization:kanu"},
       {"organization:unless", "organization:xvii"}},
      // A body's name closed by its head word ends before "and"; "Trade and Industry" goes on.
      {"Councillors Ann Lau of the Civic Party and Wong Pik-wan of the Labour Party won.", {"organization:civic-party", "person:wong-pik-wan"},
       {"organization:civic-party-and-wong-pik-wan"}},
      {"The Ministry of Trade and Industry said so.", {"organization:ministry-of-trade-and-industry"}, {}},
      // Words in capitals running on before a caption in prose read like a line in capitals: a title's words there name no one.
      {"UPDATES TO NAME THE FOREIGN MINISTER AT LEFT AS KENYAN, NOT UGANDAN - Ministers pose in Nairobi on Monday. From left are "
       "Kenya Foreign Minister Tom Odede and Ugandan Ann Mirembe.",
       {"person:tom-odede", "person:ann-mirembe"}, {"person:at-left-as-kenyan", "person:updates-to-name"}},
      // ... and a capital of two words in capitals is no person either.
      {"BUENOS AIRES, May 12 (Andina Press) -- The ministry said so.", {}, {"person:buenos-aires", "location:buenos-aires"}},
      // A state body named with its country is one organization, and the country is an entity too.
      {"Russia held the Ukrainian Navy ships, the Chinese Foreign Ministry said.",
       {"organization:ukrainian-navy", "organization:chinese-foreign-ministry", "country:UA", "country:CN"}, {"organization:navy"}},
      // The wire service credited at the head or foot of a story is not in it; a source cited in it is.
      {"BRUSSELS (Reuters) - Ministers met. Officials said Reuters had the memo.", {"organization:reuters"}, {}},
      {"(Bloomberg) — Ministers met on Monday.", {}, {"organization:bloomberg"}},
      {"NAIROBI, Kenya (AP) — Ministers met on Monday.", {"country:KE"}, {"organization:associated-press"}},
      // An organization described in apposition is not a person.
      {"The Fine Arts, a Chinese company, said so.", {}, {"person:fine-arts"}},
      // The place an embassy is in is part of its name; a body of another kind is only somewhere.
      {"The Embassy of Ghana in Peru and the Kenyan Embassy in Rome said so, as did the World Bank in Lima.",
       {"organization:embassy-of-ghana-in-peru", "organization:kenyan-embassy-in-rome", "organization:world-bank", "location:lima"},
       {"organization:embassy-of-ghana", "organization:kenyan-embassy", "location:rome", "organization:world-bank-in-lima"}},
      // A word that fronts a phrase at the start of a sentence is no part of the body's name.
      {"During Supreme Court hearings, lawyers argued. At State House, the envoy spoke.",
       {"organization:supreme-court", "organization:state-house"}, {"organization:during-supreme-court", "organization:at-state-house"}},
      // After "at", a body's house and the city it stands in are one place; a body named "of" a city stays a body.
      {"The envoy was received at State House Nairobi, officials said, and spoke at the University of Nairobi.",
       {"location:state-house-nairobi", "organization:university-of-nairobi"},
       {"organization:state-house-nairobi", "location:university-of-nairobi"}},
  });
}

TEST_CASE("an organization named by its first word, its kind, a club's last word or a description around it") {
  check_cases({
      // An opener word makes the capitalized words after it a body, a town's or a region's name among them.
      {"Banco Tavira and Radio Kimara said so.", {"organization:banco-tavira", "organization:radio-kimara"},
       {"person:banco-tavira", "person:radio-kimara"}},
      {"The Banco de Portugal said so.", {"organization:banco-de-portugal"}, {"country:PT"}},
      {"Bayern Munich beat Inter Milan.", {"organization:bayern-munich", "organization:inter-milan"}, {"location:munich", "location:milan"}},
      // ... up to a title: the holder after it is a person.
      {"Grupo Alvor Chief Executive Rui Matos said so.", {"organization:grupo-alvor", "person:rui-matos"}, {"organization:grupo-alvor-chief"}},
      // A club's last word after its town's name: the club, not the town.
      {"Manchester United beat Blackburn Rovers.", {"organization:manchester-united", "organization:blackburn-rovers"}, {"location:manchester"}},
      // A noun only an organization answers to, before the name or heading an apposition; a kind after it.
      {"The budget airline Ardent Air cancelled flights.", {"organization:ardent-air"}, {"person:ardent-air"}},
      {"Chipmaker Vanta said so.", {"organization:vanta"}, {"person:chipmaker-vanta"}},
      {"Tavira Holt, a Portuguese conglomerate, bought the port.", {"organization:tavira-holt"}, {"person:tavira-holt"}},
      {"Solberg Kredit, Norway's biggest lender, cut rates.", {"organization:solberg-kredit"}, {"person:solberg-kredit"}},
      {"The ruling New Dawn party won.", {"organization:new-dawn"}, {}},
      // ... not a common word capitalized only to open the sentence, written in lower case elsewhere.
      {"Ruling party wins the vote\n\nThe ruling party won on Sunday.", {}, {"organization:ruling"}},
      // A treasury is a body of a state.
      {"\"We are nearly done,\" Mbadi said, according to the paper. In a statement, the National Treasury said the plan would help.",
       {"organization:national-treasury"}, {"person:treasury"}},
      // A demonym ending the name of a body its kind names after it is part of the name.
      {"The ruling Pheu Thai party will nominate a candidate.", {"organization:pheu-thai"}, {"person:pheu"}},
      // ... a kind of several words too; not a kind that describes the name after it.
      {"It was confirmed, Nardo news agency reported.", {"organization:nardo"}, {"person:nardo"}},
      {"Environmental group Verdant Foundation welcomed the plan.", {"organization:verdant-foundation"}, {"organization:environmental"}},
      {"Swedish utility Vattenfall halted the project.", {"organization:vattenfall", "country:SE"}, {"person:vattenfall"}},
      // A sentence's capitalized article before a body described by its kind is no part of its name.
      {"The Umoja Bora coalition rejected the result.", {"organization:umoja-bora"}, {"organization:the-umoja-bora"}},
      // Not a person's trade, and not a noun after a preposition: "a member of the ruling party" describes a person.
      {"Ana Kowal, a member of the ruling party, said so.", {"person:ana-kowal"}, {"organization:ana-kowal"}},
      {"Park Ji-hoon, a lawmaker from the ruling party, said so.", {"person:park-ji-hoon"}, {"organization:park-ji-hoon"}},
      // A body's first word, then "of": "Directorate of ...", "Chamber of ...".
      {"Detectives from the Directorate of Criminal Inquiries met the Chamber of Mines.",
       {"organization:directorate-of-criminal-inquiries", "organization:chamber-of-mines"}, {}},
      // A legislature's one-word name is a body; "at Parliament" is its building.
      {"The bill was passed by the Senate and sent to Congress.", {"organization:senate", "organization:congress"}, {}},
      {"The two leaders met at Parliament on Monday.", {"location:parliament"}, {"organization:parliament"}},
      // Words only a company has around a name no list holds: a holding or a part before it, its possessive, its chief after it.
      {"Shares of Vantor fell. The headquarters of Ondrel moved.", {"organization:vantor", "organization:ondrel"}, {}},
      {"Helix's annual report showed a loss.", {"organization:helix"}, {"person:helix"}},
      {"Kestrel chief executive Mara Lind resigned.", {"organization:kestrel", "person:mara-lind"}, {"person:kestrel"}},
      // A name opening the sentence that "its" refers back to.
      {"Nordea cut its forecast. Bharti Airtel said its profit rose.", {"organization:nordea", "organization:bharti-airtel"},
       {"person:bharti-airtel"}},
      // Experts a body employs, before "at" and its name.
      {"Analysts at Standard Chartered expect a cut.", {"organization:standard-chartered"}, {"person:standard-chartered"}},
      // People who act for a body after its name: "Knut officials"; not a pronoun opening a sentence: "His team".
      {"Knut officials said the strike would go on. His team agreed.", {"organization:knut"}, {"organization:his"}},
      // ... but a person's name stays a person's: "Tom Hale's employees".
      {"Tom Hale's employees went on strike.", {"person:tom-hale"}, {"organization:tom-hale"}},
      // A name a person named before ends in is that person: "the firm Kowal founded".
      {"Tomasz Kowal left the firm. The firm Kowal founded was sold.", {"person:tomasz-kowal"}, {"organization:kowal"}},
      // An organization that owns the title after it stays one, the holder in apposition too.
      {"On Monday the Civic Platform leader, Jan Kowal, conceded.", {"organization:civic-platform", "person:jan-kowal"},
       {"person:civic-platform"}},
      // ... not a possessive opening the sentence: "Its chairman" is the body named before.
      {"The Umoja Farmers Union protested. Its chairman, Jan Kowal, spoke.", {"organization:umoja-farmers-union", "person:jan-kowal"},
       {"organization:its"}},
      // A hyphened describer before a name is no part of it.
      {"Analysts at Lagos-based Cordel Securities agreed. The Saudi-led Vantor Group bought it.",
       {"organization:cordel-securities", "organization:vantor-group"}, {"organization:lagos-based-cordel-securities", "organization:saudi-led-vantor-group"}},
      // ... nor a name of its own before a common noun.
      {"Analysts at Lagos-based brokerage Cordel Securities agreed. The Saudi-led coalition struck. A US-based firm said so.",
       {"organization:cordel-securities"}, {"organization:lagos-based", "organization:saudi-led", "person:us-based"}},
  });
}

TEST_CASE("a results table's names are teams; a dateline's place in capitals with a date in digits is no one") {
  check_cases({
      {"KENYAN LEAGUE RESULTS\nResults on Friday:\nGor Mahia 2 AFC Leopards 1\nTusker 0 Bandari 0\n",
       {"organization:gor-mahia", "organization:afc-leopards", "organization:tusker", "organization:bandari"},
       {"person:gor-mahia", "person:tusker"}},
      // A standings row: one name and its figures.
      {"STANDINGS\nKariobangi Sharks 12 7 3 2 21 9 24\n", {"organization:kariobangi-sharks"}, {"person:kariobangi-sharks"}},
      // Not a sentence with words between the numbers, nor a date.
      {"Tom Odhiambo 2 goals\n", {}, {"organization:tom-odhiambo"}},
      {"ADDIS ABABA 2024-03-05 - The talks ended.", {}, {"person:addis-ababa", "organization:addis-ababa"}},
  });
}

TEST_CASE("a place named by its first word, its kind after it, or a place noun before it") {
  check_cases({
      {"The retreat was held on Lake Naivasha, below Mount Kenya.", {"location:lake-naivasha", "location:mount-kenya"},
       {"person:lake-naivasha", "country:KE"}},
      {"The president toured Ngong town and the village of Kamwe.", {"location:ngong", "location:kamwe"}, {"person:ngong"}},
      {"Thousands marched through the streets of Kisumu and the outskirts of Bura.", {"location:kisumu", "location:bura"}, {}},
  });
}

TEST_CASE("a country right before a person gives the affiliation when no office does") {
  const Document doc = process("Negotiators met on Monday. Japan's Kenji Morimoto said the talks were frank.");
  CHECK(has_relation(doc, "affiliated_with", "person:kenji-morimoto", "country:JP"));
  const Document counterpart = process("Lula met his Argentine counterpart Alberto Fernandez on Monday.");
  CHECK(has_relation(counterpart, "affiliated_with", "person:alberto-fernandez", "country:AR"));
  const Document apposed = process("Araghchi met his Saudi counterpart, Prince Faisal bin Farhan.");
  CHECK(has_relation(apposed, "affiliated_with", "person:faisal-bin-farhan", "country:SA"));
  // A comma alone does not tie a country to the name after it.
  const Document listed = process("Talks with Japan, Kenji Morimoto said, went well.");
  CHECK_FALSE(has_relation(listed, "affiliated_with", "person:kenji-morimoto", "country:JP"));
  const Document delegation = process("US officials, including Commerce Secretary Howard Lutnick, met Japan's Ryosei Akazawa.");
  CHECK(has_relation(delegation, "affiliated_with", "person:howard-lutnick", "country:US"));
  // Two countries, neither dominant, none qualifying the title: no guess.
  const Document unrelated = process("Kenji Morimoto flew from China to Japan. President Tony Abbott spoke.");
  CHECK_FALSE(has_relation(unrelated, "affiliated_with", "person:tony-abbott", "country:CN"));
  CHECK_FALSE(has_relation(unrelated, "affiliated_with", "person:tony-abbott", "country:JP"));
  const Document titled = process("US Treasury Secretary Scott Bessent spoke.");
  CHECK(has_relation(titled, "affiliated_with", "person:scott-bessent", "country:US"));
}

TEST_CASE("affiliations from appositions and family ties") {
  const Document apposition = process("Senegal will try Hissene Habre, the former Chadian dictator, in Dakar.");
  CHECK(has_relation(apposition, "affiliated_with", "person:hissene-habre", "country:TD"));
  // A list after the name is not an apposition about it.
  const Document list = process("Guests were Ann Lee, the Kenyan and Chinese envoys, and others.");
  CHECK_FALSE(has_relation(list, "affiliated_with", "person:ann-lee", "country:KE"));
  const Document spouse = process("Brazilian President Lula arrived accompanied by his wife Rosangela da Costa on Monday.");
  CHECK(has_relation(spouse, "affiliated_with", "person:rosangela-da-costa", "country:BR"));
  const Document possessive = process("Kenyan President Daniel Mwangi spoke. Mwangi's wife Grace Njeri Mwangi waved.");
  CHECK(has_relation(possessive, "affiliated_with", "person:grace-njeri-mwangi", "country:KE"));
}

TEST_CASE("an owner is not guessed where the words do not give it") {
  // An envoy is rarely from the country a story is about.
  const Document envoy = process("Syria said Syria would talk. Syria agreed. Ambassador Lena Park arrived in Syria.");
  CHECK(find_entity(envoy, "person:lena-park") != nullptr);
  CHECK_FALSE(has_relation(envoy, "affiliated_with", "person:lena-park", "country:SY"));
  // "for" a country is whom an envoy works on, not whom they act for.
  const Document special = process("Special envoy for Syria Tom Berg met officials.");
  CHECK_FALSE(has_relation(special, "affiliated_with", "person:tom-berg", "country:SY"));
  // A comma after an introductory phrase is not a list of titled people.
  const Document phrase = process(
      "At the invitation of Indian Prime Minister Ravi Menon, President Amina Yusuf of Nigeria is visiting. Prime Minister Ravi Menon spoke.");
  CHECK(has_relation(phrase, "affiliated_with", "person:amina-yusuf", "country:NG"));
  CHECK_FALSE(has_relation(phrase, "affiliated_with", "person:amina-yusuf", "country:IN"));
  // A list does not give a country's owner to an organization's title.
  const Document mixed = process("Kenyan Foreign Minister Musa Otieno and EU foreign policy chief Anna Berg met.");
  CHECK(has_relation(mixed, "affiliated_with", "person:anna-berg", "organization:european-union"));
  CHECK_FALSE(has_relation(mixed, "affiliated_with", "person:anna-berg", "country:KE"));
  // Nor is a title closing an introductory phrase in apposition to the next one.
  const Document intro = process("Nigeria, Nigeria and India agreed. After talks with the Indian Prime Minister, Prime Minister Amina Yusuf is due in Agra.");
  CHECK_FALSE(has_relation(intro, "affiliated_with", "person:amina-yusuf", "country:IN"));
  // "On his part," is no apposition: "his" does not give the envoy the host's country.
  const Document part = process("President Peter Ndegwa of Kenya thanked Ethiopian Ambassador to Kenya, Alem Desta. On his part, Ambassador Desta thanked Ndegwa.");
  CHECK(has_relation(part, "affiliated_with", "person:alem-desta", "country:ET"));
  CHECK_FALSE(has_relation(part, "affiliated_with", "person:alem-desta", "country:KE"));
  // A person's stated country wins over the story's dominant one, at every title they hold.
  const Document stated = process(
      "India and India again. India. Prime Minister Rashida Karim arrived. He greeted Prime Minister Rashida Karim of Bangladesh.");
  CHECK(has_relation(stated, "affiliated_with", "person:rashida-karim", "country:BD"));
  CHECK_FALSE(has_relation(stated, "affiliated_with", "person:rashida-karim", "country:IN"));
}

TEST_CASE("known people: a lexicon name alone is the person, and gives their country") {
  Lexicon lexicon = Lexicon::builtin();
  lexicon.add_user_text("person\tAmara Okafor\tOkafor\tcountry=NG\n", "people-test.tsv");
  const auto run = [&](const std::string& text) {
    Document doc = make_document("test", "test.txt", text);
    extract(doc, lexicon);
    return doc;
  };
  // The surname alone, in a story where no title says whom she acts for.
  const Document alone = run("Okafor met US officials in Washington. Nigeria and the US agreed on trade, Okafor said.");
  CHECK(find_entity(alone, "person:amara-okafor") != nullptr);
  CHECK(find_entity(alone, "person:okafor") == nullptr);
  CHECK(has_relation(alone, "affiliated_with", "person:amara-okafor", "country:NG"));
  // A bare title takes the known person's country, not the story's dominant one.
  const Document titled = run("The US and the US again. US officials said so. Nigeria waited. President Amara Okafor spoke.");
  CHECK(has_relation(titled, "holds_office", "person:amara-okafor", "office:NG:president"));
  CHECK_FALSE(has_relation(titled, "affiliated_with", "person:amara-okafor", "country:US"));
  // What the text says wins over the lexicon.
  const Document stated = run("Kenyan Trade Minister Amara Okafor met Nigeria's delegation.");
  CHECK(has_relation(stated, "affiliated_with", "person:amara-okafor", "country:KE"));
  CHECK_FALSE(has_relation(stated, "affiliated_with", "person:amara-okafor", "country:NG"));
  // A known person written with more of their name is still that one person.
  lexicon.add_user_text("person\tNasser bin Fahd\tSheikh Nasser bin Fahd\tcountry=QA\n", "people-test.tsv");
  const Document longer = run("Qatar said Sheikh Nasser bin Fahd bin Saud Al Rashid arrived.");
  CHECK(has_relation(longer, "affiliated_with", "person:nasser-bin-fahd", "country:QA"));
  CHECK(ids_of_type(longer, EntityType::person) == std::vector<std::string>{"person:nasser-bin-fahd"});
  // An unrelated capitalized run keeps a known surname inside the whole name.
  const Document initial = run("Amara J. Okafor spoke to the press.");
  CHECK(ids_of_type(initial, EntityType::person) == std::vector<std::string>{"person:amara-j-okafor"});
}

TEST_CASE("the shipped people lexicon knows heads of government by surname") {
  const Document doc = process("The U.S. delegation waited. Obama told reporters the talks were useful.");
  CHECK(has_relation(doc, "affiliated_with", "person:barack-obama", "country:US"));
}

TEST_CASE("a title and its owner make the name after them a person's only in their own sentence") {
  // A heading on the line after one that ends in a title's owner is no name.
  const Document doc = process("Official website of the President of Kenya\n\nДокумент /");
  CHECK(testing::ids_of_type(doc, EntityType::person).empty());
}
