#pragma once
// The commands that work on saved graphs rather than articles:
// export, diff, update and merge. Conventions as in cli/commands.h.
#include <string>
#include <vector>

#include "cli/commands.h"

namespace dyad::cli {

int CmdExport(const std::vector<std::string>& args, Io io);
int CmdDiff(const std::vector<std::string>& args, Io io);
int CmdUpdate(const std::vector<std::string>& args, Io io);
int CmdMerge(const std::vector<std::string>& args, Io io);

}  // namespace dyad::cli
