// What a meeting's sentence says besides who met: whether it was held, is
// planned or was called off (the trigger words around it), when (a weekday
// resolved against the article's date, a date, "last week"), where (a place
// named in the sentence), and which country a visit went to.
#pragma once

#include <cstddef>
#include <string>

#include "language/relate/rules.hpp"

namespace newsgraph::rules {

/// What the words around a meeting trigger say of it.
struct MeetingState {
  MeetingStatus status = MeetingStatus::held;
  bool negated = false;  ///< "did not meet": no meeting, unless it was called off
  /// "postponed to Thursday": put off to a new date, so called off as first set and planned again; the
  /// token where the words of putting it off start (the new date follows them), else npos.
  std::size_t rescheduled_at = static_cast<std::size_t>(-1);
};

/// Which words before a trigger set its status: "mod" words (expected to)
/// from `from` on, "aux" words (will, could) right before it or, when the
/// trigger sits in a subordinate phrase, anywhere before it.
struct StatusScope {
  std::size_t from = 0;
  bool mod = true;
  bool aux_anywhere = false;
  bool after = false;  ///< words after the trigger count too
};

/// The status of the meeting `trigger` names in sentence `sentence`.
MeetingState meeting_status(const Analysis& a, std::size_t sentence, const Hit& trigger, const StatusScope& scope);

/// The date of a meeting told in sentence `s`: a weekday resolved against
/// the document's date (forward when `planned`, else back), an explicit date,
/// or the words ("last week", or the weekday when the document has no date);
/// empty when the sentence names no time.
std::string meeting_date(const Reading& ctx, const Sentence& s, bool planned);
/// The same, read from token `first` up to (not including) token `end` of the sentence.
std::string meeting_date(const Reading& ctx, std::size_t first, std::size_t end, bool planned);

/// The id of the place where the meeting `trigger` names took place: the
/// first place named after the trigger in sentence `s`, else before it;
/// empty if none.
std::string meeting_place(const Analysis& a, const Sentence& s, const Hit& trigger);

/// The country a visit went to, named in the words from token p on (a
/// country, or a capital of a country of the document); -1 if none.
int visited_country(const Analysis& a, std::size_t p, std::size_t end);

}  // namespace newsgraph::rules
