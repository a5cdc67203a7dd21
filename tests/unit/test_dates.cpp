// Dates, as the stages read them (language/dates.hpp): a date written in a
// line ("October 1, 2010", "1 October 2010", "2010-10-01"), month and weekday
// names, day arithmetic, and a weekday resolved against the article's date
// ("met on Thursday" in an article of 2025-05-02 is 2025-05-01).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "helpers.hpp"
#include "language/dates.hpp"

using namespace newsgraph;

namespace {

// The first date find_date reads in `text`, as ISO, or "none".
std::string first_date(std::string_view text) {
  const std::optional<CivilDate> date = find_date(text);
  return date ? date->iso() : "none";
}

std::string iso_or_none(std::string_view text) {
  const std::optional<CivilDate> date = parse_iso_date(text);
  return date ? date->iso() : "none";
}

struct Row {
  const char* input;
  const char* expected;
};

}  // namespace

TEST_CASE("a date written in a line, in the orders news writes it") {
  const Row rows[] = {
      {"October 1, 2010", "2010-10-01"},
      {"Oct. 1 2010", "2010-10-01"},
      {"1 October 2010", "2010-10-01"},
      {"09 July 2022", "2022-07-09"},
      {"2010-10-01", "2010-10-01"},
      {"Published 21 June 2024 10:14 IST", "2024-06-21"},
      {"Updated: Sept. 3, 2019 at noon", "2019-09-03"},
      {"1st October 2010", "2010-10-01"},
      {"SATURDAY, MARCH 8, 2025", "2025-03-08"},
      // The first complete date wins; an invalid one is passed over.
      {"April 31, 2024 or rather May 2, 2024", "2024-05-02"},
      {"from 2024-03-01 to 2024-03-09", "2024-03-01"},
      // Not a complete date.
      {"June 2024", "none"},
      {"on June 5", "none"},
      {"Mayday 5 2010", "none"},
      {"October 100, 2010", "none"},
      {"October 1, 10", "none"},
      {"12024-01-01", "none"},
      {"the year 1750: March 3, 1750", "none"},
  };
  for (const Row& row : rows) {
    const std::string input = row.input;
    CAPTURE(input);
    CHECK(first_date(row.input) == row.expected);
  }
}

TEST_CASE("February 29 is a date in leap years only") {
  const Row rows[] = {
      {"February 29, 2024", "2024-02-29"},
      {"29 February 2000", "2000-02-29"},  // divisible by 400: a leap year
      {"Feb. 29, 2028", "2028-02-29"},
      {"2024-02-29", "2024-02-29"},
      {"February 29, 2023", "none"},
      {"29 February 1900", "none"},  // divisible by 100, not by 400: no leap year
      {"2023-02-29", "none"},
      {"Feb 29 2100", "none"},
      {"February 30, 2024", "none"},
      {"February 28, 2023", "2023-02-28"},
  };
  for (const Row& row : rows) {
    const std::string input = row.input;
    CAPTURE(input);
    CHECK(first_date(row.input) == row.expected);
  }
  CHECK(iso_or_none("2024-02-29") == "2024-02-29");
  CHECK(iso_or_none("2023-02-29") == "none");
  CHECK(iso_or_none("1900-02-29") == "none");
  CHECK(iso_or_none("2000-02-29") == "2000-02-29");
}

TEST_CASE("an ISO date, alone or opening a timestamp") {
  const Row rows[] = {
      {"2025-05-02", "2025-05-02"},
      {"2025-05-02T10:00:00Z", "2025-05-02"},
      {"2025-13-01", "none"},
      {"2025-00-10", "none"},
      {"2025-06-31", "none"},
      {"2025-06-00", "none"},
      {"2025/06/01", "none"},
      {"25-06-01", "none"},
      {"1799-12-31", "none"},
      {"", "none"},
  };
  for (const Row& row : rows) {
    const std::string input = row.input;
    CAPTURE(input);
    CHECK(iso_or_none(row.input) == row.expected);
  }
}

TEST_CASE("month and weekday names in any case, abbreviations with a period") {
  const struct {
    const char* word;
    int month;
    int weekday;
  } rows[] = {
      {"January", 1, -1}, {"Jan.", 1, -1}, {"SEPT", 9, -1}, {"sept.", 9, -1}, {"may", 5, -1},
      {"Thursday", 0, 3}, {"MONDAY", 0, 0}, {"Sunday", 0, 6},
      {"Mayday", 0, -1}, {"Ma", 0, -1}, {"Junes", 0, -1}, {"Thursdays", 0, -1}, {"", 0, -1},
  };
  for (const auto& row : rows) {
    const std::string word = row.word;
    CAPTURE(word);
    CHECK(month_number(row.word) == row.month);
    CHECK(weekday_number(row.word) == row.weekday);
  }
}

TEST_CASE("days since 1970 and back, and weekdays, across leap days") {
  const struct {
    CivilDate date;
    long days;
    int weekday;  // Monday = 0
  } rows[] = {
      {{1970, 1, 1}, 0, 3},
      {{1969, 12, 31}, -1, 2},
      {{2000, 2, 29}, 11016, 1},
      {{2000, 3, 1}, 11017, 2},
      {{2024, 2, 29}, 19782, 3},
      {{2025, 5, 2}, 20210, 4},
  };
  for (const auto& row : rows) {
    const std::string date = row.date.iso();
    CAPTURE(date);
    CHECK(days_from_civil(row.date) == row.days);
    CHECK(civil_from_days(row.days).iso() == date);
    CHECK(weekday_of(row.date) == row.weekday);
  }
  // Day after February 28: the 29th in a leap year, March 1 otherwise.
  CHECK(civil_from_days(days_from_civil({2024, 2, 28}) + 1).iso() == "2024-02-29");
  CHECK(civil_from_days(days_from_civil({2023, 2, 28}) + 1).iso() == "2023-03-01");
  CHECK(civil_from_days(days_from_civil({1900, 2, 28}) + 1).iso() == "1900-03-01");
}

TEST_CASE("a meeting's weekday is resolved against the article's date") {
  const struct {
    const char* text;
    const char* article_date;
    const char* meeting_date;
  } rows[] = {
      // Back for a meeting held, forward for one planned; the same weekday planned is a week on.
      {"Ana Sousa met Tomas Berg on Thursday.", "2025-05-02", "2025-05-01"},
      {"Ana Sousa met Tomas Berg on Friday.", "2025-05-02", "2025-05-02"},
      {"Ana Sousa will meet Tomas Berg on Monday.", "2025-05-02", "2025-05-05"},
      {"Ana Sousa will meet Tomas Berg on Friday.", "2025-05-02", "2025-05-09"},
      // Across the end of February.
      {"Ana Sousa met Tomas Berg on Thursday.", "2024-03-01", "2024-02-29"},
      {"Ana Sousa met Tomas Berg on Tuesday.", "2023-03-01", "2023-02-28"},
      // Without an article date the weekday stays in words.
      {"Ana Sousa met Tomas Berg on Thursday.", "", "Thursday"},
  };
  for (const auto& row : rows) {
    const std::string text = row.text;
    CAPTURE(text);
    const std::string article_date = row.article_date;
    CAPTURE(article_date);
    const Document doc = testing::process(row.text, row.article_date);
    REQUIRE(doc.meetings.size() == 1);
    CHECK(doc.meetings.front().participants == std::vector<std::string>{"person:ana-sousa", "person:tomas-berg"});
    CHECK(doc.meetings.front().date == row.meeting_date);
  }
}

TEST_CASE("a date line or a metadata date gives the article its date, a date that cannot be does not") {
  CHECK(testing::process("February 29, 2024\n\nAna Sousa met Tomas Berg.").date == "2024-02-29");
  CHECK(testing::process("February 29, 2023\n\nAna Sousa met Tomas Berg.").date.empty());
  CHECK(normalize_date("2024-02-29T08:00:00Z") == "2024-02-29");
  CHECK(normalize_date("2023-02-29T08:00:00Z").empty());
  CHECK(normalize_date("Wed, 29 Feb 2023 08:00:00 GMT").empty());
}
