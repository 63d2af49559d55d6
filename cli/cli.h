#pragma once
// The dyad command line: parses arguments, runs a command, returns the exit code.
#include <ostream>
#include <string>
#include <vector>

namespace dyad::cli {

// Exit codes.
inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 1;  // bad input or rules (messages on stderr)
inline constexpr int kExitUsage = 2;     // bad usage

// Runs a command line given without the program name; testable in-process.
int Run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// main()'s entry: standard streams.
int Run(int argc, char** argv);

}  // namespace dyad::cli
