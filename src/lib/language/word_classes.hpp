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

// Every class, once: X(name) with what it means. The enum and the names
// data/word_classes.tsv uses are both made from this list, so they cannot
// drift apart.
#define NEWSGRAPH_WORD_CLASSES(X) \
  X(determiner)              /* may open a noun phrase before its head: "the two leaders", "his counterpart" */ \
  X(definite_article)        /* the definite article */ \
  X(indefinite_article)      /* the indefinite articles */ \
  X(article)                 /* any article: a description follows ("X, the former Chadian dictator") */ \
  X(conjunction)             /* joins two actors or clauses */ \
  X(additive_conjunction)    /* joins two actors, clauses or verbs: "X and Y met", "reiterated ..., and indicated" */ \
  X(coordinator)             /* joins the items of a list of actors: "X, Y as well as Z" */ \
  X(inclusion)               /* introduces the named part of a group: "US officials, including X and Y" */ \
  X(genitive)                /* links a head to its owner: "President of Russia" */ \
  X(group_noun)              /* a plural noun naming people who act together: "the two leaders", "both sides" */ \
  X(unnamed_informant)       /* right before a verb of saying, someone the text does not name: "a government source said" */ \
  X(group_head)              /* heads a list of countries it stands for: "the leaders of A, B and C" */ \
  X(body_head_word)         /* a title standing for whoever heads the body named with it: "the head of the WHO" */ \
  X(leader_noun)             /* a singular noun standing for a country's leader: "the Chinese leader", "his Egyptian counterpart" */ \
  X(definite_leader_noun)    /* after "the" and an organization or country, stands for its top person: "the WHO high official", "the company's chief" */ \
  X(delegation_noun)         /* a noun that makes a country's people a delegation acting for it: "US officials, including ..." */ \
  X(affiliation_gap)         /* may stand between a country and the person it qualifies: "Argentine counterpart X" */ \
  X(title_gap)               /* may stand between an owner and its title: "Japan's top trade representative" */ \
  X(owner_title_gap)         /* may stand between an owner written before a title and the title, when the title's holder is looked up */ \
  X(body_noun)               /* a common noun naming an organization: "the ministry said" */ \
  X(state_itself)            /* a body noun that is the country itself, not one of its bodies: "the Chinese government" */ \
  X(clause_word)             /* ends a noun phrase: prepositions, conjunctions, relatives, auxiliaries, time words */ \
  X(actor_verb)              /* a verb that often follows its actor and is no trigger: "Iran and Oman held indirect talks" (not a noun the actor qualifies, as in "EU ministers") */ \
  X(preposition)             /* a preposition governing the country after it: "envoy for Syria Tom Berg" (Syria does not qualify Berg) */ \
  X(place_preposition)       /* after it a capital or a capitalized phrase is a place: "talks in Washington" */ \
  X(movement_verb)           /* a verb whose object is a place: "visited Tehran", "left Moscow" */ \
  X(body_possessive)         /* a possessive standing for a body or a country: "Its chairwoman, X," */ \
  X(visit_paying_verb)       /* a verb that a visit noun is the object of: "invited X to pay a state visit" */ \
  X(statement_issue_verb)    /* between a statement noun and its author: "a statement issued by X" */ \
  X(journey_verb)            /* a going somewhere that a meeting may be the purpose of: "will travel to Warsaw for talks" */ \
  X(area_noun)               /* after an unknown capitalized name, makes it a region: "KwaZulu-Natal province", "Ogun state" */ \
  X(place_noun)              /* "the capital of Moscow", "the city of X": the name after it is a place */ \
  X(name_joiner)             /* joins the words of an organization's name after its head word: "Ministry of Foreign Affairs" */ \
  X(owner_preposition)       /* after a title, introduces whose it is: "President of Russia", "spokesman for the White House" */ \
  X(portfolio_preposition)   /* after a title, introduces a portfolio the title does not name: "Cabinet Secretary for Foreign Affairs" */ \
  X(portfolio_joiner)        /* joins the capitalized words of a portfolio: "for Trade and Industry" */ \
  X(description_stop)        /* ends a description in apposition before its head noun: "a hub for every investor" */ \
  X(person_pronoun)          /* a pronoun that stands for a person (not "it": a thing more often than a country) */ \
  X(possessive_pronoun)      /* a person's possessive: "his spokesperson", "her counterpart" */ \
  X(plural_pronoun)          /* a pronoun that stands for the two people just named */ \
  X(object_pronoun)          /* an object that names someone unnamed */ \
  X(person_object_pronoun)   /* an object standing for a person named before: "X received him" */ \
  X(collective_possessive)   /* the participants are named elsewhere: "their meeting" */ \
  X(pair_determiner)         /* before a group noun, means the two just named: "the two leaders", "both presidents" */ \
  X(fronting)                /* opens a phrase fronted before the subject, closed by a comma: "During the visit, X said" */ \
  X(aftermath_preposition)   /* before "a" and a meeting word, says the meeting took place: "said after a two-hour meeting" */ \
  X(sentence_connective)     /* opens a sentence before its fronted phrases and subject: "But on Sunday, X said" */ \
  X(led_by)                  /* after a delegation noun, introduces who leads it: "a delegation led by X" */ \
  X(delegation_source)       /* after a delegation noun, introduces whom it comes from: "a delegation from the World Bank" */ \
  X(date_preposition)        /* after a word of delay, introduces the new date: "postponed until May", "rescheduled for Monday" */ \
  X(invite_verb)             /* "X invited Y to visit": X will host Y */ \
  X(clause_boundary)         /* opens a subordinate clause: the actor left of a verb is not looked for past it */ \
  X(sequence_adverb)         /* may stand between a subject and its verb: "X also met Y" */ \
  X(speech_adverb)           /* may stand between a speaker and a verb of saying: "X reportedly said" (also any -ly adverb) */ \
  X(relative_pronoun)        /* opens a relative clause in apposition: "X, who is on a visit, met Y" */ \
  X(invitation_marker)       /* after a visit, introduces its host: "will visit Kenya at the invitation of President X" */ \
  X(accompaniment)           /* after a person, introduces who goes with them, on their side: "X, accompanied by Y, met Z" */ \
  X(event_preposition)       /* after a verb of saying, introduces its occasion, not its hearer: "said in a statement" */ \
  X(gerund_opener)           /* before a gerund that takes objects like a verb: "after meeting X", "by meeting with Y" */ \
  X(infinitive_marker)       /* to: "agreed to meet" (a meeting still to come), "called on X to act" (an appeal) */ \
  X(joint_action_link)       /* in: "joined X in condemning" (doing something alongside, no meeting) */ \
  X(mutual_preposition)      /* after a meeting noun, introduces all its participants: "talks between X and Y" */ \
  X(partner_preposition)     /* after a meeting trigger, introduces the other party: "met with Y" */ \
  X(conversation_partner)    /* after a verb of speaking, introduces who was spoken with: "spoke with Y", "talked to Y" */ \
  X(honouree)                /* after a meal word, introduces whom it is for: "a dinner in honour of Y" */ \
  X(welcome_verb)            /* a verb of saying that is a reception when a person and a welcome_place follow: "welcomed Y to Z" */ \
  X(welcome_place)           /* after "welcomed Y": where Y was welcomed, which makes it a reception */ \
  X(agent_preposition)       /* introduces the agent of a passive: "was greeted by Y", "a statement released by X" */ \
  X(destination_preposition) /* after a visit trigger, introduces where the visit goes: "a visit to Russia" */ \
  X(upon_preposition)        /* after "called" or a meeting verb, introduces the one visited: "called on the president" */ \
  X(purpose_preposition)     /* before a meeting noun, says it is what an earlier verb was for: "hosted X for talks" */ \
  X(visit_link)              /* may stand between a visit trigger and the country visited: "to the capital of X" */ \
  X(event_margin)            /* "held talks on the sidelines of the summit": the place of the talks, not a party to them */ \
  X(call_object_end)         /* may follow the person called: "X called Y on Monday" (not "called Y a liar") */ \
  X(passive_auxiliary)       /* before a verb of saying, makes it passive or a second verb: no speaker stands before it */ \
  X(hearer_verb)             /* introduces the hearer of a statement: "told reporters", "said to X" */ \
  X(press_noun)              /* the press as a hearer: "told reporters" */ \
  X(statement_noun)          /* a written statement as the medium */ \
  X(statement_source)        /* after a statement noun, introduces its author: "according to a statement from the ministry" */ \
  X(post_word)               /* a social-media post as the medium */ \
  X(speech_negation)         /* before a verb of saying, means nothing was said: "did not say", "declined to comment" */ \
  X(negated_infinitive)      /* between a negation and a verb of saying: "declined to say", "didn't say" */ \
  X(complementizer)          /* opens the reported clause: "said that ..." */ \
  X(speech_circumstance)     /* after a verb of saying, introduces when, where or how it was said, not what */ \
  X(relative_time)           /* with a time unit, a date in words: "last week", "next month" */ \
  X(time_unit)               /* a period named with last/next */ \
  X(adjunct_preposition)     /* introduces a place or time between a verb and its object: "received at the Elysée X" */ \
  X(time_determiner)         /* with a time unit or a weekday, a time adjunct: "this Monday", "last week" */ \
  X(time_word)               /* a time adjunct by itself: "met today" */ \
  X(day_part)                /* a part of a day after a weekday or today: "Monday morning" */ \
  X(call_source)             /* after a call noun, introduces the caller: "a phone call from X" */ \
  X(call_received)           /* between a call noun and its caller: "a phone call received Wednesday from X" */ \
  X(period_modifier)         /* before a month, a part of it: "mid June", "early May" */ \
  X(portfolio)               /* a field of government that narrows a role noun after it into a title: "finance spokesperson", "health critic" */ \
  X(portfolio_role)          /* a role noun that a portfolio before it narrows into a title: "finance spokesperson" */ \
  X(voice_of)                /* after a person's possessive, who speaks for them: "his office said", "Mwangi's spokesman said" */ \
  X(deed_object)             /* after a verb of saying, what makes it a deed and no words: "claimed responsibility", "claimed the lives of" */ \
  X(surname_title)           /* a title that is also a family name: after a given name, with no name after it, the surname: "Julie Bishop", "Stephen King" */ \
  X(regnal_title)            /* a monarch's title that is part of how news names one known by one name: "King Abdullah", "Prince William" */ \
  X(place_cue)               /* before a name the learned recognizer found, makes it a place where something happens: "in Wexford", "visited Hambantota" */ \
  X(headline_minor_word)     /* a short word a headline in Title Case leaves in lower case: "Talks in Rome Go On" */ \
  X(name_connector)          /* a lower-case word joining capitalized words of one name: "Bank of Japan", "Ursula von der Leyen" */ \
  X(person_name_end)         /* ends a person's name the learned recognizer found: "Justin Trudeau of Canada" */ \
  X(quoted_by)               /* before a medium that quotes someone: "X was quoted by the BBC as saying" */ \
  X(participation_cue)      /* in a sentence after a meeting word, the people named there take part in it: "A and B will attend" */ \
  X(speaker_joiner)         /* after a comma, joins a second speaker's clause: "X said A, while Y said B" */ \
  X(presence_cue)            /* in a sentence after a meeting, says the people named there took part: "X and Y were in attendance" */ \
  X(attendance_cue)          /* after a meeting word, the people who take part follow: "the summit was attended by X, Y and Z" */ \
  X(list_marker)             /* opens a bulleted line: "- President X of Y [phone call]" */ \
  X(honorific)               /* after "his"/"her" and written alone, stands for a person as "he" does: "His Majesty said" */ \
  X(person_epithet)          /* after "the" and its modifiers, a noun that describes a person already named: "the Kentucky Republican said" */ \
  X(neuter_pronoun)          /* before a verb of saying, the body or country whose words were just given: "..., it said" */ \
  X(work_head)               /* last word of the name of a work, prize or event named after a person: "The Andrew Marr Show", "Nobel Prize" */ \
  X(place_relative)          /* a relative word that continues a clause about a place: "X's visit to Tripoli, where he met Y" */ \
  X(any_organization_noun)   /* a body noun that stands for the organization named last, whatever its name: "the firm added" */ \
  X(organization_description) /* a noun only an organization answers to, describing a name next to it: "the airline Ardent Air", "X, a Portuguese conglomerate" */ \
  X(place_opener)            /* capitalized, first word of a place's name whatever follows: "Lake Naivasha", "Mount Kenya" */ \
  X(corporate_part)          /* what only a company has, around its name: "shares in X", "X's annual report", "X chief executive Y" */ \
  X(corporate_holding)       /* a holding in a company, before "in"/"of" and its name: "shares in X", "a stake in X" */ \
  X(corporate_part_link)     /* of, in: between a company's part and its name: "the headquarters of X", "a stake in X" */ \
  X(named_institution)       /* a body whose one capitalized word is its name: "the Senate", "Congress", "Parliament" */ \
  X(body_team)               /* people who act for a body named before them: "a World Bank delegation", "IMF officials" */ \
  X(body_professionals)      /* people a body employs for their expertise, before "at" and its name: "analysts at X" */ \
  X(professional_link)       /* at: "economists at X" */ \
  X(neuter_possessive)       /* its: a sentence's subject that "its" refers back to is a thing, a body: "Nordea cut its forecast" */ \
  X(body_kind_after)         /* an organization's kind written after its name in lower case: "the ruling New Dawn party" */ \
  X(house_number_marker)     /* before a house number: "No. 10 Downing Street" is an address, a place */ \
  X(place_office)            /* an office of a city or a region, named with the place it serves: "Lisbon mayor" */ \
  X(portfolio_filler)        /* a word a ministry's name may add or leave out: "Ministry of Foreign Affairs" is the "Foreign Ministry" */ \
  X(title_time_prefix)       /* before a hyphen and a capitalized title, a word of its own: "ex-President", "then-Prime Minister" */ \
  X(place_office_link)       /* joins a city's or a region's office to its place in the office's name: "mayor of Lisbon" */ \
  X(name_possessive)         /* a plural noun whose possessive continues a name: "the People's Alliance Party" */ \
  X(street_head)             /* last word of a street's name: with a house number before it, an address */ \
  X(feminine_pronoun)        /* a pronoun for a woman: "she said" is not a man's statement */ \
  X(masculine_pronoun)       /* a pronoun for a man */ \
  X(feminine_title)          /* a title only women bear, before a name: "Mrs", "Queen" */ \
  X(masculine_title)         /* a title only men bear, before a name: "Mr", "King" */ \
  X(region_office)           /* an office of a region, not of a country: "Governor X of Georgia" is the US state's */ \
  X(venue_preposition)       /* before a name, says it is where something happens: "met at the Kantei" */ \
  X(building_head)           /* last word of a body's name that is also its building: "at Government House", "at the Chancellery" */ \
  X(credit_mark)             /* before a colon, opens a photo's credit: "Photo: PID", "File photo: Jordan News" */ \
  X(reception_place)         /* a common noun of a place where someone is received: "at the airport", "at the presidential palace" */ \
  X(venue_head)              /* after a name, makes it the name of a residence or palace where leaders meet: "Belém Palace", "Shital Niwas" */ \
  X(diplomatic_mission)      /* a word of a body that a state keeps abroad; with mission_link and a place after it, the place is part of the name: "Embassy of Angola in Kenya" */ \
  X(mission_link)            /* joins a diplomatic mission's name to the place it is in: "the Chinese Embassy in Colombo" */ \
  X(title_link)              /* joins a title to the title it serves, making one long title: "Adviser to the Prime Minister" */ \
  X(portfolio_link)          /* after a long title, introduces the field it serves in: "Adviser to the Prime Minister for Commerce" */ \
  X(counterpart_noun)        /* after a demonym, the person who holds the same title for that country: "his Iranian counterpart X" */ \
  X(mutual_adverb)           /* after a meal or a conversation, says its actors shared it: "X and Y had dinner together", "spoke with each other" */ \
  X(one_by_one)              /* says the people met were met one at a time, each a meeting of its own: "met separately with X and Y" */ \
  X(lesser_rank)             /* in a title, makes it a lower office than the title without it: "vice president" is no "president" */ \
  X(head_of_state_role)      /* a title written alone that stands for whoever heads the state: "the head of state said" */ \
  X(head_of_state_head)      /* the last word of a head of state's title: "President", "King", "Emir" */ \
  X(envoy_role)              /* a title written alone that stands for whoever holds a diplomatic post: "the envoy said" */ \
  X(diplomatic_post_head)    /* the last word of a diplomat's title: "Ambassador", "Envoy", "Commissioner", "affaires" */ \
  X(crowd_noun)              /* people the text does not name, as a subject: "the unions met with X" (no one named before) */ \
  X(owned_title)             /* a lower-case title that is an office only for the organization named right before it: "Labour leader X" */ \
  X(fronted_copula)          /* after a fronted purpose, introduces the people it was theirs: "To see off X were A and B" */ \
  X(said_anaphor)            /* right after a verb of saying, stands for words told before: "He said this at a meeting" */ \
  X(source_lead)             /* with the preposition after it, introduces who said something, never a place: "according to Lima" */ \
  X(ordinal)                 /* may stand between a title and its article or owner: "X, the third Deputy Prime Minister" */ \
  X(meeting_manner)          /* after a meeting verb, says how they met, never whom: "met privately", "met behind closed doors" */ \
  X(holder_copula)          /* after a person opening a clause, the title they hold follows: "X was sworn in as president" */ \
  X(relative_copula)         /* after a name and a comma, introduces the title the person holds: "X, who is Ghana's foreign minister" */ \
  X(compound_modifier)       /* the lower-case end of a hyphened word that describes the name after it: "Lagos-based X", "Saudi-led Y" */

enum class WordClass : std::uint8_t {
#define NEWSGRAPH_WORD_CLASS_ENUM(name) name,
  NEWSGRAPH_WORD_CLASSES(NEWSGRAPH_WORD_CLASS_ENUM)
#undef NEWSGRAPH_WORD_CLASS_ENUM
  count
};

inline constexpr std::array<std::string_view, static_cast<std::size_t>(WordClass::count)> kWordClassNames = {
#define NEWSGRAPH_WORD_CLASS_NAME(name) #name,
    NEWSGRAPH_WORD_CLASSES(NEWSGRAPH_WORD_CLASS_NAME)
#undef NEWSGRAPH_WORD_CLASS_NAME
};

/// The class named `name` in data/word_classes.tsv, if there is one.
std::optional<WordClass> word_class_from_name(std::string_view name);

}  // namespace newsgraph
