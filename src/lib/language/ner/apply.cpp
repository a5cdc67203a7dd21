#include "language/ner/apply.hpp"

#include <algorithm>
#include <optional>
#include <unordered_set>

#include "base/text.hpp"
#include "language/lexicon.hpp"
#include "language/ner/model.hpp"
#include "language/ner/tagger.hpp"
#include "language/recognize.hpp"
#include "language/segment.hpp"

namespace newsgraph::ner {

namespace {

// Where a rule mention comes from: an office title, a lexicon entry, or a
// guess of the rules about capitalized words no lexicon lists.
enum class Origin : std::uint8_t { office, lexicon, rule };

struct Placed {
  std::uint32_t first = 0, end = 0;  ///< its tokens
  Origin origin = Origin::rule;
};

// Where a mention is among the tokens, and where it comes from. Mentions
// come in text order: `cursor` (a token before the mention) only moves on.
Placed place(const Document& doc, const Lexicon& lexicon, const TokenKeys& keys, const Mention& m, std::size_t& cursor, std::vector<int>& found) {
  while (cursor < doc.tokens.size() && doc.tokens[cursor].span.end <= m.span.begin) ++cursor;
  Placed p;
  p.first = static_cast<std::uint32_t>(cursor);
  std::size_t end = cursor;
  while (end < doc.tokens.size() && doc.tokens[end].span.begin < m.span.end) ++end;
  p.end = static_cast<std::uint32_t>(end);
  if (m.type == EntityType::office) {
    p.origin = Origin::office;
  } else if (m.type == EntityType::country) {
    p.origin = Origin::lexicon;
  } else if (m.type == EntityType::person) {
    p.origin = m.key.empty() ? Origin::rule : Origin::lexicon;
  } else {
    // An organization or place is listed when a lexicon phrase spans it exactly.
    const std::uint32_t length = lexicon.names().longest_match(keys.exact_id, p.first, found);
    p.origin = length == p.end - p.first ? Origin::lexicon : Origin::rule;
  }
  return p;
}

// "ROME", "ANA LIMA" in a headline or dateline in capitals go by their Title
// Case form; an acronym ("RSS", "IRNA") stays as written.
std::string name_text(std::string_view name, bool capitals_line, const Lexicon& lexicon) {
  std::string out(name);
  if (std::any_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; }) || !text::is_ascii(name)) return out;
  for (std::size_t i = 1; i < out.size(); ++i) {
    const char before = out[i - 1];
    const bool word_start = !((before >= 'A' && before <= 'Z') || (before >= 'a' && before <= 'z') || before == '\'');
    if (!word_start) out[i] = text::ascii_lower(out[i]);
  }
  return capitals_line || lexicon.key_id(out) != Vocabulary::unknown ? out : std::string(name);
}

// The margin (FoundName::margin) below which a name the model found changes
// nothing: a person's name, about the weight of two or three features
// together; other names, more (organizations and places the rules do not
// know are where the model errs most, and the graph keeps only those that
// matter to the story).
constexpr float kMinPersonMargin = 10.0F;
constexpr float kMinOtherMargin = 25.0F;
bool confident(const FoundName& name) {
  return name.margin >= (name.type == NameType::person ? kMinPersonMargin : kMinOtherMargin);
}

EntityType entity_type(NameType type) {
  return type == NameType::person ? EntityType::person : type == NameType::organization ? EntityType::organization : EntityType::location;
}

// How the sentence holding a name is written.
struct SentenceKind {
  bool title_case = false;  ///< a headline in Title Case: most words capitalized
  bool capitals = false;    ///< a line in capitals
};

SentenceKind kind_of(const Document& doc, const Lexicon& lexicon, const TokenKeys& keys, const Sentence& s) {
  int words = 0, capitalized = 0, capitals = 0, lower_content = 0;
  for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
    const Token& t = doc.tokens[i];
    if (t.kind != TokenKind::word) continue;
    ++words;
    capitalized += t.capitalized ? 1 : 0;
    capitals += t.all_caps ? 1 : 0;
    lower_content += !t.capitalized && !lexicon.in_class(keys.lower_id[i], WordClass::headline_minor_word) ? 1 : 0;
  }
  SentenceKind kind;
  kind.capitals = words >= 2 && capitals * 10 >= words * 7;
  // A sentence listing officials by their titles has a verb in lower case ("Present were ...").
  kind.title_case = !kind.capitals && words >= 4 && capitalized * 10 >= words * 7 && lower_content == 0;
  return kind;
}

// Does the name starting at token `first` follow an office and "of" (and "the"): "Chairman of the National
// Assembly", the office's owner?
bool after_office_of(const Document& doc, const Lexicon& lexicon, const TokenKeys& keys, const std::vector<std::uint8_t>& office_words, std::uint32_t first) {
  std::uint32_t p = first;
  if (p > 0 && lexicon.in_class(keys.lower_id[p - 1], WordClass::definite_article)) --p;
  return p >= 2 && lexicon.in_class(keys.lower_id[p - 1], WordClass::genitive) && !doc.tokens[p - 1].capitalized && office_words[p - 2];
}

// Decides, name by name, what becomes of the rule mentions a name overlaps.
struct Reconciler {
  Document& doc;
  const Lexicon& lexicon;
  const TokenKeys& keys;
  const std::vector<Placed>& placed;
  std::vector<bool>& dropped;
  std::vector<Mention>& added;
  const std::vector<std::uint8_t>& office_words;  ///< 1 for a token of an office the rules found
  /// Words of people's names of two or more words in the document (the rules' and the model's):
  /// a rule's person made only of them refers back to someone ("Morimoto said") and stays a person.
  std::unordered_set<std::string_view> name_words{};

  bool refers_to_person(std::size_t k) const {
    if (doc.mentions[k].type != EntityType::person) return false;
    for (std::uint32_t t = placed[k].first; t < placed[k].end; ++t) {
      if (!name_words.contains(keys.exact[t])) return false;
    }
    return true;
  }

  // "the Coalition of Domestic Election Observers (said)": a rule's guess at a person with no given name (a
  // verb of saying after it at most) that ends the model's confident organization after its "of" completes
  // the body's name.
  bool completes_body_name(const FoundName& name, std::size_t k) const {
    const std::uint32_t first = placed[k].first;
    return name.type == NameType::organization && confident(name) && placed[k].origin == Origin::rule && placed[k].end == name.end_token &&
           first > name.first_token + 1 && lexicon.in_class(keys.lower_id[first - 1], WordClass::genitive) && !doc.tokens[first - 1].capitalized &&
           !lexicon.is_given_name(keys.exact_id[first]);
  }

  // "Tesfaye Alemu of Ethiopia", read as one organization's name: words of a person's name the story gives
  // (no body's head word among them), "of" and a country, and nothing after it.
  bool person_of_country(const FoundName& name, std::vector<int>& found) const {
    std::uint32_t k = name.first_token;
    while (k < name.end_token && name_words.contains(keys.exact[k])) ++k;
    if (k < name.first_token + 2 || k + 1 >= name.end_token || !lexicon.in_class(keys.lower_id[k], WordClass::person_name_end) ||
        !lexicon.org_suffix(keys.exact_id[k - 1]).empty()) {
      return false;
    }
    return lexicon.names().longest_match(keys.exact_id, k + 1, found) == name.end_token - k - 1 &&
           std::any_of(found.begin(), found.end(), [&](int e) { return lexicon.entry(e).kind == LexKind::country; });
  }

  // A person's name without the words before it that are no part of it
  // (an office the rules found, "Head of Public Service", a title word,
  // "Dr", a demonym, "Malaysian") and without what follows "of" ("Justin
  // Trudeau of Canada": a word of class person_name_end).
  FoundName trimmed(FoundName name, std::vector<int>& found) const {
    // "Cabinet Secretary for Health Aden Duale": the portfolio after a title and "for" is the title's, and
    // the name after it is the holder's, as the rules read it.
    if (name.first_token >= 2 && office_words[name.first_token - 2] && lexicon.in_class(keys.lower_id[name.first_token - 1], WordClass::portfolio_link)) {
      std::uint32_t k = name.first_token;
      while (k < name.end_token && doc.tokens[k].capitalized && lexicon.in_class(keys.lower_id[k], WordClass::portfolio)) ++k;
      if (k > name.first_token && k < name.end_token) {
        name.first_token = k;
        name.type = NameType::person;
      }
    }
    // "Lagos-based Cordel Securities": a hyphened description opening the name is no part of it.
    while (name.end_token - name.first_token > 1 && lexicon.is_compound_modifier(keys.exact[name.first_token])) ++name.first_token;
    if (name.type == NameType::organization && person_of_country(name, found)) name.type = NameType::person;
    if (name.type != NameType::person) return name;
    // "Minister of Industry, Trade and Investment Ana Lima": the portfolio's last words are the title's too.
    while (name.first_token + 1 < name.end_token && in_title_portfolio(lexicon, keys, name.first_token, name.first_token + 1)) ++name.first_token;
    // The name follows the last title word or office word before its last word.
    for (std::uint32_t k = name.end_token - 1; k-- > name.first_token;) {
      const TitleWordKind title = lexicon.title_word(keys.exact_id[k]);
      // "Lawyer Anna Lopez said": an occupation, capitalized (to open the sentence), before the name.
      const bool role = lexicon.title_word(keys.lower_id[k]) == TitleWordKind::role;
      if (office_words[k] || role || (title != TitleWordKind::none && title != TitleWordKind::name_title)) {
        name.first_token = k + 1;
        break;
      }
    }
    // "Foreign Minister of Ethiopia Hana Bekele", "Regional Director for Asia Hana Bekele": a country or a
    // continent named before a name of two words or more belongs to the title ("Jordan Henderson", one word
    // after, stays a name).
    if (const std::uint32_t n = lexicon.scene_name_at(keys.exact_id, name.first_token); n > 0 && name.first_token + n + 2 <= name.end_token) {
      name.first_token += n;
    }
    while (name.end_token - name.first_token > 1) {
      const std::uint32_t id = keys.exact_id[name.first_token];
      const bool demonym = lexicon.names().longest_match(keys.exact_id, name.first_token, found) == 1 &&
                           std::any_of(found.begin(), found.end(), [&](int e) { return lexicon.entry(e).kind == LexKind::demonym; });
      if (!(demonym || lexicon.is_non_name(id) || !doc.tokens[name.first_token].capitalized)) break;
      ++name.first_token;
    }
    for (std::uint32_t k = name.first_token + 1; k < name.end_token; ++k) {
      if (lexicon.in_class(keys.lower_id[k], WordClass::person_name_end)) {
        name.end_token = k;
        break;
      }
    }
    return name;
  }

  // "The South African Reserve Bank kept ...": "The", capitalized to open the sentence (after its dateline),
  // is no part of a name the lexicon does not list with it ("The Hague").
  FoundName without_opening_article(FoundName name, const Sentence& s, std::vector<int>& found) const {
    const std::uint32_t t = name.first_token;
    if (name.end_token - t < 2 || t != after_dateline(doc, s) || doc.tokens[t].all_caps || !lexicon.in_class(keys.lower_id[t], WordClass::definite_article)) {
      return name;
    }
    if (lexicon.names().longest_match(keys.exact_id, t, found) < 2) ++name.first_token;
    return name;
  }

  // "RUTO MEETS MUSEVENI IN KAMPALA": in a line in capitals every word looks like a name's; a word the rules
  // read (a verb of meeting or saying, "in", "to") ends the name, unless it joins a name's words ("OF", "BIN").
  // The name also ends where the words in Title Case ("Ana Lima Wins") are written nowhere else in the text:
  // a headline's name is the story's, told again in its body.
  FoundName cut_in_capitals(FoundName name, std::vector<int>& found) const {
    for (std::uint32_t k = name.first_token + 1; k < name.end_token; ++k) {
      const std::uint32_t id = keys.lower_id[k];
      const bool joins = lexicon.in_class(id, WordClass::name_connector) || lexicon.in_class(id, WordClass::name_joiner);
      if ((lexicon.in_some_class(id) && !joins) || lexicon.triggers().longest_match(keys.lower_id, k, found) > 0) {
        name.end_token = k;
        break;
      }
    }
    while (name.end_token > name.first_token && !written_in_title_case_elsewhere(doc, name.first_token, name.end_token)) --name.end_token;
    return name;
  }

  // "BRUSSELS (Reuters) -", "(Bloomberg) —": the wire service credited at the head of a story is not in it.
  bool wire_credit(const FoundName& name, const Sentence& s) const {
    const bool bracketed = name.first_token > s.first_token && name.end_token < s.end_token &&
                           doc.slice(doc.tokens[name.first_token - 1].span) == "(" && doc.slice(doc.tokens[name.end_token].span) == ")";
    return bracketed && name.first_token <= s.first_token + 7;
  }

  // Is a name where a place is named: after "in", "at", "visited", in a
  // dateline, or in apposition ("Hambantota, Sri Lanka")?
  bool place_context(const FoundName& name, const Sentence& s, SentenceKind kind) const {
    const std::uint32_t before = name.first_token;
    if (before == s.first_token) return kind.capitals || name.end_token < s.end_token;  // a dateline, or a sentence opening with a place
    if (after_place_word(name, s)) return true;
    return name.end_token < s.end_token && doc.slice(doc.tokens[name.end_token].span) == ",";
  }

  // After a word that names a place: "in", "near", "visited", "the northern city of", "the town of".
  bool after_place_word(const FoundName& name, const Sentence& s) const {
    const std::uint32_t before = name.first_token;
    if (before == s.first_token) return false;
    if (lexicon.in_class(keys.lower_id[before - 1], WordClass::place_cue)) return true;
    return before >= s.first_token + 2 && lexicon.in_class(keys.lower_id[before - 1], WordClass::genitive) &&
           lexicon.in_class(keys.lower_id[before - 2], WordClass::place_noun);
  }

  // May a name nobody else found stand? Not generic words ("Office", "Government"), unless they own the
  // office before them ("Chairman of the National Assembly"); a place only where something happens there.
  bool may_add(const FoundName& name, const Sentence& s, SentenceKind kind) const {
    bool generic = name.type == NameType::person || !after_office_of(doc, lexicon, keys, office_words, name.first_token);
    for (std::uint32_t k = name.first_token; k < name.end_token && generic; ++k) generic = lexicon.is_non_name(keys.exact_id[k]);
    return !generic && !in_title_portfolio(lexicon, keys, name.first_token, name.end_token) && (name.type != NameType::location || place_context(name, s, kind));
  }

  // A name in capitals that a lexicon lists in Title Case ("ROME", "JAPAN"
  // in a dateline or a headline) is what the lexicon says: the model only
  // found it. A demonym is no name of a place here.
  std::optional<Mention> listed_in_capitals(const FoundName& name, std::vector<std::uint32_t>& ids, std::vector<int>& found) const {
    ids.clear();
    for (std::uint32_t k = name.first_token; k < name.end_token; ++k) {
      if (!doc.tokens[k].all_caps) return std::nullopt;
      ids.push_back(lexicon.key_id(name_text(keys.exact[k], true, lexicon)));
    }
    if (lexicon.names().longest_match(ids, 0, found) != ids.size()) return std::nullopt;
    const LexEntry* best = nullptr;
    for (const int e : found) {
      const LexEntry& entry = lexicon.entry(e);
      if (!best || static_cast<int>(entry.kind) < static_cast<int>(best->kind)) best = &entry;
    }
    Mention m;
    m.span = {doc.tokens[name.first_token].span.begin, doc.tokens[name.end_token - 1].span.end};
    m.form = MentionForm::name;
    m.key = best->key;
    switch (best->kind) {
      case LexKind::country: m.type = EntityType::country; break;
      case LexKind::organization: m.type = EntityType::organization; break;
      case LexKind::person: m.type = EntityType::person; break;
      case LexKind::capital:  // a place where the story happens, as in a dateline
      case LexKind::location:
        m.type = EntityType::location;
        m.key = best->kind == LexKind::capital ? name_text(doc.slice(m.span), true, lexicon) : best->key;
        break;
      case LexKind::demonym:
      case LexKind::office: return std::nullopt;
    }
    return m;
  }

  void add(const FoundName& name, SentenceKind kind, const std::optional<Mention>& listed) {
    if (listed) {
      added.push_back(*listed);
      return;
    }
    Mention m;
    m.span = {doc.tokens[name.first_token].span.begin, doc.tokens[name.end_token - 1].span.end};
    m.form = MentionForm::name;
    m.type = entity_type(name.type);
    // "Liberty Square", "the Marlowe Hotel": the head word of a venue makes it a place, whatever the model read.
    if (m.type == EntityType::organization && lexicon.org_suffix(keys.exact_id[name.end_token - 1]) == "venue") m.type = EntityType::location;
    const std::string text = name_text(doc.slice(m.span), kind.capitals, lexicon);
    if (m.type == EntityType::person) {
      m.weak = name.end_token - name.first_token == 1;  // a surname alone only refers back to a full name
      if (text != doc.slice(m.span)) m.key = text;
    } else {
      m.key = text;
    }
    added.push_back(std::move(m));
  }

  // "Governor of Washington Chris Gregoire", "Mayor of Porto Rui Moreira": a listed place opening the
  // model's person, then a person of two words or more that opens with a given name, are two names.
  bool place_before_full_name(const FoundName& name, std::size_t lo, std::size_t hi) const {
    if (name.type != NameType::person || hi - lo != 2 || placed[lo].origin != Origin::lexicon || placed[lo].first != name.first_token) return false;
    const EntityType place = doc.mentions[lo].type;
    if (place != EntityType::location && place != EntityType::country) return false;
    const Mention& person = doc.mentions[lo + 1];
    return person.type == EntityType::person && placed[lo + 1].end - placed[lo + 1].first >= 2 && lexicon.is_given_name(keys.exact_id[placed[lo + 1].first]);
  }

  // `raw_first`: where the model's name began before trimmed() took titles off it.
  void apply(const FoundName& name, std::uint32_t raw_first, std::size_t lo, std::size_t hi, const Sentence& s, SentenceKind kind) {
    // A headline in Title Case, where every word looks like a name, is the rules' alone; and a name the model
    // is unsure of changes nothing.
    if (kind.title_case || wire_credit(name, s)) return;
    std::vector<std::uint32_t> ids;
    std::vector<int> found;
    const std::optional<Mention> listed = listed_in_capitals(name, ids, found);
    // A name in capitals the lexicon lists takes the lexicon's type, and a place where something happens
    // ("in Wexford") is one by the words around it: the model need only be sure they are names.
    const bool placed_by_words = name.type == NameType::location && place_context(name, s, kind);
    if (!(listed || placed_by_words ? name.margin >= kMinPersonMargin : confident(name))) return;
    if (lo == hi) {
      if (may_add(name, s, kind)) add(name, kind, listed);
      return;
    }
    // "Iain Duncan Smith" where the model saw "Duncan Smith": a rule's person that ends where the model's
    // person ends, with more capitalized words before, is confirmed with the rule's extent (not when the
    // first of them only opens the sentence: "Bright Harbor Mills, a hub ...").
    const bool opens_sentence = placed[lo].first == s.first_token && !lexicon.is_given_name(keys.exact_id[placed[lo].first]);
    if (name.type == NameType::person && hi - lo == 1 && doc.mentions[lo].type == EntityType::person && !opens_sentence &&
        placed[lo].origin == Origin::rule && placed[lo].end == name.end_token && placed[lo].first < name.first_token) {
      doc.mentions[lo].weak = false;
      return;
    }
    for (std::size_t k = lo; k < hi; ++k) {
      // Offices stay; so do mentions reaching outside the name (the two disagree on where names end), but
      // for a rule's person the model also found, with title words the model's name leaves out.
      const bool outside = placed[k].first < name.first_token || placed[k].end > name.end_token;
      const bool narrower_person = name.type == NameType::person && doc.mentions[k].type == EntityType::person && placed[k].origin == Origin::rule &&
                                   raw_first <= placed[k].first && placed[k].end == name.end_token;
      if (placed[k].origin == Origin::office || (outside && !narrower_person)) return;
    }
    if (name.type != NameType::person) {
      // A weak guess of the rules ("near Port Alder", nothing saying it is someone) is no person where the
      // words make the name a place and the model is sure of it ("comments from Akazawa" stays a person).
      for (std::size_t k = lo; k < hi; ++k) {
        if (refers_to_person(k) && !(name.type == NameType::location && confident(name) && after_place_word(name, s) && doc.mentions[k].weak) &&
            !completes_body_name(name, k)) {
          return;
        }
      }
    }
    Mention& only = doc.mentions[lo];
    if (hi - lo == 1 && placed[lo].first == name.first_token && placed[lo].end == name.end_token) {
      if (placed[lo].origin == Origin::lexicon) return;  // the lexicon knows it (and splits countries from places)
      // "the province of Nueva Ecija": the words made it a place; the model's person does not undo that.
      if (only.type == EntityType::location && name.type == NameType::person && after_place_word(name, s)) return;
      // "Civic Platform leader X", "Bayern Munich", "Lake Naivasha": a body or a place the words named (its
      // head word, its first word, the office it owns) stays one.
      if ((only.type == EntityType::organization || only.type == EntityType::location) && !only.weak) return;
      if (only.type == entity_type(name.type)) {
        if (only.type == EntityType::person && name.end_token - name.first_token > 1) only.weak = false;  // the model confirms it
        return;
      }
    } else {
      // A longer name around one name the lexicon knows ("Ana Lima", "German Press Agency", "Belém Palace"),
      // not around two ("US Texas"); a demonym before a person's name is no part of it ("Kenyan William Ruto").
      std::size_t lexicon_names = 0;
      for (std::size_t k = lo; k < hi; ++k) {
        lexicon_names += placed[k].origin == Origin::lexicon ? 1 : 0;
        if (name.type == NameType::person && doc.mentions[k].form == MentionForm::demonym) return;
      }
      if (lexicon_names > 1 || place_before_full_name(name, lo, hi)) return;
      // "Thanking Kenya": a capital on the first word of a sentence is no evidence of a name, unless a given name.
      const bool first_listed = placed[lo].first == name.first_token && placed[lo].origin == Origin::lexicon;
      if (name.first_token == s.first_token && !first_listed && !lexicon.is_given_name(keys.exact_id[name.first_token])) return;
    }
    for (std::size_t k = lo; k < hi; ++k) dropped[k] = true;
    add(name, kind, listed);
  }
};

// Is token k the head word that ends a body's name ("Assembly", "Ministry", "Holdings"), or, opening the name,
// an acronym ("UNESCO")?
bool ends_owner_name(const Document& doc, const Lexicon& lexicon, const TokenKeys& keys, std::uint32_t k, std::uint32_t first) {
  const std::string_view kind = lexicon.org_suffix(keys.exact_id[k]);
  if (kind == "body" || kind == "government" || kind == "company") return true;
  return k == first && doc.tokens[k].all_caps && keys.exact[k].size() >= 2;
}

// "Chairman of the National Assembly Vuong Dinh Tran", "Director-General of UNESCO Audrey Azoulay": after an
// office and "of" (and "the"), the model may read the office's owner and its holder's name as one name. The
// owner ends at its head word or is an acronym; two capitalized words or more after it, none a body's word,
// are the holder's name. Names come in text order and stay so.
std::vector<FoundName> split_owner_and_holder(std::vector<FoundName> names, const Document& doc, const Lexicon& lexicon, const TokenKeys& keys,
                                              const std::vector<std::uint8_t>& office_words) {
  const auto holder_word = [&](std::uint32_t k) {
    return doc.tokens[k].kind == TokenKind::word && doc.tokens[k].capitalized && lexicon.org_suffix(keys.exact_id[k]).empty() &&
           !lexicon.is_org_prefix(keys.exact_id[k]);
  };
  std::vector<FoundName> out;
  out.reserve(names.size());
  for (const FoundName& name : names) {
    std::uint32_t split = name.end_token;
    if (name.type != NameType::misc && name.end_token - name.first_token >= 3 && after_office_of(doc, lexicon, keys, office_words, name.first_token)) {
      for (std::uint32_t k = name.end_token - 1; k > name.first_token && holder_word(k); --k) {
        if (name.end_token - k >= 2 && ends_owner_name(doc, lexicon, keys, k - 1, name.first_token)) split = k;
      }
    }
    if (split == name.end_token) {
      out.push_back(name);
      continue;
    }
    out.push_back({name.first_token, split, NameType::organization, name.margin});
    out.push_back({split, name.end_token, NameType::person, name.margin});
  }
  return out;
}

// "President of the Senate Tomas Berg": where the model finds only the holder's name at the end of a rule's
// guess after an office and "of", and the words before it end with a body's head word, those words are the
// owner's name (as sure as the holder's). Names stay in text order.
void add_owners_before_holders(std::vector<FoundName>& names, const Document& doc, const Lexicon& lexicon, const TokenKeys& keys,
                               const std::vector<std::uint8_t>& office_words, const std::vector<Placed>& placed) {
  std::vector<FoundName> owners;
  for (const Placed& p : placed) {
    if (p.origin != Origin::rule || !after_office_of(doc, lexicon, keys, office_words, p.first)) continue;
    const auto holder = std::lower_bound(names.begin(), names.end(), p.first, [](const FoundName& n, std::uint32_t t) { return n.end_token <= t; });
    if (holder == names.end() || holder->type != NameType::person || holder->end_token != p.end || holder->first_token <= p.first) continue;
    if (holder != names.begin() && (holder - 1)->end_token > p.first) continue;  // the model named the owner's words already
    if (!ends_owner_name(doc, lexicon, keys, holder->first_token - 1, p.first)) continue;
    bool capitalized = true;
    for (std::uint32_t t = p.first; t < holder->first_token && capitalized; ++t) capitalized = doc.tokens[t].capitalized;
    if (capitalized) owners.push_back({p.first, holder->first_token, NameType::organization, holder->margin});
  }
  if (owners.empty()) return;
  names.insert(names.end(), owners.begin(), owners.end());
  std::stable_sort(names.begin(), names.end(), [](const FoundName& a, const FoundName& b) { return a.first_token < b.first_token; });
}

// "Chairman of the National Assembly Tran Van Minh": a rule's guess over an office's owner and its holder, which
// the model reads as two names (a body's or a place's, then a person's), gives way to the two.
void drop_owner_and_holder_guesses(Document& doc, const Lexicon& lexicon, const TokenKeys& keys, const std::vector<std::uint8_t>& office_words,
                                   std::vector<Placed>& placed, const std::vector<FoundName>& names) {
  const auto read_as_two = [&](const Placed& p) {
    const auto owner = std::lower_bound(names.begin(), names.end(), p.first, [](const FoundName& n, std::uint32_t t) { return n.first_token < t; });
    if (owner == names.end() || owner + 1 == names.end() || owner->first_token != p.first) return false;
    const FoundName& holder = *(owner + 1);
    return (owner->type == NameType::organization || owner->type == NameType::location) && holder.type == NameType::person &&
           holder.first_token == owner->end_token && holder.end_token == p.end;
  };
  std::size_t kept = 0;
  for (std::size_t k = 0; k < placed.size(); ++k) {
    const bool split = placed[k].origin == Origin::rule && after_office_of(doc, lexicon, keys, office_words, placed[k].first) && read_as_two(placed[k]);
    if (split) continue;
    if (kept != k) {
      placed[kept] = placed[k];
      doc.mentions[kept] = std::move(doc.mentions[k]);
    }
    ++kept;
  }
  placed.resize(kept);
  doc.mentions.resize(kept);
}

}  // namespace

void apply_learned_names(Document& doc, const Lexicon& lexicon, const TokenKeys& keys, const Model& model) {
  std::vector<Placed> placed;
  placed.reserve(doc.mentions.size());
  std::vector<int> found;
  // Words in lexicon names and offices are settled: a run of capitalized words made only of them
  // ("President Barack Obama", "United States") is not looked at again.
  std::vector<std::uint8_t> settled(doc.tokens.size(), 0), office_words(doc.tokens.size(), 0);
  std::size_t cursor = 0;
  for (const Mention& m : doc.mentions) {
    const Placed& p = placed.emplace_back(place(doc, lexicon, keys, m, cursor, found));
    if (p.origin != Origin::rule) std::fill(settled.begin() + p.first, settled.begin() + p.end, 1);
    if (p.origin == Origin::office) std::fill(office_words.begin() + p.first, office_words.begin() + p.end, 1);
  }
  std::vector<FoundName> names = split_owner_and_holder(find_names(doc, lexicon, keys, model, settled), doc, lexicon, keys, office_words);
  add_owners_before_holders(names, doc, lexicon, keys, office_words, placed);
  drop_owner_and_holder_guesses(doc, lexicon, keys, office_words, placed, names);
  std::vector<bool> dropped(doc.mentions.size(), false);
  // Per mention: a name of the model overlaps it, a person's or another's (confidently or not).
  std::vector<bool> named_person(doc.mentions.size(), false), named_other(doc.mentions.size(), false), unsure_other(doc.mentions.size(), false);
  std::vector<Mention> added;
  Reconciler reconciler{doc, lexicon, keys, placed, dropped, added, office_words};
  const auto note_name_words = [&](std::uint32_t first, std::uint32_t end) {
    if (end - first < 2) return;
    for (std::uint32_t t = first; t < end; ++t) reconciler.name_words.insert(keys.exact[t]);
  };
  for (std::size_t k = 0; k < doc.mentions.size(); ++k) {
    if (doc.mentions[k].type == EntityType::person) note_name_words(placed[k].first, placed[k].end);
  }
  for (const FoundName& name : names) {
    if (name.type == NameType::person) note_name_words(name.first_token, name.end_token);
  }
  // Mentions do not overlap and are sorted, as are the names and the sentences: one sweep.
  std::size_t lo = 0, sentence = 0;
  std::size_t kind_of_sentence = doc.sentences.size();  // the sentence `kind` describes
  SentenceKind kind;
  for (const FoundName& found_name : names) {
    FoundName name = reconciler.trimmed(found_name, found);
    while (doc.sentences[sentence].end_token <= name.first_token) ++sentence;
    name = reconciler.without_opening_article(name, doc.sentences[sentence], found);
    if (kind_of_sentence != sentence) {
      kind = kind_of(doc, lexicon, keys, doc.sentences[sentence]);
      kind_of_sentence = sentence;
    }
    if (kind.capitals || in_capitals_stretch(doc, doc.sentences[sentence], name.first_token, name.end_token)) {
      name = reconciler.cut_in_capitals(name, found);
      if (name.end_token == name.first_token) continue;
    }
    while (lo < placed.size() && placed[lo].end <= name.first_token) ++lo;
    std::size_t hi = lo;
    while (hi < placed.size() && placed[hi].first < name.end_token) ++hi;
    for (std::size_t k = lo; k < hi; ++k) {
      if (name.type == NameType::person) named_person[k] = true;
      if (name.type != NameType::person) (confident(name) ? named_other : unsure_other)[k] = true;
    }
    if (name.type != NameType::misc) reconciler.apply(name, found_name.first_token, lo, hi, doc.sentences[sentence], kind);
  }
  // A rule's guess that capitalized words are a person goes when the model
  // sees them as part of another kind of name (a prize, a show, a holiday);
  // a weak guess of several words (no title, no given name) also goes when
  // the model sees no name there at all. A lone surname stays for resolve,
  // which keeps it only where it refers back to a full name ("Morimoto said").
  for (std::size_t k = 0; k < doc.mentions.size(); ++k) {
    const Mention& m = doc.mentions[k];
    if (m.type != EntityType::person || placed[k].origin != Origin::rule || named_person[k]) continue;
    const bool several_words = placed[k].end - placed[k].first > 1;
    if ((named_other[k] && !reconciler.refers_to_person(k)) || (m.weak && several_words && !unsure_other[k])) dropped[k] = true;
  }
  if (added.empty() && std::find(dropped.begin(), dropped.end(), true) == dropped.end()) return;
  // Both lists are in text order: merge them.
  std::vector<Mention> kept;
  kept.reserve(doc.mentions.size() + added.size());
  std::size_t next_added = 0;
  for (std::size_t k = 0; k < doc.mentions.size(); ++k) {
    while (next_added < added.size() && added[next_added].span < doc.mentions[k].span) kept.push_back(std::move(added[next_added++]));
    if (!dropped[k]) kept.push_back(std::move(doc.mentions[k]));
  }
  while (next_added < added.size()) kept.push_back(std::move(added[next_added++]));
  doc.mentions = std::move(kept);
}

}  // namespace newsgraph::ner
