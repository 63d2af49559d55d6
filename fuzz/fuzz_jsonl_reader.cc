// libFuzzer target: the JSON Lines reader, whole and as a later piece of a file.
#include "fuzz/fuzz_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  dyad::fuzz::ReadAs(data, size, "fuzz.jsonl", dyad::extract::InputFormat::kJsonLines);
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  dyad::fuzz::CheckRead(dyad::extract::ParseJsonLines(bytes, "fuzz.jsonl", 1000));
  return 0;
}
