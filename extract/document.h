#pragma once
// Articles as dyad reads them, and the readers for each input format.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/diagnostic.h"

namespace dyad::extract {

// One article. `text` is valid UTF-8 (invalid bytes are replaced with U+FFFD
// and counted); every offset dyad reports is a byte offset into `text`.
struct Document {
  std::string id;      // metadata id, else the file name without extension
  std::string source;  // the path it came from ("-" for stdin), ":N" for JSONL line N
  std::string url;
  std::string title;
  std::string date;    // ISO 8601 (YYYY-MM-DD, YYYY-MM or YYYY), or "" if unknown
  std::string lang;    // "en", "fr", "es" (metadata, else detected), "" if unknown
  std::string text;
  std::string content_hash;  // 16 hex digits (FNV-1a 64) of `text`
  int invalid_utf8 = 0;      // how many invalid byte sequences were replaced
  bool all_body = false;     // every paragraph is article body (rule examples, explain TEXT)
};

// Why an input produced no document.
struct Skipped {
  std::string source;
  std::string reason;
};

struct ReadResult {
  std::vector<Document> documents;
  std::vector<Skipped> skipped;
  Diagnostics diagnostics;  // errors and warnings with file:line
};

enum class InputFormat { kText, kMarkdown, kHtml, kJsonLines };

// The format a path's extension implies (.txt and unknown extensions are text).
InputFormat FormatForPath(std::string_view path);

// Parses the bytes of one input. `path` names it in documents and messages.
// Never throws; problems become diagnostics or skipped entries: empty or
// binary input is skipped with a warning, a malformed or text-less JSON Lines
// record is an error at "path:line" and the other lines are still read.
// Title, date and language missing from metadata come from the text.
ReadResult ParseInput(std::string_view bytes, std::string_view path, InputFormat format);

// Reads files, directories (recursively, sorted by path) and "-" (stdin,
// read as text) in the order given. In directories only .txt .md .markdown
// .html .htm .jsonl are read, other files are skipped; a missing path is an
// error diagnostic.
ReadResult ReadInputs(const std::vector<std::string>& inputs);

// An HTML page reduced to its article. `text` holds the body of the longest
// <article> (else <main>, else the whole page) without scripts, navigation,
// asides, headers, footers, forms and buttons; block elements are separated by
// blank lines, entities are decoded and white space is collapsed.
struct HtmlPage {
  std::string text;
  std::string title;  // og:title, else <title>, else the first <h1>
  std::string url;    // <link rel="canonical">, else og:url
  std::string date;   // article:published_time, else <time datetime>, as ISO; "" if neither
  std::string lang;   // <html lang>, primary subtag lower-cased ("fr" for "fr-FR")
};

// Reads an HTML page in one linear pass. Never fails: unclosed tags, stray
// '<' and unknown entities yield whatever text can be read.
HtmlPage ParseHtml(std::string_view html);

// "en", "fr" or "es" by function-word counts, "" if there is too little text.
std::string DetectLanguage(std::string_view text);

// FNV-1a 64-bit hash as 16 lower-case hex digits.
std::string ContentHash(std::string_view text);

}  // namespace dyad::extract
