#pragma once
// Advisory locks that make concurrent `update`s and `merge`s of one graph
// file take turns, so that none replaces the graph with a copy lacking the
// other's articles.
#include <string>
#include <vector>

namespace dyad::cli {

// Holds an exclusive flock on "PATH.lock" beside each graph read, taken in
// sorted order (so two commands never wait on each other) and released on
// destruction. "-" is not locked.
class GraphLocks {
 public:
  GraphLocks() = default;
  ~GraphLocks();
  GraphLocks(const GraphLocks&) = delete;
  GraphLocks& operator=(const GraphLocks&) = delete;

  // Waits for the locks of `paths`; false with *error naming the lock file
  // that could not be opened or locked.
  bool Lock(const std::vector<std::string>& paths, std::string* error);

 private:
  std::vector<int> fds_;
};

}  // namespace dyad::cli
