// Output files that are complete or absent: every file is written to a
// temporary file beside its target and renamed into place, so a failed or
// killed run never leaves half a file and never replaces a good one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/export.hpp"
#include "newsgraph/export_db.hpp"
#include "newsgraph/graph.hpp"

namespace newsgraph {

/// Writes `content` to `path` through a temporary file and a rename.
/// Throws Error naming the path on failure.
void write_file_atomically(const std::string& path, const std::string& content);

/// A file written piece by piece into a temporary file beside `path` and
/// renamed into place by commit(); destroyed uncommitted, it leaves nothing
/// behind. Lets a large output go to disk as it is produced. Throws Error
/// naming the path on failure.
class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();
  void write(std::string_view content);
  void commit();
  const std::string& path() const { return path_; }

 private:
  [[noreturn]] void fail(const std::string& what);
  std::string path_, temp_;
  int fd_ = -1;
};

/// graph_to_json_text(graph), written into `file` as it is produced: the
/// text of a large graph is never held in memory whole. The text is made on
/// `jobs` threads and written in order (the same bytes for any `jobs`).
/// With `shard`: the graph as that shard's graph.json (OutputOptions::shard).
void write_graph_json(const Graph& graph, AtomicFile& file, std::size_t jobs = 1, const Shard* shard = nullptr);

/// Writes every file into `dir` (created if missing) through write_file_atomically.
/// Throws Error naming the folder or file on failure.
void write_files_atomically(const std::string& dir, const std::vector<ExportFile>& files);

}  // namespace newsgraph
