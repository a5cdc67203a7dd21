// Training and evaluating the learned recognizer: an averaged structured
// perceptron over the tags of whole sentences (Viterbi decoding, the same
// features and constraints as when it runs), on documents annotated with
// name spans (scripts/recognizer_corpora.py writes them).
#pragma once

#include <array>
#include <cstdint>
#include <iosfwd>
#include <map>
#include <string>
#include <vector>

#include "language/ner/tags.hpp"
#include "newsgraph/model.hpp"

namespace newsgraph {
class Lexicon;
}

namespace newsgraph::ner {

class Model;

/// A name in a training document: UTF-8 byte offsets into its text.
struct LabelledSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  NameType type = NameType::person;
};

struct TrainingDocument {
  std::string corpus;  ///< "gum", "wikigold", ...
  std::string id;
  bool heldout = false;  ///< kept for evaluation, never trained on
  /// Only some names are labelled: capitalized words outside every span
  /// teach nothing (and predictions there are not scored).
  bool partial = false;
  Document doc;  ///< cleaned and segmented like any article
  std::vector<LabelledSpan> spans;
};

/// Parses one line of the training file (a JSON object, see
/// scripts/recognizer_corpora.py) and cleans and segments its text.
/// Throws Error naming `where` and the problem.
TrainingDocument parse_training_document(std::string_view json_line, const Lexicon& lexicon, const std::string& where);
/// Every line of a training file.
std::vector<TrainingDocument> read_training_file(const std::string& path, const Lexicon& lexicon);

struct TrainingOptions {
  int epochs = 12;
  std::uint32_t seed = 1;  ///< order of the sentences in each epoch
  /// Features whose averaged weights are all smaller than this (in
  /// absolute value) are left out of the model file.
  float min_weight = 0.0F;
  /// Comment lines at the head of the model file (without the '#'; a line
  /// that starts with one, such as a `#? input<TAB>expected` self-check, as it is).
  std::vector<std::string> header;
};

/// Trains on the documents that are not held out; returns the model file's text.
std::string train(const std::vector<TrainingDocument>& docs, const Lexicon& lexicon, const TrainingOptions& options, std::ostream* log);

/// Exact-span counts of one name type.
struct SpanCounts {
  std::size_t correct = 0, predicted = 0, gold = 0;
  void add(const SpanCounts& other) {
    correct += other.correct;
    predicted += other.predicted;
    gold += other.gold;
  }
};
/// Counts by corpus, then by type.
using Evaluation = std::map<std::string, std::array<SpanCounts, kNameTypes>>;

/// Tags the documents (held out ones, or the others) with `model` and
/// compares with their spans: a name counts when its bytes and type are
/// exactly those of a labelled span.
Evaluation evaluate(const std::vector<TrainingDocument>& docs, bool heldout, const Lexicon& lexicon, const Model& model);
/// A Markdown table: corpus, type, precision, recall, F1, gold names.
std::string format_evaluation(const Evaluation& evaluation);

}  // namespace newsgraph::ner
