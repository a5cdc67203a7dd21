// The lock of a graph being updated: flock(2) on "GRAPH.lock" beside it.
//
// The lock file is left in place after the run: removing it would let a
// process that opened it before the removal lock a file no one else sees.
// The kernel drops the lock when the process ends, however it ends.
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>

#include "newsgraph/build.hpp"
#include "newsgraph/error.hpp"

namespace newsgraph {
namespace {

// The process id its holder wrote into the lock file, or "".
std::string holder_of(int fd) {
  char buffer[32] = {};
  const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
  if (n <= 0) return {};
  std::string pid(buffer, static_cast<std::size_t>(n));
  while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
  return pid;
}

}  // namespace

GraphLock::GraphLock(const std::string& graph_path, const std::function<void(const std::string&)>& waiting) {
  path_ = graph_path + ".lock";
  std::error_code ec;
  const std::filesystem::path parent = std::filesystem::path(path_).parent_path();
  if (!parent.empty() && !std::filesystem::is_directory(parent, ec)) return;  // no folder: no graph there to lose
  fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd_ < 0) throw Error(path_, std::string("cannot create the lock file of the graph: ") + std::strerror(errno));
  if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK) fail("cannot lock the graph");
    if (waiting) {
      const std::string pid = holder_of(fd_);
      waiting(graph_path + ": another newsgraph" + (pid.empty() ? "" : " (process " + pid + ")") +
              " is updating this graph; waiting for it to finish");
    }
    while (::flock(fd_, LOCK_EX) != 0) {
      if (errno != EINTR) fail("cannot lock the graph");
    }
  }
  // The holder's process id, for another process's waiting message only: the lock holds without it.
  const std::string pid = std::to_string(::getpid()) + "\n";
  if (::ftruncate(fd_, 0) == 0) (void)!::pwrite(fd_, pid.data(), pid.size(), 0);
}

void GraphLock::fail(const std::string& what) {
  const int error = errno;
  ::close(fd_);
  fd_ = -1;
  throw Error(path_, what + ": " + std::strerror(error));
}

GraphLock::~GraphLock() {
  if (fd_ >= 0) ::close(fd_);  // closing the last descriptor drops the lock
}

}  // namespace newsgraph
