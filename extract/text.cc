#include "extract/text.h"

#include <array>
#include <cstring>

#include "extract/hash.h"

namespace dyad::extract {
namespace {

constexpr char32_t kBad = 0xFFFFFFFF;

// Decodes one UTF-8 sequence at text[i]; sets *len (>= 1). Returns kBad for an
// invalid sequence (overlong, surrogate, out of range, truncated).
char32_t Decode(std::string_view text, std::size_t i, std::size_t* len) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  *len = 1;
  if (b0 < 0x80) return b0;
  int n = 0;
  char32_t cp = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    n = 1, cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    n = 2, cp = b0 & 0x0F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    n = 3, cp = b0 & 0x07;
  } else {
    return kBad;
  }
  // An invalid sequence is replaced once with its maximal valid prefix
  // (Unicode's "maximal subpart" practice): *len counts the bytes it covers.
  for (int k = 1; k <= n; ++k) {
    if (i + k >= text.size()) return *len = k, kBad;
    const auto b = static_cast<unsigned char>(text[i + k]);
    if ((b & 0xC0) != 0x80) return *len = k, kBad;
    cp = (cp << 6) | (b & 0x3F);
  }
  if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF)) {
    return kBad;
  }
  *len = n + 1;
  return cp;
}

// Base letters of U+0100..U+017F, two code points (upper, lower) mostly per letter.
constexpr std::string_view kLatinExtA =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllllllln"
    "nnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

// Folded form of U+00C0..U+00FF ("" for the two symbols in the block).
constexpr std::array<std::string_view, 64> kLatin1 = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y"};

enum class CharClass { kSpace, kWord, kApostrophe, kPunct };

struct Folded {
  CharClass cls = CharClass::kPunct;
  std::string_view text;  // folded bytes ("" means: copy the original bytes)
  bool upper = false;
};

bool IsSpaceCp(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000 || cp == 0xFEFF;
}

Folded FoldAscii(char32_t cp) {
  static const std::array<char, 128> lower = [] {
    std::array<char, 128> t{};
    for (int c = 0; c < 128; ++c) t[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return t;
  }();
  const bool alnum = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  if (cp == '\'') return {CharClass::kApostrophe, "'", false};
  if (!alnum) return {CharClass::kPunct, {}, false};
  return {CharClass::kWord, std::string_view(&lower[cp], 1), cp >= 'A' && cp <= 'Z'};
}

Folded FoldCodePoint(char32_t cp) {
  if (IsSpaceCp(cp)) return {CharClass::kSpace, {}, false};
  if (cp < 0x80) return FoldAscii(cp);
  if (cp >= 0xC0 && cp <= 0xFF) {
    std::string_view f = kLatin1[cp - 0xC0];
    if (f.empty()) return {CharClass::kPunct, {}, false};
    return {CharClass::kWord, f, cp <= 0xDE};
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    if (cp == 0x152 || cp == 0x153) return {CharClass::kWord, "oe", cp == 0x152};
    const bool upper = (cp % 2 == 0) != (cp >= 0x139 && cp <= 0x148) && cp != 0x138 && cp != 0x149;
    return {CharClass::kWord, kLatinExtA.substr(cp - 0x100, 1), upper && cp != 0x17F};
  }
  if (cp == 0x2018 || cp == 0x2019 || cp == 0x02BC || cp == 0x2032) {
    return {CharClass::kApostrophe, "'", false};
  }
  if (cp == 0x201C || cp == 0x201D || cp == 0xAB || cp == 0xBB || cp == 0x201E) {
    return {CharClass::kPunct, "\"", false};
  }
  if (cp == 0x2013 || cp == 0x2014 || cp == 0x2010 || cp == 0x2011 || cp == 0x2212) {
    return {CharClass::kPunct, "-", false};
  }
  // Other general punctuation, symbols and the replacement character.
  if ((cp >= 0x80 && cp < 0xC0) || (cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
      cp == 0xFFFD || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF0F)) {
    return {CharClass::kPunct, {}, false};
  }
  return {CharClass::kWord, {}, false};  // letters of other scripts: kept as written
}

bool IsElision(std::string_view left) {
  static constexpr std::array<std::string_view, 12> kElided = {
      "l", "d", "n", "j", "m", "t", "s", "c", "qu", "jusqu", "lorsqu", "puisqu"};
  for (std::string_view e : kElided) {
    if (left == e) return true;
  }
  return false;
}

}  // namespace

std::size_t FirstInvalidUtf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    // Eight ASCII bytes at a time: most text is mostly ASCII.
    while (i + 8 <= text.size()) {
      std::uint64_t v;
      std::memcpy(&v, text.data() + i, 8);
      if (v & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i == text.size()) break;
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (b0 < 0x80) {
      ++i;
      continue;
    }
    // Two-byte sequences (Latin letters with accents) checked inline.
    if (b0 >= 0xC2 && b0 <= 0xDF && i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) {
      i += 2;
      continue;
    }
    std::size_t len = 1;
    if (Decode(text, i, &len) == kBad) return i;
    i += len;
  }
  return std::string_view::npos;
}

std::size_t Utf8SequenceAt(std::string_view text, std::size_t i) {
  std::size_t len = 1;
  return Decode(text, i, &len) == kBad ? 0 : len;
}

int SanitizeUtf8(std::string* text) {
  if (FirstInvalidUtf8(*text) == std::string_view::npos) return 0;
  std::string out;
  out.reserve(text->size() + 16);
  int replaced = 0;
  std::size_t i = 0;
  while (i < text->size()) {
    std::size_t len = 1;
    if (Decode(*text, i, &len) == kBad) {
      out += "\xEF\xBF\xBD";
      ++replaced;
    } else {
      out.append(*text, i, len);
    }
    i += len;
  }
  *text = std::move(out);
  return replaced;
}

namespace {

// Indexed by byte: every byte of a multi-byte sequence is false.
constexpr std::array<bool, 256> kAsciiWord = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 128; ++c) t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return t;
}();

// The ASCII bytes IsSpaceCp accepts.
constexpr std::array<bool, 128> kAsciiSpace = [] {
  std::array<bool, 128> t{};
  t[' '] = t['\t'] = t['\n'] = t['\r'] = t['\f'] = t['\v'] = true;
  return t;
}();

// One pass of the tokenizer over text[begin, end).
class TokenizerRun {
 public:
  TokenizerRun(std::string_view text, std::string* storage, std::vector<Token>* out)
      : text_(text), storage_(storage->data()), out_(*out) {}

  void Run(std::size_t begin, std::size_t end) {
    end_ = end;
    std::size_t i = begin;
    while (i < end) {
      const auto c = static_cast<unsigned char>(text_[i]);
      if (kAsciiWord[c]) {  // the common case: a run of ASCII letters and digits, without decoding
        if (!in_word_) {
          in_word_ = true;
          word_start_ = size_;
          word_begin_ = i;
          word_upper_ = c >= 'A' && c <= 'Z';
        }
        // Copied as it is scanned. Digits and lower-case letters have the
        // 0x20 bit set already, so setting it lower-cases the run. Through
        // locals: a store through a char pointer could alias the members, so
        // they would be reloaded for every byte.
        const char* in = text_.data();
        char* out = storage_ + size_;
        do {
          *out++ = static_cast<char>(in[i++] | 0x20);
        } while (i < end && kAsciiWord[static_cast<unsigned char>(in[i])]);
        size_ = static_cast<std::size_t>(out - storage_);
        continue;
      }
      if (c < 0x80 && c != '\'') {  // ASCII space or punctuation: no decoding either
        CloseWord(i);
        if (!kAsciiSpace[c]) {
          storage_[size_++] = static_cast<char>(c);
          Add(Stored(size_ - 1), i, i + 1, false, false);
        }
        ++i;
        continue;
      }
      std::size_t len = 1;
      char32_t cp = Decode(text_, i, &len);
      Folded f = cp == kBad ? Folded{CharClass::kPunct, {}, false} : FoldCodePoint(cp);
      if (f.cls == CharClass::kWord) {
        AddToWord(i, len, f);
      } else if (f.cls == CharClass::kApostrophe) {
        len = Apostrophe(i, len);
      } else {
        CloseWord(i);
        if (f.cls == CharClass::kPunct) Push(f.text.empty() ? text_.substr(i, len) : f.text, i, i + len, false);
      }
      i += len;
    }
    CloseWord(end);
  }

 private:
  void AddToWord(std::size_t i, std::size_t len, const Folded& f) {
    if (!in_word_) {
      in_word_ = true;
      word_start_ = size_;
      word_begin_ = i;
      word_upper_ = f.upper;
    }
    Append(f.text.empty() ? text_.substr(i, len) : f.text);
  }

  void CloseWord(std::size_t at) {
    if (!in_word_) return;
    Add(Stored(word_start_), word_begin_, at, true, word_upper_);
    in_word_ = false;
  }

  void Push(std::string_view folded, std::size_t b, std::size_t e, bool word) {
    std::size_t at = size_;
    Append(folded);
    Add(Stored(at), b, e, word, false);
  }

  void Append(std::string_view bytes) {
    std::memcpy(storage_ + size_, bytes.data(), bytes.size());
    size_ += bytes.size();
  }

  // The folded text from `from` to what was written last.
  std::string_view Stored(std::size_t from) const { return std::string_view(storage_ + from, size_ - from); }

  void Add(std::string_view folded, std::size_t b, std::size_t e, bool word, bool upper) {
    out_.push_back({folded, TokenHash(folded), b, e, word, upper});
  }

  bool WordAt(std::size_t i) const {
    if (i >= end_) return false;
    std::size_t len = 1;
    char32_t cp = Decode(text_, i, &len);
    return cp != kBad && FoldCodePoint(cp).cls == CharClass::kWord;
  }

  // Handles an apostrophe at text[i, i+len); returns how many bytes it consumed.
  std::size_t Apostrophe(std::size_t i, std::size_t len) {
    const bool next_is_word = WordAt(i + len);
    std::string_view left = in_word_ ? Stored(word_start_) : std::string_view();
    // French "l'", "qu'"; also at the very end, as in a rule's phrase "n'".
    if (in_word_ && (next_is_word || i + len == end_) && IsElision(left)) {
      storage_[size_++] = '\'';
      Add(Stored(word_start_), word_begin_, i + len, true, word_upper_);
      in_word_ = false;
      return len;
    }
    const char after = i + len < end_ ? text_[i + len] : '\0';
    if (in_word_ && left.size() > 1 && left.back() == 'n' && (after == 't' || after == 'T') &&
        !WordAt(i + len + 1)) {  // English "didn't" -> "did" "n't"
      --size_;
      Add(Stored(word_start_), word_begin_, i - 1, true, word_upper_);
      in_word_ = false;
      Push("n't", i - 1, i + len + 1, true);
      return len + 1;
    }
    CloseWord(i);
    if (next_is_word) {  // "'s", "'re": the apostrophe opens a clitic word
      in_word_ = true;
      word_start_ = size_;
      word_begin_ = i;
      word_upper_ = false;
      storage_[size_++] = '\'';
      return len;
    }
    Push("'", i, i + len, false);
    return len;
  }

  std::string_view text_;
  char* storage_;         // folded text, written at size_; large enough for the run
  std::size_t size_ = 0;
  std::vector<Token>& out_;
  std::size_t end_ = 0;
  bool in_word_ = false;
  std::size_t word_start_ = 0;
  std::size_t word_begin_ = 0;
  bool word_upper_ = false;
};

}  // namespace

void Tokenizer::Tokenize(std::string_view text, std::size_t begin, std::size_t end,
                         std::vector<Token>* out) {
  out->clear();
  // Folding never grows text by more than 2x: sized for that up front, the
  // run writes into storage_ without checks, and the views tokens hold into
  // it stay valid.
  const std::size_t need = 2 * (end - begin) + 16;
  if (storage_.size() < need) storage_.resize(need);
  TokenizerRun(text, &storage_, out).Run(begin, end);
}

namespace {

// What WordFilter makes of an ASCII byte: a letter or digit folded
// (lower-cased); kOther for other ASCII characters, kSpace for spaces,
// kApostrophe; kMultiByte for the bytes of a sequence to decode.
enum : unsigned char { kOther = 0, kMultiByte = 1, kSpaceByte = 2, kApostropheByte = 3 };
constexpr std::array<unsigned char, 256> kFilterByte = [] {
  std::array<unsigned char, 256> t{};
  for (int c = '0'; c <= '9'; ++c) t[c] = static_cast<unsigned char>(c);
  for (int c = 'a'; c <= 'z'; ++c) t[c] = t[c - 'a' + 'A'] = static_cast<unsigned char>(c);
  for (int c = 0x80; c < 0x100; ++c) t[c] = kMultiByte;
  for (int c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[c] = kSpaceByte;
  t['\''] = kApostropheByte;
  return t;
}();

// The class and folded bytes of the character at text[i]; sets *len.
Folded FoldAt(std::string_view text, std::size_t i, std::size_t* len) {
  const char32_t cp = Decode(text, i, len);
  return cp == kBad ? Folded{CharClass::kPunct, {}, false} : FoldCodePoint(cp);
}

// The FNV-1a hash of the folded form of the word characters in text[begin, end).
std::uint64_t HashFolded(std::string_view text, std::size_t begin, std::size_t end) {
  std::uint64_t h = kFnvBasis;
  for (std::size_t i = begin, len = 1; i < end; i += len) {
    const Folded f = FoldAt(text, i, &len);
    for (char c : f.text.empty() ? text.substr(i, len) : f.text) h = (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
  }
  return h;
}

std::uint64_t HashWord(std::string_view folded) {
  std::uint64_t h = kFnvBasis;
  for (unsigned char c : folded) h = (h ^ c) * kFnvPrime;
  return h;
}

// Two words' hashes as the key of the pair.
std::uint64_t PairKey(std::uint64_t first, std::uint64_t second) {
  return (first * 0xC2B2AE3D27D4EB4Full) ^ (second + 0x165667B19E3779F9ull);
}

}  // namespace

WordFilter::WordFilter() : bits_(kBits / 64) {}

void WordFilter::Set(std::uint64_t key) {
  key *= 0x9E3779B97F4A7C15ull;
  const std::size_t a = key >> 44, b = (key >> 20) & (kBits - 1);
  bits_[a / 64] |= std::uint64_t{1} << (a % 64);
  bits_[b / 64] |= std::uint64_t{1} << (b % 64);
}

bool WordFilter::Test(std::uint64_t key) const {
  // Two bits per key, from the top of a multiplied hash (FNV-1a's low bits
  // alone mix poorly).
  key *= 0x9E3779B97F4A7C15ull;
  const std::size_t a = key >> 44, b = (key >> 20) & (kBits - 1);
  return (bits_[a / 64] >> (a % 64) & 1) && (bits_[b / 64] >> (b % 64) & 1);
}

void WordFilter::Add(std::string_view folded_word) { Set(HashWord(folded_word)); }

void WordFilter::AddPair(std::string_view first, std::string_view second) {
  Set(PairKey(HashWord(first), HashWord(second)));
}

bool WordFilter::MayContain(std::string_view text, std::size_t begin, std::size_t end) const {
  if (accept_all_) return true;
  // Words are the runs the Tokenizer makes words of: letters and digits, cut
  // at every other character. Two runs with only spaces between are
  // consecutive tokens. The Tokenizer's apostrophe rules only join a run
  // with an apostrophe ("l'", "'s", "n't": never in the set) or, in "didn't",
  // take a letter off the run before it: that run is tested both ways.
  const char* p = text.data();
  std::uint64_t h = 0;     // the current run's hash
  std::uint64_t prev = 0;  // the run before, while only spaces followed it
  bool have_prev = false;
  bool in_word = false;
  std::size_t run_begin = 0;
  // Ends the run at `at`; true if its word, or its pair with the word
  // before, is in the set.
  auto close = [&](std::size_t at, bool apostrophe) {
    in_word = false;
    if (Test(h) || (have_prev && Test(PairKey(prev, h)))) return true;
    if (apostrophe) {
      std::size_t last = at - 1;
      while (last > run_begin && (static_cast<unsigned char>(p[last]) & 0xC0) == 0x80) --last;
      const std::uint64_t shorter = HashFolded(text, run_begin, last);
      if (Test(shorter) || (have_prev && Test(PairKey(prev, shorter)))) return true;
    }
    prev = h;
    have_prev = true;
    return false;
  };
  std::size_t i = begin;
  while (i < end) {
    unsigned char f = kFilterByte[static_cast<unsigned char>(p[i])];
    if (f > kApostropheByte) {  // a run of ASCII letters and digits, hashed in a tight loop
      if (!in_word) h = kFnvBasis, in_word = true, run_begin = i;
      std::uint64_t hash = h;
      do {
        hash = (hash ^ f) * kFnvPrime;
      } while (++i < end && (f = kFilterByte[static_cast<unsigned char>(p[i])]) > kApostropheByte);
      h = hash;
      continue;
    }
    CharClass cls = f == kSpaceByte ? CharClass::kSpace : f == kApostropheByte ? CharClass::kApostrophe : CharClass::kPunct;
    std::size_t len = 1;
    if (f == kMultiByte) {
      const Folded folded = FoldAt(text, i, &len);
      cls = folded.cls;
      if (cls == CharClass::kWord) {
        if (!in_word) h = kFnvBasis, in_word = true, run_begin = i;
        for (char c : folded.text.empty() ? text.substr(i, len) : folded.text) {
          h = (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
        }
        i += len;
        continue;
      }
    }
    if (in_word && close(i, cls == CharClass::kApostrophe)) return true;
    if (cls != CharClass::kSpace) have_prev = false;  // a token stands between
    i += len;
  }
  return in_word && close(end, false);
}

std::string FoldPhrase(std::string_view text) {
  // Reused per thread: segmentation folds many short paragraphs.
  thread_local Tokenizer tokenizer;
  thread_local std::vector<Token> tokens;
  tokenizer.Tokenize(text, 0, text.size(), &tokens);
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out.push_back(' ');
    out.append(t.folded);
  }
  return out;
}

}  // namespace dyad::extract
