#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "cli/memory.h"
#include "tests/catch.h"

namespace dyad::cli {
namespace {

// The VmFlags lines of the mappings named [heap] in /proc/self/smaps.
std::vector<std::string> HeapFlags() {
  std::ifstream smaps("/proc/self/smaps");
  std::vector<std::string> flags;
  bool in_heap = false;
  for (std::string line; std::getline(smaps, line);) {
    const std::string first = line.substr(0, line.find(' '));
    if (first.empty() || first.back() != ':') {  // a mapping's header: "55d6...-55d6... rw-p ... [heap]"
      in_heap = line.size() >= 6 && line.compare(line.size() - 6, 6, "[heap]") == 0;
    } else if (in_heap && first == "VmFlags:") {
      flags.push_back(line);
    }
  }
  return flags;
}

// What AdviseHugePages asks shows in the kernel's flags of the heap's
// mappings ("hg": MADV_HUGEPAGE), whatever the system's THP setting.
TEST_CASE("the heap grown after KeepFreedMemory is advised to take huge pages", "[cli]") {
#if defined(__SANITIZE_ADDRESS__) || !defined(__linux__) || !defined(__GLIBC__)
  WARN("not glibc's heap here: nothing to check");
  return;
#endif
  if (!std::filesystem::exists("/sys/kernel/mm/transparent_hugepage")) {
    WARN("kernel without transparent huge pages: nothing to check");
    return;
  }
  KeepFreedMemory();
  std::vector<std::unique_ptr<char[]>> blocks;
  for (int i = 0; i < 256; ++i) {  // 16 MiB in blocks the heap holds (below the mmap threshold)
    blocks.emplace_back(new char[64 << 10]);
    blocks.back()[0] = 1;
  }
  AdviseHugePages();
  const std::vector<std::string> flags = HeapFlags();
  REQUIRE_FALSE(flags.empty());
  bool advised = false;
  for (const std::string& f : flags) advised = advised || (f + " ").find(" hg ") != std::string::npos;
  CHECK(advised);
}

}  // namespace
}  // namespace dyad::cli
