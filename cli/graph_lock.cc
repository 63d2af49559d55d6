#include "cli/graph_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>

namespace dyad::cli {

GraphLocks::~GraphLocks() {
  for (int fd : fds_) close(fd);  // closing releases the flock
}

bool GraphLocks::Lock(const std::vector<std::string>& paths, std::string* error) {
  // One file named two ways must be locked once: two descriptors of it in
  // one process would wait on each other.
  std::set<std::string> names;
  for (const std::string& p : paths) {
    if (p == "-") continue;
    std::error_code ec;
    std::filesystem::path canonical = std::filesystem::weakly_canonical(p, ec);
    names.insert((ec ? std::filesystem::path(p) : canonical).string() + ".lock");
  }
  for (const std::string& name : names) {
    int fd = open(name.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0) {
      *error = "cannot open lock file " + name + ": " + std::strerror(errno);
      return false;
    }
    while (flock(fd, LOCK_EX) != 0) {
      if (errno == EINTR) continue;
      *error = "cannot lock " + name + ": " + std::strerror(errno);
      close(fd);
      return false;
    }
    fds_.push_back(fd);
  }
  return true;
}

}  // namespace dyad::cli
