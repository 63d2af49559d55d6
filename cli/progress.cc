#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace dyad::cli {
namespace {

constexpr auto kInterval = std::chrono::milliseconds(250);

std::string Duration(double seconds) {
  const long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
  return buf;
}

}  // namespace

Progress::Progress(std::ostream& err, bool enabled, std::uint64_t total_bytes)
    : err_(err), enabled_(enabled), total_bytes_(total_bytes), start_(std::chrono::steady_clock::now()),
      last_(start_) {}

Progress::~Progress() { Finish(); }

bool Progress::StderrIsTerminal() { return isatty(STDERR_FILENO) == 1; }

void Progress::Add(std::uint64_t documents, std::uint64_t bytes) {
  documents_ += documents;
  bytes_ += bytes;
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_ < kInterval) return;
  last_ = now;
  Print(false);
}

void Progress::Finish() {
  if (!enabled_ || !printed_) return;
  Print(true);
  enabled_ = false;
}

void Progress::Print(bool final) {
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double mb = bytes_ / 1e6;
  const double rate = seconds > 0 ? mb / seconds : 0;
  char line[160];
  int n = std::snprintf(line, sizeof line, "\r%llu documents  %.1f MB  %.1f MB/s",
                        static_cast<unsigned long long>(documents_), mb, rate);
  std::string out(line, n > 0 ? static_cast<std::size_t>(n) : 0);
  if (total_bytes_ > 0 && rate > 0 && !final) {
    const double left = (static_cast<double>(total_bytes_) - static_cast<double>(bytes_)) / 1e6 / rate;
    out += "  ETA " + Duration(left > 0 ? left : 0);
  }
  err_ << out << "\033[K" << (final ? "\n" : "") << std::flush;
  printed_ = true;
}

}  // namespace dyad::cli
