// Documents in a graph: keyed by the SHA-256 of their text, named by their
// id. An article seen twice is one document (the smallest of its records is
// kept); two texts under one id are told apart by a suffix on all but the
// smallest sha256 ("ID-<sha256[:8]>"), and spans follow the renames.
#include <algorithm>
#include <string_view>
#include <type_traits>
#include <unordered_map>

#include "graph/storage.hpp"

namespace newsgraph::detail {
namespace {

// "X-" and 8 lowercase hex digits: maybe the id a rename gives another base's document.
bool looks_renamed(std::string_view id) {
  if (id.size() < 10 || id[id.size() - 9] != '-') return false;
  return std::all_of(id.end() - 8, id.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// The records of one merge_documents call that need more than going straight in.
struct DocumentChanges {
  std::map<std::string, DocumentRecord> changed;  // sha256 -> new best record (id = base id)
  std::set<std::string> touched_bases;
  std::map<std::string, std::string> renames;     // old id here -> new id
  std::map<std::string, DocumentRecord> moving;   // sha256 -> record to (re)insert
  std::map<std::string, std::string> old_ids;     // sha256 -> id here before this merge
};

// Step 0. Most records (those of another worker's graph) are new texts under
// base ids used nowhere else: each keeps its base id and touches no other
// record, which is what the steps below would decide, so it goes straight
// in. Returns the others.
std::vector<const DocumentRecord*> add_plain_records(GraphStorage& s, const std::map<std::string, DocumentRecord>& records) {
  std::vector<std::string> bases;
  bases.reserve(records.size());
  std::unordered_map<std::string_view, std::size_t> uses;  // base ids and sha256s of `records`
  for (const auto& [key, incoming] : records) {
    bases.push_back(base_document_id(incoming));
    ++uses[bases.back()];
    ++uses[incoming.sha256];
  }
  std::vector<const DocumentRecord*> others;
  std::size_t index = 0;
  for (const auto& [key, incoming] : records) {
    const std::string& base = bases[index++];
    if (uses[base] != 1 || uses[incoming.sha256] != 1 || s.id_by_sha.contains(incoming.sha256) ||
        s.shas_by_base.contains(base) || s.documents.contains(base) || looks_renamed(base)) {
      others.push_back(&incoming);
      continue;
    }
    s.id_by_sha.emplace(incoming.sha256, base);
    s.shas_by_base[base].insert(incoming.sha256);
    s.documents.emplace(base, incoming).first->second.id = base;  // copied: `uses` looks into `bases`
  }
  return others;
}

// Step 1. The best record per text: the smallest, compared with base ids.
void choose_best_records(const GraphStorage& s, const std::vector<const DocumentRecord*>& others, DocumentChanges& c) {
  for (const DocumentRecord* other : others) {
    DocumentRecord candidate = *other;
    candidate.id = base_document_id(*other);
    c.touched_bases.insert(candidate.id);
    const auto pending = c.changed.find(candidate.sha256);
    if (pending != c.changed.end()) {
      if (candidate < pending->second) pending->second = std::move(candidate);
      continue;
    }
    const auto known = s.id_by_sha.find(candidate.sha256);
    if (known == s.id_by_sha.end()) {
      c.changed.emplace(candidate.sha256, std::move(candidate));
      continue;
    }
    DocumentRecord current = s.documents.at(known->second);
    current.id = base_document_id(current);
    c.touched_bases.insert(current.id);
    if (candidate < current) c.changed.emplace(candidate.sha256, std::move(candidate));
  }
}

// Step 2. Takes the changed records out (their ids are decided below).
void take_out_changed(GraphStorage& s, DocumentChanges& c) {
  for (auto& [sha, record] : c.changed) {
    const auto known = s.id_by_sha.find(sha);
    if (known != s.id_by_sha.end()) {
      c.old_ids.emplace(sha, known->second);
      const auto node = s.documents.extract(known->second);
      auto base_it = s.shas_by_base.find(base_document_id(node.mapped()));
      if (base_it != s.shas_by_base.end()) {
        base_it->second.erase(sha);
        if (base_it->second.empty()) s.shas_by_base.erase(base_it);
      }
    }
    s.shas_by_base[record.id].insert(sha);
    c.moving.emplace(sha, std::move(record));
  }
}

}  // namespace

// Step 3, also after a withdrawal: within a base id, the smallest sha256
// keeps it; the others get a suffix.
void assign_document_ids(GraphStorage& s, const std::set<std::string>& bases, std::map<std::string, DocumentRecord>& moving,
                         const std::map<std::string, std::string>& old_ids, std::map<std::string, std::string>& renames) {
  for (const std::string& base : bases) {
    const auto base_it = s.shas_by_base.find(base);
    if (base_it == s.shas_by_base.end()) continue;
    const std::string& first = *base_it->second.begin();
    for (const std::string& sha : base_it->second) {
      const std::string want = sha == first ? base : base + "-" + sha.substr(0, 8);
      const auto mover = moving.find(sha);
      if (mover != moving.end()) {
        mover->second.id = want;
        const auto old = old_ids.find(sha);
        if (old != old_ids.end() && old->second != want) renames.emplace(old->second, want);
        continue;
      }
      const std::string& current = s.id_by_sha.at(sha);
      if (current == want) continue;
      renames.emplace(current, want);
      auto node = s.documents.extract(current);
      node.mapped().id = want;
      moving.emplace(sha, std::move(node.mapped()));
    }
  }
  for (auto& [sha, record] : moving) {
    s.id_by_sha[sha] = record.id;
    const std::string id = record.id;
    s.documents.insert_or_assign(id, std::move(record));
  }
  if (!renames.empty()) s.rename_documents(renames);
}

std::map<std::string, std::string> GraphStorage::merge_documents(const std::map<std::string, DocumentRecord>& records) {
  const std::vector<const DocumentRecord*> others = add_plain_records(*this, records);
  if (!others.empty()) {
    DocumentChanges changes;
    choose_best_records(*this, others, changes);
    take_out_changed(*this, changes);
    assign_document_ids(*this, changes.touched_bases, changes.moving, changes.old_ids, changes.renames);
  }
  std::map<std::string, std::string> ids;
  for (const auto& [key, incoming] : records) ids.emplace(key, id_by_sha.at(incoming.sha256));
  return ids;
}

void GraphStorage::add_document_record(const DocumentRecord& record) {
  // The common case, a new text under an id not used here: it keeps its
  // (base) id and nothing is renamed, which is what merge_documents decides,
  // without its maps.
  std::string base = base_document_id(record);
  if (!id_by_sha.contains(record.sha256) && !shas_by_base.contains(base) && !documents.contains(base)) {
    id_by_sha.emplace(record.sha256, base);
    shas_by_base[base].insert(record.sha256);
    DocumentRecord& added = documents.emplace(base, record).first->second;
    added.id = std::move(base);
    return;
  }
  const std::map<std::string, DocumentRecord> one{{record.id, record}};
  merge_documents(one);
}

namespace {

// The set with every id found in `renames` replaced.
template <class Item>
bool rename_set(std::set<Item>& items, const std::map<std::string, std::string>& renames) {
  const auto doc_of = [](const Item& item) -> const std::string& {
    if constexpr (std::is_same_v<Item, DocSpan>) {
      return item.doc;
    } else {
      return item;
    }
  };
  bool hit = false;
  for (const Item& item : items) hit = hit || renames.contains(doc_of(item));
  if (!hit) return false;
  std::set<Item> out;
  for (Item item : items) {
    const auto it = renames.find(doc_of(item));
    if (it != renames.end()) {
      if constexpr (std::is_same_v<Item, DocSpan>) {
        item.doc = it->second;
      } else {
        item = it->second;
      }
    }
    out.insert(std::move(item));
  }
  items = std::move(out);
  return true;
}

void rename_records(std::map<std::string, std::map<std::string, std::set<std::string>>>& record,
                    const std::map<std::string, std::string>& renames) {
  for (auto& [key, values] : record) {
    for (auto& [value, voters] : values) rename_set(voters, renames);
  }
}

}  // namespace

void rename_documents_in(NodeData& node, const std::map<std::string, std::string>& renames) {
  rename_set(node.mentions, renames);
  for (auto& [form, voters] : node.label_documents) rename_set(voters, renames);
  for (auto& [alias, voters] : node.alias_documents) rename_set(voters, renames);
  rename_records(node.attribute_documents, renames);
}

void rename_documents_in(EdgeData& edge, const std::map<std::string, std::string>& renames) {
  rename_set(edge.evidence, renames);
  rename_records(edge.attribute_documents, renames);
}

void GraphStorage::rename_documents(const std::map<std::string, std::string>& renames) {
  for (const auto& [id, v] : vertex_by_id) rename_documents_in(adjacency[v], renames);
  for (const auto& [id, e] : edge_by_id) rename_documents_in(adjacency[e], renames);
  for (auto& [id, m] : meetings) rename_set(m.evidence, renames);
  for (auto& [id, st] : statements) rename_set(st.evidence, renames);
}

}  // namespace newsgraph::detail
