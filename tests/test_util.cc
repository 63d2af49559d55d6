#include "tests/test_util.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/catch.h"

namespace dyad::testing {

std::string SourcePath(const std::string& relative) {
  return std::string(DYAD_SOURCE_DIR) + "/" + relative;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  INFO("reading " << path);
  REQUIRE(in.good());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string SchemasDir() {
  std::filesystem::path dir = std::filesystem::path(DYAD_SOURCE_DIR).parent_path() / "shared" / "schemas";
  return std::filesystem::is_directory(dir) ? dir.string() : std::string();
}

}  // namespace dyad::testing
