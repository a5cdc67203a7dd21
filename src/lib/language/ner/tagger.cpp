#include "language/ner/tagger.hpp"

#include "language/ner/decode.hpp"
#include "language/ner/features.hpp"
#include "language/ner/model.hpp"

namespace newsgraph::ner {

void names_from_tags(const std::vector<Tag>& tags, std::uint32_t first_token, std::vector<FoundName>& out) {
  for (std::size_t k = 0; k < tags.size();) {
    if (tags[k] == kOutside) {
      ++k;
      continue;
    }
    const NameType type = type_of(tags[k]);
    std::size_t e = k + 1;
    while (e < tags.size() && tags[e] == inside_tag(type)) ++e;
    out.push_back({first_token + static_cast<std::uint32_t>(k), first_token + static_cast<std::uint32_t>(e), type});
    k = e;
  }
}

std::vector<FoundName> find_names(const Document& doc, const Lexicon& lexicon, const TokenKeys& keys, const Model& model) {
  std::vector<FoundName> names;
  FeatureExtractor extractor(doc, lexicon, keys);
  SentenceFeatures features;
  std::vector<float> emissions;
  std::vector<Tag> tags;
  for (const Sentence& s : doc.sentences) {
    if (!extractor.extract(s, features, false)) continue;
    const std::size_t n = features.allowed.size();
    emissions.assign(n * kTags, 0.0F);
    for (std::size_t k = 0; k < n; ++k) {
      const std::span<const std::uint64_t> token(features.hashes.data() + features.offsets[k], features.offsets[k + 1] - features.offsets[k]);
      model.add_scores(token, emissions.data() + k * kTags);
    }
    viterbi(emissions, features.allowed, model.transitions(), {}, tags);
    names_from_tags(tags, s.first_token, names);
  }
  return names;
}

}  // namespace newsgraph::ner
