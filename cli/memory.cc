#include "cli/memory.h"

#include <cstdint>  // and, through it, the C library's __GLIBC__

#if defined(__GLIBC__) && defined(__linux__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#define DYAD_TUNE_MEMORY 1
#endif

namespace dyad::cli {
namespace {

#ifdef DYAD_TUNE_MEMORY
bool tuned = false;
std::uintptr_t advised_end = 0;  // the heap up to here has been advised
#endif

}  // namespace

void KeepFreedMemory() {
#ifdef DYAD_TUNE_MEMORY
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  mallopt(M_TOP_PAD, 32 << 20);
  advised_end = reinterpret_cast<std::uintptr_t>(sbrk(0));
  tuned = true;
#endif
}

void AdviseHugePages() {
#ifdef DYAD_TUNE_MEMORY
  if (!tuned) return;
  const auto end = reinterpret_cast<std::uintptr_t>(sbrk(0));
  if (end <= advised_end) return;
  const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
  const std::uintptr_t from = advised_end & ~(page - 1);
  // Advice only: where it cannot be taken, the pages stay small.
  madvise(reinterpret_cast<void*>(from), end - from, MADV_HUGEPAGE);
  advised_end = end;
#endif
}

}  // namespace dyad::cli
