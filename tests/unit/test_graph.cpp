#include <doctest/doctest.h>

#include "graph/ids.hpp"
#include "helpers.hpp"
#include "newsgraph/export.hpp"
#include "newsgraph/graph.hpp"

using namespace newsgraph;

TEST_CASE("documents merge by id: aliases and mentions united, sha256 repeats skipped") {
  Graph graph;
  const Document a = testing::process("Japanese Prime Minister Kenji Morimoto met US President John Carter in Tokyo on Monday.");
  Document b = testing::process("Morimoto said Japan and the U.S. would meet again. Kenji Morimoto spoke in Osaka.");
  b.id = std::string("b");  // not = "b": GCC 12 warns falsely (-Wrestrict) on that assignment
  CHECK(graph.add_document(a));
  CHECK(graph.add_document(b));
  CHECK_FALSE(graph.add_document(a));  // the same text again adds nothing
  CHECK(graph.documents().size() == 2);

  const NodeData* us = graph.find_node("country:US");
  REQUIRE(us != nullptr);
  CHECK(us->label == "United States");
  CHECK(us->aliases.contains("US"));
  CHECK(us->aliases.contains("U.S."));
  const NodeData* morimoto = graph.find_node("person:kenji-morimoto");
  REQUIRE(morimoto != nullptr);
  CHECK(morimoto->aliases.contains("Morimoto"));
  std::set<std::string> docs;
  for (const DocSpan& s : morimoto->mentions) docs.insert(s.doc);
  CHECK(docs == std::set<std::string>{"b", "test"});
}

TEST_CASE("merge of two graphs equals one graph built from both documents") {
  const Document a = testing::process("Japanese Prime Minister Kenji Morimoto met US President John Carter in Tokyo.");
  Document b = testing::process("Carter said the talks with Morimoto were useful.");
  b.id = std::string("b");  // not = "b": GCC 12 warns falsely (-Wrestrict) on that assignment
  Graph one, left, right;
  one.add_document(a);
  one.add_document(b);
  left.add_document(a);
  right.add_document(b);
  left.merge(right);
  REQUIRE(one.nodes().size() == left.nodes().size());
  for (std::size_t i = 0; i < one.nodes().size(); ++i) {
    CHECK(one.nodes()[i]->id == left.nodes()[i]->id);
    CHECK(one.nodes()[i]->aliases == left.nodes()[i]->aliases);
    CHECK(one.nodes()[i]->mentions == left.nodes()[i]->mentions);
  }
  CHECK(one.edges().size() == left.edges().size());
  CHECK(one.meetings().size() == left.meetings().size());
  CHECK(one.statements().size() == left.statements().size());
}

TEST_CASE("a known person is one node across articles however each names them") {
  Graph graph;
  Document a = testing::process("US President Barack Obama met Japanese officials in Tokyo.");
  Document b = testing::process("Obama told reporters the talks with Japan were useful.");
  b.id = std::string("b");  // not = "b": GCC 12 warns falsely (-Wrestrict) on that assignment
  graph.add_document(a);
  graph.add_document(b);
  const NodeData* obama = graph.find_node("person:barack-obama");
  REQUIRE(obama != nullptr);
  CHECK(obama->aliases.contains("Obama"));
  CHECK(graph.find_node("person:obama") == nullptr);
  std::set<std::string> docs;
  for (const DocSpan& s : obama->mentions) docs.insert(s.doc);
  CHECK(docs == std::set<std::string>{"b", "test"});
}

TEST_CASE("evidence_text folds white space and cuts long sentences at a character boundary") {
  const std::string long_words = [] {
    std::string s;
    while (s.size() < 310) s += "word ";
    return s;
  }();
  // 296 ASCII bytes then "é" (2 bytes): the cut at 297 falls inside it.
  const std::string accented = std::string(296, 'a') + "\xc3\xa9" + std::string(20, 'b');
  struct Case {
    std::string text;
    Span span;
    std::string expected;
  };
  const Case cases[] = {
      {"Morimoto met Carter.", {0, 20}, "Morimoto met Carter."},
      {"  Morimoto met Carter.  ", {0, 24}, "Morimoto met Carter."},
      {"Morimoto  met\n\tCarter.", {0, 22}, "Morimoto met Carter."},
      {"Morimoto met\r\nCarter.\f\v", {0, 23}, "Morimoto met Carter."},
      {"xx Carter said yes. yy", {3, 19}, "Carter said yes."},
      {" \n\t ", {0, 4}, ""},
      {"short", {2, 9}, ""},  // past the end of the text
      {"short", {3, 3}, ""},  // empty span
      {std::string(299, 'a'), {0, 299}, std::string(299, 'a')},
      {std::string(300, 'a'), {0, 300}, std::string(297, 'a') + "\u2026"},
      {long_words, {0, static_cast<std::uint32_t>(long_words.size())}, long_words.substr(0, 297) + "\u2026"},
      {accented, {0, static_cast<std::uint32_t>(accented.size())}, std::string(296, 'a') + "\u2026"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const Document doc = make_document("t", "t.txt", c.text);
    CHECK(evidence_text(doc, {c.span}) == c.expected);
  }
  CHECK(evidence_text(make_document("t", "t.txt", "text"), {}) == "");
}

TEST_CASE("evidence_text folds white space wherever it falls in the text") {
  // Runs of white space at every offset (eight bytes are looked at at a
  // time), against a plain fold: the words joined by single spaces.
  const auto plain_fold = [](const std::string& text) {
    std::string out, word;
    for (const char c : text + " ") {
      if (c == ' ' || (c >= '\t' && c <= '\r')) {
        if (!word.empty()) out += (out.empty() ? "" : " ") + word;
        word.clear();
      } else {
        word += c;
      }
    }
    return out;
  };
  for (const std::string gap : {" ", "  ", "\n", " \t", "! ", " !", "\x01"}) {
    for (std::size_t at = 0; at <= 20; ++at) {
      const std::string text = std::string(at, 'x') + gap + std::string(25 - at, 'y') + " z";
      CAPTURE(text);
      const Document doc = make_document("t", "t.txt", text);
      CHECK(evidence_text(doc, {{0, static_cast<std::uint32_t>(text.size())}}) == plain_fold(text));
    }
  }
}

// --- ids ----------------------------------------------------------------------

TEST_CASE("met_pairs: across sides when there are two or more, else every pair") {
  struct Case {
    std::vector<std::string> participants;
    std::vector<std::vector<std::string>> sides;
    std::vector<std::pair<std::string, std::string>> expected;
  };
  const Case cases[] = {
      {{"b", "a", "c"}, {}, {{"b", "a"}, {"b", "c"}, {"a", "c"}}},  // no sides: every pair, in participant order
      {{"a", "b"}, {{"b"}}, {{"a", "b"}}},                           // one side is no sides
      {{"a", "b", "c"}, {{"c"}, {"a", "b"}}, {{"a", "c"}, {"b", "c"}}},  // across: the smaller id first
      {{"a", "b", "c"}, {{"a"}, {"b"}, {"c"}}, {{"a", "b"}, {"a", "c"}, {"b", "c"}}},
      {{"a", "b"}, {{"a"}, {"a", "b"}}, {{"a", "a"}, {"a", "b"}}},  // one person on both sides: a pair of one
      {{"a"}, {}, {}},
  };
  for (const Case& c : cases) {
    Meeting m;
    m.participants = c.participants;
    m.sides = c.sides;
    std::vector<std::pair<std::string, std::string>> got;
    for (const auto& [x, y] : detail::met_pairs(m)) got.emplace_back(*x, *y);
    CHECK(got == c.expected);
  }
}

TEST_CASE("ids: a prefix and 16 hex digits of the content they stand for, nothing else") {
  detail::IdMaker ids;
  const auto hex16 = [](const std::string& id, const std::string& prefix) {
    return id.starts_with(prefix) && id.size() == prefix.size() + 16 &&
           id.find_first_not_of("0123456789abcdef", prefix.size()) == std::string::npos;
  };
  const Relation r{"holds_office", "person:a", "office:JP:finance-minister", {}, {{0, 5}}};
  Relation moved = r;
  moved.evidence = {{40, 60}};
  moved.attributes = {{"x", "y"}};
  CHECK(hex16(ids.relation_edge(r), "e:"));
  CHECK(ids.relation_edge(r) == ids.relation_edge(moved));  // one relation however often and wherever it is said
  Relation other = r;
  other.type = "affiliated_with";
  CHECK(ids.relation_edge(r) != ids.relation_edge(other));

  Meeting m;
  m.participants = {"person:a", "person:b"};
  m.evidence = {{10, 50}};
  const std::string meeting = ids.meeting("sha-1", m);
  CHECK(hex16(meeting, "m:"));
  CHECK(ids.meeting("sha-1", m) == meeting);
  CHECK(ids.meeting("sha-2", m) != meeting);  // another text: another meeting
  Meeting later = m;
  later.evidence = {{60, 90}};
  CHECK(ids.meeting("sha-1", later) != meeting);  // told apart by where they are told
  Meeting dated = m;
  dated.date = "2025-05-02";
  CHECK(ids.meeting("sha-1", dated) == meeting);  // the date read is not part of the id
  CHECK(ids.met_edge("person:a", "person:b", meeting) != ids.met_edge("person:a", "person:b", ids.meeting("sha-2", m)));

  Statement s;
  s.speaker = "person:a";
  s.text = "We agreed";
  s.evidence = {{0, 20}};
  CHECK(hex16(ids.statement("sha-1", s), "s:"));
  Statement reworded = s;
  reworded.text = "We disagreed";
  CHECK(ids.statement("sha-1", s) != ids.statement("sha-1", reworded));
}

// --- the handle -----------------------------------------------------------------

TEST_CASE("a Graph moves without copying and copies into an independent graph") {
  Graph graph;
  graph.add_document(testing::process("Japanese Prime Minister Kenji Morimoto met US President John Carter in Tokyo."));
  const NodeData* node = graph.find_node("person:kenji-morimoto");
  REQUIRE(node != nullptr);
  const std::size_t edges = graph.edges().size();
  REQUIRE(edges > 0);

  Graph moved = std::move(graph);
  CHECK(moved.find_node("person:kenji-morimoto") == node);  // the same node: nothing was copied
  CHECK(graph.nodes().empty());                             // NOLINT(bugprone-use-after-move): left empty
  CHECK(graph.documents().empty());                         // NOLINT(bugprone-use-after-move)
  graph.add_document(testing::process("Claire Dubois met John Carter in Paris."));
  CHECK(graph.find_node("person:claire-dubois") != nullptr);  // and usable

  Graph copy = moved;
  CHECK(copy.find_node("person:kenji-morimoto") != node);
  REQUIRE(copy.edges().size() == edges);
  // The copy's edges are its own, indexed: folding the document again unites, adds nothing.
  copy.fold_document(testing::process("Japanese Prime Minister Kenji Morimoto met US President John Carter in Tokyo."));
  CHECK(copy.edges().size() == edges);
  copy.merge(graph);
  CHECK(copy.find_node("person:claire-dubois") != nullptr);
  CHECK(moved.find_node("person:claire-dubois") == nullptr);  // the original is untouched

  Graph assigned;
  assigned = std::move(copy);
  CHECK(assigned.find_node("person:claire-dubois") != nullptr);
  CHECK(copy.edges().empty());  // NOLINT(bugprone-use-after-move)
}

// --- dates ----------------------------------------------------------------------

TEST_CASE("one text read with two dates: one document, one meeting, the smaller date, in any order") {
  const std::string text = "Kenji Morimoto met John Carter in Tokyo on Monday.";
  const Document may = testing::process(text, "2025-05-07");
  const Document june = testing::process(text, "2025-06-04");
  Graph forward, backward;
  CHECK(forward.add_document(may));
  CHECK_FALSE(forward.add_document(june));  // the text is known; the other date still counts
  CHECK(backward.add_document(june));
  CHECK_FALSE(backward.add_document(may));
  CHECK(graph_to_json_text(forward) == graph_to_json_text(backward));
  REQUIRE(forward.documents().size() == 1);
  CHECK(forward.documents().begin()->second.date == "2025-05-07");  // the smaller record
  REQUIRE(forward.meetings().size() == 1);
  CHECK(forward.meetings().begin()->second.date == "2025-05-05");  // the Monday before the smaller date
}
