#include <string>

#include "newsgraph/build.hpp"

namespace newsgraph {

std::string skipped_summary(const BuildResult& result) {
  std::string line = std::to_string(result.skipped) + " input(s) skipped";
  for (std::size_t i = 0; i < result.skipped_inputs.size() && i < 10; ++i) {
    line += (i == 0 ? ": " : ", ") + result.skipped_inputs[i];
  }
  if (result.skipped_inputs.size() > 10) line += ", and " + std::to_string(result.skipped_inputs.size() - 10) + " more";
  return line;
}

}  // namespace newsgraph
