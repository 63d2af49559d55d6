#include "extract/segment.h"

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <string>

#include "extract/dates.h"
#include "extract/text.h"

namespace dyad::extract {
namespace {

// Lenient UTF-8 decoding: the text is already valid (documents are sanitized),
// and a stray byte just reads as itself.
char32_t DecodeAt(std::string_view s, std::size_t i, std::size_t* len) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  int n = b0 < 0x80 ? 0 : b0 >= 0xF0 ? 3 : b0 >= 0xE0 ? 2 : b0 >= 0xC0 ? 1 : 0;
  if (i + n >= s.size()) n = 0;
  char32_t cp = n == 0 ? b0 : n == 1 ? (b0 & 0x1F) : n == 2 ? (b0 & 0x0F) : (b0 & 0x07);
  for (int k = 1; k <= n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  *len = n + 1;
  return cp;
}

// Start of the code point that ends right before `end`.
std::size_t PrevStart(std::string_view s, std::size_t end) {
  std::size_t i = end - 1;
  while (i > 0 && end - i < 4 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

bool IsSpace(char32_t cp) {
  return cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) ||
         cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

bool IsUpper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) {
    return ((cp % 2 == 0) != (cp >= 0x139 && cp <= 0x148)) && cp != 0x138 && cp != 0x149 && cp != 0x17F;
  }
  return (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F);
}

bool IsLower(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;
  if (cp >= 0x100 && cp <= 0x17F) return !IsUpper(cp);
  return (cp >= 0x3B1 && cp <= 0x3C9) || (cp >= 0x430 && cp <= 0x45F);
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::size_t SkipSpaces(std::string_view s, std::size_t i, std::size_t end) {
  std::size_t len = 1;
  while (i < end && IsSpace(DecodeAt(s, i, &len))) i += len;
  return i;
}

std::size_t TrimEnd(std::string_view s, std::size_t begin, std::size_t end) {
  while (end > begin) {
    std::size_t p = PrevStart(s, end), len = 1;
    if (!IsSpace(DecodeAt(s, p, &len))) break;
    end = p;
  }
  return end;
}

// The first bytes of the terminators below.
constexpr std::array<bool, 256> kTerminatorLead = [] {
  std::array<bool, 256> t{};
  t['.'] = t['!'] = t['?'] = t[0xE2] = true;
  return t;
}();

// The first byte at or after i and before end that is in kTerminatorLead
// (end if none). Most bytes are not: they are skipped sixteen at a time with
// SSE2, else eight at a time (the SWAR "has zero byte" test on each word:
// exact as to whether, if not which).
std::size_t NextTerminatorLead(std::string_view s, std::size_t i, std::size_t end) {
  const char* p = s.data();
#if defined(__SSE2__)
  const __m128i dot = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!'), question = _mm_set1_epi8('?'),
                e2 = _mm_set1_epi8(static_cast<char>(0xE2));
  for (; i + 16 <= end; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, bang)),
                                     _mm_or_si128(_mm_cmpeq_epi8(v, question), _mm_cmpeq_epi8(v, e2)));
    const int mask = _mm_movemask_epi8(hit);
    if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
  }
#else
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  for (; i + 8 <= end; i += 8) {
    std::uint64_t v;
    std::memcpy(&v, p + i, 8);
    auto has = [v](unsigned char c) {
      const std::uint64_t x = v ^ (c * kOnes);
      return (x - kOnes) & ~x & kHighs;
    };
    if ((has('.') | has('!') | has('?') | has(0xE2)) != 0) break;
  }
#endif
  while (i < end && !kTerminatorLead[static_cast<unsigned char>(p[i])]) ++i;
  return i;
}

// Length of a sentence terminator (. ! ? …) at i, or 0.
std::size_t TerminatorAt(std::string_view s, std::size_t i, std::size_t end) {
  if (s[i] == '.' || s[i] == '!' || s[i] == '?') return 1;
  // Checked on the lead byte first: this runs on every byte of the text.
  return s[i] == '\xE2' && i + 3 <= end && s.compare(i, 3, "\u2026") == 0 ? 3 : 0;
}

// Length of a closing quote or bracket at i, or 0.
std::size_t CloserAt(std::string_view s, std::size_t i, std::size_t end) {
  const char c = s[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  if (c == '\xC2' && i + 2 <= end && s.compare(i, 2, "\u00BB") == 0) return 2;
  if (c == '\xE2' && i + 3 <= end && (s.compare(i, 3, "\u201D") == 0 || s.compare(i, 3, "\u2019") == 0)) return 3;
  return 0;
}

// Past the closing quotes after a terminator, including the French " »".
std::size_t SkipClosers(std::string_view s, std::size_t i, std::size_t end) {
  while (i < end) {
    if (std::size_t len = CloserAt(s, i, end)) {
      i += len;
      continue;
    }
    const std::size_t k = SkipSpaces(s, i, end);
    if (k == i || k + 2 > end || s.compare(k, 2, "\u00BB") != 0) break;
    i = k + 2;
  }
  return i;
}

// True if [begin, end) ends with sentence-final punctuation, possibly followed
// by closing quotes or brackets ("...said.”", "(...)!").
bool EndsFinal(std::string_view s, std::size_t begin, std::size_t end) {
  while (end > begin) {
    const std::size_t p = PrevStart(s, end);
    std::size_t len = 1;
    const char32_t cp = DecodeAt(s, p, &len);
    if (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026) return true;
    if (CloserAt(s, p, end) == 0 && !(IsSpace(cp) && end < s.size() && s.compare(end, 2, "\u00BB") == 0)) {
      return false;
    }
    end = p;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Lines and paragraphs.

// Code points in s[begin, end): the bytes that do not continue a sequence
// (10xxxxxx), counted eight at a time.
std::size_t CodePoints(std::string_view s, std::size_t begin, std::size_t end) {
  constexpr std::uint64_t kHighs = 0x8080808080808080ull;
  std::size_t continuing = 0, i = begin;
  for (; i + 8 <= end; i += 8) {
    std::uint64_t v;
    std::memcpy(&v, s.data() + i, 8);
    // One bit per continuing byte, moved to the bytes' low bits and summed
    // into the top byte by the multiply.
    const std::uint64_t bits = (v & ~(v << 1) & kHighs) >> 7;
    continuing += static_cast<std::size_t>((bits * 0x0101010101010101ull) >> 56);
  }
  for (; i < end; ++i) continuing += (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
  return end - begin - continuing;
}

struct Line {
  std::size_t begin = 0;    // first non-space byte
  std::size_t content = 0;  // after a bullet marker
  std::size_t end = 0;      // after the last non-space byte
  std::size_t chars = 0;    // code points in [begin, end)
  bool bullet = false;
  bool final = false;  // ends with sentence-final punctuation
  bool blank = true;
};

// Length of a bullet marker ("• ", "- ", "12) ", "3. ") at line start, or 0.
std::size_t BulletLength(std::string_view s, std::size_t i, std::size_t end) {
  std::size_t marker = 0;
  bool needs_space = true;
  if (s.compare(i, 3, "\u2022") == 0 || s.compare(i, 3, "\u2013") == 0) {
    marker = 3;
    needs_space = s.compare(i, 3, "\u2013") == 0;
  } else if (s.compare(i, 2, "\u00B7") == 0) {
    marker = 2, needs_space = false;
  } else if (s[i] == '*' || s[i] == '-') {
    marker = 1;
  } else {
    std::size_t d = i;
    while (d < end && d - i < 3 && s[d] >= '0' && s[d] <= '9') ++d;
    if (d > i && d < end && (s[d] == ')' || s[d] == '.')) marker = d + 1 - i;
  }
  if (marker == 0 || i + marker > end) return 0;
  const std::size_t after = SkipSpaces(s, i + marker, end);
  if (after == end || (needs_space && after == i + marker)) return 0;
  return after - i;
}

Line ReadLine(std::string_view s, std::size_t begin, std::size_t end) {
  Line line;
  line.begin = SkipSpaces(s, begin, end);
  line.end = TrimEnd(s, line.begin, end);
  line.blank = line.begin == line.end;
  if (line.blank) return line;
  const std::size_t bullet = BulletLength(s, line.begin, line.end);
  line.bullet = bullet > 0;
  line.content = line.begin + bullet;
  line.final = EndsFinal(s, line.content, line.end);
  line.chars = CodePoints(s, line.begin, line.end);
  return line;
}

constexpr std::size_t kMinWrapped = 40;  // shorter lines are items, never wrapped prose

bool StartsLower(std::string_view s, const Line& line) {
  std::size_t len = 1;
  if (!IsLower(DecodeAt(s, line.content, &len))) return false;
  // A lower-case byline under a headline is not a continuation.
  for (std::string_view by : {"by ", "par ", "por "}) {
    if (s.compare(line.content, by.size(), by) == 0) return false;
  }
  return true;
}

// Hard-wrapped prose: three or more lines, none longer than 100 characters,
// at least two of them near a typical wrap width.
bool LooksWrapped(const std::vector<Line>& block) {
  if (block.size() < 3) return false;
  int wide = 0;
  for (const Line& l : block) {
    if (l.chars > 100) return false;
    wide += l.chars >= 50;
  }
  return wide >= 2;
}

// Whether `next` continues the paragraph whose last line is `last`.
bool Continues(std::string_view s, const Line& last, const Line& next, bool wrapped) {
  if (next.bullet || last.final || last.chars < kMinWrapped) return false;
  return StartsLower(s, next) || (wrapped && last.chars >= 50);
}

Block Classify(std::string_view text, Span span);

void AddBlock(std::string_view s, const std::vector<Line>& block, std::vector<Paragraph>* out) {
  const bool wrapped = LooksWrapped(block);
  std::size_t first = 0;
  for (std::size_t i = 0; i < block.size(); ++i) {
    if (i + 1 < block.size() && Continues(s, block[i], block[i + 1], wrapped)) continue;
    Span span{block[first].content, block[i].end};
    out->push_back({span, Classify(s, span)});
    first = i + 1;
  }
}

// ---------------------------------------------------------------------------
// Classification.

// Boilerplate words and phrases, folded (see FoldPhrase); matched as whole
// words, an "s" plural allowed, in paragraphs of at most kMaxFurnitureWords.
constexpr std::string_view kFurnitureWords[] = {
    "cookie", "privacy", "subscribe", "subscription", "newsletter", "advertisement", "advertising",
    "share on", "share this", "read more", "read full", "read also", "all rights reserved", "©", "no result",
    "view all", "table of contents", "previous post", "next post", "previous article", "next article",
    "related posts", "related articles", "tags :", "photo", "menu", "log in", "login", "sign up", "sign in",
    "free article", "check out our", "mobile version", "follow us", "click here", "skip to content",
    "terms of use", "terms of service", "support us",
    // French
    "abonnez", "abonnement", "votre soutien", "soutenez", "publicite", "lire aussi", "lire la suite",
    "partager", "mentions legales", "confidentialite",
    // Spanish
    "suscribete", "suscripcion", "publicidad", "leer mas", "lee tambien", "comparte", "privacidad"};
constexpr int kMaxFurnitureWords = 30;

bool HasFurnitureWord(std::string_view paragraph) {
  // Keywords split into their folded tokens, by first byte, so each token of
  // the paragraph is compared with a handful of them rather than all.
  static const std::array<std::vector<std::vector<std::string_view>>, 256> kByFirst = [] {
    std::array<std::vector<std::vector<std::string_view>>, 256> index;
    for (std::string_view keyword : kFurnitureWords) {
      std::vector<std::string_view> words;
      for (std::size_t i = 0, j; i < keyword.size(); i = j + 1) {
        j = std::min(keyword.find(' ', i), keyword.size());
        words.push_back(keyword.substr(i, j - i));
      }
      index[static_cast<unsigned char>(keyword[0])].push_back(std::move(words));
    }
    return index;
  }();
  // Most paragraphs hold none: a filter of each keyword's first word (or
  // first two, consecutive), plural included where it is the last, tells
  // most of them without tokenizing. "©" is a symbol, not a word: looked for
  // as bytes.
  static const WordFilter kFilter = [] {
    WordFilter filter;
    for (std::string_view keyword : kFurnitureWords) {
      const std::size_t space = keyword.find(' ');
      const std::string first(keyword.substr(0, space));
      if (space == std::string_view::npos) {
        if (keyword == "\u00A9") continue;
        filter.Add(first);
        filter.Add(first + "s");
        continue;
      }
      const std::size_t next = keyword.find(' ', space + 1);
      const std::string second(keyword.substr(space + 1, next == std::string_view::npos ? next : next - space - 1));
      if (second == ":") {  // "tags :"
        filter.Add(first);
        continue;
      }
      filter.AddPair(first, second);
      if (next == std::string_view::npos) filter.AddPair(first, second + "s");
    }
    return filter;
  }();
  if (paragraph.find("\u00A9") == std::string_view::npos && !kFilter.MayContain(paragraph, 0, paragraph.size())) {
    return false;
  }
  // The paragraph's tokens, as FoldPhrase would join them, without joining.
  thread_local Tokenizer tokenizer;
  thread_local std::vector<Token> tokens;
  tokenizer.Tokenize(paragraph, 0, paragraph.size(), &tokens);
  for (std::size_t at = 0; at < tokens.size(); ++at) {
    for (const std::vector<std::string_view>& words : kByFirst[static_cast<unsigned char>(tokens[at].folded[0])]) {
      if (at + words.size() > tokens.size()) continue;
      bool match = true;
      for (std::size_t k = 0; match && k + 1 < words.size(); ++k) match = tokens[at + k].folded == words[k];
      // The last word whole, or its plural in "s".
      const std::string_view last = tokens[at + words.size() - 1].folded;
      const std::string_view word = words.back();
      if (match && (last == word || (last.size() == word.size() + 1 && last.back() == 's' &&
                                     last.substr(0, word.size()) == word))) {
        return true;
      }
    }
  }
  return false;
}

struct WordStats {
  int words = 0;        // words with at least two letters
  int long_words = 0;   // words of 4+ letters starting with a letter
  int capitalized = 0;  // ... of which capitalized
  bool byline = false;  // starts with "by", "par", "por"
};

// Letters and digits of any script; punctuation, symbols and spaces are not.
bool IsWordChar(char32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || IsAsciiLetter(static_cast<char>(cp));
  return cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 && !IsSpace(cp) && !(cp >= 0x2000 && cp <= 0x2BFF) &&
         !(cp >= 0x3000 && cp <= 0x303F) && cp != 0xFFFD;
}

enum class ByteKind : unsigned char { kOther, kDigit, kLetter, kNonAscii };

// IsWordChar of the ASCII bytes, and whether a letter or a digit, looked up
// rather than tested: CountWords runs on every byte of every paragraph.
// Bytes from 0x80 start (or continue) a sequence to decode.
constexpr std::array<ByteKind, 256> kByteKind = [] {
  std::array<ByteKind, 256> t{};
  for (int c = '0'; c <= '9'; ++c) t[c] = ByteKind::kDigit;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = t[c - 'a' + 'A'] = ByteKind::kLetter;
  for (int c = 0x80; c < 0x100; ++c) t[c] = ByteKind::kNonAscii;
  return t;
}();

// One scan over the paragraph; words split at apostrophes and hyphens like
// the tokenizer's ("Best-Kept" is two words, "Peru’s" is "Peru" and "s").
// The scan stops once `max_words` words are counted.
WordStats CountWords(std::string_view s, Span span, int max_words) {
  WordStats stats;
  bool first = true;
  std::size_t i = span.begin, len = 1;
  while (i < span.end && stats.words < max_words) {
    const std::size_t start = i;
    char32_t cp = DecodeAt(s, i, &len);
    if (!IsWordChar(cp)) {
      i += len;
      continue;
    }
    const bool capitalized = IsUpper(cp);
    const bool digit_first = cp >= '0' && cp <= '9';
    int letters = 0;
    while (i < span.end) {
      const ByteKind kind = kByteKind[static_cast<unsigned char>(s[i])];
      if (kind == ByteKind::kLetter) {  // most words are ASCII: no decoding
        ++letters;
        ++i;
        continue;
      }
      if (kind == ByteKind::kDigit) {
        ++i;
        continue;
      }
      if (kind == ByteKind::kOther) break;
      if (!IsWordChar(cp = DecodeAt(s, i, &len))) break;
      letters += !(cp >= '0' && cp <= '9');
      i += len;
    }
    if (first) {
      const std::string_view w = s.substr(start, i - start);
      stats.byline = w == "by" || w == "By" || w == "par" || w == "Par" || w == "por" || w == "Por";
      first = false;
    }
    stats.words += letters >= 2;
    if (letters >= 4 && !digit_first) {
      ++stats.long_words;
      stats.capitalized += capitalized;
    }
  }
  return stats;
}

bool TitleCase(const WordStats& w) { return w.long_words >= 3 && w.capitalized * 4 >= w.long_words * 3; }

// "Ministers Meet in Lima. (Photo: Reuters)": a sentence followed by a short
// parenthetical credit.
bool IsCaption(std::string_view s, Span span) {
  if (s[span.end - 1] != ')') return false;
  const std::size_t at = s.substr(span.begin, span.end - span.begin).rfind('(');
  if (at == std::string_view::npos || at == 0) return false;
  const std::size_t open = span.begin + at;
  const std::size_t before = TrimEnd(s, span.begin, open);
  if (before == span.begin || !EndsFinal(s, span.begin, before)) return false;
  return std::count(s.begin() + open, s.begin() + span.end, ' ') < 8;
}

// "Ministers from six countries sat down to discuss...": a teaser cut off
// mid-sentence, linking to another article.
bool IsTruncated(std::string_view s, Span span) {
  std::size_t dots = span.end;
  if (dots - span.begin >= 4 && s.compare(dots - 3, 3, "...") == 0) {
    dots -= 3;
  } else if (dots - span.begin >= 4 && s.compare(dots - 3, 3, "\u2026") == 0) {
    dots -= 3;
  } else {
    return false;
  }
  std::size_t len = 1;
  const char32_t cp = DecodeAt(s, PrevStart(s, dots), &len);
  return IsLower(cp) || IsUpper(cp);
}

// "# Title", "## Section".
bool IsMarkdownHeading(std::string_view para) {
  const std::size_t hashes = para.find_first_not_of('#');
  return hashes > 0 && hashes <= 6 && hashes < para.size() && para[hashes] == ' ' &&
         para.find('\n') == std::string_view::npos;
}

// The paragraph's last non-closer character, e.g. '.', '!', ':'.
char32_t LastMark(std::string_view s, Span span) {
  std::size_t end = span.end;
  while (end > span.begin) {
    const std::size_t p = PrevStart(s, end);
    if (CloserAt(s, p, end) == 0) {
      std::size_t len = 1;
      return DecodeAt(s, p, &len);
    }
    end = p;
  }
  return 0;
}

Block Classify(std::string_view s, Span span) {
  const std::string_view para = s.substr(span.begin, span.end - span.begin);
  const bool final = EndsFinal(s, span.begin, span.end);
  // A paragraph that ends a sentence is only ever compared with counts up to
  // kMaxFurnitureWords: the words after that need no counting (most body
  // paragraphs are twice as long). Others need the title-case counts whole.
  const WordStats w = CountWords(s, span, final ? kMaxFurnitureWords + 1 : INT_MAX);
  if (w.words == 0) return Block::kFurniture;
  if (IsCaption(s, span)) return Block::kHeadline;
  if (w.words <= kMaxFurnitureWords && HasFurnitureWord(para)) return Block::kFurniture;
  if (IsMarkdownHeading(para)) return Block::kHeadline;
  if (IsTruncated(s, span) || w.words < 4) return Block::kFurniture;
  if (w.words <= 6 && !ParseDate(para).empty()) return Block::kFurniture;
  if (w.byline && w.words <= 8 && !final) return Block::kFurniture;
  if (!final) {
    // A list introduction ("Officials said the draft covers three areas:")
    // or prose whose last period was lost is still body.
    if (LastMark(s, span) == ':' && w.words >= 8 && !TitleCase(w)) return Block::kBody;
    if (w.words >= 30 && SplitSentences(s, span).size() >= 2) return Block::kBody;
    return Block::kHeadline;
  }
  // Headlines end in '!' or '?' at most; body prose nearly always in '.', so
  // a sentence full of names ("President Xi Jinping Visited Lima.") stays body.
  const char32_t mark = LastMark(s, span);
  if (mark != '.' && w.words <= kMaxFurnitureWords && TitleCase(w)) return Block::kHeadline;
  return Block::kBody;
}

// ---------------------------------------------------------------------------
// Sentences.

// The lists are static arrays: an initializer_list would be built on the
// stack at every call.
template <std::size_t N>
bool InList(std::string_view word, const std::string_view (&list)[N]) {
  // The first byte before the rest: most words differ there, and comparing
  // it inline saves a memcmp call per word of the same length.
  return std::any_of(std::begin(list), std::end(list), [word](std::string_view w) {
    return w.size() == word.size() && (word.empty() || w[0] == word[0]) && w == word;
  });
}

// Titles and abbreviations that a name or number always follows.
bool IsTitleAbbrev(std::string_view w) {
  static constexpr std::string_view kTitles[] = {
      "Mr",  "Mrs", "Ms",     "Dr",   "Gen",  "Brig", "Col", "Lt",  "Maj",  "Sgt", "Capt", "Adm",
      "Gov", "Sen", "Rep",    "Pres", "Prof", "St",   "Sr",  "Sra", "Srta", "Dra", "Mme",  "Mlle",
      "Jan", "Feb", "Mar",    "Apr",  "Jun",  "Jul",  "Aug", "Sep", "Sept", "Oct", "Nov",  "Dec",
      "No",  "vs",  "approx", "dept", "est",  "Gral", "Mt",  "Hon", "Rev",  "Ave", "Av"};
  return InList(w, kTitles);
}

// Abbreviations that often end a sentence ("…acquired by Acme Corp. The deal").
bool IsEndingAbbrev(std::string_view w) {
  static constexpr std::string_view kEnding[] = {"Inc", "Corp", "Ltd", "Co", "Jr"};
  return InList(w, kEnding);
}

// Words that start a sentence after "U.S.", "D.C.", "Corp." or an initial.
bool IsSentenceStarter(std::string_view w) {
  static constexpr std::string_view kStarters[] = {
      "The",  "This", "That",    "These",     "Those", "There", "It",     "Its",  "He",    "She",   "They",
      "We",   "I",    "In",      "On",        "At",    "As",    "A",      "An",   "But",   "And",   "Or",
      "So",   "Yet",  "However", "Meanwhile", "Also",  "After", "Before", "When", "While", "Since", "Still",
      "Then", "Thus", "Le",      "La",        "Les",   "L",     "Il",     "Elle", "Ils",   "Elles", "Un",
      "Une",  "Des",  "Ce",      "Cette",     "Mais",  "Et",    "En",     "Dans", "Pour",  "Selon", "El",
      "Los",  "Las",  "Lo",      "Una",       "Pero",  "Y",     "Por",    "Con",  "Este",  "Esta",  "Para"};
  return InList(w, kStarters);
}

// The word at i is a sentence starter (and not itself an abbreviation "A.").
bool StarterAt(std::string_view s, std::size_t i, std::size_t end) {
  std::size_t e = i;
  while (e < end && IsAsciiLetter(s[e])) ++e;
  if (e < end && s[e] == '.') return false;
  return IsSentenceStarter(s.substr(i, e - i));
}

// Whether the '.' at `dot` ends a sentence whose successor starts at `next`.
bool DotEndsSentence(std::string_view s, std::size_t begin, std::size_t dot, std::size_t next,
                     std::size_t end) {
  std::size_t w = dot;
  while (w > begin && IsAsciiLetter(s[w - 1])) --w;
  const std::string_view word = s.substr(w, dot - w);
  const bool at_end = next >= end;
  // The ASCII tail of a longer word ("Médico." scans back to "dico") is no abbreviation.
  if (w > begin && static_cast<unsigned char>(s[w - 1]) >= 0x80 && !word.empty()) return true;
  if (word.empty()) {
    // A non-ASCII initial such as "É." reads like "F.".
    if (dot == begin) return true;
    std::size_t len = 1;
    const std::size_t p = PrevStart(s, dot);
    const bool initial = IsUpper(DecodeAt(s, p, &len)) && (p == begin || s[p - 1] == ' ');
    return !initial || at_end || StarterAt(s, next, end);
  }
  const bool dotted =
      word.size() == 1 && w >= begin + 2 && s[w - 1] == '.' && IsAsciiLetter(s[w - 2]);  // U.S.
  const bool initial = word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z';             // F.
  if (IsTitleAbbrev(word) && !dotted) return at_end;
  if (dotted || initial || IsEndingAbbrev(word)) return at_end || StarterAt(s, next, end);
  return true;
}

bool StartsSentence(std::string_view s, std::size_t i) {
  std::size_t len = 1;
  const char32_t cp = DecodeAt(s, i, &len);
  return IsUpper(cp) || (cp >= '0' && cp <= '9') || cp == '"' || cp == '\'' || cp == '(' || cp == '[' ||
         cp == 0x201C || cp == 0x2018 || cp == 0x201E || cp == 0xAB || cp == 0xBF || cp == 0xA1;
}

void AddTrimmed(std::string_view s, std::size_t begin, std::size_t end, std::vector<Span>* out) {
  begin = SkipSpaces(s, begin, end);
  end = TrimEnd(s, begin, end);
  if (begin < end) out->push_back({begin, end});
}

}  // namespace

std::vector<Paragraph> SegmentParagraphs(std::string_view text) {
  std::vector<Paragraph> out;
  std::vector<Line> block;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    Line line = ReadLine(text, pos, nl);
    if (line.blank && !block.empty()) {
      AddBlock(text, block, &out);
      block.clear();
    } else if (!line.blank) {
      block.push_back(line);
    }
    pos = nl + 1;
  }
  if (!block.empty()) AddBlock(text, block, &out);
  return out;
}

std::vector<Span> SplitSentences(std::string_view text, Span paragraph) {
  std::vector<Span> out;
  SplitSentences(text, paragraph, &out);
  return out;
}

void SplitSentences(std::string_view text, Span paragraph, std::vector<Span>* out) {
  const std::size_t end = std::min(paragraph.end, text.size());
  std::size_t start = paragraph.begin;
  std::size_t i = start;
  while (i < end) {
    // Most bytes cannot start a terminator: skipped without the full test.
    i = NextTerminatorLead(text, i, end);
    if (i == end) break;
    std::size_t len = TerminatorAt(text, i, end);
    if (len == 0) {
      ++i;
      continue;
    }
    std::size_t run = i + len;
    while (run < end && (len = TerminatorAt(text, run, end)) > 0) run += len;
    const std::size_t closed = SkipClosers(text, run, end);
    const std::size_t next = SkipSpaces(text, closed, end);
    bool cut = next >= end || (next > closed && StartsSentence(text, next));
    if (cut && run == i + 1 && text[i] == '.') cut = DotEndsSentence(text, paragraph.begin, i, next, end);
    if (cut) {
      AddTrimmed(text, start, closed, out);
      start = next;
    }
    i = std::max(run, next);
  }
  AddTrimmed(text, start, end, out);
}

}  // namespace dyad::extract
