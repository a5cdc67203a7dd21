#include "language/resolve/coref.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <string_view>
#include <vector>

#include "base/text.hpp"
#include "language/lexicon.hpp"
#include "language/resolve/resolve.hpp"
#include "language/segment.hpp"

namespace newsgraph {
namespace {

// Works the references out, sentence by sentence: a sentence's subject may be
// a pronoun, read with the subjects of the sentences before it.
class Coreference final : public ReferenceSource {
 public:
  explicit Coreference(const Reading& reading) : ctx(reading), doc(reading.doc), phrases_(reading, *this) {
    subject_.assign(doc.sentences.size(), -1);
    subject_pos_.assign(doc.sentences.size(), 0);
    index_people();
    index_genders();
    index_bare_titles();
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) subject_[s] = subject_at(s);
  }

  int pronoun(std::size_t t) const override;
  std::vector<int> pair(std::size_t t) const override;
  int holder(std::size_t mention, std::size_t t) const override { return office_holder(mention, t); }
  int leader(std::size_t mention, std::size_t t) const override {
    const Mention& m = doc.mentions[mention];
    return m.type == EntityType::country ? person_of_country(id(m.entity), t, false) : person_of_organization(id(m.entity), t);
  }
  int body(std::size_t t) const override { return organization_by_word(ctx.lower(t), t); }
  int object(std::size_t t) const override;
  void record(Document& out) const;

 private:
  const Reading& ctx;
  const Document& doc;
  Phrases phrases_;
  std::vector<Gender> gender_;          // per entity: a person's, from their given name or a title before a mention
  std::vector<int> subject_;             // per sentence
  std::vector<std::size_t> subject_pos_;  // where it is written (meaningful when subject_ is not -1)
  // Per mention index i: the last person named before mention i, and the last
  // other person before that one (-1 when none), so that looking back is one
  // lookup, not a walk over every mention (a long text of quotes was quadratic).
  std::vector<std::pair<int, int>> people_before_;
  // Per mention: the holder a title written alone ("the President") stands
  // for, -2 for other mentions. Worked out in text order, so that the same
  // bare title keeps meaning the same person.
  std::vector<int> bare_holder_;
  // Two people named in a sentence (up to a token), as pair() looks back for them.
  struct PeopleInSentence {
    std::vector<int> pair;    ///< two people joined by "and", or none
    bool two_people = false;  ///< two people named, joined or not
  };
  PeopleInSentence people_in(const Sentence& s, std::size_t end) const;
  // people_in() of whole sentences, by sentence, once each: pair() is asked at every trigger word
  // and looks back over up to six sentences each time.
  mutable std::vector<std::optional<PeopleInSentence>> people_in_sentence_;

  void index_people();
  void index_genders();
  void index_bare_titles();
  Gender gender_of_title(std::string_view word) const;
  Gender pronoun_gender(std::size_t t) const;
  // May the pronoun of gender g stand for entity e? Yes unless both are known and differ.
  bool agrees(int e, Gender g) const {
    return e < 0 || g == Gender::unknown || gender_[static_cast<std::size_t>(e)] == Gender::unknown || gender_[static_cast<std::size_t>(e)] == g;
  }
  int pronoun_candidate(std::size_t t) const;
  std::string written_owner(std::size_t t) const;
  std::vector<int> holders_of_title(const std::string& title_slug) const;
  std::vector<int> holders_of_office(const std::string& office_id) const;
  template <typename Matches>
  std::vector<int> holders_where(Matches&& matches) const;
  bool heads_state(const std::vector<std::string_view>& title) const;
  bool state_head_title(const std::vector<std::string_view>& title) const;
  std::pair<int, int> people_before(std::uint32_t offset) const;

  std::string_view lower(std::size_t t) const { return ctx.lower(t); }
  bool in(std::size_t t, WordClass c) const { return ctx.in(t, c); }
  // "Meeting in Madrid, X and Y agreed": a meeting participle fronts the sentence like "During the talks".
  bool fronted_participle(std::size_t t) const {
    const TriggerHit* h = ctx.hit_at(t);
    return h && (h->cls == TriggerClass::meet || h->cls == TriggerClass::call) && ctx.participle(t);
  }
  bool is_person(int e) const { return ctx.is_person(e); }
  const std::string& id(int e) const { return ctx.id(e); }
  int last_mentioned(const std::vector<int>& candidates, std::size_t t, std::uint32_t* at = nullptr) const;
  int salient_mentioned(const std::vector<int>& candidates, std::size_t t) const;
  int person_of_country(const std::string& country_id, std::size_t t, bool any_person) const;
  int office_holder(std::size_t mention_index, std::size_t t) const;
  int person_of_organization(const std::string& organization_id, std::size_t t) const;
  int organization_by_word(std::string_view word, std::size_t t) const;
  int subject_at(std::size_t si);
  int visitor_before(std::size_t t) const;
  bool unnamed_group_before(std::size_t t) const;
  bool hearer(int mention) const;
};

void Coreference::index_people() {
  people_before_.reserve(doc.mentions.size() + 1);
  std::pair<int, int> last{-1, -1};
  for (const Mention& m : doc.mentions) {
    people_before_.push_back(last);
    if (m.type == EntityType::person && m.entity >= 0 && m.entity != last.first) last = {m.entity, last.first};
  }
  people_before_.push_back(last);
}

// "Ana Lima", "Mrs Lima", "King Abdullah": a person's gender as the story shows it, else unknown.
void Coreference::index_genders() {
  gender_.assign(doc.entities.size(), Gender::unknown);
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    const Entity& entity = doc.entities[e];
    if (entity.type != EntityType::person) continue;
    const std::size_t space = entity.label.find(' ');
    const std::string_view first_word = std::string_view(entity.label).substr(0, space);
    // A one-word label may be a surname ("Warren", "Harris"), which says nothing of its bearer.
    if (space != std::string::npos) gender_[e] = ctx.lexicon.given_name_gender(first_word);
    if (gender_[e] == Gender::unknown) gender_[e] = gender_of_title(text::lower(first_word));
  }
  for (const Mention& m : doc.mentions) {
    if (m.type != EntityType::person || m.entity < 0 || gender_[static_cast<std::size_t>(m.entity)] != Gender::unknown) continue;
    const std::size_t first = token_at_offset(doc.tokens, m.span.begin);
    if (first > 0) gender_[static_cast<std::size_t>(m.entity)] = gender_of_title(lower(first - 1));
  }
}

// The gender a title before a name says ("Mrs", "Mr.", "Queen"), else unknown.
Gender Coreference::gender_of_title(std::string_view word) const {
  if (ctx.lexicon.in_class_abbreviated(word, WordClass::feminine_title)) return Gender::feminine;
  if (ctx.lexicon.in_class_abbreviated(word, WordClass::masculine_title)) return Gender::masculine;
  return Gender::unknown;
}

Gender Coreference::pronoun_gender(std::size_t t) const {
  if (in(t, WordClass::feminine_pronoun)) return Gender::feminine;
  if (in(t, WordClass::masculine_pronoun)) return Gender::masculine;
  return Gender::unknown;
}

std::pair<int, int> Coreference::people_before(std::uint32_t offset) const {
  const auto first_after = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), offset,
                                            [](const Mention& m, std::uint32_t o) { return m.span.begin < o; });
  return people_before_[static_cast<std::size_t>(first_after - doc.mentions.begin())];
}

int Coreference::last_mentioned(const std::vector<int>& candidates, std::size_t t, std::uint32_t* at) const {
  const std::uint32_t before = t < doc.tokens.size() ? doc.tokens[t].span.begin : static_cast<std::uint32_t>(doc.text.size());
  int best = -1;
  std::uint32_t best_pos = 0;
  for (int c : candidates) {
    for (const Span& span : doc.entities[static_cast<std::size_t>(c)].mentions) {
      if (span.begin < before && (best < 0 || span.begin >= best_pos)) {
        best = c;
        best_pos = span.begin;
      }
    }
  }
  if (at != nullptr) *at = best_pos;
  if (best < 0 && candidates.size() == 1) best = candidates.front();  // named only later (a headline)
  return best;
}

// "Foreign Minister A met Minister B on Monday. The minister said ...": of the candidates, the one named
// first in the latest sentence before t's that names any (its subject, as a reader takes it); in t's own
// sentence, the one named last.
int Coreference::salient_mentioned(const std::vector<int>& candidates, std::size_t t) const {
  std::uint32_t last_pos = 0;
  const int last = last_mentioned(candidates, t, &last_pos);
  if (last < 0 || candidates.size() < 2 || t >= doc.tokens.size()) return last;
  const int sentence = ctx.sentence_of_token[ctx.token_at(last_pos)];
  if (sentence < 0 || sentence == ctx.sentence_of_token[t]) return last;
  const std::uint32_t sentence_begin = doc.tokens[doc.sentences[static_cast<std::size_t>(sentence)].first_token].span.begin;
  int first = last;
  std::uint32_t first_pos = last_pos;
  for (int c : candidates) {
    for (const Span& span : doc.entities[static_cast<std::size_t>(c)].mentions) {
      if (span.begin >= sentence_begin && span.begin < first_pos) {
        first = c;
        first_pos = span.begin;
      }
    }
  }
  return first;
}

int Coreference::person_of_country(const std::string& country_id, std::size_t t, bool any_person) const {
  std::vector<int> candidates;
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    const Entity& entity = doc.entities[e];
    if (entity.type != EntityType::person) continue;
    const auto it = entity.attributes.find("country");
    if (it != entity.attributes.end() && it->second == country_id) candidates.push_back(static_cast<int>(e));
  }
  if (!any_person && candidates.size() > 1) {
    // Prefer people who hold an office: "the Chinese leader" is no adviser.
    std::vector<int> holders;
    for (int c : candidates) {
      const bool holds = std::any_of(doc.holdings.begin(), doc.holdings.end(), [&](const OfficeHolding& h) { return h.holder == c; });
      if (holds) holders.push_back(c);
    }
    if (!holders.empty()) candidates = holders;
  }
  return last_mentioned(candidates, t);
}

// A person holding an office of the organization: "the WHO's leader".
int Coreference::person_of_organization(const std::string& organization_id, std::size_t t) const {
  std::vector<int> candidates;
  for (const OfficeHolding& h : doc.holdings) {
    if (h.owner == organization_id && std::find(candidates.begin(), candidates.end(), h.holder) == candidates.end()) candidates.push_back(h.holder);
  }
  return last_mentioned(candidates, t);
}

// The owner written before the title: "the Indian Prime Minister", "Japan's finance minister".
std::string Coreference::written_owner(std::size_t t) const {
  // "the head of the WHO": the owner after the title and "of".
  if (const int title = ctx.mention_at_token[t]; title >= 0) {
    std::size_t after = ctx.mention_end(title);
    if (after + 1 < doc.tokens.size() && in(after, WordClass::genitive)) {
      after += in(after + 1, WordClass::definite_article) ? 2 : 1;
      const int m = after < doc.tokens.size() ? ctx.mention_at_token[after] : -1;
      const Mention* o = m >= 0 ? &doc.mentions[static_cast<std::size_t>(m)] : nullptr;
      if (o && o->span.begin == doc.tokens[after].span.begin && (o->type == EntityType::country || o->type == EntityType::organization) && o->entity >= 0) {
        return id(o->entity);
      }
    }
  }
  std::size_t b = t;
  while (b > 0 && (in(b - 1, WordClass::owner_title_gap) || doc.tokens[b - 1].kind == TokenKind::possessive)) --b;
  if (b == 0) return {};
  const int m = ctx.mention_at_token[b - 1];
  if (m < 0) return {};
  const Mention& o = doc.mentions[static_cast<std::size_t>(m)];
  if ((o.type == EntityType::country || o.type == EntityType::organization) && o.entity >= 0) return id(o.entity);
  return {};
}

// Everyone holding an office whose id passes `matches`, each once.
template <typename Matches>
std::vector<int> Coreference::holders_where(Matches&& matches) const {
  std::vector<int> candidates;
  for (const OfficeHolding& h : doc.holdings) {
    if (matches(id(h.office)) && std::find(candidates.begin(), candidates.end(), h.holder) == candidates.end()) candidates.push_back(h.holder);
  }
  return candidates;
}

std::vector<int> Coreference::holders_of_office(const std::string& office_id) const {
  return holders_where([&](const std::string& target) { return target == office_id; });
}

namespace {

// The words of an office id's title: "office:CN:deputy-finance-minister" -> deputy, finance, minister.
std::vector<std::string_view> title_words(std::string_view office_id) {
  std::vector<std::string_view> words;
  std::size_t b = office_id.rfind(':') + 1;
  while (b <= office_id.size()) {
    const std::size_t e = std::min(office_id.find('-', b), office_id.size());
    words.push_back(office_id.substr(b, e - b));
    b = e + 1;
  }
  return words;
}

// Is `bare` a shortening of `full` that keeps its head and its rank: its
// words appear in `full` in order, both end in the same word, and no word
// left out lowers the rank ("minister" of "finance minister", "deputy
// minister" of "deputy finance minister"; "president" is not "vice president").
bool shortens(const std::vector<std::string_view>& bare, const std::vector<std::string_view>& full, const Lexicon& lexicon) {
  if (bare.empty() || full.size() <= bare.size() || bare.back() != full.back()) return false;
  std::size_t k = 0;
  for (std::string_view word : full) {
    if (k < bare.size() && word == bare[k]) {
      ++k;
    } else if (lexicon.in_class(word, WordClass::lesser_rank)) {
      return false;
    }
  }
  return k == bare.size();
}

}  // namespace

// Everyone holding an office with this title, whatever its owner; when no
// one does, everyone holding a longer title it shortens ("the minister" for
// the Finance Minister).
std::vector<int> Coreference::holders_of_title(const std::string& title_slug) const {
  const std::vector<int> exact = holders_where([&](const std::string& target) {
    return target.size() > title_slug.size() && target.compare(target.size() - title_slug.size(), title_slug.size(), title_slug) == 0 &&
           target[target.size() - title_slug.size() - 1] == ':';
  });
  if (!exact.empty()) return exact;
  const std::string bare_id = ":" + title_slug;
  const std::vector<std::string_view> bare = title_words(bare_id);
  if (heads_state(bare)) return holders_where([&](const std::string& target) { return state_head_title(title_words(target)); });
  if (bare.size() == 1 && ctx.lexicon.in_class(bare.front(), WordClass::envoy_role)) {  // "the envoy": the ambassador
    return holders_where([&](const std::string& target) { return ctx.lexicon.in_class(title_words(target).back(), WordClass::diplomatic_post_head); });
  }
  // "the mayor" for the mayor of Lisbon: an office named with the place it serves shortens to its title;
  // "the Adviser" for the Adviser to the Prime Minister: a title serving another shortens to its own.
  const std::string_view link = ctx.lexicon.place_office_link();
  return holders_where([&](const std::string& target) {
    std::vector<std::string_view> words = title_words(target);
    if (shortens(bare, words, ctx.lexicon)) return true;
    const auto at = std::find_if(words.begin(), words.end(), [&](std::string_view w) {
      return (!link.empty() && w == link) || ctx.lexicon.in_class(w, WordClass::title_link);
    });
    if (at == words.end()) return false;
    words.erase(at, words.end());
    return words == bare || shortens(bare, words, ctx.lexicon);
  });
}

// Is the title one that stands for whoever heads the state ("head of state")?
bool Coreference::heads_state(const std::vector<std::string_view>& title) const {
  std::vector<std::uint32_t> ids;
  for (std::string_view word : title) ids.push_back(ctx.lexicon.key_id(word));
  return ctx.lexicon.class_member_at(ids, 0, WordClass::head_of_state_role) == ids.size();
}

// Is the title a head of state's: "president", "king", not "vice president".
bool Coreference::state_head_title(const std::vector<std::string_view>& title) const {
  if (title.empty() || !ctx.lexicon.in_class(title.back(), WordClass::head_of_state_head)) return false;
  return std::none_of(title.begin(), title.end(), [&](std::string_view w) { return ctx.lexicon.in_class(w, WordClass::lesser_rank); });
}

// A title written alone keeps standing for the person it last stood for,
// written alone too ("the President", "President Marcelo"): a holder named
// with the owner spelled out ("the President of Bangladesh X") is another
// president, not the one the article calls "the President".
void Coreference::index_bare_titles() {
  bare_holder_.assign(doc.mentions.size(), -2);
  std::map<std::string, int> last_by_title;
  for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
    const Mention& mention = doc.mentions[m];
    if (mention.type != EntityType::office) continue;
    const std::size_t t = ctx.token_at(mention.span.begin);
    if (!written_owner(t).empty()) continue;
    const std::string title = text::lower(mention.key);
    if (mention.entity >= 0) {
      const bool alone = text::lower(doc.text.substr(mention.span.begin, mention.span.end - mention.span.begin)) == title;
      std::size_t after = t;
      while (after < doc.tokens.size() && doc.tokens[after].span.end <= mention.span.end) ++after;
      const int next = after < doc.tokens.size() ? ctx.mention_at_token[after] : -1;
      if (alone && next >= 0 && doc.mentions[static_cast<std::size_t>(next)].type == EntityType::person && doc.mentions[static_cast<std::size_t>(next)].entity >= 0) {
        last_by_title[title] = doc.mentions[static_cast<std::size_t>(next)].entity;
      }
      continue;
    }
    const std::vector<int> candidates = holders_of_title(text::slug(mention.key));
    const auto last = last_by_title.find(title);
    const bool keep = candidates.size() > 1 && last != last_by_title.end() && std::find(candidates.begin(), candidates.end(), last->second) != candidates.end();
    const int holder = keep ? last->second : salient_mentioned(candidates, t);
    bare_holder_[m] = holder;
    if (holder >= 0) last_by_title[title] = holder;
  }
}

int Coreference::office_holder(std::size_t mention_index, std::size_t t) const {
  const Mention& mention = doc.mentions[mention_index];
  if (mention.entity >= 0) return last_mentioned(holders_of_office(id(mention.entity)), t);
  const std::string owner = written_owner(t);
  if (owner.empty()) return bare_holder_[mention_index];
  std::vector<int> holders = holders_of_office(make_office_id(owner, mention.key));
  if (holders.empty() && ctx.lexicon.in_class(text::lower(mention.key), WordClass::body_head_word)) {
    // "the head of the WHO": whoever holds the body's one office named in the story.
    const std::string prefix = make_office_id(owner, "");
    holders = holders_where([&](const std::string& target) { return target.starts_with(prefix); });
    if (holders.size() > 1) holders.clear();
  }
  return last_mentioned(holders, t);
}

// "the ministry": the organization named with that word, the latest first;
// "the firm", "the company": the organization named last, whatever its name.
int Coreference::organization_by_word(std::string_view word, std::size_t t) const {
  std::vector<int> candidates, organizations;
  for (std::size_t e = 0; e < doc.entities.size(); ++e) {
    const Entity& entity = doc.entities[e];
    if (entity.type != EntityType::organization) continue;
    organizations.push_back(static_cast<int>(e));
    if (text::lower(entity.label).find(word) != std::string::npos) candidates.push_back(static_cast<int>(e));
  }
  if (candidates.empty() && in(t, WordClass::any_organization_noun)) return last_mentioned(organizations, t);
  return last_mentioned(candidates, t);
}

// "he told Andrew Marr": the one spoken to, whom a later "he" does not mean.
bool Coreference::hearer(int mention) const {
  std::size_t t = ctx.token_at(doc.mentions[static_cast<std::size_t>(mention)].span.begin);
  while (t > 0 && (in(t - 1, WordClass::determiner) || doc.tokens[t - 1].kind == TokenKind::possessive)) --t;
  return t > 0 && in(t - 1, WordClass::hearer_verb);
}

// "X's visit to Tripoli, where he met Y": "he" after a relative "where" is
// the visitor whose visit the clause continues; -1 when the words do not say so.
int Coreference::visitor_before(std::size_t t) const {
  if (t < 2 || !in(t - 1, WordClass::place_relative) || lower(t - 2) != ",") return -1;
  const std::size_t first = ctx.sentence_first_of(t);
  for (std::size_t k = t - 2; k > first + 1; --k) {
    const TriggerHit* h = ctx.hit_at(k);
    if (!h || (h->role != TriggerRole::visit && h->role != TriggerRole::formal_visit)) continue;
    // "Kamel's visit", "Kamel's official visit": the possessor right before the visit word.
    std::size_t owner_end = k;
    while (owner_end > first && !doc.tokens[owner_end - 1].capitalized && doc.tokens[owner_end - 1].kind != TokenKind::possessive) --owner_end;
    if (owner_end <= first + 1 || doc.tokens[owner_end - 1].kind != TokenKind::possessive || owner_end + 2 < k) return -1;
    const int m = ctx.mention_at_token[owner_end - 2];
    if (m < 0) return -1;
    const Mention& owner = doc.mentions[static_cast<std::size_t>(m)];
    return owner.type == EntityType::person ? owner.entity : -1;
  }
  return -1;
}

int Coreference::pronoun(std::size_t t) const {
  if (const int visitor = visitor_before(t); visitor >= 0 && agrees(visitor, pronoun_gender(t))) return visitor;
  return pronoun_candidate(t);
}

// The person a pronoun stands for: the sentence's subject before it, the last sentence's, the person last
// named, an earlier subject; the first whose gender does not contradict the pronoun's ("she" is no Mr X).
int Coreference::pronoun_candidate(std::size_t t) const {
  const Gender g = pronoun_gender(t);
  const auto fits = [&](int e) { return is_person(e) && agrees(e, g); };
  const int s = ctx.sentence_of_token[t];
  if (s >= 0) {
    const auto si = static_cast<std::size_t>(s);
    if (fits(subject_[si]) && subject_pos_[si] < t) return subject_[si];
    if (si > 0 && fits(subject_[si - 1])) return subject_[si - 1];
    // Else the person last named outside quotes, within the last sentences.
    const std::size_t floor = si >= 4 ? doc.sentences[si - 4].first_token : 0;
    for (std::size_t k = t; k > floor; --k) {
      const int m = ctx.mention_at_token[k - 1];
      if (m < 0 || ctx.in_quote[k - 1]) continue;
      const Mention& mention = doc.mentions[static_cast<std::size_t>(m)];
      if (mention.type == EntityType::person && mention.entity >= 0 && !hearer(m) && agrees(mention.entity, g)) return mention.entity;
    }
    for (std::size_t back = 2; back <= 8 && back <= si; ++back) {
      if (fits(subject_[si - back])) return subject_[si - back];
    }
  }
  const auto [latest, other] = people_before(doc.tokens[t].span.begin);
  return agrees(latest, g) || !agrees(other, g) ? latest : other;
}

// "X received him": the person named last before t, outside quotes and in the
// last sentences, who is not the sentence's subject (a clause's object is not
// its subject).
int Coreference::object(std::size_t t) const {
  const int s = ctx.sentence_of_token[t];
  if (s < 0) return -1;
  const auto si = static_cast<std::size_t>(s);
  const int subject = subject_pos_[si] < t ? subject_[si] : -1;
  const std::size_t floor = si >= 3 ? doc.sentences[si - 3].first_token : 0;
  for (std::size_t k = t; k > floor; --k) {
    const int m = ctx.mention_at_token[k - 1];
    if (m < 0 || ctx.in_quote[k - 1]) continue;
    const Mention& mention = doc.mentions[static_cast<std::size_t>(m)];
    if (mention.type == EntityType::person && mention.entity >= 0 && mention.entity != subject && agrees(mention.entity, pronoun_gender(t))) {
      return mention.entity;
    }
  }
  return -1;
}

// "Officials went to the station, where they claimed ...": people the
// sentence names by a plural noun before "they", with no one named after it,
// are what "they" stands for: no one the text names.
bool Coreference::unnamed_group_before(std::size_t t) const {
  const std::size_t first = ctx.sentence_first_of(t);
  for (std::size_t k = t; k > first; --k) {
    if (ctx.in_quote[k - 1]) continue;
    const int m = ctx.mention_at_token[k - 1];
    if (m >= 0 && doc.mentions[static_cast<std::size_t>(m)].type == EntityType::person) return false;
    const bool counted = k >= first + 2 && in(k - 2, WordClass::pair_determiner);  // "the two leaders": named before
    if (!counted && (in(k - 1, WordClass::crowd_noun) || (in(k - 1, WordClass::group_noun) && !in(k - 1, WordClass::leader_noun)))) return true;
  }
  return false;
}

Coreference::PeopleInSentence Coreference::people_in(const Sentence& s, std::size_t end) const {
  // Two people joined by "and": "Trump and Japanese Prime Minister Shigeru Ishiba".
  PeopleInSentence found;
  int previous = -1;
  std::size_t previous_end = 0;
  for (std::size_t i = s.first_token; i < end; ++i) {
    const int m = ctx.mention_at_token[i];
    if (m < 0 || doc.mentions[static_cast<std::size_t>(m)].span.begin != doc.tokens[i].span.begin) continue;
    const Mention& mention = doc.mentions[static_cast<std::size_t>(m)];
    if (mention.type != EntityType::person || mention.entity < 0) continue;
    if (previous >= 0 && previous != mention.entity) {
      found.two_people = true;  // the sentence names two people, joined or not ("X met Y")
      bool joined = false, broken = false;
      for (std::size_t k = previous_end; k < i; ++k) {
        if (in(k, WordClass::additive_conjunction)) joined = true;
        if (lower(k) == "," || lower(k) == "." || lower(k) == ";" || in(k, WordClass::clause_word)) broken = true;
      }
      if (joined && !broken && i - previous_end <= 8) found.pair = {previous, mention.entity};
    }
    previous = mention.entity;
    std::size_t e = i;
    while (e < doc.tokens.size() && doc.tokens[e].span.end <= mention.span.end) ++e;
    previous_end = e;
  }
  return found;
}

std::vector<int> Coreference::pair(std::size_t t) const {
  const int s0 = ctx.sentence_of_token[t];
  if (s0 < 0 || unnamed_group_before(t)) return {};
  if (people_in_sentence_.empty()) people_in_sentence_.resize(doc.sentences.size());
  for (std::size_t back = 0; back <= 6 && back <= static_cast<std::size_t>(s0); ++back) {
    const std::size_t si = static_cast<std::size_t>(s0) - back;
    const Sentence& s = doc.sentences[si];
    PeopleInSentence up_to_t;
    if (back == 0) {
      up_to_t = people_in(s, t);
    } else if (!people_in_sentence_[si]) {
      people_in_sentence_[si] = people_in(s, s.end_token);
    }
    const PeopleInSentence& found = back == 0 ? up_to_t : *people_in_sentence_[si];
    if (!found.pair.empty()) return found.pair;
    // The nearest sentence naming two people is what "the two" looks back to, joined by "and" or not.
    if (found.two_people) break;
  }
  // Else the last two people named.
  const auto [latest, other] = people_before(doc.tokens[t].span.begin);
  return other >= 0 ? std::vector<int>{other, latest} : std::vector<int>{};
}

int Coreference::subject_at(std::size_t si) {
  const Sentence& s = doc.sentences[si];
  std::size_t i = s.first_token;
  while (i < s.end_token && ctx.in_quote[i]) ++i;
  while (i < s.end_token && in(i, WordClass::sentence_connective)) ++i;  // "But on The Andrew Marr Show, X ..."
  // Fronted phrases, one after another: "During the visit, apart from ..., X is".
  while (i < s.end_token && (in(i, WordClass::fronting) || fronted_participle(i))) {
    std::size_t c = i;
    while (c < s.end_token && c < i + 25 && lower(c) != ",") ++c;
    if (c >= s.end_token || lower(c) != ",") break;
    i = c + 1;
  }
  for (std::size_t k = i; k < s.end_token && k < i + 14; ++k) {
    if (ctx.in_quote[k]) continue;
    if (ctx.stands_for_person(k)) {
      subject_pos_[si] = k;
      return pronoun(k);
    }
    std::size_t end = k;
    bool modifier = false;
    const int e = phrases_.entity_starting(k, s.end_token, end, modifier);
    const bool possessive = end < s.end_token && doc.tokens[end].kind == TokenKind::possessive;
    if (!modifier && !possessive && e >= 0 && doc.entities[static_cast<std::size_t>(e)].type != EntityType::location) {
      subject_pos_[si] = k;
      return e;
    }
    if (const TriggerHit* h = ctx.hit_at(k); h && (h->cls == TriggerClass::say || h->cls == TriggerClass::meet || h->cls == TriggerClass::call)) {
      // "“...,” said Kato": the speaker right after the verb.
      if (h->cls == TriggerClass::say && k > s.first_token && ctx.in_quote[k - 1] && h->end < s.end_token) {
        const int after = phrases_.entity_starting(h->end, s.end_token, end, modifier);
        if (after >= 0 && !modifier) {
          subject_pos_[si] = h->end;
          return after;
        }
      }
      break;
    }
    if (end > k + 1) k = end - 1;
  }
  // "..., Indian External Affairs Minister S Jaishankar said": the speaker.
  for (const TriggerHit& h : ctx.hits[si]) {
    if (h.cls != TriggerClass::say || h.role != TriggerRole::verb || ctx.in_quote[h.token]) continue;
    const Group g = phrases_.left(h.token, s.first_token);
    if (!g.items.empty()) {
      subject_pos_[si] = g.first;
      return g.items.front();
    }
    break;
  }
  return -1;
}

// Every answer relate may ask for: at each pronoun, group word, title,
// "Chinese leader", "the ministry", trigger word, and each sentence's subject.
void Coreference::record(Document& out) const {
  std::vector<Reference>& refs = out.references;
  refs.clear();
  const auto add = [&](std::size_t t, ReferenceKind kind, std::vector<int> entities) {
    std::erase(entities, -1);
    if (!entities.empty()) refs.push_back({static_cast<std::uint32_t>(t), kind, std::move(entities)});
  };
  for (std::size_t t = 0; t < doc.tokens.size(); ++t) {
    // "his office said": the person whose voice the words are.
    const bool voiced = t + 1 < doc.tokens.size() && in(t, WordClass::possessive_pronoun) && in(t + 1, WordClass::voice_of);
    // "his Togolese counterpart": the person whose counterpart it is.
    const bool counterpart = t + 2 < doc.tokens.size() && in(t, WordClass::possessive_pronoun) && in(t + 2, WordClass::counterpart_noun);
    if (ctx.stands_for_person(t) || voiced || counterpart) add(t, ReferenceKind::pronoun, {pronoun(t)});
    if (ctx.stands_for_object_person(t)) add(t, ReferenceKind::object, {object(t)});
    if (in(t, WordClass::plural_pronoun) || (t > 0 && in(t - 1, WordClass::pair_determiner) && in(t, WordClass::group_noun))) {
      add(t, ReferenceKind::pair, pair(t));
    }
    if (ctx.stands_for_body(t)) add(t, ReferenceKind::body, {body(t)});
    const int m = ctx.mention_at_token[t];
    if (m < 0 || doc.mentions[static_cast<std::size_t>(m)].span.begin != doc.tokens[t].span.begin) continue;
    const Mention& mention = doc.mentions[static_cast<std::size_t>(m)];
    if (mention.type == EntityType::office) add(t, ReferenceKind::holder, {holder(static_cast<std::size_t>(m), t)});
    const std::size_t e = ctx.mention_end(m);
    const bool owner = (mention.type == EntityType::country || mention.type == EntityType::organization) && mention.entity >= 0;
    // "the Ethiopian minister", "his Chinese counterpart"; not "an Ethiopian minister", who is someone unnamed.
    const bool indefinite = t > 0 && in(t - 1, WordClass::indefinite_article);
    // "Lithuania's leader" too.
    const std::size_t noun = e < doc.tokens.size() && doc.tokens[e].kind == TokenKind::possessive ? e + 1 : e;
    const bool country_leader = mention.type == EntityType::country && noun < doc.tokens.size() && in(noun, WordClass::leader_noun) && !indefinite;
    if (owner && (country_leader || definite_leader_after(ctx, t, e, doc.tokens.size()) != static_cast<std::size_t>(-1))) {
      add(t, ReferenceKind::leader, {leader(static_cast<std::size_t>(m), t)});
    }
  }
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    for (const TriggerHit& h : ctx.hits[s]) {
      add(h.token, ReferenceKind::focus, {pronoun(h.token)});
      add(h.token, ReferenceKind::pair, pair(h.token));
    }
    if (subject_[s] >= 0) add(subject_pos_[s], ReferenceKind::subject, {subject_[s]});
  }
  std::stable_sort(refs.begin(), refs.end(), [](const Reference& a, const Reference& b) {
    return a.token != b.token ? a.token < b.token : a.kind < b.kind;
  });
}

}  // namespace

void resolve_references(const Reading& reading) { Coreference(reading).record(reading.doc); }

RecordedReferences::RecordedReferences(const Document& doc) : doc_(doc) {
  by_token_and_kind_.reserve(doc.references.size());
  for (std::size_t i = 0; i < doc.references.size(); ++i) {
    const Reference& r = doc.references[i];
    by_token_and_kind_.emplace_back(std::uint64_t{r.token} << 8 | static_cast<std::uint64_t>(r.kind), i);
  }
  // By key, then index: of two references of one token and kind, the one recorded first is found.
  std::sort(by_token_and_kind_.begin(), by_token_and_kind_.end());
}

const Reference* RecordedReferences::find(std::size_t t, ReferenceKind kind) const {
  const std::uint64_t key = std::uint64_t{t} << 8 | static_cast<std::uint64_t>(kind);
  const auto it = std::lower_bound(by_token_and_kind_.begin(), by_token_and_kind_.end(), std::pair<std::uint64_t, std::size_t>{key, 0});
  return it == by_token_and_kind_.end() || it->first != key ? nullptr : &doc_.references[it->second];
}

int RecordedReferences::single(std::size_t t, ReferenceKind kind) const {
  const Reference* r = find(t, kind);
  return r ? r->entities.front() : -1;
}

int RecordedReferences::pronoun(std::size_t t) const {
  const int person = single(t, ReferenceKind::pronoun);
  return person >= 0 ? person : single(t, ReferenceKind::focus);
}

std::vector<int> RecordedReferences::pair(std::size_t t) const {
  const Reference* r = find(t, ReferenceKind::pair);
  return r ? r->entities : std::vector<int>{};
}

int RecordedReferences::holder(std::size_t, std::size_t t) const { return single(t, ReferenceKind::holder); }
int RecordedReferences::leader(std::size_t, std::size_t t) const { return single(t, ReferenceKind::leader); }
int RecordedReferences::body(std::size_t t) const { return single(t, ReferenceKind::body); }
int RecordedReferences::object(std::size_t t) const { return single(t, ReferenceKind::object); }

int RecordedReferences::subject(const Sentence& s, std::size_t& token) const {
  const auto first = std::lower_bound(doc_.references.begin(), doc_.references.end(), s.first_token,
                                      [](const Reference& r, std::uint32_t t) { return r.token < t; });
  for (auto it = first; it != doc_.references.end() && it->token < s.end_token; ++it) {
    if (it->kind != ReferenceKind::subject) continue;
    token = it->token;
    return it->entities.front();
  }
  return -1;
}

}  // namespace newsgraph
