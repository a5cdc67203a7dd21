// Articles a publisher corrected: documents that are one article (one id,
// one URL or one file) with two texts. The latest version is kept and the
// others are withdrawn: their record, mentions, evidence, meetings and
// statements go, and nodes and edges no other document supports go with them.
#include <algorithm>
#include <numeric>
#include <string_view>

#include "graph/names.hpp"
#include "graph/provenance.hpp"
#include "graph/storage.hpp"

namespace newsgraph {
namespace detail {
namespace {

// "PATH:LINE", the source a JSON Lines record without a URL is given: a
// place in a file that the next dump may fill with another article.
bool is_record_location(std::string_view source) {
  const std::size_t colon = source.rfind(':');
  if (colon == std::string_view::npos || colon + 1 == source.size()) return false;
  return source.find_first_not_of("0123456789", colon + 1) == std::string_view::npos;
}

std::string_view file_stem(std::string_view path) {
  const std::size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const std::size_t dot = name.rfind('.');
  return dot == std::string_view::npos || dot == 0 ? name : name.substr(0, dot);
}

}  // namespace

std::vector<std::string> version_keys(const DocumentRecord& d) {
  std::vector<std::string> keys;
  const bool is_url = d.source.find("://") != std::string::npos;
  const bool is_file = !is_url && !d.source.empty() && !is_record_location(d.source);
  if (is_url || is_file) keys.push_back("source\x1f" + d.source);
  const std::string base = base_document_id(d);
  // An id made from the text ("doc-" and its sha256) or from the file name names no article of its own.
  const bool from_text = base == "doc-" + d.sha256.substr(0, 16);
  const bool from_file = is_file && base == file_stem(d.source);
  if (!from_text && !from_file) keys.push_back("id\x1f" + base);
  return keys;
}

namespace {

// Removes the spans of `gone` documents; true when any was there.
bool drop_spans(std::set<DocSpan>& spans, const std::set<std::string>& gone) {
  return std::erase_if(spans, [&](const DocSpan& s) { return gone.contains(s.doc); }) > 0;
}

// Withdraws `gone` documents from a node; false when nothing is left of it.
bool withdraw_from_node(NodeData& node, const std::set<std::string>& gone) {
  bool touched = drop_spans(node.mentions, gone);
  bool any_left = false;
  for (auto it = node.label_documents.begin(); it != node.label_documents.end();) {
    const bool voted = std::erase_if(it->second, [&](const std::string& doc) { return gone.contains(doc); }) > 0;
    touched = touched || voted;
    any_left = any_left || !it->second.empty();
    it = voted && it->second.empty() ? node.label_documents.erase(it) : std::next(it);
  }
  if (!touched) return true;
  if (!any_left && node.mentions.empty()) return false;
  withdraw_aliases_and_attributes(node, gone);
  choose_label(node);
  return true;
}

// Meetings or statements: the spans of `gone` removed, a record left with none removed.
template <class Records>
void drop_records(Records& records, const std::set<std::string>& gone) {
  for (auto it = records.begin(); it != records.end();) {
    const bool dropped = drop_spans(it->second.evidence, gone);
    it = dropped && it->second.evidence.empty() ? records.erase(it) : std::next(it);
  }
}

}  // namespace

void GraphStorage::withdraw(const std::set<std::string>& gone) {
  std::set<std::string> bases;
  for (const std::string& id : gone) {
    const auto it = documents.find(id);
    if (it == documents.end()) continue;
    const std::string base = base_document_id(it->second);
    bases.insert(base);
    id_by_sha.erase(it->second.sha256);
    const auto shas = shas_by_base.find(base);
    if (shas != shas_by_base.end() && shas->second.erase(it->second.sha256) > 0 && shas->second.empty()) {
      shas_by_base.erase(shas);
    }
    documents.erase(it);
  }
  // What is left is taken out and added again to the cleared adjacency list:
  // removing vertices from a vecS list would renumber the rest, and Boost
  // copies a list on assignment and swap (rare enough to rebuild).
  std::vector<NodeData> nodes;
  for (const auto& [id, v] : vertex_by_id) {
    NodeData& node = adjacency[v];
    if (withdraw_from_node(node, gone)) nodes.push_back(std::move(node));
  }
  std::vector<EdgeData> edges;
  for (const auto& [id, e] : edge_by_id) {
    EdgeData& edge = adjacency[e];
    if (!drop_spans(edge.evidence, gone)) {
      edges.push_back(std::move(edge));
    } else if (!edge.evidence.empty()) {
      withdraw_attributes(edge, gone);
      edges.push_back(std::move(edge));
    }
  }
  adjacency.clear();
  vertex_by_id.clear();
  edge_by_id.clear();
  for (NodeData& node : nodes) upsert_node(std::move(node));
  for (EdgeData& edge : edges) upsert_edge(std::move(edge));  // an edge whose end is gone is not added
  drop_records(meetings, gone);
  drop_records(statements, gone);
  // A document that had to carry "-<sha256[:8]>" beside a withdrawn one may take its id back.
  std::map<std::string, DocumentRecord> moving;
  std::map<std::string, std::string> renames;
  assign_document_ids(*this, bases, moving, {}, renames);
}

namespace {

// One document of a group of versions.
struct Version {
  const DocumentRecord* record;
  bool previous;  // in the graph before this run (an update's old text)
};

// Why `a` is a later version than `b`, or "" when nothing tells: a later
// date when both are dated, else being new in an update.
std::string later_because(const Version& a, const Version& b) {
  const std::string& x = a.record->date;
  const std::string& y = b.record->date;
  if (!x.empty() && !y.empty() && x != y) return x > y ? "dated " + x + ", the other " + y : "";
  if (!a.previous && b.previous) return "given to the update";
  return "";
}

// Groups of documents that share a key (id, URL or file): union-find over the documents.
std::vector<std::vector<std::size_t>> version_groups(const std::vector<Version>& versions) {
  std::vector<std::size_t> parent(versions.size());
  std::iota(parent.begin(), parent.end(), std::size_t{0});
  const auto root = [&](std::size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  std::map<std::string, std::size_t> first_with;
  for (std::size_t i = 0; i < versions.size(); ++i) {
    for (const std::string& key : version_keys(*versions[i].record)) {
      const auto [it, added] = first_with.try_emplace(key, i);
      if (!added) parent[root(i)] = root(it->second);
    }
  }
  std::map<std::size_t, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < versions.size(); ++i) groups[root(i)].push_back(i);
  std::vector<std::vector<std::size_t>> out;
  for (auto& [r, members] : groups) {
    if (members.size() > 1) out.push_back(std::move(members));
  }
  return out;
}

}  // namespace
}  // namespace detail

std::vector<std::string> Graph::settle_versions(const std::set<std::string>& previous_shas) {
  std::vector<detail::Version> versions;
  for (const auto& [id, record] : documents()) versions.push_back({&record, previous_shas.contains(record.sha256)});
  std::set<std::string> gone;
  std::vector<std::string> messages;
  for (const std::vector<std::size_t>& group : detail::version_groups(versions)) {
    std::vector<std::string> kept;
    for (const std::size_t i : group) {
      const detail::Version& v = versions[i];
      std::string replaced_by, because;
      for (const std::size_t j : group) {
        because = detail::later_because(versions[j], v);
        if (!because.empty()) {
          replaced_by = versions[j].record->id;
          break;
        }
      }
      if (replaced_by.empty()) {
        kept.push_back("\"" + v.record->id + "\"");
        continue;
      }
      gone.insert(v.record->id);
      messages.push_back("document \"" + v.record->id + "\" (" + v.record->source + ") is replaced by its corrected version \"" +
                         replaced_by + "\" (" + because + ")");
    }
    if (kept.size() > 1) {
      std::string list;
      for (const std::string& id : kept) list += (list.empty() ? "" : ", ") + id;
      messages.push_back("documents " + list + " are versions of one article (one id, URL or file) and nothing tells " +
                         "which is the correction (no later date; not an update): all kept");
    }
  }
  if (!gone.empty()) store().withdraw(gone);
  return messages;
}

void Graph::withdraw_documents(const std::set<std::string>& ids) {
  if (store_) store_->withdraw(ids);
}

}  // namespace newsgraph
