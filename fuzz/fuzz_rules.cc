// libFuzzer target: the rule-pack loader on one arbitrary YAML file, then the
// extractor's compilation of whatever loaded without errors.
#include <cstddef>
#include <cstdint>
#include <string>

#include "extract/extractor.h"
#include "extract/rules/rules.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace dyad::extract;
  const std::string text(reinterpret_cast<const char*>(data), size);
  Diagnostics diagnostics;
  const RulePack pack = LoadRulePack({{"fuzz.yaml", text, 0}}, &diagnostics);
  // Every diagnostic carries a location: the loader promises file:line:column.
  for (const Diagnostic& d : diagnostics) {
    if (d.loc.file != "fuzz.yaml") __builtin_trap();
  }
  if (!HasErrors(diagnostics)) Extractor::Create(pack, &diagnostics);
  return 0;
}
