// Limits and bad input at the library level: sniffing, caps, strict mode,
// directory walks that report instead of stopping.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "helpers.hpp"
#include "newsgraph/error.hpp"
#include "newsgraph/limits.hpp"
#include "newsgraph/read.hpp"

using namespace newsgraph;
namespace fs = std::filesystem;

TEST_CASE("sniff_binary names what is not text") {
  struct Case {
    std::string bytes;
    std::string expected;
  };
  const Case cases[] = {
      {"%PDF-1.7\n", "PDF document"},
      {std::string("\x89PNG\r\n\x1A\n\0\0", 10), "PNG image"},
      {std::string("PK\x03\x04\x14\0", 6), "zip archive (or a .docx/.odt/.epub)"},
      {std::string("\x7F" "ELF\x02\x01", 6), "ELF executable"},
      {std::string(100, '\x01'), "binary data (100% control bytes)"},
      {"plain text\r\nwith lines\tand tabs\f", ""},
      {std::string("\xFF\xFEH\0i\0", 6), ""},  // UTF-16 with a BOM is text
      {"text with one " + std::string(1, '\0') + " NUL byte in the middle of a long enough line", ""},
      {"", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.bytes);
    CHECK(sniff_binary(c.bytes) == c.expected);
  }
  CHECK(sniff_binary(std::string("H\0e\0l\0l\0o\0", 10)).find("UTF-16 without a byte-order mark?") != std::string::npos);
}

TEST_CASE("make_document cuts at the size cap and strict mode refuses repairs") {
  Limits limits;
  limits.max_document_bytes = 12;
  Document doc = make_document("d", "d.txt", "first line\nsecond line\n", limits);
  CHECK(doc.text == "first line\n");
  REQUIRE(doc.warnings.size() == 1);
  CHECK(doc.warnings[0] == "text of 23 bytes cut to its first 11 (limit: --max-document-bytes 12)");
  // No line break or space before the cap: cut at a character boundary.
  limits.max_document_bytes = 4;
  CHECK(make_document("d", "d.txt", "ab\xC3\xA9\xC3\xA9", limits).text == "ab\xC3\xA9");
  limits.max_document_bytes = 3;
  CHECK(make_document("d", "d.txt", "ab\xC3\xA9\xC3\xA9", limits).text == "ab");
  limits.max_document_bytes = 1000;
  limits.strict = true;
  CHECK_THROWS_WITH_AS(make_document("d", "d.txt", "ok \xC3( bad", limits), "d.txt: invalid UTF-8 at byte 3 (refused: --strict)",
                       Error);
  CHECK(make_document("d", "d.txt", "all good", limits).warnings.empty());
}

TEST_CASE("line numbers, warning messages") {
  CHECK(line_of_offset("a\nb\r\nc\rd", 0) == 1);
  CHECK(line_of_offset("a\nb\r\nc\rd", 2) == 2);
  CHECK(line_of_offset("a\nb\r\nc\rd", 5) == 3);
  CHECK(line_of_offset("a\nb\r\nc\rd", 7) == 4);
  CHECK(warning_message("a.txt", "12: sentence split") == "a.txt:12: sentence split");
  CHECK(warning_message("a.txt", "3 NUL bytes replaced with spaces") == "a.txt: 3 NUL bytes replaced with spaces");
  CHECK(warning_message("a.txt", "invalid UTF-8 at byte 4") == "a.txt: invalid UTF-8 at byte 4");
}

TEST_CASE("long sentences are split, mentions capped, with warnings") {
  std::string text = "Intro line.\n";
  for (int i = 0; i < 50; ++i) text += "word ";
  text += "end.\n";
  Document doc = make_document("d", "d.txt", text);
  Limits limits;
  limits.max_sentence_tokens = 10;
  extract(doc, testing::lexicon(), limits);
  for (const Sentence& s : doc.sentences) CHECK(s.end_token - s.first_token <= 10);
  REQUIRE_FALSE(doc.warnings.empty());
  CHECK(doc.warnings.back() == "2: a sentence longer than 10 tokens (longest 52) split into pieces (limit: --max-sentence-tokens)");

  Document many = make_document("m", "m.txt", "Japan and France.\nGermany and Italy.\nSpain and Chile.\n");
  limits.max_mentions = 3;
  extract(many, testing::lexicon(), limits);
  CHECK(many.mentions.size() <= 3);
  REQUIRE_FALSE(many.warnings.empty());
  CHECK(many.warnings.back().rfind("2: more than 3 names and titles (6)", 0) == 0);
  for (const Token& t : many.tokens) CHECK(t.span.begin < many.text.find("Italy"));
}

TEST_CASE("collect_inputs reports bad entries and goes on") {
  const fs::path root = fs::temp_directory_path() / ("newsgraph-test-limits-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "sub");
  std::ofstream(root / "good.txt") << "Good.";
  fs::create_symlink(root / "missing.txt", root / "dangling.txt");
  fs::create_symlink(root / "b.txt", root / "a.txt");
  fs::create_symlink(root / "a.txt", root / "b.txt");
  fs::create_directory_symlink(root, root / "sub" / "up");
  std::vector<Error> problems;
  const auto files = collect_inputs({root.string(), (root / "good.txt/").string()}, problems);
  REQUIRE(files.size() == 1);
  CHECK(files[0] == (root / "good.txt").string());
  std::vector<std::string> messages;
  for (const Error& e : problems) messages.emplace_back(e.what());
  const std::vector<std::string> expected = {
      (root / "a.txt").string() + ": symbolic link loop, skipped",
      (root / "b.txt").string() + ": symbolic link loop, skipped",
      (root / "dangling.txt").string() + ": dangling symbolic link (its target does not exist), skipped",
      (root / "sub" / "up").string() + ": symbolic link loop (leads back to a folder being read), not followed",
      (root / "good.txt/").string() + ": not a directory (a file path with a trailing '/'?)",
  };
  CHECK(messages == expected);
  CHECK_THROWS_WITH_AS(read_document((root / "sub").string()), ((root / "sub").string() + ": is a directory, expected an article file").c_str(),
                       Error);
  std::ofstream(root / "empty.txt").close();
  CHECK_THROWS_WITH_AS(read_document((root / "empty.txt").string()), ((root / "empty.txt").string() + ": empty file; skipped").c_str(),
                       Error);
  fs::remove_all(root);
}
