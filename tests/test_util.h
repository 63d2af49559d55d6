#pragma once
// Helpers shared by the tests: paths into the source tree and file I/O.
#include <string>

namespace dyad::testing {

// Absolute path of a file in the source tree ("tests/data/x.txt").
std::string SourcePath(const std::string& relative);

// The whole file, or a failed REQUIRE naming it.
std::string ReadFile(const std::string& path);

// The shared schemas folder beside the checkout ("" if absent).
std::string SchemasDir();

}  // namespace dyad::testing
