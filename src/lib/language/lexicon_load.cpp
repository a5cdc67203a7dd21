// Loading a Lexicon: the data files compiled into the binary (Lexicon::builtin)
// and a user's `--lexicon FILE` (Lexicon::add_user_file), read as TSV lines.
#include <algorithm>
#include <fstream>
#include <memory>
#include <sstream>

#include <nlohmann/json.hpp>

#include "base/embedded_data.hpp"
#include "base/text.hpp"
#include "language/lexicon.hpp"
#include "newsgraph/error.hpp"
#include "newsgraph/lexicon.hpp"

namespace newsgraph {

// ---------------------------------------------------------------- parsing helpers

namespace {

struct TsvLine {
  std::size_t number = 0;
  std::vector<std::string> fields;
};

std::vector<std::string> split(std::string_view s, char separator) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = s.find(separator, start);
    out.emplace_back(text::trim(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start)));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return out;
}

std::vector<std::string> split_list(std::string_view s) {
  std::vector<std::string> out;
  if (text::trim(s).empty()) return out;
  for (std::string& item : split(s, '|')) {
    if (!item.empty()) out.push_back(std::move(item));
  }
  return out;
}

// Non-comment, non-blank lines, split at tabs, with their line numbers.
std::vector<TsvLine> read_tsv(std::string_view content) {
  std::vector<TsvLine> lines;
  std::size_t number = 0;
  std::size_t start = 0;
  while (start <= content.size()) {
    std::size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(start, end - start);
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::string_view trimmed = text::trim(line);
    if (!trimmed.empty() && trimmed.front() != '#') lines.push_back({number, split(line, '\t')});
    if (end == content.size()) break;
    start = end + 1;
  }
  return lines;
}

const std::string& field(const TsvLine& line, std::size_t index) {
  static const std::string empty;
  return index < line.fields.size() ? line.fields[index] : empty;
}

TriggerRole default_role(TriggerClass cls) {
  switch (cls) {
    case TriggerClass::meet:
    case TriggerClass::call: return TriggerRole::noun;
    case TriggerClass::plan: return TriggerRole::mod;
    case TriggerClass::cancel: return TriggerRole::cancel;
    case TriggerClass::say: return TriggerRole::verb;
    default: return TriggerRole::none;
  }
}

}  // namespace

// ---------------------------------------------------------------- loaders

void Lexicon::load_countries(std::string_view tsv, std::string_view iso_json) {
  // ISO 3166-1 (Debian iso-codes) gives every code its official names;
  // countries.tsv adds the forms newspapers use.
  std::map<std::string, std::vector<std::string>> iso_names;
  if (!iso_json.empty()) {
    const auto json = nlohmann::json::parse(iso_json, nullptr, false);
    if (json.is_object() && json.contains("3166-1")) {
      for (const auto& country : json["3166-1"]) {
        const std::string code = country.value("alpha_2", "");
        for (const char* key : {"name", "official_name", "common_name"}) {
          if (country.contains(key)) iso_names[code].push_back(country[key].get<std::string>());
        }
      }
    }
  }
  for (const TsvLine& line : read_tsv(tsv)) {
    const std::string& code = field(line, 0);
    if (code.size() != 2) throw Error("countries.tsv", "alpha-2 code expected, got \"" + code + "\"", line.number);
    std::string label = field(line, 1);
    if (label.empty() && iso_names.contains(code)) label = iso_names[code].front();
    country_labels_[code] = label;
    auto add = [&](LexKind kind, const std::string& phrase) {
      const int index = add_entry({kind, code, label, code, {}, {}});
      add_name_phrase(phrase, index);
    };
    add(LexKind::country, label);
    for (const std::string& name : iso_names[code]) add(LexKind::country, name);
    for (const std::string& name : split_list(field(line, 2))) add(LexKind::country, name);
    for (const std::string& name : split_list(field(line, 3))) add(LexKind::demonym, name);
    for (const std::string& name : split_list(field(line, 4))) add(LexKind::capital, name);
  }
}

void Lexicon::load_offices(std::string_view tsv) {
  for (const TsvLine& line : read_tsv(tsv)) {
    const std::string& canonical = field(line, 0);
    if (canonical.empty()) continue;
    const std::string scope = field(line, 2).empty() ? "any" : field(line, 2);
    office_scopes_[text::lower(canonical)] = scope;
    const std::string& home = field(line, 3);
    if (!home.empty()) {
      if (home.size() != 2 && home != "unknown") throw Error("offices.tsv", "home must be an alpha-2 code or \"unknown\", got \"" + home + "\"", line.number);
      office_homes_[text::lower(canonical)] = home;
    }
    const int index = add_entry({LexKind::office, canonical, canonical, {}, scope, {}});
    add_office_phrase(canonical, index);
    for (const std::string& variant : split_list(field(line, 1))) add_office_phrase(variant, index);
  }
}

void Lexicon::load_organizations(std::string_view tsv) {
  for (const TsvLine& line : read_tsv(tsv)) {
    const std::string& canonical = field(line, 0);
    if (canonical.empty()) continue;
    if (field(line, 2) == "government" && field(line, 3).size() == 2) government_countries_[canonical] = field(line, 3);
    const int index = add_entry({LexKind::organization, canonical, canonical, field(line, 3), field(line, 2), {}});
    add_name_phrase(canonical, index);
    for (const std::string& alias : split_list(field(line, 1))) add_name_phrase(alias, index);
  }
}

void Lexicon::load_locations(std::string_view tsv) {
  for (const TsvLine& line : read_tsv(tsv)) {
    const std::string& name = field(line, 0);
    if (name.empty()) continue;
    const int index = add_entry({LexKind::location, name, name, field(line, 2), field(line, 3), {}});
    add_name_phrase(name, index);
    for (const std::string& alias : split_list(field(line, 1))) add_name_phrase(alias, index);
  }
}

void Lexicon::load_people(std::string_view tsv) {
  for (const TsvLine& line : read_tsv(tsv)) {
    const std::string& name = field(line, 0);
    const std::string& country = field(line, 2);
    if (name.empty()) continue;
    if (country.size() != 2) throw Error("people.tsv", "country must be an alpha-2 code, got \"" + country + "\"", line.number);
    person_countries_[name] = country;
    const int index = add_entry({LexKind::person, name, name, country, {}, {}});
    add_name_phrase(name, index);
    for (const std::string& alias : split_list(field(line, 1))) add_name_phrase(alias, index);
  }
}

void Lexicon::load_triggers(std::string_view tsv) {
  static const std::map<std::string, TriggerClass, std::less<>> classes = {
      {"say", TriggerClass::say},       {"meet", TriggerClass::meet},         {"call", TriggerClass::call},
      {"plan", TriggerClass::plan},     {"cancel", TriggerClass::cancel},     {"negation", TriggerClass::negation},
      {"not_meeting", TriggerClass::not_meeting}};
  static const std::map<std::string, TriggerRole, std::less<>> roles = {
      {"noun", TriggerRole::noun},     {"verb", TriggerRole::verb},       {"plain", TriggerRole::plain},   {"host", TriggerRole::host},
      {"visit", TriggerRole::visit},   {"formal_visit", TriggerRole::formal_visit}, {"callon", TriggerRole::callon},
      {"topic", TriggerRole::topic}, {"partner", TriggerRole::partner}, {"meal", TriggerRole::meal}, {"delivery", TriggerRole::delivery},
      {"event", TriggerRole::event},   {"mode", TriggerRole::mode},       {"mod", TriggerRole::mod},       {"aux", TriggerRole::aux},
      {"time", TriggerRole::time},     {"cancel", TriggerRole::cancel},   {"defer", TriggerRole::defer},   {"source", TriggerRole::source},
      {"report", TriggerRole::report}};
  for (const TsvLine& line : read_tsv(tsv)) {
    const auto it = classes.find(field(line, 1));
    if (it == classes.end()) throw Error("triggers.tsv", "unknown trigger class \"" + field(line, 1) + "\"", line.number);
    const auto role = roles.find(field(line, 2));
    if (!field(line, 2).empty() && role == roles.end()) throw Error("triggers.tsv", "unknown trigger role \"" + field(line, 2) + "\"", line.number);
    const int index = add_entry({LexKind::office, field(line, 0), field(line, 0), {}, field(line, 1), {}});
    const auto at = static_cast<std::size_t>(index);
    if (at >= trigger_classes_.size()) {
      trigger_classes_.resize(at + 1, TriggerClass::none);
      trigger_roles_.resize(at + 1, TriggerRole::none);
    }
    trigger_classes_[at] = it->second;
    trigger_roles_[at] = role == roles.end() ? default_role(it->second) : role->second;
    triggers_.add(intern_keys(token_keys(field(line, 0), true)), index);
  }
}

void Lexicon::load_word_classes(std::string_view tsv) {
  for (const TsvLine& line : read_tsv(tsv)) {
    const std::string& word = field(line, 0);
    const std::optional<WordClass> cls = word_class_from_name(field(line, 1));
    if (!cls) throw Error("word_classes.tsv", "unknown word class \"" + field(line, 1) + "\"", line.number);
    if (word.empty() || text::lower(word) != word) throw Error("word_classes.tsv", "a lower-case word is required", line.number);
    if (*cls == WordClass::place_office_link && place_office_link_.empty()) place_office_link_ = word;
    const std::vector<std::string> keys = token_keys(word, true);
    if (keys.size() == 1) {
      add_word_class(vocabulary_.intern(keys.front()), *cls);
    } else {
      class_phrases_.add(intern_keys(keys), static_cast<int>(class_phrase_masks_.size()));
      class_phrase_masks_.emplace_back().set(*cls);
    }
  }
}

void Lexicon::add_word_class(std::uint32_t id, WordClass c) {
  if (id >= class_row_of_.size()) class_row_of_.resize(id + 1, 0);
  if (class_row_of_[id] == 0) {
    class_row_of_[id] = static_cast<std::uint32_t>(class_rows_.size());
    class_rows_.emplace_back();
  }
  class_rows_[class_row_of_[id]].set(c);
}

namespace {

StringSet word_set(std::string_view content) {
  StringSet words;
  for (const TsvLine& line : read_tsv(content)) words.insert(field(line, 0));
  return words;
}

}  // namespace

Lexicon Lexicon::builtin() {
  Lexicon lexicon;
  std::string iso_json;
  for (const EmbeddedFile& file : embedded_data()) {
    if (file.name == "iso_3166-1.json") iso_json = std::string(file.content);
  }
  // First: phrases below are tokenized as documents are, which keeps an abbreviation's period ("Sen.").
  for (const std::string& word : word_set(embedded_file("abbreviations.txt"))) lexicon.mark_word(word, kAbbreviation);
  lexicon.load_countries(embedded_file("countries.tsv"), iso_json);
  lexicon.load_offices(embedded_file("offices.tsv"));
  lexicon.load_organizations(embedded_file("organizations.tsv"));
  lexicon.load_locations(embedded_file("locations.tsv"));
  lexicon.load_people(embedded_file("people.tsv"));
  lexicon.load_triggers(embedded_file("triggers.tsv"));
  lexicon.load_word_classes(embedded_file("word_classes.tsv"));
  for (const TsvLine& line : read_tsv(embedded_file("given_names.txt"))) {
    const std::string& name = field(line, 0);
    lexicon.mark_word(name, kGivenName);
    const std::string& gender = field(line, 1);
    if (gender == "f" || gender == "m") {
      lexicon.given_name_genders_.emplace(name, gender == "f" ? Gender::feminine : Gender::masculine);
    } else if (!gender.empty()) {
      throw Error("given_names.txt", "gender must be f, m or empty, got \"" + gender + "\"", line.number);
    }
  }
  for (const std::string& word : word_set(embedded_file("non_names.txt"))) lexicon.mark_word(word, kNonName);
  for (const std::string& word : word_set(embedded_file("surname_particles.txt"))) lexicon.mark_word(text::lower(word), kParticle);
  static const std::map<std::string, TitleWordKind, std::less<>> title_kinds = {
      {"honorific", TitleWordKind::honorific}, {"rank", TitleWordKind::rank},
      {"office_head", TitleWordKind::office_head}, {"modifier", TitleWordKind::modifier},
      {"name_title", TitleWordKind::name_title}, {"kin", TitleWordKind::kin}, {"role", TitleWordKind::role}};
  for (const TsvLine& line : read_tsv(embedded_file("title_words.tsv"))) {
    const auto it = title_kinds.find(field(line, 1));
    if (it == title_kinds.end()) throw Error("title_words.tsv", "unknown kind \"" + field(line, 1) + "\"", line.number);
    lexicon.title_words_.emplace(field(line, 0), it->second);
    lexicon.mark_word(field(line, 0), kTitleWord);
  }
  for (const TsvLine& line : read_tsv(embedded_file("org_suffixes.tsv"))) {
    if (field(line, 1) == "prefix") {
      lexicon.mark_word(field(line, 0), kOrgPrefix);
    } else if (field(line, 1) == "opener") {
      lexicon.mark_word(field(line, 0), kOrgOpener);
    } else {
      lexicon.org_suffixes_.emplace(field(line, 0), field(line, 1));
      lexicon.mark_word(field(line, 0), kOrgSuffix);
    }
  }
  lexicon.index_title_words_and_org_suffixes();
  for (const TsvLine& line : read_tsv(embedded_file("boilerplate.tsv"))) {
    const std::string pattern = text::lower(text::fold_punctuation(field(line, 1)));
    if (pattern.empty()) continue;
    if (field(line, 0) == "line") {
      lexicon.boilerplate_.lines.insert(pattern);
      lexicon.boilerplate_.longest_line = std::max(lexicon.boilerplate_.longest_line, pattern.size());
    } else if (field(line, 0) == "contains") {
      if (pattern.size() < 4) {
        lexicon.boilerplate_.short_contains.push_back(pattern);
      } else {
        const std::uint16_t start = boilerplate_start_key(pattern.data());
        lexicon.boilerplate_.starts.set(start);
        lexicon.boilerplate_.by_start[start].push_back(pattern);
      }
    } else {
      throw Error("boilerplate.tsv", "kind must be line or contains, got \"" + field(line, 0) + "\"", line.number);
    }
  }
  return lexicon;
}

// ---------------------------------------------------------------- user lexicons

void Lexicon::add_user_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, "cannot read lexicon file");
  std::stringstream buffer;
  buffer << in.rdbuf();
  add_user_text(buffer.str(), path);
}

namespace {

bool is_country_code(std::string_view code) {
  return code.size() == 2 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A user's lexicon is configuration: anything wrong in it stops the run, named by file and line.
void check_user_line(const TsvLine& line, const std::string& where) {
  if (line.fields.size() > 4) {
    throw Error(where, std::to_string(line.fields.size()) + " columns; a line has at most 4 (type, name, aliases, attributes) separated by tabs",
                line.number);
  }
  for (const std::string& f : line.fields) {
    if (!text::is_valid_utf8(f)) throw Error(where, "not valid UTF-8 (save the file as UTF-8)", line.number);
  }
  if (field(line, 1).empty()) throw Error(where, "a name is required in column 2", line.number);
}

void check_country_code(const std::string& key, const std::string& code, const std::string& where, std::size_t line) {
  if (!is_country_code(code)) {
    throw Error(where, key + "=\"" + code + "\" is not an ISO 3166-1 alpha-2 code (two capital letters, e.g. " + key + "=JP)", line);
  }
}

}  // namespace

void Lexicon::add_user_text(std::string_view content, const std::string& where) {
  if (content.starts_with("\xEF\xBB\xBF")) content.remove_prefix(3);  // a byte order mark from a Windows editor
  for (const TsvLine& line : read_tsv(content)) {
    check_user_line(line, where);
    const std::string& type = field(line, 0);
    const std::string& name = field(line, 1);
    std::map<std::string, std::string> attributes;
    for (const std::string& pair : split(field(line, 3), ';')) {
      if (pair.empty()) continue;
      const std::size_t eq = pair.find('=');
      if (eq == std::string::npos) throw Error(where, "attribute \"" + pair + "\" is not key=value", line.number);
      attributes[std::string(text::trim(std::string_view(pair).substr(0, eq)))] =
          std::string(text::trim(std::string_view(pair).substr(eq + 1)));
    }
    const std::vector<std::string> aliases = split_list(field(line, 2));
    const std::string country = attributes.contains("country") ? attributes["country"] : "";
    if (!country.empty()) check_country_code("country", country, where, line.number);
    if (type == "person" && country.size() == 2) person_countries_[name] = country;
    if (type == "person" || type == "organization" || type == "location") {
      const LexKind kind = type == "person" ? LexKind::person : type == "organization" ? LexKind::organization : LexKind::location;
      const int index = add_entry({kind, name, name, country, attributes.contains("kind") ? attributes["kind"] : "", attributes});
      add_name_phrase(name, index);
      for (const std::string& alias : aliases) add_name_phrase(alias, index);
    } else if (type == "office") {
      const std::string scope = attributes.contains("scope") ? attributes["scope"] : "any";
      office_scopes_[text::lower(name)] = scope;
      if (country.size() == 2) office_homes_[text::lower(name)] = country;
      const int index = add_entry({LexKind::office, name, name, country, scope, attributes});
      add_office_phrase(name, index);
      for (const std::string& alias : aliases) add_office_phrase(alias, index);
    } else if (type == "country") {
      const std::string code = attributes.contains("code") ? attributes["code"] : "";
      if (code.empty()) throw Error(where, "a country needs code=<ISO 3166-1 alpha-2>", line.number);
      check_country_code("code", code, where, line.number);
      country_labels_.try_emplace(code, name);
      const std::string label(country_label(code));
      auto add = [&](LexKind kind, const std::string& phrase) { add_name_phrase(phrase, add_entry({kind, code, label, code, {}, {}})); };
      add(LexKind::country, name);
      for (const std::string& alias : aliases) add(LexKind::country, alias);
      for (const std::string& demonym : split_list(attributes["demonyms"])) add(LexKind::demonym, demonym);
      for (const std::string& capital : split_list(attributes["capitals"])) add(LexKind::capital, capital);
    } else {
      throw Error(where, "unknown entry type \"" + type + "\" (person, organization, location, office, country)", line.number);
    }
  }
}

std::shared_ptr<const Lexicon> load_lexicon(const std::vector<std::string>& user_files) {
  auto lexicon = std::make_shared<Lexicon>(Lexicon::builtin());
  for (const std::string& path : user_files) lexicon->add_user_file(path);
  return lexicon;
}

}  // namespace newsgraph
