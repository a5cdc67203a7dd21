// Offices, the part of resolve that reads titles: a title next to a named
// person becomes an office entity and an OfficeHolding, with the country or
// organization whose office it is where the words give it ("Treasury
// Secretary of the United States", "the French foreign minister", "Kenya's
// Cabinet Secretary for Foreign Affairs") or, left implicit, where the rest
// of the story settles it. Each row runs clean .. resolve (not relate) and
// reads Document::holdings.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "helpers.hpp"

using namespace newsgraph;
using testing::resolved;

namespace {

// "holder -> office (owner)" for each holding, sorted, joined by "; "; owner "-" when the text leaves it open.
std::string holdings_of(const Document& doc) {
  std::vector<std::string> out;
  for (const OfficeHolding& h : doc.holdings) {
    out.push_back(doc.entities[static_cast<std::size_t>(h.holder)].id + " -> " + doc.entities[static_cast<std::size_t>(h.office)].id + " (" +
                  (h.owner.empty() ? std::string("-") : h.owner) + ")");
  }
  std::sort(out.begin(), out.end());
  std::string joined;
  for (const std::string& h : out) joined += (joined.empty() ? "" : "; ") + h;
  return joined;
}

struct Row {
  const char* text;
  const char* holdings;  // all of them, sorted: an extra, wrong holding fails too
};

void check_rows(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    const std::string text = row.text;
    CAPTURE(text);
    CHECK(holdings_of(resolved(row.text)) == row.holdings);
  }
}

}  // namespace

TEST_CASE("the owner after the title: of, for, at") {
  check_rows({
      {"Treasury Secretary of the United States Scott Bessent spoke.",
       "person:scott-bessent -> office:US:treasury-secretary (country:US)"},
      {"Scott Bessent, Treasury Secretary of the United States, spoke.",
       "person:scott-bessent -> office:US:treasury-secretary (country:US)"},
      {"Prime Minister of India Narendra Modi spoke.", "person:narendra-modi -> office:IN:prime-minister (country:IN)"},
      // The head of a body, in apposition or before the name.
      {"Tom Odede, head of the Civic League, said so.", "person:tom-odede -> office:civic-league:head (organization:civic-league)"},
      {"The head of the Civic League, Tom Odede, said so.", "person:tom-odede -> office:civic-league:head (organization:civic-league)"},
      // A deputy of a city's office is the city's too.
      {"On Monday, Deputy Mayor of Porto Rui Silva spoke.", "person:rui-silva -> office:PT:deputy-mayor-of-porto (country:PT)"},
      // A listed place and a capitalized word for its kind of area ("Kano State") is that place, however the title is written.
      {"Kano State Governor Ade Bello spoke.", "person:ade-bello -> office:NG:governor-of-kano-state (country:NG)"},
      {"Governor Ade Bello of Kano State spoke.", "person:ade-bello -> office:NG:governor-of-kano-state (country:NG)"},
      {"Ade Bello, the governor of Kano State, spoke.", "person:ade-bello -> office:NG:governor-of-kano-state (country:NG)"},
      // Where the post is, between the title and the name in apposition: a body after "to", a city after "in";
      // the owner written before the title keeps the title.
      {"Kenya's ambassador to the United Nations, Ruth Wanjiru, spoke.", "person:ruth-wanjiru -> office:KE:ambassador (country:KE)"},
      {"Kenya's envoy in Geneva, Ruth Wanjiru, spoke.", "person:ruth-wanjiru -> office:KE:envoy (country:KE)"},
      {"Foreign Minister of Ethiopia Hana Bekele spoke.", "person:hana-bekele -> office:ET:foreign-minister (country:ET)"},
      // A portfolio in the title that goes on after "and".
      {"Kenyan Minister of Economy and Finance Peter Otieno spoke.", "person:peter-otieno -> office:KE:minister-of-economy-and-finance (country:KE)"},
      // A state's embassy named "Embassy of <country>" acts for that country.
      {"Rosa Tavares, the chargé d'affaires at the Embassy of Angola in Kenya, spoke.",
       "person:rosa-tavares -> office:AO:charge-daffaires (country:AO)"},
      {"Rosa Tavares, the chargé d'affaires at the Kenyan Embassy in Peru, spoke.",
       "person:rosa-tavares -> office:KE:charge-daffaires (country:KE)"},
      // Where the title is held, after it or its owner.
      {"Kenyan Ambassador to Ethiopia Peter Otieno spoke.", "person:peter-otieno -> office:KE:ambassador (country:KE)"},
      {"The Ambassador of Kenya to Ethiopia, Peter Otieno, spoke.", "person:peter-otieno -> office:KE:ambassador (country:KE)"},
      // After the holder's name.
      {"He met Prime Minister Rashida Karim of Bangladesh on Monday.",
       "person:rashida-karim -> office:BD:prime-minister (country:BD)"},
      // A title not only states have, held for the body named after the holder.
      {"Governor Lena Ostrova of the Central Bank of Samoa spoke on Monday.",
       "person:lena-ostrova -> office:central-bank-of-samoa:governor (organization:central-bank-of-samoa)"},
      // "for" a body of a government: the body's office (its country is the holder's, see below).
      {"Alan Ross, spokesman for the White House, declined to comment.",
       "person:alan-ross -> office:white-house:spokesman (organization:white-house)"},
      // "for" a country: whom an envoy works on, not whom the envoy acts for.
      {"Tom Berg, special envoy for Syria, met officials.", "person:tom-berg -> office:_:special-envoy (-)"},
  });
}

TEST_CASE("the owner before the title: a country, its demonym, a possessive, an organization") {
  check_rows({
      {"US Treasury Secretary Scott Bessent spoke.", "person:scott-bessent -> office:US:treasury-secretary (country:US)"},
      {"French Foreign Minister Jean Dupont spoke.", "person:jean-dupont -> office:FR:foreign-minister (country:FR)"},
      {"Talks went on, the French foreign minister, Jean Dupont, said.",
       "person:jean-dupont -> office:FR:foreign-minister (country:FR)"},
      {"Japan's top trade representative Ryosei Akazawa spoke.",
       "person:ryosei-akazawa -> office:JP:top-trade-representative (country:JP)"},
      {"Shigeru Ishiba, Japan's prime minister, spoke.", "person:shigeru-ishiba -> office:JP:prime-minister (country:JP)"},
      {"IMF Managing Director Kristalina Georgieva spoke.",
       "person:kristalina-georgieva -> office:international-monetary-fund:managing-director (organization:international-monetary-fund)"},
      // A body's title in apposition to a name no other evidence makes a person's.
      {"Mara Lind, Vantor Group's chief executive, resigned.", "person:mara-lind -> office:vantor-group:chief-executive (organization:vantor-group)"},
      {"Mara Lind, a World Bank spokeswoman, said so.", "person:mara-lind -> office:world-bank:spokeswoman (organization:world-bank)"},
      // An honorific between the comma and the name of the holder.
      {"Peru's trade minister, Ms Carla Quispe, said so.", "person:carla-quispe -> office:PE:trade-minister (country:PE)"},
      // A relative clause between the name and the title.
      {"Carla Quispe, who is Peru's trade minister, said so.", "person:carla-quispe -> office:PE:trade-minister (country:PE)"},
      {"The President of Kenya, Mr Daniel Wekesa, left Accra.", "person:daniel-wekesa -> office:KE:president (country:KE)"},
  });
}

TEST_CASE("a title in the plural before a list: each person holds it for their own country") {
  check_rows({
      // The country before each name ...
      {"The summit was to be attended by the heads of state of three countries: Kenya's Daniel Mwangi, Uganda's Tom Oduya "
       "and the Central African Republic's Ama Mensah.",
       "person:ama-mensah -> office:CF:head-of-state (country:CF); person:daniel-mwangi -> office:KE:head-of-state (country:KE); "
       "person:tom-oduya -> office:UG:head-of-state (country:UG)"},
      // ... or the countries after the title, one by one.
      {"The foreign ministers of Peru and Chile, Rosa Quispe and Ignacio Rojas, met on Monday.",
       "person:ignacio-rojas -> office:CL:foreign-minister (country:CL); person:rosa-quispe -> office:PE:foreign-minister (country:PE)"},
      // Two countries and three names: no telling whose is whose.
      {"The foreign ministers of Peru and Chile, Rosa Quispe, Ignacio Rojas and Ana Lopez, met on Monday.", ""},
  });
}

TEST_CASE("an ordinal before a title in apposition is no part of it") {
  check_rows({
      {"Visit ends\nTom Oduya, the second Deputy Prime Minister of Uganda, agreed.",
       "person:tom-oduya -> office:UG:deputy-prime-minister (country:UG)"},
      {"Visit ends\nAnn Ode, Uganda's third deputy prime minister, left.", "person:ann-ode -> office:UG:deputy-prime-minister (country:UG)"},
  });
}

TEST_CASE("a party's leader: a lower-case title owned by the organization named right before it") {
  check_rows({
      {"Greens leader Tom Oduya said so.", "person:tom-oduya -> office:greens:leader (organization:greens)"},
      {"NATO chief Tom Oduya said so.", "person:tom-oduya -> office:nato:chief (organization:nato)"},
      // A portfolio word may name a party; a country's name right before is part of the party's name.
      {"Labour leader Ann Ode met New Zealand First leader Winston Peters.",
       "person:ann-ode -> office:labour:leader (organization:labour); person:winston-peters -> office:new-zealand-first:leader "
       "(organization:new-zealand-first)"},
      // A body's head word closing its name is no title's first word ("party leader"); the name before a
      // description in apposition holds the title too.
      {"Civic Party leader Tom Oduya said so.", "person:tom-oduya -> office:civic-party:leader (organization:civic-party)"},
      {"Tom Oduya, the Civic Party leader, said so.", "person:tom-oduya -> office:civic-party:leader (organization:civic-party)"},
      // A leader of a country or a people is no office of this kind.
      {"Chinese leader Wang Tao met the press.", ""},
      {"The leader of the group, Tom Oduya, said so.", ""},
      // A rank or a time before the title is no organization.
      {"Deputy leader Ann Ode and Former leader Tom Oduya said so.", ""},
  });
}

TEST_CASE("an abbreviated title keeps its period and names its office") {
  check_rows({
      {"Sen. Rowena Blake told reporters she was pleased.", "person:rowena-blake -> office:_:senator (-)"},
      {"Gov. Ana Reyes of Ohio signed the bill.", "person:ana-reyes -> office:US:governor-of-ohio (country:US)"},
  });
}

TEST_CASE("a portfolio: after the title, or before a role noun") {
  check_rows({
      {"Kenya's Cabinet Secretary for Foreign Affairs, Musa Otieno, said so.",
       "person:musa-otieno -> office:KE:cabinet-secretary-for-foreign-affairs (country:KE)"},
      {"Irish finance spokesperson Aoife Byrne said so.", "person:aoife-byrne -> office:IE:finance-spokesperson (country:IE)"},
      // A portfolio before "Secretary" or "Minister" that no list holds makes one title.
      {"Mexican Economy Secretary Rosa Icela met the press.", "person:rosa-icela -> office:MX:economy-secretary (country:MX)"},
      // A junior minister's title is not the senior one its portfolio names; the portfolio is part of the office's name.
      {"Uganda's State Minister for Foreign Affairs Henry Okello spoke.",
       "person:henry-okello -> office:UG:minister-of-state-for-foreign-affairs (country:UG)"},
      // Without commas the portfolio's capitalized words are the title's, and the holder's name follows them.
      {"Kenya's Cabinet Secretary for Trade Musa Otieno said so.", "person:musa-otieno -> office:KE:cabinet-secretary-for-trade (country:KE)"},
      {"Kenya's Cabinet Secretary for Trade and Industry Musa Otieno said so.",
       "person:musa-otieno -> office:KE:cabinet-secretary-for-trade-and-industry (country:KE)"},
      // Two portfolios of one title are two offices.
      {"Kenya's Cabinet Secretary for Trade Musa Otieno met Kenya's Cabinet Secretary for Health Aden Kiprotich.",
       "person:aden-kiprotich -> office:KE:cabinet-secretary-for-health (country:KE); "
       "person:musa-otieno -> office:KE:cabinet-secretary-for-trade (country:KE)"},
      // A portfolio after a field word no list pairs with the title, and the title written again without it: one office.
      {"Nepal's Minister for Health and Population Ram Thapa arrived. Health Minister Thapa said so.",
       "person:ram-thapa -> office:NP:minister-for-health-and-population (country:NP); "
       "person:ram-thapa -> office:NP:minister-for-health-and-population (country:NP)"},
      // A portfolio after the second of two titles joined by "and" is that title's alone.
      {"Kenya's Deputy President and Cabinet Secretary for Health Musa Otieno said so.",
       "person:musa-otieno -> office:KE:cabinet-secretary-for-health (country:KE); person:musa-otieno -> office:KE:deputy-president (country:KE)"},
      // A portfolio whose last word also ends bodies' names ("Resources") is the title's; so are portfolios
      // listed with commas, and a word that goes on a portfolio the lexicon's title names ("of Petroleum").
      {"Kenya's Minister of Water Resources, Musa Otieno, said so.",
       "person:musa-otieno -> office:KE:minister-of-water-resources (country:KE)"},
      {"Kenya's Minister of Mines and Natural Resources, Musa Otieno, said so.",
       "person:musa-otieno -> office:KE:minister-of-mines-and-natural-resources (country:KE)"},
      {"Kenyan Minister of Industry, Trade and Investment Musa Otieno said so.",
       "person:musa-otieno -> office:KE:minister-of-industry-trade-and-investment (country:KE)"},
      {"Kenyan Minister of Petroleum Resources Musa Otieno said so.",
       "person:musa-otieno -> office:KE:minister-of-petroleum-resources (country:KE)"},
      // The holder's first name is also a place's ("Aden"): still the holder, not a body named with the portfolio.
      {"Kenya's Cabinet Secretary for Health Aden Kiprotich said so.", "person:aden-kiprotich -> office:KE:cabinet-secretary-for-health (country:KE)"},
  });
}

TEST_CASE("a counterpart holds the same title for the country its demonym names") {
  check_rows({
      {"Ministers talk\nKenyan Foreign Minister Musa Otieno spoke with his Ethiopian counterpart Tesfaye Alemu by phone.",
       "person:musa-otieno -> office:KE:foreign-minister (country:KE); person:tesfaye-alemu -> office:ET:foreign-minister (country:ET)"},
      // A peer or a colleague is a counterpart too.
      {"Ministers talk\nKenyan Foreign Minister Musa Otieno held talks with his Ethiopian peer, Tesfaye Alemu, in Addis Ababa.",
       "person:musa-otieno -> office:KE:foreign-minister (country:KE); person:tesfaye-alemu -> office:ET:foreign-minister (country:ET)"},
      // A counterpart whose own title is written keeps it.
      {"Ministers talk\nKenyan Foreign Minister Musa Otieno met his Ethiopian counterpart, Prime Minister Tesfaye Alemu.",
       "person:musa-otieno -> office:KE:foreign-minister (country:KE); person:tesfaye-alemu -> office:ET:prime-minister (country:ET)"},
      // The counterpart's country is never the first holder's, even where the story is mostly about it; the
      // title the text left without an owner is the counterpart's too.
      {"Ethiopia talks\nForeign Minister Musa Otieno met his Ethiopian counterpart Tesfaye Alemu in Addis Ababa. Ethiopia and Ethiopia's "
       "neighbours were on the agenda.",
       "person:musa-otieno -> office:_:foreign-minister (-); person:tesfaye-alemu -> office:ET:foreign-minister (country:ET)"},
  });
}

TEST_CASE("a holder past a military rank, before a relative clause that gives the title, or a clause's subject before a copula") {
  check_rows({
      // The person opening a clause, then a copula or a verb of taking office, then the title.
      {"Cabinet\nHira Baloch was sworn in as Pakistan's prime minister on Monday.", "person:hira-baloch -> office:PK:prime-minister (country:PK)"},
      {"Cabinet\nOn Monday, Hira Baloch was elected prime minister of Pakistan.", "person:hira-baloch -> office:PK:prime-minister (country:PK)"},
      {"Cabinet\nHira Baloch is Pakistan's finance minister.", "person:hira-baloch -> office:PK:finance-minister (country:PK)"},
      // Not a person in the middle of a clause: the guest holds the title, not the one the guest met.
      {"Cabinet\nThe guest who met Hira Baloch was Pakistan's finance minister.", ""},
      {"Army talks\nKenya's Chief of Defence Forces General Idris Kamau met the delegation.",
       "person:idris-kamau -> office:KE:chief-of-defence-forces (country:KE)"},
      {"Army talks\nKenya's Chief of the Defence Forces, Idris Kamau, met the delegation.",
       "person:idris-kamau -> office:KE:chief-of-defence-forces (country:KE)"},
      {"Cabinet\nHira Baloch, who became Pakistan's prime minister in March, met the delegation.",
       "person:hira-baloch -> office:PK:prime-minister (country:PK)"},
      {"Cabinet\nHira Baloch, who was appointed Pakistan's finance minister last year, met the delegation.",
       "person:hira-baloch -> office:PK:finance-minister (country:PK)"},
  });
}

TEST_CASE("a title serving another title, and its field, are one long title") {
  check_rows({
      {"Pakistani Adviser to the Prime Minister for Commerce Abdul Razak Dawood met the delegation.",
       "person:abdul-razak-dawood -> office:PK:adviser-to-the-prime-minister-for-commerce (country:PK)"},
      {"Kenyan Special Envoy to the President on Climate Affairs Musa Otieno said so.",
       "person:musa-otieno -> office:KE:special-envoy-to-the-president-on-climate-affairs (country:KE)"},
      // "to" that links no title is no part of one.
      {"Kenyan Foreign Minister Musa Otieno flew to Nairobi.", "person:musa-otieno -> office:KE:foreign-minister (country:KE)"},
      // A world region the title serves is part of it; a modifier left out of the title does not cut it from its owner.
      {"WHO Regional Director for Southeast Asia Hana Bekele visited Nepal.",
       "person:hana-bekele -> office:world-health-organization:regional-director-for-southeast-asia (organization:world-health-organization)"},
      {"WHO Regional Director for South-East Asia Hana Bekele visited Nepal.",
       "person:hana-bekele -> office:world-health-organization:regional-director-for-south-east-asia (organization:world-health-organization)"},
      // A name right after the served title is that title's holder: the titles stay apart.
      {"Jake Sullivan, a senior adviser to President Joe Biden, spoke.",
       "person:jake-sullivan -> office:US:senior-adviser (country:US); person:joe-biden -> office:US:president (country:US)"},
      {"World Bank Senior Director Musa Otieno visited Nepal.", "person:musa-otieno -> office:world-bank:director (organization:world-bank)"},
  });
}

TEST_CASE("two titles joined by 'and' are held by one person") {
  check_rows({
      {"Pakistan's Deputy Prime Minister and Foreign Minister Tariq Siddiqui arrived in Beijing.",
       "person:tariq-siddiqui -> office:PK:deputy-prime-minister (country:PK); person:tariq-siddiqui -> office:PK:foreign-minister (country:PK)"},
      {"Tariq Siddiqui, Pakistan's Deputy Prime Minister and Foreign Minister, arrived in Beijing.",
       "person:tariq-siddiqui -> office:PK:deputy-prime-minister (country:PK); person:tariq-siddiqui -> office:PK:foreign-minister (country:PK)"},
      // Two people each with a title: nothing is shared.
      {"Prime Minister Tariq Siddiqui and Foreign Minister Sana Baloch of Pakistan arrived.",
       "person:sana-baloch -> office:PK:foreign-minister (country:PK); person:tariq-siddiqui -> office:PK:prime-minister (country:PK)"},
  });
}

TEST_CASE("diplomatic ranks and protocol are offices") {
  check_rows({
      {"Kenyan First Secretary Amos Njoroge and Counsellor Ruth Wairimu attended.",
       "person:amos-njoroge -> office:KE:first-secretary (country:KE); person:ruth-wairimu -> office:KE:counsellor (country:KE)"},
      // The longest title wins: "Head of State Protocol" is no "Head of State".
      {"Portugal's Head of State Protocol Rui Matos received them.", "person:rui-matos -> office:PT:chief-of-protocol (country:PT)"},
      // An envoy's posting after "for", as after "to".
      {"UN envoy for Yemen Hans Grundberg met the rebels.", "person:hans-grundberg -> office:united-nations:envoy (organization:united-nations)"},
  });
}

TEST_CASE("two titles in a row before a name: the holder holds both") {
  check_rows({
      {"Kenyan Special Envoy Ambassador Tom Wanjala arrived.",
       "person:tom-wanjala -> office:KE:ambassador (country:KE); person:tom-wanjala -> office:KE:special-envoy (country:KE)"},
      // Past an honorific too.
      {"Kenyan Special Envoy Ambassador Dr. Tom Wanjala arrived.",
       "person:tom-wanjala -> office:KE:ambassador (country:KE); person:tom-wanjala -> office:KE:special-envoy (country:KE)"},
      // Past a form of address, which is no part of the name either.
      {"Kenyan President His Highness Sheikh Tom Wanjala arrived.", "person:sheikh-tom-wanjala -> office:KE:president (country:KE)"},
      // A hereditary ruler's deputy holds an office, and is no person named "Deputy Ruler".
      {"Sheikh Tom Wanjala, Deputy Ruler of Kenya, arrived.", "person:sheikh-tom-wanjala -> office:KE:deputy-ruler (country:KE)"},
      // With no owner, "Ambassador" after the post is a rank used in address, here and later: no office of its own.
      {"The president's Special Envoy Ambassador Tom Wanjala arrived. Ambassador Wanjala spoke.",
       "person:tom-wanjala -> office:_:special-envoy (-)"},
  });
}

TEST_CASE("a list of people with titles: a title between two names is the next one's") {
  check_rows({
      // Each named after a title: the title after a name's comma opens the next item, past a bracketed aside.
      {"Guests included Foreign Minister of Chile Ana Prieto, Secretary General of the Ministry of Foreign Affairs, Luis Mendoza, "
       "and Chief of Protocol (Ceremonial), Ambassador Pablo Ortega.",
       "person:ana-prieto -> office:CL:foreign-minister (country:CL); person:luis-mendoza -> "
       "office:ministry-of-foreign-affairs:secretary-general (organization:ministry-of-foreign-affairs); "
       "person:pablo-ortega -> office:CL:chief-of-protocol (country:CL)"},
      {"The delegation included Norway's consul, Lars Nilsen, the embassy's spokesman, Sven Dahl, and Karin Lund.",
       "person:lars-nilsen -> office:NO:consul (country:NO); person:sven-dahl -> office:NO:spokesman (country:NO)"},
      // A first name with no title of its own keeps the title after it.
      {"Guests included Luis Mendoza, Secretary General of the Ministry of Foreign Affairs, and Ana Prieto.",
       "person:luis-mendoza -> office:ministry-of-foreign-affairs:secretary-general (organization:ministry-of-foreign-affairs)"},
      // An owner in lower case that names no one, then the holder after a comma.
      {"The deputy governor of the central bank, Maria Costa, briefed reporters.", "person:maria-costa -> office:_:deputy-governor (-)"},
      // No name right after the second title's comma: it stays with the name before it.
      {"President Tomas Reyes, chairman of the regional bloc, met Erik Holm.",
       "person:tomas-reyes -> office:_:chairman (-); person:tomas-reyes -> office:_:president (-)"},
  });
}

TEST_CASE("an owner the title leaves implicit") {
  check_rows({
      // A list of titled people shares the first one's owner.
      {"US Trade Representative Ann Price and Treasury Secretary Tom Hale called.",
       "person:ann-price -> office:US:trade-representative (country:US); person:tom-hale -> office:US:treasury-secretary (country:US)"},
      // A delegation names its country once.
      {"US officials, including Commerce Secretary Howard Lutnick, met Japan's Ryosei Akazawa.",
       "person:howard-lutnick -> office:US:commerce-secretary (country:US)"},
      // "his": the person the story was about.
      {"Ugandan President Yusuf Okello cancelled a trip. His spokesperson, Sam Obua, said so.",
       "person:sam-obua -> office:UG:spokesperson (country:UG); person:yusuf-okello -> office:UG:president (country:UG)"},
      // A title one country alone has.
      {"Taoiseach Sean Byrne spoke.", "person:sean-byrne -> office:IE:taoiseach (country:IE)"},
      // The story's one country, for a state office.
      {"Kenya said so. Kenya agreed. Finance Minister Musa Otieno spoke.",
       "person:musa-otieno -> office:KE:finance-minister (country:KE)"},
      // Two countries, neither dominant: no guess.
      {"Kenji Morimoto flew from China to Japan. President Tony Marsh spoke.", "person:tony-marsh -> office:_:president (-)"},
      // An ambassador is rarely from the country the story is about.
      {"Syria said Syria would talk. Syria agreed. Ambassador Lena Park arrived.", "person:lena-park -> office:_:ambassador (-)"},
      // An owner written after the last of two titled names is the first one's too; not over a name with no title.
      {"Present were Counsellor Ms. Ingrid Berg and First Secretary Mr. Lars Nilsen of the Norwegian Embassy.",
       "person:ingrid-berg -> office:NO:counsellor (country:NO); person:lars-nilsen -> office:NO:first-secretary (country:NO)"},
      {"Present were Counsellor Ingrid Berg and Lars Nilsen of the Norwegian Embassy.", "person:ingrid-berg -> office:_:counsellor (-)"},
      // A story about an envoy posted to a country is told from there, however often the envoy's country is named.
      {"Chinese Ambassador to Nepal Chen Song called on Prime Minister Ram Thapa. Chen praised Chinese aid and Chinese firms.",
       "person:chen-song -> office:CN:ambassador (country:CN); person:ram-thapa -> office:NP:prime-minister (country:NP)"},
  });
}

TEST_CASE("a title is an office only with a named holder") {
  check_rows({
      {"The Prime Minister said so.", ""},
      {"Kenya's foreign minister said the talks went well.", ""},
  });
  const Document doc = resolved("The Prime Minister said so. Kenyan President Musa Otieno agreed.");
  CHECK(testing::ids_of_type(doc, EntityType::office) == std::vector<std::string>{"office:KE:president"});
}

TEST_CASE("the holder takes the office's country; the office records its owner") {
  const Document doc = resolved("Treasury Secretary of the United States Scott Bessent met IMF Managing Director Kristalina Georgieva.");
  const Entity* bessent = testing::find_entity(doc, "person:scott-bessent");
  const Entity* treasury = testing::find_entity(doc, "office:US:treasury-secretary");
  const Entity* imf_office = testing::find_entity(doc, "office:international-monetary-fund:managing-director");
  REQUIRE(bessent != nullptr);
  REQUIRE(treasury != nullptr);
  REQUIRE(imf_office != nullptr);
  CHECK(bessent->attributes.at("country") == "country:US");
  CHECK(treasury->attributes.at("country") == "country:US");
  CHECK(treasury->label == "Treasury Secretary");
  CHECK(imf_office->attributes.at("organization") == "organization:international-monetary-fund");
  // An organization's office gives its holder no country.
  const Entity* georgieva = testing::find_entity(doc, "person:kristalina-georgieva");
  REQUIRE(georgieva != nullptr);
  CHECK_FALSE(georgieva->attributes.contains("country"));
}

TEST_CASE("a government body's office belongs to the body, and its holder to the body's country") {
  check_rows({
      {"Cambodian Foreign Ministry spokesperson Sok Vanna said the dates did not suit.",
       "person:sok-vanna -> office:cambodian-foreign-ministry:spokesperson (organization:cambodian-foreign-ministry)"},
      // A state's title after a country stays the country's.
      {"Nepal's Foreign Ministry spokesperson Hari Thapa and Prime Minister Ram Adhikari spoke.",
       "person:hari-thapa -> office:NP:foreign-ministry:spokesperson (organization:NP:foreign-ministry); "
       "person:ram-adhikari -> office:NP:prime-minister (country:NP)"},
  });
  // A body that names no country is the country's the story is about.
  const Document nepal = resolved("Nepal's Foreign Ministry spokesperson Hari Thapa spoke. Nepal will vote. Nepal is ready.");
  const auto body_office = std::find_if(nepal.entities.begin(), nepal.entities.end(), [](const Entity& e) { return e.type == EntityType::office; });
  REQUIRE(body_office != nepal.entities.end());
  CHECK(body_office->attributes.at("country") == "country:NP");
  // The office carries both owners; the holder acts for the country.
  const Document doc = resolved("Cambodian Foreign Ministry spokesperson Sok Vanna said the dates did not suit.");
  const auto office = std::find_if(doc.entities.begin(), doc.entities.end(), [](const Entity& e) { return e.type == EntityType::office; });
  REQUIRE(office != doc.entities.end());
  CHECK(office->attributes.at("country") == "country:KH");
  // Its name as written with the owner is kept as an alias, for search and merging.
  CHECK(std::find(office->aliases.begin(), office->aliases.end(), "Cambodian Foreign Ministry spokesperson") != office->aliases.end());
}

TEST_CASE("relate: a government body's office holder is affiliated with the body's country, the office with the body") {
  const Document doc = testing::process("Cambodian Foreign Ministry spokesperson Sok Vanna said the dates did not suit.");
  CHECK(testing::has_relation(doc, "office_of", "office:cambodian-foreign-ministry:spokesperson", "organization:cambodian-foreign-ministry"));
  CHECK(testing::has_relation(doc, "affiliated_with", "person:sok-vanna", "country:KH"));
  CHECK_FALSE(testing::has_relation(doc, "affiliated_with", "person:sok-vanna", "organization:cambodian-foreign-ministry"));
}
