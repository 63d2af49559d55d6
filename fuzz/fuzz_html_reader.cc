// libFuzzer target: the HTML reader (article extraction, entities, metadata).
#include "fuzz/fuzz_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  dyad::fuzz::ReadAs(data, size, "fuzz.html", dyad::extract::InputFormat::kHtml);
  return 0;
}
