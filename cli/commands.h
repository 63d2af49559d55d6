#pragma once
// One function per command. Each parses its own arguments and returns an
// exit code; output goes to io.out, messages to io.err.
#include <ostream>
#include <string>
#include <vector>

namespace dyad::cli {

struct Io {
  std::ostream& out;
  std::ostream& err;
};

int CmdBuild(const std::vector<std::string>& args, Io io);
int CmdExtract(const std::vector<std::string>& args, Io io);
int CmdRules(const std::vector<std::string>& args, Io io);
int CmdExplain(const std::vector<std::string>& args, Io io);

}  // namespace dyad::cli
