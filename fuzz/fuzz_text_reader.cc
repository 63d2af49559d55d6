// libFuzzer target: the plain-text and Markdown (front matter) readers.
#include "fuzz/fuzz_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  dyad::fuzz::ReadAs(data, size, "fuzz.txt", dyad::extract::InputFormat::kText);
  dyad::fuzz::ReadAs(data, size, "fuzz.md", dyad::extract::InputFormat::kMarkdown);
  return 0;
}
