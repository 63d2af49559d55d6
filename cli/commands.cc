#include "cli/commands.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "cli/cli.h"
#include "cli/command_util.h"
#include "cli/explain.h"
#include "cli/graph_options.h"
#include "cli/help.h"
#include "cli/options.h"
#include "cli/pipeline.h"
#include "cli/progress.h"
#include "cli/stream.h"
#include "cli/summary.h"
#include "export/json.h"
#include "extract/examples.h"

namespace dyad::cli {
namespace {

bool ReadDocuments(const std::vector<std::string>& inputs, Io io, bool strict, extract::ReadResult* result) {
  *result = extract::ReadInputs(inputs);
  PrintDiagnostics(result->diagnostics, io.err);
  if (extract::HasErrors(result->diagnostics)) return false;
  if (strict && !result->skipped.empty()) {
    io.err << "dyad: --strict: " << result->skipped.size() << " input(s) skipped\n";
    return false;
  }
  return true;
}


}  // namespace

int CmdBuild(const std::vector<std::string>& args, Io io) {
  ParsedArgs a;
  int code = kExitOk;
  OptionSpec spec{{"--rules", "-j", "--max-doc-size"}, {"--strict", "--quiet"}, {}};
  AddGraphOutputOptions(&spec, FilterSupport::kWithFilters);
  if (!Parse("build", args, spec, &a, io, &code)) return code;
  if (a.positional.empty()) {
    io.err << "dyad build: no input given\nTry 'dyad build --help'.\n";
    return kExitUsage;
  }
  bool ok = true;
  StreamOptions stream;
  stream.jobs = Jobs(a, io, &ok);
  stream.progress = ShowProgress(a);
  stream.sink_reads = StreamOptions::SinkReads::kMetadata;  // the graph keeps no article text
  if (!ok || !MaxDocSize(a, io, &stream.read)) return kExitUsage;
  GraphOutputOptions out;
  std::string error;
  if (!ParseGraphOutputOptions(a, &out, &error)) {
    io.err << "dyad build: " << error << "\n";
    return kExitUsage;
  }
  out.export_options.threads = stream.jobs;
  const std::vector<std::string>& outputs = out.paths;
  extract::Diagnostics diags;
  auto extractor = LoadRules(a.Get("--rules"), &diags, stream.jobs);
  PrintDiagnostics(diags, io.err);
  if (!extractor) return kExitBadInput;
  CommandGraph graph_owner;
  graph::Graph& graph = *graph_owner;
  graph.info.dyad_version = DYAD_VERSION;
  graph.info.rules_fingerprint = extractor->pack().fingerprint;
  RunCounts counts;
  std::vector<extract::Skipped> duplicates;
  GraphMerger merger(extractor->pack(), &graph);
  const StreamResult read = ExtractStream(
      a.positional, *extractor, stream,
      [&](Batch& batch) {
        CountEvidence(batch.evidence, &counts);
        merger.Merge(&batch.read.documents, &batch.evidence, &duplicates);
      },
      io.err);
  PrintDiagnostics(merger.warnings(), io.err);
  if (!InputsOk(read, "build", a.Has("--strict"), io)) return kExitBadInput;
  graph.SortEvidence(stream.jobs);
  counts.documents_read = read.documents;
  counts.skipped = read.skipped;
  counts.skipped.insert(counts.skipped.end(), duplicates.begin(), duplicates.end());
  counts.documents_skipped = static_cast<int>(counts.skipped.size());
  if (!ApplyView(out.filter, CountryNodes(extractor->pack()), &graph, &error) ||
      !WriteGraphOutputs(graph, out, &error)) {
    io.err << "dyad build: " << error << "\n";
    return kExitBadInput;
  }
  if (!a.Has("--quiet")) {
    bool to_stdout = std::find(outputs.begin(), outputs.end(), "-") != outputs.end();
    std::ostream& s = to_stdout ? io.err : io.out;
    PrintSummary(graph, counts, s);
    for (const std::string& file : WrittenFiles(out)) s << "wrote " << file << "\n";
  }
  return kExitOk;
}

int CmdExtract(const std::vector<std::string>& args, Io io) {
  ParsedArgs a;
  int code = kExitOk;
  if (!Parse("extract", args, {{"--rules", "-j", "--max-doc-size"}, {"--strict", "--asserted", "--quiet"}, {}}, &a, io,
             &code)) {
    return code;
  }
  if (a.positional.empty()) {
    io.err << "dyad extract: no input given\nTry 'dyad extract --help'.\n";
    return kExitUsage;
  }
  bool ok = true;
  StreamOptions stream;
  stream.jobs = Jobs(a, io, &ok);
  stream.progress = ShowProgress(a);
  stream.content_hash = false;  // records carry no content hash
  if (!ok || !MaxDocSize(a, io, &stream.read)) return kExitUsage;
  extract::Diagnostics diags;
  auto extractor = LoadRules(a.Get("--rules"), &diags, stream.jobs);
  PrintDiagnostics(diags, io.err);
  if (!extractor) return kExitBadInput;
  const bool asserted_only = a.Has("--asserted");
  // The records of a piece are formatted on the worker that extracted it;
  // this thread only writes them, in input order.
  stream.render = [asserted_only](const std::vector<std::vector<extract::Evidence>>& evidence, std::string* lines) {
    for (const auto& list : evidence) {
      for (const auto& e : list) {
        if (asserted_only && e.modality != extract::Modality::kAsserted) continue;
        exporters::AppendEvidenceJsonLine(e, lines);
        lines->push_back('\n');
      }
    }
  };
  stream.sink_reads = StreamOptions::SinkReads::kRendered;
  const StreamResult read = ExtractStream(
      a.positional, *extractor, stream,
      [&](Batch& batch) { io.out.write(batch.rendered.data(), static_cast<std::streamsize>(batch.rendered.size())); },
      io.err);
  if (!InputsOk(read, "extract", a.Has("--strict"), io)) return kExitBadInput;
  return io.out ? kExitOk : kExitBadInput;
}

int CmdRules(const std::vector<std::string>& args, Io io) {
  ParsedArgs a;
  int code = kExitOk;
  if (!Parse("rules", args, {{}, {}, {}}, &a, io, &code)) return code;
  if (a.positional.empty() || a.positional[0] != "check" || a.positional.size() > 2) {
    io.err << "dyad rules: expected 'dyad rules check [DIR]'\nTry 'dyad rules --help'.\n";
    return kExitUsage;
  }
  const std::string dir = a.positional.size() == 2 ? a.positional[1] : "";
  extract::Diagnostics diags;
  auto extractor = LoadRules(dir, &diags);
  PrintDiagnostics(diags, io.err);
  if (!extractor) {
    io.err << "rules: " << diags.size() << " error(s)\n";
    return kExitBadInput;
  }
  const extract::RulePack& pack = extractor->pack();
  std::size_t cues = 0;
  for (const auto& r : pack.relations) cues += r.cues.size();
  io.out << "rules: " << pack.files.size() << " files, " << pack.entities.size() << " entities, "
         << pack.relations.size() << " relations, " << cues << " cues (fingerprint " << pack.fingerprint << ")\n";
  extract::ExampleResults results = extract::RunExamples(*extractor);
  PrintDiagnostics(results.failures, io.err);
  io.out << "examples: " << results.passed << " passed, " << results.failed << " failed\n";
  return results.failed == 0 ? kExitOk : kExitBadInput;
}

int CmdExplain(const std::vector<std::string>& args, Io io) {
  ParsedArgs a;
  int code = kExitOk;
  if (!Parse("explain", args, {{"--rules", "--date", "--lang"}, {}, {}}, &a, io, &code)) return code;
  if (a.positional.size() != 1) {
    io.err << "dyad explain: expected one TEXT or FILE\nTry 'dyad explain --help'.\n";
    return kExitUsage;
  }
  extract::Diagnostics diags;
  auto extractor = LoadRules(a.Get("--rules"), &diags);
  PrintDiagnostics(diags, io.err);
  if (!extractor) return kExitBadInput;
  std::vector<extract::Document> docs;
  const std::string& arg = a.positional[0];
  std::error_code ec;
  if (std::filesystem::is_regular_file(arg, ec)) {
    extract::ReadResult read;
    if (!ReadDocuments({arg}, io, false, &read)) return kExitBadInput;
    docs = std::move(read.documents);
  } else {
    extract::Document d;
    d.id = "text";
    d.text = arg;
    d.all_body = true;
    d.content_hash = extract::ContentHash(d.text);
    docs.push_back(std::move(d));
  }
  for (extract::Document& d : docs) {
    if (a.Has("--date")) d.date = a.Get("--date");
    if (a.Has("--lang")) d.lang = a.Get("--lang");
    PrintExplanation(d, extractor->Explain(d), extractor->pack(), io.out);
  }
  return kExitOk;
}

}  // namespace dyad::cli
