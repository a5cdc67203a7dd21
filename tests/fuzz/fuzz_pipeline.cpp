// libFuzzer entry point for newsgraph::fuzz::pipeline (see fuzz_targets.hpp).
#include "fuzz_targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return newsgraph::fuzz::pipeline(data, size);
}
