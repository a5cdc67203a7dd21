#include "language/dates.hpp"

#include <array>
#include <cctype>
#include <cstdio>
#include <string>
#include <vector>

#include "base/embedded_data.hpp"
#include "base/text.hpp"
#include "language/lexicon.hpp"

namespace newsgraph {

std::string CivilDate::iso() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

namespace {

// Calls `use` with the lower case of a word, for comparing with the ASCII
// names below: ASCII words (most) without ICU, an allocation or a
// std::string to destroy. These run on many tokens.
template <class Use>
int with_lower_case(std::string_view word, Use use) {
  if (text::is_ascii(word)) {
    std::array<char, 16> buffer;
    if (word.size() > buffer.size()) return use(std::string_view("\x01"));  // longer than any name: equal to none
    for (std::size_t i = 0; i < word.size(); ++i) buffer[i] = text::ascii_lower(word[i]);
    return use(std::string_view(buffer.data(), word.size()));
  }
  return use(std::string_view(text::lower(word)));
}

// These run on every token of a sentence with a meeting, and most words
// are no name: a word is ruled out, without lower-casing it, when it is
// shorter than any name or starts with an ASCII letter no name starts with
// (`initials`, in lower case). Whatever follows an ASCII first letter, the
// lower case of the word starts with that letter's lower case.
bool could_start_name(std::string_view word, std::string_view initials) {
  if (word.size() < 3) return false;
  const auto first = static_cast<unsigned char>(word.front());
  if (first >= 0x80) return true;
  return initials.find(text::ascii_lower(static_cast<char>(first))) != std::string_view::npos;
}

}  // namespace

namespace {

// The names of data/calendar.tsv, read once: month and weekday numbers by
// lower-case name, and the first letters they start with.
struct Calendar {
  StringMap<int> months, weekdays;  // hashed: asked of many words, one compare instead of a tree's several
  std::string month_initials, weekday_initials;

  Calendar() {
    std::string_view content = embedded_file("calendar.tsv");
    while (!content.empty()) {
      const std::size_t end = std::min(content.find('\n'), content.size());
      const std::string_view line = content.substr(0, end);
      content.remove_prefix(std::min(end + 1, content.size()));
      if (line.empty() || line.front() == '#') continue;
      const std::size_t tab1 = line.find('\t'), tab2 = line.find('\t', tab1 + 1);
      if (tab2 == std::string_view::npos) continue;
      const std::string name(line.substr(0, tab1));
      const std::string_view kind = line.substr(tab1 + 1, tab2 - tab1 - 1);
      const int number = std::stoi(std::string(line.substr(tab2 + 1)));
      (kind == "month" ? months : weekdays)[name] = number;
      std::string& initials = kind == "month" ? month_initials : weekday_initials;
      if (initials.find(name.front()) == std::string::npos) initials += name.front();
    }
  }
};

const Calendar& calendar() {
  static const Calendar instance;
  return instance;
}

}  // namespace

int month_number(std::string_view word) {
  const Calendar& names = calendar();
  if (!could_start_name(word, names.month_initials)) return 0;
  return with_lower_case(word, [&](std::string_view w) {
    if (!w.empty() && w.back() == '.') w.remove_suffix(1);
    const auto it = names.months.find(w);
    return it == names.months.end() ? 0 : it->second;
  });
}

int weekday_number(std::string_view word) {
  const Calendar& names = calendar();
  if (!could_start_name(word, names.weekday_initials)) return -1;
  return with_lower_case(word, [&](std::string_view w) {
    const auto it = names.weekdays.find(w);
    return it == names.weekdays.end() ? -1 : it->second;
  });
}

long days_from_civil(const CivilDate& date) {
  // Howard Hinnant's algorithm.
  const int y = date.year - (date.month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned mp = static_cast<unsigned>(date.month + (date.month > 2 ? -3 : 9));
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(date.day) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

CivilDate civil_from_days(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(days - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

int weekday_of(const CivilDate& date) {
  const long days = days_from_civil(date);  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

namespace {

bool leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// February 29 only in a leap year: "February 29, 2023" is no date.
bool valid(const CivilDate& d) {
  static constexpr std::array<int, 12> lengths = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.year < 1800 || d.year > 2200 || d.month < 1 || d.month > 12 || d.day < 1) return false;
  const int length = lengths[static_cast<std::size_t>(d.month - 1)] + (d.month == 2 && leap_year(d.year) ? 1 : 0);
  return d.day <= length;
}

struct Word {
  std::string_view text;
  bool number = false;
};

std::vector<Word> words_of(std::string_view s) {
  std::vector<Word> words;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (std::isalnum(c)) {
      const std::size_t start = i;
      const bool number = std::isdigit(c) != 0;
      while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || (!number && s[i] == '.'))) ++i;
      std::string_view w = s.substr(start, i - start);
      if (number) {
        // "1st", "21st": keep the digits
        std::size_t digits = 0;
        while (digits < w.size() && std::isdigit(static_cast<unsigned char>(w[digits]))) ++digits;
        w = w.substr(0, digits);
      }
      words.push_back({w, number});
    } else {
      ++i;
    }
  }
  return words;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

std::optional<CivilDate> parse_iso_date(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return std::nullopt;
  }
  CivilDate d{to_int(s.substr(0, 4)), to_int(s.substr(5, 2)), to_int(s.substr(8, 2))};
  if (!valid(d)) return std::nullopt;
  return d;
}

std::optional<CivilDate> find_date(std::string_view s) {
  for (std::size_t i = 0; i + 10 <= s.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(s[i])) && (i == 0 || !std::isdigit(static_cast<unsigned char>(s[i - 1])))) {
      if (auto d = parse_iso_date(s.substr(i, 10))) return d;
    }
  }
  const std::vector<Word> words = words_of(s);
  for (std::size_t i = 0; i + 2 < words.size(); ++i) {
    // "October 1, 2010" / "Oct. 1 2010"
    if (int m = month_number(words[i].text); m && words[i + 1].number && words[i + 2].number && words[i + 2].text.size() == 4 &&
                                             words[i + 1].text.size() <= 2) {
      CivilDate d{to_int(words[i + 2].text), m, to_int(words[i + 1].text)};
      if (valid(d)) return d;
    }
    // "1 October 2010"
    if (int m = month_number(words[i + 1].text); m && words[i].number && words[i + 2].number && words[i + 2].text.size() == 4 &&
                                                 words[i].text.size() <= 2) {
      CivilDate d{to_int(words[i + 2].text), m, to_int(words[i].text)};
      if (valid(d)) return d;
    }
  }
  return std::nullopt;
}

}  // namespace newsgraph
