#include "extract/text/sentences.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extract/text/scan.h"

namespace dyad::extract {
namespace {

using scan::DecodeAt;
using scan::PrevStart;
using scan::IsUpper;
using scan::IsAsciiLetter;
using scan::SkipSpaces;
using scan::TrimEnd;
using scan::CloserAt;

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
