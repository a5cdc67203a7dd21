#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <cctype>
#include <string>

#include "export/html.hpp"
#include "helpers.hpp"
#include "newsgraph/export.hpp"

using namespace newsgraph;

namespace {

// A story whose quote tries to close the page's <script> element, open an
// HTML comment and break a line the JavaScript way (U+2028, U+2029).
Graph hostile_graph() {
  Document doc = testing::process(
      "Japanese Prime Minister Kenji Morimoto met US President John Carter in Tokyo on Monday.\n"
      "“We will close the </script><script>window.pwned = 1</script> <!-- tag & move on\u2028now\u2029,” "
      "Morimoto told reporters.",
      "2025-03-12");
  doc.title = "</SCRIPT><img src=x onerror=alert(1)>";
  Graph graph;
  graph.add_document(doc);
  return graph;
}

std::size_t count_ignoring_case(std::string text, const std::string& what) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::size_t count = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++count;
  return count;
}

}  // namespace

TEST_CASE("json_for_script escapes what could end the script element or a JavaScript line") {
  const struct {
    std::string json, expected;
  } cases[] = {
      {R"({"a":"plain"})", R"({"a":"plain"})"},
      {R"(["</script>"])", R"(["\u003c/script\u003e"])"},
      {R"(["<!--x-->"])", R"(["\u003c!--x--\u003e"])"},
      {R"(["a & b"])", R"(["a \u0026 b"])"},
      {"[\"x\u2028y\u2029z\"]", R"(["x\u2028y\u2029z"])"},
      {"[\"\u2027\u202a é 日本\"]", "[\"\u2027\u202a é 日本\"]"},  // neighbours of U+2028/9 and other text untouched
  };
  for (const auto& c : cases) {
    CAPTURE(c.json);
    const std::string escaped = json_for_script(c.json);
    CHECK(escaped == c.expected);
    CHECK(nlohmann::json::parse(escaped) == nlohmann::json::parse(c.json));
  }
}

TEST_CASE("script_for_html breaks every </script, in any case, and nothing else") {
  const struct {
    std::string script, expected;
  } cases[] = {
      {"var a = 1 < 2;", "var a = 1 < 2;"},
      {"s = '</script>';", "s = '<\\/script>';"},
      {"s = '</SCRIPT ><Script>';", "s = '<\\/SCRIPT ><Script>';"},
      {"r = /<\\/script/;", "r = /<\\/script/;"},
      {"x = '</scrip';", "x = '</scrip';"},
      {"</script", "<\\/script"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.script);
    CHECK(script_for_html(c.script) == c.expected);
  }
}

TEST_CASE("the page holds the graph's JSON, intact, and hostile article text cannot leave its element") {
  const Graph graph = hostile_graph();
  const std::string page = graph_to_html(graph);
  // The template's three script elements end where it says, and nowhere else.
  CHECK(count_ignoring_case(page, "</script") == 3);
  CHECK(count_ignoring_case(page, "<script") == 3);
  CHECK(page.find("<!--") == std::string::npos);
  CHECK(page.find("\u2028") == std::string::npos);
  CHECK(page.find("\u2029") == std::string::npos);
  for (const char* placeholder : {"{{graph.json}}", "{{generator}}", "{{explorer.js}}", "{{cytoscape.min.js}}"}) {
    CHECK(page.find(placeholder) == std::string::npos);
  }

  const std::string open = R"(<script type="application/json" id="graph-data">)";
  const std::size_t start = page.find(open);
  REQUIRE(start != std::string::npos);
  const std::size_t end = page.find("</script>", start);
  const auto embedded = nlohmann::ordered_json::parse(page.substr(start + open.size(), end - start - open.size()));
  CHECK(embedded == graph_to_json(graph));
  CHECK(embedded["documents"][0]["title"] == "</SCRIPT><img src=x onerror=alert(1)>");
  bool quote_kept = false;
  for (const auto& s : embedded["statements"]) {
    quote_kept = quote_kept || s["text"].get<std::string>().find("</script><script>window.pwned = 1</script>") != std::string::npos;
  }
  CHECK(quote_kept);
}

TEST_CASE("the page carries Cytoscape.js with its licence, the page's own script, and is the same every time") {
  const Graph graph = hostile_graph();
  const std::string page = graph_to_html(graph);
  CHECK(page.find("The Cytoscape Consortium") != std::string::npos);
  CHECK(page.find("Permission is hereby granted, free of charge") != std::string::npos);
  CHECK(page.find("const ForceLayout") != std::string::npos);
  CHECK(page.find("Content-Security-Policy") != std::string::npos);
  CHECK(page.find(std::string("newsgraph ") + kVersion) != std::string::npos);
  CHECK(page == graph_to_html(hostile_graph()));
}
