// Calendar dates in news text: explicit dates and their resolution from the
// document date ("on Thursday" in an article of 2025-05-02 -> 2025-05-01).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace newsgraph {

struct CivilDate {
  int year = 0;
  int month = 0;  ///< 1..12
  int day = 0;    ///< 1..31
  std::string iso() const;  ///< "YYYY-MM-DD"
};

/// Month number for an English month name or abbreviation ("Jan.", "June"); 0 if none.
int month_number(std::string_view word);
/// Weekday number (Monday = 0) for an English weekday name; -1 if none.
int weekday_number(std::string_view word);

/// The first complete date written in `s` ("October 1, 2010", "1 October
/// 2010", "2010-10-01", "09 July 2022"), if any.
std::optional<CivilDate> find_date(std::string_view s);

/// Parses "YYYY-MM-DD".
std::optional<CivilDate> parse_iso_date(std::string_view s);

/// Days since 1970-01-01 and back (proleptic Gregorian).
long days_from_civil(const CivilDate& date);
CivilDate civil_from_days(long days);

/// The weekday of `date` (Monday = 0).
int weekday_of(const CivilDate& date);

}  // namespace newsgraph
