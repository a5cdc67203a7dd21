// Lexicon lookups: the vocabulary, the phrase tables and the word lists
// (loading them is in lexicon_load.cpp).
#include "language/lexicon.hpp"

#include <algorithm>
#include <cctype>

#include "base/embedded_data.hpp"
#include "base/text.hpp"
#include "language/segment.hpp"
#include "newsgraph/error.hpp"

namespace newsgraph {

std::string_view embedded_file(std::string_view name) {
  for (const EmbeddedFile& file : embedded_data()) {
    if (file.name == name) return file.content;
  }
  throw Error(std::string(name), "lexicon file is not embedded in this build");
}

// ---------------------------------------------------------------- PhraseTable

namespace {

// Keys are short words: a plain loop beats a call to memcmp.
bool same_bytes(const char* stored, std::string_view key) {
  for (std::size_t i = 0; i < key.size(); ++i) {
    if (stored[i] != key[i]) return false;
  }
  return true;
}

std::uint32_t key_hash(std::string_view key) { return static_cast<std::uint32_t>(StringHash::hash(key)); }

}  // namespace

std::size_t Vocabulary::slot_of(std::string_view key, std::uint32_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.id == unknown) return i;
    if (slot.hash == hash && starts_[slot.id + 1] - starts_[slot.id] == key.size() && same_bytes(pool_.data() + starts_[slot.id], key)) return i;
  }
}

std::uint32_t Vocabulary::find(std::string_view key) const {
  const std::uint32_t hash = key_hash(key);
  if (!maybe_.test(hash >> 16)) return unknown;
  return slots_[slot_of(key, hash)].id;
}

std::uint32_t Vocabulary::intern(std::string_view key) {
  if (2 * (count_ + 1) > slots_.size()) grow();
  const std::uint32_t hash = key_hash(key);
  Slot& slot = slots_[slot_of(key, hash)];
  if (slot.id != unknown) return slot.id;
  slot = {hash, count_};
  maybe_.set(hash >> 16);
  pool_.append(key);
  starts_.push_back(static_cast<std::uint32_t>(pool_.size()));
  return count_++;
}

void Vocabulary::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(std::max<std::size_t>(1024, 2 * old.size()), Slot{});
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.id == unknown) continue;
    std::size_t i = slot.hash & mask;
    while (slots_[i].id != unknown) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

void PhraseTable::add(const std::vector<std::uint32_t>& ids, int entry) {
  if (ids.empty()) return;
  if (ids.front() >= first_node_.size()) first_node_.resize(ids.front() + 1, 0);
  if (ids.front() / 64 >= starts_.size()) starts_.resize(ids.front() / 64 + 1);
  starts_[ids.front() / 64] |= std::uint64_t{1} << (ids.front() % 64);
  if (first_node_[ids.front()] == 0) {
    first_node_[ids.front()] = static_cast<std::uint32_t>(nodes_.size());
    nodes_.emplace_back();
  }
  std::uint32_t node = first_node_[ids.front()];
  for (std::size_t k = 1; k < ids.size(); ++k) node = add_child(node, ids[k]);
  std::vector<int>& entries = nodes_[node].entries;
  if (std::find(entries.begin(), entries.end(), entry) == entries.end()) entries.push_back(entry);
}

std::uint32_t PhraseTable::child(std::uint32_t node, std::uint32_t id) const {
  const auto& children = nodes_[node].children;
  const auto it = std::lower_bound(children.begin(), children.end(), id,
                                   [](const std::pair<std::uint32_t, std::uint32_t>& c, std::uint32_t key) { return c.first < key; });
  return it != children.end() && it->first == id ? it->second : 0;
}

std::uint32_t PhraseTable::add_child(std::uint32_t node, std::uint32_t id) {
  if (const std::uint32_t found = child(node, id); found != 0) return found;
  const auto next = static_cast<std::uint32_t>(nodes_.size());
  nodes_.emplace_back();  // may move the nodes: `children` is looked up after
  auto& children = nodes_[node].children;
  const auto at = std::lower_bound(children.begin(), children.end(), id,
                                   [](const std::pair<std::uint32_t, std::uint32_t>& c, std::uint32_t key) { return c.first < key; });
  children.insert(at, {id, next});
  return next;
}

std::uint32_t PhraseTable::longest_match_starting(std::span<const std::uint32_t> ids, std::size_t pos,
                                                  std::vector<int>& entries) const {
  std::uint32_t node = first_node_[ids[pos]];
  std::uint32_t longest = 0, length = 0;
  for (std::size_t end = pos + 1;; ++end) {
    if (!nodes_[node].entries.empty()) {
      longest = node;
      length = static_cast<std::uint32_t>(end - pos);
    }
    if (end >= ids.size() || (node = child(node, ids[end])) == 0) break;
  }
  if (length == 0) {
    entries.clear();
    return 0;
  }
  entries = nodes_[longest].entries;
  return length;
}

// A phrase's keys as the phrase tables store them: its tokens, folded.
std::vector<std::string> Lexicon::token_keys(std::string_view phrase, bool lower_case) const {
  std::vector<std::string> keys;
  const std::string folded = text::fold_punctuation(phrase);
  for (const Token& token : tokenize(folded, 0, this)) {
    std::string key = Lexicon::fold_token(std::string_view(folded).substr(token.span.begin, token.span.size()));
    keys.push_back(lower_case ? text::lower(key) : key);
  }
  return keys;
}

std::string Lexicon::fold_token(std::string_view token_text) {
  std::string out = text::fold_punctuation(token_text);
  // Only non-ASCII dashes change below: most tokens are done here.
  bool ascii = true;
  for (const char ch : out) ascii = ascii && static_cast<unsigned char>(ch) < 0x80;
  if (ascii) return out;
  // Dashes inside a word compare equal whatever their code point.
  std::string result;
  result.reserve(out.size());
  std::size_t pos = 0;
  while (pos < out.size()) {
    const std::size_t start = pos;
    const char32_t c = text::next_code_point(out, pos);
    if (text::is_dash(c)) {
      result += '-';
    } else {
      result.append(out, start, pos - start);
    }
  }
  return result;
}

int Lexicon::add_entry(LexEntry entry) {
  entries_.push_back(std::move(entry));
  return static_cast<int>(entries_.size() - 1);
}

std::vector<std::uint32_t> Lexicon::intern_keys(const std::vector<std::string>& keys) {
  std::vector<std::uint32_t> ids;
  ids.reserve(keys.size());
  for (const std::string& key : keys) ids.push_back(vocabulary_.intern(key));
  return ids;
}

std::vector<std::uint32_t> Lexicon::key_ids(const std::vector<std::string>& keys) const {
  std::vector<std::uint32_t> ids;
  ids.reserve(keys.size());
  for (const std::string& key : keys) ids.push_back(vocabulary_.find(key));
  return ids;
}

void Lexicon::add_name_phrase(std::string_view phrase, int entry) {
  std::vector<std::string> keys = token_keys(phrase, false);
  names_.add(intern_keys(keys), entry);
  // A name written with a lower-case particle first ("al-Shabaab", "de Klerk") is capitalized where a
  // sentence starts with it.
  if (!keys.empty() && !keys.front().empty() && keys.front().front() >= 'a' && keys.front().front() <= 'z') {
    keys.front().front() = static_cast<char>(keys.front().front() - 'a' + 'A');
    names_.add(intern_keys(keys), entry);
  }
}
namespace {

// The regular plural of a lower-case word: spelling rules, no list of words ("minister" -> "ministers",
// "secretary" -> "secretaries", "spokesman" -> "spokesmen", "coach" -> "coaches").
std::string plural_of(std::string word) {
  const auto ends = [&](std::string_view tail) { return word.size() > tail.size() && word.ends_with(tail); };
  if (ends("man")) return word.replace(word.size() - 2, 2, "en");
  if (ends("y") && std::string_view("aeiou").find(word[word.size() - 2]) == std::string_view::npos) return word.replace(word.size() - 1, 1, "ies");
  if (ends("s") || ends("x") || ends("ch") || ends("sh")) return word + "es";
  return word + "s";
}

}  // namespace

void Lexicon::add_office_phrase(std::string_view phrase, int entry) {
  std::vector<std::string> keys = token_keys(phrase, true);
  offices_.add(intern_keys(keys), entry);
  // The plural's head is the last word ("foreign ministers") or, in a title of three words or more, maybe
  // the first ("heads of state"); a form no text writes is never matched.
  std::vector<std::string> plural = keys;
  plural.back() = plural_of(plural.back());
  plural_offices_.add(intern_keys(plural), entry);
  if (keys.size() >= 3) {
    plural = keys;
    plural.front() = plural_of(plural.front());
    plural_offices_.add(intern_keys(plural), entry);
  }
}

TriggerClass Lexicon::trigger_class(int entry_index) const {
  const auto index = static_cast<std::size_t>(entry_index);
  return index < trigger_classes_.size() ? trigger_classes_[index] : TriggerClass::none;
}

TriggerRole Lexicon::trigger_role(int entry_index) const {
  const auto index = static_cast<std::size_t>(entry_index);
  return index < trigger_roles_.size() ? trigger_roles_[index] : TriggerRole::none;
}

void Lexicon::mark_word(std::string_view word, std::uint8_t list) {
  const std::uint32_t id = vocabulary_.intern(word);
  if (id >= word_lists_.size()) word_lists_.resize(id + 1, 0);
  word_lists_[id] |= list;
}

void Lexicon::index_title_words_and_org_suffixes() {
  title_word_kinds_.assign(vocabulary_.size(), TitleWordKind::none);
  for (const auto& [word, kind] : title_words_) title_word_kinds_[vocabulary_.find(word)] = kind;
  org_suffix_kinds_.assign(vocabulary_.size(), 0);
  org_suffix_kind_names_.assign(1, std::string());
  for (const auto& [word, kind] : org_suffixes_) {
    auto name = std::find(org_suffix_kind_names_.begin(), org_suffix_kind_names_.end(), kind);
    if (name == org_suffix_kind_names_.end()) name = org_suffix_kind_names_.insert(name, kind);
    org_suffix_kinds_[vocabulary_.find(word)] = static_cast<std::uint8_t>(name - org_suffix_kind_names_.begin());
  }
}

TitleWordKind Lexicon::title_word(std::string_view word) const {
  if (!word_has(word, kTitleWord)) return TitleWordKind::none;
  const auto it = title_words_.find(word);
  return it == title_words_.end() ? TitleWordKind::none : it->second;
}

Gender Lexicon::given_name_gender(std::string_view word) const {
  if (!word_has(word, kGivenName)) return Gender::unknown;
  const auto it = given_name_genders_.find(word);
  return it == given_name_genders_.end() ? Gender::unknown : it->second;
}

std::string_view Lexicon::org_suffix(std::string_view word) const {
  if (!word_has(word, kOrgSuffix)) return {};
  const auto it = org_suffixes_.find(word);
  return it == org_suffixes_.end() ? std::string_view() : std::string_view(it->second);
}

std::string_view Lexicon::country_label(std::string_view alpha2) const {
  const auto it = country_labels_.find(alpha2);
  return it == country_labels_.end() ? std::string_view() : std::string_view(it->second);
}

std::string_view Lexicon::org_head_kind(std::string_view word) const {
  if (word.empty() || !std::islower(static_cast<unsigned char>(word.front()))) return org_suffix(word);
  std::string capitalized(word);
  capitalized[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(capitalized[0])));
  return org_suffix(capitalized);
}

// The length of the longest name at ids[pos] when one of its entries is of the kind `wanted` asks for, or 0.
template <typename Wanted>
static std::uint32_t name_of_kind_at(const PhraseTable& names, const std::vector<LexEntry>& entries, std::span<const std::uint32_t> ids,
                                     std::size_t pos, Wanted&& wanted) {
  std::vector<int> found;
  const std::uint32_t n = names.longest_match(ids, pos, found);
  return n > 0 && std::any_of(found.begin(), found.end(), [&](int e) { return wanted(entries[static_cast<std::size_t>(e)]); }) ? n : 0;
}

std::uint32_t Lexicon::country_name_at(std::span<const std::uint32_t> ids, std::size_t pos) const {
  return name_of_kind_at(names_, entries_, ids, pos, [](const LexEntry& e) { return e.kind == LexKind::country; });
}

std::uint32_t Lexicon::continent_name_at(std::span<const std::uint32_t> ids, std::size_t pos) const {
  return name_of_kind_at(names_, entries_, ids, pos, [](const LexEntry& e) { return e.kind == LexKind::location && e.detail == "continent"; });
}

std::uint32_t Lexicon::scene_name_at(std::span<const std::uint32_t> ids, std::size_t pos) const {
  return std::max(country_name_at(ids, pos), continent_name_at(ids, pos));
}

// Where a diplomatic mission's name ends before the place it is in ("Chinese
// Embassy | in Colombo"); the whole name for any other body.
std::size_t Lexicon::mission_name_end(const std::vector<std::string>& words) const {
  // The lower-case keys (token_keys(name, true)) are the case-kept ones lower-cased: no second tokenizing.
  std::vector<std::uint32_t> lower;
  lower.reserve(words.size());
  for (const std::string& word : words) lower.push_back(key_id(text::lower(word)));
  bool mission = false;
  for (std::size_t k = 0; k < lower.size(); ++k) {
    if (mission && in_class(lower[k], WordClass::mission_link)) return k;
    mission = mission || class_member_at(lower, k, WordClass::diplomatic_mission) > 0;
  }
  return lower.size();
}

std::string Lexicon::government_country(std::string_view organization_name) const {
  if (const auto it = government_countries_.find(organization_name); it != government_countries_.end()) return it->second;
  std::vector<std::string> words = token_keys(organization_name, false);
  words.resize(std::min(words.size(), mission_name_end(words)));  // "Embassy of Angola in Kenya": the place it is in owns nothing
  if (words.size() < 2) return {};
  // "Embassy of Angola", "Ministry of Defence of Kenya": a state body's head word, then "of" and a country at the end.
  if (org_head_kind(words.front()) == "government") {
    for (std::size_t k = words.size() - 1; k >= 2; --k) {
      if (!in_class(key_id(words[k - 1]), WordClass::genitive)) continue;
      const std::vector<std::uint32_t> tail = key_ids({words.begin() + static_cast<std::ptrdiff_t>(k), words.end()});
      if (country_name_at(tail, 0) != tail.size()) break;
      std::vector<int> found;
      names_.longest_match(tail, 0, found);
      for (int index : found) {
        if (entries_[static_cast<std::size_t>(index)].kind == LexKind::country) return entries_[static_cast<std::size_t>(index)].key;
      }
      break;
    }
  }
  // "Foreign Ministry", or "foreign ministry" in "the Russian foreign ministry".
  if (org_head_kind(words.back()) != "government") return {};
  std::vector<int> found;
  const std::uint32_t n = names_.longest_match(key_ids(words), 0, found);
  if (n == 0 || n >= words.size()) return {};
  for (int index : found) {
    const LexEntry& e = entries_[static_cast<std::size_t>(index)];
    if (e.kind == LexKind::demonym || e.kind == LexKind::country) return e.key;
  }
  return {};
}

std::string Lexicon::state_body_portfolio(std::string_view organization_name) const {
  const std::vector<std::string> words = token_keys(organization_name, false);
  if (words.size() < 2 || (org_head_kind(words.front()) != "government" && org_head_kind(words.back()) != "government")) return {};
  const std::vector<std::uint32_t> ids = key_ids(words);
  std::vector<std::string> portfolio;
  std::vector<int> found;
  for (std::size_t k = 0; k < words.size();) {
    if (const std::uint32_t n = names_.longest_match(ids, k, found); n > 0 && std::any_of(found.begin(), found.end(), [&](int e) {
          const LexKind kind = entries_[static_cast<std::size_t>(e)].kind;
          return kind == LexKind::country || kind == LexKind::demonym;
        })) {
      k += n;
      continue;
    }
    const std::string lower = text::lower(words[k]);
    const std::uint32_t lower_id = key_id(lower);
    const bool frame = !org_head_kind(words[k]).empty() || is_org_prefix(words[k]) || in_class(lower_id, WordClass::name_joiner) ||
                       in_class(lower_id, WordClass::definite_article) || in_class(lower_id, WordClass::portfolio_filler);
    if (!frame) portfolio.push_back(lower);
    ++k;
  }
  std::sort(portfolio.begin(), portfolio.end());
  std::string out;
  for (const std::string& word : portfolio) out += (out.empty() ? "" : " ") + word;
  return out;
}

std::string_view Lexicon::office_home(std::string_view canonical_lower) const {
  const auto it = office_homes_.find(canonical_lower);
  return it == office_homes_.end() ? std::string_view() : std::string_view(it->second);
}

std::string_view Lexicon::office_scope(std::string_view canonical_lower) const {
  const auto it = office_scopes_.find(canonical_lower);
  return it == office_scopes_.end() ? std::string_view("any") : std::string_view(it->second);
}

std::uint32_t Lexicon::class_phrase_member_at(std::span<const std::uint32_t> lower_ids, std::size_t pos, WordClass c) const {
  std::vector<int> found;
  const std::uint32_t n = class_phrases_.longest_match(lower_ids, pos, found);
  for (const int entry : found) {
    if (class_phrase_masks_[static_cast<std::size_t>(entry)].has(c)) return n;
  }
  return pos < lower_ids.size() && in_class(lower_ids[pos], c) ? 1 : 0;
}

std::optional<WordClass> word_class_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kWordClassNames.size(); ++i) {
    if (kWordClassNames[i] == name) return static_cast<WordClass>(i);
  }
  return std::nullopt;
}

bool Lexicon::in_class(std::string_view lower_words, WordClass c) const {
  if (lower_words.find(' ') == std::string_view::npos) return in_class(vocabulary_.find(lower_words), c);
  // Split and folded as the class's phrases were when loaded.
  const std::vector<std::uint32_t> ids = key_ids(token_keys(lower_words, true));
  return !ids.empty() && class_member_at(ids, 0, c) == ids.size();
}

bool Lexicon::is_compound_modifier(std::string_view word) const {
  const std::size_t hyphen = word.rfind('-');
  if (hyphen == std::string_view::npos || hyphen == 0) return false;
  const std::string_view describer = word.substr(hyphen + 1);
  return std::none_of(describer.begin(), describer.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
         in_class(describer, WordClass::compound_modifier);
}

}  // namespace newsgraph
