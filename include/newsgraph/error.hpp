// The one exception type of the library. Messages say where: a path, and a
// line or byte offset when there is one. The CLI prints `newsgraph: <what()>`.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace newsgraph {

/// `text` as it may be printed on a terminal or in a log line: control
/// characters (line breaks, escape, C1, line and paragraph separators,
/// bidirectional overrides) become `\n`, `\r`, `\t`, `\xHH` or `\u{HHHH}`,
/// and bytes that are not UTF-8 become `\xHH`. A file named "a\nnewsgraph: ok"
/// cannot forge a message line. Everything else is kept as it is.
std::string printable(std::string_view text);

class Error : public std::runtime_error {
 public:
  /// `where` is a path (may be empty), `line` is 1-based or 0 when not known.
  Error(const std::string& where, const std::string& problem, std::size_t line = 0)
      : std::runtime_error(format(where, problem, line)) {}

 private:
  static std::string format(const std::string& where, const std::string& problem, std::size_t line) {
    if (where.empty()) return problem;
    if (line == 0) return printable(where) + ": " + problem;
    return printable(where) + ":" + std::to_string(line) + ": " + problem;
  }
};

}  // namespace newsgraph
