// Stage 5, resolve: turn mentions into the document's entities.
//
// Within a document: a surname or a shorter form joins the full name it
// refers to ("Akazawa" -> Ryosei Akazawa), weak person candidates are kept
// only when the document supports them, and every mention gets its entity.
// Ids are deterministic (type + normalized canonical name; ISO alpha-2 for
// countries), so entities of different documents merge by id in the graph.
#pragma once

#include <string>
#include <string_view>

#include "newsgraph/model.hpp"

namespace newsgraph {

class Lexicon;

/// "person:ryosei-akazawa", "country:JP", "office:JP:finance-minister".
std::string make_id(EntityType type, std::string_view name);
std::string make_office_id(std::string_view owner_id, std::string_view title);

/// Fills doc.entities and sets Mention::entity; drops unsupported mentions.
void resolve(Document& doc, const Lexicon& lexicon);

/// Adds (or finds) an entity by id and records a mention span and surface
/// form; returns its index in doc.entities.
int add_entity(Document& doc, EntityType type, const std::string& id, const std::string& label);
void add_surface(Document& doc, int entity, Span span);

/// A country that a relation names but the text does not ("White House
/// spokesman" acts for the US) becomes an entity of the document, with no
/// mention (no words name it; the relations' evidence supports it): a
/// document's relations never point outside it, so its graph does not depend
/// on what other documents were read first.
void add_implied_countries(Document& doc, const Lexicon& lexicon);

}  // namespace newsgraph
