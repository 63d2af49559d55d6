#include "cli/command_util.h"

#include <algorithm>
#include <cstdint>
#include <thread>
#include <vector>

#include "cli/cli.h"
#include "cli/help.h"
#include "cli/progress.h"

namespace dyad::cli {
namespace {

bool graphs_freed_with_process = false;
// The graphs left to the process's end, reachable from here.
std::vector<graph::Graph*>* graphs_left = nullptr;

}  // namespace

void FreeGraphsWithProcess() { graphs_freed_with_process = true; }

CommandGraph::CommandGraph() : graph_(new graph::Graph()) {}

CommandGraph::~CommandGraph() {
  if (!graphs_freed_with_process) {
    delete graph_;
    return;
  }
  if (graphs_left == nullptr) graphs_left = new std::vector<graph::Graph*>();
  graphs_left->push_back(graph_);
}

void PrintDiagnostics(const extract::Diagnostics& diags, std::ostream& err) {
  for (const extract::Diagnostic& d : diags) err << d.ToString() << "\n";
}

int UsageError(const std::string& command, const std::string& message, Io io) {
  io.err << "dyad " << command << ": " << message << "\nTry 'dyad " << command << " --help'.\n";
  return kExitUsage;
}

bool Parse(const std::string& command, const std::vector<std::string>& args, OptionSpec spec, ParsedArgs* parsed,
           Io io, int* exit_code) {
  spec.flags.push_back("--help");
  spec.flags.push_back("-h");
  std::string error;
  if (!ParseArgs(args, spec, parsed, &error)) {
    *exit_code = UsageError(command, error, io);
    return false;
  }
  if (parsed->Has("--help") || parsed->Has("-h")) {
    io.out << CommandHelp(command);
    *exit_code = kExitOk;
    return false;
  }
  return true;
}

int Jobs(const ParsedArgs& args, Io io, bool* ok) {
  *ok = true;
  if (!args.Has("-j")) return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  const std::string v = args.Get("-j");
  int n = 0;
  for (char c : v) n = (c >= '0' && c <= '9' && n < 10000) ? n * 10 + (c - '0') : -1;
  if (v.empty() || n < 1) {
    io.err << "dyad: -j needs a positive number, got '" << v << "'\n";
    *ok = false;
  }
  return n;
}

bool MaxDocSize(const ParsedArgs& args, Io io, extract::ReadOptions* read) {
  if (!args.Has("--max-doc-size")) return true;
  const std::string v = args.Get("--max-doc-size");
  std::uint64_t n = 0;
  std::size_t digits = 0;
  while (digits < v.size() && v[digits] >= '0' && v[digits] <= '9' && n < (std::uint64_t{1} << 40)) {
    n = n * 10 + static_cast<std::uint64_t>(v[digits++] - '0');
  }
  const std::string suffix = v.substr(digits);
  const int shift = suffix.empty() ? 0 : suffix == "K" ? 10 : suffix == "M" ? 20 : suffix == "G" ? 30 : -1;
  if (digits == 0 || shift < 0 || n == 0 || n >= (std::uint64_t{1} << 40)) {
    io.err << "dyad: --max-doc-size needs a positive number of bytes (or KiB, MiB, GiB with K, M, G), got '" << v
           << "'\n";
    return false;
  }
  // Evidence keeps 32-bit offsets into its article.
  constexpr std::uint64_t kLargest = (std::uint64_t{1} << 32) - 1;
  if (n > (kLargest >> shift)) {
    io.err << "dyad: --max-doc-size is at most 4294967295 bytes (4G - 1), got '" << v << "'\n";
    return false;
  }
  read->max_document_bytes = n << shift;
  return true;
}

bool ShowProgress(const ParsedArgs& args) { return !args.Has("--quiet") && Progress::StderrIsTerminal(); }

void CountEvidence(const std::vector<std::vector<extract::Evidence>>& evidence, RunCounts* counts) {
  for (const auto& list : evidence) {
    for (const auto& e : list) {
      ++(e.modality == extract::Modality::kAsserted ? counts->evidence_asserted : counts->evidence_not_asserted);
    }
  }
}

bool InputsOk(const StreamResult& read, const char* command, bool strict, Io io) {
  if (read.errors > 0) {
    io.err << "dyad " << command << ": " << read.errors << " input error(s)\n";
    return false;
  }
  if (strict && !read.skipped.empty()) {
    io.err << "dyad " << command << ": --strict: " << read.skipped.size() << " input(s) skipped\n";
    return false;
  }
  return true;
}

}  // namespace dyad::cli
