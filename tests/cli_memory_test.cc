#include <unistd.h>

#include <cstdint>
#include <memory>
#include <vector>

#include "cli/memory.h"
#include "tests/catch.h"

namespace dyad::cli {
namespace {

std::uintptr_t HeapEnd() { return reinterpret_cast<std::uintptr_t>(sbrk(0)); }

// After KeepFreedMemory, blocks of a megabyte come from the heap rather than
// from mmap, and freeing the top of the heap does not hand it back to the
// kernel: the next piece of input reuses it without faulting it in again.
TEST_CASE("memory freed after KeepFreedMemory stays with the process", "[cli]") {
#if defined(__SANITIZE_ADDRESS__) || !defined(__linux__) || !defined(__GLIBC__)
  WARN("not glibc's heap here: nothing to check");
  return;
#endif
  KeepFreedMemory();
  const std::uintptr_t start = HeapEnd();
  std::vector<std::unique_ptr<char[]>> blocks;
  for (int i = 0; i < 16; ++i) {  // 16 MiB, each block above glibc's default mmap threshold
    blocks.emplace_back(new char[1 << 20]);
    blocks.back()[0] = 1;
  }
  const std::uintptr_t grown = HeapEnd();
  for (const auto& b : blocks) {
    const auto at = reinterpret_cast<std::uintptr_t>(b.get());
    CHECK(at < grown);  // in the heap: a mapping of its own would lie above it
  }
  CHECK(grown >= start + (16 << 20));
  blocks.clear();  // the heap's top is free now
  CHECK(HeapEnd() == grown);
}

}  // namespace
}  // namespace dyad::cli
