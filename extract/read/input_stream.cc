// InputStream: the inputs of a run, read a few megabytes at a time.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>

#include "extract/document.h"

namespace dyad::extract {
namespace {

namespace fs = std::filesystem;

// JSON Lines files are cut into pieces of about this size, so that a batch
// holds several pieces to parse in parallel.
constexpr std::size_t kLinesPiece = 1u << 20;

bool Supported(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".html" || ext == ".htm" ||
         ext == ".jsonl";
}

void Report(ReadResult* r, const std::string& path, std::string message, Severity severity) {
  r->diagnostics.push_back({{path, 0, 0}, std::move(message), severity});
}

void Append(ReadResult part, ReadResult* all) {
  for (auto& d : part.documents) all->documents.push_back(std::move(d));
  for (auto& s : part.skipped) all->skipped.push_back(std::move(s));
  for (auto& d : part.diagnostics) all->diagnostics.push_back(std::move(d));
}

std::string TooLarge(std::uint64_t size, std::uint64_t max) {
  return "too large: " + std::to_string(size) + " bytes (the maximum document size is " + std::to_string(max) +
         " bytes)";
}

void SkipTooLarge(ReadResult* r, const std::string& source, std::uint64_t size, std::uint64_t max) {
  Report(r, source, TooLarge(size, max), Severity::kWarning);
  r->skipped.push_back({source, TooLarge(size, max)});
}

// At most max bytes of a stream, then the size of the rest, which is dropped.
std::uint64_t ReadAtMost(std::istream& in, std::uint64_t max, std::string* out) {
  out->clear();
  char chunk[1 << 16];
  std::uint64_t size = 0;
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    const auto got = static_cast<std::size_t>(in.gcount());
    size += got;
    if (size <= max) out->append(chunk, got);
  }
  if (size > max) out->clear();
  return size;
}

// The rest of a file; reading by size avoids a byte-at-a-time iterator.
bool ReadAll(std::ifstream& in, std::string* out) {
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size < 0) return false;
  out->resize(static_cast<std::size_t>(size));
  in.read(out->data(), size);
  return in.gcount() == size;
}

// A FIFO, a pipe (`<(cat file)`), a terminal or another non-regular file,
// read to its end like standard input: at most max bytes kept, the size
// returned, or -1 with errno set. Opened without blocking, so that a FIFO
// with no writer reads as empty instead of waiting for one; then reads block
// as usual while a writer is there.
std::int64_t ReadStream(const std::string& path, std::uint64_t max, std::string* out) {
  const int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return -1;
  const int flags = fcntl(fd, F_GETFL);
  if (flags >= 0) fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
  out->clear();
  char chunk[1 << 16];
  std::uint64_t size = 0;
  for (;;) {
    const ssize_t n = read(fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int saved = errno;
      close(fd);
      errno = saved;
      return -1;
    }
    if (n == 0) break;
    size += static_cast<std::uint64_t>(n);
    if (size <= max) out->append(chunk, static_cast<std::size_t>(n));
  }
  close(fd);
  if (size > max) out->clear();
  return static_cast<std::int64_t>(size);
}

}  // namespace

ReadResult ParseRaw(const RawInput& raw, bool content_hash) {
  ReadResult r = raw.read;
  if (raw.bytes.empty() && raw.first_line > 1) return r;  // the end of a JSON Lines file
  if (raw.path.empty()) return r;                          // reading failed: reported in raw.read
  // A later piece of a JSON Lines file, or a first piece whose first line was
  // too large (blank in its place): only records, no whole-file checks.
  if (raw.format == InputFormat::kJsonLines && (raw.first_line > 1 || !raw.read.skipped.empty())) {
    Append(ParseJsonLines(raw.bytes, raw.path, raw.first_line, content_hash), &r);
  } else {
    // Whole files, and a JSON Lines file's first piece: empty and binary
    // inputs are recognised as for whole files.
    Append(ParseInput(raw.bytes, raw.path, raw.format, content_hash), &r);
  }
  return r;
}

// One thing to read, in input order.
struct InputStream::Unit {
  enum class Kind { kFile, kStdin, kMissing, kUnsupported, kSkipped, kError };
  Kind kind = Kind::kFile;
  std::string path;
  std::string message;  // for kSkipped and kError
};

// Lists the regular files under folder, recursively, in sorted order. A
// symlink to a folder is followed unless its target was already listed (a
// loop, or a second link to one folder): that one gets a warning. Entries
// that are neither files nor folders (a FIFO, a socket, a broken symlink)
// are skipped with a warning naming them.
void InputStream::ListFolder(const std::string& folder, std::set<std::string>* visited,
                             std::vector<std::string>* files, std::vector<Unit>* notes) {
  std::error_code ec;
  std::vector<fs::path> entries;
  for (fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec), end;
       !ec && it != end; it.increment(ec)) {
    entries.push_back(it->path());
  }
  if (ec) notes->push_back({Unit::Kind::kError, folder, "cannot list directory: " + ec.message()});
  std::sort(entries.begin(), entries.end());
  for (const fs::path& entry : entries) {
    std::error_code type_ec;
    const fs::file_status status = fs::status(entry, type_ec);
    if (fs::is_regular_file(status)) {
      files->push_back(entry.string());
    } else if (fs::is_directory(status)) {
      if (visited->insert(fs::canonical(entry, type_ec).string()).second) {
        ListFolder(entry.string(), visited, files, notes);
      } else {
        notes->push_back({Unit::Kind::kSkipped, entry.string(), "symlink to a folder already read: not followed"});
      }
    } else {
      const bool broken = fs::is_symlink(fs::symlink_status(entry, type_ec)) && !fs::exists(status);
      notes->push_back({Unit::Kind::kSkipped, entry.string(), broken ? "broken symlink" : "not a regular file"});
    }
  }
}

// A JSON Lines file read in pieces of whole lines. The file is read in
// blocks; what follows the last whole line of a piece waits in `carry`.
struct InputStream::OpenLines {
  std::ifstream in;
  std::string path;
  int next_line = 1;
  std::string carry;         // the start of the next piece
  bool at_end = false;       // the file is read to its end (carry may hold its rest)
  bool read_failed = false;  // ... or to where reading it failed

  bool Done() const { return at_end && carry.empty(); }

  // Appends up to one block of the file to *out; false if nothing was left.
  bool ReadBlock(std::string* out) {
    if (at_end) return false;
    const std::size_t old = out->size();
    out->resize(old + kLinesPiece);
    in.read(out->data() + old, static_cast<std::streamsize>(kLinesPiece));
    const auto got = static_cast<std::size_t>(in.gcount());
    out->resize(old + got);
    at_end = got < kLinesPiece;
    read_failed = in.bad();
    return got > 0;
  }

  // Reads past the rest of a line whose start is dropped, adding its bytes
  // to *length; what follows its newline is left in carry. False if the file
  // ended first.
  bool SkipRestOfLine(std::uint64_t* length) {
    for (;;) {
      carry.clear();
      if (!ReadBlock(&carry)) return false;
      const void* newline = std::memchr(carry.data(), '\n', carry.size());
      if (newline != nullptr) {
        const auto n = static_cast<std::size_t>(static_cast<const char*>(newline) - carry.data());
        *length += n;
        carry.erase(0, n + 1);
        return true;
      }
      *length += carry.size();
    }
  }

  // The line [start, end) of *out (newline excluded) is over the limit: it
  // is replaced by an empty line, which keeps the others' numbers.
  void DropLine(std::string* out, std::size_t start, std::size_t end, std::uint64_t max, RawInput* piece) {
    SkipTooLarge(&piece->read, path + ":" + std::to_string(next_line), end - start, max);
    out->erase(start, end - start);
  }

  // Fills piece->bytes with whole lines, each ended by a newline (a last line
  // without one gets one), up to and including the line that brings it to
  // kLinesPiece bytes.
  void Fill(std::uint64_t max, RawInput* piece) {
    std::string& out = piece->bytes;
    out.swap(carry);
    carry.clear();
    std::size_t start = 0;  // of the line being read
    for (;;) {
      while (const void* found = std::memchr(out.data() + start, '\n', out.size() - start)) {
        std::size_t end = static_cast<std::size_t>(static_cast<const char*>(found) - out.data());
        if (end - start > max) {
          DropLine(&out, start, end, max, piece);
          end = start;
        }
        ++next_line;
        start = end + 1;
        if (start >= kLinesPiece) {
          carry.assign(out, start, std::string::npos);
          out.resize(start);
          return;
        }
      }
      if (out.size() - start > max) {  // a line too long, its newline not read yet
        std::uint64_t length = out.size() - start;
        out.resize(start);
        const bool more = SkipRestOfLine(&length);
        SkipTooLarge(&piece->read, path + ":" + std::to_string(next_line), length, max);
        out += '\n';
        ++next_line;
        start = out.size();
        if (!more) return;
        out += carry;
        carry.clear();
        continue;
      }
      if (!ReadBlock(&out)) {
        if (start < out.size()) {  // the last line has no newline
          out += '\n';
          ++next_line;
        }
        return;
      }
    }
  }
};

InputStream::InputStream(const std::vector<std::string>& inputs, const ReadOptions& options) : options_(options) {
  for (const std::string& input : inputs) {
    if (input == "-") {
      units_.push_back({Unit::Kind::kStdin, input, ""});
      continue;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(input, ec);
    if (!fs::exists(status)) {
      units_.push_back({Unit::Kind::kMissing, input, ""});
    } else if (!fs::is_directory(status)) {
      units_.push_back({Unit::Kind::kFile, input, ""});
      const std::uintmax_t size = fs::file_size(input, ec);
      if (!ec) total_bytes_ += size;  // a pipe has no size
    } else {
      std::vector<std::string> files;
      std::set<std::string> visited{fs::canonical(input, ec).string()};
      ListFolder(input, &visited, &files, &units_);
      std::sort(files.begin(), files.end());
      for (const std::string& f : files) {
        const bool ok = Supported(f);
        units_.push_back({ok ? Unit::Kind::kFile : Unit::Kind::kUnsupported, f, ""});
        if (ok) total_bytes_ += fs::file_size(f, ec);
      }
    }
  }
}

InputStream::~InputStream() = default;

bool InputStream::NextRaw(std::size_t max_bytes, std::vector<RawInput>* pieces) {
  pieces->clear();
  std::size_t bytes = 0;
  while (bytes < max_bytes) {
    RawInput piece;
    if (!Step(&piece)) break;
    bytes += piece.bytes.size() + 1;
    pieces->push_back(std::move(piece));
  }
  return !pieces->empty();
}

bool InputStream::Next(std::size_t max_bytes, ReadResult* batch) {
  *batch = ReadResult();
  std::vector<RawInput> pieces;
  if (!NextRaw(max_bytes, &pieces)) return false;
  for (const RawInput& piece : pieces) Append(ParseRaw(piece), batch);
  return true;
}

// Reads the next piece; false when nothing is left.
bool InputStream::Step(RawInput* piece) {
  if (lines_) {
    piece->path = lines_->path;
    piece->format = InputFormat::kJsonLines;
    piece->first_line = lines_->next_line;
    lines_->Fill(options_.max_document_bytes, piece);
    if (lines_->read_failed) {
      // What was read is kept; the rest of the file is not silently dropped.
      Report(&piece->read, lines_->path + ":" + std::to_string(lines_->next_line),
             "cannot read the file from this line on", Severity::kError);
      if (piece->bytes.empty()) piece->path.clear();  // nothing to parse: not an "empty file"
      lines_.reset();
    } else if (lines_->Done()) {
      lines_.reset();
    }
    return true;
  }
  if (next_ >= units_.size()) return false;
  const Unit& u = units_[next_++];
  switch (u.kind) {
    case Unit::Kind::kMissing:
      Report(&piece->read, u.path, "no such file or directory", Severity::kError);
      return true;
    case Unit::Kind::kError:
      Report(&piece->read, u.path, u.message, Severity::kError);
      return true;
    case Unit::Kind::kSkipped:
      Report(&piece->read, u.path, u.message, Severity::kWarning);
      piece->read.skipped.push_back({u.path, u.message});
      return true;
    case Unit::Kind::kUnsupported:
      Report(&piece->read, u.path, "unsupported file type", Severity::kWarning);
      piece->read.skipped.push_back({u.path, "unsupported file type"});
      return true;
    case Unit::Kind::kStdin: {
      const std::uint64_t size = ReadAtMost(std::cin, options_.max_document_bytes, &piece->bytes);
      if (size > options_.max_document_bytes) {
        SkipTooLarge(&piece->read, u.path, size, options_.max_document_bytes);
        return true;
      }
      piece->path = "-";
      return true;
    }
    case Unit::Kind::kFile:
      break;
  }
  std::error_code status_ec;
  if (!fs::is_regular_file(u.path, status_ec)) return StepStream(u.path, piece);
  std::ifstream in(u.path, std::ios::binary);
  if (!in) {
    Report(&piece->read, u.path, "cannot read file", Severity::kError);
    return true;
  }
  piece->path = u.path;
  piece->format = FormatForPath(u.path);
  std::error_code ec;
  const std::uint64_t size = fs::file_size(u.path, ec);
  if (!ec && size > options_.max_document_bytes && piece->format != InputFormat::kJsonLines) {
    piece->path.clear();  // nothing to parse
    SkipTooLarge(&piece->read, u.path, size, options_.max_document_bytes);
    return true;
  }
  if (piece->format == InputFormat::kJsonLines) {
    lines_ = std::make_unique<OpenLines>();
    lines_->in = std::move(in);
    lines_->path = u.path;
    return Step(piece);
  }
  if (!ec && size == 0) {
    // Pseudo-files (/proc, sysfs, some network and FUSE mounts) report size 0
    // whatever they hold: read to the end, and tell a failed read from an
    // empty file.
    const std::uint64_t got = ReadAtMost(in, options_.max_document_bytes, &piece->bytes);
    if (in.bad()) {
      piece->path.clear();
      piece->bytes.clear();
      Report(&piece->read, u.path, "cannot read file", Severity::kError);
    } else if (got > options_.max_document_bytes) {
      piece->path.clear();
      SkipTooLarge(&piece->read, u.path, got, options_.max_document_bytes);
    }
    return true;
  }
  if (!ReadAll(in, &piece->bytes)) {
    piece->path.clear();
    Report(&piece->read, u.path, "cannot read file", Severity::kError);
  }
  return true;
}

// A non-regular file given as an argument, read whole (see ReadStream).
bool InputStream::StepStream(const std::string& path, RawInput* piece) {
  const std::int64_t size = ReadStream(path, options_.max_document_bytes, &piece->bytes);
  if (size < 0) {
    Report(&piece->read, path, std::string("cannot read file: ") + std::strerror(errno), Severity::kError);
    return true;
  }
  if (static_cast<std::uint64_t>(size) > options_.max_document_bytes) {
    SkipTooLarge(&piece->read, path, static_cast<std::uint64_t>(size), options_.max_document_bytes);
    return true;
  }
  piece->path = path;
  piece->format = FormatForPath(path);
  return true;
}

}  // namespace dyad::extract
