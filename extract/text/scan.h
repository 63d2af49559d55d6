#pragma once
// Code point helpers shared by paragraph segmentation (segment.cc) and
// sentence splitting (sentences.cc): lenient decoding of text that is
// already valid UTF-8, case and space classes, trimming, closing quotes.
// Inline: they run on every byte of every article.
#include <cstddef>
#include <string_view>

namespace dyad::extract::scan {

// Lenient UTF-8 decoding: the text is already valid (documents are sanitized),
// and a stray byte just reads as itself.
inline char32_t DecodeAt(std::string_view s, std::size_t i, std::size_t* len) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  int n = b0 < 0x80 ? 0 : b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : b0 >= 0xC0 ? 1 : 0;
  if (i + n >= s.size()) n = 0;
  char32_t cp = n == 0 ? b0 : n == 1 ? (b0 & 0x1F) : n == 2 ? (b0 & 0x0F) : (b0 & 0x07);
  for (int k = 1; k <= n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  *len = n + 1;
  return cp;
}

// Start of the code point that ends right before `end`.
inline std::size_t PrevStart(std::string_view s, std::size_t end) {
  std::size_t i = end - 1;
  while (i > 0 && end - i < 4 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

inline bool IsSpace(char32_t cp) {
  return cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

inline bool IsUpper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) {
    return ((cp % 2 == 0) != (cp >= 0x139 && cp <= 0x148)) && cp != 0x138 && cp != 0x149 && cp != 0x17F;
  }
  return (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F);
}

inline bool IsLower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;
  if (cp >= 0x100 && cp <= 0x17F) return !IsUpper(cp);
  return (cp >= 0x3B1 && cp <= 0x3C9) || (cp >= 0x430 && cp <= 0x45F);
}

inline bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

inline std::size_t SkipSpaces(std::string_view s, std::size_t i, std::size_t end) {
  std::size_t len = 1;
  while (i < end && IsSpace(DecodeAt(s, i, &len))) i += len;
  return i;
}

inline std::size_t TrimEnd(std::string_view s, std::size_t begin, std::size_t end) {
  while (end > begin) {
    std::size_t p = PrevStart(s, end), len = 1;
    if (!IsSpace(DecodeAt(s, p, &len))) break;
    end = p;
  }
  return end;
}

// Length of a closing quote or bracket at i, or 0.
inline std::size_t CloserAt(std::string_view s, std::size_t i, std::size_t end) {
  const char c = s[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  if (c == '\xC2' && i + 2 <= end && s.compare(i, 2, "\u00BB") == 0) return 2;
  if (c == '\xE2' && i + 3 <= end && (s.compare(i, 3, "\u201D") == 0 || s.compare(i, 3, "\u2019") == 0)) return 3;
  return 0;
}

}  // namespace dyad::extract::scan
