// Classes of ordinary words that the rules read. The rules name a class
// ("a determiner may open the phrase"); data/word_classes.tsv says which
// words are in it, so the language knowledge can be read, extended and
// checked without touching C++. A word may be in several classes; a class
// member may be a phrase of several words ("as well as").
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace newsgraph {

enum class WordClass : std::uint8_t {
  determiner,  ///< may open a noun phrase before its head: "the two leaders", "his counterpart"
  definite_article,  ///< the definite article
  indefinite_article,  ///< the indefinite articles
  article,  ///< any article: a description follows ("X, the former Chadian dictator")
  conjunction,  ///< joins two actors or clauses
  additive_conjunction,  ///< joins two actors, clauses or verbs: "X and Y met", "reiterated ..., and indicated"
  coordinator,  ///< joins the items of a list of actors: "X, Y as well as Z"
  inclusion,  ///< introduces the named part of a group: "US officials, including X and Y"
  genitive,  ///< links a head to its owner: "President of Russia"
  group_noun,  ///< a plural noun naming people who act together: "the two leaders", "both sides"
  group_head,  ///< heads a list of countries it stands for: "the leaders of A, B and C"
  leader_noun,  ///< a singular noun standing for a country's leader: "the Chinese leader", "his Egyptian counterpart"
  definite_leader_noun,  ///< after "the" and an organization or country, stands for its top person: "the WHO high official", "the company's chief"
  delegation_noun,  ///< a noun that makes a country's people a delegation acting for it: "US officials, including ..."
  affiliation_gap,  ///< may stand between a country and the person it qualifies: "Argentine counterpart X"
  title_gap,  ///< may stand between an owner and its title: "Japan's top trade representative"
  owner_title_gap,  ///< may stand between an owner written before a title and the title, when the title's holder is looked up
  body_noun,  ///< a common noun naming an organization: "the ministry said"
  state_itself,  ///< a body noun that is the country itself, not one of its bodies: "the Chinese government"
  clause_word,  ///< ends a noun phrase: prepositions, conjunctions, relatives, auxiliaries, time words
  preposition,  ///< a preposition governing the country after it: "envoy for Syria Tom Berg" (Syria does not qualify Berg)
  place_preposition,  ///< after it a capital or a capitalized phrase is a place: "talks in Washington"
  movement_verb,  ///< a verb whose object is a place: "visited Tehran", "left Moscow"
  place_noun,  ///< "the capital of Moscow", "the city of X": the name after it is a place
  name_joiner,  ///< joins the words of an organization's name after its head word: "Ministry of Foreign Affairs"
  owner_preposition,  ///< after a title, introduces whose it is: "President of Russia", "spokesman for the White House"
  portfolio_preposition,  ///< after a title, introduces a portfolio the title does not name: "Cabinet Secretary for Foreign Affairs"
  portfolio_joiner,  ///< joins the capitalized words of a portfolio: "for Trade and Industry"
  description_stop,  ///< ends a description in apposition before its head noun: "a hub for every investor"
  person_pronoun,  ///< a pronoun that stands for a person (not "it": a thing more often than a country)
  possessive_pronoun,  ///< a person's possessive: "his spokesperson", "her counterpart"
  plural_pronoun,  ///< a pronoun that stands for the two people just named
  object_pronoun,  ///< an object that names someone unnamed
  collective_possessive,  ///< the participants are named elsewhere: "their meeting"
  pair_determiner,  ///< before a group noun, means the two just named: "the two leaders", "both presidents"
  fronting,  ///< opens a phrase fronted before the subject, closed by a comma: "During the visit, X said"
  sentence_connective,  ///< opens a sentence before its fronted phrases and subject: "But on Sunday, X said"
  led_by,  ///< after a delegation noun, introduces who leads it: "a delegation led by X"
  date_preposition,  ///< after a word of delay, introduces the new date: "postponed until May", "rescheduled for Monday"
  invite_verb,  ///< "X invited Y to visit": X will host Y
  clause_boundary,  ///< opens a subordinate clause: the actor left of a verb is not looked for past it
  sequence_adverb,  ///< may stand between a subject and its verb: "X also met Y"
  speech_adverb,  ///< may stand between a speaker and a verb of saying: "X reportedly said" (also any -ly adverb)
  relative_pronoun,  ///< opens a relative clause in apposition: "X, who is on a visit, met Y"
  event_preposition,  ///< after a verb of saying, introduces its occasion, not its hearer: "said in a statement"
  gerund_opener,  ///< before a gerund that takes objects like a verb: "after meeting X", "by meeting with Y"
  infinitive_marker,  ///< to: "agreed to meet" (a meeting still to come), "called on X to act" (an appeal)
  mutual_preposition,  ///< after a meeting noun, introduces all its participants: "talks between X and Y"
  partner_preposition,  ///< after a meeting trigger, introduces the other party: "met with Y"
  agent_preposition,  ///< introduces the agent of a passive: "was greeted by Y", "a statement released by X"
  destination_preposition,  ///< after a visit trigger, introduces where the visit goes: "a visit to Russia"
  upon_preposition,  ///< after "called" or a meeting verb, introduces the one visited: "called on the president"
  visit_link,  ///< may stand between a visit trigger and the country visited: "to the capital of X"
  event_margin,  ///< "held talks on the sidelines of the summit": the place of the talks, not a party to them
  call_object_end,  ///< may follow the person called: "X called Y on Monday" (not "called Y a liar")
  passive_auxiliary,  ///< before a verb of saying, makes it passive or a second verb: no speaker stands before it
  hearer_verb,  ///< introduces the hearer of a statement: "told reporters", "said to X"
  press_noun,  ///< the press as a hearer: "told reporters"
  statement_noun,  ///< a written statement as the medium
  post_word,  ///< a social-media post as the medium
  speech_negation,  ///< before a verb of saying, means nothing was said: "did not say", "declined to comment"
  negated_infinitive,  ///< between a negation and a verb of saying: "declined to say", "didn't say"
  complementizer,  ///< opens the reported clause: "said that ..."
  speech_circumstance,  ///< after a verb of saying, introduces when, where or how it was said, not what
  relative_time,  ///< with a time unit, a date in words: "last week", "next month"
  time_unit,  ///< a period named with last/next
  adjunct_preposition,  ///< introduces a place or time between a verb and its object: "received at the Elysée X"
  time_determiner,  ///< with a time unit or a weekday, a time adjunct: "this Monday", "last week"
  time_word,  ///< a time adjunct by itself: "met today"
  day_part,  ///< a part of a day after a weekday or today: "Monday morning"
  call_source,  ///< after a call noun, introduces the caller: "a phone call from X"
  call_received,  ///< between a call noun and its caller: "a phone call received Wednesday from X"
  period_modifier,  ///< before a month, a part of it: "mid June", "early May"
  portfolio,  ///< a field of government that narrows a role noun after it into a title: "finance spokesperson", "health critic"
  portfolio_role,  ///< a role noun that a portfolio before it narrows into a title: "finance spokesperson"
  regnal_title,  ///< a monarch's title that is part of how news names one known by one name: "King Abdullah", "Prince William"
  place_cue,  ///< before a name the learned recognizer found, makes it a place where something happens: "in Wexford", "visited Hambantota"
  headline_minor_word,  ///< a short word a headline in Title Case leaves in lower case: "Talks in Rome Go On"
  name_connector,  ///< a lower-case word joining capitalized words of one name: "Bank of Japan", "Ursula von der Leyen"
  person_name_end,  ///< ends a person's name the learned recognizer found: "Justin Trudeau of Canada"
  attendance_cue,  ///< after a meeting word, the people who take part follow: "the summit was attended by X, Y and Z"
  list_marker,  ///< opens a bulleted line: "- President X of Y [phone call]"
  honorific,  ///< after "his"/"her" and written alone, stands for a person as "he" does: "His Majesty said"
  work_head,  ///< last word of the name of a work, prize or event named after a person: "The Andrew Marr Show", "Nobel Prize"
  place_relative,  ///< a relative word that continues a clause about a place: "X's visit to Tripoli, where he met Y"
  any_organization_noun,  ///< a body noun that stands for the organization named last, whatever its name: "the firm added"
  venue_head,  ///< after a name, makes it the name of a residence or palace where leaders meet: "Belém Palace", "Shital Niwas"
  title_link,  ///< joins a title to the title it serves, making one long title: "Adviser to the Prime Minister"
  portfolio_link,  ///< after a long title, introduces the field it serves in: "Adviser to the Prime Minister for Commerce"
  counterpart_noun,  ///< after a demonym, the person who holds the same title for that country: "his Iranian counterpart X"
  count
};

inline constexpr std::array<std::string_view, static_cast<std::size_t>(WordClass::count)> kWordClassNames = {
    "determiner",
    "definite_article",
    "indefinite_article",
    "article",
    "conjunction",
    "additive_conjunction",
    "coordinator",
    "inclusion",
    "genitive",
    "group_noun",
    "group_head",
    "leader_noun",
    "definite_leader_noun",
    "delegation_noun",
    "affiliation_gap",
    "title_gap",
    "owner_title_gap",
    "body_noun",
    "state_itself",
    "clause_word",
    "preposition",
    "place_preposition",
    "movement_verb",
    "place_noun",
    "name_joiner",
    "owner_preposition",
    "portfolio_preposition",
    "portfolio_joiner",
    "description_stop",
    "person_pronoun",
    "possessive_pronoun",
    "plural_pronoun",
    "object_pronoun",
    "collective_possessive",
    "pair_determiner",
    "fronting",
    "sentence_connective",
    "led_by",
    "date_preposition",
    "invite_verb",
    "clause_boundary",
    "sequence_adverb",
    "speech_adverb",
    "relative_pronoun",
    "event_preposition",
    "gerund_opener",
    "infinitive_marker",
    "mutual_preposition",
    "partner_preposition",
    "agent_preposition",
    "destination_preposition",
    "upon_preposition",
    "visit_link",
    "event_margin",
    "call_object_end",
    "passive_auxiliary",
    "hearer_verb",
    "press_noun",
    "statement_noun",
    "post_word",
    "speech_negation",
    "negated_infinitive",
    "complementizer",
    "speech_circumstance",
    "relative_time",
    "time_unit",
    "adjunct_preposition",
    "time_determiner",
    "time_word",
    "day_part",
    "call_source",
    "call_received",
    "period_modifier",
    "portfolio",
    "portfolio_role",
    "regnal_title",
    "place_cue",
    "headline_minor_word",
    "name_connector",
    "person_name_end",
    "attendance_cue",
    "list_marker",
    "honorific",
    "work_head",
    "place_relative",
    "any_organization_noun",
    "venue_head",
    "title_link",
    "portfolio_link",
    "counterpart_noun"};

/// The class named `name` in data/word_classes.tsv, if there is one.
std::optional<WordClass> word_class_from_name(std::string_view name);

}  // namespace newsgraph
