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

float name_margin(std::span<const float> emissions, const Transitions& transitions, const std::vector<Tag>& tags, std::size_t k, std::size_t e) {
  // Each tag with its incoming transition, against O in its place.
  const auto step = [&](std::size_t at, Tag previous, Tag tag) {
    const float move = at == 0 ? transitions.start[tag] : transitions.next[previous * kTags + tag];
    return move + emissions[at * kTags + tag];
  };
  float margin = 0;
  for (std::size_t at = k; at <= e && at < tags.size(); ++at) {
    const Tag previous = at > 0 ? tags[at - 1] : kOutside;
    const Tag as_o_previous = at > k ? kOutside : previous;
    const Tag tag = tags[at];
    const Tag as_o = at < e ? kOutside : tag;
    if (at < e || may_follow(as_o_previous, tag)) {
      margin += step(at, previous, tag) - step(at, as_o_previous, as_o);
    } else {
      return margin;  // the next name cannot follow O: no cheaper alternative there to compare
    }
  }
  return margin;
}

std::vector<FoundName> find_names(const Document& doc, const Lexicon& lexicon, const TokenKeys& keys, const Model& model,
                                  std::span<const std::uint8_t> settled) {
  std::vector<FoundName> names;
  FeatureExtractor extractor(doc, lexicon, keys);
  SentenceFeatures features;
  std::vector<float> emissions;
  std::vector<Tag> tags;
  for (const Sentence& s : doc.sentences) {
    if (!extractor.extract(s, features, false, settled)) continue;
    const std::size_t n = features.allowed.size();
    model.prefetch(features.hashes);
    emissions.assign(n * kTags, 0.0F);
    for (std::size_t k = 0; k < n; ++k) {
      const std::span<const std::uint64_t> token(features.hashes.data() + features.offsets[k], features.offsets[k + 1] - features.offsets[k]);
      model.add_scores(token, emissions.data() + k * kTags);
    }
    viterbi(emissions, features.allowed, model.transitions(), {}, tags);
    const std::size_t before = names.size();
    names_from_tags(tags, s.first_token, names);
    for (std::size_t i = before; i < names.size(); ++i) {
      names[i].margin = name_margin(emissions, model.transitions(), tags, names[i].first_token - s.first_token, names[i].end_token - s.first_token);
    }
  }
  return names;
}

}  // namespace newsgraph::ner
