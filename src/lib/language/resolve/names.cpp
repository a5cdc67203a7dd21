#include "language/resolve/resolve.hpp"

#include "language/resolve/coref.hpp"

#include <algorithm>
#include <cctype>
#include <array>
#include <map>
#include <set>

#include "language/lexicon.hpp"
#include "language/segment.hpp"
#include "base/text.hpp"

namespace newsgraph {

std::string make_id(EntityType type, std::string_view name) {
  std::string id(to_string(type));
  id += ':';
  if (type == EntityType::country) {
    id += name;  // already an alpha-2 code
  } else {
    id += text::slug(name);
  }
  return id;
}

std::string make_office_id(std::string_view owner_id, std::string_view title) {
  // owner "country:JP" -> "JP"; "organization:apple" -> "apple"; "organization:NP:foreign-ministry" -> "NP:foreign-ministry"; none -> "_"
  std::string owner = "_";
  if (const std::size_t colon = owner_id.find(':'); colon != std::string_view::npos) owner = owner_id.substr(colon + 1);
  return "office:" + owner + ":" + text::slug(title);
}

int add_entity(Document& doc, EntityType type, const std::string& id, const std::string& label) {
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    if (doc.entities[i].id == id) return static_cast<int>(i);
  }
  Entity entity;
  entity.id = id;
  entity.type = type;
  entity.label = label;
  doc.entities.push_back(std::move(entity));
  return static_cast<int>(doc.entities.size() - 1);
}

void add_implied_countries(Document& doc, const Lexicon& lexicon) {
  std::set<std::string> named;
  for (const Entity& entity : doc.entities) named.insert(entity.id);
  std::set<std::string> implied;
  const auto note = [&](const std::string& id) {
    if (id.rfind("country:", 0) == 0 && !named.contains(id)) implied.insert(id);
  };
  for (const OfficeHolding& h : doc.holdings) {
    note(h.owner);
    note(h.country);
  }
  for (const Affiliation& a : doc.affiliations) note(a.owner);
  for (const std::string& id : implied) {
    const std::string_view label = lexicon.country_label(std::string_view(id).substr(8));
    if (!label.empty()) add_entity(doc, EntityType::country, id, std::string(label));
  }
}

void add_alias(Entity& entity, std::string_view form) {
  if (form != entity.label && std::find(entity.aliases.begin(), entity.aliases.end(), form) == entity.aliases.end()) {
    entity.aliases.emplace_back(form);
  }
}

void add_surface(Document& doc, int index, Span span) {
  Entity& entity = doc.entities[static_cast<std::size_t>(index)];
  add_alias(entity, doc.slice(span));
  // Mentions mostly come in text order: appending after the last one needs no search.
  if (entity.mentions.empty() || entity.mentions.back() < span ||
      std::find(entity.mentions.begin(), entity.mentions.end(), span) == entity.mentions.end()) {
    entity.mentions.push_back(span);
  }
}

namespace {

std::vector<std::string> words_of(std::string_view name) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < name.size()) {
    std::size_t end = name.find(' ', start);
    if (end == std::string_view::npos) end = name.size();
    if (end > start) words.emplace_back(name.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// Are two words the same in lower case? Words of names are nearly always
// ASCII, compared in place: no lower-cased copies for the many that differ.
bool same_in_lower_case(std::string_view a, std::string_view b) {
  if (!text::is_ascii(a) || !text::is_ascii(b)) return text::lower(a) == text::lower(b);
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return text::ascii_lower(x) == text::ascii_lower(y); });
}

// `shorter` names the same person as `full` when its words are a
// contiguous run of full's words that includes the last one, or a single
// non-first word ("Lula" of "Luiz Inacio Lula da Silva").
bool refers_to(const std::vector<std::string>& shorter, const std::vector<std::string>& full, const Lexicon& lex) {
  if (shorter.empty() || shorter.size() >= full.size()) return false;
  // Surname first ("Xi" of "Xi Jinping"), when the word is no given name.
  if (shorter.size() == 1 && shorter[0] == full[0] && !lex.is_given_name(shorter[0])) return true;
  // "Von der Leyen" opening a sentence is "von der Leyen".
  const auto same_word = [&](const std::string& a, const std::string& b) {
    return a == b || (same_in_lower_case(a, b) && lex.is_particle(text::lower(a)));
  };
  for (std::size_t start = 1; start + shorter.size() <= full.size(); ++start) {
    if (std::equal(shorter.begin(), shorter.end(), full.begin() + static_cast<long>(start), same_word)) {
      if (start + shorter.size() == full.size()) return true;
      if (shorter.size() == 1 && !lex.is_particle(text::lower(shorter[0]))) return true;
    }
  }
  return false;
}

// One letter changed, added or dropped, or two next to each other swapped
// ("Wickremasinghe" for "Wickremesinghe", "Tump" for "Trump", "Congerss" for "Congress").
bool one_typo_apart(std::string_view a, std::string_view b) {
  if (a.size() < b.size()) std::swap(a, b);
  if (a.size() - b.size() > 1 || a == b) return false;
  std::size_t i = 0;
  while (i < b.size() && a[i] == b[i]) ++i;
  if (a.size() != b.size()) return a.substr(i + 1) == b.substr(i);
  const bool swapped = i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);
  return swapped || a.substr(i + 1) == b.substr(i + 1);
}

// `typo` is `name` misspelt in its last word: the words before agree, and
// the last ones start alike and are long enough that one letter off is a
// typo, not another name ("Li Qiang" and "Li Jiang" are two people).
bool misspells(const std::vector<std::string>& typo, const std::vector<std::string>& name, std::size_t min_length) {
  if (typo.size() != name.size() || typo.empty() || !std::equal(typo.begin(), typo.end() - 1, name.begin())) return false;
  const std::string& a = typo.back();
  const std::string& b = name.back();
  return std::min(a.size(), b.size()) >= min_length && a.front() == b.front() && one_typo_apart(a, b);
}

}  // namespace

namespace {

// Guard against adversarial input (thousands of distinct names): each
// lookup examines at most this many candidates, so resolving stays linear
// in the number of mentions. No real article comes near it.
constexpr std::size_t kMaxCandidates = 1000;

class NameResolver {
 public:
  NameResolver(Document& doc, const Lexicon& lexicon) : doc_(doc), lexicon_(lexicon) {}

  void run() {
    doc_.entities.clear();
    read_surnames_written_as_places();
    unify_state_bodies();
    read_state_body_owners();
    read_person_names();
    find_full_names();
    read_nicknames();
    read_organization_spellings();
    read_organization_short_forms();
    read_names_cut_before_of();
    read_one_type_per_name();
    std::vector<Mention> kept;
    kept.reserve(doc_.mentions.size());
    for (std::size_t m = 0; m < doc_.mentions.size(); ++m) {
      Mention mention = std::move(doc_.mentions[m]);  // doc.mentions is replaced by `kept` below
      if (mention.type == EntityType::office) {
        kept.push_back(std::move(mention));  // offices become entities with their owner (offices.cpp)
        continue;
      }
      mention.entity = entity_of(mention, m);
      if (mention.entity < 0) continue;  // an unsupported person candidate
      add_surface(doc_, mention.entity, mention.span);
      if (mention.type == EntityType::person) note_recent(mention.entity);
      kept.push_back(std::move(mention));
    }
    doc_.mentions = std::move(kept);
  }

 private:
  // Person names as written (single spaces), per mention; a known person
  // (lexicon) goes by the lexicon's name: "Obama" is Barack Obama.
  void read_person_names() {
    person_name_.assign(doc_.mentions.size(), {});
    person_words_.assign(doc_.mentions.size(), {});
    for (std::size_t m = 0; m < doc_.mentions.size(); ++m) {
      if (doc_.mentions[m].type != EntityType::person) continue;
      person_name_[m] = doc_.mentions[m].key.empty() ? text::fold_punctuation(doc_.slice(doc_.mentions[m].span)) : doc_.mentions[m].key;
      person_words_[m] = words_of(person_name_[m]);
      if (person_words_[m].size() == 1) note_regnal_title(m);
    }
  }

  // Is token t a preposition after a word that makes it introduce a speaker ("according to")?
  bool after_source_lead(std::size_t t) const {
    return t > 0 && lexicon_.in_class(text::lower(doc_.slice(doc_.tokens[t - 1].span)), WordClass::source_lead);
  }

  // "Foreign Minister Ana Lima ... Lima said": a place's name that is the
  // surname of a person named before it is that person, unless a preposition
  // of place or direction says it is the place ("talks in Lima").
  void read_surnames_written_as_places() {
    std::set<std::string, std::less<>> surnames;
    for (Mention& mention : doc_.mentions) {
      const std::string_view written = doc_.slice(mention.span);
      if (mention.type == EntityType::person && !mention.weak) {
        const std::size_t space = written.rfind(' ');
        surnames.emplace(space == std::string_view::npos ? written : written.substr(space + 1));  // "Queen Sofia": her one name
        continue;
      }
      if ((mention.type != EntityType::location && mention.type != EntityType::country) || !surnames.contains(written)) continue;
      const std::size_t at = token_at_offset(doc_.tokens, mention.span.begin);
      if (at >= doc_.tokens.size() || doc_.tokens[at].span.end != mention.span.end) continue;  // one word only
      if (at > 0 && !after_source_lead(at - 1)) {
        const std::string before = text::lower(doc_.slice(doc_.tokens[at - 1].span));
        if (lexicon_.in_class(before, WordClass::place_preposition) || lexicon_.in_class(before, WordClass::destination_preposition) ||
            lexicon_.in_class(before, WordClass::genitive)) {
          continue;
        }
      }
      mention.type = EntityType::person;
      mention.key.clear();
      mention.weak = true;  // it only refers back to the full name
    }
  }

  // "the Portuguese Ministry of Foreign Affairs ... the Portuguese Foreign
  // Ministry": one state body named two ways is one organization, under the
  // name that says its country. Bodies of two countries in charge of the
  // same thing are left apart, and so is an unqualified name beside them.
  void unify_state_bodies() {
    std::map<std::string, std::vector<std::string>> names_by_portfolio;  // names in the order first met
    StringMap<std::string> portfolio_of_name;  // a body named again is not tokenized and read again
    for (const Mention& mention : doc_.mentions) {
      if (mention.type != EntityType::organization) continue;
      auto known = portfolio_of_name.find(mention.key);
      if (known == portfolio_of_name.end()) known = portfolio_of_name.emplace(mention.key, lexicon_.state_body_portfolio(mention.key)).first;
      const std::string& portfolio = known->second;
      if (portfolio.empty()) continue;
      std::vector<std::string>& names = names_by_portfolio[portfolio];
      if (std::find(names.begin(), names.end(), mention.key) == names.end()) names.push_back(mention.key);
    }
    std::map<std::string, std::string> renamed;
    for (const auto& [portfolio, names] : names_by_portfolio) {
      if (names.size() < 2) continue;
      std::set<std::string> countries;
      std::string target = names.front();
      for (const std::string& name : names) {
        const std::string country = lexicon_.government_country(name);
        if (!country.empty() && countries.insert(country).second && countries.size() == 1) target = name;
      }
      if (countries.size() > 1) continue;
      for (const std::string& name : names) {
        if (name != target) renamed.emplace(name, target);
      }
    }
    for (Mention& mention : doc_.mentions) {
      if (mention.type != EntityType::organization) continue;
      if (const auto it = renamed.find(mention.key); it != renamed.end()) mention.key = it->second;
    }
  }

  // "Kenya's Ministry of Health", "the Ugandan Ministry of Health": a state body whose name says no country
  // is the country's written right before it; the bare name met elsewhere in the story is that body when
  // the story gives the name one country only. Two countries' bodies named alike stay two.
  void read_state_body_owners() {
    body_owner_.assign(doc_.mentions.size(), {});
    std::map<std::string, std::set<std::string>> owners_of_name;
    for (std::size_t m = 1; m < doc_.mentions.size(); ++m) {
      const Mention& body = doc_.mentions[m];
      if (body.type != EntityType::organization || !nameless_state_body(body.key)) continue;
      body_owner_[m] = country_written_before(m);
      if (!body_owner_[m].empty()) owners_of_name[body.key].insert(body_owner_[m]);
    }
    for (std::size_t m = 0; m < doc_.mentions.size(); ++m) {
      if (doc_.mentions[m].type != EntityType::organization || !body_owner_[m].empty()) continue;
      const auto owners = owners_of_name.find(doc_.mentions[m].key);
      if (owners != owners_of_name.end() && owners->second.size() == 1) body_owner_[m] = *owners->second.begin();
    }
  }

  // Is the name a state body's with no country in it ("Ministry of Health", not "Chinese Foreign Ministry")?
  bool nameless_state_body(const std::string& name) {
    const auto known = nameless_body_.find(name);
    if (known != nameless_body_.end()) return known->second;
    const bool body = !lexicon_.state_body_portfolio(name).empty() ||
                      (name.find(' ') == std::string::npos && lexicon_.org_head_kind(name) == "government");  // "presidency"
    const bool nameless = body && lexicon_.government_country(name).empty();
    return nameless_body_.emplace(name, nameless).first->second;
  }

  // The country code of a country named right before mention m ("Kenya's", "Kenyan"), or empty.
  std::string country_written_before(std::size_t m) const {
    const Mention& before = doc_.mentions[m - 1];
    if (before.type != EntityType::country) return {};
    std::size_t t = token_at_offset(doc_.tokens, doc_.mentions[m].span.begin);
    if (t > 0 && doc_.tokens[t - 1].kind == TokenKind::possessive) --t;
    return t > 0 && doc_.tokens[t - 1].span.end == before.span.end ? before.key : std::string();
  }

  // "King Abdullah", "Prince William": a monarch known by one name is named
  // with the title; remembers the title written right before a one-word name.
  void note_regnal_title(std::size_t m) {
    const auto at = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), doc_.mentions[m].span.begin,
                                     [](const Token& t, std::uint32_t offset) { return t.span.begin < offset; });
    if (at == doc_.tokens.begin()) return;
    const Token& before = *(at - 1);
    if (before.kind != TokenKind::word || !before.capitalized) return;
    const std::string_view title = doc_.slice(before.span);
    if (lexicon_.in_class(text::lower(title), WordClass::regnal_title)) regnal_titles_.try_emplace(person_name_[m], title);
  }

  // Full names: strong multi-word person mentions, or weak ones that the
  // document supports (the same name strong elsewhere, or its surname used
  // alone), longest first; each mapped to the longest name it is part of.
  void find_full_names() {
    std::map<std::string, int> strong_count, single_count, mention_count;
    for (std::size_t m = 0; m < doc_.mentions.size(); ++m) {
      if (doc_.mentions[m].type != EntityType::person) continue;
      ++mention_count[person_name_[m]];
      if (person_words_[m].size() == 1) ++single_count[person_words_[m][0]];
      if (!doc_.mentions[m].weak) ++strong_count[person_name_[m]];
    }
    std::set<std::string> seen;
    for (std::size_t m = 0; m < doc_.mentions.size(); ++m) {
      const Mention& mention = doc_.mentions[m];
      if (mention.type != EntityType::person) continue;
      const auto& words = person_words_[m];
      if (words.size() < 2 && mention.weak) continue;  // a bare surname only refers back
      const bool supported = !mention.weak || strong_count.contains(person_name_[m]) || single_count.contains(words.back());
      if (supported && seen.insert(person_name_[m]).second) full_names_.push_back(person_name_[m]);
    }
    std::sort(full_names_.begin(), full_names_.end(), [](const std::string& a, const std::string& b) {
      const auto wa = std::count(a.begin(), a.end(), ' '), wb = std::count(b.begin(), b.end(), ' ');
      return wa != wb ? wa > wb : a < b;
    });
    for (const std::string& name : full_names_) full_words_.push_back(words_of(name));
    for (std::size_t n = 0; n < full_names_.size(); ++n) {
      std::string target = full_names_[n];
      // Only strictly longer names (sorted first) can be referred to.
      for (std::size_t l = 0; l < n && l < kMaxCandidates && full_words_[l].size() > full_words_[n].size(); ++l) {
        if (refers_to(full_words_[n], full_words_[l], lexicon_)) {
          target = canonical_.contains(full_names_[l]) ? canonical_[full_names_[l]] : full_names_[l];
          break;
        }
      }
      if (target == full_names_[n]) target = only_name_starting_with(n);
      if (target == full_names_[n]) target = correctly_spelt(n, mention_count);
      if (const auto title = regnal_titles_.find(target); title != regnal_titles_.end()) target = title->second + " " + target;
      canonical_[full_names_[n]] = target;
    }
  }

  // "Pushpa Kamal Dahal 'Prachanda'": a name or two in quotation marks right
  // after a full name is what the person is also called; written alone
  // elsewhere ("Prime Minister Prachanda") it is the same person.
  void read_nicknames() {
    for (std::size_t m = 0; m < doc_.mentions.size(); ++m) {
      if (doc_.mentions[m].type != EntityType::person || person_words_[m].size() < 2) continue;
      const std::string nickname = quoted_name_after(doc_.mentions[m].span.end);
      if (nickname.empty() || nickname == person_name_[m]) continue;
      const auto full = canonical_.find(person_name_[m]);
      canonical_[nickname] = full != canonical_.end() ? full->second : person_name_[m];
    }
  }

  // The one or two capitalized words quoted right at byte `at` (after a
  // space), or empty.
  std::string quoted_name_after(std::size_t at) const {
    const std::string_view text = doc_.text;
    const auto skip_quote = [&](std::size_t& p) {
      for (std::string_view mark : {"\u2018", "\u2019", "\u201c", "\u201d", "''", "'", "\""}) {
        if (text.substr(p).starts_with(mark)) {
          p += mark.size();
          return true;
        }
      }
      return false;
    };
    std::size_t p = at;
    if (p >= text.size() || text[p] != ' ') return {};
    ++p;
    if (!skip_quote(p)) return {};
    const std::size_t begin = p;
    int words = 0;
    while (p < text.size() && words < 3) {
      if (!(text[p] >= 'A' && text[p] <= 'Z')) return {};
      ++words;
      while (p < text.size() && (std::isalpha(static_cast<unsigned char>(text[p])) || text[p] == '-')) ++p;
      if (p < text.size() && text[p] == ' ') {
        ++p;
        continue;
      }
      break;
    }
    const std::size_t end = p;
    if (words == 0 || words > 2 || !skip_quote(p)) return {};
    return std::string(text.substr(begin, end - begin));
  }

  // "Kestrel Mining ... the Kestrel boss", "shares in Kestrel": one word that opens the name of exactly one
  // organization of two words or more in the story, and that no lexicon lists or calls no name, is that
  // organization, read as a body or as a place.
  void read_organization_short_forms() {
    std::map<std::string, std::set<std::string>, std::less<>> longer_by_first;  // first word -> names
    for (const Mention& mention : doc_.mentions) {
      const std::size_t space = mention.key.find(' ');
      if (mention.type == EntityType::organization && space != std::string::npos) longer_by_first[mention.key.substr(0, space)].insert(mention.key);
    }
    if (longer_by_first.empty()) return;
    for (Mention& mention : doc_.mentions) {
      if (mention.type != EntityType::organization && mention.type != EntityType::location) continue;
      const std::string_view written = doc_.slice(mention.span);
      const auto longer = longer_by_first.find(written);
      if (longer == longer_by_first.end() || longer->second.size() != 1 || listed_or_no_name(written)) continue;
      mention.type = EntityType::organization;
      mention.key = *longer->second.begin();
    }
  }

  // "the Great Hall" after "the Great Hall of the People": a place's or a body's name of two words or more that
  // is all of exactly one longer name of the story before its "of" is that name.
  void read_names_cut_before_of() {
    std::map<std::string, std::set<std::pair<std::string, EntityType>>, std::less<>> longer_by_head;  // words before " of " -> names
    for (const Mention& mention : doc_.mentions) {
      if (mention.type != EntityType::organization && mention.type != EntityType::location) continue;
      const std::size_t of = mention.key.find(" of ");
      if (of != std::string::npos && mention.key.find(' ') < of) longer_by_head[mention.key.substr(0, of)].emplace(mention.key, mention.type);
    }
    if (longer_by_head.empty()) return;
    for (Mention& mention : doc_.mentions) {
      if (mention.type != EntityType::organization && mention.type != EntityType::location) continue;
      const auto longer = longer_by_head.find(mention.key);
      if (longer == longer_by_head.end() || longer->second.size() != 1) continue;
      mention.key = longer->second.begin()->first;
      mention.type = longer->second.begin()->second;
    }
  }

  // "Government House said ... at Government House": a name the story reads as a body in one place and a
  // place in another is one node, of the type most of its mentions have; on a tie, the place.
  void read_one_type_per_name() {
    std::map<std::string_view, std::pair<int, int>> counts;  // name -> (bodies, places)
    for (const Mention& mention : doc_.mentions) {
      if (mention.type == EntityType::organization) ++counts[mention.key].first;
      if (mention.type == EntityType::location) ++counts[mention.key].second;
    }
    for (Mention& mention : doc_.mentions) {
      if (mention.type != EntityType::organization && mention.type != EntityType::location) continue;
      const auto [bodies, places] = counts[mention.key];
      if (bodies == 0 || places == 0) continue;
      mention.type = places >= bodies ? EntityType::location : EntityType::organization;
    }
  }

  // Does a lexicon list the one word as a name, or call it no name ("Bank", "National")?
  bool listed_or_no_name(std::string_view word) const {
    if (lexicon_.is_non_name(word)) return true;
    const std::vector<std::uint32_t> ids = lexicon_.key_ids({std::string(word)});
    std::vector<int> found;
    return lexicon_.names().longest_match(ids, 0, found) == 1;
  }

  // "Congerss" written once where "Congress" is written more often: the organization it misspells.
  void read_organization_spellings() {
    std::map<std::string, int> count;
    for (const Mention& mention : doc_.mentions) {
      if (mention.type == EntityType::organization) ++count[mention.key];
    }
    std::vector<std::pair<const std::string*, std::vector<std::string>>> written_often;  // names written twice or more, with their words
    for (const auto& [name, name_count] : count) {
      if (name_count >= 2 && written_often.size() < kMaxCandidates) written_often.emplace_back(&name, words_of(name));
    }
    for (const auto& [typo, typo_count] : count) {
      if (typo_count != 1 || written_often.empty()) continue;
      const std::vector<std::string> typo_words = words_of(typo);
      const auto it = std::find_if(written_often.begin(), written_often.end(), [&](const auto& named) { return misspells(typo_words, named.second, 6); });
      if (it != written_often.end()) organization_spelling_.emplace(typo, *it->first);
    }
  }

  // "Donald Tump" written once where "Donald Trump" is written more often:
  // the name it misspells.
  std::string correctly_spelt(std::size_t n, const std::map<std::string, int>& mention_count) const {
    const auto count = [&](const std::string& name) {
      const auto it = mention_count.find(name);
      return it == mention_count.end() ? 0 : it->second;
    };
    if (count(full_names_[n]) != 1) return full_names_[n];
    for (std::size_t l = 0; l < full_names_.size() && l < kMaxCandidates; ++l) {
      if (l == n || count(full_names_[l]) < 2 || !misspells(full_words_[n], full_words_[l], 4)) continue;
      const auto canonical = canonical_.find(full_names_[l]);
      return canonical != canonical_.end() ? canonical->second : full_names_[l];
    }
    return full_names_[n];
  }

  // "Prime Minister Anwar" after "Anwar Ibrahim", "PM Paetongtarn" after
  // "Paetongtarn Shinawatra": a name written alone that begins exactly one
  // longer name of the story (or misspells its end) is that person, given name or not.
  std::string only_name_starting_with(std::size_t n) {
    // "Sheikh Mohamed" after "Mohamed bin Zayed Al Nahyan": a title that is part of a name, then the name alone.
    const bool titled = full_words_[n].size() == 2 && lexicon_.title_word(full_words_[n][0]) == TitleWordKind::name_title;
    if (full_words_[n].size() != 1 && !titled) return full_names_[n];
    const std::vector<std::string> alone{full_words_[n].back()};
    std::string found;
    for (std::size_t l = 0; l < n && l < kMaxCandidates && full_words_[l].size() > 1; ++l) {
      // The longer name may keep the title too: "Sheikh Mohamed bin Zayed".
      const std::size_t first = titled && full_words_[l].size() > 2 && full_words_[l][0] == full_words_[n][0] ? 1 : 0;
      // ... or ends it, misspelt ("PM Wickremasinghe" after "Ranil Wickremesinghe").
      const bool ends = misspells(alone, {full_words_[l].back()}, 7);
      if (full_words_[l][first] != alone[0] && !ends) continue;
      const std::string& name = canonical_.contains(full_names_[l]) ? canonical_[full_names_[l]] : full_names_[l];
      if (!found.empty() && found != name) return full_names_[n];
      found = name;
    }
    return found.empty() ? full_names_[n] : found;
  }

  // The label of person mention m: its full name's, or for a short form the
  // full name it refers to, the most recently mentioned first; empty if none.
  std::string person_label(std::size_t m) {
    if (const auto full = canonical_.find(person_name_[m]); full != canonical_.end()) return full->second;
    const auto& words = person_words_[m];
    std::size_t examined = 0;
    for (auto it = recent_people_.rbegin(); it != recent_people_.rend() && examined < kMaxCandidates; ++it, ++examined) {
      if (refers_to(words, label_words_[*it], lexicon_)) return doc_.entities[static_cast<std::size_t>(*it)].label;
    }
    for (std::size_t f = 0; f < full_names_.size() && f < kMaxCandidates; ++f) {
      if (refers_to(words, full_words_[f], lexicon_)) return canonical_[full_names_[f]];
    }
    // "Thongloun said" after "Thongloun Sisoulith": a given name alone, as Lao, Thai or Malay news names people,
    // is the one person whose name it begins, when no one else's begins or ends with it.
    if (words.size() == 1) {
      std::string found;
      for (std::size_t f = 0; f < full_names_.size() && f < kMaxCandidates; ++f) {
        if (full_words_[f].size() < 2 || (full_words_[f].front() != words[0] && full_words_[f].back() != words[0])) continue;
        if (full_words_[f].back() == words[0] || (!found.empty() && found != canonical_[full_names_[f]])) {
          found.clear();
          break;
        }
        found = canonical_[full_names_[f]];
      }
      if (!found.empty()) return found;
    }
    // A long surname misspelt ("PM Wickremasinghe" after "Ranil Wickremesinghe"): that person, when only one fits.
    std::string found;
    for (std::size_t f = 0; f < full_names_.size() && f < kMaxCandidates && words.size() == 1; ++f) {
      if (full_words_[f].size() < 2 || !misspells(words, {full_words_[f].back()}, 7)) continue;
      if (!found.empty() && found != canonical_[full_names_[f]]) return {};
      found = canonical_[full_names_[f]];
    }
    return found;
  }

  int entity_of(const Mention& mention, std::size_t m) {
    switch (mention.type) {
      case EntityType::person: {
        const std::string label = person_label(m);
        return label.empty() ? -1 : entity_for(EntityType::person, label, [&] { return label; });
      }
      case EntityType::country:
        return entity_for(EntityType::country, mention.key, [&] {
          const std::string_view label = lexicon_.country_label(mention.key);
          return label.empty() ? mention.key : std::string(label);
        });
      case EntityType::organization: {
        const auto spelt = organization_spelling_.find(mention.key);
        const std::string& name = spelt == organization_spelling_.end() ? mention.key : spelt->second;
        if (!body_owner_[m].empty()) return owned_body(name, body_owner_[m]);
        return entity_for(EntityType::organization, name, [&] { return name; });
      }
      default:
        return entity_for(mention.type, mention.key, [&] { return mention.key; });
    }
  }

  // Entity by type and name (a person's canonical label, any other mention's
  // key): a name met again needs no new id (a slug) and no search by id.
  template <class MakeLabel>
  int entity_for(EntityType type, const std::string& name, MakeLabel make_label) {
    auto& known = entity_of_name_[static_cast<std::size_t>(type)];
    if (const auto it = known.find(name); it != known.end()) return it->second;
    const int index = add_entity(doc_, type, make_id(type, name), make_label());
    known.emplace(name, index);
    return index;
  }

  // A country's state body: its id says the country, as an office's does ("organization:KE:ministry-of-health").
  int owned_body(const std::string& name, const std::string& country) {
    const std::string key = country + '\n' + name;
    if (const auto it = owned_bodies_.find(key); it != owned_bodies_.end()) return it->second;
    const int index = add_entity(doc_, EntityType::organization, "organization:" + country + ":" + text::slug(name), name);
    doc_.entities[static_cast<std::size_t>(index)].attributes["country"] = "country:" + country;
    owned_bodies_.emplace(key, index);
    return index;
  }

  // Person entities by their latest kept mention, latest last, with the words of their labels.
  void note_recent(int entity) {
    const auto known = label_words_.find(entity);
    if (known == label_words_.end()) {  // the entity is new, made with this mention's label
      label_words_.emplace(entity, words_of(doc_.entities[static_cast<std::size_t>(entity)].label));
    } else {
      const auto at = std::find(recent_people_.rbegin(), recent_people_.rend(), entity);  // mostly near the end
      recent_people_.erase(std::next(at).base());
    }
    recent_people_.push_back(entity);
  }

  Document& doc_;
  const Lexicon& lexicon_;
  std::vector<std::string> person_name_;
  std::vector<std::vector<std::string>> person_words_;
  std::vector<std::string> full_names_;  // longest first, then alphabetical
  std::vector<std::vector<std::string>> full_words_;
  std::map<std::string, std::string> canonical_;
  std::vector<int> recent_people_;
  std::map<int, std::vector<std::string>> label_words_;
  std::map<std::string, std::string> regnal_titles_;  // one-word name -> the monarch's title written before it
  std::array<StringMap<int>, 5> entity_of_name_;
  std::map<std::string, std::string> organization_spelling_;  // an organization's name misspelt once -> as written more often
  std::vector<std::string> body_owner_;  // per mention: the country code of a state body named without its country
  std::map<std::string, bool, std::less<>> nameless_body_;
  std::map<std::string, int> owned_bodies_;  // country code, newline, name -> entity
};

}  // namespace

void resolve_names(Document& doc, const Lexicon& lexicon) { NameResolver(doc, lexicon).run(); }

Reading resolve(Document& doc, const Lexicon& lexicon, TokenKeys keys) {
  resolve_names(doc, lexicon);
  Reading reading(doc, lexicon, std::move(keys));  // mentions are final from here on
  resolve_offices(reading);
  resolve_affiliations(reading);
  add_implied_countries(doc, lexicon);
  resolve_references(reading);
  resolve_counterparts(reading);
  return reading;
}

void resolve(Document& doc, const Lexicon& lexicon) { resolve(doc, lexicon, token_keys(doc, lexicon)); }

}  // namespace newsgraph
