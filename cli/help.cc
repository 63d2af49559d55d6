#include "cli/help.h"

namespace dyad::cli {
namespace {

constexpr const char* kExitCodes =
    "Exit codes: 0 success, 1 bad input or rules (messages on stderr), 2 bad usage.\n";

constexpr const char* kBuild =
    "Usage: dyad build INPUT... [-o FILE]... [--format F] [--rules DIR] [-j N] [VIEW OPTIONS]\n"
    "\n"
    "Extracts relations from articles and merges them into one graph.\n"
    "INPUT is a file (.txt, .md, .html, .jsonl), a directory (read recursively,\n"
    "in sorted order) or - for standard input.\n"
    "\n"
    "  -o FILE          write the graph to FILE; repeat for several formats.\n"
    "                   The format follows the extension (.graphml, .json,\n"
    "                   .gexf, .cyjs, .csv, .graphology.json). Without -o,\n"
    "                   JSON goes to standard output.\n"
    "  --format F       graphml, json, gexf, cytoscape, csv or graphology,\n"
    "                   whatever the extension\n"
    "  --rules DIR      add the rule files of DIR to the built-in pack; an\n"
    "                   entity or relation with an existing id replaces it\n"
    "  -j N             extraction threads (default: all cores)\n"
    "  --strict         fail if any input is skipped (empty, binary, ...)\n"
    "  --max-doc-size N skip (with a warning) any file or JSON Lines record over\n"
    "                   N bytes; K, M, G for KiB, MiB, GiB (default 64M, at\n"
    "                   most 4G - 1)\n"
    "  --quiet          print no summary and no progress line\n"
    "\n"
    "View options (--level and the filters) apply to every output; see below.\n";

// The options AddGraphOutputOptions adds; shared by build, export, update, merge.
constexpr const char* kViewOptions =
    "View options:\n"
    "  --level L        actor (default) or country: fold every actor into its\n"
    "                   country (CAMEO style), keeping all evidence\n"
    "  --merge-on M     relation (default: one edge per relation, i.e. CAMEO\n"
    "                   code) or root: one edge per CAMEO root (CONSULT), with\n"
    "                   symmetric relations apart (CONSULT_MUTUAL)\n"
    "  --relations IDS  keep these relations only (VISIT,MEET; roots with\n"
    "                   --merge-on root)\n"
    "  --since DATE     keep evidence dated on or after DATE (YYYY, YYYY-MM or\n"
    "  --until DATE     YYYY-MM-DD) / on or before DATE; undated evidence is left\n"
    "                   out once either is given\n"
    "  --min-weight N   keep edges with at least N evidence records\n"
    "  --around IDS     keep these actors, their neighbours and the edges among\n"
    "                   them (PER,CHN,USA); ids are countries with --level country\n"
    "  --quad Q         keep edges of these quad classes (1,2: cooperation)\n"
    "  --root R         keep edges of these CAMEO roots (04,19)\n"
    "  --pair A,B       keep edges between the actors of two countries, either way\n"
    "  --outlet HOSTS   keep evidence from these url hosts (reuters.com,\n"
    "                   which includes www.reuters.com)\n"
    "  --lang L         keep evidence from articles in these languages (en,fr)\n"
    "  The level applies first, then the evidence filters (dates, outlet,\n"
    "  language), the edge filters, --min-weight and --around last; nodes left\n"
    "  without edges are dropped.\n"
    "\n"
    "Output options:\n"
    "  --evidence E     all (default), none or N: evidence records per edge in\n"
    "                   Cytoscape output; GEXF and CSV carry one example\n"
    "                   sentence unless none. JSON always keeps every record.\n"
    "  --gexf-mode M    dynamic (default: edges start at their first evidence\n"
    "                   and their weight grows over Gephi's timeline) or static\n"
    "  --graphml-edges D directed (default: every edge directed, a symmetric\n"
    "                   attribute; NetworkX and igraph read it whole) or mixed\n"
    "                   (symmetric relations undirected: Gephi, graphology)\n"
    "  --csv-style S    plain (default: source, target, relation, weight...)\n"
    "                   or neo4j (neo4j-admin import headers: :START_ID, weight:int)\n"
    "  --csv-cells C    defused (default: a text cell starting with = + - @, tab\n"
    "                   or CR gets a leading ' so spreadsheets run no formula)\n"
    "                   or raw\n"
    "  CSV writes PATH.nodes.csv and PATH.edges.csv for -o PATH.csv.\n"
    "  --by P           day, week or month: -o FILE.csv writes instead a time\n"
    "                   series, evidence and documents per period, source,\n"
    "                   relation and target (also --format series, by month)\n";

constexpr const char* kExport =
    "Usage: dyad export GRAPH.json [-o FILE]... [--format F] [VIEW OPTIONS]\n"
    "\n"
    "Converts a graph saved as JSON (by build, update or merge) to other\n"
    "formats or views, without reading the articles again.\n"
    "\n"
    "  -o FILE, --format F as for build\n"
    "  --quiet          print nothing but errors\n";

constexpr const char* kDiff =
    "Usage: dyad diff OLD.json NEW.json [-o FILE]... [--format F] [--quiet]\n"
    "\n"
    "Prints what changed from OLD to NEW: documents, nodes and edges added,\n"
    "removed and changed, weight changes, and each new or removed evidence\n"
    "record with its date, document, sentence and url.\n"
    "\n"
    "  -o FILE.json     also write the diff as a sorted, stable JSON document\n"
    "  -o FILE.gexf     write the union of both graphs, every node and edge\n"
    "                   with a diff_status (added, removed, changed, unchanged)\n"
    "                   and coloured by it; also .graphml, .cyjs, .csv and\n"
    "                   .graphology.json\n"
    "  --format F       json (the diff), gexf, graphml, cytoscape, csv or graphology\n"
    "  --evidence E, --gexf-mode M, --graphml-edges D, --csv-style S,\n"
    "  --csv-cells C    as for build\n"
    "  --quiet          do not print the summary\n";

constexpr const char* kUpdate =
    "Usage: dyad update GRAPH.json INPUT... -o NEW.json [--diff DIFF.json] [-o FILE]...\n"
    "                   [--rules DIR] [-j N] [--max-doc-size N] [VIEW OPTIONS]\n"
    "\n"
    "Adds new articles to a saved graph. An article the graph already holds\n"
    "(same content hash) is skipped, not extracted again, and counted, so running\n"
    "the same update twice changes nothing. NEW.json may be GRAPH.json: every\n"
    "file is written to a temporary file and renamed, and the output that\n"
    "replaces GRAPH.json is written last, so an update that fails or is\n"
    "interrupted leaves GRAPH.json as it was. The inputs are streamed, as for\n"
    "build: memory grows with the graph, not with the input.\n"
    "\n"
    "  -o FILE          as for build (at least one is required)\n"
    "  --diff FILE      also write the diff from GRAPH.json to the new graph (JSON)\n"
    "  --rules DIR, -j N, --strict, --max-doc-size N, --quiet as for build\n";

constexpr const char* kMerge =
    "Usage: dyad merge A.json B.json... [-o FILE]... [--format F] [VIEW OPTIONS]\n"
    "\n"
    "Joins graphs built from different article sets. The result does not\n"
    "depend on the order or grouping of the inputs, and equals the graph built\n"
    "from all their articles at once; an article in several inputs counts once.\n"
    "\n"
    "  -o FILE, --format F as for build\n"
    "  --quiet          print no summary\n";

constexpr const char* kExtract =
    "Usage: dyad extract INPUT... [--rules DIR] [-j N] [--asserted]\n"
    "\n"
    "Prints one JSON object per relation mention (JSON Lines): the evidence\n"
    "records `dyad build` merges, with document, sentence, byte offsets,\n"
    "modality (asserted, negated, hedged, denied) and the rule that matched.\n"
    "\n"
    "  --asserted       only records that make edges\n"
    "  --quiet          no progress line on a terminal\n"
    "  --rules DIR, -j N, --strict, --max-doc-size N as for build\n"
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

constexpr const char* kEval =
    "Usage: dyad eval DIR [--rules DIR] [--level root|plover|dyad] [--min-f1 X]\n"
    "\n"
    "Measures the extractor against an annotated set: DIR/articles holds the\n"
    "articles, DIR/gold.yaml the edges each must give (see eval/README.md).\n"
    "Edges are compared at country level and CAMEO root (\"CHN 04 PER\"), PLOVER\n"
    "category, or the country dyad alone; a symmetric relation (or a gold edge\n"
    "marked mutual) matches either direction. Prints precision, recall and F1\n"
    "overall, per language and per relation family, the misses by cause, then\n"
    "every miss, wrong edge and date error with its article and sentence.\n"
    "\n"
    "  --rules DIR      as for build\n"
    "  --level L        root, plover or dyad (default: plover where the gold\n"
    "                   names PLOVER categories, else root)\n"
    "  --min-f1 X       exit 1 when the overall F1 is below X (0 to 1)\n";

constexpr const char* kActors =
    "Usage: dyad actors unknown|stale INPUT... [--rules DIR] [--top N] [--min-count N]\n"
    "                                 [--format yaml|tsv] [-j N]\n"
    "\n"
    "Reports what the entity dictionaries miss or have outlived in a corpus,\n"
    "as the extractor reads it. INPUT is as for build.\n"
    "\n"
    "  unknown          the phrases (capitalised words, role nouns) standing in\n"
    "                   an actor slot of a matched cue that name no entity, most\n"
    "                   frequent first, with counts and the first example; as\n"
    "                   YAML, an entity rule file to review and add with --rules\n"
    "  stale            names of entities whose every window had ended by the\n"
    "                   article's date, and names that resolve to entities of\n"
    "                   two states at once\n"
    "\n"
    "  --rules DIR      as for build\n"
    "  --top N          list at most N entries per list (default 50)\n"
    "  --min-count N    leave out entries seen fewer than N times (default 1)\n"
    "  --format F       yaml (default) or tsv\n"
    "  -j N             extraction threads (default: all cores); the report does\n"
    "                   not depend on it\n"
    "  --strict, --max-doc-size, --quiet  as for build\n";

}  // namespace

std::string MainHelp() {
  return std::string(
             "Usage: dyad COMMAND [OPTIONS]\n"
             "\n"
             "Turns news articles into a graph of relations between states and actors.\n"
             "\n"
             "Commands:\n"
             "  build     extract and merge articles into a graph (JSON, GraphML, GEXF, ...)\n"
             "  extract   print the evidence records, one JSON object per line\n"
             "  rules     check a rule pack and run its examples\n"
             "  explain   show how a text or file is read, for rule authors\n"
             "  export    convert a saved graph to GEXF, GraphML, Cytoscape.js, CSV or a view\n"
             "  diff      show what changed between two saved graphs\n"
             "  update    add new articles to a saved graph\n"
             "  merge     join graphs built from different article sets\n"
             "  eval      measure the extractor against gold annotations\n"
             "  actors    list the actors a corpus names that the dictionaries miss\n"
             "\n"
             "dyad COMMAND --help shows a command's options. dyad --version prints the version.\n") +
         kExitCodes;
}

std::string CommandHelp(const std::string& command) {
  if (command == "build") return std::string(kBuild) + "\n" + kViewOptions + "\n" + kExitCodes;
  if (command == "export") return std::string(kExport) + "\n" + kViewOptions + "\n" + kExitCodes;
  if (command == "diff") return std::string(kDiff) + "\n" + kExitCodes;
  if (command == "update") return std::string(kUpdate) + "\n" + kViewOptions + "\n" + kExitCodes;
  if (command == "merge") return std::string(kMerge) + "\n" + kViewOptions + "\n" + kExitCodes;
  if (command == "extract") return std::string(kExtract) + "\n" + kExitCodes;
  if (command == "rules") return std::string(kRules) + "\n" + kExitCodes;
  if (command == "explain") return std::string(kExplain) + "\n" + kExitCodes;
  if (command == "eval") return std::string(kEval) + "\n" + kExitCodes;
  if (command == "actors") return std::string(kActors) + "\n" + kExitCodes;
  return MainHelp();
}

}  // namespace dyad::cli
