#include "export/xml.h"

namespace dyad::exporters {
namespace {

// Length of the valid UTF-8 sequence starting at text[i], or 0 if the bytes
// there are not one (overlong, surrogate, above U+10FFFF, truncated).
std::size_t Utf8Length(std::string_view text, std::size_t i) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  if (b0 < 0x80) return 1;
  std::size_t n = 0;
  char32_t cp = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    n = 1, cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    n = 2, cp = b0 & 0x0F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    n = 3, cp = b0 & 0x07;
  } else {
    return 0;
  }
  if (text.size() - i <= n) return 0;
  for (std::size_t k = 1; k <= n; ++k) {
    const auto b = static_cast<unsigned char>(text[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  const bool overlong = (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000);
  const bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
  // XML 1.0 excludes the two non-characters at the end of the BMP.
  const bool non_char = cp == 0xFFFE || cp == 0xFFFF;
  if (overlong || surrogate || non_char || cp > 0x10FFFF) return 0;
  return n + 1;
}

// The escape for an ASCII character, "" to copy it, or nullptr to drop it.
const char* AsciiEscape(char c) {
  switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";  // also keeps "]]>" out of text content
    case '"': return "&quot;";
    case '\'': return "&apos;";
    case '\t':
    case '\n': return "";
    // A raw CR is read back as LF (XML end-of-line handling); a reference survives.
    case '\r': return "&#13;";
    default: break;
  }
  return static_cast<unsigned char>(c) < 0x20 ? nullptr : "";
}

}  // namespace

std::string XmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      const char* escape = AsciiEscape(text[i]);
      if (escape == nullptr) {
        // dropped: XML 1.0 has no way to write C0 controls, not even as references
      } else if (*escape == '\0') {
        out += text[i];
      } else {
        out += escape;
      }
      ++i;
      continue;
    }
    const std::size_t len = Utf8Length(text, i);
    if (len == 0) {
      ++i;  // drop one byte and resynchronise on the next
      continue;
    }
    out.append(text, i, len);
    i += len;
  }
  return out;
}

}  // namespace dyad::exporters
