// Inputs built to break the reader (issue 19): each case crashed, grew
// without bound, lost text or read the wrong thing before.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "newsgraph/error.hpp"
#include "newsgraph/read.hpp"
#include "read/html_decode.hpp"
#include "read/lines.hpp"

using namespace newsgraph;
namespace fs = std::filesystem;

namespace {

std::string nested_arrays(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

std::string page_text(const std::string& page) { return document_from_html("p", "p.html", page).text; }

}  // namespace

TEST_CASE("JSON Lines: deeply nested extra fields are not kept, with a warning; the record is") {
  for (std::size_t depth : {33, 1000, 10000, 100000}) {
    CAPTURE(depth);
    const std::string line = R"({"id":"d","text":"Kato met Bessent.","lang":"en","deep":)" + nested_arrays(depth) + "}";
    const Document doc = document_from_json_line(line, "d.jsonl", 1);
    CHECK(doc.text == "Kato met Bessent.");
    CHECK(doc.meta == std::map<std::string, std::string>{{"lang", "\"en\""}});
    REQUIRE(doc.warnings.size() == 1);
    CHECK(doc.warnings[0] == "1 field(s) not kept in meta, nested deeper than 32 levels (first: \"deep\")");
  }
  // 32 levels are kept as they are.
  const Document kept = document_from_json_line(R"({"text":"x y","ok":)" + nested_arrays(32) + "}", "d.jsonl", 1);
  CHECK(kept.meta.at("ok") == nested_arrays(32));
  CHECK(kept.warnings.empty());
}

TEST_CASE("JSON Lines: metadata past 64 KiB per record is not kept, with a warning") {
  const std::string big(40000, 'x');
  const std::string line = R"({"text":"x y","a":")" + big + R"(","b":")" + big + R"(","c":1})";
  const Document doc = document_from_json_line(line, "d.jsonl", 1);
  CHECK(doc.meta.count("a") == 1);
  CHECK(doc.meta.count("b") == 0);
  CHECK(doc.meta.at("c") == "1");
  REQUIRE(doc.warnings.size() == 1);
  CHECK(doc.warnings[0] == "1 field(s) not kept in meta, past 64 KiB of metadata per record (first: \"b\")");
}

TEST_CASE("LineReader: LF, CRLF and lone CR end lines; UTF-16 and UTF-32 with a BOM are decoded") {
  const auto lines_of = [](const std::string& bytes) {
    std::istringstream in(bytes);
    LineReader reader(in, 1 << 20);
    std::vector<std::string> out;
    std::string line;
    while (reader.next(line)) out.push_back(line);
    return out;
  };
  CHECK(lines_of("a\nb\r\nc\rd") == std::vector<std::string>{"a", "b", "c", "d"});
  CHECK(lines_of("a\r\rb\n") == std::vector<std::string>{"a", "", "b"});
  CHECK(lines_of("\xEF\xBB\xBF{\"text\":\"x\"}\n") == std::vector<std::string>{"{\"text\":\"x\"}"});
  const std::string utf16le("\xFF\xFE{\0\"\0\xE9\0\"\0}\0\r\0{\0}\0", 18);
  CHECK(lines_of(utf16le) == std::vector<std::string>{"{\"é\"}", "{}"});
  const std::string utf16be("\xFE\xFF\0a\0\n\0b", 8);
  CHECK(lines_of(utf16be) == std::vector<std::string>{"a", "b"});
  const std::string utf32le("\xFF\xFE\0\0x\0\0\0\n\0\0\0y\0\0\0", 16);
  CHECK(lines_of(utf32le) == std::vector<std::string>{"x", "y"});
  // A character split across the reader's 64 KiB chunks comes out whole.
  std::string long_utf16("\xFF\xFE", 2);
  for (int i = 0; i < 40000; ++i) long_utf16 += std::string("\xE9\0", 2);
  const auto decoded = lines_of(long_utf16);
  REQUIRE(decoded.size() == 1);
  CHECK(decoded[0].size() == 80000);
}

TEST_CASE("LineReader: a line past the cap is reported by its length, not kept") {
  std::istringstream in("short\n" + std::string(100000, 'x') + "\nnext\r\n");
  LineReader reader(in, 1000);
  std::string line;
  REQUIRE(reader.next(line));
  CHECK(line == "short");
  REQUIRE(reader.next(line));
  CHECK(reader.too_long());
  CHECK(reader.length() == 100000);
  CHECK(line.empty());
  CHECK(line.capacity() < 100000);
  REQUIRE(reader.next(line));
  CHECK_FALSE(reader.too_long());
  CHECK(line == "next");
  CHECK(reader.line_number() == 3);
  CHECK_FALSE(reader.next(line));
}

TEST_CASE("ArticleReader: a JSON Lines line past 8 x --max-document-bytes is skipped with its line number") {
  Limits limits;
  limits.max_document_bytes = 1000;
  CHECK(max_json_line_bytes(limits) == 8000);
  std::istringstream in("{\"id\":\"a\",\"text\":\"one\"}\r{\"id\":\"b\",\"text\":\"" + std::string(20000, 'x') +
                        "\"}\r{\"id\":\"c\",\"text\":\"three\"}");
  ArticleReader reader({"-"}, InputFormat::jsonl, in, limits);
  RawArticle raw;
  REQUIRE(reader.next(raw));
  CHECK(decode_article(raw, limits).id == "a");
  CHECK_THROWS_WITH_AS(reader.next(raw), "-:2: line of 20020 bytes skipped: longer than 8000 bytes (8 x --max-document-bytes)", Error);
  REQUIRE(reader.next(raw));
  CHECK(raw.line == 3);
  CHECK(decode_article(raw, limits).id == "c");
  CHECK_FALSE(reader.next(raw));
}

TEST_CASE("ArticleReader: a UTF-16 JSON Lines file is read like a UTF-8 one") {
  const fs::path path = fs::temp_directory_path() / "newsgraph-test-utf16.jsonl";
  std::string bytes("\xFF\xFE", 2);
  for (char c : std::string("{\"id\":\"u\",\"text\":\"Kato met Bessent.\"}\r\n{\"id\":\"v\",\"text\":\"Two.\"}\r\n")) {
    bytes += c;
    bytes += '\0';
  }
  std::ofstream(path, std::ios::binary) << bytes;
  std::istringstream no_stdin;
  ArticleReader reader({path.string()}, InputFormat::automatic, no_stdin);
  RawArticle raw;
  REQUIRE(reader.next(raw));
  CHECK(decode_article(raw).text == "Kato met Bessent.");
  REQUIRE(reader.next(raw));
  CHECK(raw.line == 2);
  CHECK(decode_article(raw).id == "v");
  CHECK_FALSE(reader.next(raw));
  fs::remove(path);
}

TEST_CASE("HTML: deep nesting, NUL bytes, a DOCTYPE's internal subset and 175k attributes") {
  const std::string deep = "<html><body>" + std::string("<div>") + "";
  for (std::size_t depth : {255, 256, 300, 5000, 50000}) {
    CAPTURE(depth);
    std::string page = "<html><body>";
    for (std::size_t i = 0; i < depth; ++i) page += "<div>";
    page += "<p>Deep text of the story.</p>";
    for (std::size_t i = 0; i < depth; ++i) page += "</div>";
    page += "<p>Text after the deep part.</p></body></html>";
    const std::string text = page_text(page);
    CHECK(text.find("Deep text of the story.") != std::string::npos);
    CHECK(text.find("Text after the deep part.") != std::string::npos);
  }
  const Document nul = document_from_html("n", "n.html", std::string("<html><body>\0<p>Kato met\0 Bessent.</p></body></html>", 52));
  CHECK(nul.text == "Kato met Bessent.");
  CHECK(nul.warnings == std::vector<std::string>{"2 NUL bytes dropped from the page"});
  CHECK(page_text("<!DOCTYPE html [ <!ENTITY x \"Subset words\"> <!ELEMENT p ANY> ]><html><body><p>Story.</p></body></html>") ==
        "Story.");
  std::string many = "<html><body><p";
  for (int i = 0; i < 175000; ++i) many += " a" + std::to_string(i) + "=\"1\"";
  many += ">Kato met Bessent.</p></body></html>";
  const Document attrs = document_from_html("a", "a.html", many);
  CHECK(attrs.text == "Kato met Bessent.");
  CHECK(attrs.warnings == std::vector<std::string>{"1 tag(s) with more than 256 attributes: the rest of their attributes ignored"});
}

TEST_CASE("HTML decoding follows the WHATWG Encoding Standard") {
  CHECK(html::encoding_for_label(" ISO-8859-1 ") == "windows-1252");
  CHECK(html::encoding_for_label("latin1") == "windows-1252");
  CHECK(html::encoding_for_label("ascii") == "windows-1252");
  CHECK(html::encoding_for_label("utf8") == "UTF-8");
  CHECK(html::encoding_for_label("gb2312") == "GBK");
  CHECK(html::encoding_for_label("klingon").empty());
  struct Case {
    std::string page, text, encoding;
  };
  const std::vector<Case> cases = {
      // Declared ISO-8859-1, written as windows-1252: curly quotes are 0x93/0x94.
      {"<meta charset=iso-8859-1><p>\x93" "Caf\xe9\x94</p>", "\xE2\x80\x9C" "Caf\xC3\xA9\xE2\x80\x9D", "windows-1252"},
      {"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>Caf\xe9</p>", "Caf\xC3\xA9", "windows-1252"},
      // A BOM wins over the meta tag, and the parser does not decode twice.
      {"\xEF\xBB\xBF<meta charset=iso-8859-1><p>Jos\xC3\xA9</p>", "Jos\xC3\xA9", "UTF-8"},
      {"<meta charset=\"windows-1251\"><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>", "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82", "windows-1251"},
      // Undeclared: UTF-8 when valid, windows-1252 when not UTF-8 at all.
      {"<p>Jos\xC3\xA9</p>", "Jos\xC3\xA9", "UTF-8"},
      {"<p>Jos\xE9 Pe\xF1" "a</p>", "Jos\xC3\xA9 Pe\xC3\xB1" "a", "windows-1252"},
      // A page declaring UTF-16 in itself is read as UTF-8.
      {"<meta charset=utf-16><p>Jos\xC3\xA9</p>", "Jos\xC3\xA9", "UTF-8"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.page);
    CHECK(html::decode_page(c.page).encoding == c.encoding);
    CHECK(page_text(c.page) == c.text);
  }
  // A UTF-8 page with one stray byte keeps its UTF-8; the byte alone becomes U+FFFD.
  const std::string stray = "<meta charset=utf-8><p>Jos\xC3\xA9 and Pe\xF1" "a and Mu\xC3\xB1oz</p>";
  const Document doc = document_from_html("s", "s.html", stray);
  CHECK(doc.text == "Jos\xC3\xA9 and Pe\xEF\xBF\xBD" "a and Mu\xC3\xB1oz");
  CHECK(doc.warnings == std::vector<std::string>{"invalid UTF-8 at byte 35 of the page (1 replaced with U+FFFD)"});
  const std::string undeclared = "<p>Jos\xC3\xA9, Mu\xC3\xB1oz, G\xC3\xB3mez and Pe\xC3\xB1" "a met \xFF here.</p>";
  CHECK(html::decode_page(undeclared).encoding == "UTF-8");
  Limits strict;
  strict.strict = true;
  CHECK_THROWS_WITH_AS(document_from_html("s", "s.html", stray, strict),
                       "s.html: invalid UTF-8 at byte 35 of the page (refused: --strict)", Error);
}

TEST_CASE("NFC: a name typed with a combining accent reads as the precomposed one") {
  const Document nfd = make_document("d", "d", "Jose\xCC\x81 met Mari\xCC\x81" "a.");
  const Document nfc = make_document("c", "c", "Jos\xC3\xA9 met Mar\xC3\xAD" "a.");
  CHECK(nfd.text == nfc.text);
  CHECK(nfd.sha256 == nfc.sha256);
  REQUIRE(nfd.warnings.size() == 1);
  CHECK(nfd.warnings[0].rfind("text normalized to Unicode NFC", 0) == 0);
  CHECK(nfc.warnings.empty());
  CHECK(document_from_json_line("{\"text\":\"Jose\\u0301 met.\"}", "d.jsonl", 1).text == "Jos\xC3\xA9 met.");
}

TEST_CASE("printable: control characters in paths and messages are escaped, text is kept") {
  CHECK(printable("news/a.txt") == "news/a.txt");
  CHECK(printable("Jos\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D") == "Jos\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D");
  CHECK(printable("a\nnewsgraph: forged.txt") == "a\\nnewsgraph: forged.txt");
  CHECK(printable("x\x1B[2Jy\r\t") == "x\\x1B[2Jy\\r\\t");
  CHECK(printable("bad\xFF byte") == "bad\\xFF byte");
  CHECK(printable("c1\xC2\x9B" "31m") == "c1\\u{009B}31m");
  CHECK(printable("rtl\xE2\x80\xAE" "txt.exe") == "rtl\\u{202E}txt.exe");
  CHECK(std::string(Error("dir/a\nb.txt", "empty file; skipped").what()) == "dir/a\\nb.txt: empty file; skipped");
}

TEST_CASE("collect_inputs: a symbolic link leading out of an input folder is not followed unless asked") {
  const fs::path root = fs::temp_directory_path() / "newsgraph-test-links";
  fs::remove_all(root);
  fs::create_directories(root / "in" / "sub");
  fs::create_directories(root / "outside");
  std::ofstream(root / "in" / "a.txt") << "A";
  std::ofstream(root / "outside" / "secret.txt") << "S";
  fs::create_symlink(root / "outside" / "secret.txt", root / "in" / "secret.txt");
  fs::create_symlink(root / "outside", root / "in" / "outdir");
  fs::create_symlink(root / "in" / "a.txt", root / "in" / "sub" / "inside.txt");  // stays inside: followed

  std::vector<Error> problems;
  const auto files = collect_inputs({(root / "in").string()}, problems);
  CHECK(files == std::vector<std::string>{(root / "in" / "a.txt").string(), (root / "in" / "sub" / "inside.txt").string()});
  REQUIRE(problems.size() == 2);
  CHECK(std::string(problems[1].what()) ==
        (root / "in" / "secret.txt").string() + ": symbolic link to " + fs::canonical(root / "outside" / "secret.txt").string() +
            ", outside the folder being read: not followed (--follow-links follows it)");

  problems.clear();
  const auto followed = collect_inputs({(root / "in").string()}, problems, true);
  CHECK(problems.empty());
  CHECK(followed.size() == 4);
  // A link named on the command line is the user's choice.
  problems.clear();
  CHECK(collect_inputs({(root / "in" / "secret.txt").string()}, problems).size() == 1);
  CHECK(problems.empty());
  fs::remove_all(root);
}
