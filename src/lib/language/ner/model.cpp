#include "language/ner/model.hpp"

#include <algorithm>
#include <charconv>

#include "base/embedded_data.hpp"
#include "language/ner/features.hpp"
#include "newsgraph/error.hpp"

namespace newsgraph::ner {

namespace {

std::string_view next_field(std::string_view& rest, char separator) {
  const std::size_t at = rest.find(separator);
  const std::string_view field = rest.substr(0, at);
  rest = at == std::string_view::npos ? std::string_view() : rest.substr(at + 1);
  return field;
}

// kTags integers separated by spaces.
bool parse_weights(std::string_view field, std::array<std::int32_t, kTags>& out) {
  const char* at = field.data();
  const char* end = field.data() + field.size();
  for (std::size_t t = 0; t < kTags; ++t) {
    if (t > 0) {
      if (at == end || *at != ' ') return false;
      ++at;
    }
    const auto [next, error] = std::from_chars(at, end, out[t]);
    if (error != std::errc()) return false;
    at = next;
  }
  return at == end;
}

struct Header {
  bool tags = false;
  float scale = 0;
};

}  // namespace

void Model::insert(std::uint64_t hash, const std::array<std::int16_t, kTags>& weights) {
  const std::uint32_t fingerprint = fingerprint_of(hash);
  std::size_t at = hash & mask_;
  while (slots_[at].fingerprint != 0 && slots_[at].fingerprint != fingerprint) at = (at + 1) & mask_;
  if (slots_[at].fingerprint == 0) {
    slots_[at] = {fingerprint, static_cast<std::uint32_t>(rows_.size() / kTags)};
    rows_.insert(rows_.end(), weights.begin(), weights.end());
  } else {
    std::copy(weights.begin(), weights.end(), rows_.begin() + static_cast<long>(std::size_t{slots_[at].row} * kTags));
  }
}

Model Model::parse(std::string_view text, const std::string& where) {
  Model model;
  // Size the table for the lines of the file, at most half full.
  std::size_t lines = 1;
  for (const char c : text) lines += c == '\n' ? 1 : 0;
  std::size_t capacity = 16;
  while (capacity < 2 * lines) capacity *= 2;
  model.slots_.assign(capacity, Slot{});
  model.mask_ = capacity - 1;
  model.rows_.reserve(lines * kTags);
  Header header;
  std::size_t line_number = 0;
  while (!text.empty()) {
    std::string_view line = next_field(text, '\n');
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const auto fail = [&](const std::string& problem) { return Error(where, problem, line_number); };
    std::string_view rest = line;
    const std::string_view name = next_field(rest, '\t');
    if (name == "tags") {
      for (std::size_t t = 0; t < kTags; ++t) {
        if (next_field(rest, '\t') != kTagNames[t]) throw fail("the tags must be O B-PER I-PER B-ORG I-ORG B-LOC I-LOC B-MISC I-MISC");
      }
      header.tags = true;
      continue;
    }
    if (name == "scale") {
      int scale = 0;
      const auto [end, error] = std::from_chars(rest.data(), rest.data() + rest.size(), scale);
      if (error != std::errc() || end != rest.data() + rest.size() || scale <= 0) throw fail("scale must be a positive integer");
      header.scale = static_cast<float>(scale);
      model.inverse_scale_ = 1.0F / header.scale;
      continue;
    }
    if (!header.tags || header.scale == 0) throw fail("the tags and scale lines must come first");
    std::array<std::int32_t, kTags> weights{};
    if (!parse_weights(rest, weights)) throw fail("expected " + std::to_string(kTags) + " integer weights after a TAB");
    if (name == "start" || name.starts_with("after:")) {
      float* row = model.transitions_.start.data();
      if (name != "start") {
        std::size_t from = 0;
        while (from < kTags && kTagNames[from] != name.substr(6)) ++from;
        if (from == kTags) throw fail("unknown tag in '" + std::string(name) + "'");
        row = model.transitions_.next.data() + from * kTags;
      }
      for (std::size_t t = 0; t < kTags; ++t) row[t] = static_cast<float>(weights[t]) / header.scale;
      continue;
    }
    const std::size_t equals = name.find('=');
    const Template feature_template = equals == std::string_view::npos ? Template::count : template_from_name(name.substr(0, equals));
    if (feature_template == Template::count) throw fail("unknown feature '" + std::string(name) + "'");
    std::array<std::int16_t, kTags> packed{};
    for (std::size_t t = 0; t < kTags; ++t) {
      if (weights[t] < -32767 || weights[t] > 32767) throw fail("a weight is out of range (-32767 .. 32767)");
      packed[t] = static_cast<std::int16_t>(weights[t]);
    }
    model.insert(feature_hash(feature_template, name.substr(equals + 1)), packed);
  }
  if (!header.tags) throw Error(where, "no tags line: not a recognizer model");
  return model;
}

const Model& builtin_model() {
  static const Model model = Model::parse(embedded_file("recognizer_model.tsv"), "recognizer_model.tsv");
  return model;
}

}  // namespace newsgraph::ner
