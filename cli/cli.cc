#include "cli/cli.h"

#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "cli/actors.h"
#include "cli/command_util.h"
#include "cli/commands.h"
#include "cli/eval.h"
#include "cli/graph_commands.h"
#include "cli/help.h"
#include "cli/memory.h"
#include "export/temp_file.h"

namespace dyad::cli {

int Run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  using Command = int (*)(const std::vector<std::string>&, Io);
  static const std::map<std::string, Command> kCommands = {
      {"build", CmdBuild}, {"extract", CmdExtract}, {"rules", CmdRules}, {"explain", CmdExplain},
      {"export", CmdExport}, {"diff", CmdDiff},       {"update", CmdUpdate}, {"merge", CmdMerge},
      {"eval", CmdEval},   {"actors", CmdActors}};
  if (args.empty()) {
    err << MainHelp();
    return kExitUsage;
  }
  const std::string& name = args[0];
  if (name == "--help" || name == "-h" || name == "help") {
    out << MainHelp();
    return kExitOk;
  }
  if (name == "--version") {
    out << "dyad " << DYAD_VERSION << "\n";
    return kExitOk;
  }
  auto it = kCommands.find(name);
  if (it == kCommands.end()) {
    err << "dyad: unknown command '" << name << "'\nTry 'dyad --help'.\n";
    return kExitUsage;
  }
  return it->second(std::vector<std::string>(args.begin() + 1, args.end()), Io{out, err});
}

int Run(int argc, char** argv) {
  KeepFreedMemory();
  FreeGraphsWithProcess();
  exporters::RemoveTempFilesOnSignals();
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  const int code = Run(args, std::cout, std::cerr);
  std::cout.flush();
  return code;
}

}  // namespace dyad::cli
