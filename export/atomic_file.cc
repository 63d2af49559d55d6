#include "export/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <set>
#include <streambuf>

#include "export/temp_file.h"

namespace dyad::exporters {
namespace {

namespace fs = std::filesystem;

std::string CannotWrite(const std::string& path, const std::string& why) {
  return "cannot write '" + path + "': " + why;
}

// A buffered stream over a file descriptor that keeps the errno of the first
// failed write, so that a full disk is reported as "No space left on device".
class FdBuffer : public std::streambuf {
 public:
  explicit FdBuffer(int fd) : fd_(fd) { setp(buffer_, buffer_ + sizeof buffer_); }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override {
    if (!Drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return Drain() ? 0 : -1; }

 private:
  bool Drain() {
    const char* p = pbase();
    while (error_ == 0 && p < pptr()) {
      const ssize_t n = write(fd_, p, static_cast<std::size_t>(pptr() - p));
      if (n >= 0) {
        p += n;
      } else if (errno != EINTR) {
        error_ = errno;
      }
    }
    setp(buffer_, buffer_ + sizeof buffer_);
    return error_ == 0;
  }

  int fd_;
  int error_ = 0;
  char buffer_[1 << 16];
};

// A temporary file created for one output, until it is renamed into place.
struct Temp {
  std::string path;
};

bool WriteStdout(const std::function<bool(std::ostream&)>& write, std::string* error) {
  const bool ok = write(std::cout);
  std::cout.flush();
  if (ok && std::cout.good()) return true;
  *error = CannotWrite("-", "write failed");
  return false;
}

// A replaced file keeps its permissions, as if it had been rewritten in place.
void CopyPermissions(const std::string& target, int fd) {
  struct stat st {};
  if (stat(target.c_str(), &st) == 0) fchmod(fd, st.st_mode & 07777);
}

// Writes, fsyncs and closes a new private temporary file for target: the
// data is on disk before the rename makes it the target. On failure returns
// the reason (the system's, when it gave one).
bool WriteTemp(const std::string& target, const std::function<bool(std::ostream&)>& write, Temp* temp,
               std::string* reason) {
  const int fd = CreateTempFile(target, &temp->path, reason);
  if (fd < 0) return false;
  CopyPermissions(target, fd);
  FdBuffer buffer(fd);
  std::ostream out(&buffer);
  bool ok = write(out);
  out.flush();
  int saved = buffer.error();
  if (ok && saved == 0 && fsync(fd) != 0) saved = errno;
  if (close(fd) != 0 && saved == 0 && ok) saved = errno;
  if (saved != 0) *reason = std::strerror(saved);
  else if (!ok || !out.good()) *reason = "write failed";
  return ok && out.good() && saved == 0;
}

// Makes the renames durable: without it a power cut can undo them. A folder
// that cannot be synced (some file systems refuse) is not an error: the
// rename has happened and cannot be taken back.
void SyncFolders(const std::vector<FileWrite>& files) {
  std::set<std::string> folders;
  for (const FileWrite& f : files) {
    const fs::path parent = fs::path(f.path).parent_path();
    folders.insert(parent.empty() ? "." : parent.string());
  }
  for (const std::string& folder : folders) {
    const int fd = open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) continue;
    fsync(fd);
    close(fd);
  }
}

// Test hook: DYAD_TEST_KILL_AFTER_RENAMES=N kills the process with SIGKILL
// after the Nth rename of a set, as a power cut or kill -9 would, so that
// tests can check what a crash between renames leaves. Read only here.
void MaybeKillForTest(std::size_t renamed) {
  static const char* value = std::getenv("DYAD_TEST_KILL_AFTER_RENAMES");
  if (value != nullptr && std::to_string(renamed) == value) raise(SIGKILL);
}

void RemoveTemps(const std::vector<Temp>& temps) {
  for (const Temp& temp : temps) {
    if (temp.path.empty()) continue;
    unlink(temp.path.c_str());
    ForgetTempFile(temp.path);
  }
}

}  // namespace

bool WriteFilesAtomically(const std::vector<FileWrite>& files, std::string* error) {
  std::vector<Temp> temps(files.size());
  std::string reason;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (files[i].path.empty() || files[i].path == "-") {
      reason = std::strerror(files[i].path.empty() ? ENOENT : EINVAL);
    } else if (WriteTemp(files[i].path, files[i].write, &temps[i], &reason)) {
      continue;
    }
    RemoveTemps(temps);
    *error = CannotWrite(files[i].path, reason);
    return false;
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (std::rename(temps[i].path.c_str(), files[i].path.c_str()) != 0) {
      *error = CannotWrite(files[i].path, std::strerror(errno));
      RemoveTemps(std::vector<Temp>(temps.begin() + static_cast<long>(i), temps.end()));
      return false;
    }
    ForgetTempFile(temps[i].path);
    MaybeKillForTest(i + 1);
  }
  SyncFolders(files);
  return true;
}

bool WriteFileAtomically(const std::string& path, const std::function<bool(std::ostream&)>& write,
                         std::string* error) {
  if (path == "-") return WriteStdout(write, error);
  return WriteFilesAtomically({{path, write}}, error);
}

}  // namespace dyad::exporters
