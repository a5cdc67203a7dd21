#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "newsgraph/error.hpp"
#include "newsgraph/read.hpp"

using namespace newsgraph;
namespace fs = std::filesystem;

TEST_CASE("make_document decodes and repairs text") {
  SUBCASE("UTF-8 BOM is dropped") { CHECK(make_document("d", "d", "\xEF\xBB\xBFHi").text == "Hi"); }
  SUBCASE("UTF-16LE with BOM is decoded") {
    const std::string bytes("\xFF\xFEH\0i\0", 6);
    CHECK(make_document("d", "d", bytes).text == "Hi");
  }
  SUBCASE("UTF-16BE with BOM is decoded") {
    const std::string bytes("\xFE\xFF\0H\0i", 6);
    CHECK(make_document("d", "d", bytes).text == "Hi");
  }
  SUBCASE("invalid UTF-8 is replaced and reported with its offset") {
    const Document doc = make_document("d", "d", "ab\xC3(cd");
    CHECK(doc.text == "ab\xEF\xBF\xBD(cd");
    REQUIRE(doc.warnings.size() == 1);
    CHECK(doc.warnings[0] == "invalid UTF-8 at byte 2 (replaced with U+FFFD)");
  }
  SUBCASE("NUL bytes become spaces") {
    const Document doc = make_document("d", "d", std::string("a\0b", 3));
    CHECK(doc.text == "a b");
    CHECK(doc.warnings.size() == 1);
  }
  CHECK(make_document("d", "d", "abc").sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("collect_inputs expands directories and names bad paths") {
  const fs::path root = fs::temp_directory_path() / "newsgraph-test-read";
  fs::remove_all(root);
  fs::create_directories(root / "sub");
  fs::create_directories(root / "empty");
  std::ofstream(root / "b.txt") << "B";
  std::ofstream(root / "sub" / "a.txt") << "A";
  std::ofstream(root / "notes.md") << "not an article";

  const auto files = collect_inputs({root.string()});
  REQUIRE(files.size() == 2);
  CHECK(files[0] == (root / "b.txt").string());
  CHECK(files[1] == (root / "sub" / "a.txt").string());

  CHECK_THROWS_WITH_AS(collect_inputs({(root / "missing.txt").string()}),
                       ((root / "missing.txt").string() + ": no such file or directory").c_str(), Error);
  CHECK_THROWS_WITH_AS(collect_inputs({(root / "empty").string()}),
                       ((root / "empty").string() + ": directory holds no articles (*.txt, *.jsonl, *.html)").c_str(), Error);
  CHECK_THROWS_WITH_AS(read_document((root / "sub").string()),
                       ((root / "sub").string() + ": is a directory, expected an article file").c_str(), Error);
  const Document doc = read_document((root / "b.txt").string());
  CHECK(doc.id == "b");
  CHECK(doc.text == "B");
  fs::remove_all(root);
}
