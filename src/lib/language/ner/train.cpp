#include "language/ner/train.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <ostream>
#include <random>
#include <sstream>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "language/clean.hpp"
#include "language/lexicon.hpp"
#include "language/ner/decode.hpp"
#include "language/ner/features.hpp"
#include "language/ner/model.hpp"
#include "language/ner/tagger.hpp"
#include "language/recognize.hpp"
#include "language/segment.hpp"
#include "newsgraph/error.hpp"
#include "newsgraph/limits.hpp"

namespace newsgraph::ner {

TrainingDocument parse_training_document(std::string_view json_line, const Lexicon& lexicon, const std::string& where) {
  const nlohmann::json record = nlohmann::json::parse(json_line, nullptr, false);
  if (!record.is_object() || !record.contains("text") || !record["text"].is_string() || !record.contains("spans")) {
    throw Error(where, "expected a JSON object with \"text\" and \"spans\"");
  }
  TrainingDocument out;
  out.corpus = record.value("corpus", "");
  out.id = record.value("doc", "");
  out.heldout = record.value("split", "train") == "heldout";
  out.partial = record.value("partial", false);
  out.doc.id = out.id;
  out.doc.text = record["text"].get<std::string>();
  for (const auto& span : record["spans"]) {
    if (!span.is_array() || span.size() != 3 || !span[0].is_number_unsigned() || !span[1].is_number_unsigned() || !span[2].is_string()) {
      throw Error(where, "a span is [begin, end, \"PER\" | \"ORG\" | \"LOC\"]");
    }
    const auto type = name_type_from_string(span[2].get<std::string>());
    const auto begin = span[0].get<std::uint64_t>(), end = span[1].get<std::uint64_t>();
    if (!type || begin >= end || end > out.doc.text.size()) throw Error(where, "a span's offsets or type are wrong");
    out.spans.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), *type});
  }
  clean(out.doc, lexicon);
  segment(out.doc, lexicon);
  split_long_sentences(out.doc, kDefaultMaxSentenceTokens);
  return out;
}

std::vector<TrainingDocument> read_training_file(const std::string& path, const Lexicon& lexicon) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path, "cannot open");
  std::vector<TrainingDocument> docs;
  std::string line;
  std::size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty()) continue;
    docs.push_back(parse_training_document(line, lexicon, path + ":" + std::to_string(number)));
  }
  return docs;
}

namespace {

constexpr int kUnknown = -1;

// Gold tags of a sentence's tokens from the document's spans: a tag the
// token may not take becomes O, an I with no name to continue a B, and in
// a partial document a capitalized word outside every span is unknown.
std::vector<int> sentence_labels(const TrainingDocument& td, const Sentence& s, const SentenceFeatures& features, const TokenKeys& keys,
                                 const Lexicon& lexicon) {
  const std::size_t n = s.end_token - s.first_token;
  std::vector<int> labels(n, kOutside);
  std::vector<bool> covered(n, false);
  for (const LabelledSpan& span : td.spans) {
    bool first = true;
    for (std::size_t k = 0; k < n; ++k) {
      const Span token = td.doc.tokens[s.first_token + k].span;
      if (token.end <= span.begin || token.begin >= span.end) continue;
      labels[k] = first ? begin_tag(span.type) : inside_tag(span.type);
      covered[k] = true;
      first = false;
    }
  }
  for (std::size_t k = 0; k < n; ++k) {
    const auto tag = static_cast<Tag>(labels[k]);
    if (!tag_allowed(features.allowed[k], tag)) labels[k] = kOutside;
    if (is_inside(tag) && (k == 0 || labels[k - 1] < 0 || !may_follow(static_cast<Tag>(labels[k - 1]), tag))) {
      labels[k] = features.allowed[k] == Allowed::any ? begin_tag(type_of(tag)) : kOutside;
    }
    if (td.partial && !covered[k] && features.allowed[k] != Allowed::outside && !lexicon.is_non_name(keys.exact_id[s.first_token + k])) {
      labels[k] = kUnknown;
    }
  }
  return labels;
}

// One sentence to learn from.
struct Instance {
  SentenceFeatures features;
  std::vector<int> labels;
  bool partial = false;
};

// Weights as they are learnt, with the sums that give their averages
// (each update at step c also adds c times itself to `sums`; the average
// is weight - sums / c).
class Perceptron {
 public:
  void scores(const SentenceFeatures& f, std::vector<float>& emissions) const {
    const std::size_t n = f.allowed.size();
    emissions.assign(n * kTags, 0.0F);
    for (std::size_t k = 0; k < n; ++k) {
      for (std::uint32_t h = f.offsets[k]; h < f.offsets[k + 1]; ++h) {
        const auto it = index_.find(f.hashes[h]);
        if (it == index_.end()) continue;
        for (std::size_t t = 0; t < kTags; ++t) emissions[k * kTags + t] += weights_[it->second * kTags + t];
      }
    }
  }
  const Transitions& transitions() const { return transitions_; }

  void update(const SentenceFeatures& f, const std::vector<Tag>& gold, const std::vector<Tag>& predicted) {
    for (std::size_t k = 0; k < gold.size(); ++k) {
      if (gold[k] != predicted[k]) {
        for (std::uint32_t h = f.offsets[k]; h < f.offsets[k + 1]; ++h) {
          const std::size_t row = row_of(f.hashes[h]);
          change(weights_, sums_, row * kTags + gold[k], 1.0F);
          change(weights_, sums_, row * kTags + predicted[k], -1.0F);
        }
      }
      float* gold_row = k == 0 ? transitions_.start.data() : transitions_.next.data() + gold[k - 1] * kTags;
      float* predicted_row = k == 0 ? transitions_.start.data() : transitions_.next.data() + predicted[k - 1] * kTags;
      float* gold_sums = k == 0 ? transition_sums_.start.data() : transition_sums_.next.data() + gold[k - 1] * kTags;
      float* predicted_sums = k == 0 ? transition_sums_.start.data() : transition_sums_.next.data() + predicted[k - 1] * kTags;
      if (gold_row + gold[k] != predicted_row + predicted[k]) {
        gold_row[gold[k]] += 1.0F;
        gold_sums[gold[k]] += static_cast<float>(step_);
        predicted_row[predicted[k]] -= 1.0F;
        predicted_sums[predicted[k]] -= static_cast<float>(step_);
      }
    }
  }
  void next_step() { ++step_; }

  /// The averaged weights of every feature, by hash, and of the transitions.
  std::unordered_map<std::uint64_t, std::array<float, kTags>> averaged(Transitions& transitions) const {
    const auto c = static_cast<float>(step_);
    std::unordered_map<std::uint64_t, std::array<float, kTags>> out;
    for (const auto& [hash, row] : index_) {
      std::array<float, kTags>& weights = out[hash];
      for (std::size_t t = 0; t < kTags; ++t) weights[t] = weights_[row * kTags + t] - sums_[row * kTags + t] / c;
    }
    for (std::size_t t = 0; t < kTags; ++t) transitions.start[t] = transitions_.start[t] - transition_sums_.start[t] / c;
    for (std::size_t t = 0; t < kTags * kTags; ++t) transitions.next[t] = transitions_.next[t] - transition_sums_.next[t] / c;
    return out;
  }

 private:
  std::size_t row_of(std::uint64_t hash) {
    const auto [it, added] = index_.emplace(hash, index_.size());
    if (added) {
      weights_.resize(weights_.size() + kTags, 0.0F);
      sums_.resize(sums_.size() + kTags, 0.0F);
    }
    return it->second;
  }
  void change(std::vector<float>& weights, std::vector<float>& sums, std::size_t at, float delta) const {
    weights[at] += delta;
    sums[at] += delta * static_cast<float>(step_);
  }

  std::unordered_map<std::uint64_t, std::size_t> index_;
  std::vector<float> weights_, sums_;
  Transitions transitions_, transition_sums_;
  long step_ = 1;
};

// The training sentences of the documents not held out, and the name of every feature hash met.
std::vector<Instance> instances_of(const std::vector<TrainingDocument>& docs, const Lexicon& lexicon,
                                   std::unordered_map<std::uint64_t, std::string>& names) {
  std::vector<Instance> instances;
  for (const TrainingDocument& td : docs) {
    if (td.heldout) continue;
    const TokenKeys keys = token_keys(td.doc, lexicon);
    FeatureExtractor extractor(td.doc, lexicon, keys);
    for (const Sentence& s : td.doc.sentences) {
      Instance instance;
      if (!extractor.extract(s, instance.features, true)) continue;
      instance.labels = sentence_labels(td, s, instance.features, keys, lexicon);
      instance.partial = td.partial;
      for (std::size_t h = 0; h < instance.features.hashes.size(); ++h) {
        names.emplace(instance.features.hashes[h], std::move(instance.features.names[h]));
      }
      instance.features.names.clear();
      instances.push_back(std::move(instance));
    }
  }
  return instances;
}

// Deterministic on every platform (std::shuffle is not): Fisher-Yates with a fixed generator.
void shuffle(std::vector<std::size_t>& order, std::mt19937& random) {
  for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[random() % i]);
}

std::string model_text(const std::unordered_map<std::uint64_t, std::array<float, kTags>>& weights, const Transitions& transitions,
                       const std::unordered_map<std::uint64_t, std::string>& names, const TrainingOptions& options) {
  float largest = 0;
  for (const auto& [hash, row] : weights) {
    for (const float w : row) largest = std::max(largest, std::abs(w));
  }
  for (const float w : transitions.start) largest = std::max(largest, std::abs(w));
  for (const float w : transitions.next) largest = std::max(largest, std::abs(w));
  const int scale = std::max(1, static_cast<int>(32000.0F / std::max(largest, 1e-6F)));
  const auto quantized = [&](float w) { return static_cast<long>(std::lround(w * static_cast<float>(scale))); };
  const auto row_text = [&](const float* row) {
    std::string out;
    for (std::size_t t = 0; t < kTags; ++t) {
      if (t > 0) out += ' ';
      out += std::to_string(quantized(row[t]));
    }
    return out;
  };
  std::vector<std::pair<std::string, std::string>> lines;
  for (const auto& [hash, row] : weights) {
    const float most = std::abs(*std::max_element(row.begin(), row.end(), [](float a, float b) { return std::abs(a) < std::abs(b); }));
    if (most < options.min_weight || std::all_of(row.begin(), row.end(), [&](float w) { return quantized(w) == 0; })) continue;
    lines.emplace_back(names.at(hash), row_text(row.data()));
  }
  std::sort(lines.begin(), lines.end());
  std::string out;
  for (const std::string& line : options.header) out += (line.starts_with('#') ? line : "# " + line) + "\n";
  out += "tags";
  for (const std::string_view tag : kTagNames) (out += '\t') += tag;
  out += "\nscale\t" + std::to_string(scale) + "\n";
  out += "start\t" + row_text(transitions.start.data()) + "\n";
  for (std::size_t from = 0; from < kTags; ++from) {
    out += "after:" + std::string(kTagNames[from]) + "\t" + row_text(transitions.next.data() + from * kTags) + "\n";
  }
  for (const auto& [name, row] : lines) out += name + "\t" + row + "\n";
  return out;
}

}  // namespace

std::string train(const std::vector<TrainingDocument>& docs, const Lexicon& lexicon, const TrainingOptions& options, std::ostream* log) {
  std::unordered_map<std::uint64_t, std::string> names;
  std::vector<Instance> instances = instances_of(docs, lexicon, names);
  Perceptron perceptron;
  std::vector<std::size_t> order(instances.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 random(options.seed);
  std::vector<float> emissions;
  std::vector<Tag> predicted, gold;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    shuffle(order, random);
    std::size_t tokens = 0, wrong = 0;
    for (const std::size_t i : order) {
      const Instance& instance = instances[i];
      perceptron.scores(instance.features, emissions);
      viterbi(emissions, instance.features.allowed, perceptron.transitions(), {}, predicted);
      if (instance.partial) {
        // The best path that agrees with the labels is the one to learn.
        viterbi(emissions, instance.features.allowed, perceptron.transitions(), instance.labels, gold);
      } else {
        gold.assign(instance.labels.begin(), instance.labels.end());
      }
      for (std::size_t k = 0; k < gold.size(); ++k) wrong += gold[k] != predicted[k] ? 1 : 0;
      tokens += gold.size();
      if (gold != predicted) perceptron.update(instance.features, gold, predicted);
      perceptron.next_step();
    }
    if (log) *log << "epoch " << epoch << ": " << wrong << " of " << tokens << " tokens wrong\n";
  }
  Transitions transitions;
  const auto averaged = perceptron.averaged(transitions);
  return model_text(averaged, transitions, names, options);
}

Evaluation evaluate(const std::vector<TrainingDocument>& docs, bool heldout, const Lexicon& lexicon, const Model& model) {
  Evaluation evaluation;
  for (const TrainingDocument& td : docs) {
    if (td.heldout != heldout) continue;
    auto& counts = evaluation[td.corpus];
    const TokenKeys keys = token_keys(td.doc, lexicon);
    std::vector<FoundName> found = find_names(td.doc, lexicon, keys, model);
    std::vector<LabelledSpan> predicted;
    for (const FoundName& name : found) {
      predicted.push_back({td.doc.tokens[name.first_token].span.begin, td.doc.tokens[name.end_token - 1].span.end, name.type});
    }
    for (const LabelledSpan& gold : td.spans) {
      ++counts[static_cast<std::size_t>(gold.type)].gold;
    }
    for (const LabelledSpan& p : predicted) {
      const bool correct = std::any_of(td.spans.begin(), td.spans.end(),
                                       [&](const LabelledSpan& g) { return g.begin == p.begin && g.end == p.end && g.type == p.type; });
      // A partly labelled document says nothing about names outside its spans.
      const bool judged = !td.partial || std::any_of(td.spans.begin(), td.spans.end(), [&](const LabelledSpan& g) {
        return g.begin < p.end && p.begin < g.end;
      });
      if (!judged) continue;
      auto& c = counts[static_cast<std::size_t>(p.type)];
      ++c.predicted;
      c.correct += correct ? 1 : 0;
    }
  }
  return evaluation;
}

std::string format_evaluation(const Evaluation& evaluation) {
  std::ostringstream out;
  out << "| corpus | type | precision | recall | F1 | names |\n|---|---|---|---|---|---|\n";
  const auto row = [&](const std::string& corpus, std::string_view type, const SpanCounts& c) {
    const double p = c.predicted ? static_cast<double>(c.correct) / static_cast<double>(c.predicted) : 0.0;
    const double r = c.gold ? static_cast<double>(c.correct) / static_cast<double>(c.gold) : 0.0;
    const double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    char line[160];
    std::snprintf(line, sizeof line, "| %s | %s | %.3f | %.3f | %.3f | %zu |\n", corpus.c_str(), std::string(type).c_str(), p, r, f, c.gold);
    out << line;
  };
  for (const auto& [corpus, counts] : evaluation) {
    SpanCounts all;
    for (std::size_t t = 0; t < kNameTypes; ++t) {
      if (static_cast<NameType>(t) == NameType::misc) continue;  // learnt, not kept
      row(corpus, kTypeNames[t], counts[t]);
      all.add(counts[t]);
    }
    row(corpus, "all", all);
  }
  return out.str();
}

}  // namespace newsgraph::ner
