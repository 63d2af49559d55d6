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
// touched as used), so that AdviseHugePages finds most of a step unused.
void KeepFreedMemory();

// Asks the kernel for transparent huge pages on the part of the heap grown
// since the last call. A graph of hundreds of megabytes otherwise takes a
// page fault every 4 KiB, which on a virtual machine cost about 8% of
// `build -j 1`; with huge pages it takes one every 2 MiB. Called by the
// stream after each piece. Where the kernel gives huge pages only when
// asked (transparent_hugepage=madvise, the usual default), this is the
// asking; with "always" it changes nothing, with "never" the kernel ignores it.
void AdviseHugePages();

}  // namespace dyad::cli
