#pragma once
// Articles as dyad reads them, and the readers for each input format.
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/diagnostic.h"
#include "extract/text/segment.h"

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
  // SegmentParagraphs(text), kept by the readers so the extractor does not
  // segment twice; empty means not computed. Stale if text is changed.
  std::vector<Paragraph> paragraphs;
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
ReadResult ParseInput(std::string_view bytes, std::string_view path, InputFormat format,
                      bool content_hash = true);

// The records of a JSON Lines text whose first line is line first_line of
// path (streaming readers parse a file in chunks of whole lines).
ReadResult ParseJsonLines(std::string_view bytes, std::string_view path, int first_line,
                          bool content_hash = true);

// Input read but not parsed yet: a whole file, or whole lines of a JSON Lines
// file. Parsing pieces is independent, so it can run on many threads.
struct RawInput {
  std::string path;
  InputFormat format = InputFormat::kText;
  std::string bytes;
  int first_line = 1;  // of bytes in the file (JSON Lines chunks)
  ReadResult read;     // what reading itself found: missing files, skips
};

// Parses a piece: read's findings followed by the documents of its bytes.
// content_hash = false leaves Document::content_hash empty: hashing is a
// byte-serial pass over all the text that `extract` has no use for.
ReadResult ParseRaw(const RawInput& raw, bool content_hash = true);

// The size over which an input is skipped unless ReadOptions says otherwise.
inline constexpr std::uint64_t kDefaultMaxDocumentBytes = std::uint64_t{64} << 20;  // 64 MiB

// Limits on what the readers take in.
struct ReadOptions {
  // A file, a JSON Lines record or standard input larger than this is skipped
  // without being held in memory, with a warning giving its size.
  std::uint64_t max_document_bytes = kDefaultMaxDocumentBytes;
};

// Reads inputs in order a few megabytes at a time, so that memory stays
// bounded however large the corpus: files whole, JSON Lines files in chunks
// of whole lines. Directories are expanded (recursively, sorted) up front.
class InputStream {
 public:
  explicit InputStream(const std::vector<std::string>& inputs, const ReadOptions& options = {});
  ~InputStream();
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;

  // Replaces *pieces with the next pieces, at least one, more until their
  // bytes reach max_bytes. False (with *pieces empty) at the end.
  bool NextRaw(std::size_t max_bytes, std::vector<RawInput>* pieces);

  // NextRaw, parsed in order into one result.
  bool Next(std::size_t max_bytes, ReadResult* batch);

  // Bytes of the input files (0 if unknown: stdin).
  std::uint64_t total_bytes() const { return total_bytes_; }

 private:
  struct Unit;
  struct OpenLines;
  bool Step(RawInput* piece);
  bool StepStream(const std::string& path, RawInput* piece);
  static void ListFolder(const std::string& folder, std::set<std::string>* visited, std::vector<std::string>* files,
                         std::vector<Unit>* notes);
  std::vector<Unit> units_;
  std::size_t next_ = 0;
  std::unique_ptr<OpenLines> lines_;  // the JSON Lines file being read
  std::uint64_t total_bytes_ = 0;
  ReadOptions options_;
};

// Reads files, directories (recursively, sorted by path) and "-" (stdin,
// read as text) in the order given. In directories only .txt .md .markdown
// .html .htm .jsonl are read, other files are skipped; a missing path is an
// error diagnostic.
ReadResult ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& options = {});

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
// Sets each document's content_hash to ContentHash(text), hashing several
// texts side by side (Fnv1a64HexEach): faster than one at a time.
void SetContentHashes(std::vector<Document>* documents);

}  // namespace dyad::extract
