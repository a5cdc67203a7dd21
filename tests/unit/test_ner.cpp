// The learned recognizer: its features, its decoder, its model file, the
// committed model on sentences written for this test, and training.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "helpers.hpp"
#include "language/clean.hpp"
#include "language/ner/decode.hpp"
#include "language/ner/features.hpp"
#include "language/ner/model.hpp"
#include "language/ner/tagger.hpp"
#include "language/ner/train.hpp"
#include "language/recognize.hpp"
#include "language/segment.hpp"
#include "newsgraph/error.hpp"

using namespace newsgraph;
using namespace newsgraph::ner;
using testing::lexicon;

namespace {

// A document cleaned and segmented, as the recognizer sees it.
Document segmented(const std::string& text) {
  Document doc;
  doc.text = text;
  clean(doc, lexicon());
  segment(doc, lexicon());
  return doc;
}

// The named features of every token of the document's first sentence, by token text.
std::vector<std::pair<std::string, std::vector<std::string>>> named_features(const Document& doc) {
  const TokenKeys keys = token_keys(doc, lexicon());
  FeatureExtractor extractor(doc, lexicon(), keys);
  SentenceFeatures features;
  std::vector<std::pair<std::string, std::vector<std::string>>> out;
  const Sentence& s = doc.sentences.front();
  if (!extractor.extract(s, features, true)) return out;
  for (std::size_t k = 0; k < features.allowed.size(); ++k) {
    std::vector<std::string> names(features.names.begin() + features.offsets[k], features.names.begin() + features.offsets[k + 1]);
    out.emplace_back(std::string(doc.slice(doc.tokens[s.first_token + k].span)), std::move(names));
  }
  return out;
}

bool has(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// "Name/TYPE" for every name the model finds, in text order.
std::vector<std::string> tagged(const std::string& text, const Model& model) {
  const Document doc = segmented(text);
  const TokenKeys keys = token_keys(doc, lexicon());
  std::vector<std::string> out;
  for (const FoundName& name : find_names(doc, lexicon(), keys, model)) {
    const Span span{doc.tokens[name.first_token].span.begin, doc.tokens[name.end_token - 1].span.end};
    out.push_back(std::string(doc.slice(span)) + "/" + std::string(kTypeNames[static_cast<std::size_t>(name.type)]));
  }
  return out;
}

}  // namespace

TEST_CASE("word shapes: case, digits and punctuation, runs of a class once") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Obama", "Xx"},   {"NATO", "X"},   {"U.S.", "X.X."},  {"al-Sisi", "x-Xx"}, {"G20", "Xd"},
      {"McDonald", "XxXx"}, {"O'Neill", "X'Xx"}, {"Zürich", "Xx"}, {"ÉLYSÉE", "X"},  {"2024", "d"},
  };
  for (const auto& row : cases) {
    const auto& word = row.first;
    const auto& shape = row.second;
    CAPTURE(word);
    CHECK(word_shape(word) == shape);
  }
}

TEST_CASE("features: which tokens may be names, and what is said of them") {
  const Document doc = segmented("Foreign Minister Ana Lima of the Bank of Japan said on Monday that talks in Nairobi went well.\n");
  const auto features = named_features(doc);
  REQUIRE(features.size() == doc.sentences.front().end_token - doc.sentences.front().first_token);
  const auto of = [&](const std::string& word) -> const std::vector<std::string>& {
    const auto it = std::find_if(features.begin(), features.end(), [&](const auto& f) { return f.first == word; });
    REQUIRE(it != features.end());
    return it->second;
  };
  // Lower-case words outside names have no features: they can only be O.
  CHECK(of("said").empty());
  CHECK(of("went").empty());
  // "of" between "Bank" and "Japan" joins a name; "of the" after "Lima" does too (a capital two words on).
  CHECK(!of("the").empty());
  CHECK(has(of("Ana"), "w=ana"));
  CHECK(has(of("Ana"), "s=Xx"));
  CHECK(has(of("Ana"), "wl=given"));
  CHECK(has(of("Ana"), "of=after"));  // right after the office title "Foreign Minister"
  // The words of an office title are no part of a name: the rules read titles.
  CHECK(of("Foreign").empty());
  CHECK(of("Minister").empty());
  CHECK(has(of("Lima"), "w-1=ana"));
  CHECK(has(of("Lima"), "x3=ima"));
  CHECK(has(of("Bank"), "lx=org.B"));  // the lexicon's "Bank of Japan"
  CHECK(has(of("Japan"), "lx=org.I"));
  CHECK(has(of("Nairobi"), "lx=capital.B"));
  CHECK(has(of("Nairobi"), "w-1=in"));
  CHECK(has(of("Bank"), "wl=org_prefix"));
  // A lone word that is never a name is left out: it can only be O.
  CHECK(of("Monday").empty());
}

TEST_CASE("features: a run of words whose names the rules have settled is left out") {
  const Document doc = segmented("Ana Lima met Barack Obama in Accra.\n");
  const TokenKeys keys = token_keys(doc, lexicon());
  FeatureExtractor extractor(doc, lexicon(), keys);
  SentenceFeatures features;
  std::vector<std::uint8_t> settled(doc.tokens.size(), 0);
  settled[3] = settled[4] = 1;  // "Barack Obama"
  REQUIRE(extractor.extract(doc.sentences.front(), features, false, settled));
  const std::vector<Allowed> expected = {Allowed::any, Allowed::any, Allowed::outside, Allowed::outside, Allowed::outside,
                                         Allowed::outside, Allowed::any, Allowed::outside};
  CHECK(features.allowed == expected);
  CHECK(features.offsets[4] == features.offsets[3]);  // no features for "Obama"
  settled[0] = settled[1] = settled[6] = 1;  // everything known: nothing to look at
  CHECK_FALSE(extractor.extract(doc.sentences.front(), features, false, settled));
}

TEST_CASE("features: datelines and headlines in capitals") {
  {
    const Document doc = segmented("ROME 1996-12-06 Italy and Kenya signed the accord.\n");
    const auto features = named_features(doc);
    REQUIRE(!features.empty());
    CHECK(features[0].first == "ROME");
    CHECK(has(features[0].second, "pos=start"));
    CHECK(has(features[0].second, "pos=dl"));
    CHECK(has(features[0].second, "lx=capital.B"));  // looked up as "Rome"
    CHECK(has(features[0].second, "w=rome"));
  }
  {
    const Document doc = segmented("MINISTERS MEET IN ACCRA OVER TRADE\nThe ministers met in Accra. Trade rose.\n");
    const auto features = named_features(doc);
    const auto accra = std::find_if(features.begin(), features.end(), [](const auto& f) { return f.first == "ACCRA"; });
    REQUIRE(accra != features.end());
    CHECK(has(accra->second, "pos=caps"));
    CHECK(has(accra->second, "pos=line"));
    CHECK(has(accra->second, "w=accra"));
  }
  {
    const Document doc = segmented("the ministers met and nothing was said.\n");
    const TokenKeys keys = token_keys(doc, lexicon());
    FeatureExtractor extractor(doc, lexicon(), keys);
    SentenceFeatures features;
    CHECK_FALSE(extractor.extract(doc.sentences.front(), features, false));  // no capital: nothing to tag
  }
}

TEST_CASE("viterbi: the best path, within what each token may be and what may follow what") {
  Transitions transitions;
  const auto emissions_of = [](const std::vector<std::vector<float>>& rows) {
    std::vector<float> out;
    for (const auto& row : rows) {
      std::vector<float> full(kTags, 0.0F);
      std::copy(row.begin(), row.end(), full.begin());
      out.insert(out.end(), full.begin(), full.end());
    }
    return out;
  };
  const Tag b_per = begin_tag(NameType::person), i_per = inside_tag(NameType::person);
  const Tag b_org = begin_tag(NameType::organization), i_org = inside_tag(NameType::organization);
  std::vector<Tag> tags;
  // Scores alone: B-PER I-PER O.
  auto e = emissions_of({{0, 5}, {0, 0, 5}, {5}});
  viterbi(e, std::vector<Allowed>(3, Allowed::any), transitions, {}, tags);
  CHECK(tags == std::vector<Tag>{b_per, i_per, kOutside});
  // An I never starts a sentence nor follows a name of another type: I-ORG alone becomes the next best.
  e = emissions_of({{0, 0, 0, 0, 9}, {0, 4, 0, 0, 0}});
  viterbi(e, std::vector<Allowed>(2, Allowed::any), transitions, {}, tags);
  CHECK(tags == std::vector<Tag>{kOutside, b_per});
  e = emissions_of({{0, 6}, {0, 0, 0, 0, 9}});  // B-PER I-ORG may not be: B-ORG I-ORG (9) beats B-PER O (6)
  viterbi(e, std::vector<Allowed>(2, Allowed::any), transitions, {}, tags);
  CHECK(tags == std::vector<Tag>{b_org, i_org});
  // A token that may only be O is O whatever its scores; a connector is never B.
  e = emissions_of({{0, 5}, {0, 9}, {0, 0, 3}});
  viterbi(e, std::vector<Allowed>{Allowed::any, Allowed::outside, Allowed::inside}, transitions, {}, tags);
  CHECK(tags == std::vector<Tag>{b_per, kOutside, kOutside});
  // Transitions count: a strong B-ORG -> I-ORG link wins over the emissions of I-PER.
  transitions.next[b_org * kTags + i_org] = 10;
  e = emissions_of({{0, 1, 0, 1}, {0, 0, 3, 0, 0}});
  viterbi(e, std::vector<Allowed>(2, Allowed::any), transitions, {}, tags);
  CHECK(tags == std::vector<Tag>{b_org, i_org});
  // Fixed tags (partly labelled training text) are kept; the free ones take the best path around them.
  const std::vector<int> fixed = {-1, kOutside};
  viterbi(e, std::vector<Allowed>(2, Allowed::any), transitions, fixed, tags);
  CHECK(tags == std::vector<Tag>{b_per, kOutside});
}

TEST_CASE("tags to names") {
  const Tag b_loc = begin_tag(NameType::location), i_loc = inside_tag(NameType::location);
  const Tag b_per = begin_tag(NameType::person);
  std::vector<FoundName> names;
  names_from_tags({kOutside, b_loc, i_loc, b_loc, b_per, kOutside}, 10, names);
  CHECK(names == std::vector<FoundName>{{11, 13, NameType::location}, {13, 14, NameType::location}, {14, 15, NameType::person}});
}

TEST_CASE("model files: read, and refused with the line and the problem") {
  const std::string head = "# a comment\ntags\tO\tB-PER\tI-PER\tB-ORG\tI-ORG\tB-LOC\tI-LOC\tB-MISC\tI-MISC\nscale\t10\n";
  const Model model = Model::parse(head + "start\t0 0 0 0 0 0 0 0 0\nafter:B-PER\t0 0 25 0 0 0 0 0 0\nw=lima\t0 20 0 0 0 -5 0 0 0\n", "m.tsv");
  CHECK(model.feature_count() == 1);
  CHECK(model.transitions().next[begin_tag(NameType::person) * kTags + inside_tag(NameType::person)] == doctest::Approx(2.5));
  std::vector<float> scores(kTags, 0.0F);
  const std::uint64_t features[] = {feature_hash(Template::word, "lima"), feature_hash(Template::word, "accra")};
  model.add_scores(features, scores.data());
  CHECK(scores[begin_tag(NameType::person)] == doctest::Approx(2.0));
  CHECK(scores[begin_tag(NameType::location)] == doctest::Approx(-0.5));
  const std::vector<std::pair<std::string, std::string>> bad = {
      {"tags\tO\tB-PER\n", "m.tsv:1: the tags must be"},
      {head + "w=lima\t1 2 3\n", "m.tsv:4: expected 9 integer weights"},
      {head + "zz=lima\t0 0 0 0 0 0 0 0 0\n", "m.tsv:4: unknown feature 'zz=lima'"},
      {head + "w=lima\t0 0 0 0 0 0 0 0 99999\n", "m.tsv:4: a weight is out of range"},
      {head + "after:B-XYZ\t0 0 0 0 0 0 0 0 0\n", "m.tsv:4: unknown tag"},
      {"w=lima\t0 0 0 0 0 0 0 0 0\n", "m.tsv:1: the tags and scale lines must come first"},
      {"# nothing\n", "m.tsv: no tags line"},
  };
  for (const auto& row : bad) {
    const auto& text = row.first;
    const auto& message = row.second;
    CAPTURE(text);
    try {
      (void)Model::parse(text, "m.tsv");
      FAIL("no error");
    } catch (const Error& e) {
      CHECK(std::string(e.what()).starts_with(message));
    }
  }
}

TEST_CASE("the committed model finds names nobody listed, and their types") {
  const Model& model = builtin_model();
  CHECK(model.feature_count() > 1000);
  const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
      {"Tomasz Wrobel, a spokesman for Baltic Freight Holdings, said the ships would leave Gdynia on Friday.\n",
       {"Tomasz Wrobel/PER", "Baltic Freight Holdings/ORG", "Gdynia/LOC"}},
      {"The company hired Marguerite Okonjo, who ran the Lagos Port Authority until last year.\n",
       {"Marguerite Okonjo/PER", "Lagos Port Authority/ORG"}},
      {"Voters in Wexford and Carlow went to the polls, the Irish Electoral Commission said.\n",
       {"Wexford/LOC", "Carlow/LOC", "Irish Electoral Commission/ORG"}},
  };
  for (const auto& row : cases) {
    const auto& text = row.first;
    const auto& expected = row.second;
    CAPTURE(text);
    CHECK(tagged(text, model) == expected);
  }
}

TEST_CASE("training on a tiny corpus gives a model that tags it back") {
  const std::vector<std::string> lines = {
      R"({"corpus": "tiny", "doc": "a", "split": "train", "text": "Mira Castell met Tovan Rusk in Pellago.\n", )"
      R"("spans": [[0, 12, "PER"], [17, 27, "PER"], [31, 38, "LOC"]]})",
      R"({"corpus": "tiny", "doc": "b", "split": "train", "text": "The Quillon Trust paid Mira Castell.\n", )"
      R"("spans": [[4, 17, "ORG"], [23, 35, "PER"]]})",
      R"({"corpus": "tiny", "doc": "c", "split": "train", "text": "Tovan Rusk left Pellago for Durnhelm.\n", )"
      R"("spans": [[0, 10, "PER"], [16, 23, "LOC"], [28, 36, "LOC"]]})",
  };
  std::vector<TrainingDocument> docs;
  for (const std::string& line : lines) docs.push_back(parse_training_document(line, lexicon(), "tiny.jsonl"));
  TrainingOptions options;
  options.epochs = 10;
  const Model model = Model::parse(train(docs, lexicon(), options, nullptr), "tiny model");
  CHECK(tagged("Mira Castell met Tovan Rusk in Pellago.\n", model) ==
        std::vector<std::string>{"Mira Castell/PER", "Tovan Rusk/PER", "Pellago/LOC"});
  CHECK(tagged("The Quillon Trust paid Mira Castell.\n", model) == std::vector<std::string>{"Quillon Trust/ORG", "Mira Castell/PER"});
  CHECK(tagged("Tovan Rusk left Pellago for Durnhelm.\n", model) ==
        std::vector<std::string>{"Tovan Rusk/PER", "Pellago/LOC", "Durnhelm/LOC"});
  const Evaluation evaluation = evaluate(docs, false, lexicon(), model);
  const auto& person = evaluation.at("tiny")[static_cast<std::size_t>(NameType::person)];
  CHECK(person.gold == 4);
  CHECK(person.correct == 4);
  CHECK(person.predicted == 4);
}

TEST_CASE("training documents: bad lines are refused with the problem") {
  const std::vector<std::string> bad = {
      R"([1, 2])",
      R"({"text": "Ana Lima.", "spans": [[0, 99, "PER"]]})",
      R"({"text": "Ana Lima.", "spans": [[0, 8, "PERSON"]]})",
      R"({"text": "Ana Lima.", "spans": [[0, 8]]})",
  };
  for (const std::string& line : bad) {
    CAPTURE(line);
    CHECK_THROWS_AS(parse_training_document(line, lexicon(), "t.jsonl:1"), Error);
  }
}
