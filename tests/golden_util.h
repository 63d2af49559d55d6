#pragma once
// Comparing output with golden files under the source tree. A golden file
// is rewritten only on request (DYAD_REGENERATE_GOLDEN=1), so that a change
// is always a deliberate one that shows in review.
#include <cstdlib>
#include <fstream>
#include <string>

#include "tests/catch.h"
#include "tests/test_util.h"

namespace dyad::testing {

inline void CheckGolden(const std::string& actual, const std::string& relative_path) {
  const std::string path = SourcePath(relative_path);
  const char* regenerate = std::getenv("DYAD_REGENERATE_GOLDEN");
  if (regenerate != nullptr && std::string(regenerate) == "1") {
    std::ofstream(path, std::ios::binary) << actual;
    WARN("regenerated " << relative_path);
    return;
  }
  INFO("golden file " << relative_path << " (DYAD_REGENERATE_GOLDEN=1 rewrites it)");
  CHECK(actual == ReadFile(path));
}

}  // namespace dyad::testing
