#include "extract/document.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "extract/text/dates.h"
#include "extract/hash.h"
#include "extract/text/segment.h"
#include "extract/text.h"

namespace dyad::extract {
namespace {

namespace fs = std::filesystem;

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return out;
}

std::string Stem(std::string_view path) { return fs::path(std::string(path)).stem().string(); }

void Report(ReadResult* r, std::string_view path, int line, std::string message, Severity severity) {
  Diagnostic d;
  d.loc.file = std::string(path);
  d.loc.line = line;
  d.message = std::move(message);
  d.severity = severity;
  r->diagnostics.push_back(std::move(d));
}

void Skip(ReadResult* r, std::string_view path, std::string reason) {
  Report(r, path, 0, reason, Severity::kWarning);
  r->skipped.push_back({std::string(path), std::move(reason)});
}

// Empty and binary inputs give no document; returns false after skipping
// them. JSON Lines are checked for NUL bytes record by record instead, so
// that one bad record does not take the good ones with it.
bool Readable(std::string_view bytes, std::string_view path, InputFormat format, ReadResult* r) {
  const std::size_t nul = format == InputFormat::kJsonLines ? std::string_view::npos : bytes.find('\0');
  if (nul != std::string_view::npos) {
    Skip(r, path, "binary file (NUL byte at offset " + std::to_string(nul) + ")");
    return false;
  }
  // A byte-order mark alone is no text either (CleanText drops it).
  if (Trim(bytes.substr(bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0)).empty()) {
    Skip(r, path, "empty file");
    return false;
  }
  return true;
}

// Makes text valid UTF-8 without a byte-order mark; warns once if it was not.
std::string CleanText(std::string_view bytes, std::string_view path, int line, int* invalid, ReadResult* r) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::string text(bytes);
  *invalid = SanitizeUtf8(&text);
  if (*invalid > 0) {
    Report(r, path, line, std::to_string(*invalid) + " invalid UTF-8 sequences replaced with U+FFFD",
           Severity::kWarning);
  }
  return text;
}

// The first headline before the first body paragraph, on one line.
std::string HeadlineTitle(std::string_view text, const std::vector<Paragraph>& paragraphs) {
  for (const Paragraph& p : paragraphs) {
    if (p.block == Block::kBody) break;
    if (p.block != Block::kHeadline) continue;
    std::string title;
    for (char c : text.substr(p.span.begin, p.span.end - p.span.begin)) {
      if (!IsAsciiSpace(c)) {
        title.push_back(c);
      } else if (!title.empty() && title.back() != ' ') {
        title.push_back(' ');
      }
    }
    return title;
  }
  return "";
}

// Fills in what the input's metadata left empty: title, date and language
// from the text, and the content hash if asked for.
void Complete(Document* doc, bool content_hash) {
  doc->paragraphs = SegmentParagraphs(doc->text);
  if (doc->title.empty()) doc->title = HeadlineTitle(doc->text, doc->paragraphs);
  if (doc->date.empty()) doc->date = FindDateline(doc->text, doc->paragraphs);
  if (doc->lang.empty()) doc->lang = DetectLanguage(doc->text);
  if (content_hash) doc->content_hash = ContentHash(doc->text);
}

Document NewDocument(std::string_view path) {
  Document doc;
  doc.source = std::string(path);
  doc.id = path == "-" ? "stdin" : Stem(path);
  return doc;
}

bool IsIsoDate(std::string_view s) {
  static constexpr std::string_view kShape = "dddd-dd-dd";
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (kShape[i] == 'd' ? !(s[i] >= '0' && s[i] <= '9') : s[i] != '-') return false;
  }
  return true;
}

// A metadata date as ISO: kept if already ISO ("2025", "2025-10", a datetime
// cut to its date), else parsed; "" with a warning if it is neither.
std::string MetadataDate(std::string_view value, std::string_view path, int line, ReadResult* r) {
  if (value.empty()) return "";
  if (IsIsoDate(value)) return std::string(value);
  if (value.size() > 10 && value[10] == 'T' && IsIsoDate(value.substr(0, 10)))
    return std::string(value.substr(0, 10));
  std::string iso = ParseDate(value);
  if (iso.empty())
    Report(r, path, line, "unrecognized date '" + std::string(value) + "'", Severity::kWarning);
  return iso;
}

ReadResult ParseText(std::string_view bytes, std::string_view path, bool content_hash) {
  ReadResult r;
  Document doc = NewDocument(path);
  doc.text = CleanText(bytes, path, 0, &doc.invalid_utf8, &r);
  Complete(&doc, content_hash);
  r.documents.push_back(std::move(doc));
  return r;
}

std::string_view Unquote(std::string_view v) {
  if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front()) {
    return v.substr(1, v.size() - 2);
  }
  return v;
}

// Applies one "key: value" line of front matter.
void FrontMatterLine(std::string_view line, int number, std::string_view path, Document* doc, ReadResult* r) {
  if (Trim(line).empty() || Trim(line)[0] == '#' || IsAsciiSpace(line[0]) || line[0] == '-') return;
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos) {
    Report(r, path, number, "malformed front matter line (expected 'key: value')", Severity::kWarning);
    return;
  }
  const std::string key = Lower(Trim(line.substr(0, colon)));
  const std::string value(Unquote(Trim(line.substr(colon + 1))));
  if (key == "id") {
    doc->id = value;
  } else if (key == "title") {
    doc->title = value;
  } else if (key == "url") {
    doc->url = value;
  } else if (key == "lang") {
    doc->lang = Lower(value);
  } else if (key == "date") {
    doc->date = MetadataDate(value, path, number, r);
  } else {
    Report(r, path, number, "unknown front matter key '" + key + "'", Severity::kWarning);
  }
}

// Reads front matter between "---" lines at the start of text; returns the
// offset where the body starts (0 if there is no complete front matter).
std::size_t FrontMatter(std::string_view text, std::string_view path, Document* doc, ReadResult* r) {
  std::size_t nl = text.find('\n');
  if (nl == std::string_view::npos || Trim(text.substr(0, nl)) != "---") return 0;
  std::size_t close = std::string_view::npos;
  std::size_t body = text.size();
  for (std::size_t pos = nl + 1; pos < text.size(); pos = nl + 1) {
    nl = std::min(text.find('\n', pos), text.size());
    if (Trim(text.substr(pos, nl - pos)) == "---") {
      close = pos;
      body = std::min(nl + 1, text.size());
      break;
    }
  }
  if (close == std::string_view::npos) {
    Report(r, path, 1, "unterminated front matter (no closing '---')", Severity::kWarning);
    return 0;
  }
  int number = 2;
  for (std::size_t pos = text.find('\n') + 1; pos < close; pos = nl + 1, ++number) {
    nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    FrontMatterLine(line, number, path, doc, r);
  }
  return body;
}

// The first "# Heading" line of a Markdown text.
std::string FirstHeading(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t nl = std::min(text.find('\n', pos), text.size());
    std::string_view line = Trim(text.substr(pos, nl - pos));
    if (line.substr(0, 2) == "# ") return std::string(Trim(line.substr(2)));
    pos = nl + 1;
  }
  return "";
}

ReadResult ParseMarkdown(std::string_view bytes, std::string_view path, bool content_hash) {
  ReadResult r;
  Document doc = NewDocument(path);
  std::string all = CleanText(bytes, path, 0, &doc.invalid_utf8, &r);
  doc.text = all.substr(FrontMatter(all, path, &doc, &r));
  if (Trim(doc.text).empty()) {
    Skip(&r, path, "no text after front matter");
    return r;
  }
  if (doc.title.empty()) doc.title = FirstHeading(doc.text);
  Complete(&doc, content_hash);
  r.documents.push_back(std::move(doc));
  return r;
}

ReadResult ParseHtmlInput(std::string_view bytes, std::string_view path, bool content_hash) {
  ReadResult r;
  Document doc = NewDocument(path);
  HtmlPage page = ParseHtml(CleanText(bytes, path, 0, &doc.invalid_utf8, &r));
  doc.text = std::move(page.text);
  doc.title = std::move(page.title);
  doc.url = std::move(page.url);
  doc.date = std::move(page.date);
  doc.lang = std::move(page.lang);
  if (Trim(doc.text).empty()) {
    Skip(&r, path, "no article text");
    return r;
  }
  Complete(&doc, content_hash);
  r.documents.push_back(std::move(doc));
  return r;
}

// RapidJSON decodes the escape of a lone surrogate ("\udc00") to the three
// bytes UTF-8 forbids (ED A0..BF 80..BF): one U+FFFD each, as one character
// was meant. Returns how many were replaced.
int ReplaceSurrogates(std::string* text) {
  if (text->find('\xED') == std::string::npos) return 0;
  int replaced = 0;
  std::string out;
  out.reserve(text->size());
  for (std::size_t i = 0; i < text->size(); ++i) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>((*text)[k]); };
    if (b(i) == 0xED && i + 2 < text->size() && b(i + 1) >= 0xA0 && b(i + 1) <= 0xBF && (b(i + 2) & 0xC0) == 0x80) {
      out += "\xEF\xBF\xBD";
      i += 2;
      ++replaced;
    } else {
      out += (*text)[i];
    }
  }
  *text = std::move(out);
  return replaced;
}

// A JSON Lines record that yields no document: a warning at path:line and a
// skipped entry, so that the other records are still read and counted.
void SkipRecord(ReadResult* r, std::string_view path, int line, const std::string& reason) {
  Report(r, path, line, reason, Severity::kWarning);
  r->skipped.push_back({std::string(path) + ":" + std::to_string(line), reason});
}

// One JSON Lines record, already valid UTF-8; false (skipped) if it yields no document.
// Parsed in place: RapidJSON decodes the strings into `clean` itself rather
// than copying each one a character at a time (a NUL byte ends the input
// either way).
bool JsonRecord(std::string* clean, int number, std::string_view path, Document* doc, ReadResult* r) {
  rapidjson::Document json;
  json.ParseInsitu(clean->data());
  if (json.HasParseError() || !json.IsObject()) {
    const char* why =
        json.HasParseError() ? rapidjson::GetParseError_En(json.GetParseError()) : "not an object";
    SkipRecord(r, path, number, std::string("malformed JSON record: ") + why);
    return false;
  }
  auto field = [&](const char* name) -> std::string {
    auto it = json.FindMember(name);
    if (it == json.MemberEnd()) return "";
    if (it->value.IsString()) {
      // Escapes can spell what UTF-8 forbids (a lone surrogate, "\udc00").
      std::string value(it->value.GetString(), it->value.GetStringLength());
      doc->invalid_utf8 += ReplaceSurrogates(&value) + SanitizeUtf8(&value);
      return value;
    }
    Report(r, path, number, std::string("field '") + name + "' is not a string", Severity::kWarning);
    return "";
  };
  doc->text = field("text");
  if (Trim(doc->text).empty()) {
    SkipRecord(r, path, number, "record has no 'text'");
    return false;
  }
  doc->id = field("id");
  if (doc->id.empty()) doc->id = Stem(path) + "-" + std::to_string(number);
  doc->url = field("url");
  doc->title = field("title");
  doc->lang = Lower(field("lang"));
  doc->date = MetadataDate(field("date"), path, number, r);
  return true;
}

// Invalid UTF-8 in the records of one JSON Lines text, reported once for all
// of them at the first record that had any (a whole file in one warning, not
// one per line).
struct Utf8Tally {
  int sequences = 0;
  int records = 0;
  int first_line = 0;
  std::size_t at = 0;  // index in the diagnostics where the warning goes

  void Add(int invalid, int line, std::size_t diagnostic_index) {
    if (invalid == 0) return;
    if (records++ == 0) first_line = line, at = diagnostic_index;
    sequences += invalid;
  }
  void Report(std::string_view path, ReadResult* r) const {
    if (records == 0) return;
    std::string message = std::to_string(sequences) + " invalid UTF-8 sequences replaced with U+FFFD";
    if (records > 1) message += " in " + std::to_string(records) + " records";
    Diagnostic d{{std::string(path), first_line, 0}, std::move(message), Severity::kWarning};
    r->diagnostics.insert(r->diagnostics.begin() + static_cast<std::ptrdiff_t>(at), std::move(d));
  }
};

}  // namespace

ReadResult ParseJsonLines(std::string_view bytes, std::string_view path, int first_line, bool content_hash) {
  ReadResult r;
  Utf8Tally utf8;
  int number = first_line - 1;
  for (std::size_t pos = 0; pos < bytes.size();) {
    const std::size_t nl = std::min(bytes.find('\n', pos), bytes.size());
    std::string_view line = bytes.substr(pos, nl - pos);
    pos = nl + 1;
    ++number;
    if (Trim(line).empty()) continue;
    if (const std::size_t nul = line.find('\0'); nul != std::string_view::npos) {
      SkipRecord(&r, path, number, "binary record (NUL byte at column " + std::to_string(nul + 1) + ")");
      continue;
    }
    Document doc;
    doc.source = std::string(path) + ":" + std::to_string(number);
    if (line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    std::string clean(line);
    doc.invalid_utf8 = SanitizeUtf8(&clean);
    const std::size_t diagnostic_index = r.diagnostics.size();
    const bool read = JsonRecord(&clean, number, path, &doc, &r);
    utf8.Add(doc.invalid_utf8, number, diagnostic_index);
    if (!read) continue;
    Complete(&doc, /*content_hash=*/false);
    r.documents.push_back(std::move(doc));
  }
  utf8.Report(path, &r);
  if (content_hash) SetContentHashes(&r.documents);  // all at once: several side by side
  return r;
}

InputFormat FormatForPath(std::string_view path) {
  const std::string ext = Lower(fs::path(std::string(path)).extension().string());
  if (ext == ".md" || ext == ".markdown") return InputFormat::kMarkdown;
  if (ext == ".html" || ext == ".htm") return InputFormat::kHtml;
  if (ext == ".jsonl") return InputFormat::kJsonLines;
  return InputFormat::kText;
}

ReadResult ParseInput(std::string_view bytes, std::string_view path, InputFormat format, bool content_hash) {
  ReadResult r;
  if (!Readable(bytes, path, format, &r)) return r;
  switch (format) {
    case InputFormat::kMarkdown:
      return ParseMarkdown(bytes, path, content_hash);
    case InputFormat::kHtml:
      return ParseHtmlInput(bytes, path, content_hash);
    case InputFormat::kJsonLines:
      return ParseJsonLines(bytes, path, 1, content_hash);
    case InputFormat::kText:
      break;
  }
  return ParseText(bytes, path, content_hash);
}

ReadResult ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& options) {
  ReadResult all;
  InputStream stream(inputs, options);
  ReadResult batch;
  while (stream.Next(SIZE_MAX, &batch)) {
    for (auto& d : batch.documents) all.documents.push_back(std::move(d));
    for (auto& k : batch.skipped) all.skipped.push_back(std::move(k));
    for (auto& d : batch.diagnostics) all.diagnostics.push_back(std::move(d));
  }
  return all;
}

namespace {

// A word of at most four bytes and its length packed into an integer, for
// cheap comparison.
constexpr std::uint64_t Pack(std::string_view w) {
  std::uint64_t v = 0;
  for (char c : w) v = (v << 8) | static_cast<unsigned char>(c);
  return v | (static_cast<std::uint64_t>(w.size()) << 40);
}

}  // namespace

std::string DetectLanguage(std::string_view text) {
  static constexpr std::string_view kWords[3][11] = {
      {"the", "and", "of", "to", "in", "is", "was"},
      {"le", "la", "les", "des", "et", "du", "une", "est", "dans", "pour"},
      {"el", "los", "las", "del", "y", "una", "es", "en", "por", "con", "que"}};
  static constexpr std::string_view kLangs[3] = {"en", "fr", "es"};
  static const auto kPacked = [] {
    std::array<std::array<std::uint64_t, 11>, 3> packed{};
    for (int l = 0; l < 3; ++l) {
      for (int k = 0; k < 11; ++k) packed[l][k] = kWords[l][k].empty() ? 0 : Pack(kWords[l][k]);
    }
    return packed;
  }();
  int counts[3] = {0, 0, 0};
  auto is_letter = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
  };
  // The first few kilobytes decide; function words are everywhere.
  text = text.substr(0, 2048);
  for (std::size_t i = 0; i < text.size();) {
    if (!is_letter(text[i])) {
      ++i;
      continue;
    }
    std::size_t n = 0;
    std::uint64_t v = 0;
    for (; i < text.size() && is_letter(text[i]); ++i, ++n) {
      v = (v << 8) | static_cast<unsigned char>(text[i] >= 'A' && text[i] <= 'Z' ? text[i] + 32 : text[i]);
    }
    if (n > 4) continue;
    v |= static_cast<std::uint64_t>(n) << 40;
    for (int lang = 0; lang < 3; ++lang) {
      for (std::uint64_t w : kPacked[lang]) counts[lang] += w == v;
    }
  }
  const int best = static_cast<int>(std::max_element(counts, counts + 3) - counts);
  const bool tie = std::count(counts, counts + 3, counts[best]) > 1;
  return counts[best] >= 3 && !tie ? std::string(kLangs[best]) : "";
}

std::string ContentHash(std::string_view text) { return Fnv1a64Hex(text); }

void SetContentHashes(std::vector<Document>* documents) {
  std::vector<std::string_view> texts;
  texts.reserve(documents->size());
  for (const Document& d : *documents) texts.push_back(d.text);
  std::vector<std::string> hashes(texts.size());
  Fnv1a64HexEach(texts.data(), texts.size(), hashes.data());
  for (std::size_t i = 0; i < hashes.size(); ++i) (*documents)[i].content_hash = std::move(hashes[i]);
}

}  // namespace dyad::extract
