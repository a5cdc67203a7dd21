#include "language/recognize.hpp"

#include <algorithm>
#include <cstdint>

#include "language/acronyms.hpp"
#include "language/credits.hpp"
#include "language/lexicon.hpp"
#include "language/ner/apply.hpp"
#include "language/ner/model.hpp"
#include "language/repeated_names.hpp"
#include "language/segment.hpp"
#include <cctype>

#include "base/text.hpp"

namespace newsgraph {

void TokenKeys::truncate(std::size_t count) {
  if (count >= exact.size()) return;
  exact.resize(count);
  lower.resize(count);
  exact_id.resize(count);
  lower_id.resize(count);
}

namespace {

struct Recognizer {
  Document& doc;
  const Lexicon& lex;
  const TokenKeys& keys;
  std::vector<int> entries;
  int headline_names_read_ = 0;  ///< names in Title Case lines looked for in the rest of the text

  // A lower-case head word of a state body ("presidency", "ministry", "embassy"; not
  // "government", which is the country itself).
  bool lower_state_body(std::size_t t) const {
    if (!is_word(t) || doc.tokens[t].capitalized || in(t, WordClass::state_itself)) return false;
    return lex.org_head_kind(keys.lower[t]) == "government";
  }

  // The end of a lower-case state body starting at token j, past one lower-case
  // qualifier ("foreign ministry", "presidency") or with its portfolio after "of"
  // ("ministry of finance"), or 0 when there is none.
  std::size_t lower_body_end(std::size_t j, std::size_t sentence_end) const {
    if (j < sentence_end && is_word(j) && !doc.tokens[j].capitalized && !lower_state_body(j) && j + 1 < sentence_end) ++j;  // "foreign"
    if (j >= sentence_end || !lower_state_body(j)) return 0;
    // "ministry of foreign affairs", "department of trade and industry": its portfolio words, in lower case.
    std::size_t end = j + 1;
    if (end + 1 >= sentence_end || !in(end, WordClass::genitive)) return end;
    for (std::size_t k = end + 1; k < sentence_end && !doc.tokens[k].capitalized; ++k) {
      if (in(k, WordClass::portfolio)) {
        end = k + 1;
      } else if (!(in(k, WordClass::additive_conjunction) && k + 1 < sentence_end && in(k + 1, WordClass::portfolio))) {
        break;
      }
    }
    return end;
  }

  // Is there a verb of saying ("said", "told") at token t?
  bool say_verb_at(std::size_t t) {
    if (lex.triggers().longest_match(keys.lower_id, t, scratch) == 0) return false;
    return std::any_of(scratch.begin(), scratch.end(), [&](int entry) { return lex.trigger_class(entry) == TriggerClass::say; });
  }
  // Continents and world regions ("Africa", "Southeast Asia"): read as places, so that no other rule
  // takes their words, then left out: they set the scene, nothing happens at them.
  std::vector<Span> context_only{};
  std::vector<int> scratch{};  // lookup results, reused: this runs for every capitalized run
  // The words the text writes in lower case somewhere, sorted; made the first time they are asked for.
  mutable std::vector<std::string_view> lower_case_words{};
  mutable bool lower_case_words_read = false;

  // Is the word of token t written in lower case elsewhere in the text ("Ruling party wins", then "the
  // ruling party")? A capital on it is then only the sentence's.
  bool written_in_lower_case(std::size_t t) const {
    if (!lower_case_words_read) {
      for (std::size_t k = 0; k < doc.tokens.size(); ++k) {
        if (is_word(k) && !doc.tokens[k].capitalized) lower_case_words.push_back(keys.lower[k]);
      }
      std::sort(lower_case_words.begin(), lower_case_words.end());
      lower_case_words_read = true;
    }
    return std::binary_search(lower_case_words.begin(), lower_case_words.end(), keys.lower[t]);
  }

  bool is_word(std::size_t i) const { return doc.tokens[i].kind == TokenKind::word; }
  bool in(std::size_t i, WordClass c) const { return lex.in_class(keys.lower_id[i], c); }
  // "The" opening a name ("The Hague", "The Ministry of ..."), not "THE" of a headline.
  bool article_in_name(std::size_t i) const { return in(i, WordClass::definite_article) && !doc.tokens[i].all_caps; }
  bool is_cap_word(std::size_t i) const { return is_word(i) && doc.tokens[i].capitalized; }
  // Does token t open its sentence's words: its first token, or the first after a dateline ("LONDON, June 12 -")?
  bool opens_sentence(const Sentence& s, std::size_t t) const { return t == s.first_token || t == after_dateline(doc, s); }

  // A name as written, tokens [first, end), its own key.
  void add_named(std::size_t first, std::size_t end, EntityType type) {
    add(first, end, type, MentionForm::name, std::string(doc.slice({doc.tokens[first].span.begin, doc.tokens[end - 1].span.end})));
  }

  void add(std::size_t first, std::size_t end, EntityType type, MentionForm form, std::string key, bool weak = false) {
    Mention m;
    m.span = {doc.tokens[first].span.begin, doc.tokens[end - 1].span.end};
    m.type = type;
    m.form = form;
    m.key = std::move(key);
    m.weak = weak;
    doc.mentions.push_back(std::move(m));
  }

  // A sentence in Title Case (a headline or a navigation line): most words capitalized, and no
  // lower-case word but the minor ones a headline leaves small ("Tom Hale met Lund on Monday" is prose).
  bool title_case(const Sentence& s) const {
    int words = 0, caps = 0, lower_content = 0;
    for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
      if (!is_word(i)) continue;
      ++words;
      if (doc.tokens[i].capitalized) ++caps;
      if (!doc.tokens[i].capitalized && !in(i, WordClass::headline_minor_word)) ++lower_content;
    }
    return words >= 4 && caps * 10 >= words * 7 && lower_content == 0;
  }

  // Does the phrase end at token e: the sentence's end, punctuation, a lower-case word that ends a noun phrase ("on", "and")?
  bool ends_phrase(std::size_t e, std::size_t sentence_end) const {
    if (e >= sentence_end) return true;
    if (doc.tokens[e].kind == TokenKind::punct) return true;
    return is_word(e) && !doc.tokens[e].capitalized &&
           (in(e, WordClass::clause_word) || in(e, WordClass::additive_conjunction) || in(e, WordClass::definite_article));
  }

  // Is the run at b written after "at" (or "at the"), where a venue is named?
  bool at_venue(std::size_t b, std::size_t sentence_first) const {
    std::size_t k = b;
    if (k > sentence_first && in(k - 1, WordClass::definite_article)) --k;
    return k > sentence_first && in(k - 1, WordClass::venue_preposition);
  }

  // Is the one word at t the last word of a name found before it ("the Strip" after "the Gaza Strip")?
  bool ends_earlier_name(std::size_t t) const {
    const std::string_view word = doc.slice(doc.tokens[t].span);
    return std::any_of(doc.mentions.begin(), doc.mentions.end(), [&](const Mention& m) {
      const std::string_view name = doc.slice(m.span);
      return name.size() > word.size() && name.ends_with(word) && name[name.size() - word.size() - 1] == ' ';
    });
  }

  // "at the Kantei", "in the Aiwan-e-Sadr": a short name no list holds right after a venue preposition and
  // "the", ending its phrase, is where something happens; not a person's title or given name, not a body's
  // name ("at the Office of the President" goes on with "of"), not the last word of a name met before.
  bool unlisted_venue(const Sentence& s, std::size_t b, std::size_t e) const {
    constexpr std::size_t kMaxWords = 3;
    if (!at_venue(b, s.first_token) || b < s.first_token + 2 || !in(b - 1, WordClass::definite_article)) return false;
    if (e - b > kMaxWords || !ends_phrase(e, s.end_token) || (e - b == 1 && ends_earlier_name(b))) return false;
    return lex.title_word(keys.exact_id[b]) == TitleWordKind::none && !lex.is_given_name(keys.exact_id[b]) &&
           lex.org_suffix(keys.exact_id[e - 1]).empty();
  }

  // "at the White House", "in the Kremlin": a body whose name ends in its building's word, where something happens.
  bool at_venue_named(std::size_t b, std::size_t e, std::size_t sentence_first, std::size_t sentence_end) const {
    return at_venue(b, sentence_first) && in(e - 1, WordClass::building_head) && ends_phrase(e, sentence_end);
  }

  // A line in capitals: at least seven words in ten written in capitals.
  bool capitals_line(const Sentence& s) const {
    int words = 0, capitals = 0;
    for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
      if (!is_word(i)) continue;
      ++words;
      capitals += doc.tokens[i].all_caps ? 1 : 0;
    }
    return words >= 2 && capitals * 10 >= words * 7;
  }

  // Length of a lexicon name match at i that should be taken (countries, orgs, locations, people).
  std::uint32_t name_match(std::size_t i, std::size_t end, std::vector<int>& found) const {
    if (!(doc.tokens[i].capitalized || doc.tokens[i].all_caps)) {
      found.clear();
      return 0;
    }
    std::uint32_t n = lex.names().longest_match(keys.exact_id, i, found);
    if (i + n > end) {
      found.clear();
      return 0;
    }
    return n;
  }

  std::uint32_t office_match(std::size_t i, std::size_t end, std::vector<int>& found) const {
    std::uint32_t n = ends_body_name(i) ? 0 : lex.offices().longest_match(keys.lower_id, i, found);
    if (i + n > end) {
      found.clear();
      return 0;
    }
    return n;
  }

  // "Labour Party leader X": a body's head word closing the capitalized words before it ends their name, though
  // a title starts with it ("party leader"); the title is the lower-case word after it.
  bool ends_body_name(std::size_t i) const {
    if (i == 0 || !doc.tokens[i].capitalized || !is_cap_word(i - 1) || i + 1 >= doc.tokens.size() || doc.tokens[i + 1].capitalized) return false;
    const std::string_view head = lex.org_suffix(keys.exact_id[i]);
    if (head.empty() || head == "venue") return false;
    // Not a title's word before it ("Deputy Party Leader"), unless the two words are a body the lexicon lists.
    std::vector<int> found;
    return lex.title_word(keys.exact_id[i - 1]) == TitleWordKind::none || lex.names().longest_match(keys.exact_id, i - 1, found) == 2;
  }

  // Is the last mention a body or its building after a place preposition ("at
  // State House")? Before ", Nairobi" it names a building, a place.
  bool venue_before_city(std::size_t sentence_first) const {
    if (doc.mentions.empty()) return false;
    const Mention& last = doc.mentions.back();
    const std::size_t first = token_at_offset(doc.tokens, last.span.begin);
    // A place read as a building ("at Government House") joins its city too; "in Brooklyn, New York" stays two places.
    const bool building = last.type == EntityType::location && in(token_at_offset(doc.tokens, last.span.end) - 1, WordClass::building_head);
    if (last.type != EntityType::organization && !building) return false;
    return first > sentence_first && in(first - 1, WordClass::place_preposition);
  }

  // "at State House, Nairobi", "at State House Nairobi": is the last mention a body's building, after a place
  // preposition, that the city starting at token i follows (right after it or after a comma)?
  bool venue_just_before(std::size_t i, std::size_t sentence_first) const {
    if (!venue_before_city(sentence_first)) return false;
    const std::size_t before = doc.slice(doc.tokens[i - 1].span) == "," ? i - 2 : i - 1;
    return doc.mentions.back().span.end == doc.tokens[before].span.end;
  }

  // The body's house in the city that ends before token `end`, after it, is where they met: one place.
  void merge_venue_and_city(std::size_t end) {
    const Mention venue = doc.mentions.back();
    doc.mentions.pop_back();
    const std::size_t first = token_at_offset(doc.tokens, venue.span.begin);
    add(first, end, EntityType::location, MentionForm::name, std::string(doc.slice({venue.span.begin, doc.tokens[end - 1].span.end})));
  }

  // The first token of a house number right before token i ("No. 10", "No 10",
  // "10"), or i when there is none.
  std::size_t house_number_before(std::size_t i, std::size_t sentence_first) const {
    if (i <= sentence_first || doc.tokens[i - 1].kind != TokenKind::number) return i;
    std::size_t b = i - 1;
    if (b > sentence_first) {
      if (lex.in_class_abbreviated(keys.lower[b - 1], WordClass::house_number_marker)) --b;
    }
    return b;
  }

  // "the state of Georgia", "Atlanta, Georgia", "Georgia Governor X", "Governor X of Georgia": a region listed
  // under a country's name is the region where the words say so; the listed region, else null.
  const LexEntry* region_named_like_country(std::size_t i, std::uint32_t n, const std::vector<int>& found, std::size_t sentence_first,
                                            std::size_t sentence_end) const {
    const auto region = std::find_if(found.begin(), found.end(), [&](int e) { return lex.entry(e).kind == LexKind::location; });
    if (region == found.end()) return nullptr;
    const LexEntry* entry = &lex.entry(*region);
    const std::size_t after = i + n < sentence_end && doc.tokens[i + n].kind == TokenKind::possessive ? i + n + 1 : i + n;
    if (after < sentence_end && lex.in_class_abbreviated(keys.lower[after], WordClass::region_office)) return entry;
    if (i < sentence_first + 2) return nullptr;
    if (in(i - 1, WordClass::genitive) && in(i - 2, WordClass::area_noun)) return entry;
    // After a place and a comma: "Atlanta, Georgia".
    if (doc.slice(doc.tokens[i - 1].span) == "," && !doc.mentions.empty() && doc.mentions.back().type == EntityType::location &&
        doc.mentions.back().span.end == doc.tokens[i - 2].span.end) {
      return entry;
    }
    // "Governor Brian Kemp of Georgia": a region's office a few words before "of".
    if (!in(i - 1, WordClass::genitive)) return nullptr;
    for (std::size_t k = i - 1; k > sentence_first && k + 6 > i; --k) {
      if (lex.in_class_abbreviated(keys.lower[k - 1], WordClass::region_office)) return entry;
    }
    return nullptr;
  }

  void add_lexicon_mention(std::size_t i, std::uint32_t n, const std::vector<int>& found, std::size_t sentence_first,
                           std::size_t sentence_end) {
    // Prefer, among entries of one phrase: country name > organization > location > demonym > capital.
    const LexEntry* best = nullptr;
    auto rank = [](LexKind k) {
      switch (k) {
        case LexKind::person: return 0;
        case LexKind::country: return 1;
        case LexKind::organization: return 2;
        case LexKind::location: return 3;
        case LexKind::demonym: return 4;
        case LexKind::capital: return 5;
        case LexKind::office: return 6;
      }
      return 7;
    };
    for (int e : found) {
      const LexEntry& entry = lex.entry(e);
      if (!best || rank(entry.kind) < rank(best->kind)) best = &entry;
    }
    if (!best) return;
    switch (best->kind) {
      case LexKind::country: {
        if (const LexEntry* region = region_named_like_country(i, n, found, sentence_first, sentence_end)) {
          add(i, i + n, EntityType::location, MentionForm::name, region->key);  // "the state of Georgia"
          break;
        }
        // "Ethiopia's foreign ministry": a state body written in lower case after its country, which owns it.
        add(i, i + n, EntityType::country, MentionForm::name, best->key);
        if (const std::size_t body = i + n < sentence_end && doc.tokens[i + n].kind == TokenKind::possessive ? lower_body_end(i + n + 1, sentence_end) : 0;
            body > 0) {
          add(i + n + 1, body, EntityType::organization, MentionForm::name,
              std::string(doc.slice({doc.tokens[i + n + 1].span.begin, doc.tokens[body - 1].span.end})));
        }
        break;
      }
      case LexKind::demonym: {
        // "the Argentine presidency", "the Russian foreign ministry": a state body written in lower case.
        if (const std::size_t body = lower_body_end(i + n, sentence_end); body > 0) {
          add_named(i, body, EntityType::organization);
        } else {
          add(i, i + n, EntityType::country, MentionForm::demonym, best->key);
        }
        break;
      }
      case LexKind::capital: {
        // A capital is a place where the words make it one: after a place
        // preposition or a verb of going ("talks in Washington", "visited
        // Tehran", "the capital of Moscow", "the Indonesian capital Jakarta"),
        // in a dateline ("TOKYO, June 3 -") or an adjective ("Washington-based"). Anywhere else it stands for
        // its government: "Tokyo's negotiator", "Washington said",
        // "exasperated Washington", "talks between Tehran and the EU".
        const std::string_view before = i > sentence_first ? std::string_view(keys.lower[i - 1]) : std::string_view();
        const bool place_word = i > sentence_first &&
                                (in(i - 1, WordClass::place_preposition) || in(i - 1, WordClass::movement_verb) || in(i - 1, WordClass::place_noun) ||
                                 after_place_noun(i, sentence_first));
        const std::string_view next = i + n < sentence_end ? doc.slice(doc.tokens[i + n].span) : std::string_view();
        const bool dateline = i == sentence_first && (next == "," || next == "(" || next == "-" || next == "—" || next == "–");
        // "at State House, Nairobi": a capital in apposition to a place or venue.
        const bool after_place = before == "," && !doc.mentions.empty() &&
                                 (doc.mentions.back().type == EntityType::location || doc.mentions.back().type == EntityType::organization) &&
                                 doc.mentions.back().span.end == doc.tokens[i - 1].span.begin;
        // "visited Nairobi and Kampala": a capital listed after a place is a place too.
        const bool listed_after_place = i >= sentence_first + 2 && (in(i - 1, WordClass::additive_conjunction) || before == ",") &&
                                        !doc.mentions.empty() && doc.mentions.back().type == EntityType::location &&
                                        doc.mentions.back().span.end == doc.tokens[i - 2].span.end;
        const bool venue_city = venue_just_before(i, sentence_first);
        const bool compound = next == "-";
        const bool possessive = i + n < sentence_end && doc.tokens[i + n].kind == TokenKind::possessive;
        if (possessive || !(place_word || dateline || compound || after_place || listed_after_place || venue_city)) {
          add(i, i + n, EntityType::country, MentionForm::capital, best->key);
        } else if (venue_city) {
          merge_venue_and_city(i + n);
        } else {
          add(i, i + n, EntityType::location, MentionForm::name, best->label.empty() ? best->key : std::string(doc.slice({doc.tokens[i].span.begin, doc.tokens[i + n - 1].span.end})));
        }
        break;
      }
      case LexKind::organization:
        if (const std::size_t address = house_number_before(i, sentence_first); address < i && in(i + n - 1, WordClass::street_head)) {
          // "No. 10 Downing Street": an address is the place, not the body it stands for elsewhere
          // ("No 10" alone may have been read as that body's name).
          while (!doc.mentions.empty() && doc.mentions.back().span.begin >= doc.tokens[address].span.begin) doc.mentions.pop_back();
          add(address, i + n, EntityType::location, MentionForm::name,
              std::string(doc.slice({doc.tokens[address].span.begin, doc.tokens[i + n - 1].span.end})));
        } else if (at_venue_named(i, i + n, sentence_first, sentence_end)) {
          add(i, i + n, EntityType::location, MentionForm::name, best->key);  // "met at the White House": its building
        } else {
          add(i, i + n, EntityType::organization, MentionForm::name, best->key);
        }
        break;
      case LexKind::location:
        if (venue_just_before(i, sentence_first)) {
          merge_venue_and_city(i + n);
          break;
        }
        add(i, i + n, EntityType::location, MentionForm::name, best->key);
        if (best->detail == "continent") context_only.push_back(doc.mentions.back().span);
        break;
      case LexKind::person:
        add(i, i + n, EntityType::person, MentionForm::name, best->key);
        break;
      case LexKind::office:
        break;
    }
  }

  // Is token i a word that can continue a personal name?
  bool name_part(std::size_t i) const {
    if (!is_word(i)) return false;
    const Token& t = doc.tokens[i];
    if (t.capitalized || particle_joined_name(i)) return true;
    return lex.is_particle(keys.lower_id[i]);
  }

  // "al-Mangoush", "el-Sisi": a particle joined by a hyphen to a capitalized
  // name, written as one word; it counts as a capitalized word of a name.
  bool particle_joined_name(std::size_t i) const {
    const std::string_view w = keys.exact[i];
    const std::size_t dash = w.find('-');
    if (dash == std::string_view::npos || dash + 1 >= w.size() || w[dash + 1] < 'A' || w[dash + 1] > 'Z') return false;
    return lex.is_particle(text::lower(w.substr(0, dash + 1)));
  }

  void recognize_sentence(const Sentence& s) {
    const std::size_t mentions_before = doc.mentions.size();
    find_mentions(s);
    drop_wire_credits(s, mentions_before);
  }

  // "BRUSSELS (Reuters) -", "(Bloomberg) —", "... (AAP)": the wire service
  // credited at the head of a story or paragraph is its source, not part of it.
  void drop_wire_credits(const Sentence& s, std::size_t from) {
    const std::size_t first = s.first_token;
    const auto is_credit = [&](const Mention& m) {
      if (m.type != EntityType::organization) return false;
      std::size_t a = first;
      while (a < s.end_token && doc.tokens[a].span.begin < m.span.begin) ++a;
      std::size_t z = a;
      while (z < s.end_token && doc.tokens[z].span.end <= m.span.end) ++z;
      if (a == first || z >= s.end_token || doc.slice(doc.tokens[a - 1].span) != "(" || doc.slice(doc.tokens[z].span) != ")") return false;
      // At the head of the sentence, or after a dateline: in capitals ("NAIROBI, Kenya (AP) -") or closed by a
      // dash ("Tokyo, Aug. 28 (Jiji Press)--").
      const std::size_t open = a - 1;
      const bool dash_after = z + 1 < s.end_token && text::is_dash_token(doc.slice(doc.tokens[z + 1].span));
      return open == first || (open <= first + 6 && (doc.tokens[first].all_caps || dash_after));
    };
    doc.mentions.erase(std::remove_if(doc.mentions.begin() + static_cast<long>(from), doc.mentions.end(), is_credit), doc.mentions.end());
  }

  // A known person written with more of their name than the lexicon has,
  // from token j on: "Sheikh Tamim bin Hamad bin Khalifa Al Thani".
  std::size_t known_person_end(std::size_t j, std::size_t end) const {
    while (j < end && name_part(j)) {
      std::size_t k = j;
      while (k < end && name_part(k) && !doc.tokens[k].capitalized) ++k;  // particles, then a capital
      std::vector<int> probe;
      if (k >= end || !is_cap_word(k) || name_match(k, end, probe) > 0 || office_match(k, end, probe) > 0) break;
      j = k + 1;
    }
    return j;
  }

  // "Julie Bishop met", "Stephen King said": a title that is also a family name, after a given name and
  // with no name after it ("Jordan King Abdullah"), is the surname.
  bool surname_title_after_given(std::size_t j, std::size_t end) const {
    return is_cap_word(j) && !doc.tokens[j].all_caps && in(j, WordClass::surname_title) && lex.is_given_name(keys.exact_id[j - 1]) &&
           !(j + 1 < end && is_cap_word(j + 1));
  }

  // The end of a run of capitalized words starting at i (with name
  // particles and initials inside).
  std::size_t run_end(const Sentence& s, std::size_t i, std::size_t end) const {
    std::size_t j = i + 1;
    while (j < end) {
      std::vector<int> probe;
      const std::uint32_t name_length = name_match(j, end, probe);
      // A known person's surname inside a run is part of the name: "Donald J. Trump".
      const bool known_person = name_length > 0 && std::all_of(probe.begin(), probe.end(), [&](int e) { return lex.entry(e).kind == LexKind::person; });
      // After "Sheikh" or "Mr", one capitalized word is a name even when it is also a place: "Sheikh Sabah", "Mr Jordan".
      const bool after_honorific = name_length == 1 && j == i + 1 && is_cap_word(j) &&
                                   (lex.title_word(keys.exact_id[i]) == TitleWordKind::name_title ||
                                    lex.title_word(keys.exact_id[i]) == TitleWordKind::honorific);
      // After a given name, one word that is also a place's name is a surname: "Ana Lima", "Michael Jordan".
      const bool surname_after_given = name_length == 1 && j == i + 1 && is_cap_word(j) && lex.is_given_name(keys.exact_id[i]) && only_places(probe);
      if ((known_person || after_honorific || surname_after_given || surname_title_after_given(j, end)) && name_part(j)) {
        ++j;
        continue;
      }
      // "the ruling Pheu Thai party": a demonym or a country's name ending the run of a body its kind names after it.
      if (name_length > 0 && j + name_length < end && !doc.tokens[j + name_length].capitalized &&
          lex.class_member_at(keys.lower_id, j + name_length, WordClass::body_kind_after) > 0 && only_countries(probe)) {
        j += name_length;
        break;
      }
      if (name_length > 0 || office_match(j, end, probe) > 0) {
        // A lexicon phrase inside the run ends it, unless it is a single
        // capitalized word that also reads as part of a name ("Jordan").
        break;
      }
      // "the People's Alliance Party", "Workers' Union": a possessive inside the name.
      if (doc.tokens[j].kind == TokenKind::possessive && in(j - 1, WordClass::name_possessive) && j + 1 < end && is_cap_word(j + 1)) {
        ++j;
        continue;
      }
      // Particles join a name only when a capitalized word follows them: "von der Leyen".
      std::size_t after_particles = j;
      while (after_particles < end && name_part(after_particles) && !doc.tokens[after_particles].capitalized) ++after_particles;
      if (name_part(j) && (doc.tokens[j].capitalized || particle_joined_name(j) ||
                           (after_particles < end && after_particles > j && is_cap_word(after_particles)))) {
        ++j;
        continue;
      }
      // "Ministry of Foreign Affairs", "Bank of Japan": an organization head word joined by of/for.
      const std::size_t head = i == s.first_token && article_in_name(i) && doc.tokens[i].capitalized && i + 1 < j ? i + 1 : i;
      // Not "the Civic Party and Wong Pik-wan": a name closed by its head word ends before "and".
      const bool closed_by_head = in(j, WordClass::additive_conjunction) && !lex.org_suffix(keys.exact_id[j - 1]).empty();
      // "Independent Electoral and Boundaries Commission": "and" inside a body's name that its head word closes.
      if (!closed_by_head && and_inside_body_name(i, j, end)) {
        ++j;
        continue;
      }
      if (in(j, WordClass::name_joiner) && j + 1 < end && is_cap_word(j + 1) && !closed_by_head &&
          (lex.is_org_prefix(keys.exact_id[head]) || lex.is_org_prefix(keys.exact_id[j - 1]))) {
        ++j;
        // "Central Bank of Kenya": a country named after the joiner is part of the body's name.
        if (const std::uint32_t country = lex.is_org_prefix(keys.exact_id[j - 2]) ? lex.country_name_at(keys.exact_id, j) : 0;
            country > 0 && j + country <= end) {
          j += country;
        }
        continue;
      }
      break;
    }
    return j;
  }

  // "Labour's finance spokesperson", "the health critic": a portfolio word
  // before a role noun the lexicon lists makes one title (0 when none).
  std::uint32_t portfolio_title(std::size_t i, std::size_t end, std::uint32_t names, std::uint32_t offices, std::vector<int>& found) const {
    if (names > 0 || offices > 0 || i + 1 >= end || !in(i, WordClass::portfolio) || !in(i + 1, WordClass::portfolio_role)) return 0;
    const std::uint32_t role = office_match(i + 1, end, found);
    return role == 1 ? 2 : 0;
  }

  // "Adviser to the Prime Minister (for Commerce)", "Special Envoy to the
  // President on Climate": a title serving another title, and the field it
  // serves in, are one long title. Returns where it ends (t when there is no
  // link) and extends `key`.
  std::size_t linked_title_end(std::size_t t, std::size_t end, std::string& key) const {
    std::size_t k = t;
    if (k + 1 >= end || !in(k, WordClass::title_link)) return t;
    ++k;
    if (in(k, WordClass::definite_article)) ++k;
    std::vector<int> probe;
    const std::uint32_t served = k < end ? office_match(k, end, probe) : 0;
    if (served == 0) return t;
    const std::size_t served_end = k + served;
    // The field: capitalized words of the portfolio class after "for"/"on".
    std::size_t f = served_end + 1;
    if (served_end < end && in(served_end, WordClass::portfolio_link)) {
      while (f < end && is_cap_word(f) && in(f, WordClass::portfolio)) ++f;
    }
    const bool field = f > served_end + 1;
    // "a senior adviser to President Joe Biden": a name right after the served title is its holder's; the titles stay apart.
    if (!field && served_end < end && is_cap_word(served_end) && lex.title_word(keys.exact_id[served_end]) == TitleWordKind::none) return t;
    key.append(" ").append(doc.slice({doc.tokens[t].span.begin, doc.tokens[served_end - 1].span.end}));
    if (!field) return served_end;
    key.append(" ").append(doc.slice({doc.tokens[served_end].span.begin, doc.tokens[f - 1].span.end}));
    return f;
  }

  // "Regional Director for South-East Asia": a world region a title serves
  // is part of it (the WHO has one regional director per region). Returns
  // where the title ends (t when no region follows) and extends `key`.
  std::size_t region_field_end(std::size_t t, std::size_t end, std::string& key) const {
    if (t + 1 >= end || !in(t, WordClass::portfolio_link)) return t;
    const std::uint32_t n = lex.continent_name_at(keys.exact_id, t + 1);
    if (n == 0 || t + 1 + n > end) return t;
    key.append(" ").append(doc.slice({doc.tokens[t].span.begin, doc.tokens[t + n].span.end}));
    return t + 1 + n;
  }

  void find_mentions(const Sentence& s) {
    const std::size_t first = s.first_token, end = s.end_token;
    const bool headline = title_case(s);
    std::vector<int> names_found, offices_found;
    std::size_t i = first;
    while (i < end) {
      std::uint32_t nn = name_match(i, end, names_found);
      const std::uint32_t no = office_match(i, end, offices_found);
      if (const std::size_t j = opened_name_end(i, end); no == 0 && j > i + nn) {
        const EntityType type = lex.is_org_opener(keys.exact_id[i]) ? EntityType::organization : EntityType::location;
        add_named(i, j, type);
        i = j;
        continue;
      }
      if (const std::uint32_t np = portfolio_title(i, end, nn, no, offices_found); np > 0) {
        add(i, i + np, EntityType::office, MentionForm::title,
            std::string(keys.lower[i]) + " " + lex.entry(offices_found.front()).key);
        i += np;
        continue;
      }
      if (no == 1 && surname_title_of_named_person(i, first, end)) {
        add(i, i + 1, EntityType::person, MentionForm::name, {});
        ++i;
        continue;
      }
      if (no > 0 && no >= nn) {
        std::string key = lex.entry(offices_found.front()).key;
        std::size_t title_end = linked_title_end(i + no, end, key);
        if (title_end == i + no) title_end = region_field_end(title_end, end, key);
        add(i, title_end, EntityType::office, MentionForm::title, std::move(key));
        i = title_end;
        continue;
      }
      if (nn > 1) {
        // A title starting inside a name match and running past it wins the
        // overlap: "US Treasury Secretary" is US + Treasury Secretary, not the
        // organization "US Treasury" + Secretary.
        for (std::uint32_t k = 1; k < nn; ++k) {
          std::vector<int> probe;
          const std::uint32_t o = office_match(i + k, end, probe);
          if (o > 0 && k + o > nn) {
            nn = lex.names().longest_match(std::span(keys.exact_id).subspan(i, k), 0, names_found);
            break;
          }
        }
      }
      if (nn > 0 && std::all_of(names_found.begin(), names_found.end(), [&](int e) { return lex.entry(e).kind == LexKind::person; })) {
        nn = static_cast<std::uint32_t>(known_person_end(i + nn, end) - i);
      }
      if (nn == 1 && monarchs_name(i, names_found)) {
        add(i, i + 1, EntityType::person, MentionForm::name, {});
        i += 1;
        continue;
      }
      if (const int place = place_before_area_word(i, nn, end, names_found); place >= 0) {
        add(i, i + nn + 1, EntityType::location, MentionForm::name, lex.entry(place).key);  // "Lagos State": Lagos
        i += nn + 1;
        continue;
      }
      if (nn > 0) {
        add_lexicon_mention(i, nn, names_found, first, end);
        i += nn;
        continue;
      }
      if (!is_cap_word(i)) {
        if ((owned_title_at(i, end) || owned_title_in_apposition(i, end)) && after_organization(i)) {
          add(i, i + 1, EntityType::office, MentionForm::title, std::string(keys.lower[i]));
        }
        ++i;
        continue;
      }
      if (const std::size_t d = after_compound_modifier(i, end); d > i) {
        i = d;  // "Lagos-based Cordel Securities": the describer is no part of the name after it
        continue;
      }
      const std::size_t j = run_end(s, i, end);
      if (!headline && owns_title_after(i, j, end)) {
        add_owner_of_title(i, j);
      } else {
        classify_run(s, i, j, headline);
      }
      i = j;
    }
  }

  // Where the words [b, e) start an organization's name that the words around describe as one: "the budget
  // airline Ardent Air", "Chipmaker Vanta" (the name after its first word), "the ruling New Dawn party",
  // "Solberg Bank, Norway's biggest lender,"; e when none.
  std::size_t described_as_body(const Sentence& s, std::size_t b, std::size_t e) const {
    if (lex.title_word(keys.exact_id[b]) != TitleWordKind::none || lex.is_given_name(keys.exact_id[b])) return e;
    if (e - b == 1 && lex.is_non_name(keys.exact_id[b])) return e;  // "Instead its ...", "Through its ...": no name at all
    std::size_t named = e;
    if (opens_sentence(s, b) && e - b >= 2 && in(b, WordClass::organization_description) && !lex.is_given_name(keys.exact_id[b + 1])) {
      named = b + 1;
    } else {
      const bool before = b > s.first_token && !doc.tokens[b - 1].capitalized && in(b - 1, WordClass::organization_description);
      // Not a word the rules know, capitalized only to open the sentence: "Mining group X agreed ...".
      const bool common_opener = opens_sentence(s, b) && e - b == 1 && (lex.in_some_class(keys.lower_id[b]) || written_in_lower_case(b));
      // Not a kind that describes the name after it: "Environmental group Greenpeace".
      const std::uint32_t kind_words = e < s.end_token && !doc.tokens[e].capitalized ? lex.class_member_at(keys.lower_id, e, WordClass::body_kind_after) : 0;
      const bool kind_of_next = kind_words > 0 && e + kind_words < s.end_token && is_cap_word(e + kind_words);
      const bool after = kind_words > 0 && !kind_of_next && !common_opener;
      if (before || after || appositive_body(s, e) || appositive_after_body(s, b, e) || named_by_body_words(s, b, e) || subject_of_its(s, b, e)) named = b;
    }
    // "The Azimio la Umoja coalition": a sentence's capitalized article is no part of the name described.
    if (named == b && e - b >= 2 && opens_sentence(s, b) && article_in_name(b)) ++named;
    // Asked last: it reads every mention so far, and most runs have no description.
    return named < e && !names_person_before(e - 1) ? named : e;
  }

  // Words around the name [b, e) that only a body has: a holding or a part of it before it ("shares in
  // Vantor", "the headquarters of Vantor"), its experts ("analysts at Nordea"), a part after its possessive
  // ("Helix's annual report"), people acting for it ("Knut officials"), its chief before the chief's name
  // ("Kestrel chief executive Mara Lind").
  bool named_by_body_words(const Sentence& s, std::size_t b, std::size_t e) const {
    if (b >= s.first_token + 2 && in(b - 1, WordClass::corporate_part_link) && (b - 2 == s.first_token || !doc.tokens[b - 2].capitalized) &&
        (in(b - 2, WordClass::corporate_part) || in(b - 2, WordClass::corporate_holding))) {
      return true;
    }
    if (b >= s.first_token + 2 && in(b - 1, WordClass::professional_link) && in(b - 2, WordClass::body_professionals)) return true;
    if (e + 1 < s.end_token && doc.tokens[e].kind == TokenKind::possessive) {
      return lex.class_member_at(keys.lower_id, e + 1, WordClass::corporate_part) > 0;
    }
    if (e >= s.end_token || doc.tokens[e].capitalized) return false;
    // "Knut officials", "a Vantor delegation"; not "His team" opening a sentence.
    if (in(e, WordClass::body_team)) return !in(b, WordClass::possessive_pronoun) && !lex.is_non_name(keys.exact_id[b]);
    const std::uint32_t title = lex.class_member_at(keys.lower_id, e, WordClass::corporate_part);
    return title > 0 && e + title < s.end_token && is_cap_word(e + title);
  }

  // "Nordea cut its forecast", "Bharti Airtel said its profit rose": a name opening the sentence that "its"
  // refers back to, a few words on with no other name between, is a body's.
  bool subject_of_its(const Sentence& s, std::size_t b, std::size_t e) const {
    constexpr std::size_t kWordsBetween = 4;
    if (b != s.first_token) return false;
    for (std::size_t k = e; k < s.end_token && k <= e + kWordsBetween; ++k) {
      if (in(k, WordClass::neuter_possessive)) return true;
      if (!is_word(k) || doc.tokens[k].capitalized) return false;
    }
    return false;
  }

  // Does a person named earlier end in the word at t ("the firm Musk founded" after "Elon Musk")?
  bool names_person_before(std::size_t t) const {
    const std::string_view word = keys.exact[t];
    return std::any_of(doc.mentions.begin(), doc.mentions.end(), [&](const Mention& m) {
      const std::string_view name = doc.slice(m.span);
      return m.type == EntityType::person && name.size() > word.size() && name.ends_with(word) && name[name.size() - word.size() - 1] == ' ';
    });
  }

  // "The workers' union, Sindicato Minero, said": a name in apposition after a noun only a body answers to.
  // Not "the head of the union, X,": the noun must head its phrase.
  bool appositive_after_body(const Sentence& s, std::size_t b, std::size_t e) const {
    constexpr std::size_t longest_phrase = 6;
    if (b < s.first_token + 2 || e >= s.end_token || doc.slice(doc.tokens[b - 1].span) != "," || doc.slice(doc.tokens[e].span) != "," ||
        !is_word(b - 2) || doc.tokens[b - 2].capitalized || !in(b - 2, WordClass::organization_description)) {
      return false;
    }
    for (std::size_t k = b - 2; k > s.first_token && k + longest_phrase > b; --k) {
      if (in(k - 1, WordClass::genitive)) return false;
      if (!is_word(k - 1) && doc.tokens[k - 1].kind != TokenKind::possessive) break;
    }
    return true;
  }

  // ", a Portuguese conglomerate,", ", Norway's biggest lender,": a description in apposition after e whose
  // head noun (its last word before the next punctuation, no preposition on the way) only an organization has.
  bool appositive_body(const Sentence& s, std::size_t e) const {
    if (e + 2 >= s.end_token || doc.slice(doc.tokens[e].span) != ",") return false;
    std::size_t k = e + 1;
    while (k < s.end_token && k <= e + 6 && (is_word(k) || doc.tokens[k].kind == TokenKind::possessive) && !in(k, WordClass::description_stop)) ++k;
    if (k == e + 1 || k >= s.end_token || is_word(k) || doc.tokens[k].kind == TokenKind::possessive) return false;
    return !doc.tokens[k - 1].capitalized && in(k - 1, WordClass::organization_description);
  }

  // "Banco Santander", "Inter Milan", "Lake Naivasha": an organization's opener word (org_suffixes.tsv) or
  // a place's (class place_opener) and the capitalized words after it, a town's or a country's name too, up
  // to a title ("Deutsche Bank Chief Executive X"); i if token i opens no such name.
  std::size_t opened_name_end(std::size_t i, std::size_t end) const {
    if (!doc.tokens[i].capitalized || !(lex.is_org_opener(keys.exact_id[i]) || in(i, WordClass::place_opener))) return i;
    std::vector<int> probe;
    std::size_t j = i + 1;
    const auto name_word = [&](std::size_t k) {
      return k < end && is_cap_word(k) && lex.title_word(keys.exact_id[k]) == TitleWordKind::none && office_match(k, end, probe) == 0;
    };
    while (j < end && j - i < 6) {
      if (name_word(j)) {
        ++j;
      } else if (in(j, WordClass::name_joiner) && !in(j, WordClass::additive_conjunction) && !doc.tokens[j].capitalized && name_word(j + 1)) {
        j += 2;  // "Banco de Portugal"
      } else {
        break;
      }
    }
    return j > i + 1 ? j : i;
  }

  // "..., Bishop told reporters": alone, a title that is also a family name is the person the story named
  // with it ("Julie Bishop"), not the title ("the Bishop", "Bishop Tutu").
  bool surname_title_of_named_person(std::size_t i, std::size_t first, std::size_t end) const {
    if (!is_cap_word(i) || doc.tokens[i].all_caps || !in(i, WordClass::surname_title) || (i + 1 < end && is_cap_word(i + 1)) ||
        (i > first && in(i - 1, WordClass::determiner))) {
      return false;
    }
    // The latest mentions only: a long list of such words stays linear.
    constexpr std::size_t farthest_mention = 200;
    const auto from = doc.mentions.size() > farthest_mention ? doc.mentions.end() - farthest_mention : doc.mentions.begin();
    return std::any_of(from, doc.mentions.end(), [&](const Mention& m) {
      return m.type == EntityType::person && m.span.end > m.span.begin && doc.tokens[i].span.size() < m.span.size() &&
             doc.slice(m.span).ends_with(keys.exact[i]) && doc.slice(m.span)[m.span.size() - keys.exact[i].size() - 1] == ' ';
    });
  }

  // "Queen Sofia", "King Jordan": right after a monarch's title, one word that is also a place is their name.
  bool monarchs_name(std::size_t i, const std::vector<int>& found) const {
    return i > 0 && after_office(i) && in(i - 1, WordClass::regnal_title) && is_cap_word(i) && only_places(found);
  }

  // "Lagos State", "Aceh Province": a city or region the lexicon lists, then a capitalized word for a kind of
  // area, is that place; its entry, or -1.
  int place_before_area_word(std::size_t i, std::uint32_t n, std::size_t end, const std::vector<int>& found) const {
    if (n == 0 || i + n >= end || !doc.tokens[i + n].capitalized || !in(i + n, WordClass::area_noun)) return -1;
    if (i + n + 1 < end && is_cap_word(i + n + 1) && lex.title_word(keys.exact_id[i + n + 1]) == TitleWordKind::none) return -1;  // "Lagos State University"
    for (int e : found) {
      const LexKind kind = lex.entry(e).kind;
      if (kind != LexKind::location && kind != LexKind::capital) return -1;
    }
    return found.empty() ? -1 : found.front();
  }

  // Is "and" at j inside a body's name: capitalized words after it, ending in a body's head word (not a
  // venue's), and no given name among the words before it ("Ann Ode and Civic Party" is two)?
  bool and_inside_body_name(std::size_t i, std::size_t j, std::size_t end) const {
    constexpr std::size_t longest_rest = 4;
    if (!in(j, WordClass::additive_conjunction) || doc.tokens[j].capitalized) return false;
    std::size_t k = j + 1;
    while (k < end && k <= j + longest_rest && is_cap_word(k)) ++k;
    if (k == j + 1) return false;
    const std::string_view head = lex.org_suffix(keys.exact_id[k - 1]);
    if (head != "body" && head != "government") return false;
    constexpr std::size_t kNameBefore = 4;  // the words of the name before "and" that are looked at
    for (std::size_t t = j > i + kNameBefore ? j - kNameBefore : i; t < j; ++t) {
      if (lex.is_given_name(keys.exact_id[t])) return false;
    }
    return true;
  }

  // Do the lexicon entries found all name places (a city, a region, a country)?
  // Do the lexicon entries name only countries, by name or by demonym ("Thai")?
  bool only_countries(const std::vector<int>& found) const {
    return !found.empty() && std::all_of(found.begin(), found.end(), [&](int e) {
      const LexKind kind = lex.entry(e).kind;
      return kind == LexKind::country || kind == LexKind::demonym;
    });
  }
  bool only_places(const std::vector<int>& found) const {
    return std::all_of(found.begin(), found.end(), [&](int e) {
      const LexKind kind = lex.entry(e).kind;
      return kind == LexKind::capital || kind == LexKind::location || kind == LexKind::country;
    });
  }

  // Where a person's name starts inside a run that opens with a body's name: a given name and one more
  // capitalized word after words ending in a body's head word ("Kestrel Development Fund Maria Okafor") or
  // naming a body by its prefix ("Ministry of Foreign Affairs Rui Telles"); else b.
  std::size_t person_after_body(std::size_t b, std::size_t e) const {
    for (std::size_t k = b + 2; k + 2 <= e; ++k) {
      if (!lex.is_given_name(keys.exact_id[k]) || !is_cap_word(k + 1)) continue;
      const std::string_view head = lex.org_suffix(keys.exact_id[k - 1]);
      bool prefixed = false;
      for (std::size_t j = b; j + 1 < k && !prefixed; ++j) prefixed = lex.is_org_prefix(keys.exact_id[j]) && in(j + 1, WordClass::name_joiner);
      if ((!head.empty() && head != "venue") || prefixed) return k;
    }
    return b;
  }

  // After a hyphened describer opening the capitalized words at t, its article before it too ("The
  // Saudi-led Vantor Group", "a Lagos-based brokerage": no name of its own); t when there is none.
  std::size_t after_compound_modifier(std::size_t t, std::size_t end) const {
    const std::size_t d = t + 1 < end && in(t, WordClass::article) ? t + 1 : t;
    return d < end && is_cap_word(d) && lex.is_compound_modifier(keys.exact[d]) ? d + 1 : t;
  }

  // "Labour leader X": a lower-case title (class owned_title) with a name after it; the capitalized words
  // before it name the organization whose office it is.
  bool owned_title_at(std::size_t t, std::size_t end) const {
    if (t + 1 >= end || t == 0 || !in(t, WordClass::owned_title) || doc.tokens[t].capitalized || !is_cap_word(t - 1)) return false;
    // "The Civic Platform leader, Jan Kowal,": the holder may stand in apposition.
    const std::size_t holder = doc.slice(doc.tokens[t + 1].span) == "," ? t + 2 : t + 1;
    return holder < end && is_cap_word(holder);
  }

  // "X, the Labour Party leader,": an owned title after the body just named, closing a description in
  // apposition to the name before it.
  bool owned_title_in_apposition(std::size_t t, std::size_t end) const {
    if (t + 1 >= end || !in(t, WordClass::owned_title) || doc.tokens[t].capitalized || doc.slice(doc.tokens[t + 1].span) != "," || doc.mentions.empty()) {
      return false;
    }
    const std::size_t owner = token_at_offset(doc.tokens, doc.mentions.back().span.begin);
    return owner >= 3 && in(owner - 1, WordClass::definite_article) && doc.slice(doc.tokens[owner - 2].span) == "," && is_cap_word(owner - 3);
  }

  // Do the capitalized words [b, e) name the organization of the owned title after them? Not a title's own
  // words ("Deputy leader X", "Former leader Y"); a portfolio word may name a party ("Labour").
  bool owns_title_after(std::size_t b, std::size_t e, std::size_t end) const {
    const TitleWordKind kind = lex.title_word(keys.exact_id[b]);
    const bool rank = in(b, WordClass::title_gap) || in(b, WordClass::lesser_rank);
    const bool no_name = e - b == 1 && in(b, WordClass::determiner) && !in(b, WordClass::ordinal);  // "Its chairman, X,"
    return owned_title_at(e, end) && !rank && !no_name && (kind == TitleWordKind::none || kind == TitleWordKind::modifier);
  }

  // The organization named by the words [b, e) before an owned title; a country's name right before them
  // is part of it ("New Zealand First leader X").
  void add_owner_of_title(std::size_t b, std::size_t e) {
    if (!doc.mentions.empty() && doc.mentions.back().type == EntityType::country && doc.mentions.back().form == MentionForm::name &&
        b > 0 && doc.mentions.back().span.end == doc.tokens[b - 1].span.end) {
      b = token_at_offset(doc.tokens, doc.mentions.back().span.begin);
      doc.mentions.pop_back();
    }
    add_named(b, e, EntityType::organization);
  }

  // Does an organization's mention end right before token b?
  bool after_organization(std::size_t b) const {
    return !doc.mentions.empty() && doc.mentions.back().type == EntityType::organization &&
           doc.mentions.back().span.end == doc.tokens[b - 1].span.end;
  }

  // Does an office title mention end right before token b?
  bool after_office(std::size_t b) const {
    if (b == 0 || b >= doc.tokens.size() || doc.mentions.empty()) return false;
    const Mention& last = doc.mentions.back();
    return last.type == EntityType::office && last.span.end <= doc.tokens[b].span.begin &&
           last.span.end >= doc.tokens[b - 1].span.begin;
  }

  // Token i follows a place noun and "of": "the capital of X", "the city of X".
  bool after_place_noun(std::size_t i, std::size_t sentence_first) const {
    return i >= sentence_first + 2 && in(i - 1, WordClass::genitive) && in(i - 2, WordClass::place_noun);
  }

  // "Cabinet Secretary for Trade (and Industry) Moses Kuria": the capitalized portfolio words after a title
  // and "for" are the title's, not the start of a name. Returns where the rest of the run starts.
  std::size_t past_portfolio(const Sentence& s, std::size_t b, std::size_t e) const {
    if (b < s.first_token + 2) return b;
    const bool after_title = in(b - 1, WordClass::portfolio_link) && after_office(b - 1);
    const bool continued = in(b - 1, WordClass::portfolio_joiner) && is_cap_word(b - 2) && in(b - 2, WordClass::portfolio);
    if (!after_title && !continued) return b;
    std::size_t k = b;
    while (k < e && is_cap_word(k) && in(k, WordClass::portfolio)) ++k;
    return k;
  }

  void classify_run(const Sentence& s, std::size_t b, std::size_t e, bool headline) {
    const std::size_t run_first = b;
    b = past_portfolio(s, b, e);
    // "A Foreign Office spokesman said", "The regime and its backers": an article capitalized only to open the
    // sentence is no name, nor part of one ("The Hague" and "The Ministry of ..." are read as names elsewhere).
    if (opens_sentence(s, b) && in(b, WordClass::article) && !doc.tokens[b].all_caps) {
      if (e - b == 1) return;
      if (in(b, WordClass::indefinite_article)) ++b;
    }
    // "SAKAJA OPENS MARKET": in a line in capitals, a name ends where its words stop being written elsewhere.
    if (capitals_line(s) || in_capitals_stretch(doc, s, b, e)) {
      while (e > b && !written_in_title_case_elsewhere(doc, b, e)) --e;
    }
    if (b >= e) return;
    if (results_line(s)) {
      add_named(b, e, EntityType::organization);
      return;
    }
    const bool after_portfolio = b > run_first;  // the title's holder follows
    // "Secretary-General of the Ministry of Foreign Affairs Rui Telles": a body's name, then a person's.
    if (const std::size_t k = person_after_body(b, e); k > b) {
      classify_run(s, b, k, headline);
      classify_run(s, k, e, headline);
      return;
    }
    if (in_title_portfolio(lex, keys, b, e)) return;  // the office rules read it with its title
    while (b + 1 < e && in_title_portfolio(lex, keys, b, b + 1)) ++b;  // "Minister of Petroleum Resources Ana Lima"
    // Organizations first, before a person's title words are peeled: "Foreign
    // Ministry", "National Security Council" keep their first words; "at Government House" is the building.
    if (organization_run(s, b, e)) {
      const bool ran_here = !doc.mentions.empty() && doc.mentions.back().span.begin == doc.tokens[b].span.begin;
      if (ran_here && at_venue_named(b, e, s.first_token, s.end_token)) doc.mentions.back().type = EntityType::location;
      return;
    }
    if (const std::size_t named = described_as_body(s, b, e); named < e) {
      add_named(named, e, EntityType::organization);
      return;
    }
    if (unlisted_venue(s, b, e)) {
      add_named(b, e, EntityType::location);
      return;
    }
    // "President of the Senate": the body a title belongs to.
    if (b >= s.first_token + 3 && in(b - 1, WordClass::definite_article) && in(b - 2, WordClass::genitive) && after_office(b - 2) &&
        (lex.title_word(keys.exact_id[b]) == TitleWordKind::none || lex.title_word(keys.exact_id[b]) == TitleWordKind::modifier)) {
      add_named(b, e, EntityType::organization);
      return;
    }
    // "KwaZulu-Natal province", "Western Cape province": a region named before its lower-case kind;
    // "the city of Campinas", "the province of Aceh": a place named after its kind and "of".
    const bool kind_after = e < s.end_token && is_word(e) && !doc.tokens[e].capitalized && in(e, WordClass::area_noun);
    const bool kind_before = after_place_noun(b, s.first_token) && !doc.tokens[b - 2].capitalized;
    if ((kind_after || kind_before) && lex.title_word(keys.exact_id[b]) == TitleWordKind::none) {
      add_named(b, e, EntityType::location);
      return;
    }
    bool titled = peel_titles(s, b, e) || after_portfolio;
    // "Head of Public Service Dr Joseph Kinyua": an honorific inside the run opens the name (the words
    // before it end a title no list holds).
    for (std::size_t k = b + 1; k + 1 < e; ++k) {
      if (lex.title_word(keys.exact_id[k]) == TitleWordKind::honorific && is_cap_word(k + 1)) {
        b = k + 1;
        titled = true;
        break;
      }
    }
    // After a title the run is a name as written ("Vice Premier Liu He"):
    // only a run without that evidence loses trailing non-name words.
    if (e - b < 2 || !(titled || after_office(b))) {
      while (e > b && lex.is_non_name(keys.exact_id[e - 1])) --e;
    }
    while (e > b && !doc.tokens[e - 1].capitalized && !particle_joined_name(e - 1)) --e;  // no trailing particle
    if (b >= e || named_by_head(b, e)) return;
    // An acronym unknown to the lexicons is most often an organization ("INDEC", "KeNHA"),
    // but a place written in capitals is a dateline ("TEHRAN (Agency) -"): nothing.
    if (e - b == 1 && doc.tokens[b].all_caps && keys.exact[b].size() >= 3 && keys.exact[b].size() <= 6 && !titled) {
      if (!known_name_in_capitals(b, e) && !headline && !word_in_capitals(b)) add(b, e, EntityType::organization, MentionForm::name, std::string(keys.exact[b]), true);
      return;
    }
    if (dateline_in_capitals(s, b, e)) return;
    if (headline && !credited(s, b, e) && !headline_name_end(b, e)) return;
    person_run(s, b, e, titled, headline);
  }

  // "Ambassador Lena Marsh Returns to Vessa", "Prime Minister Discuss Next Moves": in a headline in Title Case,
  // a name runs as far as its words are written elsewhere in the story (a given name needs not be); false when
  // none is, a headline's words and no name. Moves `e` back to where the name ends.
  bool headline_name_end(std::size_t b, std::size_t& e) {
    // Each look searches the whole text: a document of many lines in Title Case (a list of names) gets a few.
    constexpr int most_headline_names = 16;
    if (e - b < 2 || headline_names_read_ >= most_headline_names) return true;
    ++headline_names_read_;
    if (written_in_title_case_elsewhere(doc, b, e)) return true;
    const bool given = lex.is_given_name(keys.exact_id[b]);
    std::size_t k = given ? b + 1 : b;
    while (k < e && written_in_title_case_elsewhere(doc, k, k + 1)) ++k;
    if (k == b) return false;
    if (k > b + 1 || !given) e = k;
    return true;
  }

  // A run named by an organization's head word ("Foreign Ministry"), a
  // prefix ("Ministry of Foreign Affairs"), or its head word alone after
  // "the" ("the Ministry": named in full before). Adds it; false if none.
  bool organization_run(const Sentence& s, std::size_t b, std::size_t e) {
    std::size_t ob = b;
    // "At State House, ...", "During Supreme Court hearings": a word that fronts a phrase is no part of the name.
    if (ob == s.first_token && ob + 2 < e && in(ob, WordClass::fronting) && lex.is_non_name(keys.exact_id[ob])) ++ob;
    if (ob + 1 < e && article_in_name(ob)) ++ob;
    std::size_t oe = e;
    while (oe > ob && !doc.tokens[oe - 1].capitalized) --oe;
    const std::string_view head = oe > ob ? lex.org_suffix(keys.exact_id[oe - 1]) : std::string_view();
    // "the Ukrainian Navy", "Chinese Foreign Ministry": a state body named with its country is one name; so
    // is a body of two words or more named with its region ("Tigray People's Liberation Front").
    // "Manchester United": a club's last word after its town's name.
    const bool club = head == "club" && oe - ob == 1;
    const bool place_named = !doc.mentions.empty() && (doc.mentions.back().type == EntityType::country ||
                                                       (doc.mentions.back().type == EntityType::location && (oe - ob >= 2 || club) && head != "government"));
    const bool country_first = !head.empty() && head != "venue" && (head == "government" || oe - ob >= 2 || club) && ob == b && ob > s.first_token &&
                               place_named && doc.mentions.back().span.end >= doc.tokens[ob - 1].span.begin &&
                               doc.tokens[ob - 1].kind == TokenKind::word;
    // "the Senate", "Congress": one word that is a body's whole name.
    const bool institution = oe - ob == 1 && doc.tokens[ob].capitalized && !doc.tokens[ob].all_caps && in(ob, WordClass::named_institution);
    const bool headed = ((oe - ob >= 2 || country_first) && !head.empty() && head != "venue" &&
                         lex.title_word(keys.exact_id[ob]) != TitleWordKind::honorific) ||
                        institution;
    // "Ministry of Foreign Affairs", "Supreme Court of India": a prefix word, then "of".
    bool prefixed = oe > ob && oe - ob >= 3 && lex.is_org_prefix(keys.exact_id[ob]);
    for (std::size_t k = ob + 1; !prefixed && k + 2 < oe; ++k) prefixed = lex.is_org_prefix(keys.exact_id[k]) && in(k + 1, WordClass::name_joiner);
    if (oe - ob == 1 && ob > s.first_token && in(ob - 1, WordClass::definite_article) && (!head.empty() || lex.is_org_prefix(keys.exact_id[ob]))) {
      if (const Mention* named = organization_named_by(keys.exact[ob])) {
        add(ob, oe, EntityType::organization, MentionForm::name, named->key);
        return true;
      }
    }
    if (!headed && !prefixed) return false;
    std::uint32_t begin = doc.tokens[ob].span.begin;
    if (headed && country_first) {
      begin = doc.mentions.back().span.begin;
      doc.mentions.pop_back();
      while (ob > s.first_token && doc.tokens[ob - 1].span.begin >= begin) --ob;
    }
    add(ob, oe, EntityType::organization, MentionForm::name, std::string(doc.slice({begin, doc.tokens[oe - 1].span.end})));
    return true;
  }

  // The organization mentioned last whose name starts or ends with `word`.
  const Mention* organization_named_by(std::string_view word) const {
    for (auto it = doc.mentions.rbegin(); it != doc.mentions.rend(); ++it) {
      if (it->type != EntityType::organization) continue;
      const std::string_view name = it->key;
      const bool starts = name.size() > word.size() && name.substr(0, word.size()) == word && name[word.size()] == ' ';
      const bool ends = name.size() > word.size() && name.substr(name.size() - word.size()) == word && name[name.size() - word.size() - 1] == ' ';
      if (starts || ends) return &*it;
    }
    return nullptr;
  }

  // Peels honorifics and title words at the front ("Mr", "President"); true
  // when one was there (evidence of a person).
  bool peel_titles(const Sentence& s, std::size_t& b, std::size_t e) const {
    bool titled = false;
    while (b < e) {
      // "Lawyer Anna Lopez said": a lower-case title word, capitalized only to open the sentence.
      const bool opener = opens_sentence(s, b) && e - b >= 2 && lex.title_word(keys.exact_id[b]) == TitleWordKind::none;
      const TitleWordKind kind = lex.title_word(opener ? keys.lower_id[b] : keys.exact_id[b]);
      if (kind == TitleWordKind::name_title && e - b >= 2) return true;  // "Sheikh Hasina", "Pope Francis": part of the name
      if (kind == TitleWordKind::honorific || kind == TitleWordKind::rank || kind == TitleWordKind::office_head ||
          (opener && kind == TitleWordKind::role)) {
        titled = true;
        ++b;
      } else if (lex.is_non_name(keys.exact_id[b])) {
        ++b;
      } else {
        break;
      }
    }
    return titled;
  }

  // A head word at the end ("Postmedia Network Inc", "State House") or a
  // prefix at the start makes the run an organization or a venue; adds it.
  bool named_by_head(std::size_t b, std::size_t e) {
    const std::string_view last_suffix = lex.org_suffix(keys.exact_id[e - 1]);
    const std::string name(doc.slice({doc.tokens[b].span.begin, doc.tokens[e - 1].span.end}));
    // "Liberty Square", "the Marlowe Hotel"; not "Ambassador Lena Street", a person named with a given name.
    if (last_suffix == "venue" && e - b >= 2) {
      if (lex.is_given_name(keys.exact_id[b])) return false;
      add(b, e, EntityType::location, MentionForm::name, name);
      return true;
    }
    if ((!last_suffix.empty() && last_suffix != "venue" && e - b >= 2) || (lex.is_org_prefix(keys.exact_id[b]) && e - b >= 3)) {
      add(b, e, EntityType::organization, MentionForm::name, name);
      return true;
    }
    return false;
  }

  // "TEHRAN" is Tehran written in capitals: a lexicon name, not an acronym.
  bool known_name_in_capitals(std::size_t b, std::size_t e) const {
    std::vector<std::uint32_t> as_name_ids;
    for (std::size_t k = b; k < e; ++k) {
      std::string as_name = text::lower(keys.exact[k]);
      as_name[0] = static_cast<char>(keys.exact[k][0]);
      as_name_ids.push_back(lex.key_id(as_name));
    }
    std::vector<int> found;
    return lex.names().longest_match(std::span(as_name_ids), 0, found) == as_name_ids.size();
  }

  // "UNLESS", "XVII": a word the rules know, or a Roman numeral up to the thirties (I, V and X only:
  // "MDC", "CDC" are bodies), written in capitals is no acronym.
  bool word_in_capitals(std::size_t b) const {
    if (lex.in_some_class(keys.lower_id[b])) return true;
    return std::all_of(keys.exact[b].begin(), keys.exact[b].end(), [](char c) { return c == 'I' || c == 'V' || c == 'X'; });
  }

  // "BUENOS AIRES, May 12 -": a known place in capitals heading the sentence is a dateline, not a name.
  bool dateline_in_capitals(const Sentence& s, std::size_t b, std::size_t e) const {
    if (b != s.first_token || e - b < 2 || e >= s.end_token) return false;
    for (std::size_t k = b; k < e; ++k) {
      if (!doc.tokens[k].all_caps) return false;
    }
    const std::string_view next = doc.slice(doc.tokens[e].span);
    // "ADDIS ABABA 2024-03-05 -": a date written in digits may stand between the place and the dash.
    const bool dated = doc.tokens[e].kind == TokenKind::number && next.find('-') != std::string_view::npos;
    return (next == "," || next == "(" || text::is_dash_token(next) || dated) && known_name_in_capitals(b, e);
  }

  // "Gor Mahia 2 AFC Leopards 1", "Tusker 12 7 3 2 21 9 24": a line of a results table, names each followed
  // by scores and nothing else, at least two names or one with a row of figures. Its names are teams.
  bool results_line(const Sentence& s) const {
    std::size_t names = 0, numbers = 0;
    bool in_name = false;
    for (std::size_t k = s.first_token; k < s.end_token; ++k) {
      const Token& token = doc.tokens[k];
      if (token.kind == TokenKind::number) {
        if (names == 0 || doc.slice(token.span).find_first_not_of("0123456789") != std::string_view::npos) return false;
        ++numbers;
        in_name = false;
      } else if (token.kind == TokenKind::word && token.capitalized) {
        names += in_name ? 0 : 1;
        in_name = true;
      } else {
        return false;
      }
    }
    return !in_name && (names >= 2 || numbers >= 3);
  }

  // A run that may be a person's name: strong when the words around say so
  // (a title, a given name, an initial, a verb of saying, an apposition),
  // weak otherwise (resolve keeps it only when the document supports it).
  void person_run(const Sentence& s, std::size_t b, std::size_t e, bool titled, bool headline) {
    const bool multi = e - b >= 2;
    const bool strong = person_evidence(s, b, e, titled) || (multi && appositive_described(s, e)) ||
                        (multi && lex.is_given_name(keys.exact_id[b])) || initial_inside(b, e);
    if (headline && !strong) return;
    if (strong) {
      add(b, e, EntityType::person, MentionForm::name, {});
    } else if (multi && e - b <= 4) {
      add(b, e, EntityType::person, MentionForm::name, {}, true);
    } else if (!multi && !lex.is_non_name(keys.exact_id[b])) {
      // A single capitalized word: a surname referring back, or nothing.
      add(b, e, EntityType::person, MentionForm::name, {}, true);
    }
  }

  // A title before the run, or (for two words or more) a family tie, an
  // occupation or a leader noun before it ("his wife X", "top internet
  // regulator X", "his Ethiopian counterpart X"), a verb
  // of saying next to it, an office in apposition.
  bool person_evidence(const Sentence& s, std::size_t b, std::size_t e, bool titled) {
    const std::size_t prev = b > s.first_token ? b - 1 : b;
    const bool after_title =
        titled || (b > s.first_token && !doc.mentions.empty() && doc.mentions.back().type == EntityType::office &&
                   doc.mentions.back().span.end <= doc.tokens[b].span.begin &&
                   doc.mentions.back().span.end >= doc.tokens[prev].span.begin);
    if (after_title || (b > s.first_token + 2 && after_owned_title(b))) return true;
    if (e - b < 2) return false;
    if (credited(s, b, e)) return true;
    const bool after_kin = b > s.first_token && (lex.title_word(keys.exact_id[b - 1]) == TitleWordKind::kin ||
                                                 lex.title_word(keys.exact_id[b - 1]) == TitleWordKind::role ||
                                                 in(b - 1, WordClass::leader_noun));
    const bool spoken_of = (e < s.end_token && say_verb_at(e)) || (b > s.first_token && say_verb_at(b - 1)) || appositive_office(s, e);
    return after_kin || spoken_of;
  }

  // "© Jane Doe/Agency", "(Jane Doe / Agency)": a name credited for a picture
  // or a report, its agency after a slash.
  bool credited(const Sentence& s, std::size_t b, std::size_t e) const {
    if (b <= s.first_token || e >= s.end_token || doc.slice(doc.tokens[e].span) != "/") return false;
    const std::string_view before = doc.slice(doc.tokens[b - 1].span);
    return before == "\u00A9" || before == "(";
  }

  // "President of Kenya X", "Director-General of UNESCO X": a title and its
  // owner right before the run (in its sentence: b > its first token + 2).
  bool after_owned_title(std::size_t b) const {
    const std::size_t n = doc.mentions.size();
    if (n < 2 || b < 3) return false;
    const Mention& owner = doc.mentions[n - 1];
    const Mention& title = doc.mentions[n - 2];
    if ((owner.type != EntityType::country && owner.type != EntityType::organization) || title.type != EntityType::office) return false;
    if (owner.span.end < doc.tokens[b - 1].span.begin || owner.span.end > doc.tokens[b].span.begin) return false;
    std::size_t o = b - 1;
    while (o > 0 && doc.tokens[o].span.begin > owner.span.begin) --o;  // the owner's first token
    if (o > 0 && in(o - 1, WordClass::definite_article)) --o;
    return o >= 2 && in(o - 1, WordClass::genitive) && title.span.end <= doc.tokens[o - 1].span.begin &&
           title.span.end >= doc.tokens[o - 2].span.begin;
  }

  // "Geng Shuang, spokesperson for ...", "X, Vantor Group's chief executive,", "X, a World Bank spokeswoman,":
  // an office in apposition, after a body's name of a few words at most.
  bool appositive_office(const Sentence& s, std::size_t e) const {
    constexpr std::size_t kWordsBefore = 5;
    if (e + 1 >= s.end_token || doc.slice(doc.tokens[e].span) != ",") return false;
    std::vector<int> probe;
    for (std::size_t k = e + 1; k < s.end_token && k <= e + 1 + kWordsBefore; ++k) {
      if (office_match(k, s.end_token, probe) > 0) return true;
      if ((!is_word(k) && doc.tokens[k].kind != TokenKind::possessive) || in(k, WordClass::description_stop)) return false;
    }
    return false;
  }

  // An initial inside the run: "Donald J. Trump".
  bool initial_inside(std::size_t b, std::size_t e) const {
    for (std::size_t k = b + 1; k + 1 < e; ++k) {
      const std::string_view t = keys.exact[k];
      if (t.size() == 2 && t[1] == '.') return true;
    }
    return false;
  }

  // A description in apposition that only a person has: a nationality
  // ("X, the former Chadian dictator") or an occupation ("X, a
  // Washington-based journalist,").
  bool appositive_described(const Sentence& s, std::size_t e) const {
    if (e + 2 >= s.end_token || doc.slice(doc.tokens[e].span) != "," || !in(e + 1, WordClass::article)) return false;
    return appositive_nationality(s, e) || appositive_role(s, e);
  }

  bool appositive_nationality(const Sentence& s, std::size_t e) const {
    if (e + 3 >= s.end_token) return false;
    std::size_t k = e + 2;
    if (k < s.end_token && lex.title_word(keys.exact_id[k]) == TitleWordKind::modifier) ++k;  // "former"
    std::vector<int> probe;
    const std::uint32_t n = k < s.end_token ? name_match(k, s.end_token, probe) : 0;
    if (n == 0 || !std::any_of(probe.begin(), probe.end(), [&](int entry) { return lex.entry(entry).kind == LexKind::demonym; })) return false;
    k += n;
    if (k >= s.end_token || !is_word(k) || doc.tokens[k].capitalized || office_match(k, s.end_token, probe) > 0) return false;
    // "a Chinese company", "the state agency": the head word of an organization's name describes an organization.
    return lex.org_head_kind(keys.lower[k]).empty() && !in(k, WordClass::organization_description);
  }

  bool appositive_role(const Sentence& s, std::size_t e) const {
    for (std::size_t k = e + 2; k < s.end_token && k <= e + 8; ++k) {
      if (lex.title_word(keys.exact_id[k]) == TitleWordKind::role) return k + 1 >= s.end_token || !is_word(k + 1);
      // "a hub for every investor": the occupation must head the description.
      if (keys.lower[k] == "." || keys.lower[k] == ";" || in(k, WordClass::description_stop)) return false;
    }
    return false;
  }
};

}  // namespace

namespace {

// What a name's head word says it is, once every mention is found: the
// rules and the model read a name's first words better than its last.
class HeadWords {
 public:
  HeadWords(Document& doc, const Lexicon& lexicon, const TokenKeys& keys) : doc_(doc), lexicon_(lexicon), keys_(keys) {}

  void apply() {
    std::vector<Mention> kept;
    kept.reserve(doc_.mentions.size());
    for (std::size_t k = 0; k < doc_.mentions.size(); ++k) {
      if (k + 1 < doc_.mentions.size() && mission_in_place(doc_.mentions[k], doc_.mentions[k + 1])) {
        kept.push_back(std::move(doc_.mentions[k]));
        ++k;  // the place is now part of the mission's name
        continue;
      }
      Mention& m = doc_.mentions[k];
      const std::size_t last = last_token(m);
      // Only into a word no other mention holds.
      const std::uint32_t free_until = k + 1 == doc_.mentions.size() ? UINT32_MAX : doc_.mentions[k + 1].span.begin;
      if (serving_body(m, last, free_until) || venue(m, last, free_until) || venue_in_city(m, last) || !unnamed_person(m, last)) {
        kept.push_back(std::move(m));
      }
    }
    doc_.mentions = std::move(kept);
  }

 private:
  std::size_t last_token(const Mention& m) const {
    const auto at = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), m.span.end,
                                     [](const Token& t, std::uint32_t end) { return t.span.end < end; });
    return static_cast<std::size_t>(at - doc_.tokens.begin());
  }

  bool body_head(std::size_t t) const { return doc_.tokens[t].capitalized && !lexicon_.org_suffix(keys_.exact_id[t]).empty(); }

  void become(Mention& m, EntityType type, std::size_t last) const {
    m.span.end = doc_.tokens[last].span.end;
    m.type = type;
    m.key = std::string(doc_.slice(m.span));
    m.weak = false;
  }

  // "the Prime Minister's Office", "the President's Secretariat": the body that serves the office.
  bool serving_body(Mention& m, std::size_t last, std::uint32_t free_until) const {
    const std::size_t head = last + 2;
    if (m.type != EntityType::office || head >= doc_.tokens.size() || doc_.tokens[last + 1].kind != TokenKind::possessive) return false;
    if (!body_head(head) || doc_.tokens[head].span.end > free_until) return false;
    become(m, EntityType::organization, head);
    return true;
  }

  // "the Embassy of Angola in Kenya", "the Chinese Embassy in Colombo": the
  // place a diplomatic mission is in belongs to its name; true when `place`
  // was taken into `m`.
  bool mission_in_place(Mention& m, const Mention& place) const {
    if (m.type != EntityType::organization || (place.type != EntityType::country && place.type != EntityType::location)) return false;
    const std::size_t last = last_token(m), link = last + 1;
    if (link + 1 >= doc_.tokens.size() || !lexicon_.in_class(keys_.lower_id[link], WordClass::mission_link)) return false;
    if (place.span.begin != doc_.tokens[link + 1].span.begin || !doc_.tokens[link + 1].capitalized) return false;
    bool mission = false;
    for (std::size_t t = token_at_offset(doc_.tokens, m.span.begin); t <= last && !mission; ++t) {
      mission = lexicon_.class_member_at(keys_.lower_id, t, WordClass::diplomatic_mission) > 0;
    }
    if (!mission) return false;
    become(m, EntityType::organization, last_token(place));
    return true;
  }

  // "Belém Palace", "Shital Niwas": a name and the head word of a residence right after it name the venue.
  bool venue(Mention& m, std::size_t last, std::uint32_t free_until) const {
    const std::size_t head = last + 1;
    if (m.type == EntityType::office || m.type == EntityType::country || head >= doc_.tokens.size()) return false;
    const Token& word = doc_.tokens[head];
    if (!word.capitalized || word.span.end > free_until || word.span.begin != doc_.tokens[last].span.end + 1) return false;
    if (!lexicon_.in_class(keys_.lower_id[head], WordClass::venue_head)) return false;
    become(m, EntityType::location, head);
    return true;
  }

  // "at State House Nairobi": a body's name, then the city it stands in, after
  // a place preposition, is the building there, a place. True when it
  // became one (the mention stays).
  bool venue_in_city(Mention& m, std::size_t last) const {
    if (m.type != EntityType::organization) return false;
    const std::size_t first = token_at_offset(doc_.tokens, m.span.begin);
    if (first == 0 || last <= first + 1 || !lexicon_.in_class(keys_.lower_id[first - 1], WordClass::place_preposition)) return false;
    for (std::size_t city = first + 1; city <= last; ++city) {
      std::vector<int> found;
      if (!doc_.tokens[city - 1].capitalized || lexicon_.names().longest_match(keys_.exact_id, city, found) != last + 1 - city) continue;
      const bool place = std::any_of(found.begin(), found.end(), [&](int e) {
        const LexKind kind = lexicon_.entry(e).kind;
        return kind == LexKind::capital || kind == LexKind::location;
      });
      if (place) m.type = EntityType::location;
      return place;
    }
    return false;
  }

  // "The Andrew Marr Show" is no one; "the Helena Duarte Foundation" is a
  // body, "Shital Niwas" a venue, and "Secretariat" alone no one. True when
  // the mention goes.
  bool unnamed_person(Mention& m, std::size_t last) const {
    if (m.type != EntityType::person) return false;
    if (lexicon_.in_class(keys_.lower_id[last], WordClass::work_head)) return true;
    // "Shital Niwas", "Belém Palace" read as a name: ending in a residence's head word, it is the venue.
    if (lexicon_.in_class(keys_.lower_id[last], WordClass::venue_head) && doc_.tokens[last].span.begin > m.span.begin) {
      become(m, EntityType::location, last);
      return false;
    }
    if (!body_head(last)) return false;
    if (doc_.tokens[last].span.begin <= m.span.begin) return true;
    become(m, EntityType::organization, last);
    return false;
  }

  Document& doc_;
  const Lexicon& lexicon_;
  const TokenKeys& keys_;
};

}  // namespace

bool in_title_portfolio(const Lexicon& lexicon, const TokenKeys& keys, std::size_t first, std::size_t end) {
  const auto portfolio_word = [&](std::size_t k) {
    return lexicon.in_class(keys.lower_id[k], WordClass::portfolio) || lexicon.in_class(keys.lower_id[k], WordClass::portfolio_joiner) ||
           keys.lower[k] == ",";
  };
  for (std::size_t k = first; k < end; ++k) {
    if (!portfolio_word(k)) return false;
  }
  // A portfolio is a few words: the title is looked for no further back (a long list stays linear).
  constexpr std::size_t kLongestPortfolio = 8;
  for (std::size_t t = first; t >= 2 && t + kLongestPortfolio > first; --t) {
    if (lexicon.in_class(keys.lower_id[t - 1], WordClass::portfolio_preposition) && lexicon.title_word(keys.exact_id[t - 2]) == TitleWordKind::office_head) {
      return true;
    }
    if (!portfolio_word(t - 1)) return false;
  }
  return false;
}

bool in_capitals_stretch(const Document& doc, const Sentence& s, std::size_t first, std::size_t end) {
  constexpr std::size_t kStretchWords = 5;
  const auto shouted = [&](std::size_t i) { return doc.tokens[i].kind == TokenKind::word && doc.tokens[i].all_caps; };
  for (std::size_t i = first; i < end; ++i) {
    if (!shouted(i)) return false;
  }
  while (first > s.first_token && shouted(first - 1)) --first;
  while (end < s.end_token && shouted(end)) ++end;
  return end - first >= kStretchWords;
}

bool written_in_title_case_elsewhere(const Document& doc, std::size_t first, std::size_t end) {
  const std::string_view text = doc.text;
  const Span span{doc.tokens[first].span.begin, doc.tokens[end - 1].span.end};
  std::string words(doc.slice(span));
  const auto is_letter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '\''; };
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (is_letter(words[i - 1])) words[i] = text::ascii_lower(words[i]);
  }
  const std::size_t line_begin = text.rfind('\n', span.begin) == std::string_view::npos ? 0 : text.rfind('\n', span.begin);
  const std::size_t line_end = std::min(text.find('\n', span.end), text.size());
  for (std::size_t at = text.find(words); at != std::string_view::npos; at = text.find(words, at + 1)) {
    const bool whole = (at == 0 || !is_letter(text[at - 1])) && (at + words.size() == text.size() || !is_letter(text[at + words.size()]));
    if (whole && (at + words.size() <= line_begin || at >= line_end)) return true;
  }
  return false;
}

void recognize(Document& doc, const Lexicon& lexicon) { recognize(doc, lexicon, token_keys(doc, lexicon)); }

void recognize(Document& doc, const Lexicon& lexicon, const TokenKeys& keys) {
  doc.mentions.clear();
  Recognizer r{doc, lexicon, keys, {}};
  for (const Sentence& s : doc.sentences) r.recognize_sentence(s);
  std::stable_sort(doc.mentions.begin(), doc.mentions.end(), [](const Mention& a, const Mention& b) { return a.span < b.span; });
  ner::apply_learned_names(doc, lexicon, keys, ner::builtin_model());
  drop_credited_outlets(doc, lexicon, keys);
  HeadWords(doc, lexicon, keys).apply();
  link_defined_acronyms(doc);
  std::erase_if(doc.mentions, [&](const Mention& m) { return std::binary_search(r.context_only.begin(), r.context_only.end(), m.span); });
  add_repeated_names(doc);
}

}  // namespace newsgraph
