// The fuzz targets (tests/fuzz/fuzz_targets.hpp) over their seed corpus and
// every saved crash, in the ordinary test run: a crash that fuzzing once
// found stays fixed, with or without libFuzzer.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>

#include "../fuzz/fuzz_targets.hpp"

namespace fs = std::filesystem;

TEST_CASE("fuzz seeds and regressions run clean through every target") {
  using Target = int (*)(const std::uint8_t*, std::size_t);
  const std::map<std::string, Target> targets = {
      {"pipeline", newsgraph::fuzz::pipeline},     {"read_text", newsgraph::fuzz::read_text},
      {"read_html", newsgraph::fuzz::read_html},   {"read_jsonl", newsgraph::fuzz::read_jsonl},
      {"lexicon", newsgraph::fuzz::lexicon},
  };
  std::size_t inputs = 0;
  for (const char* kind : {"corpus", "regressions"}) {
    for (const auto& [name, target] : targets) {
      const fs::path dir = fs::path(NEWSGRAPH_SOURCE_DIR) / "tests" / "fuzz" / kind / name;
      if (!fs::is_directory(dir)) continue;
      for (const auto& entry : fs::directory_iterator(dir)) {
        if (!entry.is_regular_file() || entry.path().filename() == ".gitkeep") continue;
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        CAPTURE(entry.path().string());
        // Every target sees every input: a seed for one reader is odd input for the others.
        for (const auto& other_target : targets) {
          const auto& other_name = other_target.first;
          const auto& other = other_target.second;
          CAPTURE(other_name);
          CHECK(other(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()) == 0);
        }
        ++inputs;
      }
    }
  }
  CHECK(inputs >= 10);
}
