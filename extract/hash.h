#pragma once
// FNV-1a 64: article content hashes, the rule pack's fingerprint, and the
// word filters' keys.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dyad::extract {

// FNV-1a 64-bit hash, and the same as 16 lower-case hex digits.
inline constexpr std::uint64_t kFnvBasis = 14695981039346656037ull;
inline constexpr std::uint64_t kFnvPrime = 1099511628211ull;
std::uint64_t Fnv1a64(std::string_view bytes, std::uint64_t seed = kFnvBasis);
std::string Fnv1a64Hex(std::string_view bytes);
// Fnv1a64Hex of each of n texts into out[0..n). The same digits, about three
// times as fast on many texts: FNV-1a is one chain of multiplications per
// text, each waiting on the last, so four texts are hashed side by side.
void Fnv1a64HexEach(const std::string_view* texts, std::size_t n, std::string* out);

}  // namespace dyad::extract
