#pragma once
// Help texts of dyad and its commands.
#include <string>

namespace dyad::cli {

std::string MainHelp();
// The help of one command ("build", "extract", "rules", "explain"); MainHelp() for others.
std::string CommandHelp(const std::string& command);

}  // namespace dyad::cli
