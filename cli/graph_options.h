#pragma once
// The options of every command that writes graphs (build, export, update,
// merge, diff), parsed and applied in one place so they mean the same everywhere.
#include <map>
#include <string>
#include <vector>

#include "cli/options.h"
#include "cli/pipeline.h"
#include "export/export_options.h"
#include "extract/rules/rules.h"
#include "graph/filter.h"

namespace dyad::cli {

struct GraphOutputOptions {
  std::vector<std::string> paths;           // -o, in order; "-" when none was given
  std::vector<OutputFormat> formats;        // one per path
  graph::FilterOptions filter;              // --level and the filters
  exporters::ExportOptions export_options;  // --evidence, --gexf-mode, --graphml-edges, --csv-*
};

// Which options a command takes.
enum class FilterSupport { kWithFilters, kOutputsOnly };

// Adds -o (repeatable), --format, --evidence, --gexf-mode, --graphml-edges,
// --csv-style, --csv-cells and --by to spec and,
// kWithFilters, --level, --relations, --since, --until, --min-weight, --around.
void AddGraphOutputOptions(OptionSpec* spec, FilterSupport filters);

// Reads those options; on a usage error returns false with *error such as
// "--since: expected a date YYYY, YYYY-MM or YYYY-MM-DD, got 'May'".
bool ParseGraphOutputOptions(const ParsedArgs& args, GraphOutputOptions* options, std::string* error);

// The country entities of a rule pack as nodes: the labels of countries
// that --level country brings in without a node of their own.
std::map<std::string, graph::Node> CountryNodes(const extract::RulePack& pack);

// Replaces *graph with its view under `filter` (FilterGraph); a no-op, and
// no copy, for the actor level without filters.
bool ApplyView(const graph::FilterOptions& filter, const std::map<std::string, graph::Node>& countries,
               graph::Graph* graph, std::string* error);

// The files the outputs name, in order, standard output left out: a CSV
// output stands for its two files.
std::vector<std::string> WrittenFiles(const GraphOutputOptions& options);

// Writes `graph` (already filtered) to every output: standard output first,
// then every file (and `also`, after them) committed as one set
// (exporters::WriteFilesAtomically): all temporary files are written before
// any is renamed, and they are renamed in order, so a failure replaces none.
// On failure *error names the path.
bool WriteGraphOutputs(const graph::Graph& graph, const GraphOutputOptions& options, std::string* error,
                       const std::vector<exporters::FileWrite>& also = {});

}  // namespace dyad::cli
