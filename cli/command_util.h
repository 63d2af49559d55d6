#pragma once
// What every command does the same way: option parsing with --help, usage
// errors, -j, and printing diagnostics.
#include <ostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/options.h"
#include "cli/stream.h"
#include "cli/summary.h"
#include "extract/diagnostic.h"
#include "graph/graph.h"

namespace dyad::cli {

void PrintDiagnostics(const extract::Diagnostics& diags, std::ostream& err);

// "dyad COMMAND: MESSAGE" and the hint to --help; returns kExitUsage.
int UsageError(const std::string& command, const std::string& message, Io io);

// Parses args for a command; on --help prints the help and sets *exit_code,
// on a bad option reports it and sets *exit_code. False: the command stops.
bool Parse(const std::string& command, const std::vector<std::string>& args, OptionSpec spec, ParsedArgs* parsed,
           Io io, int* exit_code);

// -j N (default: every core); *ok false, with a message, on a bad value.
int Jobs(const ParsedArgs& args, Io io, bool* ok);

// --max-doc-size BYTES, with an optional K, M or G (KiB, MiB, GiB); false
// with a message if it is not a positive size.
bool MaxDocSize(const ParsedArgs& args, Io io, extract::ReadOptions* read);

// Progress on stderr: only to a terminal, and not with --quiet.
bool ShowProgress(const ParsedArgs& args);

// A command's graph, freed with the process when dyad runs as a program
// (Run(argc, argv) calls FreeGraphsWithProcess): the system takes the
// memory back whole at exit, where freeing a graph's millions of
// allocations one by one took a tenth of a build. Called in-process (as
// the tests do), commands free their graphs as usual. The graph stays
// reachable, so leak checkers do not report it.
void FreeGraphsWithProcess();
class CommandGraph {
 public:
  CommandGraph();
  ~CommandGraph();
  CommandGraph(const CommandGraph&) = delete;
  CommandGraph& operator=(const CommandGraph&) = delete;
  graph::Graph& operator*() { return *graph_; }
  graph::Graph* get() { return graph_; }

 private:
  graph::Graph* graph_;
};

// Adds the asserted and the other evidence records to counts.
void CountEvidence(const std::vector<std::vector<extract::Evidence>>& evidence, RunCounts* counts);

// After a streamed read: input errors (printed already) and, with --strict,
// skipped inputs fail the command.
bool InputsOk(const StreamResult& read, const char* command, bool strict, Io io);

}  // namespace dyad::cli
