#pragma once
// A file compiled into the binary (the default rule pack).
#include <string_view>
#include <vector>

namespace dyad::extract {

struct EmbeddedFile {
  std::string_view name;  // e.g. "rules/relations/visit.yaml"
  std::string_view text;
};

}  // namespace dyad::extract

namespace dyad::rules_data {
// The rule files under rules/, in the order rules/CMakeLists.txt lists them.
const std::vector<extract::EmbeddedFile>& DefaultRuleFiles();
}  // namespace dyad::rules_data
