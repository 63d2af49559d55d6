#pragma once
// Progress of long runs on stderr: documents, MB, MB/s and, when the total
// size is known, an ETA. Shown only when stderr is a terminal.
#include <chrono>
#include <cstdint>
#include <ostream>

namespace dyad::cli {

class Progress {
 public:
  // total_bytes 0 means unknown (no ETA). Disabled progress prints nothing.
  Progress(std::ostream& err, bool enabled, std::uint64_t total_bytes);
  ~Progress();

  void Add(std::uint64_t documents, std::uint64_t bytes);
  void Finish();

  // True when fd 2 is a terminal.
  static bool StderrIsTerminal();

 private:
  void Print(bool final);

  std::ostream& err_;
  bool enabled_;
  std::uint64_t total_bytes_;
  std::uint64_t documents_ = 0;
  std::uint64_t bytes_ = 0;
  bool printed_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace dyad::cli
