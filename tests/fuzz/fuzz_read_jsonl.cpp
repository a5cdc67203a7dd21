// libFuzzer entry point for newsgraph::fuzz::read_jsonl (see fuzz_targets.hpp).
#include "fuzz_targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return newsgraph::fuzz::read_jsonl(data, size);
}
