#pragma once
// UTF-8 text primitives: validation, case and accent folding, word tokens.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::extract {

// Replaces each invalid UTF-8 sequence with U+FFFD; returns how many were replaced.
int SanitizeUtf8(std::string* text);

// Offset of the first invalid UTF-8 byte, or npos if the text is valid.
std::size_t FirstInvalidUtf8(std::string_view text);

// Length (1-4) of the valid UTF-8 sequence starting at text[i], or 0 if the
// bytes there are not one.
std::size_t Utf8SequenceAt(std::string_view text, std::size_t i);

// A hash of a token's folded text, taken once by the tokenizer so that the
// phrase dictionaries do not hash the same token again for each lookup.
// Inline: the tokenizer takes it for every token.
inline std::uint64_t TokenHash(std::string_view folded) {
  // Eight bytes at a time: tokens are short, so this is one or two rounds.
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
  std::uint64_t h = folded.size() * kMul;
  const char* p = folded.data();
  std::size_t n = folded.size();
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    h = (h ^ v) * kMul;
    h ^= h >> 32;
  }
  // The last 0-7 bytes without a loop: two overlapping loads cover 4-7 of
  // them, three single bytes 1-3 (the length, mixed in above, tells the
  // cases apart).
  std::uint64_t v = 0;
  if (n >= 4) {
    std::uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    v = lo | std::uint64_t{hi} << 32;
  } else if (n > 0) {
    auto byte = [&](std::size_t k) { return std::uint64_t{static_cast<unsigned char>(p[k])}; };
    v = byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16;
  }
  h = (h ^ v) * kMul;
  return h ^ (h >> 29);
}

// A word or punctuation token. `folded` is lower-cased, accent-stripped text
// (e.g. "États" -> "etats", "’" -> "'"); begin/end are byte offsets in the
// original text.
struct Token {
  std::string_view folded;
  std::uint64_t hash = 0;  // TokenHash(folded)
  std::size_t begin = 0;
  std::size_t end = 0;
  bool is_word = false;     // letters/digits, as opposed to punctuation
  bool capitalized = false; // first letter upper case in the original
};

// Tokens of text[begin, end): words are runs of letters and digits; an
// apostrophe splits "Peru's" into "peru" "'s" and "l'intérieur" into "l'"
// "interieur"; every other non-space character is a token of its own.
// `storage` holds the folded text the tokens point into; it is reused.
class Tokenizer {
 public:
  void Tokenize(std::string_view text, std::size_t begin, std::size_t end, std::vector<Token>* out);

 private:
  std::string storage_;
};

// A set of folded words and word pairs, and a quick test of whether a text
// may hold one of them as tokens: most sentences hold no cue, and this test
// reads their bytes once, folding and hashing words without making tokens.
// Exact in one direction: if the Tokenizer would make of the text a word
// token in the set, or two consecutive word tokens that are a pair in it,
// MayContain is true (it is sometimes true when none is: a Bloom filter).
// Words with an apostrophe ("l'", "n't") cannot be added.
class WordFilter {
 public:
  WordFilter();
  // Adds a folded word token (letters and digits only, as the Tokenizer makes).
  void Add(std::string_view folded_word);
  // Adds two such words as consecutive tokens ("met" "with").
  void AddPair(std::string_view first, std::string_view second);
  // Makes MayContain always true (for a set that cannot be told by its words).
  void AcceptAll() { accept_all_ = true; }
  bool MayContain(std::string_view text, std::size_t begin, std::size_t end) const;

 private:
  // 128 KB: a pack with lemmas has tens of thousands of anchor forms, and a
  // fuller table lets most sentences through.
  static constexpr std::size_t kBits = 1u << 20;
  void Set(std::uint64_t key);
  bool Test(std::uint64_t key) const;
  std::vector<std::uint64_t> bits_;
  bool accept_all_ = false;
};

// The folded form of a phrase's tokens joined by single spaces
// ("Côte d’Ivoire" -> "cote d' ivoire"): how rule phrases are indexed.
std::string FoldPhrase(std::string_view text);

}  // namespace dyad::extract
