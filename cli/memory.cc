#include "cli/memory.h"

#include <cstdint>  // and, through it, the C library's __GLIBC__

#if defined(__GLIBC__) && defined(__linux__)
#include <malloc.h>
#define DYAD_TUNE_MEMORY 1
#endif

namespace dyad::cli {
void KeepFreedMemory() {
#ifdef DYAD_TUNE_MEMORY
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  mallopt(M_TOP_PAD, 32 << 20);
#endif
}

}  // namespace dyad::cli
