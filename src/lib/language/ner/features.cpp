#include "language/ner/features.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

#include "base/text.hpp"
#include "language/lexicon.hpp"
#include "language/recognize.hpp"

namespace newsgraph::ner {

std::uint64_t feature_hash_of(Template t, std::uint64_t value_hash) {
  std::uint64_t h = value_hash;
  h ^= (static_cast<std::uint64_t>(t) + 1) * 0x9E3779B97F4A7C15ULL;
  h *= 0xFF51AFD7ED558CCDULL;
  return h ^ (h >> 31);
}

Template template_from_name(std::string_view name) {
  for (std::size_t t = 0; t < kTemplates; ++t) {
    if (kTemplateNames[t] == name) return static_cast<Template>(t);
  }
  return Template::count;
}

std::string word_shape(std::string_view word) {
  std::string shape;
  char last = 0;
  for (std::size_t pos = 0; pos < word.size();) {
    const char32_t c = text::next_code_point(word, pos);
    char cls;
    if (text::is_upper(c)) {
      cls = 'X';
    } else if (text::is_lower(c) || text::is_letter(c)) {
      cls = 'x';
    } else if (text::is_digit(c)) {
      cls = 'd';
    } else if (text::is_apostrophe(c)) {
      cls = '\'';
    } else if (text::is_dash(c)) {
      cls = '-';
    } else {
      cls = c < 0x80 ? static_cast<char>(c) : '*';
    }
    // Letters and digits in runs count once; punctuation each time ("X.X.").
    if (cls != last || !(cls == 'X' || cls == 'x' || cls == 'd')) shape.push_back(cls);
    last = cls;
    if (shape.size() >= 12) break;
  }
  return shape;
}

namespace {

// Has `word`, a part of `text`, a capital letter?
bool has_upper(std::string_view word, std::string_view text) {
  // Eight ASCII bytes at a time: a byte in 'A'..'Z' gets its high bit from
  // adding 0x3F but not from adding 0x25; a byte outside ASCII goes the slow way.
  // The eight bytes are read from the text where it goes on that far.
  constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  const char* text_end = text.data() + text.size();
  std::size_t at = 0;
  for (; at < word.size(); at += 8) {
    std::uint64_t chunk = 0;
    const std::size_t count = std::min<std::size_t>(8, word.size() - at);
    if (std::endian::native == std::endian::little && word.data() + at + 8 <= text_end) {
      std::memcpy(&chunk, word.data() + at, 8);
      if (count < 8) chunk &= ~0ULL >> (64 - 8 * count);  // little-endian: the word's bytes are the low ones
    } else {
      std::memcpy(&chunk, word.data() + at, count);
    }
    if (chunk & highs) break;
    if ((chunk + 0x3F * ones) & ~(chunk + 0x25 * ones) & highs) return true;
  }
  for (std::size_t pos = at; pos < word.size();) {
    const auto byte = static_cast<unsigned char>(word[pos]);
    if (byte < 0x80) {
      if (byte >= 'A' && byte <= 'Z') return true;
      ++pos;
      continue;
    }
    if (text::is_upper(text::next_code_point(word, pos))) return true;
  }
  return false;
}

// "al-Sisi", "bin-Salman": a capital after a particle and a hyphen. (Only
// such words are scanned: most lower-case words have no hyphen.)
bool inner_capital(std::string_view word, std::string_view text) {
  return word.size() > 2 && std::memchr(word.data(), '-', word.size()) != nullptr && has_upper(word, text);
}

std::string_view lex_kind_name(std::uint8_t kind_plus_one, bool begin) {
  static constexpr std::array<std::string_view, 14> names = {"country.B",      "country.I",  "demonym.B", "demonym.I",  "capital.B",
                                                             "capital.I",      "org.B",      "org.I",     "location.B", "location.I",
                                                             "office.B",       "office.I",   "person.B",  "person.I"};
  if (kind_plus_one == 0) return "none";
  return names[static_cast<std::size_t>(kind_plus_one - 1) * 2 + (begin ? 0 : 1)];
}

std::string_view title_kind_name(TitleWordKind kind) {
  switch (kind) {
    case TitleWordKind::honorific: return "honorific";
    case TitleWordKind::rank: return "rank";
    case TitleWordKind::office_head: return "office_head";
    case TitleWordKind::modifier: return "modifier";
    case TitleWordKind::name_title: return "name_title";
    case TitleWordKind::kin: return "kin";
    case TitleWordKind::role: return "role";
    case TitleWordKind::none: break;
  }
  return {};
}

std::string_view length_bucket(std::size_t letters) {
  static constexpr std::array<std::string_view, 9> buckets = {"0", "1", "2", "3", "4", "5-7", "5-7", "5-7", "8+"};
  return buckets[std::min<std::size_t>(letters, 8)];
}

std::string_view run_length_bucket(std::size_t n) {
  static constexpr std::array<std::string_view, 6> buckets = {"0", "1", "2", "3", "4", "5+"};
  return buckets[std::min<std::size_t>(n, 5)];
}

// The first `n` code points of `s`, or its last `n`.
std::string_view first_code_points(std::string_view s, std::size_t n) {
  std::size_t pos = 0;
  for (std::size_t k = 0; k < n && pos < s.size(); ++k) text::next_code_point(s, pos);
  return s.substr(0, pos);
}
std::string_view last_code_points(std::string_view s, std::size_t n) {
  std::size_t pos = s.size();
  for (std::size_t k = 0; k < n && pos > 0; ++k) {
    --pos;
    while (pos > 0 && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
  }
  return s.substr(pos);
}

}  // namespace

FeatureExtractor::FeatureExtractor(const Document& doc, const Lexicon& lexicon, const TokenKeys& keys)
    : doc_(doc), lex_(lexicon), keys_(keys) {}

std::uint64_t FeatureExtractor::word_hash(std::size_t token) {
  if (word_hashes_[token] == 0) word_hashes_[token] = StringHash::hash(keys_.lower[token]);
  return word_hashes_[token];
}

bool FeatureExtractor::extract(const Sentence& s, SentenceFeatures& out, bool with_names, std::span<const std::uint8_t> settled) {
  out.allowed.clear();
  out.offsets.clear();
  out.hashes.clear();
  out.names.clear();
  first_ = s.first_token;
  size_ = s.end_token - s.first_token;
  if (!settled.empty()) {
    // Most sentences have no capitalized word the rules left open: a glance at the tokens' flags says so.
    bool open = false;
    for (std::size_t i = s.first_token; i < s.end_token && !open; ++i) {
      const Token& t = doc_.tokens[i];
      open = t.kind == TokenKind::word && (t.capitalized || t.all_caps) && !settled[i] && !lex_.is_non_name(keys_.exact_id[i]);
    }
    if (!open) return false;
  }
  if (word_hashes_.size() != keys_.lower.size()) word_hashes_.assign(keys_.lower.size(), 0);
  find_offices(s);
  mark_allowed(s, out, settled);
  if (std::all_of(out.allowed.begin(), out.allowed.end(), [](Allowed a) { return a == Allowed::outside; })) return false;
  find_lexicon_phrases(s, out.allowed);
  sentence_flags(s);
  const std::size_t n = size_;
  shapes_.resize(n);
  shape_done_.assign(n, 0);
  out.offsets.push_back(0);
  for (std::size_t k = 0; k < n; ++k) {
    if (out.allowed[k] != Allowed::outside) token_features(k, out, with_names);
    out.offsets.push_back(static_cast<std::uint32_t>(out.hashes.size()));
  }
  return true;
}

void FeatureExtractor::mark_allowed(const Sentence& s, SentenceFeatures& out, std::span<const std::uint8_t> settled) {
  const std::size_t first = s.first_token, n = s.end_token - s.first_token;
  out.allowed.assign(n, Allowed::outside);
  bool any = false;
  for (std::size_t k = 0; k < n; ++k) {
    const Token& t = doc_.tokens[first + k];
    // A word of an office title ("President", "Foreign Minister") is no part of a name: the rules read titles.
    if (t.kind == TokenKind::word && !office_[k] && (t.capitalized || t.all_caps || inner_capital(doc_.slice(t.span), doc_.text))) {
      out.allowed[k] = Allowed::any;
      any = true;
    }
  }
  if (!any) return;
  // Connectors between capitalized words (class name_connector: "Bank of Japan", "Ursula von der Leyen", "AT & T"):
  // the nearest word that is no connector, on each side and at most two away, has a capital.
  const auto joins = [&](std::size_t k) {
    const Token& t = doc_.tokens[first + k];
    const std::string_view lower = keys_.lower[first + k];
    return out.allowed[k] == Allowed::outside && (t.kind == TokenKind::word || lower == "&") && !t.capitalized &&
           (lex_.in_class(keys_.lower_id[first + k], WordClass::name_connector) || lex_.is_particle(keys_.lower_id[first + k]));
  };
  // "the Ministry of Water and the Grid Authority": "and the" coordinates two names, it joins none.
  const auto coordinates = [&](std::size_t k) {
    return k + 1 < n && lex_.in_class(keys_.lower_id[first + k], WordClass::additive_conjunction) &&
           lex_.in_class(keys_.lower_id[first + k + 1], WordClass::definite_article);
  };
  joins_.assign(n, 0);
  for (std::size_t k = 1; k + 1 < n; ++k) {
    const bool near_capital = out.allowed[k - 1] == Allowed::any || (k >= 2 && out.allowed[k - 2] == Allowed::any);
    if (near_capital && joins(k) && !coordinates(k)) joins_[k] = 1;
  }
  for (std::size_t k = 1; k + 1 < n; ++k) {
    if (!joins_[k]) continue;
    const std::size_t before = joins_[k - 1] && k >= 2 ? k - 2 : k - 1;
    const std::size_t after = joins_[k + 1] && k + 2 < n ? k + 2 : k + 1;
    if (out.allowed[before] == Allowed::any && out.allowed[after] == Allowed::any) out.allowed[k] = Allowed::inside;
  }
  // Runs of tokens that may be a name: the context a name's words share.
  // A lone word that is never a name ("The", "Monday") is left out, and so
  // is a run whose words are all settled or never names ("The White House").
  run_first_.assign(n, 0);
  run_end_.assign(n, 0);
  for (std::size_t k = 0; k < n;) {
    if (out.allowed[k] == Allowed::outside) {
      ++k;
      continue;
    }
    std::size_t e = k;
    while (e < n && out.allowed[e] != Allowed::outside) ++e;
    bool known = e - k == 1 && lex_.is_non_name(keys_.exact_id[first + k]);
    if (!settled.empty() && !known) {
      known = true;
      for (std::size_t j = k; j < e && known; ++j) known = settled[first + j] != 0 || lex_.is_non_name(keys_.exact_id[first + j]);
    }
    for (std::size_t j = k; j < e; ++j) {
      if (known) out.allowed[j] = Allowed::outside;
      run_first_[j] = static_cast<std::uint32_t>(k);
      run_end_[j] = static_cast<std::uint32_t>(e);
    }
    k = e;
  }
}

void FeatureExtractor::find_lexicon_phrases(const Sentence& s, std::span<const Allowed> allowed) {
  const std::size_t first = s.first_token, n = s.end_token - s.first_token;
  name_ids_.resize(n);
  for (std::size_t k = 0; k < n; ++k) {
    const std::size_t i = first + k;
    name_ids_[k] = keys_.exact_id[i];
    // "ROME", "NATO SUMMIT": a word in capitals is looked up as "Rome" when it is no key as written.
    const std::string_view word = keys_.exact[i];
    if (name_ids_[k] == Vocabulary::unknown && doc_.tokens[i].all_caps && text::is_ascii(word)) {
      buffer_.assign(word);
      for (std::size_t c = 1; c < buffer_.size(); ++c) buffer_[c] = text::ascii_lower(buffer_[c]);
      name_ids_[k] = lex_.key_id(buffer_);
    }
  }
  lexicon_kind_.assign(n, 0);
  lexicon_begin_.assign(n, 0);
  // Only phrases that reach a word that may be a name, or the word before one, matter.
  near_.assign(n, 0);
  for (std::size_t k = 0; k < n; ++k) {
    if (allowed[k] == Allowed::outside) continue;
    for (std::size_t j = k >= 4 ? k - 4 : 0; j <= k + 1 && j < n; ++j) near_[j] = 1;
  }
  const std::span<const std::uint32_t> ids(name_ids_);
  for (std::size_t k = 0; k < n;) {
    if (!near_[k]) {
      ++k;
      continue;
    }
    const std::uint32_t length = lex_.names().longest_match(ids, k, scratch_);
    if (length == 0) {
      ++k;
      continue;
    }
    // The kind that matters most when a phrase names several things: a person, a country, then the rest.
    std::uint8_t best = 0;
    for (const int e : scratch_) {
      const auto kind = static_cast<std::uint8_t>(static_cast<int>(lex_.entry(e).kind) + 1);
      if (best == 0 || kind == static_cast<int>(LexKind::person) + 1 || (kind < best && best != static_cast<int>(LexKind::person) + 1)) best = kind;
    }
    for (std::size_t j = k; j < k + length; ++j) lexicon_kind_[j] = best;
    lexicon_begin_[k] = 1;
    k += length;
  }
}

void FeatureExtractor::find_offices(const Sentence& s) {
  const std::size_t n = s.end_token - s.first_token;
  office_.assign(n, 0);
  const std::span<const std::uint32_t> lower_ids(keys_.lower_id.data() + s.first_token, n);
  for (std::size_t k = 0; k < n;) {
    const std::uint32_t length = lex_.offices().longest_match(lower_ids, k, scratch_);
    if (length == 0) {
      ++k;
      continue;
    }
    office_[k] = 1;
    for (std::size_t j = k + 1; j < k + length; ++j) office_[j] = 2;
    k += length;
  }
}

void FeatureExtractor::sentence_flags(const Sentence& s) {
  flags_.clear();
  const std::string_view text(doc_.text);
  const auto newline_between = [&](std::uint32_t from, std::uint32_t to) {
    return from < to && std::memchr(text.data() + from, '\n', to - from) != nullptr;
  };
  const bool line_first = s.first_token == 0 || newline_between(doc_.tokens[s.first_token - 1].span.end, doc_.tokens[s.first_token].span.begin);
  const bool line_last = s.end_token >= doc_.tokens.size() || newline_between(doc_.tokens[s.end_token - 1].span.end, doc_.tokens[s.end_token].span.begin);
  if (s.first_token == 0) flags_.push_back("doc1");
  // "ROME 1996-12-06", "NAIROBI, Kenya (AP) -": words in capitals that open a line, then a comma, bracket, dash or number.
  dateline_end_ = 0;
  if (line_first) {
    std::size_t k = 0;
    while (k < size_ && k < 4 && doc_.tokens[first_ + k].kind == TokenKind::word && doc_.tokens[first_ + k].all_caps) ++k;
    if (k > 0 && k < size_) {
      const Token& next = doc_.tokens[first_ + k];
      const std::string_view after = doc_.slice(next.span);
      if (next.kind == TokenKind::number || after == "," || after == "(" || after == "-" || after == "\u2014" || after == "\u2013") dateline_end_ = k;
    }
  }
  if (line_first && line_last) flags_.push_back("line");
  int words = 0, capitalized = 0, capitals = 0, numbers = 0;
  for (std::uint32_t i = s.first_token; i < s.end_token; ++i) {
    const Token& t = doc_.tokens[i];
    if (t.kind == TokenKind::number) ++numbers;
    if (t.kind != TokenKind::word) continue;
    ++words;
    capitalized += t.capitalized ? 1 : 0;
    capitals += t.all_caps ? 1 : 0;
  }
  if (words >= 4 && capitalized * 10 >= words * 7) flags_.push_back("hl");
  if (words >= 2 && capitals * 10 >= words * 7) flags_.push_back("caps");
  if (numbers >= 2 && numbers * 2 >= words) flags_.push_back("table");
  const std::string_view last = doc_.slice(doc_.tokens[s.end_token - 1].span);
  if (!(last == "." || last == "?" || last == "!" || doc_.tokens[s.end_token - 1].kind == TokenKind::close_quote)) flags_.push_back("noend");
}

std::string_view FeatureExtractor::shape_of(std::size_t k) {
  if (!shape_done_[k]) {
    shapes_[k] = word_shape(doc_.slice(doc_.tokens[first_ + k].span));
    shape_done_[k] = 1;
  }
  return shapes_[k];
}

std::string_view FeatureExtractor::trigger_class_at(std::size_t token) {
  if (lex_.triggers().longest_match(keys_.lower_id, token, scratch_) == 0) return {};
  switch (lex_.trigger_class(scratch_.front())) {
    case TriggerClass::say: return "say";
    case TriggerClass::meet: return "meet";
    case TriggerClass::call: return "call";
    case TriggerClass::plan: return "plan";
    case TriggerClass::cancel: return "cancel";
    case TriggerClass::negation: return "negation";
    case TriggerClass::not_meeting: return "not_meeting";
    case TriggerClass::none: break;
  }
  return {};
}

void FeatureExtractor::add(Template t, std::string_view value, SentenceFeatures& out, bool with_names) {
  add_hashed(t, value, StringHash::hash(value), out, with_names);
}

void FeatureExtractor::add_hashed(Template t, std::string_view value, std::uint64_t value_hash, SentenceFeatures& out, bool with_names) {
  out.hashes.push_back(feature_hash_of(t, value_hash));
  if (with_names) {
    std::string name(kTemplateNames[static_cast<std::size_t>(t)]);
    name += '=';
    name += value;
    out.names.push_back(std::move(name));
  }
}

void FeatureExtractor::token_features(std::size_t k, SentenceFeatures& out, bool with_names) {
  const std::size_t i = first_ + k, n = size_;
  const auto put = [&](Template t, std::string_view value) { add(t, value, out, with_names); };
  const std::string_view lower = keys_.lower[i];
  put(Template::bias, {});
  const auto word = [&](Template t, std::size_t token) { add_hashed(t, keys_.lower[token], word_hash(token), out, with_names); };
  word(Template::word, i);
  const std::string_view shape = shape_of(k);
  put(Template::shape, shape);
  put(Template::prefix, first_code_points(lower, 3));
  put(Template::suffix2, last_code_points(lower, 2));
  put(Template::suffix3, last_code_points(lower, 3));
  put(Template::suffix4, last_code_points(lower, 4));
  std::size_t letters = 0;
  for (std::size_t pos = 0; pos < lower.size() && letters < 8; ++letters) text::next_code_point(lower, pos);
  put(Template::length, length_bucket(letters));
  k > 0 ? word(Template::word_before, i - 1) : put(Template::word_before, "<s>");
  k + 1 < n ? word(Template::word_after, i + 1) : put(Template::word_after, "</s>");
  k > 1 ? word(Template::word_before2, i - 2) : put(Template::word_before2, "<s>");
  k + 2 < n ? word(Template::word_after2, i + 2) : put(Template::word_after2, "</s>");
  put(Template::shape_before, k > 0 ? shape_of(k - 1) : std::string_view("<s>"));
  put(Template::shape_after, k + 1 < n ? shape_of(k + 1) : std::string_view("</s>"));
  if (k == 0) put(Template::position, "start");
  if (k < dateline_end_) put(Template::position, "dl");
  for (const std::string_view flag : flags_) put(Template::position, flag);
  if (lexicon_kind_[k]) put(Template::lexicon, lex_kind_name(lexicon_kind_[k], lexicon_begin_[k] != 0));
  if (k > 0 && lexicon_kind_[k - 1]) put(Template::lexicon_before, lex_kind_name(lexicon_kind_[k - 1], lexicon_begin_[k - 1] != 0));
  if (k + 1 < n && lexicon_kind_[k + 1]) put(Template::lexicon_after, lex_kind_name(lexicon_kind_[k + 1], lexicon_begin_[k + 1] != 0));
  if (office_[k]) put(Template::office, office_[k] == 1 ? "B" : "I");
  if (k > 0 && office_[k - 1] && office_[k] != 2) put(Template::office, "after");
  if (const std::string_view kind = title_kind_name(lex_.title_word(name_ids_[k])); !kind.empty()) put(Template::title, kind);
  if (k > 0) {
    if (const std::string_view kind = title_kind_name(lex_.title_word(keys_.exact_id[i - 1])); !kind.empty()) put(Template::title_before, kind);
  }
  if (lex_.is_given_name(name_ids_[k])) put(Template::word_list, "given");
  if (lex_.is_non_name(name_ids_[k])) put(Template::word_list, "non_name");
  if (lex_.is_particle(keys_.lower_id[i])) put(Template::word_list, "particle");
  if (lex_.is_org_prefix(name_ids_[k])) put(Template::word_list, "org_prefix");
  if (const std::string_view kind = lex_.org_suffix(name_ids_[k]); !kind.empty()) put(Template::word_list, kind);
  run_features(k, out, with_names);
}

void FeatureExtractor::run_features(std::size_t k, SentenceFeatures& out, bool with_names) {
  const auto put = [&](Template t, std::string_view value) { add(t, value, out, with_names); };
  const std::size_t rf = run_first_[k], re = run_end_[k];
  if (rf > 0) {
    if (const std::string_view trigger = trigger_class_at(first_ + rf - 1); !trigger.empty()) put(Template::trigger_before, trigger);
  }
  if (re < size_) {
    if (const std::string_view trigger = trigger_class_at(first_ + re); !trigger.empty()) put(Template::trigger_after, trigger);
  }
  put(Template::run_length, run_length_bucket(re - rf));
  buffer_.assign(re - rf == 1 ? "S|" : k == rf ? "B|" : k + 1 == re ? "E|" : "I|");
  buffer_ += shape_of(k);
  put(Template::run_position, buffer_);
  add_hashed(Template::run_first, keys_.lower[first_ + rf], word_hash(first_ + rf), out, with_names);
  add_hashed(Template::run_last, keys_.lower[first_ + re - 1], word_hash(first_ + re - 1), out, with_names);
  const std::size_t last = re - 1;
  if (const std::string_view kind = lex_.org_suffix(name_ids_[last]); !kind.empty()) put(Template::run_last_kind, kind);
  if (const std::string_view kind = title_kind_name(lex_.title_word(name_ids_[last])); !kind.empty()) put(Template::run_last_kind, kind);
  if (lexicon_kind_[last]) put(Template::run_last_kind, lex_kind_name(lexicon_kind_[last], lexicon_begin_[last] != 0));
}

}  // namespace newsgraph::ner
