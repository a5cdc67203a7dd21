// Streaming work on all cores with a deterministic result: items are
// produced in order, worked on by N threads at once, and consumed in the
// order they were produced, whatever thread finished first.
//
// There is no producer or consumer thread: each of the N workers (the
// calling thread is one) takes the next batch of items itself, works on it,
// and, when its results are next in line, consumes them and whatever others
// are waiting behind them. On two cores, two threads then share the work
// and nobody sleeps waiting for a hand-over; a wake-up is a system call,
// which costs as much as a few short articles on a virtual machine.
//
// Memory is bounded by `window`: a worker waits while that many items are
// produced but not yet consumed. With jobs == 1 everything runs on the
// calling thread, one item at a time.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace newsgraph {

/// Calls `produce(item)` until it returns false, `work(item)` on `jobs`
/// threads at once, and `consume(result)` in production order. `produce` is
/// called by one thread at a time, and so is `consume` (not necessarily the
/// calling thread: by whichever worker has the next results). The first
/// exception thrown by any of them stops the run and is rethrown here after
/// every thread has ended; handle expected, per-item problems inside `work`
/// and pass them on in `Out` instead.
///
/// Items are taken in batches of up to `batch`: one lock per batch instead
/// of per item, which matters when items are small and cores few. `window`
/// bounds the items produced but not yet consumed (rounded up to whole
/// batches, at least one batch per job).
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
  std::condition_variable space_ready;         // for workers waiting on the window
  std::size_t waiting = 0;                     // how many: no notify (a system call) when none
  std::map<std::size_t, std::vector<Out>> done;  // results waiting for their turn
  std::size_t produced = 0, consumed = 0;      // batches
  bool end = false, stop = false;
  std::exception_ptr error;

  const auto worker = [&] {
    try {
      while (true) {
        std::vector<In> items;
        std::size_t index = 0;
        {
          std::unique_lock lock(mutex);
          if (!stop && !end && produced - consumed >= max_batches) {
            ++waiting;
            space_ready.wait(lock, [&] { return stop || end || produced - consumed < max_batches; });
            --waiting;
          }
          if (stop || end) return;
          items.reserve(batch);
          while (items.size() < batch) {
            In item;
            if (!produce(item)) {
              end = true;
              if (waiting > 0) space_ready.notify_all();
              break;
            }
            items.push_back(std::move(item));
          }
          if (items.empty()) return;
          index = produced++;
        }
        std::vector<Out> results;
        results.reserve(items.size());
        for (In& item : items) results.push_back(work(item));
        items.clear();

        std::unique_lock lock(mutex);
        if (stop) return;
        done.emplace(index, std::move(results));
        // Results are consumed by the thread that takes them out of `done`,
        // which it does only when they are next in line; `consumed` moves on
        // once they are consumed, so one thread consumes at a time, and it
        // goes on with results that others parked meanwhile.
        while (!stop) {
          const auto next = done.find(consumed);
          if (next == done.end()) break;
          std::vector<Out> ready = std::move(next->second);
          done.erase(next);
          lock.unlock();
          for (Out& result : ready) consume(result);
          ready.clear();
          lock.lock();
          ++consumed;
          if (waiting > 0) space_ready.notify_all();
        }
      }
    } catch (...) {
      std::lock_guard lock(mutex);
      if (!error) error = std::current_exception();
      stop = true;
      space_ready.notify_all();
    }
  };

  std::vector<std::thread> others;
  for (std::size_t i = 1; i < jobs; ++i) others.emplace_back(worker);
  worker();
  for (std::thread& t : others) t.join();
  if (error) std::rethrow_exception(error);
}

}  // namespace newsgraph
