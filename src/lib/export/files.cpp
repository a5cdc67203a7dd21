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


namespace {

// Writes `content` to a new file at `path` and flushes it to the disk.
void write_new_file(const std::string& path, const std::string& content) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) throw Error(path, "cannot write here: " + std::string(std::strerror(errno)));
  const char* p = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      const int err = errno;
      ::close(fd);
      throw Error(path, "write failed: " + std::string(std::strerror(err)));
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) throw Error(path, "write failed: " + std::string(std::strerror(errno)));
}

// Puts the folder `made` where `target` is, in one step: exchanged with the
// old folder (renameat2), which then goes; a plain rename when there is none.
// A file system without renameat2's flags gets two renames instead, the old
// folder set aside first (a kill between them leaves it under its temporary name).
void replace_folder(const std::string& made, const std::string& target) {
  std::error_code ec;
  const bool exists = std::filesystem::exists(std::filesystem::symlink_status(target, ec));
  if (exists && !std::filesystem::is_directory(std::filesystem::symlink_status(target, ec))) {
    throw Error(target, "exists and is not a folder");
  }
  const int flags = exists ? RENAME_EXCHANGE : RENAME_NOREPLACE;
  if (::renameat2(AT_FDCWD, made.c_str(), AT_FDCWD, target.c_str(), static_cast<unsigned>(flags)) == 0) {
    if (exists) std::filesystem::remove_all(made, ec);  // the old folder, now under the temporary name
    return;
  }
  if (errno == EINVAL) {
    const std::string aside = made + ".old";
    if ((!exists || std::rename(target.c_str(), aside.c_str()) == 0) && std::rename(made.c_str(), target.c_str()) == 0) {
      std::filesystem::remove_all(aside, ec);
      return;
    }
  }
  throw Error(target, "cannot replace folder: " + std::string(std::strerror(errno)));
}

}  // namespace

void write_files_atomically(const std::string& dir, const std::vector<ExportFile>& files) {
  namespace fs = std::filesystem;
  const fs::path target = fs::path(dir).lexically_normal();
  const fs::path name = target.has_filename() ? target.filename() : target.parent_path().filename();
  const fs::path parent = target.has_filename() ? target.parent_path() : target.parent_path().parent_path();
  std::error_code ec;
  if (!parent.empty()) fs::create_directories(parent, ec);
  if (ec) throw Error(dir, "cannot create output directory: " + ec.message());
  // Every file goes into a temporary folder beside the target, which then
  // replaces the target whole: a failure leaves the old folder untouched,
  // never new files beside old ones.
  std::string temp_name(1, '.');
  temp_name.append(name.string()).append(".XXXXXX");
  std::string temp = ((parent.empty() ? fs::path(".") : parent) / temp_name).string();
  if (::mkdtemp(temp.data()) == nullptr) throw Error(dir, "cannot create output directory: " + std::string(std::strerror(errno)));
  try {
    for (const ExportFile& file : files) write_new_file((fs::path(temp) / file.name).string(), file.content);
    ::chmod(temp.c_str(), 0755);
    replace_folder(temp, target.string());
  } catch (...) {
    fs::remove_all(temp, ec);
    throw;
  }
}

}  // namespace newsgraph
