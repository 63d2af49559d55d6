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
// in 2 MiB pages), where on another guest it had saved about 8%. On 1 GB of
// text (a 850-910 MB heap) it saved about 5% on the same guest (20.3-21.6 s
// with, 21.1-22.8 s without: fewer TLB misses), and advising only the heap
// past its first 256 MiB was slower than either (24.0-24.4 s, with 4.5-5.5 s
// of system time). The benchmark's size decides here; a machine kept for
// very large graphs can have them on huge pages with the system setting
// transparent_hugepage=always, without dyad asking.
void KeepFreedMemory();

}  // namespace dyad::cli
