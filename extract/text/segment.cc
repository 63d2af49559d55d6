#include "extract/text/segment.h"

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <cstring>
#include <string>

#include "extract/text/dates.h"
#include "extract/text/scan.h"
#include "extract/text/sentences.h"
#include "extract/text.h"

namespace dyad::extract {
namespace {

using scan::DecodeAt;
using scan::PrevStart;
using scan::IsSpace;
using scan::IsUpper;
using scan::IsLower;
using scan::IsAsciiLetter;
using scan::SkipSpaces;
using scan::TrimEnd;
using scan::CloserAt;

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
  // A text that is one paragraph not ending a sentence is a wire sentence
  // given alone (as event coders' test records are), not a headline over
  // nothing: it is the body unless it reads as a title.
  if (out.size() == 1 && out[0].block == Block::kHeadline) {
    const Span span = out[0].span;
    const std::string_view para = text.substr(span.begin, span.end - span.begin);
    const WordStats w = CountWords(text, span, INT_MAX);
    if (w.words >= 4 && !TitleCase(w) && !IsMarkdownHeading(para) && !IsCaption(text, span)) {
      out[0].block = Block::kBody;
    }
  }
  return out;
}

}  // namespace dyad::extract
