// dyad_gen_corpus: writes a reproducible corpus of news-like articles for
// benchmarks and smoke tests. Same --seed and --size, same bytes.
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "bench/corpus.h"

namespace fs = std::filesystem;

namespace dyad::bench {
namespace {

constexpr const char* kUsage =
    "Usage: dyad_gen_corpus -o PATH [--size N[K|M|G]] [--seed N] [--format jsonl|txt]\n"
    "\n"
    "Writes news-like articles (about 50% English, 25% French, 25% Spanish) until\n"
    "the output holds at least --size bytes (K, M, G are powers of 1024; default\n"
    "100M). jsonl writes one JSON Lines file (id, url, title, date, lang, text);\n"
    "txt writes PATH/NNNN/ID.txt, 1000 files per folder, into a new or empty\n"
    "directory. PATH.stats gets the counts (documents, bytes, sentences, ...); it\n"
    "is written last, so its presence means the corpus is complete.\n";

struct Options {
  std::string output;
  std::string format = "jsonl";
  std::uint64_t size = 100ull << 20;
  std::uint64_t seed = 1;
};

bool ParseNumber(const std::string& text, std::uint64_t* value, bool allow_suffix) {
  std::uint64_t n = 0;
  std::size_t i = 0;
  for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) n = n * 10 + (text[i] - '0');
  if (i == 0 || i + 1 < text.size()) return false;
  if (i < text.size()) {
    const std::string units = "KMG";
    const std::size_t unit = units.find(static_cast<char>(std::toupper(static_cast<unsigned char>(text[i]))));
    if (!allow_suffix || unit == std::string::npos) return false;
    n <<= 10 * (unit + 1);
  }
  *value = n;
  return true;
}

// Returns 0 when the options are good, else the exit code (2 for bad usage).
int ParseOptions(int argc, char** argv, Options* o) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::cout << kUsage;
      return -1;
    }
    if (i + 1 >= argc) {
      std::cerr << "dyad_gen_corpus: " << arg << " needs a value (or is unknown)\n" << kUsage;
      return 2;
    }
    const std::string value = argv[++i];
    bool ok = false;
    if (arg == "-o") {
      o->output = value;
      ok = !value.empty();
    } else if (arg == "--format") {
      o->format = value;
      ok = value == "jsonl" || value == "txt";
    } else if (arg == "--size") {
      ok = ParseNumber(value, &o->size, true) && o->size > 0;
    } else if (arg == "--seed") {
      ok = ParseNumber(value, &o->seed, false);
    }
    if (!ok) {
      std::cerr << "dyad_gen_corpus: bad option " << arg << " " << value << "\n" << kUsage;
      return 2;
    }
  }
  if (o->output.empty()) {
    std::cerr << "dyad_gen_corpus: -o PATH is required\n" << kUsage;
    return 2;
  }
  return 0;
}

bool WriteFile(const std::string& path, const std::string& bytes) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return false;
  const bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  return std::fclose(f) == 0 && ok;
}

// One file, written under a temporary name and renamed when complete.
bool WriteJsonLines(const Options& o, CorpusStats* stats) {
  const std::string tmp = o.output + ".tmp";
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (f == nullptr) return false;
  std::vector<char> buffer(1 << 20);
  std::setvbuf(f, buffer.data(), _IOFBF, buffer.size());
  bool ok = true;
  for (std::uint64_t i = 0; ok && stats->file_bytes < o.size; ++i) {
    const Article a = GenerateArticle(o.seed, i);
    const std::string line = ToJsonLine(a);
    ok = std::fwrite(line.data(), 1, line.size(), f) == line.size();
    stats->Add(a, line.size());
  }
  ok = std::fclose(f) == 0 && ok;
  std::error_code ec;
  if (ok) fs::rename(tmp, o.output, ec);
  return ok && !ec;
}

bool WriteTextFiles(const Options& o, CorpusStats* stats) {
  std::error_code ec;
  if (fs::exists(o.output, ec) && !fs::is_empty(o.output, ec)) {
    std::cerr << "dyad_gen_corpus: " << o.output << " exists and is not empty\n";
    return false;
  }
  for (std::uint64_t i = 0; stats->file_bytes < o.size; ++i) {
    const Article a = GenerateArticle(o.seed, i);
    char folder[32];
    std::snprintf(folder, sizeof folder, "%04llu", static_cast<unsigned long long>(i / 1000));
    const fs::path dir = fs::path(o.output) / folder;
    if (i % 1000 == 0 && !fs::create_directories(dir, ec) && ec) return false;
    if (!WriteFile((dir / (a.id + ".txt")).string(), a.text)) return false;
    stats->Add(a, a.text.size());
  }
  return true;
}

int Main(int argc, char** argv) {
  Options o;
  if (const int code = ParseOptions(argc, argv, &o); code != 0) return code < 0 ? 0 : code;
  CorpusStats stats;
  const bool ok = o.format == "jsonl" ? WriteJsonLines(o, &stats) : WriteTextFiles(o, &stats);
  if (!ok || !WriteFile(o.output + ".stats", stats.ToString(o.seed, o.format))) {
    std::cerr << "dyad_gen_corpus: cannot write " << o.output << "\n";
    return 1;
  }
  std::cout << "wrote " << stats.documents << " documents, " << stats.file_bytes << " bytes, "
            << stats.counts.sentences << " sentences to " << o.output << "\n";
  return 0;
}

}  // namespace
}  // namespace dyad::bench

int main(int argc, char** argv) { return dyad::bench::Main(argc, argv); }
