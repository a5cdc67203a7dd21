// The one exception type of the library. Messages say where: a path, and a
// line or byte offset when there is one. The CLI prints `newsgraph: <what()>`.
#pragma once

#include <stdexcept>
#include <string>

namespace newsgraph {

class Error : public std::runtime_error {
 public:
  /// `where` is a path (may be empty), `line` is 1-based or 0 when not known.
  Error(const std::string& where, const std::string& problem, std::size_t line = 0)
      : std::runtime_error(format(where, problem, line)) {}

 private:
  static std::string format(const std::string& where, const std::string& problem, std::size_t line) {
    if (where.empty()) return problem;
    if (line == 0) return where + ": " + problem;
    return where + ":" + std::to_string(line) + ": " + problem;
  }
};

}  // namespace newsgraph
