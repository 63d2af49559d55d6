#pragma once
// What the reader targets check on every input: ParseInput never throws, and
// every document it returns keeps the promises of extract/document.h.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/document.h"
#include "extract/text.h"

namespace dyad::fuzz {

inline void CheckRead(const extract::ReadResult& r) {
  for (const extract::Document& d : r.documents) {
    // Text is valid UTF-8, its hash is of the text, and it is never empty.
    if (extract::FirstInvalidUtf8(d.text) != std::string_view::npos) __builtin_trap();
    if (d.content_hash != extract::ContentHash(d.text)) __builtin_trap();
    if (d.text.empty()) __builtin_trap();
  }
}

inline void ReadAs(const std::uint8_t* data, std::size_t size, std::string_view path,
                   extract::InputFormat format) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  CheckRead(extract::ParseInput(bytes, path, format));
}

}  // namespace dyad::fuzz
