// Standard output in large writes: extract's fragments reach it a megabyte
// at a time, with one writev per block instead of a write per line.
#include <sys/uio.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <string>
#include <vector>

#include "newsgraph/error.hpp"
#include "newsgraph/export.hpp"

namespace newsgraph {

void write_to_stdout(std::vector<std::string>& texts) {
  std::vector<iovec> parts;
  parts.reserve(texts.size());
  for (std::string& text : texts) {
    if (!text.empty()) parts.push_back({text.data(), text.size()});
  }
  std::size_t first = 0;
  while (first < parts.size()) {
    const int count = static_cast<int>(std::min<std::size_t>(parts.size() - first, IOV_MAX));
    const ssize_t written = ::writev(STDOUT_FILENO, parts.data() + first, count);
    if (written < 0) {
      if (errno == EINTR) continue;
      throw Error("standard output", std::strerror(errno));
    }
    auto left = static_cast<std::size_t>(written);
    while (first < parts.size() && left >= parts[first].iov_len) left -= parts[first++].iov_len;
    if (left > 0) {
      parts[first].iov_base = static_cast<char*>(parts[first].iov_base) + left;
      parts[first].iov_len -= left;
    }
  }
  texts.clear();
}

}  // namespace newsgraph
