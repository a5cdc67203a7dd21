// Internal to the graph stage: set union as merges do it, many times.
//
// Spans arrive sorted and mostly sort after everything already there (a new
// document), so each goes in with a hint: no search per span. From a set
// about to be dropped, nodes are moved over rather than copied.
#pragma once

#include <iterator>
#include <set>

namespace newsgraph::detail {

/// The hint for the next value: just after `at` (end() when `at` is last,
/// which is found without walking the tree).
template <class T>
typename std::set<T>::iterator after(std::set<T>& set, typename std::set<T>::iterator at) {
  return at == std::prev(set.end()) ? set.end() : std::next(at);
}

template <class T>
void unite(std::set<T>& into, const std::set<T>& from) {
  auto hint = into.end();
  for (const T& value : from) hint = after(into, into.insert(hint, value));
}

template <class T>
void unite(std::set<T>& into, std::set<T>&& from) {
  if (into.empty()) {
    into.swap(from);
    return;
  }
  auto hint = into.end();
  while (!from.empty()) hint = after(into, into.insert(hint, from.extract(from.begin())));
}

}  // namespace newsgraph::detail
