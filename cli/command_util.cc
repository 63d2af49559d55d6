#include "cli/command_util.h"

#include <algorithm>
#include <thread>

#include "cli/cli.h"
#include "cli/help.h"

namespace dyad::cli {

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

}  // namespace dyad::cli
