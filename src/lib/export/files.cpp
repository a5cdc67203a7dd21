#include <filesystem>
#include <system_error>

#include "newsgraph/error.hpp"
#include "newsgraph/export.hpp"
#include "newsgraph/export_db.hpp"

namespace newsgraph {

void write_files_atomically(const std::string& dir, const std::vector<ExportFile>& files) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw Error(dir, "cannot create output directory: " + ec.message());
  for (const ExportFile& file : files) write_file_atomically((std::filesystem::path(dir) / file.name).string(), file.content);
}

}  // namespace newsgraph
