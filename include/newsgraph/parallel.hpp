// Streaming work on all cores with a deterministic result: one producer, N
// workers, and a consumer that receives the results in the order the items
// were produced, whatever thread finished first.
//
// Memory is bounded by `window`: the producer waits while that many items
// are produced but not yet consumed. With jobs == 1 everything runs on the
// calling thread, one item at a time.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace newsgraph {

/// Calls `produce(item)` until it returns false (on one thread), `work(item)`
/// on `jobs` threads at once, and `consume(result)` on the calling thread in
/// production order. The first exception thrown by any of them stops the run
/// and is rethrown here after every thread has ended; handle expected,
/// per-item problems inside `work` and pass them on in `Out` instead.
///
/// Items travel between the threads in batches of up to `batch`: one lock
/// and one wake-up per batch instead of per item, which matters when items
/// are small and cores few. `window` bounds the items produced but not yet
/// consumed (rounded up to whole batches, at least one batch per job).
///
/// Requires: produce and consume need not be thread-safe; work must be.
template <class In, class Out>
void run_ordered(std::size_t jobs, std::size_t window, const std::function<bool(In&)>& produce,
                 const std::function<Out(In&)>& work, const std::function<void(Out&)>& consume, std::size_t batch = 1) {
  if (jobs <= 1) {
    In item;
    while (produce(item)) {
      Out result = work(item);
      consume(result);
      item = In();
    }
    return;
  }
  if (batch == 0) batch = 1;
  const std::size_t max_batches = std::max(jobs, (window + batch - 1) / batch);

  std::mutex mutex;
  std::condition_variable work_ready, result_ready, space_ready;
  std::deque<std::pair<std::size_t, std::vector<In>>> pending;
  std::map<std::size_t, std::vector<Out>> done;
  std::size_t produced = 0, consumed = 0;  // batches
  bool end = false, stop = false;
  std::exception_ptr error;
  const auto fail = [&](std::exception_ptr e) {
    std::lock_guard lock(mutex);
    if (!error) error = e;
    stop = true;
    work_ready.notify_all();
    result_ready.notify_all();
    space_ready.notify_all();
  };

  std::thread producer([&] {
    try {
      bool more = true;
      while (more) {
        std::vector<In> items;
        items.reserve(batch);
        while (items.size() < batch) {
          In item;
          if (!produce(item)) {
            more = false;
            break;
          }
          items.push_back(std::move(item));
        }
        if (items.empty()) break;
        std::unique_lock lock(mutex);
        space_ready.wait(lock, [&] { return stop || produced - consumed < max_batches; });
        if (stop) break;
        pending.emplace_back(produced++, std::move(items));
        work_ready.notify_one();
      }
    } catch (...) {
      fail(std::current_exception());
    }
    std::lock_guard lock(mutex);
    end = true;
    work_ready.notify_all();
    result_ready.notify_all();
  });

  std::vector<std::thread> workers;
  for (std::size_t i = 0; i < jobs; ++i) {
    workers.emplace_back([&] {
      while (true) {
        std::pair<std::size_t, std::vector<In>> task;
        {
          std::unique_lock lock(mutex);
          work_ready.wait(lock, [&] { return stop || end || !pending.empty(); });
          if (stop || pending.empty()) return;
          task = std::move(pending.front());
          pending.pop_front();
        }
        try {
          std::vector<Out> results;
          results.reserve(task.second.size());
          for (In& item : task.second) results.push_back(work(item));
          task.second.clear();  // inputs freed by the thread that used them, before the hand-over
          std::lock_guard lock(mutex);
          done.emplace(task.first, std::move(results));
          if (task.first == consumed) result_ready.notify_all();
        } catch (...) {
          fail(std::current_exception());
          return;
        }
      }
    });
  }

  try {
    while (true) {
      std::vector<Out> results;
      {
        std::unique_lock lock(mutex);
        result_ready.wait(lock, [&] { return stop || done.contains(consumed) || (end && consumed == produced); });
        if (stop) break;
        const auto it = done.find(consumed);
        if (it == done.end()) break;  // end, everything consumed
        results = std::move(it->second);
        done.erase(it);
      }
      for (Out& result : results) consume(result);
      std::lock_guard lock(mutex);
      if (stop) break;
      ++consumed;
      space_ready.notify_one();
    }
  } catch (...) {
    fail(std::current_exception());
  }
  {
    std::lock_guard lock(mutex);
    stop = true;
    work_ready.notify_all();
    space_ready.notify_all();
  }
  producer.join();
  for (std::thread& t : workers) t.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace newsgraph
