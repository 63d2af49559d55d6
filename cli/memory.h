#pragma once
// How dyad, run as a program, has the C library and the kernel hold its
// memory. Both calls do nothing where they do not apply (another C library,
// or a process that did not call KeepFreedMemory, as most tests).

namespace dyad::cli {

// The streaming commands allocate and free a few megabytes per piece of
// input. glibc's defaults hand such blocks back to the kernel (munmap, or a
// trim of the heap top) and fault them in again for the next piece: page
// faults and zeroing took a third of `extract -j 1`'s time. Kept, freed
// memory is reused; the process's peak is unchanged. The heap also grows in
// steps of 32 MiB of address space (not of memory: pages are still only
// touched as used), one brk call where there were hundreds.
//
// The heap is not advised to take transparent huge pages (MADV_HUGEPAGE):
// on a 2-vCPU KVM guest that made `build -j 1` on 200 MB of text 7% slower
// (4.27-4.37 s without, 4.59-4.64 s with, 0.3 s more system time faulting
// in 2 MiB pages), where on another guest it had saved about 8%.
void KeepFreedMemory();

}  // namespace dyad::cli
