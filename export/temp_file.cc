#include "export/temp_file.h"

#include <fcntl.h>
#include <sys/random.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>

namespace dyad::exporters {
namespace {

// The registry is fixed-size and lock-free because the signal handler may
// only read it with async-signal-safe operations: no allocation, no mutex.
// A temporary file that finds no free slot (more than kSlots at once) is
// still written correctly, only not removed on a signal.
constexpr int kSlots = 64;
constexpr std::size_t kMaxPath = 4096;

enum SlotState : int { kFree = 0, kFilling = 1, kLive = 2 };

struct Slot {
  std::atomic<int> state{kFree};
  char path[kMaxPath];
};

Slot g_slots[kSlots];

void Register(const std::string& path) {
  if (path.size() >= kMaxPath) return;
  for (Slot& slot : g_slots) {
    int expected = kFree;
    if (!slot.state.compare_exchange_strong(expected, kFilling)) continue;
    std::memcpy(slot.path, path.c_str(), path.size() + 1);
    slot.state.store(kLive);
    return;
  }
}

extern "C" void RemoveTempsAndDie(int sig) {
  for (Slot& slot : g_slots) {
    if (slot.state.load() == kLive) unlink(slot.path);
  }
  std::signal(sig, SIG_DFL);
  raise(sig);
}

}  // namespace

std::string RandomTempSuffix() {
  static const char kAlphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  unsigned char bytes[12];
  std::size_t got = 0;
  while (got < sizeof bytes) {
    const ssize_t n = getrandom(bytes + got, sizeof bytes - got, 0);
    if (n > 0) got += static_cast<std::size_t>(n);
  }
  std::string suffix;
  for (unsigned char b : bytes) suffix += kAlphabet[b % (sizeof kAlphabet - 1)];
  return suffix;
}

int CreateTempFile(const std::string& target, std::string* temp_path, std::string* reason,
                   const std::function<std::string()>& suffix) {
  const std::filesystem::path path(target);
  const std::string prefix = (path.parent_path() / ("." + path.filename().string() + ".tmp.")).string();
  for (int attempt = 0; attempt < 100; ++attempt) {
    const std::string candidate = prefix + suffix();
    // Registered before it exists: a signal between open() and a later
    // registration would leave the file behind. A signal before open() only
    // unlinks a name that is not there yet (or, on a random-suffix clash,
    // that another writer holds, one chance in 62^12).
    Register(candidate);
    // 0666 under the umask: the mode a file created by the shell would get.
    const int fd = open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd >= 0) {
      *temp_path = candidate;
      return fd;
    }
    const int saved = errno;
    ForgetTempFile(candidate);
    errno = saved;
    if (errno != EEXIST) break;
  }
  *reason = std::strerror(errno);
  return -1;
}

void ForgetTempFile(const std::string& temp_path) {
  for (Slot& slot : g_slots) {
    if (slot.state.load() == kLive && temp_path == slot.path) {
      slot.state.store(kFree);
      return;
    }
  }
}

void RemoveTempFilesOnSignals() {
  struct sigaction action {};
  action.sa_handler = RemoveTempsAndDie;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

}  // namespace dyad::exporters
