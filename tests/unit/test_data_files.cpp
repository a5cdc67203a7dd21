// Every data file carries a few self-check lines, `#? input<TAB>expected`,
// written next to the rows they check: what the Lexicon (or the calendar,
// or the boilerplate rule) answers for the input, in a short canonical form.
// This test reads them from the files compiled into the binary and asks.
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "base/embedded_data.hpp"
#include "helpers.hpp"
#include "language/clean.hpp"
#include "language/dates.hpp"
#include "language/ner/model.hpp"
#include "language/ner/tagger.hpp"
#include "language/recognize.hpp"
#include "language/segment.hpp"
#include "read/html_decode.hpp"
#include "read/html_hints.hpp"
#include "base/text.hpp"

namespace newsgraph {
namespace {

using testing::lexicon;

std::string_view kind_name(LexKind kind) {
  switch (kind) {
    case LexKind::country: return "country";
    case LexKind::demonym: return "demonym";
    case LexKind::capital: return "capital";
    case LexKind::organization: return "organization";
    case LexKind::location: return "location";
    case LexKind::office: return "office";
    case LexKind::person: return "person";
  }
  return "?";
}

std::string joined(std::vector<std::string> parts) {
  std::sort(parts.begin(), parts.end());
  parts.erase(std::unique(parts.begin(), parts.end()), parts.end());
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : "; ") + p;
  return out.empty() ? "none" : out;
}

// The entries a phrase table gives for the whole of `phrase`, its token keys as-is or lower-cased.
std::vector<int> phrase_entries(const PhraseTable& table, std::string_view phrase, bool lower_case) {
  std::vector<std::uint32_t> ids;
  for (const Token& token : tokenize(phrase, 0, &lexicon())) {
    std::string key = Lexicon::fold_token(phrase.substr(token.span.begin, token.span.size()));
    if (lower_case) key = text::lower(key);
    ids.push_back(lexicon().key_id(key));
  }
  std::vector<int> found;
  const std::uint32_t n = table.longest_match(ids, 0, found);
  return n == ids.size() ? found : std::vector<int>{};
}

std::string names_answer(std::string_view input) {
  std::vector<std::string> parts;
  for (const int e : phrase_entries(lexicon().names(), input, false)) {
    const LexEntry& entry = lexicon().entry(e);
    std::string part = std::string(kind_name(entry.kind)) + " " + entry.key;
    if (entry.kind == LexKind::organization || entry.kind == LexKind::location || entry.kind == LexKind::person) {
      for (const std::string* more : {&entry.country, &entry.detail}) {
        if (!more->empty()) part += " " + *more;
      }
    }
    parts.push_back(part);
  }
  return joined(parts);
}

std::string offices_answer(std::string_view input) {
  std::vector<std::string> parts;
  for (const int e : phrase_entries(lexicon().offices(), input, true)) {
    const LexEntry& entry = lexicon().entry(e);
    const std::string lower = text::lower(entry.key);
    std::string home(lexicon().office_home(lower));
    parts.push_back(entry.key + " " + std::string(lexicon().office_scope(lower)) + (home.empty() ? "" : " " + home));
  }
  return joined(parts);
}

std::string triggers_answer(std::string_view input) {
  static const std::map<TriggerRole, std::string> roles = {
      {TriggerRole::noun, "noun"},     {TriggerRole::verb, "verb"},     {TriggerRole::plain, "plain"},   {TriggerRole::host, "host"},
      {TriggerRole::visit, "visit"},   {TriggerRole::formal_visit, "formal_visit"}, {TriggerRole::callon, "callon"}, {TriggerRole::topic, "topic"}, {TriggerRole::partner, "partner"}, {TriggerRole::meal, "meal"}, {TriggerRole::delivery, "delivery"},
      {TriggerRole::event, "event"},   {TriggerRole::mode, "mode"},     {TriggerRole::mod, "mod"},       {TriggerRole::aux, "aux"},
      {TriggerRole::time, "time"},     {TriggerRole::cancel, "cancel"}, {TriggerRole::defer, "defer"},   {TriggerRole::source, "source"},
      {TriggerRole::report, "report"}, {TriggerRole::none, "none"}};
  std::vector<std::string> parts;
  for (const int e : phrase_entries(lexicon().triggers(), input, true)) {
    parts.push_back(lexicon().entry(e).detail + " " + roles.at(lexicon().trigger_role(e)));
  }
  return joined(parts);
}

std::string title_words_answer(std::string_view input) {
  static const std::map<TitleWordKind, std::string> kinds = {
      {TitleWordKind::none, "none"},           {TitleWordKind::honorific, "honorific"}, {TitleWordKind::rank, "rank"},
      {TitleWordKind::office_head, "office_head"}, {TitleWordKind::modifier, "modifier"}, {TitleWordKind::name_title, "name_title"},
      {TitleWordKind::kin, "kin"},             {TitleWordKind::role, "role"}};
  return kinds.at(lexicon().title_word(input));
}

std::string org_suffixes_answer(std::string_view input) {
  std::vector<std::string> parts;
  if (!lexicon().org_suffix(input).empty()) parts.emplace_back(lexicon().org_suffix(input));
  if (lexicon().is_org_prefix(input)) parts.emplace_back("prefix");
  if (lexicon().is_org_opener(input)) parts.emplace_back("opener");
  return joined(parts);
}

std::string word_classes_answer(std::string_view input) {
  std::vector<std::string> parts;
  std::vector<std::uint32_t> ids;
  for (const Token& token : tokenize(input, 0, &lexicon())) ids.push_back(lexicon().key_id(input.substr(token.span.begin, token.span.size())));
  for (std::size_t c = 0; c < kWordClassNames.size(); ++c) {
    if (lexicon().class_member_at(ids, 0, static_cast<WordClass>(c)) == ids.size()) parts.emplace_back(kWordClassNames[c]);
  }
  std::string out;
  std::sort(parts.begin(), parts.end());
  for (const std::string& p : parts) out += (out.empty() ? "" : " ") + p;
  return out.empty() ? "none" : out;
}

// The names the learned recognizer's model finds in a sentence: "Name TYPE; ...".
std::string recognizer_answer(std::string_view input) {
  Document doc;
  doc.text = std::string(input) + "\n";
  clean(doc, lexicon());
  segment(doc, lexicon());
  const TokenKeys keys = token_keys(doc, lexicon());
  std::vector<std::string> parts;
  for (const ner::FoundName& name : ner::find_names(doc, lexicon(), keys, ner::builtin_model())) {
    const Span span{doc.tokens[name.first_token].span.begin, doc.tokens[name.end_token - 1].span.end};
    parts.push_back(std::string(doc.slice(span)) + " " + std::string(ner::kTypeNames[static_cast<std::size_t>(name.type)]));
  }
  return joined(parts);
}

std::string calendar_answer(std::string_view input) {
  if (const int month = month_number(input); month > 0) return "month " + std::to_string(month);
  if (const int weekday = weekday_number(input); weekday >= 0) return "weekday " + std::to_string(weekday);
  return "none";
}

std::string boilerplate_answer(std::string_view input) { return is_boilerplate_line(input, lexicon()) ? "boilerplate" : "kept"; }

std::string encoding_answer(std::string_view label) {
  const std::string encoding = html::encoding_for_label(label);
  return encoding.empty() ? "none" : encoding;
}

// "line: TEXT": is the block furniture; else a class name's hint.
std::string html_hints_answer(std::string_view input) {
  if (input.rfind("line: ", 0) == 0) return html::is_furniture_line(input.substr(6)) ? "furniture" : "kept";
  const int hint = html::class_name_hint(input);
  return hint < 0 ? "chrome" : hint > 0 ? "story" : "none";
}

std::string yes_no(bool yes) { return yes ? "yes" : "no"; }

// "yes f", "yes m", "yes" (a given name borne by both, or of no known gender), "no".
std::string given_name_answer(std::string_view word) {
  if (!lexicon().is_given_name(word)) return "no";
  switch (lexicon().given_name_gender(word)) {
    case Gender::feminine: return "yes f";
    case Gender::masculine: return "yes m";
    default: return "yes";
  }
}

const std::map<std::string, std::function<std::string(std::string_view)>>& checkers() {
  static const std::map<std::string, std::function<std::string(std::string_view)>> table = {
      {"countries.tsv", names_answer},
      {"organizations.tsv", names_answer},
      {"locations.tsv", names_answer},
      {"people.tsv", names_answer},
      {"offices.tsv", offices_answer},
      {"triggers.tsv", triggers_answer},
      {"title_words.tsv", title_words_answer},
      {"org_suffixes.tsv", org_suffixes_answer},
      {"word_classes.tsv", word_classes_answer},
      {"calendar.tsv", calendar_answer},
      {"boilerplate.tsv", boilerplate_answer},
      {"encodings.tsv", encoding_answer},
      {"html_hints.tsv", html_hints_answer},
      {"given_names.txt", given_name_answer},
      {"non_names.txt", [](std::string_view w) { return yes_no(lexicon().is_non_name(w)); }},
      {"abbreviations.txt", [](std::string_view w) { return yes_no(lexicon().is_abbreviation(w)); }},
      {"surname_particles.txt", [](std::string_view w) { return yes_no(lexicon().is_particle(text::lower(w))); }},
      {"recognizer_model.tsv", recognizer_answer},
  };
  return table;
}

struct SelfCheck {
  std::string input, expected;
  std::size_t line = 0;
};

std::vector<SelfCheck> self_checks(std::string_view content) {
  std::vector<SelfCheck> checks;
  std::istringstream in{std::string(content)};
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (line.rfind("#? ", 0) != 0) continue;
    const std::size_t tab = line.find('\t');
    REQUIRE_MESSAGE(tab != std::string::npos, "line ", number, ": a self-check needs input<TAB>expected");
    checks.push_back({line.substr(3, tab - 3), line.substr(tab + 1), number});
  }
  return checks;
}

TEST_CASE("every data file passes its own self-check lines") {
  std::size_t files = 0;
  for (const EmbeddedFile& file : embedded_data()) {
    const std::string name(file.name);
    if (name == "iso_3166-1.json") continue;
    INFO("data/", name);
    const auto checker = checkers().find(name);
    REQUIRE_MESSAGE(checker != checkers().end(), "no self-check reader for this data file: add one to test_data_files.cpp");
    const std::vector<SelfCheck> checks = self_checks(file.content);
    CHECK_MESSAGE(checks.size() >= 2, "a data file needs at least two `#? input<TAB>expected` lines");
    for (const SelfCheck& check : checks) {
      INFO("line ", check.line, ": ", check.input);
      CHECK(checker->second(check.input) == check.expected);
    }
    ++files;
  }
  CHECK(files >= 15);
}

TEST_CASE("a self-check that does not hold fails") {
  // The readers answer something specific, so a wrong expectation is caught.
  CHECK(names_answer("Japanese") == "demonym JP");
  CHECK(names_answer("Japanese") != "country JP");
  CHECK(word_classes_answer("as well as") == "coordinator");
  CHECK(calendar_answer("Mayday") == "none");
}

}  // namespace
}  // namespace newsgraph
