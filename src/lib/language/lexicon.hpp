// Lexicons: what newsgraph knows before it reads an article.
//
// Every list lives in a readable data file under data/ (compiled into the
// binary) plus ISO 3166-1 from Debian's iso-codes; users add their own with
// Lexicon::add_user_file (`--lexicon FILE`). A Lexicon is built once and is
// then immutable: safe to share between threads for reading.
#pragma once

#include <array>
#include <bit>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <map>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "language/word_classes.hpp"
#include "newsgraph/model.hpp"

namespace newsgraph {

/// What a lexicon phrase names.
enum class LexKind { country, demonym, capital, organization, location, office, person };

struct LexEntry {
  LexKind kind = LexKind::country;
  std::string key;      ///< alpha-2 for countries/demonyms/capitals; canonical name otherwise
  std::string label;    ///< canonical label (country's English short name, org's full name, office title)
  std::string country;  ///< alpha-2 of the country it belongs to, if any
  std::string detail;   ///< org kind ("media", "company"...), office scope ("state", "org", "any"), location kind
  std::map<std::string, std::string> attributes;  ///< user entries: "office", ...
};

/// Hashing for string-keyed tables looked up with a std::string_view: no
/// std::string is built for a lookup (C++20 heterogeneous lookup).
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return hash(s); }
  /// A fast hash for the short keys of these tables (words, phrases), inline:
  /// eight bytes at a time, each mixed in by a multiply and a rotation.
  static std::size_t hash(std::string_view s) {
    std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ s.size();
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      std::uint64_t word = 0;
      std::memcpy(&word, s.data() + i, 8);
      h = std::rotl((h ^ word) * 0xFF51AFD7ED558CCDULL, 29);
    }
    if (i < s.size()) h = std::rotl((h ^ tail_word(s, i)) * 0xFF51AFD7ED558CCDULL, 29);
    h ^= h >> 32;
    h *= 0xC4CEB9FE1A85EC53ULL;
    return static_cast<std::size_t>(h ^ (h >> 29));
  }
  /// The last 1 to 7 bytes of `s`, from byte `from` on, read as a
  /// big-endian number (the first of them most significant). Most keys are
  /// shorter than eight bytes, so this runs for nearly every lookup: a
  /// loop would take a shift and an or per byte; overlapping loads do it
  /// in two or three reads.
  static std::uint64_t tail_word(std::string_view s, std::size_t from) {
    const std::size_t count = s.size() - from;
    const auto byte = [&](std::size_t k) { return static_cast<std::uint64_t>(static_cast<unsigned char>(s[k])); };
    if constexpr (std::endian::native == std::endian::little) {
      if (s.size() >= 8) {  // the eight bytes that end the key, the unwanted ones masked off
        std::uint64_t last8 = 0;
        std::memcpy(&last8, s.data() + s.size() - 8, 8);
        return __builtin_bswap64(last8) & (~0ULL >> (64 - 8 * count));
      }
      if (count >= 4) {  // two four-byte reads; where they overlap they agree
        std::uint32_t head = 0, last4 = 0;
        std::memcpy(&head, s.data(), 4);
        std::memcpy(&last4, s.data() + s.size() - 4, 4);
        return static_cast<std::uint64_t>(__builtin_bswap32(head)) << (8 * (count - 4)) | __builtin_bswap32(last4);
      }
    } else {
      std::uint64_t word = 0;
      for (std::size_t k = from; k < s.size(); ++k) word = word << 8 | byte(k);
      return word;
    }
    // 1 to 3 bytes (the key is that short): first, middle and last, which may coincide.
    return byte(0) << (8 * (count - 1)) | byte(count / 2) << (8 * (count - 1 - count / 2)) | byte(count - 1);
  }
};
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
template <class Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

/// Small integer ids for the token keys the phrase tables use: a
/// document's tokens are hashed once (token_keys) and phrases are then
/// matched by comparing integers. Looked up twice per token of every
/// article, so it is an open-addressing table kept small and contiguous
/// (a node-based map costs a cache miss or two per lookup).
class Vocabulary {
 public:
  static constexpr std::uint32_t unknown = 0xFFFFFFFF;  ///< a key no phrase or word list uses
  std::uint32_t intern(std::string_view key);
  std::uint32_t find(std::string_view key) const;
  std::size_t size() const { return count_; }

 private:
  // Eight bytes a slot, so that the table stays in the processor's cache
  // between lookups; where a key's bytes are is kept by id, and read only
  // when the hash matches.
  struct Slot {
    std::uint32_t hash = 0;
    std::uint32_t id = unknown;  ///< unknown: an empty slot
  };
  std::size_t slot_of(std::string_view key, std::uint32_t hash) const;  ///< its slot, or the empty one where it goes
  void grow();
  std::string pool_;         ///< every key's bytes, one after another, in id order
  std::vector<std::uint32_t> starts_{0};  ///< key `id` is pool_[starts_[id], starts_[id + 1])
  std::vector<Slot> slots_;  ///< a power of two in size, at most half full
  /// A bit per value of a hash's top 16 bits, set for every key: most words
  /// of a text are no key, and this small table (in the fastest cache) says so.
  std::bitset<65536> maybe_;
  std::uint32_t count_ = 0;
};

/// Token-sequence matcher: phrases are stored as sequences of token key ids
/// (see Vocabulary, Lexicon::fold_token) and matched longest-first at a
/// token position.
class PhraseTable {
 public:
  void add(const std::vector<std::uint32_t>& ids, int entry);
  /// Longest phrase starting at `pos` of `ids` (within `ids`): its length in
  /// tokens (0 when none) and the entries it names.
  /// Inline for the common answer: most tokens start no phrase.
  std::uint32_t longest_match(std::span<const std::uint32_t> ids, std::size_t pos, std::vector<int>& entries) const {
    if (pos >= ids.size() || !starts_phrase(ids[pos])) {
      entries.clear();
      return 0;
    }
    return longest_match_starting(ids, pos, entries);
  }
  /// Does a phrase start with key id `id`? Asked of nearly every token by
  /// every table: a bit per id (about a kilobyte, in the fastest cache)
  /// answers without touching first_node_, whose slots are far apart.
  bool starts_phrase(std::uint32_t id) const {
    const std::size_t word = id / 64;
    return word < starts_.size() && ((starts_[word] >> (id % 64)) & 1U) != 0;
  }

 private:
  std::uint32_t longest_match_starting(std::span<const std::uint32_t> ids, std::size_t pos, std::vector<int>& entries) const;
  /// The phrases as a trie of key ids, a node per phrase prefix: a match
  /// walks one node per token of the text instead of comparing every
  /// phrase that begins with the same word (an office title's first word
  /// begins hundreds). At most one phrase of each length fits a position,
  /// so the deepest node with entries is the longest match.
  struct Node {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> children;  ///< (key id, node), sorted by key id
    std::vector<int> entries;  ///< of the phrase ending here; empty when none does
  };
  std::uint32_t child(std::uint32_t node, std::uint32_t id) const;  ///< the node after `id`, or 0 (the root) when none
  std::uint32_t add_child(std::uint32_t node, std::uint32_t id);
  std::vector<Node> nodes_{Node{}};        ///< node 0 is the root, never a child
  std::vector<std::uint32_t> first_node_;  ///< a phrase's first node by its first id; 0 when no phrase starts with it
  std::vector<std::uint64_t> starts_;      ///< bit `id` set when first_node_[id] is not 0
};

enum class TitleWordKind { none, honorific, rank, office_head, modifier, name_title, kin, role };
/// Whether a given name is borne mostly by women or by men (data/given_names.txt), or unknown.
enum class Gender : std::uint8_t { unknown, feminine, masculine };
enum class TriggerClass { none, say, meet, call, plan, cancel, negation, not_meeting };
/// How the meeting and statement rules read a trigger form (third column of data/triggers.tsv; see its header).
enum class TriggerRole { none, noun, verb, plain, host, visit, formal_visit, callon, topic, partner, meal, delivery, event, mode, mod, aux, time, cancel, defer, source, report };

class Lexicon {
 public:
  /// The built-in lexicons (embedded data files + iso-codes when installed).
  static Lexicon builtin();

  /// Adds a user's lexicon file (format in README, "Extending the lexicons").
  /// Throws Error("PATH:LINE: problem") on a malformed line.
  void add_user_file(const std::string& path);
  /// Same, from text already read; `where` names it in errors.
  void add_user_text(std::string_view content, const std::string& where);

  /// The key under which a token's text is looked up: apostrophes and
  /// dashes folded; case kept for names.
  static std::string fold_token(std::string_view token_text);

  /// Id of a token key (exact or lower-cased) in the phrase tables and word lists; Vocabulary::unknown if none uses it.
  std::uint32_t key_id(std::string_view key) const { return vocabulary_.find(key); }
  const Vocabulary& vocabulary() const { return vocabulary_; }
  std::vector<std::uint32_t> key_ids(const std::vector<std::string>& keys) const;

  const PhraseTable& names() const { return names_; }      ///< case-sensitive: countries, orgs, locations, people
  /// The length of a country's name (not a demonym or a capital) starting at ids[pos], or 0.
  std::uint32_t country_name_at(std::span<const std::uint32_t> ids, std::size_t pos) const;
  /// The length of a country's or a continent's name ("Asia", "South-East Asia") starting at ids[pos], or 0:
  /// a place that sets a scene and never starts a person's name.
  std::uint32_t scene_name_at(std::span<const std::uint32_t> ids, std::size_t pos) const;
  /// The length of a continent's or world region's name ("South-East Asia") starting at ids[pos], or 0.
  std::uint32_t continent_name_at(std::span<const std::uint32_t> ids, std::size_t pos) const;
  const PhraseTable& offices() const { return offices_; }  ///< lower-cased office titles
  /// Office titles in the plural, lower-cased: "foreign ministers", "heads of state" (entries as offices()).
  const PhraseTable& plural_offices() const { return plural_offices_; }
  const PhraseTable& triggers() const { return triggers_; }  ///< lower-cased trigger phrases
  const LexEntry& entry(int index) const { return entries_.at(static_cast<std::size_t>(index)); }
  TriggerClass trigger_class(int entry_index) const;
  /// The role column of the trigger entry, or its class's default role when the column is empty.
  TriggerRole trigger_role(int entry_index) const;

  bool is_given_name(std::string_view word) const { return word_has(word, kGivenName); }
  /// Gender of a given name as written ("Ana": feminine), unknown for a name used by both or not listed.
  Gender given_name_gender(std::string_view word) const;
  bool is_non_name(std::string_view word) const { return word_has(word, kNonName); }
  bool is_particle(std::string_view lower_word) const { return word_has(lower_word, kParticle); }
  bool is_abbreviation(std::string_view token_text) const { return word_has(token_text, kAbbreviation); }
  TitleWordKind title_word(std::string_view word) const;
  /// Kind of an organization's last word, as written: "company", "body", "government", "venue", "club" or empty.
  std::string_view org_suffix(std::string_view word) const;
  /// org_suffix of a word as a head noun in either case: "ministry" and "Ministry" are both "government".
  std::string_view org_head_kind(std::string_view word) const;
  /// Is this the first word of names of the form "Ministry of ..."?
  bool is_org_prefix(std::string_view word) const { return word_has(word, kOrgPrefix); }
  /// Does this word, written first, make the capitalized words after it an organization ("Banco Santander")?
  bool is_org_opener(std::string_view word) const { return word_has(word, kOrgOpener); }
  /// The same questions by a word's key id (key_id(word), as in
  /// TokenKeys::exact_id and lower_id): a text's tokens are asked them
  /// many times, and their ids are known.
  bool is_given_name(std::uint32_t key_id) const { return id_has(key_id, kGivenName); }
  bool is_non_name(std::uint32_t key_id) const { return id_has(key_id, kNonName); }
  bool is_particle(std::uint32_t lower_key_id) const { return id_has(lower_key_id, kParticle); }
  bool is_org_prefix(std::uint32_t key_id) const { return id_has(key_id, kOrgPrefix); }
  bool is_org_opener(std::uint32_t key_id) const { return id_has(key_id, kOrgOpener); }
  TitleWordKind title_word(std::uint32_t key_id) const {
    return key_id < title_word_kinds_.size() ? title_word_kinds_[key_id] : TitleWordKind::none;
  }
  std::string_view org_suffix(std::uint32_t key_id) const {
    return key_id < org_suffix_kinds_.size() ? std::string_view(org_suffix_kind_names_[org_suffix_kinds_[key_id]]) : std::string_view();
  }

  /// Is the lower-case word with this key id (TokenKeys::lower_id) in class `c` (data/word_classes.tsv)?
  bool in_class(std::uint32_t lower_key_id, WordClass c) const {
    return lower_key_id < class_row_of_.size() && class_rows_[class_row_of_[lower_key_id]].has(c);
  }
  /// The same for a lower-case word or phrase ("deputy governor"): a phrase is a member as a whole.
  bool in_class(std::string_view lower_words, WordClass c) const;
  /// The same for a lower-case token that may be an abbreviation, one token with its full stop ("gov.",
  /// "no."): read without the stop, as the class lists it.
  bool in_class_abbreviated(std::string_view lower_token, WordClass c) const {
    if (lower_token.size() > 1 && lower_token.back() == '.') lower_token.remove_suffix(1);
    return in_class(lower_token, c);
  }
  /// Is `word` a hyphened describer of the name after it ("Lagos-based", "Saudi-led"): its part after the last
  /// hyphen in lower case and in class compound_modifier?
  bool is_compound_modifier(std::string_view word) const;
  /// Is the lower-case word with this key id in any word class (a function word, a word the rules read)?
  bool in_some_class(std::uint32_t lower_key_id) const { return lower_key_id < class_row_of_.size() && class_row_of_[lower_key_id] != 0; }
  /// The word joining a city's or a region's office to its place in the office's name ("mayor of Lisbon"),
  /// the first of word class place_office_link; empty when the data gives none.
  std::string_view place_office_link() const { return place_office_link_; }
  /// Length in tokens of a member of class `c` starting at `pos` of `lower_ids`,
  /// a single word or a phrase ("as well as"), the longest; 0 when none.
  /// Inline for the common answer: relate scans whole sentences with it, and most words start no phrase of a class.
  std::uint32_t class_member_at(std::span<const std::uint32_t> lower_ids, std::size_t pos, WordClass c) const {
    if (pos < lower_ids.size() && !class_phrases_.starts_phrase(lower_ids[pos])) return in_class(lower_ids[pos], c) ? 1 : 0;
    return class_phrase_member_at(lower_ids, pos, c);
  }

  /// Label of a country by alpha-2 ("JP" -> "Japan"); empty if unknown.
  std::string_view country_label(std::string_view alpha2) const;
  /// Alpha-2 of the country a government body belongs to: listed ("White House" -> "US") or
  /// named by a demonym or country before a state body's head word ("Chinese Foreign Ministry" -> "CN"); empty otherwise.
  std::string government_country(std::string_view organization_name) const;
  /// What a state body is in charge of, whichever way its name is written: "Ministry of Foreign Affairs",
  /// "Foreign Ministry" and "Portuguese Foreign Ministry" -> "foreign" (its words less the head word, the
  /// joiners, a country or demonym and class portfolio_filler, in lower case, sorted); empty for no state body.
  std::string state_body_portfolio(std::string_view organization_name) const;
  /// Scope of an office canonical title ("state", "org", "any"); "any" if unknown.
  std::string_view office_scope(std::string_view canonical_lower) const;
  /// Whose an office is when the text names no owner: an alpha-2 code for a
  /// title of one country ("Taoiseach" -> "IE"), "unknown" for a title never
  /// to guess ("ambassador"), empty for the story's dominant country.
  std::string_view office_home(std::string_view canonical_lower) const;
  /// Alpha-2 of the country a known person acts for ("Narendra Modi" -> "IN"); empty if unknown.
  std::string_view person_country(std::string_view canonical_name) const {
    const auto it = person_countries_.find(canonical_name);
    return it == person_countries_.end() ? std::string_view() : std::string_view(it->second);
  }

  struct BoilerplateRules {
    std::unordered_set<std::string> lines;  ///< lower-cased whole lines
    std::size_t longest_line = 0;           ///< of `lines`: a longer line (most of a story's) is not hashed to look it up
    /// "contains" phrases (lower-cased) by a 16-bit hash of their first four bytes
    /// (boilerplate_start_key), and a bit per such key: a line is scanned
    /// once instead of once per phrase, and few of its positions pass the
    /// bit test. Phrases shorter than four bytes are in `short_contains`.
    std::bitset<65536> starts;
    std::unordered_map<std::uint16_t, std::vector<std::string>> by_start;
    std::vector<std::string> short_contains;
  };
  const BoilerplateRules& boilerplate() const { return boilerplate_; }
  /// The key of BoilerplateRules::by_start for the four bytes at `at`.
  static std::uint16_t boilerplate_start_key(const char* at) {
    std::uint32_t four = 0;
    std::memcpy(&four, at, sizeof four);
    return static_cast<std::uint16_t>((four * 2654435761U) >> 16);
  }

 private:
  /// `words`: the name's token keys as token_keys(name, false) gives them.
  std::size_t mission_name_end(const std::vector<std::string>& words) const;
  int add_entry(LexEntry entry);
  std::vector<std::uint32_t> intern_keys(const std::vector<std::string>& keys);
  // A phrase's keys, tokenized as a document is (so "Sen." is one token once abbreviations are loaded).
  std::vector<std::string> token_keys(std::string_view phrase, bool lower_case) const;
  void add_name_phrase(std::string_view phrase, int entry);
  void add_office_phrase(std::string_view phrase, int entry);
  void load_countries(std::string_view tsv, std::string_view iso_json);
  void load_offices(std::string_view tsv);
  void load_organizations(std::string_view tsv);
  void load_locations(std::string_view tsv);
  void load_people(std::string_view tsv);
  void load_triggers(std::string_view tsv);
  void load_word_classes(std::string_view tsv);

  std::vector<LexEntry> entries_;
  Vocabulary vocabulary_;
  PhraseTable names_, offices_, plural_offices_, triggers_;
  // The word lists (given names, non-names, ...) as a bit per list for
  // each word, indexed by its vocabulary id: a text's words are looked up
  // several times each, and one vocabulary lookup answers for every list.
  static constexpr std::uint8_t kGivenName = 1, kNonName = 2, kParticle = 4, kAbbreviation = 8, kOrgPrefix = 16,
                                kTitleWord = 32, kOrgSuffix = 64, kOrgOpener = 128;
  void mark_word(std::string_view word, std::uint8_t list);
  bool word_has(std::string_view word, std::uint8_t list) const { return id_has(vocabulary_.find(word), list); }
  bool id_has(std::uint32_t id, std::uint8_t list) const { return id < word_lists_.size() && (word_lists_[id] & list) != 0; }
  void index_title_words_and_org_suffixes();
  /// class_member_at where a phrase of some class may start.
  std::uint32_t class_phrase_member_at(std::span<const std::uint32_t> lower_ids, std::size_t pos, WordClass c) const;
  std::vector<std::uint8_t> word_lists_;
  /// title_words_ and org_suffixes_ by key id; an org suffix kind as an
  /// index into org_suffix_kind_names_, whose first name is the empty one.
  std::vector<TitleWordKind> title_word_kinds_;
  std::vector<std::uint8_t> org_suffix_kinds_;
  std::vector<std::string> org_suffix_kind_names_;
  StringMap<TitleWordKind> title_words_;
  StringMap<Gender> given_name_genders_;
  StringMap<std::string> org_suffixes_;
  StringMap<std::string> country_labels_;
  StringMap<std::string> office_scopes_;
  StringMap<std::string> office_homes_;
  StringMap<std::string> person_countries_;
  StringMap<std::string> government_countries_;
  std::vector<TriggerClass> trigger_classes_;  ///< by entry index
  std::vector<TriggerRole> trigger_roles_;     ///< by entry index
  /// A bit per WordClass for each single word, by vocabulary id; phrases of
  /// several words in class_phrases_, whose entries index class_phrase_masks_.
  struct ClassMask {
    std::array<std::uint64_t, (static_cast<std::size_t>(WordClass::count) + 63) / 64> bits{};
    void set(WordClass c) { bits[static_cast<unsigned>(c) / 64] |= std::uint64_t{1} << (static_cast<unsigned>(c) % 64); }
    bool has(WordClass c) const { return ((bits[static_cast<unsigned>(c) / 64] >> (static_cast<unsigned>(c) % 64)) & 1U) != 0; }
  };
  /// A word's mask is class_rows_[class_row_of_[id]]; row 0 is empty, for the
  /// many words of no class. Asked of every token many times: four bytes a
  /// word and a row only for words that have classes keep it in the cache.
  void add_word_class(std::uint32_t id, WordClass c);
  std::vector<std::uint32_t> class_row_of_;
  std::vector<ClassMask> class_rows_{ClassMask{}};
  std::string place_office_link_;
  PhraseTable class_phrases_;
  std::vector<ClassMask> class_phrase_masks_;
  BoilerplateRules boilerplate_;
};

}  // namespace newsgraph
