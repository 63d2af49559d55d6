#include "cli/help.h"

namespace dyad::cli {
namespace {

constexpr const char* kExitCodes =
    "Exit codes: 0 success, 1 bad input or rules (messages on stderr), 2 bad usage.\n";

constexpr const char* kBuild =
    "Usage: dyad build INPUT... [-o FILE]... [--format graphml|json] [--rules DIR] [-j N]\n"
    "\n"
    "Extracts relations from articles and merges them into one graph.\n"
    "INPUT is a file (.txt, .md, .html, .jsonl), a directory (read recursively,\n"
    "in sorted order) or - for standard input.\n"
    "\n"
    "  -o FILE          write the graph to FILE; repeat for several formats.\n"
    "                   The format follows the extension (.graphml, .json).\n"
    "                   Without -o, JSON goes to standard output.\n"
    "  --format F       graphml or json, whatever the extension\n"
    "  --rules DIR      add the rule files of DIR to the built-in pack; an\n"
    "                   entity or relation with an existing id replaces it\n"
    "  -j N             extraction threads (default: all cores)\n"
    "  --strict         fail if any input is skipped (empty, binary, ...)\n"
    "  --quiet          print no summary and no progress line\n";

constexpr const char* kExtract =
    "Usage: dyad extract INPUT... [--rules DIR] [-j N] [--asserted]\n"
    "\n"
    "Prints one JSON object per relation mention (JSON Lines): the evidence\n"
    "records `dyad build` merges, with document, sentence, byte offsets,\n"
    "modality (asserted, negated, hedged, denied) and the rule that matched.\n"
    "\n"
    "  --asserted       only records that make edges\n"
    "  --quiet          no progress line on a terminal\n"
    "  --rules DIR, -j N, --strict as for build\n"
    "\n"
    "Inputs are read in batches, so memory stays bounded on any corpus size.\n";

constexpr const char* kRules =
    "Usage: dyad rules check [DIR]\n"
    "\n"
    "Loads the built-in rule pack (and DIR's rule files as a layer over it),\n"
    "reports every error as file:line:column: message, and runs the examples\n"
    "written in the rule files.\n";

constexpr const char* kExplain =
    "Usage: dyad explain TEXT|FILE [--rules DIR] [--date YYYY-MM-DD] [--lang en|fr|es]\n"
    "\n"
    "Shows what the extractor sees: skipped page furniture and headlines, each\n"
    "sentence with its actors and cues (byte offsets), each edge with the rule\n"
    "(file:line:column) that made it, and each candidate dropped and why\n"
    "(negated, hedged, denied, no source, no target).\n";

}  // namespace

std::string MainHelp() {
  return std::string(
             "Usage: dyad COMMAND [OPTIONS]\n"
             "\n"
             "Turns news articles into a graph of relations between states and actors.\n"
             "\n"
             "Commands:\n"
             "  build     extract and merge articles into a graph (GraphML, JSON)\n"
             "  extract   print the evidence records, one JSON object per line\n"
             "  rules     check a rule pack and run its examples\n"
             "  explain   show how a text or file is read, for rule authors\n"
             "\n"
             "dyad COMMAND --help shows a command's options. dyad --version prints the version.\n") +
         kExitCodes;
}

std::string CommandHelp(const std::string& command) {
  if (command == "build") return std::string(kBuild) + "\n" + kExitCodes;
  if (command == "extract") return std::string(kExtract) + "\n" + kExitCodes;
  if (command == "rules") return std::string(kRules) + "\n" + kExitCodes;
  if (command == "explain") return std::string(kExplain) + "\n" + kExitCodes;
  return MainHelp();
}

}  // namespace dyad::cli
