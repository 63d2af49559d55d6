#pragma once
// dyad actors unknown|stale: what a corpus names that the entity
// dictionaries miss or have outlived (extract/freshness/freshness.h).
#include <string>
#include <vector>

#include "cli/commands.h"

namespace dyad::cli {

int CmdActors(const std::vector<std::string>& args, Io io);

}  // namespace dyad::cli
