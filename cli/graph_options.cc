#include "cli/graph_options.h"

#include <algorithm>
#include <sstream>

#include "export/csv.h"
#include "graph/partial_date.h"

namespace dyad::cli {
namespace {

// "VISIT, MEET" -> {"MEET", "VISIT"}; false if no id is given.
bool ParseIdList(const std::string& option, const std::string& value, std::set<std::string>* ids, std::string* error) {
  std::stringstream parts(value);
  for (std::string part; std::getline(parts, part, ',');) {
    const auto begin = part.find_first_not_of(' ');
    const auto end = part.find_last_not_of(' ');
    if (begin != std::string::npos) ids->insert(part.substr(begin, end - begin + 1));
  }
  if (!ids->empty()) return true;
  return *error = option + ": expected comma-separated ids, got '" + value + "'", false;
}

// A positive number below a million; -1 if value is not one.
int PositiveNumber(const std::string& value) {
  if (value.empty() || value.size() > 6) return -1;
  int n = 0;
  for (char c : value) {
    if (c < '0' || c > '9') return -1;
    n = n * 10 + (c - '0');
  }
  return n > 0 ? n : -1;
}

bool ParseDateOption(const ParsedArgs& args, const std::string& option, std::string* date, std::string* error) {
  if (!args.Has(option)) return true;
  *date = args.Get(option);
  if (graph::IsPartialDate(*date)) return true;
  return *error = option + ": expected a date YYYY, YYYY-MM or YYYY-MM-DD, got '" + *date + "'", false;
}

// --quad 1,4, --root 04,19 and --pair PER,CHL.
bool ParseKindFilters(const ParsedArgs& args, graph::FilterOptions* f, std::string* error) {
  std::set<std::string> quads;
  if (args.Has("--quad") && !ParseIdList("--quad", args.Get("--quad"), &quads, error)) return false;
  for (const std::string& q : quads) {
    if (q.size() != 1 || q[0] < '1' || q[0] > '4') {
      return *error = "--quad: expected quad classes 1 to 4, got '" + args.Get("--quad") + "'", false;
    }
    f->quad_classes.insert(q[0] - '0');
  }
  if (args.Has("--root") && !ParseIdList("--root", args.Get("--root"), &f->roots, error)) return false;
  for (const std::string& r : f->roots) {
    if (r.size() != 2 || r[0] < '0' || r[0] > '2' || r[1] < '0' || r[1] > '9' || r == "00" || r > "20") {
      return *error = "--root: expected CAMEO roots 01 to 20, got '" + args.Get("--root") + "'", false;
    }
  }
  if (args.Has("--pair") && (!ParseIdList("--pair", args.Get("--pair"), &f->pair, error) || f->pair.size() != 2)) {
    return *error = "--pair: expected two countries, got '" + args.Get("--pair") + "'", false;
  }
  return true;
}

bool ParseFilters(const ParsedArgs& args, graph::FilterOptions* f, std::string* error) {
  if (args.Has("--level") && !graph::ParseLevel(args.Get("--level"), &f->level)) {
    return *error = "--level: expected actor or country, got '" + args.Get("--level") + "'", false;
  }
  if (args.Has("--merge-on") && !graph::ParseMergeOn(args.Get("--merge-on"), &f->merge_on)) {
    return *error = "--merge-on: expected relation or root, got '" + args.Get("--merge-on") + "'", false;
  }
  if (args.Has("--relations") && !ParseIdList("--relations", args.Get("--relations"), &f->relations, error)) {
    return false;
  }
  if (args.Has("--around") && !ParseIdList("--around", args.Get("--around"), &f->around, error)) return false;
  if (!ParseKindFilters(args, f, error)) return false;
  for (const auto& [option, set] : {std::pair{"--outlet", &f->outlets}, std::pair{"--lang", &f->languages}}) {
    if (args.Has(option) && !ParseIdList(option, args.Get(option), set, error)) return false;
  }
  if (!f->outlets.empty()) {
    std::set<std::string> hosts;  // as UrlHost gives them
    for (const std::string& o : f->outlets) {
      hosts.insert(graph::UrlHost(o.find("://") == std::string::npos ? "http://" + o : o));
    }
    f->outlets = hosts;
  }
  if (!ParseDateOption(args, "--since", &f->since, error) || !ParseDateOption(args, "--until", &f->until, error)) {
    return false;
  }
  if (!f->since.empty() && !f->until.empty() && graph::FirstDay(f->since) > graph::LastDay(f->until)) {
    return *error = "--since " + f->since + " is after --until " + f->until, false;
  }
  if (args.Has("--min-weight") && (f->min_weight = PositiveNumber(args.Get("--min-weight"))) < 0) {
    return *error = "--min-weight: expected a positive number, got '" + args.Get("--min-weight") + "'", false;
  }
  return true;
}

bool ParseExportOptions(const ParsedArgs& args, exporters::ExportOptions* e, std::string* error) {
  const std::string evidence = args.Get("--evidence", "all");
  if (evidence == "all") {
    e->max_evidence = exporters::kAllEvidence;
  } else if (evidence == "none") {
    e->max_evidence = 0;
  } else if ((e->max_evidence = PositiveNumber(evidence)) < 0) {
    return *error = "--evidence: expected all, none or a number, got '" + evidence + "'", false;
  }
  const std::string mode = args.Get("--gexf-mode", "dynamic");
  if (mode != "dynamic" && mode != "static") {
    return *error = "--gexf-mode: expected dynamic or static, got '" + mode + "'", false;
  }
  e->gexf_mode = mode == "static" ? exporters::GexfMode::kStatic : exporters::GexfMode::kDynamic;
  const std::string edges = args.Get("--graphml-edges", "directed");
  if (edges != "directed" && edges != "mixed") {
    return *error = "--graphml-edges: expected directed or mixed, got '" + edges + "'", false;
  }
  e->graphml_edges = edges == "mixed" ? exporters::GraphMLEdges::kMixed : exporters::GraphMLEdges::kDirected;
  const std::string by = args.Get("--by", "month");
  if (by != "day" && by != "week" && by != "month") {
    return *error = "--by: expected day, week or month, got '" + by + "'", false;
  }
  e->series_by = by == "day"    ? exporters::SeriesPeriod::kDay
                 : by == "week" ? exporters::SeriesPeriod::kWeek
                                : exporters::SeriesPeriod::kMonth;
  const std::string style = args.Get("--csv-style", "plain");
  if (style != "plain" && style != "neo4j") {
    return *error = "--csv-style: expected plain or neo4j, got '" + style + "'", false;
  }
  e->csv_style = style == "neo4j" ? exporters::CsvStyle::kNeo4j : exporters::CsvStyle::kPlain;
  const std::string cells = args.Get("--csv-cells", "defused");
  if (cells != "defused" && cells != "raw") {
    return *error = "--csv-cells: expected defused or raw, got '" + cells + "'", false;
  }
  e->csv_cells = cells == "raw" ? exporters::CsvCells::kRaw : exporters::CsvCells::kDefused;
  return true;
}

bool ParseOutputs(const ParsedArgs& args, GraphOutputOptions* options, std::string* error) {
  options->paths = args.All("-o");
  if (options->paths.empty()) options->paths.push_back("-");
  options->formats.resize(options->paths.size());
  for (std::size_t i = 0; i < options->paths.size(); ++i) {
    if (!FormatForOutput(options->paths[i], args.Get("--format"), &options->formats[i], error)) return false;
    // --by makes a .csv output a time series (one file) rather than the graph's two files.
    if (options->formats[i] == OutputFormat::kCsv && args.Has("--by") && args.Get("--format").empty()) {
      options->formats[i] = OutputFormat::kSeries;
    }
    if (options->formats[i] == OutputFormat::kCsv && options->paths[i] == "-") {
      return *error = "csv writes two files (nodes and edges): give -o PATH.csv", false;
    }
  }
  const auto& f = options->formats;
  if (args.Has("--by") && std::find(f.begin(), f.end(), OutputFormat::kSeries) == f.end()) {
    return *error = "--by: no time series output: give -o FILE.csv (or --format series)", false;
  }
  return true;
}

}  // namespace

void AddGraphOutputOptions(OptionSpec* spec, FilterSupport filters) {
  for (const char* o :
       {"-o", "--format", "--evidence", "--gexf-mode", "--graphml-edges", "--csv-style", "--csv-cells", "--by"}) {
    spec->with_value.push_back(o);
  }
  spec->repeatable.push_back("-o");
  if (filters == FilterSupport::kOutputsOnly) return;
  for (const char* o : {"--level", "--merge-on", "--relations", "--since", "--until", "--min-weight", "--around",
                        "--quad", "--root", "--pair", "--outlet", "--lang"}) {
    spec->with_value.push_back(o);
  }
}

bool ParseGraphOutputOptions(const ParsedArgs& args, GraphOutputOptions* options, std::string* error) {
  return ParseOutputs(args, options, error) && ParseFilters(args, &options->filter, error) &&
         ParseExportOptions(args, &options->export_options, error);
}

std::map<std::string, graph::Node> CountryNodes(const extract::RulePack& pack) {
  std::map<std::string, graph::Node> countries;
  for (const extract::Entity& e : pack.entities) {
    if (e.type == "country") countries.emplace(e.id, NodeFor(e));
  }
  return countries;
}

bool ApplyView(const graph::FilterOptions& filter, const std::map<std::string, graph::Node>& countries,
               graph::Graph* graph, std::string* error) {
  if (filter.level == graph::Level::kActor && filter.merge_on == graph::MergeOn::kRelation && !filter.FiltersEdges()) {
    return true;
  }
  graph::Graph view;
  if (!graph::FilterGraph(*graph, filter, countries, &view, error)) return false;
  *graph = view;
  return true;
}

std::vector<std::string> WrittenFiles(const GraphOutputOptions& options) {
  std::vector<std::string> files;
  for (std::size_t i = 0; i < options.paths.size(); ++i) {
    if (options.paths[i] == "-") continue;
    if (options.formats[i] != OutputFormat::kCsv) {
      files.push_back(options.paths[i]);
      continue;
    }
    const exporters::CsvPaths csv = exporters::CsvPathsFor(options.paths[i]);
    files.insert(files.end(), {csv.nodes, csv.edges});
  }
  return files;
}

bool WriteGraphOutputs(const graph::Graph& graph, const GraphOutputOptions& options, std::string* error,
                       const std::vector<exporters::FileWrite>& also) {
  std::vector<exporters::FileWrite> files;
  for (std::size_t i = 0; i < options.paths.size(); ++i) {
    std::vector<exporters::FileWrite> writes =
        GraphFileWrites(graph, options.paths[i], options.formats[i], options.export_options);
    if (options.paths[i] != "-" || writes.size() != 1) {
      files.insert(files.end(), writes.begin(), writes.end());
    } else if (!exporters::WriteFileAtomically("-", writes[0].write, error)) {
      return false;
    }
  }
  files.insert(files.end(), also.begin(), also.end());
  return files.empty() || exporters::WriteFilesAtomically(files, error);
}

}  // namespace dyad::cli
