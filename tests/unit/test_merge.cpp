#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <stdexcept>

#include "export/json_writer.hpp"
#include "helpers.hpp"
#include "newsgraph/error.hpp"
#include "newsgraph/export.hpp"
#include "newsgraph/graph.hpp"
#include "newsgraph/import.hpp"
#include "base/parallel.hpp"
#include "base/text.hpp"
#include "graph/storage.hpp"

using namespace newsgraph;

namespace {

Document doc_with(const std::string& id, const std::string& text, const std::string& date = "2025-05-02") {
  Document doc = make_document(id, id + ".txt", text);
  doc.date = date;
  extract(doc, testing::lexicon());
  return doc;
}

std::vector<Document> corpus() {
  return {doc_with("a", "Japanese Prime Minister Kenji Morimoto met US President John Carter in Tokyo on Monday."),
          doc_with("b", "Carter said the talks with Morimoto were useful. \"We will meet again,\" Carter told reporters."),
          doc_with("c", "French Foreign Minister Claire Dubois spoke by phone with Morimoto on Tuesday.")};
}

std::string json_of(const Graph& g) { return graph_to_json_text(g); }

// A node as a caller makes one; the other fields empty.
NodeData node(std::string id, EntityType type, std::string label) {
  NodeData n;
  n.id = std::move(id);
  n.type = type;
  n.label = std::move(label);
  return n;
}
template <class Change>
NodeData node(std::string id, std::string label, Change change) {
  NodeData n = node(std::move(id), EntityType::person, std::move(label));
  change(n);
  return n;
}

}  // namespace

TEST_CASE("merge is commutative and associative: every order and split gives the same bytes") {
  const std::vector<Document> docs = corpus();
  Graph single;
  for (const Document& d : docs) single.add_document(d);
  const std::string expected = json_of(single);

  std::vector<std::size_t> order = {0, 1, 2};
  do {
    CAPTURE(order[0]);
    CAPTURE(order[1]);
    Graph folded;
    for (std::size_t i : order) folded.merge(Graph::fragment(docs[i]));
    CHECK(json_of(folded) == expected);
    // (x + y) + z against x + (y + z)
    Graph left = Graph::fragment(docs[order[0]]);
    left.merge(Graph::fragment(docs[order[1]]));
    left.merge(Graph::fragment(docs[order[2]]));
    Graph right = Graph::fragment(docs[order[1]]);
    right.merge(Graph::fragment(docs[order[2]]));
    Graph outer = Graph::fragment(docs[order[0]]);
    outer.merge(right);
    CHECK(json_of(left) == expected);
    CHECK(json_of(outer) == expected);
  } while (std::next_permutation(order.begin(), order.end()));
}

TEST_CASE("an article fed twice is one document, whatever its file name and the order") {
  const std::string text = "Japanese Prime Minister Kenji Morimoto met US President John Carter in Tokyo on Monday.";
  const Document first = doc_with("zeta", text);
  const Document second = doc_with("alpha", text);
  Graph ab, ba;
  CHECK(ab.add_document(first));
  CHECK_FALSE(ab.add_document(second));
  CHECK(ba.add_document(second));
  CHECK_FALSE(ba.add_document(first));
  CHECK(json_of(ab) == json_of(ba));
  REQUIRE(ab.documents().size() == 1);
  CHECK(ab.documents().begin()->first == "alpha");  // the smaller record is kept
  for (const NodeData* n : ab.nodes()) {
    for (const DocSpan& s : n->mentions) CHECK(s.doc == "alpha");  // spans follow the kept id
  }
  Graph single;
  single.add_document(first);
  CHECK(ab.meetings().size() == single.meetings().size());
  CHECK(ab.statements().size() == single.statements().size());
}

TEST_CASE("two texts under one id: the smaller sha256 keeps the id, in any order") {
  const Document x = doc_with("story", "Kenji Morimoto met John Carter in Tokyo.");
  const Document y = doc_with("story", "Claire Dubois met John Carter in Paris.");
  Graph xy, yx;
  xy.add_document(x);
  xy.add_document(y);
  yx.add_document(y);
  yx.add_document(x);
  CHECK(json_of(xy) == json_of(yx));
  const auto& [small, large] = x.sha256 < y.sha256 ? std::pair(x, y) : std::pair(y, x);
  CHECK(xy.documents().contains("story"));
  CHECK(xy.documents().at("story").sha256 == small.sha256);
  CHECK(xy.documents().contains("story-" + large.sha256.substr(0, 8)));
}

TEST_CASE("attributes and records that disagree keep the smaller value, so order does not matter") {
  Graph one, two;
  const NodeData jp = node("person:x", "X", [](NodeData& n) { n.attributes = {{"country", "country:JP"}}; });
  const NodeData us = node("person:x", "Xavier", [](NodeData& n) {
    n.aliases = {"X."};
    n.attributes = {{"country", "country:US"}, {"role", "envoy"}};
  });
  one.upsert_node(jp);
  one.upsert_node(us);
  two.upsert_node(us);
  two.upsert_node(jp);
  for (const Graph* g : {&one, &two}) {
    const NodeData* n = g->find_node("person:x");
    REQUIRE(n != nullptr);
    CHECK(n->label == "Xavier");
    CHECK(n->aliases == std::set<std::string>{"X", "X."});
    CHECK(n->attributes == std::map<std::string, std::string>{{"country", "country:JP"}, {"role", "envoy"}});
  }
}

TEST_CASE("graph_from_json reads back exactly what graph_to_json wrote") {
  Graph g;
  for (const Document& d : corpus()) g.add_document(d);
  Document meta = make_document("m", "https://x.example/m", "Kenji Morimoto met John Carter.");
  meta.meta = {{"tags", "[\"a\",{\"b\":1}]"}, {"lang", "\"en\""}};
  meta.text_origin = "extracted";
  extract(meta, testing::lexicon());
  g.add_document(meta);
  const std::string text = json_of(g);
  const Graph back = graph_from_json_text(text, "graph.json");
  CHECK(json_of(back) == text);
  CHECK(graph_to_json_line(back) == graph_to_json_line(g));
  // A copy (and a move) keeps a working graph: edges are re-indexed.
  Graph copy = back;
  Graph moved = std::move(copy);
  moved.merge(back);
  CHECK(json_of(moved) == text);
}

TEST_CASE("graph_from_json names the file, the line and the record on a problem") {
  CHECK_THROWS_WITH_AS(graph_from_json_text("{\"format\":\"x\"}", "f.jsonl", 2),
                       "f.jsonl:2: not a newsgraph graph (\"format\" is not \"newsgraph\")", Error);
  CHECK_THROWS_WITH_AS(graph_from_json_text("{nope", "f.jsonl", 3), doctest::Contains("f.jsonl:3: not JSON: "), Error);
  const std::string bad_node = R"({"format":"newsgraph","version":1,"documents":[],"nodes":[{"id":"person:a","type":"alien",
    "label":"A","aliases":[],"attributes":{},"mentions":[]}],"edges":[],"meetings":[],"statements":[]})";
  CHECK_THROWS_WITH_AS(graph_from_json_text(bad_node, "g.json"), "g.json: nodes[0] (person:a): unknown node type \"alien\"", Error);
  const std::string bad_span = R"({"format":"newsgraph","version":1,"documents":[],"nodes":[{"id":"person:a","type":"person",
    "label":"A","aliases":[],"attributes":{},"mentions":[{"doc":"d","start":0,"end":1}]}],"edges":[],"meetings":[],"statements":[]})";
  CHECK_THROWS_WITH_AS(graph_from_json_text(bad_span, "g.json"), "g.json: nodes[0] (person:a): span in unknown document \"d\"", Error);
}

TEST_CASE("run_ordered hands results over in production order for any number of jobs") {
  for (std::size_t jobs : {1u, 2u, 3u, 8u}) {
    for (std::size_t batch : {1u, 5u}) {
      CAPTURE(jobs);
      CAPTURE(batch);
      int next = 0;
      std::vector<int> seen;
      run_ordered<int, int>(
          jobs, 4, [&](int& item) { item = next; return next++ < 200; },
          [](int& item) {
            if (item % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));  // finish out of order
            return item * 2;
          },
          [&](int& result) { seen.push_back(result); }, batch);
      REQUIRE(seen.size() == 200);
      for (int i = 0; i < 200; ++i) CHECK(seen[static_cast<std::size_t>(i)] == 2 * i);
    }
  }
}

TEST_CASE("run_ordered calls produce and consume one at a time and keeps to its window") {
  // Whichever worker's results are next consumes them: two threads must
  // never be in produce, or in consume, at once; and no more items than the
  // window (in whole batches, at least one per job) are out at any time.
  for (std::size_t jobs : {2u, 4u}) {
    for (std::size_t batch : {1u, 3u}) {
      CAPTURE(jobs);
      CAPTURE(batch);
      std::atomic<int> in_produce{0}, in_consume{0};
      std::atomic<bool> overlapped{false};
      std::atomic<std::size_t> produced{0}, consumed{0}, most_out{0};
      const std::size_t window = 6;
      int next = 0;
      std::vector<int> seen;
      run_ordered<int, int>(
          jobs, window,
          [&](int& item) {
            if (in_produce.fetch_add(1) != 0) overlapped = true;
            item = next;
            const bool more = next++ < 300;
            if (more) most_out = std::max<std::size_t>(most_out, ++produced - consumed);
            in_produce.fetch_sub(1);
            return more;
          },
          [](int& item) {
            if (item % 5 == 0) std::this_thread::sleep_for(std::chrono::microseconds(100));
            return item;
          },
          [&](int& result) {
            if (in_consume.fetch_add(1) != 0) overlapped = true;
            std::this_thread::sleep_for(std::chrono::microseconds(20));
            seen.push_back(result);
            ++consumed;
            in_consume.fetch_sub(1);
          },
          batch);
      CHECK_FALSE(overlapped);
      REQUIRE(seen.size() == 300);
      for (int i = 0; i < 300; ++i) CHECK(seen[static_cast<std::size_t>(i)] == i);
      const std::size_t batches = std::max(jobs, (window + batch - 1) / batch);
      CHECK(most_out <= batches * batch);
    }
  }
}

TEST_CASE("run_ordered stops and rethrows the first exception") {
  for (std::size_t jobs : {1u, 2u}) {
    int next = 0;
    std::size_t consumed = 0;
    CHECK_THROWS_WITH_AS((run_ordered<int, int>(
                             jobs, 4, [&](int& item) { item = next++; return item < 1000; },
                             [](int& item) {
                               if (item == 50) throw Error("w", "boom");
                               return item;
                             },
                             [&](int&) { ++consumed; })),
                         "w: boom", Error);
    CHECK(consumed <= 50);
  }
}

TEST_CASE("the JSON writer's text is what nlohmann_json writes for the same values, pretty and compact") {
  // nlohmann_json's dump() is an independent writer of the same format:
  // parsing our text and dumping it again must give it back byte for byte.
  Graph g;
  for (const Document& d : corpus()) g.add_document(d);
  Document odd = make_document("odd", "odd\t\"src\"\\", "Kenji Morimoto met John Carter.\x01\nSaid \"yes\".");
  odd.title = "T\x1f\xc3\xa9";
  odd.meta = {{"n", "3"}, {"obj", "{\"a\":[1,{\"b\":null}],\"c\":{}}"}, {"empty", "[]"}, {"s", "\"x\""}};
  extract(odd, testing::lexicon());
  g.add_document(odd);
  const std::string text = graph_to_json_text(g);
  const nlohmann::ordered_json tree = nlohmann::ordered_json::parse(text);
  CHECK(text == tree.dump(1) + "\n");
  CHECK(graph_to_json_line(g) == tree.dump() + "\n");
  CHECK(graph_to_json(g) == tree);
  CHECK(graph_to_json_text(Graph()) == nlohmann::ordered_json::parse(graph_to_json_text(Graph())).dump(1) + "\n");
  // Every byte value in a string, escaped as nlohmann_json escapes it.
  std::string all_bytes;
  for (int b = 1; b < 128; ++b) all_bytes += static_cast<char>(b);
  all_bytes += "\xc3\xa9\xe2\x80\xa6";
  for (const bool pretty : {false, true}) {
    detail::JsonWriter w(pretty);
    w.begin('[');
    w.item();
    w.string(all_bytes);
    w.end(']');
    CHECK(w.take() == nlohmann::ordered_json::array({all_bytes}).dump(pretty ? 1 : -1));
  }
}

namespace {

// A document as the pipeline would not leave it: what the graph unites or
// drops (two entities or relations with one id, an edge to no node, a
// meeting listing one person on both sides, spans out of order).
Document hand_made(int variant) {
  Document doc = make_document("hand-1234abcd", "hand.txt", "Kenji Morimoto met John Carter. \"Yes,\" Carter said.");
  const auto person = [](std::string id, std::string label, std::vector<Span> mentions) {
    Entity e;
    e.id = std::move(id);
    e.label = std::move(label);
    e.aliases = {"Zed", "Carter", "Able", "Zed"};  // unsorted, repeated, one equal to a label
    e.mentions = std::move(mentions);
    return e;
  };
  doc.entities = {person("person:john-carter", "Carter", {{19, 30}, {0, 5}, {19, 30}}),
                  person("person:kenji-morimoto", "Kenji Morimoto", {{0, 14}})};
  Relation r{"affiliated_with", "person:john-carter", "person:kenji-morimoto", {{"zeta", "1"}, {"alpha", "2"}}, {{19, 30}, {0, 14}}};
  doc.relations = {r};
  Meeting m;
  m.participants = {"person:john-carter", "person:kenji-morimoto"};
  m.sides = {{"person:kenji-morimoto"}, {"person:john-carter", "person:kenji-morimoto"}};
  m.evidence = {{0, 31}};
  doc.meetings = {m};
  Statement s;
  s.speaker = "person:john-carter";
  s.text = "Yes,";
  s.about = {"person:kenji-morimoto", "person:john-carter"};
  s.evidence = {{32, 52}};
  doc.statements = {s};
  switch (variant) {
    case 1: doc.entities.push_back(person("person:john-carter", "John Carter", {{19, 30}})); break;
    case 2: doc.relations.push_back({"affiliated_with", r.source, r.target, {{"alpha", "0"}}, {{32, 38}}}); break;
    case 3: doc.relations.push_back({"holds_office", r.source, "office:XX:nowhere", {}, {{0, 5}}}); break;
    case 4: doc.meetings.push_back(m); break;
    case 5: doc.relations.front().attributes["evidence_text"] = "replaced by the sentence"; break;
    default: break;
  }
  return doc;
}

}  // namespace

TEST_CASE("a fragment written from the document is the bytes of its graph as a JSON line") {
  std::vector<Document> docs = corpus();
  Document odd = make_document("odd-0123", "odd\t\"src\"\\",
                               "Kenji Morimoto met John Carter.\x01\nSaid \"yes\" and \\no\\ to \"\"\"\"\"\"\"\" 12345678.");
  odd.title = "T\x1f\xc3\xa9 \"quoted\" 1234567\\";
  odd.meta = {{"n", "3"}, {"obj", "{\"a\":[1,{\"b\":null}],\"c\":{}}"}};
  extract(odd, testing::lexicon());
  docs.push_back(odd);
  docs.push_back(doc_with("renamed-0123abcd", "Carter met Morimoto in Paris. Morimoto said Japan and France would talk."));
  docs.push_back(doc_with("empty", ""));
  for (int variant = 0; variant <= 5; ++variant) docs.push_back(hand_made(variant));
  for (const Document& doc : docs) {
    CAPTURE(doc.id);
    const std::string expected = graph_to_json_line(Graph::fragment(doc));
    CHECK(fragment_json_line(doc) == expected);
    CHECK(expected == nlohmann::ordered_json::parse(graph_to_json_text(Graph::fragment(doc))).dump() + "\n");
  }
}

TEST_CASE("spans of one document are written as the graph's spans, pretty and compact") {
  const std::string doc_id = "an \"odd\" id";
  const std::vector<Span> spans = {{0, 5}, {7, 12}, {7, 19}};
  std::set<DocSpan> as_graph;
  for (const Span& s : spans) as_graph.insert({doc_id, s.begin, s.end});
  const std::string head = detail::one_doc_span_head(doc_id);
  for (const bool pretty : {false, true}) {
    CAPTURE(pretty);
    detail::JsonWriter from_document(pretty), from_graph(pretty);
    detail::write_spans(from_document, detail::OneDocSpans{doc_id, head, spans});
    detail::write_spans(from_graph, as_graph);
    CHECK(from_document.take() == from_graph.take());
  }
}

TEST_CASE("a node id given two types keeps the type its id names, else the smaller name, in any order, with a warning") {
  struct Case {
    std::string id;
    EntityType first, second, kept;
  };
  const Case cases[] = {
      {"person:x", EntityType::organization, EntityType::person, EntityType::person},
      {"person:x", EntityType::person, EntityType::organization, EntityType::person},
      {"organization:x", EntityType::person, EntityType::organization, EntityType::organization},
      {"thing:x", EntityType::person, EntityType::location, EntityType::location},  // no type named: "location" < "person"
      {"thing:x", EntityType::location, EntityType::person, EntityType::location},
  };
  for (const Case& c : cases) {
    CAPTURE(c.id);
    Graph one, two;
    one.upsert_node(node(c.id, c.first, "X"));
    two.upsert_node(node(c.id, c.second, "X"));
    CHECK(one.take_warnings().empty());
    Graph forward = one, backward = two;
    forward.merge(two);
    backward.merge(one);
    CHECK(forward.find_node(c.id)->type == c.kept);
    CHECK(backward.find_node(c.id)->type == c.kept);
    const std::vector<std::string> warnings = forward.take_warnings();
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].find("\"" + c.id + "\"") != std::string::npos);
    CHECK(warnings[0].find("two types") != std::string::npos);
    CHECK(forward.take_warnings().empty());  // taken
    CHECK(backward.take_warnings() == warnings);  // the same words in either order
  }
}

TEST_CASE("the label is the well-formed form the most documents use; ties to the longer, then the smaller") {
  using Votes = std::map<std::string, std::set<std::string>>;
  struct Case {
    Votes votes;
    std::string expected;
  };
  const std::string cyrillic_a = "\xd0\x90nna Keller";                                      // U+0410 then Latin
  const std::string fullwidth = "\xef\xbc\xa1\xef\xbd\x8e\xef\xbd\x8e\xef\xbd\x81 Keller";  // "Ａｎｎａ Keller"
  const std::string huge = "Anna Keller " + std::string(1 << 20, 'x');
  const Case cases[] = {
      {{{"Anna Keller", {"a", "b"}}, {"Anna Maria Keller", {"c"}}}, "Anna Keller"},  // more documents beat more bytes
      {{{"Anna Keller", {"a"}}, {"Anna Maria Keller", {"c"}}}, "Anna Maria Keller"},  // a tie: the longer
      {{{"Anna Kellerx", {"a"}}, {"Anna Kellera", {"c"}}}, "Anna Kellera"},          // then the smaller bytes
      {{{"Anna Keller", {"a"}}, {cyrillic_a, {"b", "c"}}}, "Anna Keller"},           // a word mixing scripts is unfit
      {{{"Anna Keller", {"a"}}, {fullwidth, {"b", "c"}}}, "Anna Keller"},            // compatibility characters are unfit
      {{{"Anna Keller", {"a"}}, {huge, {"b", "c"}}}, "Anna Keller"},                 // so is a megabyte
      {{{"Anna\tKeller", {"a", "b"}}, {"Anna Keller", {"c"}}}, "Anna Keller"},       // and a control character
      {{{cyrillic_a, {"a"}}, {fullwidth, {"b", "c"}}}, fullwidth},                   // none fit: the most documents
      {{{"\xd0\x90\xd0\xbd\xd0\xbd\xd0\xb0", {"a"}}, {"Anna", {}}}, "\xd0\x90\xd0\xbd\xd0\xbd\xd0\xb0"},  // all Cyrillic is fine
      {{{"\xe5\xb1\xb1\xe7\x94\xb0\xe3\x81\x95\xe3\x81\x8f\xe3\x82\x89", {"a"}}}, "\xe5\xb1\xb1\xe7\x94\xb0\xe3\x81\x95\xe3\x81\x8f\xe3\x82\x89"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.expected.substr(0, 20));
    // Every order of arrival, one vote per node: the same label and aliases.
    std::vector<std::pair<std::string, std::set<std::string>>> votes(c.votes.begin(), c.votes.end());
    std::sort(votes.begin(), votes.end());
    std::string first_aliases;
    do {
      Graph g;
      for (const auto& vote : votes) g.upsert_node(node("person:anna-keller", vote.first, [&](NodeData& n) { n.label_documents = {vote}; }));
      const NodeData* n = g.find_node("person:anna-keller");
      CHECK(n->label == c.expected);
      CHECK(n->label_documents == c.votes);
      std::string aliases;
      for (const std::string& a : n->aliases) aliases += a.substr(0, 20) + "|";
      if (first_aliases.empty()) first_aliases = aliases;
      CHECK(aliases == first_aliases);
      CHECK_FALSE(n->aliases.contains(n->label));
    } while (std::next_permutation(votes.begin(), votes.end()));
  }
}

TEST_CASE("names are kept in NFC: one form however it was typed") {
  const std::string nfd = "Jose\xcc\x81 Ramos";  // e + combining acute
  const std::string nfc = "Jos\xc3\xa9 Ramos";
  Graph g;
  g.upsert_node(node("person:jose-ramos", nfd, [&](NodeData& n) {
    n.aliases = {"Ramos", "Jose\xcc\x81"};
    n.label_documents = {{nfd, {"a"}}};
  }));
  g.upsert_node(node("person:jose-ramos", nfc, [&](NodeData& n) { n.label_documents = {{nfc, {"b"}}}; }));
  const NodeData* n = g.find_node("person:jose-ramos");
  CHECK(n->label == nfc);
  CHECK(n->label_documents == std::map<std::string, std::set<std::string>>{{nfc, {"a", "b"}}});
  CHECK(n->aliases == std::set<std::string>{"Jos\xc3\xa9", "Ramos"});
}

TEST_CASE("a node from a graph written without votes gets one from each document it is mentioned in") {
  Graph g;
  g.upsert_node(node("person:x", "Xavier Dupont", [](NodeData& n) { n.mentions = {{"a", 0, 5}, {"a", 9, 13}, {"b", 0, 5}}; }));
  CHECK(g.find_node("person:x")->label_documents == std::map<std::string, std::set<std::string>>{{"Xavier Dupont", {"a", "b"}}});
}

TEST_CASE("graph_from_json refuses what the contract's validator refuses, naming the record") {
  // One valid graph, then each problem put into it.
  const std::string sha(64, 'a');
  const auto graph = [&](const std::string& nodes, const std::string& edges, const std::string& meetings,
                         const std::string& statements, const std::string& documents = "") {
    return R"({"format":"newsgraph","version":1,"documents":[)" +
           (documents.empty() ? R"({"id":"d","source":"d.txt","title":null,"date":null,"sha256":")" + sha + R"(","bytes":40})"
                              : documents) +
           R"(],"nodes":[)" + nodes + R"(],"edges":[)" + edges + R"(],"meetings":[)" + meetings + R"(],"statements":[)" +
           statements + "]}";
  };
  const auto node = [](const std::string& id, const std::string& span = R"({"doc":"d","start":0,"end":5})") {
    return R"({"id":")" + id + R"(","type":"person","label":"X","aliases":[],"attributes":{},"mentions":[)" + span + "]}";
  };
  const std::string a = node("person:a"), b = node("person:b");
  const std::string ev = R"([{"doc":"d","start":0,"end":20}])";
  const std::string meeting = R"({"id":"m:1","participants":["person:a","person:b"],"sides":[],"status":"held","mode":null,"location":null,"date":null,"evidence":)" + ev + "}";
  const std::string met = R"({"id":"e:1","type":"met","source":"person:a","target":"person:b","attributes":{"meeting":"m:1"},"evidence":)" + ev + "}";
  const std::string statement = R"({"id":"s:1","speaker":"person:a","kind":"direct","text":"Yes","about":["person:b"],"medium":null,"evidence":)" + ev + "}";
  REQUIRE_NOTHROW(graph_from_json_text(graph(a + "," + b, met, meeting, statement), "g.json"));

  const auto with = [](std::string text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
  };
  struct Case {
    std::string text;
    std::string message;
  };
  const Case cases[] = {
      {graph(a + "," + b, met, with(meeting, "\"person:b\"]", "\"person:c\"]"), statement),
       "g.json: meetings[0] (m:1): unknown participant \"person:c\""},
      {graph(a + "," + b, met, with(meeting, "\"location\":null", "\"location\":\"location:x\""), statement),
       "g.json: meetings[0] (m:1): unknown location node \"location:x\""},
      {graph(a + "," + b, met, with(meeting, "\"sides\":[]", "\"sides\":[[\"person:a\"],[\"person:z\"]]"), statement),
       "g.json: meetings[0] (m:1): unknown node on a side \"person:z\""},
      {graph(a + "," + b, met, meeting, with(statement, "\"speaker\":\"person:a\"", "\"speaker\":\"person:q\"")),
       "g.json: statements[0] (s:1): unknown speaker \"person:q\""},
      {graph(a + "," + b, met, meeting, with(statement, "[\"person:b\"]", "[\"person:q\"]")),
       "g.json: statements[0] (s:1): unknown node in \"about\" \"person:q\""},
      {graph(a + "," + b, met, meeting, with(statement, "\"text\":\"Yes\"", "\"text\":\"\"")),
       "g.json: statements[0] (s:1): \"text\" is empty"},
      {graph(a + "," + b, with(met, "\"type\":\"met\"", "\"type\":\"likes\""), meeting, statement),
       "g.json: edges[0] (e:1): unknown edge type \"likes\""},
      {graph(a + "," + b, with(met, "\"m:1\"", "\"m:2\""), meeting, statement),
       "g.json: edges[0] (e:1): \"meeting\" names no meeting of this graph: \"m:2\""},
      {graph(a + "," + b, with(met, "{\"meeting\":\"m:1\"}", "{}"), meeting, statement),
       "g.json: edges[0] (e:1): a met edge without \"meeting\""},
      {graph(a + "," + b, with(met, ev, "[]"), meeting, statement), "g.json: edges[0] (e:1): no evidence"},
      {graph(a + "," + b, met + "," + met, meeting, statement), "g.json: edges[1] (e:1): edge id appears twice"},
      {graph(a + "," + a, "", "", ""), "g.json: nodes[1] (person:a): node id appears twice"},
      {graph(with(a, "\"label\":\"X\"", "\"label\":\"\""), "", "", ""), "g.json: nodes[0] (person:a): \"label\" is empty"},
      {graph(node("person:a", R"({"doc":"d","start":6,"end":5})"), "", "", ""),
       "g.json: nodes[0] (person:a): span 6..5 ends before it starts"},
      {graph(node("person:a", R"({"doc":"d","start":5,"end":41})"), "", "", ""),
       "g.json: nodes[0] (person:a): span 5..41 ends past the end of document \"d\" (40 bytes)"},
      {graph("", "", "", "", R"({"id":"d","source":"d.txt","title":null,"date":null,"sha256":"abc","bytes":4})"),
       "g.json: documents[0] (d): \"sha256\" is not a SHA-256 in lowercase hex"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.message);
    CHECK_THROWS_WITH_AS(graph_from_json_text(c.text, "g.json"), c.message.c_str(), Error);
  }
}

TEST_CASE("withdrawing a document gives the graph built without it, byte for byte") {
  // Articles that share people, offices, countries and relations (the same
  // affiliation told in other words), and two texts under one id.
  std::vector<Document> docs = corpus();
  docs.push_back(doc_with("d", "Japanese Prime Minister Kenji Morimoto met French Foreign Minister Claire Dubois in Paris."));
  docs.push_back(doc_with("e", "Prime Minister Kenji Morimoto of Japan said the talks with Carter were useful."));
  docs.push_back(doc_with("a", "US President John Carter met Morimoto again in Osaka on Friday."));  // a second text for "a"
  for (std::size_t gone = 0; gone < docs.size(); ++gone) {
    CAPTURE(gone);
    Graph all, rest;
    for (std::size_t i = 0; i < docs.size(); ++i) {
      all.add_document(docs[i]);
      if (i != gone) rest.add_document(docs[i]);
    }
    const DocumentRecord* record = all.find_document_by_sha(docs[gone].sha256);
    REQUIRE(record != nullptr);
    all.withdraw_documents({record->id});
    CHECK(json_of(all) == json_of(rest));
    // And back: the graph read from its text, the document folded in again.
    Graph reread = graph_from_json_text(json_of(all), "graph.json");
    reread.add_document(docs[gone]);
    Graph whole;
    for (const Document& d : docs) whole.add_document(d);
    CHECK(json_of(reread) == json_of(whole));
  }
}

TEST_CASE("versions of one article: the later date, else the update's text, replaces the other; none tells: both kept") {
  const auto version = [](const std::string& text, const std::string& date, const std::string& url) {
    Document doc = make_document("wire-7", url, text);
    doc.date = date;
    extract(doc, testing::lexicon());
    return doc;
  };
  const std::string v1 = "Kenji Morimoto met John Carter in Tokyo on Monday.";
  const std::string v2 = "Kenji Morimoto met John Carter in Kyoto on Monday.";
  struct Case {
    std::string date1, date2;
    bool second_is_new;  // v1 in the graph before, v2 given to the update
    std::size_t kept;    // documents kept
    std::string survivor_text;
  };
  const Case cases[] = {
      {"2025-05-01", "2025-05-02", false, 1, v2},
      {"2025-05-02", "2025-05-01", false, 1, v1},
      {"2025-05-02", "2025-05-01", true, 1, v1},  // the update's text is older: the graph's stays
      {"2025-05-01", "2025-05-01", true, 1, v2},
      {"", "", true, 1, v2},
      {"2025-05-01", "2025-05-01", false, 2, ""},
      {"", "2025-05-01", false, 2, ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.date1);
    CAPTURE(c.date2);
    CAPTURE(c.second_is_new);
    const Document a = version(v1, c.date1, "https://news.example/7");
    const Document b = version(v2, c.date2, "https://news.example/7");
    std::string first_json;
    for (const bool forward : {true, false}) {
      Graph g;
      g.add_document(forward ? a : b);
      g.add_document(forward ? b : a);
      const std::set<std::string> previous = c.second_is_new ? std::set<std::string>{a.sha256} : std::set<std::string>{};
      const std::vector<std::string> messages = g.settle_versions(previous);
      CHECK(messages.size() == 1);
      REQUIRE(g.documents().size() == c.kept);
      if (c.kept == 1) {
        CHECK(g.documents().begin()->second.sha256 == text::sha256_hex(c.survivor_text));
        CHECK(g.documents().begin()->first == "wire-7");  // the suffix goes with the other text
        Graph alone;
        alone.add_document(c.survivor_text == v1 ? a : b);
        CHECK(json_of(g) == json_of(alone));
      }
      if (first_json.empty()) first_json = json_of(g);
      CHECK(json_of(g) == first_json);  // the same in either order
    }
  }
}

TEST_CASE("what makes two documents versions of one article") {
  const auto keys = [](std::string id, std::string source, std::string sha = std::string(64, 'a')) {
    DocumentRecord r;
    r.id = std::move(id);
    r.source = std::move(source);
    r.sha256 = std::move(sha);
    return detail::version_keys(r);
  };
  using Keys = std::vector<std::string>;
  CHECK(keys("story", "news/2025/story.txt") == Keys{"source\x1fnews/2025/story.txt"});  // a file: its path, not its name
  CHECK(keys("story-aaaaaaaa", "news/story.html") == Keys{"source\x1fnews/story.html"});
  CHECK(keys("wire-7", "https://x.example/7") == Keys{"source\x1fhttps://x.example/7", "id\x1fwire-7"});
  CHECK(keys("wire-7", "dump.jsonl:12") == Keys{"id\x1fwire-7"});  // a place in a dump is no article
  CHECK(keys("doc-aaaaaaaaaaaaaaaa", "dump.jsonl:12").empty());     // an id made from the text neither
  CHECK(keys("wire-7-aaaaaaaa", "dump.jsonl:3") == Keys{"id\x1fwire-7"});
}
