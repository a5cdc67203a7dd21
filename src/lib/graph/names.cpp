#include "graph/names.hpp"

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <tuple>
#include <vector>

#include "base/text.hpp"
#include "graph/set_union.hpp"

namespace newsgraph::detail {
namespace {

using text::is_ascii;

// `text` as UTF-16, or nothing when it is not valid UTF-8.
bool to_utf16(std::string_view text, std::vector<UChar>& out) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  u_strFromUTF8(nullptr, 0, &length, text.data(), static_cast<int32_t>(text.size()), &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return false;
  out.resize(static_cast<std::size_t>(length) + 1);
  status = U_ZERO_ERROR;
  u_strFromUTF8(out.data(), length + 1, nullptr, text.data(), static_cast<int32_t>(text.size()), &status);
  out.resize(static_cast<std::size_t>(length));
  return U_SUCCESS(status);
}

std::string to_utf8(const std::vector<UChar>& text) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  u_strToUTF8(nullptr, 0, &length, text.data(), static_cast<int32_t>(text.size()), &status);
  std::string out(static_cast<std::size_t>(length), '\0');
  status = U_ZERO_ERROR;
  u_strToUTF8(out.data(), length, nullptr, text.data(), static_cast<int32_t>(text.size()), &status);
  return out;
}

// `text` normalized by `form`, or unchanged when it already is (or cannot be read).
std::string normalized(std::string_view text, const UNormalizer2* form) {
  std::vector<UChar> wide;
  if (form == nullptr || !to_utf16(text, wide)) return std::string(text);
  UErrorCode status = U_ZERO_ERROR;
  const auto length = static_cast<int32_t>(wide.size());
  if (unorm2_isNormalized(form, wide.data(), length, &status) || U_FAILURE(status)) return std::string(text);
  std::vector<UChar> out(wide.size() * 3 + 16);
  status = U_ZERO_ERROR;
  const int32_t written = unorm2_normalize(form, wide.data(), length, out.data(), static_cast<int32_t>(out.size()), &status);
  if (U_FAILURE(status)) return std::string(text);
  out.resize(static_cast<std::size_t>(written));
  return to_utf8(out);
}

const UNormalizer2* nfc_form() {
  static const UNormalizer2* form = [] {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2* f = unorm2_getNFCInstance(&status);
    return U_SUCCESS(status) ? f : nullptr;
  }();
  return form;
}

const UNormalizer2* nfkc_form() {
  static const UNormalizer2* form = [] {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2* f = unorm2_getNFKCInstance(&status);
    return U_SUCCESS(status) ? f : nullptr;
  }();
  return form;
}

// The scripts that look alike: a word may use one of them only.
int confusable_script(UChar32 c) {
  UErrorCode status = U_ZERO_ERROR;
  switch (uscript_getScript(c, &status)) {
    case USCRIPT_LATIN: return 1;
    case USCRIPT_CYRILLIC: return 2;
    case USCRIPT_GREEK: return 3;
    default: return 0;
  }
}

bool is_unfit_character(UChar32 c) {
  switch (u_charType(c)) {
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
    case U_PRIVATE_USE_CHAR:
    case U_UNASSIGNED:
    case U_SURROGATE:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR: return true;
    default: return false;
  }
}

// Characters fit for a name, and no word mixing look-alike scripts.
bool has_fit_characters(std::string_view form) {
  int word_script = 0;
  std::size_t i = 0;
  while (i < form.size()) {
    // An invalid byte reads as U+FFFD, which is no part of a name either.
    const auto c = static_cast<UChar32>(text::next_code_point(form, i));
    if (c == 0xFFFD || is_unfit_character(c)) return false;
    if (u_isUWhiteSpace(c)) {
      word_script = 0;
      continue;
    }
    const int script = confusable_script(c);
    if (script == 0) continue;
    if (word_script != 0 && script != word_script) return false;
    word_script = script;
  }
  return true;
}

}  // namespace

std::string nfc(std::string_view text) {
  if (is_ascii(text)) return std::string(text);
  return normalized(text, nfc_form());
}

bool is_well_formed_name(std::string_view form) {
  if (form.empty() || form.size() > kMaxLabelBytes) return false;
  if (is_ascii(form)) {
    return std::none_of(form.begin(), form.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
  }
  return has_fit_characters(form) && normalized(form, nfkc_form()) == form;
}

void choose_label(NodeData& node) {
  if (node.label_documents.empty()) return;
  // Well-formed first, then more documents, then the longer form, then the smaller bytes.
  const auto rank = [](const auto& vote) {
    const std::string& form = vote.first;
    return std::make_tuple(is_well_formed_name(form), vote.second.size(), form.size());
  };
  auto best = node.label_documents.begin();
  for (auto it = std::next(best); it != node.label_documents.end(); ++it) {
    if (rank(*it) > rank(*best)) best = it;  // keys ascend: an equal rank keeps the smaller form
  }
  if (best->first != node.label) {
    node.aliases.insert(std::move(node.label));
    node.label = best->first;
  }
  auto hint = node.aliases.end();
  for (const auto& [form, documents] : node.label_documents) hint = after(node.aliases, node.aliases.insert(hint, form));
  node.aliases.erase(node.label);
}

void normalize_names(NodeData& node) {
  node.label = nfc(node.label);
  if (!std::all_of(node.aliases.begin(), node.aliases.end(), [](const std::string& a) { return is_ascii(a); })) {
    std::set<std::string> aliases;
    for (const std::string& alias : node.aliases) aliases.insert(nfc(alias));
    node.aliases = std::move(aliases);
  }
  if (!std::all_of(node.label_documents.begin(), node.label_documents.end(), [](const auto& v) { return is_ascii(v.first); })) {
    std::map<std::string, std::set<std::string>> votes;
    for (auto& [form, documents] : node.label_documents) unite(votes[nfc(form)], std::move(documents));
    node.label_documents = std::move(votes);
  }
  if (node.label_documents.empty()) {
    // Written before votes were kept (or by a caller): a vote from each document it is mentioned in.
    std::set<std::string>& documents = node.label_documents[node.label];
    for (const DocSpan& span : node.mentions) documents.insert(span.doc);
  }
  node.label_documents.try_emplace(node.label);
  choose_label(node);
}

}  // namespace newsgraph::detail
