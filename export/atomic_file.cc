#include "export/atomic_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <system_error>

namespace dyad::exporters {
namespace {

namespace fs = std::filesystem;

std::string CannotWrite(const std::string& path, const std::string& why) {
  return "cannot write '" + path + "': " + why;
}

// errno explains a failed open, write or rename; a stream that failed without
// setting it (or a callback that gave up) gets a generic reason.
std::string ErrnoReason(int saved_errno) {
  return saved_errno != 0 ? std::strerror(saved_errno) : "write failed";
}

// ".<base>.tmp.<pid>" beside path: the same file system, so rename is atomic,
// and hidden, so a crash leaves no file that looks like output.
fs::path TempPathFor(const fs::path& path) {
  return path.parent_path() / ("." + path.filename().string() + ".tmp." + std::to_string(getpid()));
}

// A replaced file keeps its permissions, as if it had been rewritten in place.
void CopyPermissions(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  const fs::file_status status = fs::status(from, ec);
  if (!ec && fs::exists(status)) fs::permissions(to, status.permissions(), ec);
}

bool WriteStdout(const std::function<bool(std::ostream&)>& write, std::string* error) {
  const bool ok = write(std::cout);
  std::cout.flush();
  if (ok && std::cout.good()) return true;
  *error = CannotWrite("-", "write failed");
  return false;
}

// Writes the temporary file; on failure returns the reason.
bool WriteTemp(const fs::path& temp, const std::function<bool(std::ostream&)>& write,
               std::string* reason) {
  errno = 0;
  std::ofstream out(temp, std::ios::binary | std::ios::trunc);
  if (!out.is_open()) {
    *reason = ErrnoReason(errno);
    return false;
  }
  if (!write(out)) {
    *reason = "write failed";
    return false;
  }
  errno = 0;
  out.flush();
  if (out.good()) out.close();
  if (!out.good()) {
    *reason = ErrnoReason(errno);
    return false;
  }
  return true;
}

// Renames temp over target, keeping target's permissions.
bool Commit(const fs::path& temp, const fs::path& target, std::string* reason) {
  CopyPermissions(target, temp);
  errno = 0;
  if (std::rename(temp.c_str(), target.c_str()) == 0) return true;
  *reason = ErrnoReason(errno);
  return false;
}

}  // namespace

bool WriteFilesAtomically(const std::vector<FileWrite>& files, std::string* error) {
  std::vector<fs::path> temps;
  std::string reason;
  std::size_t failed = files.size();
  for (std::size_t i = 0; i < files.size() && failed == files.size(); ++i) {
    if (files[i].path.empty() || files[i].path == "-") {
      reason = std::strerror(EINVAL), failed = i;
      break;
    }
    temps.push_back(TempPathFor(fs::path(files[i].path)));
    if (!WriteTemp(temps.back(), files[i].write, &reason)) failed = i;
  }
  for (std::size_t i = 0; i < temps.size() && failed == files.size(); ++i) {
    if (!Commit(temps[i], fs::path(files[i].path), &reason)) failed = i;
  }
  if (failed == files.size()) return true;
  std::error_code ignored;
  for (const fs::path& temp : temps) fs::remove(temp, ignored);
  *error = CannotWrite(files[failed].path, reason);
  return false;
}

bool WriteFileAtomically(const std::string& path, const std::function<bool(std::ostream&)>& write,
                         std::string* error) {
  if (path == "-") return WriteStdout(write, error);
  if (path.empty()) {
    *error = CannotWrite(path, std::strerror(ENOENT));
    return false;
  }
  const fs::path target(path);
  const fs::path temp = TempPathFor(target);
  std::string reason;
  const bool ok = WriteTemp(temp, write, &reason) && Commit(temp, target, &reason);
  if (!ok) {
    std::error_code ignored;
    fs::remove(temp, ignored);
    *error = CannotWrite(path, reason);
  }
  return ok;
}

}  // namespace dyad::exporters
