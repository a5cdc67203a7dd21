// The union of two graphs: documents first (they may be renamed), then
// nodes, edges, meetings and statements with their spans following the
// documents' ids here.
#include <exception>
#include <thread>
#include <type_traits>

#include "graph/storage.hpp"

namespace newsgraph {
namespace detail {
namespace {

// How the spans of a merged graph name their documents here.
struct DocIds {
  std::map<std::string, std::string> changes;  // id there -> another id here
  bool same = true;                            // every id is the same here

  explicit DocIds(const std::map<std::string, std::string>& ids) {
    for (const auto& [from, to] : ids) {
      if (from != to) changes.emplace(from, to);
    }
    same = changes.empty();
  }
  std::set<DocSpan> mapped(const std::set<DocSpan>& spans) const {
    std::set<DocSpan> out;
    for (DocSpan s : spans) {
      const auto it = changes.find(s.doc);
      if (it != changes.end()) s.doc = it->second;
      out.insert(std::move(s));
    }
    return out;
  }
};

// A record whose id is new here moves over with its map node: nothing is
// allocated, and nothing is left behind in `from` until it is cleared.
template <class Records, class Upsert>
void take_records(Records& into, Records& from, const DocIds& doc_ids, Upsert upsert) {
  while (!from.empty()) {
    auto node = from.extract(from.begin());
    if (!doc_ids.same) node.mapped().evidence = doc_ids.mapped(node.mapped().evidence);
    const auto it = into.lower_bound(node.key());
    if (it == into.end() || it->first != node.key()) {
      into.insert(it, std::move(node));
    } else {
      upsert(std::move(node.mapped()));
    }
  }
}

// From a graph that stays as it is: each record is copied only when its spans are renamed.
template <class Records, class Upsert>
void copy_records(const Records& from, const DocIds& doc_ids, Upsert upsert) {
  for (const auto& [id, record] : from) {
    if (doc_ids.same) {
      upsert(record);
    } else {
      auto copy = record;
      copy.evidence = doc_ids.mapped(record.evidence);
      upsert(std::move(copy));
    }
  }
}

// Meetings and statements: their own maps, so they may go on another thread.
template <class Other>  // const GraphStorage& or GraphStorage&&
void merge_records(GraphStorage& into, Other&& other, const DocIds& doc_ids) {
  if constexpr (std::is_const_v<std::remove_reference_t<Other>>) {
    copy_records(other.meetings, doc_ids, [&](auto&& m) { into.upsert_meeting(std::forward<decltype(m)>(m)); });
    copy_records(other.statements, doc_ids, [&](auto&& st) { into.upsert_statement(std::forward<decltype(st)>(st)); });
  } else {
    take_records(into.meetings, other.meetings, doc_ids, [&](MeetingRecord&& m) { into.upsert_meeting(std::move(m)); });
    take_records(into.statements, other.statements, doc_ids,
                 [&](StatementRecord&& st) { into.upsert_statement(std::move(st)); });
  }
}

// A node's or an edge's document ids as they are here.
template <class Item>
void map_documents(Item& item, const DocIds& doc_ids) {
  rename_documents_in(item, doc_ids.changes);
}

// One node or edge; moved from when `steal`.
template <bool steal, class Item, class Upsert>
void merge_item(Item& item, const DocIds& doc_ids, Upsert upsert) {
  if constexpr (steal) {
    if (!doc_ids.same) map_documents(item, doc_ids);
    upsert(std::move(item));
  } else if (doc_ids.same) {
    upsert(item);
  } else {
    std::remove_const_t<Item> copy = item;
    map_documents(copy, doc_ids);
    upsert(std::move(copy));
  }
}

// Nodes and edges; from an rvalue their data is moved.
template <class Other>  // const GraphStorage& or GraphStorage&&
void merge_nodes_and_edges(GraphStorage& into, Other&& other, const DocIds& doc_ids) {
  constexpr bool steal = !std::is_const_v<std::remove_reference_t<Other>>;
  for (const auto& [id, v] : other.vertex_by_id) {
    merge_item<steal>(other.adjacency[v], doc_ids,
                      [&](auto&& n) { into.upsert_node(std::forward<decltype(n)>(n)); });
  }
  for (const auto& [id, e] : other.edge_by_id) {
    merge_item<steal>(other.adjacency[e], doc_ids,
                      [&](auto&& ed) { into.upsert_edge(std::forward<decltype(ed)>(ed)); });
  }
}

// Joined however it is left (a std::thread destroyed unjoined ends the process).
struct JoinedThread {
  std::thread thread;
  std::exception_ptr error;
  ~JoinedThread() {
    if (thread.joinable()) thread.join();
  }
  template <class Work>
  void start(Work work) {
    thread = std::thread([this, work] {
      try {
        work();
      } catch (...) {
        error = std::current_exception();
      }
    });
  }
  void finish() {
    if (thread.joinable()) thread.join();
    if (error) std::rethrow_exception(error);
  }
};

}  // namespace

void GraphStorage::merge(const GraphStorage& other) {
  if (&other == this) return;
  warnings.insert(warnings.end(), other.warnings.begin(), other.warnings.end());
  const std::map<std::string, std::string> ids = merge_documents(other.documents);
  const DocIds doc_ids(ids);
  merge_records(*this, other, doc_ids);
  merge_nodes_and_edges(*this, other, doc_ids);
}

void GraphStorage::merge(GraphStorage&& other, bool two_threads) {
  if (&other == this) return;
  warnings.insert(warnings.end(), other.warnings.begin(), other.warnings.end());
  const std::map<std::string, std::string> ids = merge_documents(other.documents);
  const DocIds doc_ids(ids);
  JoinedThread records;
  if (two_threads) {
    records.start([&] { merge_records(*this, std::move(other), doc_ids); });
  } else {
    merge_records(*this, std::move(other), doc_ids);
  }
  merge_nodes_and_edges(*this, std::move(other), doc_ids);
  records.finish();
}

}  // namespace detail

void Graph::merge(const Graph& other) {
  if (&other == this || other.store_ == nullptr) return;
  store().merge(*other.store_);
}

void Graph::merge(Graph&& other) {
  if (&other == this || other.store_ == nullptr) return;
  if (store_ == nullptr) {
    // Into an empty graph the union is the other graph itself.
    store_ = std::move(other.store_);
    return;
  }
  store().merge(std::move(*other.store_), false);
  other.store_.reset();  // its records are moved-from: leave it empty, not half-valid
}

void Graph::merge_on_two_threads(Graph&& other) {
  if (&other == this || other.store_ == nullptr) return;
  if (store_ == nullptr) {
    store_ = std::move(other.store_);
    return;
  }
  store().merge(std::move(*other.store_), true);
  other.store_.reset();
}

}  // namespace newsgraph
