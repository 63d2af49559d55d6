#include "extract/text/dates.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <initializer_list>

#include "extract/text.h"

namespace dyad::extract {
namespace {

// Dates are matched on the shared tokenizer's folded tokens, so case and
// accents ("Février", "fevrier", "FÉVRIER") never matter. One tokenizer per
// thread: the extractor calls FindEventDate from many threads at once.
const std::vector<Token>& Tokens(std::string_view text) {
  thread_local Tokenizer tokenizer;
  thread_local std::vector<Token> tokens;
  tokenizer.Tokenize(text, 0, text.size(), &tokens);
  return tokens;
}

struct MonthName {
  std::string_view name;
  int month;
  bool abbrev;         // may be followed by '.'; alone before a year only if capitalized
  bool needs_capital;  // English words that are also verbs: "may", "march"
};

constexpr MonthName kMonths[] = {
    {"january", 1, false, false},    {"jan", 1, true, false},         {"janvier", 1, false, false},
    {"janv", 1, true, false},        {"enero", 1, false, false},      {"ene", 1, true, false},
    {"february", 2, false, false},   {"feb", 2, true, false},         {"fevrier", 2, false, false},
    {"fevr", 2, true, false},        {"fev", 2, true, false},         {"febrero", 2, false, false},
    {"march", 3, false, true},       {"mar", 3, true, false},         {"mars", 3, false, false},
    {"marzo", 3, false, false},      {"april", 4, false, false},      {"apr", 4, true, false},
    {"avril", 4, false, false},      {"avr", 4, true, false},         {"abril", 4, false, false},
    {"abr", 4, true, false},         {"may", 5, false, true},         {"mai", 5, false, false},
    {"mayo", 5, false, false},       {"june", 6, false, false},       {"jun", 6, true, false},
    {"juin", 6, false, false},       {"junio", 6, false, false},      {"july", 7, false, false},
    {"jul", 7, true, false},         {"juillet", 7, false, false},    {"juil", 7, true, false},
    {"julio", 7, false, false},      {"august", 8, false, false},     {"aug", 8, true, false},
    {"aout", 8, false, false},       {"agosto", 8, false, false},     {"ago", 8, true, false},
    {"september", 9, false, false},  {"sep", 9, true, false},         {"sept", 9, true, false},
    {"septembre", 9, false, false},  {"septiembre", 9, false, false}, {"setiembre", 9, false, false},
    {"set", 9, true, false},         {"october", 10, false, false},   {"oct", 10, true, false},
    {"octobre", 10, false, false},   {"octubre", 10, false, false},   {"november", 11, false, false},
    {"nov", 11, true, false},        {"novembre", 11, false, false},  {"noviembre", 11, false, false},
    {"december", 12, false, false},  {"dec", 12, true, false},        {"decembre", 12, false, false},
    {"diciembre", 12, false, false}, {"dic", 12, true, false},
};

constexpr std::string_view kWeekdays[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday",  "saturday", "sunday", "mon",
    "tue",    "tues",    "wed",       "thu",      "thur",    "thurs",    "fri",    "sat",
    "sun",    "lundi",   "mardi",     "mercredi", "jeudi",   "vendredi", "samedi", "dimanche",
    "lunes",  "martes",  "miercoles", "jueves",   "viernes", "sabado",   "domingo"};

// Words before a bare year that make it a date: "in 2009", "since 2013",
// "en 2009", "depuis 2013", "desde 2013", "the year 2000". Not "by",
// "around" or "hasta", which as often precede quantities ("cut by 1500").
constexpr std::string_view kYearMarkers[] = {
    "in", "since",  "until", "till",  "from",  "during", "before",  "after", "throughout", "circa", "year",
    "en", "depuis", "avant", "apres", "annee", "an",     "courant", "desde", "durante",    "ano"};
// Markers followed by "de"/"del": "a principios de 2020", "antes de 2009".
constexpr std::string_view kYearMarkersDe[] = {"principios", "finales", "mediados", "comienzos",
                                               "fines",      "inicios", "antes",    "despues"};
// Words allowed between a marker and the year: "in early 2020", "en mid-2021".
constexpr std::string_view kYearModifiers[] = {"early",  "late",   "mid",    "debut", "fin",
                                               "spring", "summer", "autumn", "fall",  "winter"};

// Whether a and b are equal, the lengths and first bytes compared inline:
// most words tried against a list differ there, and need no memcmp call.
bool SameWord(std::string_view a, std::string_view b) {
  return a.size() == b.size() && (a.empty() || a[0] == b[0]) && a == b;
}

template <std::size_t N>
bool OneOf(std::string_view word, const std::string_view (&list)[N]) {
  for (std::string_view w : list) {
    if (SameWord(w, word)) return true;
  }
  return false;
}

// Reads the tokens of one date form; every accessor is safe past the end.
class Cursor {
 public:
  Cursor(const std::vector<Token>& tokens, std::size_t i) : t_(&tokens), i_(i) {}
  std::size_t pos() const { return i_; }
  bool AtEnd() const { return i_ >= t_->size(); }
  std::string_view Peek(std::size_t ahead = 0) const {
    return i_ + ahead < t_->size() ? (*t_)[i_ + ahead].folded : std::string_view();
  }
  const Token* Current() const { return AtEnd() ? nullptr : &(*t_)[i_]; }
  bool Skip(std::string_view folded) { return Peek() == folded ? (++i_, true) : false; }
  // True if the current token starts right where the previous one ended.
  bool Adjacent() const { return i_ > 0 && !AtEnd() && (*t_)[i_].begin == (*t_)[i_ - 1].end; }
  void Advance() { ++i_; }

 private:
  const std::vector<Token>* t_;
  std::size_t i_;
};

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int ToInt(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

int DaysIn(int month, int year) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string Iso(int year, int month = 0, int day = 0) {
  char buf[40];
  if (day > 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  } else if (month > 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d", year);
  }
  return buf;
}

// A month name; consumes a '.' right after an abbreviation. *formal is set
// when the name is unambiguous as a month (full word, capitalized or dotted).
int ReadMonth(Cursor* c, bool* formal) {
  // The names by first letter: every token of a sentence is tried.
  static const std::array<std::vector<const MonthName*>, 26> kByFirst = [] {
    std::array<std::vector<const MonthName*>, 26> index;
    for (const MonthName& m : kMonths) index[m.name[0] - 'a'].push_back(&m);
    return index;
  }();
  const Token* t = c->Current();
  if (t == nullptr || !t->is_word || t->folded[0] < 'a' || t->folded[0] > 'z') return 0;
  for (const MonthName* name : kByFirst[t->folded[0] - 'a']) {
    const MonthName& m = *name;
    if (!SameWord(m.name, t->folded)) continue;
    if (m.needs_capital && !t->capitalized) return 0;
    c->Advance();
    bool dotted = false;
    if (m.abbrev && c->Peek() == "." && c->Adjacent()) {
      c->Advance();
      dotted = true;
    }
    *formal = !m.abbrev || t->capitalized || dotted;
    return m.month;
  }
  return 0;
}

// A day of the month: "5", "05", "16th", "1st", "1er".
int ReadDay(Cursor* c) {
  std::string_view s = c->Peek();
  std::size_t digits = 0;
  while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2) return 0;
  std::string_view suffix = s.substr(digits);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th" &&
      suffix != "er") {
    return 0;
  }
  const int day = ToInt(s.substr(0, digits));
  if (day < 1 || day > 31) return 0;
  c->Advance();
  return day;
}

// A year 1000..2100 that is not part of a larger number ("2019.5", "2000%").
int ReadYear(Cursor* c) {
  std::string_view s = c->Peek();
  if (s.size() != 4 || !AllDigits(s)) return 0;
  const int year = ToInt(s);
  if (year < 1000 || year > 2100) return 0;
  Cursor after = *c;
  after.Advance();
  if (after.Adjacent() && (after.Peek() == "%" || (after.Peek() == "." && AllDigits(after.Peek(1))) ||
                           (after.Peek() == "," && AllDigits(after.Peek(1)) && after.Peek(1).size() == 3))) {
    return 0;
  }
  *c = after;
  return year;
}

std::string ValidDate(int year, int month, int day) {
  if (year == 0 || month == 0 || day == 0 || day > DaysIn(month, year)) return "";
  return Iso(year, month, day);
}

// "October 16, 2025", "Oct. 16 2025", "October 16th, 2025".
std::string MonthFirst(Cursor* c) {
  bool formal = false;
  const int month = ReadMonth(c, &formal);
  if (month == 0) return "";
  const int day = ReadDay(c);
  if (day == 0) return "";
  c->Skip(",");
  return ValidDate(ReadYear(c), month, day);
}

// "16 October 2025", "1er mars 2024", "12 de abril de 2025", "16 oct., 2025".
std::string DayFirst(Cursor* c) {
  const int day = ReadDay(c);
  if (day == 0) return "";
  c->Skip("de");
  bool formal = false;
  const int month = ReadMonth(c, &formal);
  if (month == 0) return "";
  if (!c->Skip("de")) c->Skip("del") || c->Skip(",");
  return ValidDate(ReadYear(c), month, day);
}

// "2025-10-16", written without spaces.
std::string IsoDate(Cursor* c) {
  const int year = ReadYear(c);
  if (year == 0) return "";
  int parts[2] = {0, 0};
  for (int& part : parts) {
    if (!c->Adjacent() || !c->Skip("-") || !c->Adjacent()) return "";
    std::string_view s = c->Peek();
    if (s.size() != 2 || !AllDigits(s)) return "";
    part = ToInt(s);
    c->Advance();
  }
  if (parts[0] < 1 || parts[0] > 12) return "";
  return ValidDate(year, parts[0], parts[1]);
}

// A full date at position i, trying each form; sets *next past it.
std::string FullDateAt(const std::vector<Token>& tokens, std::size_t i, std::size_t* next) {
  for (auto form : {MonthFirst, DayFirst, IsoDate}) {
    Cursor c(tokens, i);
    std::string iso = form(&c);
    if (!iso.empty()) {
      *next = c.pos();
      return iso;
    }
  }
  return "";
}

// "June 2024", "junio de 2024", "Nov. 2024" -> "2024-06".
std::string MonthYear(Cursor* c) {
  bool formal = false;
  const int month = ReadMonth(c, &formal);
  if (month == 0 || !formal) return "";
  if (!c->Skip("de")) c->Skip("del") || c->Skip(",");
  const int year = ReadYear(c);
  return year == 0 ? "" : Iso(year, month);
}

// "in 2009", "since 2013", "in early 2020", "mid-2021", "a principios de 2020".
std::string MarkedYear(Cursor* c) {
  std::string_view w = c->Peek();
  if (OneOf(w, kYearMarkersDe)) {
    c->Advance();
    if (!c->Skip("de") && !c->Skip("del")) return "";
  } else if (OneOf(w, kYearMarkers) || OneOf(w, kYearModifiers)) {
    c->Advance();
    if (OneOf(c->Peek(), kYearModifiers)) c->Advance();
    c->Skip("-");
  } else {
    return "";
  }
  const int year = ReadYear(c);
  return year == 0 ? "" : Iso(year);
}

int RomanValue(std::string_view s) {
  static constexpr std::string_view kRoman[] = {"i",    "ii",  "iii",  "iv",    "v",   "vi",   "vii",
                                                "viii", "ix",  "x",    "xi",    "xii", "xiii", "xiv",
                                                "xv",   "xvi", "xvii", "xviii", "xix", "xx",   "xxi"};
  for (int n = 0; n < 21; ++n) {
    if (kRoman[n] == s) return n + 1;
  }
  return 0;
}

// A century number 1..21 written as digits or a Roman numeral followed by one
// of `suffixes`: "19th", "xixe", "19eme", "xix"; 0 if it is none of those.
int CenturyNumber(std::string_view s, std::initializer_list<std::string_view> suffixes) {
  for (std::string_view suffix : suffixes) {
    if (s.size() <= suffix.size() || s.substr(s.size() - suffix.size()) != suffix) continue;
    std::string_view base = s.substr(0, s.size() - suffix.size());
    const int n = AllDigits(base) ? (base.size() <= 2 ? ToInt(base) : 0) : RomanValue(base);
    if (n >= 1 && n <= 21) return n;
  }
  return 0;
}

// "19th century", "19th-century", "XIXe siècle", "siglo XIX" -> "1800".
std::string Century(Cursor* c) {
  int n = 0;
  if (c->Skip("siglo")) {
    n = CenturyNumber(c->Peek(), {""});
  } else {
    std::string_view ordinal = c->Peek();
    c->Advance();
    c->Skip("-");
    if (c->Peek() == "century") n = CenturyNumber(ordinal, {"st", "nd", "rd", "th"});
    if (c->Peek() == "siecle") n = CenturyNumber(ordinal, {"eme", "er", "e", ""});
  }
  return n == 0 ? "" : Iso((n - 1) * 100);
}

// The first full date in text, or "".
std::string FirstFullDate(std::string_view text) {
  const std::vector<Token>& tokens = Tokens(text);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    std::size_t next = 0;
    std::string iso = FullDateAt(tokens, i, &next);
    if (!iso.empty()) return iso;
  }
  return "";
}

int WordCount(std::string_view text) {
  int words = 0;
  bool in_word = false;
  for (char ch : text) {
    const bool space = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// "LIMA, Oct. 16, 2025 (Reuters) - ..." or "October 16, 2025 — ...": the text
// before the first spaced dash near the start of the paragraph, if it holds a
// full date.
std::string BodyDateline(std::string_view para) {
  const std::size_t limit = std::min<std::size_t>(para.size(), 160);
  for (std::size_t i = 1; i + 1 < limit; ++i) {
    std::size_t len = 0;
    if (para[i] == '-') {
      len = 1;
    } else if (para.compare(i, 3, "\u2014") == 0 || para.compare(i, 3, "\u2013") == 0) {
      len = 3;
    } else {
      continue;
    }
    const char before = para[i - 1];
    const char after = i + len < para.size() ? para[i + len] : ' ';
    if ((before == ' ' || before == ')' || before == '.') && (after == ' ' || after == '-')) {
      std::string_view prefix = para.substr(0, i);
      return WordCount(prefix) <= 12 ? FirstFullDate(prefix) : "";
    }
  }
  return "";
}

// Every date form has a digit except Roman centuries, which come with
// "siècle" or "siglo": most sentences are ruled out without tokenizing.
// One pass over the bytes: find_first_of and find would call memchr per byte
// or scan once per word.
bool MayHoldDate(std::string_view s) {
  static constexpr std::string_view kWords[] = {"siglo",  "Siglo",  "SIGLO",  "si\u00E8cle", "Si\u00E8cle",
                                                "SI\u00C8CLE", "siecle", "Siecle", "SIECLE"};
  bool century_word = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') return true;
    if ((c == 's' || c == 'S') && !century_word) {
      const std::string_view rest = s.substr(i);
      century_word = std::any_of(std::begin(kWords), std::end(kWords),
                                 [&](std::string_view w) { return rest.substr(0, w.size()) == w; });
    }
  }
  return century_word;
}

}  // namespace

std::string ParseDate(std::string_view text) {
  const std::vector<Token>& tokens = Tokens(text);
  Cursor c(tokens, 0);
  c.Skip("le") || c.Skip("el") || c.Skip("on");
  if (OneOf(c.Peek(), kWeekdays)) {
    c.Advance();
    c.Skip(".");
    c.Skip(",");
    c.Skip("le") || c.Skip("el");
  }
  std::size_t next = 0;
  std::string iso = FullDateAt(tokens, c.pos(), &next);
  if (iso.empty()) return "";
  if (next + 1 == tokens.size() && tokens[next].folded == ".") ++next;
  return next == tokens.size() ? iso : "";
}

std::string FindDateline(std::string_view text, const std::vector<Paragraph>& paragraphs) {
  std::size_t body = 0;
  while (body < paragraphs.size() && paragraphs[body].block != Block::kBody) ++body;
  auto span_text = [&](const Paragraph& p) { return text.substr(p.span.begin, p.span.end - p.span.begin); };
  if (body < paragraphs.size()) {
    std::string iso = BodyDateline(span_text(paragraphs[body]));
    if (!iso.empty()) return iso;
  }
  for (std::size_t k = body; k-- > 0;) {
    std::string_view para = span_text(paragraphs[k]);
    std::string iso = ParseDate(para);
    // A short furniture line holding a date: "By Ana Ruiz | October 16, 2025".
    if (iso.empty() && paragraphs[k].block == Block::kFurniture && WordCount(para) <= 12) {
      iso = FirstFullDate(para);
    }
    if (!iso.empty()) return iso;
  }
  return "";
}

std::string FindEventDate(std::string_view sentence) {
  if (!MayHoldDate(sentence)) return "";
  return FindEventDate(sentence, Tokens(sentence));
}

std::string FindEventDate(std::string_view sentence, const std::vector<Token>& tokens) {
  if (!MayHoldDate(sentence)) return "";
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    std::size_t next = 0;
    std::string iso = FullDateAt(tokens, i, &next);
    for (auto form : {MonthYear, Century, MarkedYear}) {
      if (!iso.empty()) break;
      Cursor c(tokens, i);
      iso = form(&c);
    }
    if (!iso.empty()) return iso;
  }
  return "";
}

bool IsDateWord(std::string_view folded) {
  for (const MonthName& m : kMonths) {
    if (!m.abbrev && m.name == folded) return true;
  }
  return folded.size() > 4 && std::find(std::begin(kWeekdays), std::end(kWeekdays), folded) != std::end(kWeekdays);
}

}  // namespace dyad::extract
