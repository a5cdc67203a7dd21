#include "language/recognize.hpp"

#include "language/lexicon.hpp"
#include "base/text.hpp"

namespace newsgraph {

TokenKeys token_keys(const Document& doc, const Lexicon& lexicon) {
  TokenKeys keys;
  const std::size_t n = doc.tokens.size();
  keys.exact.resize(n);
  keys.lower.resize(n);
  keys.exact_id.resize(n);
  keys.lower_id.resize(n);
  // Keys that differ from the text go to `storage`; their views are made
  // once it has stopped growing. Each is looked up while it is fresh.
  enum Which : std::uint8_t { exact_key = 1, lower_key = 2 };
  struct Stored {
    std::uint32_t token, offset, size;
    std::uint8_t which;
  };
  std::vector<Stored> stored;
  std::string& storage = *keys.storage;
  storage.reserve(doc.text.size() / 4);
  const std::string_view text(doc.text);
  const auto store = [&](std::size_t i, std::string_view key, std::uint8_t which) {
    stored.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(storage.size()), static_cast<std::uint32_t>(key.size()), which});
    storage.append(key);
  };
  for (std::size_t i = 0; i < n; ++i) {
    const Span span = doc.tokens[i].span;
    const std::string_view surface = text.substr(span.begin, span.size());
    unsigned char bytes_or = 0;  // bit 7 set: a byte outside ASCII
    bool capital = false;
    for (const char ch : surface) {
      bytes_or |= static_cast<unsigned char>(ch);
      capital |= ch >= 'A' && ch <= 'Z';
    }
    if (bytes_or < 0x80) {
      // An ASCII token (no space inside) folds to itself: the common case, without the general folds.
      keys.exact[i] = surface;
      keys.exact_id[i] = lexicon.key_id(surface);
      if (!capital) {
        keys.lower[i] = surface;
        keys.lower_id[i] = keys.exact_id[i];
        continue;
      }
      const std::size_t at = storage.size();
      storage.resize(at + surface.size());
      for (std::size_t k = 0; k < surface.size(); ++k) storage[at + k] = text::ascii_lower(surface[k]);
      keys.lower_id[i] = lexicon.key_id(std::string_view(storage).substr(at));
      stored.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(surface.size()), lower_key});
      continue;
    }
    const std::string folded = Lexicon::fold_token(surface);
    const std::string lowered = text::lower(folded);
    keys.exact_id[i] = lexicon.key_id(folded);
    keys.lower_id[i] = lowered == folded ? keys.exact_id[i] : lexicon.key_id(lowered);
    if (folded == surface) {
      keys.exact[i] = surface;
      if (lowered == folded) {
        keys.lower[i] = surface;
      } else {
        store(i, lowered, lower_key);
      }
    } else if (lowered == folded) {
      store(i, folded, exact_key | lower_key);
    } else {
      store(i, folded, exact_key);
      store(i, lowered, lower_key);
    }
  }
  const std::string_view kept(storage);
  for (const Stored& key : stored) {
    const std::string_view view = kept.substr(key.offset, key.size);
    if (key.which & exact_key) keys.exact[key.token] = view;
    if (key.which & lower_key) keys.lower[key.token] = view;
  }
  return keys;
}

}  // namespace newsgraph
