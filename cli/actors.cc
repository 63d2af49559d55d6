#include "cli/actors.h"

#include "cli/cli.h"
#include "cli/command_util.h"
#include "cli/pipeline.h"
#include "cli/stream.h"
#include "extract/freshness/freshness.h"

namespace dyad::cli {
namespace {

// A count option's value: digits only, at most 1,000,000,000.
bool Count(const ParsedArgs& a, const std::string& option, int minimum, int* out, Io io) {
  if (!a.Has(option)) return true;
  const std::string v = a.Get(option);
  long long n = v.empty() ? -1 : 0;
  for (char c : v) n = (c >= '0' && c <= '9' && n <= 1000000000) ? n * 10 + (c - '0') : -1;
  if (n < minimum || n > 1000000000) {
    io.err << "dyad actors: " << option << " needs a number of at least " << minimum << ", got '" << v << "'\n";
    return false;
  }
  *out = static_cast<int>(n);
  return true;
}

}  // namespace

int CmdActors(const std::vector<std::string>& args, Io io) {
  ParsedArgs a;
  int code = kExitOk;
  if (!Parse("actors", args, {{"--rules", "-j", "--max-doc-size", "--top", "--min-count", "--format"},
                               {"--strict", "--quiet"}, {}},
             &a, io, &code)) {
    return code;
  }
  if (a.positional.empty() || (a.positional[0] != "unknown" && a.positional[0] != "stale")) {
    return UsageError("actors", "expected 'dyad actors unknown|stale INPUT...'", io);
  }
  const bool unknown = a.positional[0] == "unknown";
  const std::vector<std::string> inputs(a.positional.begin() + 1, a.positional.end());
  if (inputs.empty()) return UsageError("actors", "no input given", io);
  extract::ReportLimits limits;
  if (!Count(a, "--top", 1, &limits.top, io) || !Count(a, "--min-count", 1, &limits.min_count, io)) return kExitUsage;
  const std::string format = a.Get("--format", "yaml");
  if (format != "yaml" && format != "tsv") {
    io.err << "dyad actors: --format must be yaml or tsv, got '" << format << "'\n";
    return kExitUsage;
  }
  bool ok = true;
  StreamOptions stream;
  stream.jobs = Jobs(a, io, &ok);
  stream.progress = ShowProgress(a);
  stream.content_hash = false;
  stream.explain = true;
  if (!ok || !MaxDocSize(a, io, &stream.read)) return kExitUsage;
  extract::Diagnostics diags;
  auto extractor = LoadRules(a.Get("--rules"), &diags, stream.jobs);
  PrintDiagnostics(diags, io.err);
  if (!extractor) return kExitBadInput;
  // Traces are made on the workers; they are tallied here, in input order,
  // so that the examples (the first sighting) do not depend on -j.
  extract::FreshnessReport report(extractor->pack());
  const StreamResult read = ExtractStream(
      inputs, *extractor, stream,
      [&](Batch& batch) {
        for (std::size_t i = 0; i < batch.traces.size(); ++i) report.Add(batch.read.documents[i], batch.traces[i]);
      },
      io.err);
  if (!InputsOk(read, "actors", a.Has("--strict"), io)) return kExitBadInput;
  if (unknown) {
    const auto phrases = report.Unknown(limits);
    format == "tsv" ? extract::WriteUnknownTsv(phrases, io.out) : extract::WriteUnknownYaml(phrases, report, io.out);
  } else {
    const auto stale = report.Stale(limits);
    const auto two = report.TwoCountries(limits);
    format == "tsv" ? extract::WriteStaleTsv(stale, two, io.out) : extract::WriteStaleYaml(stale, two, report, io.out);
  }
  return io.out ? kExitOk : kExitBadInput;
}

}  // namespace dyad::cli
