#pragma once
// The dyad command line: parses arguments, runs a command, returns the exit code.

namespace dyad::cli {

// Exit codes.
inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 1;  // bad input or rules (messages on stderr)
inline constexpr int kExitUsage = 2;     // bad usage

int Run(int argc, char** argv);

}  // namespace dyad::cli
