// Stage 5, resolve: what every mention stands for. All of the document's
// entities and ids are made here, and all of its coreference is worked out
// here; relate only reads the result.
//
//  - names.cpp: names to entities. A surname or a shorter form joins the
//    full name it refers to ("Akazawa" -> Ryosei Akazawa), weak person
//    candidates are kept only when the document supports them.
//  - offices.cpp: titles next to people to office entities, with their
//    owner (Document::holdings).
//  - affiliations.cpp: whom a person acts for where no title says it
//    (Document::affiliations); a country only implied becomes an entity.
//  - coref.cpp: pronouns, titles alone, "the two leaders", "the ministry",
//    and each sentence's subject (Document::references).
//
// Ids are deterministic (type + normalized canonical name; ISO alpha-2 for
// countries; offices also by their owner), so entities of different
// documents merge by id in the graph.
#pragma once

#include <string>
#include <string_view>

#include "language/reading.hpp"
#include "newsgraph/model.hpp"

namespace newsgraph {

class Lexicon;

/// "person:ryosei-akazawa", "country:JP", "office:JP:finance-minister".
std::string make_id(EntityType type, std::string_view name);
std::string make_office_id(std::string_view owner_id, std::string_view title);

/// Every step below, in order; returns the Reading that relate goes on with.
Reading resolve(Document& doc, const Lexicon& lexicon, TokenKeys keys);
/// The same, with the document's token keys made here.
void resolve(Document& doc, const Lexicon& lexicon);

/// Fills doc.entities and sets Mention::entity; drops unsupported mentions.
void resolve_names(Document& doc, const Lexicon& lexicon);
/// Office entities and doc.holdings from the title mentions.
void resolve_offices(Reading& reading);
/// doc.affiliations, and the "country" attribute of the people they name.
void resolve_affiliations(Reading& reading);
/// "his Iranian counterpart Y": Y holds the title of the person the
/// sentence is about, for Iran (after coreference).
void resolve_counterparts(Reading& reading);
/// A country that a holding or an affiliation names but the text does not
/// ("White House spokesman" acts for the US) becomes an entity of the
/// document, with no mention (no words name it; the relations' evidence
/// supports it): a document's relations never point outside it, so its
/// graph does not depend on what other documents were read first.
void add_implied_countries(Document& doc, const Lexicon& lexicon);

/// Adds (or finds) an entity by id and records a mention span and surface
/// form; returns its index in doc.entities.
int add_entity(Document& doc, EntityType type, const std::string& id, const std::string& label);
void add_surface(Document& doc, int entity, Span span);
// Records another name of an entity (no mention: its words may belong to other mentions).
void add_alias(Entity& entity, std::string_view form);

}  // namespace newsgraph
