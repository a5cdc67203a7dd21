#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "newsgraph/error.hpp"
#include "newsgraph/read.hpp"

using namespace newsgraph;
namespace fs = std::filesystem;

TEST_CASE("JSON Lines: a record becomes a document, extra fields kept in meta") {
  const Document doc = document_from_json_line(
      R"({"id":"a1","url":"https://x.example/a1","date":"2025-05-02T10:00:00Z","title":" Talks ","text":"Kato met Bessent.","lang":"en","tags":["trade",2]})",
      "dump.jsonl", 4);
  CHECK(doc.id == "a1");
  CHECK(doc.source == "https://x.example/a1");
  CHECK(doc.date == "2025-05-02");
  CHECK(doc.title == "Talks");
  CHECK(doc.text == "Kato met Bessent.");
  CHECK(doc.text_origin == "as_read");
  CHECK(doc.meta == std::map<std::string, std::string>{{"lang", "\"en\""}, {"tags", "[\"trade\",2]"}});
  CHECK(doc.warnings.empty());
}

TEST_CASE("JSON Lines: ids, sources and dates when fields are missing or odd") {
  const Document no_id = document_from_json_line(R"({"text":"Some words."})", "d.jsonl", 7);
  CHECK(no_id.id == "doc-" + no_id.sha256.substr(0, 16));
  CHECK(no_id.source == "d.jsonl:7");
  CHECK(document_from_json_line(R"({"id":42,"text":"x y"})", "d.jsonl", 1).id == "42");
  const Document bad_date = document_from_json_line(R"({"id":"b","date":"someday","text":"x y"})", "d.jsonl", 2);
  CHECK(bad_date.date.empty());
  REQUIRE(bad_date.warnings.size() == 1);
  CHECK(bad_date.warnings[0] == "date \"someday\" not understood, ignored");
}

TEST_CASE("JSON Lines: every shape of record is read as nlohmann_json reads it") {
  // Lines of the usual shape are read by simdjson, the others by
  // nlohmann_json: each line's document must be the one nlohmann_json alone gives.
  struct Case {
    std::string line;
    std::string id, title;
    std::map<std::string, std::string> meta;
  };
  const std::vector<Case> cases = {
      {R"({"id":"a","title":"T","text":"x y","n":-5,"big":18446744073709551615,"ok":true,"none":null})",
       "a", "T", {{"big", "18446744073709551615"}, {"n", "-5"}, {"none", "null"}, {"ok", "true"}}},
      {R"({"text":"x y","nested":{"b":[1,{"c":"\u00e9\n"}],"a":{}},"list":[]})",
       "", "", {{"list", "[]"}, {"nested", "{\"a\":{},\"b\":[1,{\"c\":\"é\\n\"}]}"}}},
      // Numbers with a fraction or an exponent, as nlohmann_json writes them back.
      {R"({"text":"x y","f":1.50,"z":-0,"e":1E2,"g":[0.1]})", "", "", {{"e", "100.0"}, {"f", "1.5"}, {"g", "[0.1]"}, {"z", "0"}}},
      // A repeated key: the last one counts.
      {R"({"text":"first","title":"A","title":"B","id":"x","id":7})", "7", "B", {}},
      {R"({"id":null,"title":null,"text":"x y","url":null})", "", "", {}},
      {R"(  {"text":"x \"quoted\" y","id":"k\u00e9"}  )", "ké", "", {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.line);
    const Document doc = document_from_json_line(c.line, "d.jsonl", 1);
    CHECK(doc.id == (c.id.empty() ? "doc-" + doc.sha256.substr(0, 16) : c.id));
    CHECK(doc.title == c.title);
    CHECK(doc.meta == c.meta);
  }
  CHECK(document_from_json_line(R"({"text":"first","text":"second"})", "d.jsonl", 1).text == "second");
  CHECK(document_from_json_line(R"({"text":"x \"quoted\" y"})", "d.jsonl", 1).text == "x \"quoted\" y");
}

TEST_CASE("JSON Lines: a bad line is an Error that names file and line") {
  struct Case {
    std::string line, message;
  };
  const std::vector<Case> cases = {
      {R"({"id":"a","text":"x")", "d.jsonl:3: not valid JSON at column 21: syntax error while parsing object - unexpected end of input; expected '}'"},
      {R"(["not","an","object"])", "d.jsonl:3: not a JSON object (expected one article per line)"},
      {R"({"id":"a"})", "d.jsonl:3: no \"text\" field"},
      {R"({"id":"a","text":5})", "d.jsonl:3: \"text\" is not a string"},
      {R"({"id":"a","text":"  "})", "d.jsonl:3: \"text\" is empty"},
      {R"({"id":[1],"text":"x"})", "d.jsonl:3: \"id\" is not a string or a whole number"},
      {R"({"id":"a","title":7,"text":"x"})", "d.jsonl:3: \"title\" is not a string"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.line);
    CHECK_THROWS_WITH_AS(document_from_json_line(c.line, "d.jsonl", 3), c.message.c_str(), Error);
  }
}

TEST_CASE("normalize_date reads the usual metadata forms") {
  CHECK(normalize_date("2025-05-02") == "2025-05-02");
  CHECK(normalize_date(" 2025-05-02T23:59:00+09:00") == "2025-05-02");
  CHECK(normalize_date("May 2, 2025") == "2025-05-02");
  CHECK(normalize_date("Fri, 02 May 2025 10:00:00 GMT") == "2025-05-02");
  CHECK(normalize_date("yesterday").empty());
  CHECK(normalize_date("").empty());
}

TEST_CASE("HTML: main text extracted, boilerplate elements and captions dropped, title and date from the head") {
  const std::string page = R"(<!DOCTYPE html><html><head><title>Kato meets Bessent | Wire</title>
<meta property="article:published_time" content="2025-05-02T08:00:00Z"><style>p{color:red}</style>
<script>var x = "Scott Bessent";</script></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<aside>Most read: Something else</aside>
<article><header><h1>Japan and US  hold talks</h1></header>
<p>Katsunobu Kato met
   Scott Bessent in Washington.</p><p>“It went well,” Kato said.<br>More later.</p>
<figure><img src="a.jpg"><figcaption>Kato and Bessent</figcaption></figure>
<div hidden>hidden text</div><footer>Share this</footer></article>
<footer>Copyright Wire</footer></body></html>)";
  const Document doc = document_from_html("p1", "p1.html", page);
  CHECK(doc.text == "Japan and US hold talks\n\nKatsunobu Kato met Scott Bessent in Washington.\n\n“It went well,” Kato said.\nMore later.");
  CHECK(doc.title == "Kato meets Bessent | Wire");
  CHECK(doc.date == "2025-05-02");
  CHECK(doc.text_origin == "extracted");
  CHECK(doc.id == "p1");
  CHECK(doc.sha256 == make_document("x", "x", doc.text).sha256);
}

TEST_CASE("HTML: <main> wins, og:title and <time> are fallbacks, entities decoded, empty pages refused") {
  const Document doc = document_from_html(
      "p", "p.html",
      "<html><head><meta property='og:title' content='OG  title'></head><body><p>menu</p><main><p>Fish &amp; chips"
      "&nbsp;today</p><time datetime='2024-09-04'>Wed</time></main></body></html>");
  CHECK(doc.text == "Fish & chips\u00A0today\n\nWed");
  CHECK(doc.title == "OG title");
  CHECK(doc.date == "2024-09-04");
  CHECK_THROWS_WITH_AS(document_from_html("e", "e.html", "<html><body><script>x()</script></body></html>"),
                       "e.html: no text in the HTML page", Error);
}

TEST_CASE("HTML: a story sentence with linked names stays, a line of links goes") {
  const std::string page =
      "<html><body><div class='story'>"
      "<p>Japanese Finance Minister Katsunobu Kato met U.S. Treasury Secretary Scott Bessent in Washington on Thursday.</p>"
      "<p><a href='/kato'>Kato</a> met <a href='/bessent'>Scott Bessent</a> again on Friday.</p>"
      "<p>Read more: <a href='/x'>Yen slides against the dollar for a third day</a></p>"
      "<p>The two men discussed exchange rates, tariffs and the yen, officials said after the talks.</p>"
      "</div></body></html>";
  const std::string text = document_from_html("l", "l.html", page).text;
  CHECK(text.find("Kato met Scott Bessent again on Friday.") != std::string::npos);
  CHECK(text.find("Read more") == std::string::npos);
  CHECK(text.find("Yen slides") == std::string::npos);
}

TEST_CASE("input formats by name, globs and standard input") {
  CHECK(input_format_of("a/b.jsonl") == InputFormat::jsonl);
  CHECK(input_format_of("a/b.NDJSON") == InputFormat::jsonl);
  CHECK(input_format_of("b.htm") == InputFormat::html);
  CHECK(input_format_of("b.txt") == InputFormat::text);
  CHECK(input_format_of("-") == InputFormat::automatic);
  CHECK(input_format_from_string("html") == InputFormat::html);
  CHECK_FALSE(input_format_from_string("pdf"));

  const fs::path root = fs::temp_directory_path() / "newsgraph-test-formats";
  fs::remove_all(root);
  fs::create_directories(root / "d");
  std::ofstream(root / "d" / "a.jsonl") << "{\"id\":\"x\",\"text\":\"A\"}\n";
  std::ofstream(root / "d" / "b.html") << "<p>B</p>";
  std::ofstream(root / "d" / "c.txt") << "C";
  std::ofstream(root / "d" / "notes.md") << "no";
  const auto all = collect_inputs({(root / "d").string()});
  CHECK(all == std::vector<std::string>{(root / "d" / "a.jsonl").string(), (root / "d" / "b.html").string(),
                                        (root / "d" / "c.txt").string()});
  CHECK(collect_inputs({(root / "d" / "*.t?t").string(), "-"}) ==
        std::vector<std::string>{(root / "d" / "c.txt").string(), "-"});
  CHECK_THROWS_WITH_AS(collect_inputs({(root / "d" / "*.pdf").string()}),
                       ((root / "d" / "*.pdf").string() + ": no file matches this pattern").c_str(), Error);
  fs::remove_all(root);
}

TEST_CASE("ArticleReader streams files and JSON Lines, one article at a time, with line numbers") {
  const fs::path root = fs::temp_directory_path() / "newsgraph-test-reader";
  fs::remove_all(root);
  fs::create_directories(root);
  std::ofstream(root / "a.jsonl") << "{\"id\":\"1\",\"text\":\"one\"}\n\n{broken\r\n{\"id\":\"3\",\"text\":\"three\"}";
  std::ofstream(root / "b.txt") << "Plain text.";
  std::istringstream no_stdin;
  ArticleReader reader({(root / "a.jsonl").string(), (root / "missing.jsonl").string(), (root / "b.txt").string()},
                       InputFormat::automatic, no_stdin);
  RawArticle raw;
  REQUIRE(reader.next(raw));
  CHECK(raw.line == 1);
  CHECK(raw.format == InputFormat::jsonl);
  CHECK(decode_article(raw).id == "1");
  REQUIRE(reader.next(raw));
  CHECK(raw.line == 3);
  CHECK(raw.bytes == "{broken");
  CHECK_THROWS_WITH_AS(decode_article(raw), ((root / "a.jsonl").string() + ":3: not valid JSON at column 2: syntax error while parsing object key - invalid literal; last read: '{b'; expected string literal").c_str(), Error);
  REQUIRE(reader.next(raw));
  CHECK(raw.line == 4);
  CHECK(decode_article(raw).text == "three");
  CHECK_THROWS_WITH_AS(reader.next(raw), ((root / "missing.jsonl").string() + ": cannot open file for reading").c_str(), Error);
  REQUIRE(reader.next(raw));
  CHECK(raw.format == InputFormat::text);
  const Document b = decode_article(raw);
  CHECK(b.id == "b");
  CHECK(b.text == "Plain text.");
  CHECK_FALSE(reader.next(raw));
  CHECK(reader.bytes_read() > 0);
  fs::remove_all(root);
}

TEST_CASE("ArticleReader: standard input's first byte tells its format") {
  SUBCASE("JSON Lines") {
    std::istringstream in("\n  {\"id\":\"s1\",\"text\":\"x\"}\n{\"id\":\"s2\",\"text\":\"y\"}\n");
    ArticleReader reader({"-"}, InputFormat::automatic, in);
    RawArticle raw;
    REQUIRE(reader.next(raw));
    CHECK(raw.line == 2);
    CHECK(decode_article(raw).id == "s1");
    REQUIRE(reader.next(raw));
    CHECK(decode_article(raw).id == "s2");
    CHECK_FALSE(reader.next(raw));
  }
  SUBCASE("HTML") {
    std::istringstream in("<html><body><p>Hello there.</p></body></html>");
    ArticleReader reader({"-"}, InputFormat::automatic, in);
    RawArticle raw;
    REQUIRE(reader.next(raw));
    const Document doc = decode_article(raw);
    CHECK(doc.id == "stdin");
    CHECK(doc.text == "Hello there.");
  }
  SUBCASE("text keeps its leading white space, so offsets stay true") {
    std::istringstream in("\n Text here.");
    ArticleReader reader({"-"}, InputFormat::automatic, in);
    RawArticle raw;
    REQUIRE(reader.next(raw));
    CHECK(decode_article(raw).text == "\n Text here.");
  }
}
