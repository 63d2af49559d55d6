// Private temporary files: never following a planted name, and write errors
// reported with the system's reason.
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "tests/catch.h"
#include "export/atomic_file.h"
#include "export/temp_file.h"
#include "tests/export_test_util.h"
#include "tests/test_util.h"

namespace dyad::exporters {
namespace {

// Suffixes handed out in order, so a test knows the names tried.
std::function<std::string()> Suffixes(std::vector<std::string> names) {
  auto next = std::make_shared<std::size_t>(0);
  return [names, next] {
    const std::size_t i = (*next)++;
    return names[std::min(i, names.size() - 1)] + std::to_string(i);
  };
}

TEST_CASE("CreateTempFile never follows a symlink planted at the name it picks", "[export]") {
  testing::ScratchDir dir("temp-file-symlink");
  const std::string victim = dir.File("victim.txt");
  testing::WriteTextFile(victim, "precious\n");
  std::filesystem::create_symlink(victim, dir.File(".out.json.tmp.a0"));
  std::string temp, reason;
  const int fd = CreateTempFile(dir.File("out.json"), &temp, &reason, Suffixes({"a", "b"}));
  REQUIRE(fd >= 0);
  CHECK(temp == dir.File(".out.json.tmp.b1"));
  CHECK(write(fd, "x", 1) == 1);
  close(fd);
  ForgetTempFile(temp);
  CHECK(testing::ReadFile(victim) == "precious\n");
  CHECK(testing::ReadFile(temp) == "x");
}

TEST_CASE("CreateTempFile gives up with the system's reason when every name is taken", "[export]") {
  testing::ScratchDir dir("temp-file-taken");
  testing::WriteTextFile(dir.File(".out.json.tmp.a0"), "");
  std::string temp, reason;
  int calls = 0;
  auto same = [&calls] { return ++calls, std::string("a0"); };
  CHECK(CreateTempFile(dir.File("out.json"), &temp, &reason, same) == -1);
  CHECK(reason == "File exists");
  CHECK(calls == 100);
  CHECK(temp.empty());
}

TEST_CASE("RandomTempSuffix gives twelve letters or digits, different each time", "[export]") {
  const std::string a = RandomTempSuffix(), b = RandomTempSuffix();
  CHECK(a.size() == 12);
  CHECK(a.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") == std::string::npos);
  CHECK(a != b);
}

// A file size limit fails write() with EFBIG, as a full disk fails it with
// ENOSPC: the message carries the system's reason and the old file stays.
TEST_CASE("WriteFileAtomically reports a failed write with the system's reason", "[export]") {
  testing::ScratchDir dir("temp-file-efbig");
  const std::string path = dir.File("out.json");
  testing::WriteTextFile(path, "old\n");
  struct rlimit saved {};
  getrlimit(RLIMIT_FSIZE, &saved);
  struct rlimit small = saved;
  small.rlim_cur = 1000;
  void (*old_handler)(int) = signal(SIGXFSZ, SIG_IGN);
  setrlimit(RLIMIT_FSIZE, &small);
  std::string error;
  const bool ok = WriteFileAtomically(path, [](std::ostream& out) {
    return static_cast<bool>(out << std::string(200000, 'x'));
  }, &error);
  setrlimit(RLIMIT_FSIZE, &saved);
  signal(SIGXFSZ, old_handler);
  CHECK_FALSE(ok);
  CHECK(error == "cannot write '" + path + "': File too large");
  CHECK(testing::ReadFile(path) == "old\n");
  CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), std::filesystem::directory_iterator()) == 1);
}

}  // namespace
}  // namespace dyad::exporters
