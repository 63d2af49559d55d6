// InputStream on JSON Lines files: pieces of whole lines cut at the first
// line end at or past 1 MiB, line numbers carried from piece to piece, and
// lines over the size limit dropped (an empty line in their place) wherever
// they fall against the 1 MiB blocks the file is read in.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extract/document.h"
#include "tests/catch.h"

namespace dyad {
namespace {

constexpr std::size_t kMiB = std::size_t{1} << 20;

class TempFile {
 public:
  explicit TempFile(const std::string& bytes)
      : path_((std::filesystem::temp_directory_path() /
               ("dyad-input-stream-" + std::to_string(::getpid()) + "-" + std::to_string(++count_) + ".jsonl"))
                  .string()) {
    std::ofstream(path_, std::ios::binary) << bytes;
  }
  ~TempFile() { std::filesystem::remove(path_); }
  const std::string& path() const { return path_; }

 private:
  static inline int count_ = 0;
  std::string path_;
};

struct Piece {
  int first_line;
  std::string bytes;
  std::vector<std::string> skipped;  // "source: reason"
};

std::vector<Piece> Pieces(const std::string& path, std::uint64_t max = extract::kDefaultMaxDocumentBytes) {
  extract::ReadOptions options;
  options.max_document_bytes = max;
  extract::InputStream stream({path}, options);
  std::vector<Piece> out;
  std::vector<extract::RawInput> raw;
  while (stream.NextRaw(1, &raw)) {
    for (const extract::RawInput& r : raw) {
      Piece p{r.first_line, r.bytes, {}};
      for (const extract::Skipped& s : r.read.skipped) p.skipped.push_back(s.source + ": " + s.reason);
      out.push_back(std::move(p));
    }
  }
  return out;
}

// A line of exactly `size` bytes before its newline.
std::string Line(std::size_t size, char fill = 'x') { return std::string(size, fill) + "\n"; }

TEST_CASE("JSON Lines pieces end at the first line end at or past 1 MiB") {
  // Lines of 1000 bytes + newline: 1048 of them reach 1,049,048 >= 1,048,576.
  std::string bytes;
  for (int i = 0; i < 2500; ++i) bytes += Line(1000);
  const TempFile file(bytes);
  const std::vector<Piece> pieces = Pieces(file.path());
  REQUIRE(pieces.size() == 3);
  CHECK(pieces[0].first_line == 1);
  CHECK(pieces[0].bytes.size() == 1048 * 1001);
  CHECK(pieces[1].first_line == 1049);
  CHECK(pieces[1].bytes.size() == 1048 * 1001);
  CHECK(pieces[2].first_line == 2097);
  CHECK(pieces[2].bytes.size() == 404 * 1001);
  CHECK(pieces[0].bytes + pieces[1].bytes + pieces[2].bytes == bytes);
}

TEST_CASE("a last line without a newline is a line and gets one") {
  const TempFile file("{\"text\": \"a\"}\n{\"text\": \"b\"}");
  const std::vector<Piece> pieces = Pieces(file.path());
  REQUIRE(pieces.size() == 1);
  CHECK(pieces[0].bytes == "{\"text\": \"a\"}\n{\"text\": \"b\"}\n");
  CHECK(pieces[0].skipped.empty());
}

TEST_CASE("an empty JSON Lines file is one empty piece, for the empty-file check") {
  const TempFile file("");
  const std::vector<Piece> pieces = Pieces(file.path());
  REQUIRE(pieces.size() == 1);
  CHECK(pieces[0].first_line == 1);
  CHECK(pieces[0].bytes.empty());
}

TEST_CASE("a line over the limit becomes an empty line, named by its number and size") {
  const TempFile file(Line(10, 'a') + Line(101, 'b') + Line(100, 'c') + Line(10, 'd'));
  const std::vector<Piece> pieces = Pieces(file.path(), 100);
  REQUIRE(pieces.size() == 1);
  CHECK(pieces[0].bytes == Line(10, 'a') + "\n" + Line(100, 'c') + Line(10, 'd'));
  CHECK(pieces[0].skipped == std::vector<std::string>{
                                 file.path() + ":2: too large: 101 bytes (the maximum document size is 100 bytes)"});
}

TEST_CASE("a line over the limit that runs across read blocks is dropped whole") {
  // 3.5 MiB of one line between two short ones: the line starts inside the
  // first 1 MiB block and ends inside the fourth.
  const std::size_t huge = 3 * kMiB + kMiB / 2;
  const TempFile file(Line(20, 'a') + Line(huge, 'b') + Line(20, 'c'));
  const std::vector<Piece> pieces = Pieces(file.path(), 64 * 1024);
  std::string all;
  std::vector<std::string> skipped;
  for (const Piece& p : pieces) {
    all += p.bytes;
    skipped.insert(skipped.end(), p.skipped.begin(), p.skipped.end());
  }
  CHECK(all == Line(20, 'a') + "\n" + Line(20, 'c'));
  CHECK(skipped == std::vector<std::string>{file.path() + ":2: too large: " + std::to_string(huge) +
                                            " bytes (the maximum document size is 65536 bytes)"});
}

TEST_CASE("a last line over the limit without a newline is dropped and counted") {
  const TempFile file(Line(5, 'a') + std::string(2 * kMiB, 'z'));
  const std::vector<Piece> pieces = Pieces(file.path(), 1000);
  std::string all;
  std::vector<std::string> skipped;
  for (const Piece& p : pieces) {
    all += p.bytes;
    skipped.insert(skipped.end(), p.skipped.begin(), p.skipped.end());
  }
  CHECK(all == Line(5, 'a') + "\n");
  CHECK(skipped == std::vector<std::string>{file.path() + ":2: too large: " + std::to_string(2 * kMiB) +
                                            " bytes (the maximum document size is 1000 bytes)"});
}

TEST_CASE("line numbers run on across pieces and dropped lines") {
  // 3000 lines of 700 bytes, every 1000th over a 600-byte limit.
  std::string bytes;
  for (int i = 1; i <= 3000; ++i) bytes += Line(i % 1000 == 0 ? 700 : 500);
  const TempFile file(bytes);
  const std::vector<Piece> pieces = Pieces(file.path(), 600);
  std::vector<std::string> skipped;
  int lines = 0;
  for (const Piece& p : pieces) {
    CHECK(p.first_line == lines + 1);
    for (char c : p.bytes) lines += c == '\n';
    skipped.insert(skipped.end(), p.skipped.begin(), p.skipped.end());
  }
  CHECK(lines == 3000);
  const std::string reason = ": too large: 700 bytes (the maximum document size is 600 bytes)";
  CHECK(skipped == std::vector<std::string>{file.path() + ":1000" + reason, file.path() + ":2000" + reason,
                                            file.path() + ":3000" + reason});
}

// The pieces as a line-by-line reader makes them: the specification the
// block reader must match on any input.
std::vector<Piece> ReferencePieces(const std::string& path, const std::string& bytes, std::uint64_t max) {
  std::vector<Piece> out;
  Piece piece{1, "", {}};
  int line_number = 1;
  std::size_t at = 0;
  bool any_line = false;
  while (at < bytes.size()) {
    std::size_t end = bytes.find('\n', at);
    const bool last = end == std::string::npos;
    if (last) end = bytes.size();
    const std::size_t length = end - at;
    if (length > max) {
      piece.skipped.push_back(path + ":" + std::to_string(line_number) + ": too large: " + std::to_string(length) +
                              " bytes (the maximum document size is " + std::to_string(max) + " bytes)");
    } else {
      piece.bytes.append(bytes, at, length);
    }
    piece.bytes += '\n';
    ++line_number;
    any_line = true;
    at = last ? end : end + 1;
    if (piece.bytes.size() >= kMiB && at < bytes.size()) {
      out.push_back(std::move(piece));
      piece = Piece{line_number, "", {}};
      any_line = false;
    }
  }
  if (any_line || out.empty()) out.push_back(std::move(piece));
  return out;
}

// The pieces with empty trailing ones (the end of a file that filled its
// last piece exactly) dropped: they carry nothing.
std::vector<Piece> WithoutEmptyTail(std::vector<Piece> pieces) {
  while (pieces.size() > 1 && pieces.back().bytes.empty() && pieces.back().skipped.empty()) pieces.pop_back();
  return pieces;
}

TEST_CASE("the block reader cuts the same pieces as a line-by-line reader, on random files") {
  std::uint64_t state = 12345;
  auto next = [&state](std::uint64_t bound) {  // xorshift64*: the same files on every run
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return (state * 2685821657736338717ull) % bound;
  };
  for (int round = 0; round < 60; ++round) {
    const std::uint64_t max = next(3) == 0 ? 1 + next(200) : 1 + next(2 * kMiB);
    std::string bytes;
    const std::size_t target = next(4 * kMiB);
    while (bytes.size() < target) {
      // Mostly short lines, some long ones, some empty, a few past 1 MiB,
      // some of exactly the limit or one byte over it, and some ending
      // exactly at 1 MiB, where the first piece ends.
      const std::uint64_t kind = next(24);
      std::size_t length = kind == 0 ? 0 : kind < 15 ? next(3000) : kind < 19 ? next(200000) : next(3 * kMiB);
      if (kind == 20 || kind == 21) length = static_cast<std::size_t>(max) + (kind - 20);
      if (kind >= 22 && bytes.size() < kMiB) length = kMiB - bytes.size() - 1;
      bytes += std::string(length, static_cast<char>('a' + round % 26));
      bytes += '\n';
    }
    if (next(2) == 0 && !bytes.empty()) bytes.pop_back();  // no newline at the end
    const TempFile file(bytes);
    INFO("round " << round << ", " << bytes.size() << " bytes, max " << max);
    const std::vector<Piece> got = WithoutEmptyTail(Pieces(file.path(), max));
    const std::vector<Piece> want = ReferencePieces(file.path(), bytes, max);
    REQUIRE(got.size() == want.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
      INFO("piece " << i);
      CHECK(got[i].first_line == want[i].first_line);
      CHECK(got[i].bytes == want[i].bytes);
      CHECK(got[i].skipped == want[i].skipped);
    }
  }
}

TEST_CASE("a JSON Lines file that fails to read is an error at the line reached, not an end") {
  // Reading /proc/self/mem from offset 0 fails (EIO) on Linux: a file that
  // opens but cannot be read, as a failing disk or network mount gives.
  if (!std::filesystem::exists("/proc/self/mem")) return;
  const std::string link =
      (std::filesystem::temp_directory_path() / ("dyad-unreadable-" + std::to_string(::getpid()) + ".jsonl")).string();
  std::filesystem::remove(link);
  std::filesystem::create_symlink("/proc/self/mem", link);
  const extract::ReadResult r = extract::ReadInputs({link});
  std::filesystem::remove(link);
  std::vector<std::string> messages;
  for (const extract::Diagnostic& d : r.diagnostics) messages.push_back(d.ToString());
  CHECK(messages == std::vector<std::string>{link + ":1: cannot read the file from this line on"});
  CHECK(r.documents.empty());
  CHECK(r.skipped.empty());
}

// A file of any other format that reports size 0 is read to its end, as
// /proc and some mounts need: one that then fails to read is an error, not
// an empty file; one that holds text is read.
TEST_CASE("a whole file that reports size 0 is read to its end, and a failed read is an error") {
  if (!std::filesystem::exists("/proc/self/mem") || !std::filesystem::exists("/proc/version")) return;
  const auto temp = std::filesystem::temp_directory_path();
  const std::string unreadable = (temp / ("dyad-unreadable-" + std::to_string(::getpid()) + ".txt")).string();
  const std::string pseudo = (temp / ("dyad-pseudo-" + std::to_string(::getpid()) + ".txt")).string();
  std::filesystem::remove(unreadable);
  std::filesystem::remove(pseudo);
  std::filesystem::create_symlink("/proc/self/mem", unreadable);
  std::filesystem::create_symlink("/proc/version", pseudo);
  REQUIRE(std::filesystem::file_size(pseudo) == 0);  // what makes the case
  const extract::ReadResult r = extract::ReadInputs({unreadable, pseudo});
  std::filesystem::remove(unreadable);
  std::filesystem::remove(pseudo);
  std::vector<std::string> messages;
  for (const extract::Diagnostic& d : r.diagnostics) messages.push_back(d.ToString());
  CHECK(messages == std::vector<std::string>{unreadable + ": cannot read file"});
  CHECK(r.skipped.empty());
  REQUIRE(r.documents.size() == 1);
  CHECK(r.documents[0].source == pseudo);
  CHECK(r.documents[0].text.rfind("Linux version ", 0) == 0);
}

}  // namespace
}  // namespace dyad
