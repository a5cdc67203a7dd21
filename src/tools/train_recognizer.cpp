// newsgraph-train-recognizer: trains the learned recognizer's model from the
// training file scripts/recognizer_corpora.py writes, and prints its
// exact-span figures on the held-out documents of each corpus.
// scripts/train-recognizer.sh runs it; users of newsgraph never need to.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <sstream>

#include "language/clean.hpp"
#include "language/lexicon.hpp"
#include "language/segment.hpp"
#include "language/ner/model.hpp"
#include "language/ner/tagger.hpp"
#include "language/ner/train.hpp"
#include "language/recognize.hpp"
#include "newsgraph/error.hpp"

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw newsgraph::Error(path, "cannot open");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Every held-out name missed or wrongly found, to see what the model gets wrong.
void print_errors(const std::vector<newsgraph::ner::TrainingDocument>& docs, const newsgraph::Lexicon& lexicon, const newsgraph::ner::Model& model) {
  using namespace newsgraph::ner;
  for (const TrainingDocument& td : docs) {
    if (!td.heldout) continue;
    const auto keys = newsgraph::token_keys(td.doc, lexicon);
    std::vector<LabelledSpan> predicted;
    for (const FoundName& name : find_names(td.doc, lexicon, keys, model)) {
      predicted.push_back({td.doc.tokens[name.first_token].span.begin, td.doc.tokens[name.end_token - 1].span.end, name.type});
    }
    const auto same = [](const LabelledSpan& a, const LabelledSpan& b) { return a.begin == b.begin && a.end == b.end && a.type == b.type; };
    const auto show = [&](const char* what, const LabelledSpan& s) {
      std::cout << td.corpus << "\t" << td.id << "\t" << what << "\t" << kTypeNames[static_cast<std::size_t>(s.type)] << "\t"
                << td.doc.text.substr(s.begin, s.end - s.begin) << "\n";
    };
    for (const auto& g : td.spans) {
      if (std::none_of(predicted.begin(), predicted.end(), [&](const LabelledSpan& p) { return same(p, g); })) show("missed", g);
    }
    for (const auto& p : predicted) {
      if (std::none_of(td.spans.begin(), td.spans.end(), [&](const LabelledSpan& g) { return same(p, g); })) show("wrong", p);
    }
  }
}

// The names the model finds in a text file, one a line: type, margin, words.
void print_names(const std::string& path, const newsgraph::Lexicon& lexicon, const newsgraph::ner::Model& model) {
  using namespace newsgraph::ner;
  newsgraph::Document doc;
  doc.text = read_file(path);
  newsgraph::clean(doc, lexicon);
  newsgraph::segment(doc, lexicon);
  const auto keys = newsgraph::token_keys(doc, lexicon);
  for (const FoundName& name : find_names(doc, lexicon, keys, model)) {
    const newsgraph::Span span{doc.tokens[name.first_token].span.begin, doc.tokens[name.end_token - 1].span.end};
    std::cout << kTypeNames[static_cast<std::size_t>(name.type)] << "\t" << name.margin << "\t" << doc.slice(span) << "\n";
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Trains newsgraph's learned recognizer (see scripts/train-recognizer.sh)."};
  std::string data, out, model_path, header;
  newsgraph::ner::TrainingOptions options;
  bool show_training = false, show_errors = false;
  app.add_option("--data", data, "training file (JSON Lines from scripts/recognizer_corpora.py)");
  app.add_option("--out", out, "where to write the trained model");
  app.add_option("--model", model_path, "evaluate this model instead of training one");
  app.add_option("--epochs", options.epochs, "passes over the training sentences")->check(CLI::Range(1, 100));
  app.add_option("--min-weight", options.min_weight, "leave out features whose weights are all smaller");
  app.add_option("--seed", options.seed, "order of the sentences");
  app.add_option("--header", header, "text file whose lines head the model file as comments");
  app.add_flag("--show-training", show_training, "also print the figures on the training documents");
  app.add_flag("--errors", show_errors, "list the held-out names missed and wrongly found");
  std::string tag_file;
  app.add_option("--tag", tag_file, "print the names the model (--model) finds in this text file, and stop");
  CLI11_PARSE(app, argc, argv);
  if (!tag_file.empty()) {
    try {
      const newsgraph::Lexicon lexicon = newsgraph::Lexicon::builtin();
      print_names(tag_file, lexicon, model_path.empty() ? newsgraph::ner::builtin_model() : newsgraph::ner::Model::parse(read_file(model_path), model_path));
    } catch (const std::exception& e) {
      std::cerr << "newsgraph-train-recognizer: " << e.what() << "\n";
      return 2;
    }
    return 0;
  }
  if (data.empty() || out.empty() == model_path.empty()) {
    std::cerr << "newsgraph-train-recognizer: give --data and --out (train) or --model (evaluate), or --tag FILE\n";
    return 2;
  }
  try {
    const newsgraph::Lexicon lexicon = newsgraph::Lexicon::builtin();
    const auto docs = newsgraph::ner::read_training_file(data, lexicon);
    std::string text;
    if (!out.empty()) {
      if (!header.empty()) options.header = lines_of(read_file(header));
      text = newsgraph::ner::train(docs, lexicon, options, &std::cerr);
      std::ofstream file(out, std::ios::binary);
      file << text;
      if (!file.flush()) throw newsgraph::Error(out, "cannot write");
      model_path = out;
    } else {
      text = read_file(model_path);
    }
    const auto model = newsgraph::ner::Model::parse(text, model_path);
    std::cerr << model.feature_count() << " features\n";
    if (show_training) {
      std::cout << "Training documents:\n\n" << format_evaluation(evaluate(docs, false, lexicon, model)) << "\nHeld-out documents:\n\n";
    }
    std::cout << format_evaluation(evaluate(docs, true, lexicon, model));
    if (show_errors) print_errors(docs, lexicon, model);
  } catch (const std::exception& e) {
    std::cerr << "newsgraph-train-recognizer: " << e.what() << "\n";
    return 2;
  }
  return 0;
}
