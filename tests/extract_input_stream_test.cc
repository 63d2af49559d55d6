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

}  // namespace
}  // namespace dyad
