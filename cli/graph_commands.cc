#include "cli/graph_commands.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <unordered_set>

#include "cli/cli.h"
#include "cli/command_util.h"
#include "cli/graph_lock.h"
#include "cli/graph_options.h"
#include "cli/help.h"
#include "cli/options.h"
#include "cli/pipeline.h"
#include "cli/summary.h"
#include "export/atomic_file.h"
#include "export/diff_report.h"
#include "export/graphml_diff.h"
#include "export/json.h"
#include "graph/diff.h"
#include "graph/merge.h"

namespace dyad::cli {
namespace {

// Parse plus the shared graph options; false with *exit_code set when the command should stop.
bool ParseWithOutputs(const std::string& command, const std::vector<std::string>& args, OptionSpec spec,
                      FilterSupport filters, ParsedArgs* parsed, GraphOutputOptions* outputs, Io io, int* exit_code) {
  AddGraphOutputOptions(&spec, filters);
  if (!Parse(command, args, spec, parsed, io, exit_code)) return false;
  std::string error;
  if (ParseGraphOutputOptions(*parsed, outputs, &error)) return true;
  io.err << "dyad " << command << ": " << error << "\n";  // as `dyad build` reports a bad value
  *exit_code = kExitUsage;
  return false;
}


// Reads a graph saved as dyad JSON; errors name the file.
bool LoadGraph(const std::string& path, graph::Graph* graph, Io io) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    io.err << path << ": no such file or directory\n";
    return false;
  }
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  if (in) text << in.rdbuf();
  if (!in || std::filesystem::is_directory(path, ec)) {
    io.err << path << ": cannot read: " << (errno ? std::strerror(errno) : "not a regular file") << "\n";
    return false;
  }
  extract::Diagnostics diags;
  if (exporters::ReadJson(text.str(), path, graph, &diags)) return true;
  PrintDiagnostics(diags, io.err);
  return false;
}

// Country labels for --level country when no rule pack is loaded: the built-in pack's.
std::map<std::string, graph::Node> BuiltInCountries(const graph::FilterOptions& filter) {
  if (filter.level != graph::Level::kCountry) return {};
  extract::Diagnostics ignored;  // the built-in pack is checked by its own tests
  auto extractor = LoadRules("", &ignored);
  return extractor ? CountryNodes(extractor->pack()) : std::map<std::string, graph::Node>{};
}

bool WritesToStdout(const GraphOutputOptions& outputs) {
  return std::find(outputs.paths.begin(), outputs.paths.end(), "-") != outputs.paths.end();
}

void PrintWritten(const GraphOutputOptions& outputs, std::ostream& out) {
  for (const std::string& file : WrittenFiles(outputs)) out << "wrote " << file << "\n";
}

// Filters `graph`, writes every output and reports them; the exit code.
struct ViewSize {
  std::size_t nodes = 0, edges = 0;
  long evidence = 0;
};

ViewSize SizeOf(const graph::Graph& graph) {
  ViewSize size{graph.node_count(), graph.edge_count(), 0};
  for (const graph::Edge* e : graph.Edges()) size.evidence += e->weight();
  return size;
}

int ViewAndWrite(const std::string& command, graph::Graph* graph, const GraphOutputOptions& outputs,
                 const std::map<std::string, graph::Node>& countries, Io io,
                 const std::vector<exporters::FileWrite>& also = {}) {
  std::string error;
  if (!ApplyView(outputs.filter, countries, graph, &error) || !WriteGraphOutputs(*graph, outputs, &error, also)) {
    io.err << "dyad " << command << ": " << error << "\n";
    return kExitBadInput;
  }
  return kExitOk;
}

// --- diff ---

// The files one diff output makes: diff JSON, a GraphML of both graphs, or
// the union graph in any other format with each element's diff_status.
std::vector<exporters::FileWrite> DiffFileWrites(const std::string& path, OutputFormat format,
                                                 const graph::GraphDiff& diff, const graph::Graph& union_graph,
                                                 const exporters::ExportOptions& options) {
  auto with = [&](std::function<void(std::ostream&)> writer) {
    return std::vector<exporters::FileWrite>{
        {path, [writer = std::move(writer)](std::ostream& out) { return writer(out), static_cast<bool>(out); }}};
  };
  if (format == OutputFormat::kJson) return with([&diff](std::ostream& out) { exporters::WriteDiffJson(diff, out); });
  if (format == OutputFormat::kGraphML) {
    return with([&union_graph, &options](std::ostream& out) {
      exporters::WriteGraphMLDiff(union_graph, *options.diff, out, options.graphml_edges);
    });
  }
  return GraphFileWrites(union_graph, path, format, options);
}

// Writes every output of `diff`, standard output first, the files as one set.
bool WriteDiffOutputs(const graph::Graph& before, const graph::Graph& after, const graph::GraphDiff& diff,
                      const GraphOutputOptions& outputs, std::string* error) {
  graph::Graph union_graph;
  graph::DiffMarks marks;
  graph::DiffUnion(before, after, diff, &union_graph, &marks);
  exporters::ExportOptions options = outputs.export_options;
  options.diff = &marks;
  std::vector<exporters::FileWrite> files;
  for (std::size_t i = 0; i < outputs.paths.size(); ++i) {
    std::vector<exporters::FileWrite> writes = DiffFileWrites(outputs.paths[i], outputs.formats[i], diff, union_graph, options);
    if (outputs.paths[i] != "-" || writes.size() != 1) {
      files.insert(files.end(), writes.begin(), writes.end());
    } else if (!exporters::WriteFileAtomically("-", writes[0].write, error)) {
      return false;
    }
  }
  return files.empty() || exporters::WriteFilesAtomically(files, error);
}

// --- update ---

struct UpdateCounts {
  RunCounts run;
  int already_in_graph = 0;
};

// Streams the inputs and merges the articles the graph lacks; false on input
// errors. An article the graph held before the update is read (for its
// content hash) but not extracted; two copies of a new article are one
// article and a duplicate, as in `build`.
bool AddNewDocuments(const ParsedArgs& a, const extract::Extractor& extractor, StreamOptions stream,
                     graph::Graph* graph, UpdateCounts* counts, Io io) {
  const std::vector<std::string> inputs(a.positional.begin() + 1, a.positional.end());
  std::unordered_set<std::string> held;
  for (const graph::DocumentInfo& d : graph->info.documents) held.insert(d.content_hash);
  stream.skip_extraction = [&held](const extract::Document& d) { return held.count(d.content_hash) > 0; };
  stream.sink_reads = StreamOptions::SinkReads::kMetadata;  // the graph keeps no article text
  std::vector<extract::Skipped> duplicates;
  GraphMerger merger(extractor.pack(), graph);
  const StreamResult read = ExtractStream(
      inputs, extractor, stream,
      [&](Batch& batch) {
        CountEvidence(batch.evidence, &counts->run);
        std::vector<extract::Document> fresh;
        std::vector<std::vector<extract::Evidence>> fresh_evidence;
        for (std::size_t i = 0; i < batch.read.documents.size(); ++i) {
          if (held.count(batch.read.documents[i].content_hash) > 0) {
            ++counts->already_in_graph;
          } else {
            fresh.push_back(std::move(batch.read.documents[i]));
            fresh_evidence.push_back(std::move(batch.evidence[i]));
          }
        }
        merger.Merge(&fresh, &fresh_evidence, &duplicates);
      },
      io.err);
  PrintDiagnostics(merger.warnings(), io.err);
  if (!InputsOk(read, "update", a.Has("--strict"), io)) return false;
  counts->run.documents_read = read.documents;
  counts->run.skipped = read.skipped;
  counts->run.skipped.insert(counts->run.skipped.end(), duplicates.begin(), duplicates.end());
  counts->run.documents_skipped = static_cast<int>(counts->run.skipped.size()) + counts->already_in_graph;
  return true;
}

// Outputs that would replace `input` go last: if anything before them fails, the input is untouched.
void ReplaceInputLast(const std::string& input, GraphOutputOptions* outputs) {
  std::vector<std::size_t> order(outputs->paths.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto replaces_input = [&](std::size_t i) {
    std::error_code ec;
    return std::filesystem::equivalent(outputs->paths[i], input, ec);
  };
  std::stable_partition(order.begin(), order.end(), [&](std::size_t i) { return !replaces_input(i); });
  GraphOutputOptions sorted = *outputs;
  for (std::size_t i = 0; i < order.size(); ++i) {
    sorted.paths[i] = outputs->paths[order[i]];
    sorted.formats[i] = outputs->formats[order[i]];
  }
  *outputs = sorted;
}

void WarnOnRuleChange(const std::string& graph_path, const std::string& graph_rules, const std::string& rules, Io io) {
  if (graph_rules.empty() || graph_rules == rules) return;
  io.err << "dyad update: warning: " << graph_path << " was built with rules " << graph_rules
         << "; new articles are read with rules " << rules << "\n";
}

// Writes the outputs and --diff as one set, the graph replacing the input
// after the other outputs and the diff last of all: a crash between the
// renames leaves the new graph beside the previous diff, never a new diff
// beside the old graph it does not describe. The exit code.
int WriteUpdate(const ParsedArgs& a, const graph::Graph& before, graph::Graph* after,
                const std::map<std::string, graph::Node>& countries, GraphOutputOptions outputs, Io io) {
  graph::GraphDiff diff;
  std::vector<exporters::FileWrite> also;
  if (a.Has("--diff")) {
    diff = graph::DiffGraphs(before, *after);
    const exporters::FileWrite write{
        a.Get("--diff"), [&diff](std::ostream& out) { return exporters::WriteDiffJson(diff, out), bool(out); }};
    std::string error;
    if (write.path != "-") {
      also.push_back(write);
    } else if (!exporters::WriteFileAtomically("-", write.write, &error)) {
      io.err << "dyad update: " << error << "\n";
      return kExitBadInput;
    }
  }
  ReplaceInputLast(a.positional[0], &outputs);
  return ViewAndWrite("update", after, outputs, countries, io, also);
}

}  // namespace

int CmdExport(const std::vector<std::string>& args, Io io) {
  ParsedArgs a;
  GraphOutputOptions outputs;
  int code = kExitOk;
  if (!ParseWithOutputs("export", args, {{}, {"--quiet"}, {}}, FilterSupport::kWithFilters, &a, &outputs, io, &code)) {
    return code;
  }
  if (a.positional.size() != 1) return UsageError("export", "expected one GRAPH.json", io);
  CommandGraph graph_owner;
  graph::Graph& graph = *graph_owner;
  if (!LoadGraph(a.positional[0], &graph, io)) return kExitBadInput;
  const ViewSize whole = SizeOf(graph);
  code = ViewAndWrite("export", &graph, outputs, BuiltInCountries(outputs.filter), io);
  if (code != kExitOk || a.Has("--quiet")) return code;
  std::ostream& s = WritesToStdout(outputs) ? io.err : io.out;
  const ViewSize kept = SizeOf(graph);
  if (outputs.filter.level != graph::Level::kActor || outputs.filter.FiltersEdges()) {
    s << "view: " << kept.nodes << " of " << whole.nodes << " nodes, " << kept.edges << " of " << whole.edges
      << " edges, " << kept.evidence << " of " << whole.evidence << " evidence records\n";
  }
  PrintWritten(outputs, s);
  return code;
}

int CmdDiff(const std::vector<std::string>& args, Io io) {
  ParsedArgs a;
  GraphOutputOptions outputs;
  int code = kExitOk;
  if (!ParseWithOutputs("diff", args, {{}, {"--quiet"}, {}}, FilterSupport::kOutputsOnly, &a, &outputs, io, &code)) {
    return code;
  }
  if (a.positional.size() != 2) return UsageError("diff", "expected OLD.json and NEW.json", io);
  CommandGraph before_owner, after_owner;
  graph::Graph& before = *before_owner;
  graph::Graph& after = *after_owner;
  if (!LoadGraph(a.positional[0], &before, io) || !LoadGraph(a.positional[1], &after, io)) return kExitBadInput;
  const graph::GraphDiff diff = graph::DiffGraphs(before, after);
  std::string error;
  if (a.Has("-o") && !WriteDiffOutputs(before, after, diff, outputs, &error)) {
    io.err << "dyad diff: " << error << "\n";
    return kExitBadInput;
  }
  if (!a.Has("--quiet")) {
    std::ostream& s = a.Has("-o") && WritesToStdout(outputs) ? io.err : io.out;
    exporters::WriteDiffText(diff, s);
    if (a.Has("-o")) PrintWritten(outputs, s);
  }
  return kExitOk;
}

// The inputs that an output replaces: those whose lock a command takes.
static std::vector<std::string> Replaced(const std::vector<std::string>& inputs, const GraphOutputOptions& outputs) {
  std::vector<std::string> replaced;
  for (const std::string& input : inputs) {
    for (const std::string& output : outputs.paths) {
      std::error_code ec;
      if (std::filesystem::equivalent(output, input, ec)) {
        replaced.push_back(input);
        break;
      }
    }
  }
  return replaced;
}

int CmdUpdate(const std::vector<std::string>& args, Io io) {
  ParsedArgs a;
  GraphOutputOptions outputs;
  int code = kExitOk;
  if (!ParseWithOutputs("update", args, {{"--rules", "-j", "--diff", "--max-doc-size"}, {"--strict", "--quiet"}, {}},
                        FilterSupport::kWithFilters, &a, &outputs, io, &code)) {
    return code;
  }
  if (a.positional.size() < 2) return UsageError("update", "expected GRAPH.json and at least one INPUT", io);
  if (!a.Has("-o")) return UsageError("update", "no output given: use -o NEW.json (it may be GRAPH.json)", io);
  bool ok = true;
  StreamOptions stream;
  stream.jobs = Jobs(a, io, &ok);
  stream.progress = ShowProgress(a);
  if (!ok || !MaxDocSize(a, io, &stream.read)) return kExitUsage;
  outputs.export_options.threads = stream.jobs;
  GraphLocks locks;  // held until the outputs are written
  std::string lock_error;
  if (!locks.Lock(Replaced({a.positional[0]}, outputs), &lock_error)) {
    io.err << "dyad update: " << lock_error << "\n";
    return kExitBadInput;
  }
  CommandGraph before_owner;
  graph::Graph& before = *before_owner;
  if (!LoadGraph(a.positional[0], &before, io)) return kExitBadInput;
  extract::Diagnostics diags;
  auto extractor = LoadRules(a.Get("--rules"), &diags, stream.jobs);
  PrintDiagnostics(diags, io.err);
  if (!extractor) return kExitBadInput;
  const std::string& rules = extractor->pack().fingerprint;
  WarnOnRuleChange(a.positional[0], before.info.rules_fingerprint, rules, io);

  CommandGraph after_owner;
  graph::Graph& after = *after_owner;
  after = before;
  after.info.dyad_version = DYAD_VERSION;
  after.info.rules_fingerprint = graph::MergeFingerprints({before.info.rules_fingerprint, rules});
  UpdateCounts counts;
  if (!AddNewDocuments(a, *extractor, stream, &after, &counts, io)) return kExitBadInput;
  after.SortEvidence(stream.jobs);
  code = WriteUpdate(a, before, &after, CountryNodes(extractor->pack()), outputs, io);
  if (code != kExitOk || a.Has("--quiet")) return code;
  std::ostream& s = WritesToStdout(outputs) ? io.err : io.out;
  s << "update: " << counts.already_in_graph << " document(s) already in " << a.positional[0] << ", skipped\n";
  PrintUpdateSummary(before, after, counts.run, s);
  PrintWritten(outputs, s);
  if (a.Has("--diff")) s << "wrote " << a.Get("--diff") << "\n";
  return kExitOk;
}

int CmdMerge(const std::vector<std::string>& args, Io io) {
  ParsedArgs a;
  GraphOutputOptions outputs;
  int code = kExitOk;
  if (!ParseWithOutputs("merge", args, {{}, {"--quiet"}, {}}, FilterSupport::kWithFilters, &a, &outputs, io, &code)) {
    return code;
  }
  if (a.positional.empty()) return UsageError("merge", "no graph given", io);
  GraphLocks locks;  // held until the outputs are written
  std::string lock_error;
  if (!locks.Lock(Replaced(a.positional, outputs), &lock_error)) {
    io.err << "dyad merge: " << lock_error << "\n";
    return kExitBadInput;
  }
  std::vector<graph::Graph> parts(a.positional.size());
  std::vector<const graph::Graph*> pointers;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (!LoadGraph(a.positional[i], &parts[i], io)) return kExitBadInput;
    pointers.push_back(&parts[i]);
  }
  CommandGraph merged_owner;
  graph::Graph& merged = *merged_owner;
  graph::MergeGraphs(pointers, DYAD_VERSION, &merged);
  if (merged.info.rules_fingerprint.find(',') != std::string::npos) {
    io.err << "dyad merge: warning: the graphs were built with different rules: " << merged.info.rules_fingerprint
           << "\n";
  }
  code = ViewAndWrite("merge", &merged, outputs, BuiltInCountries(outputs.filter), io);
  if (code != kExitOk || a.Has("--quiet")) return code;
  std::ostream& s = WritesToStdout(outputs) ? io.err : io.out;
  s << "merged " << parts.size() << " graph(s): " << merged.info.documents.size() << " documents, "
    << merged.node_count() << " nodes, " << merged.edge_count() << " edges\n";
  PrintWritten(outputs, s);
  return kExitOk;
}

}  // namespace dyad::cli
