#include "cli/cli.h"

namespace dyad::cli {

int Run(int, char**) { return kExitUsage; }

}  // namespace dyad::cli
