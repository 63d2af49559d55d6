// A main() for the fuzz targets without libFuzzer: feeds every file named on
// the command line, or found under a directory named there, to
// LLVMFuzzerTestOneInput once. CTest runs it on each target's corpus, so the
// seeds and every regression input stay tested in the normal (and the
// sanitizer) build. A crash fails the test; so does an unreadable path.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

// The files of path (itself if a file), sorted, so that runs are repeatable.
bool ListInputs(const fs::path& path, std::vector<fs::path>* files) {
  std::error_code ec;
  if (fs::is_regular_file(path, ec)) return files->push_back(path), true;
  if (!fs::is_directory(path, ec)) return false;
  std::vector<fs::path> found;
  for (fs::recursive_directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file()) found.push_back(it->path());
  }
  std::sort(found.begin(), found.end());
  files->insert(files->end(), found.begin(), found.end());
  return !ec;
}

bool Replay(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof()) return false;
  LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: " << argv[0] << " FILE_OR_DIR...\n";
    return 2;
  }
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    if (!ListInputs(argv[i], &files)) {
      std::cerr << argv[i] << ": cannot list inputs\n";
      return 1;
    }
  }
  for (const fs::path& file : files) {
    if (!Replay(file)) {
      std::cerr << file.string() << ": cannot read\n";
      return 1;
    }
  }
  std::cout << "replayed " << files.size() << " input(s)\n";
  return files.empty() ? 1 : 0;
}
