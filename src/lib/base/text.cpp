#include "base/text.hpp"

#include <openssl/evp.h>
#include <openssl/sha.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace newsgraph::text {

namespace detail {

char32_t next_code_point_multibyte(std::string_view s, std::size_t& pos) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto length = static_cast<std::int32_t>(s.size());
  auto i = static_cast<std::int32_t>(pos);
  UChar32 c = 0;
  U8_NEXT(bytes, i, length, c);
  pos = static_cast<std::size_t>(i);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

bool is_letter_nonascii(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }
bool is_digit_nonascii(char32_t c) { return u_isdigit(static_cast<UChar32>(c)); }
bool is_upper_nonascii(char32_t c) { return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c)); }
bool is_lower_nonascii(char32_t c) { return u_islower(static_cast<UChar32>(c)); }
bool is_space_nonascii(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)); }
bool is_format_nonascii(char32_t c) {
  return u_charType(static_cast<UChar32>(c)) == U_FORMAT_CHAR || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x1F3FB && c <= 0x1F3FF);
}

}  // namespace detail

std::string lower(std::string_view s) {
  // ICU only when a character outside ASCII changes in lower case (or a
  // byte is invalid, which ICU replaces): most texts here are ASCII, or
  // have only punctuation outside it ("—", "’").
  bool simple = true;
  for (std::size_t pos = 0; pos < s.size() && simple;) {
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const char32_t c = detail::next_code_point_multibyte(s, pos);
    simple = c != U'\uFFFD' && !u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_CHANGES_WHEN_LOWERCASED);
  }
  if (simple) {
    std::string out(s);
    for (char& ch : out) ch = ascii_lower(ch);
    return out;
  }
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<std::int32_t>(s.size()))).toLower().toUTF8String(out);
  return out;
}

namespace {

bool is_ascii_space(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v'; }

}  // namespace

bool is_valid_utf8(std::string_view s) {
  const auto* data = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto length = static_cast<std::int32_t>(s.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(data, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

std::string fold_punctuation(std::string_view s) {
  // Most texts handed here are ASCII words with single inner spaces, which
  // fold to themselves: one scan and a copy.
  bool plain = s.empty() || (s.front() != ' ' && s.back() != ' ');
  for (std::size_t i = 0; i < s.size() && plain; ++i) {
    const char ch = s[i];
    plain = static_cast<unsigned char>(ch) < 0x80 && (ch == ' ' ? s[i + 1] != ' ' : !is_ascii_space(ch));
  }
  if (plain) return std::string(s);
  std::string out;
  out.reserve(s.size());
  std::size_t pos = 0;
  bool pending_space = false;
  while (pos < s.size()) {
    const std::size_t start = pos;
    const char32_t c = next_code_point(s, pos);
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    if (is_apostrophe(c) || c == U'\u2018') {
      out += '\'';
    } else if (is_format(c)) {
      // a soft hyphen, a zero-width joiner: invisible, not part of the name's spelling
    } else if (c == U'\u2010' || c == U'\u2011') {
      out += '-';
    } else {
      out.append(s.substr(start, pos - start));
    }
  }
  return out;
}

namespace {

// Creating an ICU transliterator is expensive and using one is not
// thread-safe, so each thread keeps its own.
icu::Transliterator& ascii_transliterator() {
  thread_local std::unique_ptr<icu::Transliterator> instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
  }();
  return *instance;
}

// `s` in ASCII letters. Transliterating costs some ten microseconds a name,
// and the same names come back article after article ("Lula da Silva",
// "Erdoğan"): each thread remembers what it has transliterated, up to a
// bound that keeps the memory small.
const std::string& transliterated(std::string_view s) {
  constexpr std::size_t kMostRemembered = 4096;
  thread_local std::unordered_map<std::string, std::string> remembered;
  if (const auto it = remembered.find(std::string(s)); it != remembered.end()) return it->second;
  if (remembered.size() >= kMostRemembered) remembered.clear();
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<std::int32_t>(s.size())));
  ascii_transliterator().transliterate(u);
  std::string ascii;
  u.toUTF8String(ascii);
  return remembered.emplace(std::string(s), std::move(ascii)).first->second;
}

}  // namespace

bool is_dash_token(std::string_view token) {
  std::size_t pos = 0;
  while (pos < token.size()) {
    if (!is_dash(next_code_point(token, pos))) return false;
  }
  return !token.empty();
}

std::string slug(std::string_view s) {
  bool plain = true;
  for (char ch : s) plain = plain && static_cast<unsigned char>(ch) < 0x80;
  const std::string_view ascii = plain ? s : std::string_view(transliterated(s));
  std::string out;
  out.reserve(ascii.size());
  bool dash = false;
  for (char ch : ascii) {
    const auto b = static_cast<unsigned char>(ch);
    if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')) {
      if (dash && !out.empty()) out += '-';
      out += ch;
      dash = false;
    } else if (b >= 'A' && b <= 'Z') {
      if (dash && !out.empty()) out += '-';
      out += static_cast<char>(b - 'A' + 'a');
      dash = false;
    } else if (b == '\'') {
      // "Xi's" -> "xis", not "xi-s"
    } else {
      dash = true;
    }
  }
  return out;
}

std::string_view trim(std::string_view s) {
  std::size_t begin = 0;
  while (begin < s.size()) {
    std::size_t next = begin;
    if (!is_space(next_code_point(s, next))) break;
    begin = next;
  }
  std::size_t end = s.size();
  while (end > begin) {
    std::size_t start = end - 1;
    while (start > begin && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    std::size_t probe = start;
    if (!is_space(next_code_point(s, probe))) break;
    end = start;
  }
  return s.substr(begin, end - begin);
}

std::string xml_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (const char ch : s) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += (static_cast<unsigned char>(ch) >= 0x20 || ch == '\n' || ch == '\t') ? ch : ' ';
    }
  }
  return out;
}

std::string sha256_hex(std::string_view data) {
  // OpenSSL 3's one-shot SHA256() looks the algorithm up on every call,
  // which costs more than hashing the short ids it is mostly used for; each
  // thread fetches it once and keeps a context.
  struct Hasher {
    EVP_MD* md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~Hasher() {
      EVP_MD_CTX_free(ctx);
      EVP_MD_free(md);
    }
  };
  thread_local Hasher hasher;
  unsigned char digest[SHA256_DIGEST_LENGTH];
  unsigned int length = 0;
  if (hasher.md == nullptr || hasher.ctx == nullptr || EVP_DigestInit_ex(hasher.ctx, hasher.md, nullptr) != 1 ||
      EVP_DigestUpdate(hasher.ctx, data.data(), data.size()) != 1 || EVP_DigestFinal_ex(hasher.ctx, digest, &length) != 1) {
    SHA256(reinterpret_cast<const unsigned char*>(data.data()), data.size(), digest);
  }
  static constexpr char hex[] = "0123456789abcdef";
  std::string out(2 * SHA256_DIGEST_LENGTH, '0');
  for (std::size_t i = 0; i < SHA256_DIGEST_LENGTH; ++i) {
    out[2 * i] = hex[digest[i] >> 4];
    out[2 * i + 1] = hex[digest[i] & 0xf];
  }
  return out;
}

}  // namespace newsgraph::text
