#include "language/relate/relate.hpp"

#include "language/relate/rules.hpp"

namespace newsgraph {
namespace {

// holds_office, office_of and affiliated_with, in the order resolve found them.
// The holder of a government body's office acts for the body's country
// ("Cambodian Foreign Ministry spokesperson").
void relate_offices_and_affiliations(Document& doc) {
  const auto id = [&](int entity) -> const std::string& { return doc.entities[static_cast<std::size_t>(entity)].id; };
  for (const OfficeHolding& h : doc.holdings) {
    rules::add_relation(doc, "holds_office", id(h.holder), id(h.office), h.evidence);
    if (h.owner.empty()) continue;
    rules::add_relation(doc, "office_of", id(h.office), h.owner, h.evidence);
    rules::add_relation(doc, "affiliated_with", id(h.holder), h.country.empty() ? h.owner : h.country, h.evidence);
  }
  for (const Affiliation& a : doc.affiliations) rules::add_relation(doc, "affiliated_with", id(a.person), a.owner, a.evidence);
}

}  // namespace

void relate(Reading& reading) {
  Document& doc = reading.doc;
  doc.relations.clear();
  doc.meetings.clear();
  doc.statements.clear();
  relate_offices_and_affiliations(doc);
  const rules::Analysis analysis(reading);
  relate_meetings(reading, analysis);
  relate_statements(reading, analysis);
}

void relate(Document& doc, const Lexicon& lexicon) {
  Reading reading(doc, lexicon, token_keys(doc, lexicon));
  relate(reading);
}

}  // namespace newsgraph
