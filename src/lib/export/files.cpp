#include "export/files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "newsgraph/error.hpp"

namespace newsgraph {

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  namespace fs = std::filesystem;
  const fs::path target(path_);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string temp_name(1, '.');
  temp_name.append(target.filename().string()).append(".XXXXXX");
  temp_ = (dir / temp_name).string();
  fd_ = mkstemp(temp_.data());
  if (fd_ < 0) throw Error(dir.string(), "cannot write here: " + std::string(std::strerror(errno)));
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) {
    ::close(fd_);
    ::unlink(temp_.c_str());
  }
}

void AtomicFile::fail(const std::string& what) {
  const int err = errno;
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  ::unlink(temp_.c_str());
  throw Error(path_, what + ": " + std::string(std::strerror(err)));
}

void AtomicFile::write(std::string_view content) {
  const char* p = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    const ssize_t n = ::write(fd_, p, left);
    if (n < 0) fail("write failed");
    p += n;
    left -= static_cast<std::size_t>(n);
  }
}

void AtomicFile::commit() {
  if (::fsync(fd_) != 0) fail("write failed");
  const int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) {
    const int err = errno;
    ::unlink(temp_.c_str());
    throw Error(path_, "write failed: " + std::string(std::strerror(err)));
  }
  ::chmod(temp_.c_str(), 0644);
  if (std::rename(temp_.c_str(), path_.c_str()) != 0) {
    const int err = errno;
    ::unlink(temp_.c_str());
    throw Error(path_, "cannot replace file: " + std::string(std::strerror(err)));
  }
}

void write_file_atomically(const std::string& path, const std::string& content) {
  AtomicFile file(path);
  file.write(content);
  file.commit();
}


void write_files_atomically(const std::string& dir, const std::vector<ExportFile>& files) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw Error(dir, "cannot create output directory: " + ec.message());
  for (const ExportFile& file : files) write_file_atomically((std::filesystem::path(dir) / file.name).string(), file.content);
}

}  // namespace newsgraph
