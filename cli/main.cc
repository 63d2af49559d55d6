#include "cli/cli.h"

int main(int argc, char** argv) { return dyad::cli::Run(argc, argv); }
