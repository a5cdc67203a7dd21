// Counterparts: "the Libyan Foreign Minister X spoke with his Iranian
// counterpart Y": Y holds the title X holds, for the country the
// demonym names. Runs after coreference, which says who the sentence is
// about; a counterpart who already holds an office keeps it, for that
// country when the text named no owner.
#include <algorithm>
#include <string>

#include "language/reading.hpp"
#include "language/resolve/coref.hpp"
#include "language/resolve/resolve.hpp"

namespace newsgraph {
namespace {

class Counterparts {
 public:
  explicit Counterparts(Reading& reading) : ctx_(reading), doc_(reading.doc), refs_(reading.doc) {}

  void run() {
    for (std::size_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sentence = doc_.sentences[s];
      for (std::size_t t = sentence.first_token + 1; t + 1 < sentence.end_token; ++t) {
        if (ctx_.in(t, WordClass::counterpart_noun)) read_counterpart(sentence, t);
      }
    }
  }

 private:
  const Mention* mention_at(std::size_t t, EntityType type) const {
    const int m = ctx_.mention_at_token[t];
    if (m < 0) return nullptr;
    const Mention& mention = doc_.mentions[static_cast<std::size_t>(m)];
    return mention.type == type && mention.entity >= 0 ? &mention : nullptr;
  }

  bool holds_any(int person) const {
    return std::any_of(doc_.holdings.begin(), doc_.holdings.end(), [&](const OfficeHolding& h) { return h.holder == person; });
  }

  // The one title `person` holds for a country other than `country` (or for no country the text named), or nullptr.
  const Entity* title_of(int person, const std::string& country) const {
    const Entity* found = nullptr;
    for (const OfficeHolding& h : doc_.holdings) {
      if (h.holder != person || (!h.owner.empty() && h.owner.rfind("country:", 0) != 0) || h.owner == country) continue;
      const Entity& office = doc_.entities[static_cast<std::size_t>(h.office)];
      if (found != nullptr && found->label != office.label) return nullptr;
      found = &office;
    }
    return found;
  }

  // "his Ethiopian counterpart, Prime Minister Y": a title of Y's that the
  // text left without an owner, and nobody else holds, is Ethiopia's.
  void give_owner(int person, const std::string& country_id) {
    for (OfficeHolding& h : doc_.holdings) {
      if (h.holder != person || !h.owner.empty()) continue;
      const bool shared = std::any_of(doc_.holdings.begin(), doc_.holdings.end(),
                                      [&](const OfficeHolding& other) { return other.office == h.office && other.holder != person; });
      Entity& office = doc_.entities[static_cast<std::size_t>(h.office)];
      const std::string id = make_office_id(country_id, office.label);
      if (shared || ctx_.entity_by_id(id) >= 0) continue;
      office.attributes["country"] = country_id;
      ctx_.rename_entity(h.office, id);  // the same title, now with its owner: its mentions stay with it
      h.owner = country_id;
    }
  }

  // "his Iranian counterpart(,) Y" at token t (the counterpart word).
  void read_counterpart(const Sentence& sentence, std::size_t t) {
    const Mention* country = mention_at(t - 1, EntityType::country);
    std::size_t p = t + 1;
    if (p < sentence.end_token && ctx_.is(p, ",")) ++p;
    if (p < sentence.end_token && ctx_.mention_at_token[p] >= 0 &&
        doc_.mentions[static_cast<std::size_t>(ctx_.mention_at_token[p])].type == EntityType::office) {
      p = ctx_.mention_end(ctx_.mention_at_token[p]);  // "counterpart, Prime Minister Y": past Y's title
    }
    const Mention* person = p < sentence.end_token ? mention_at(p, EntityType::person) : nullptr;
    if (country == nullptr || person == nullptr) return;
    if (holds_any(person->entity)) {
      give_owner(person->entity, ctx_.id(country->entity));
      return;
    }
    // Whose counterpart: the person "his" stands for (coreference: "The Presidency said X and his Togolese
    // counterpart, Y"), else the sentence's subject.
    std::size_t where = 0;
    const bool possessive = t >= sentence.first_token + 2 && ctx_.in(t - 2, WordClass::possessive_pronoun);
    const int actor = possessive ? refs_.pronoun(t - 2) : refs_.subject(sentence, where);
    if (actor < 0 || actor == person->entity || !ctx_.is_person(actor)) return;
    const std::string country_id = ctx_.id(country->entity);  // a copy: add_entity may move the entities
    const Entity* title = title_of(actor, country_id);
    if (title == nullptr) return;
    const std::string label = title->label;  // add_entity may move the entities
    const int office = add_entity(doc_, EntityType::office, make_office_id(country_id, label), label);
    doc_.entities[static_cast<std::size_t>(office)].attributes["country"] = country_id;
    doc_.holdings.push_back({person->entity, office, country_id, country_id, sentence.span});
    Entity& holder = doc_.entities[static_cast<std::size_t>(person->entity)];
    if (!holder.attributes.contains("country")) holder.attributes["country"] = country_id;
  }

  Reading& ctx_;
  Document& doc_;
  RecordedReferences refs_;
};

}  // namespace

void resolve_counterparts(Reading& reading) { Counterparts(reading).run(); }

}  // namespace newsgraph
