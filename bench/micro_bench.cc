// dyad_micro_bench: Google Benchmark timings of the functions on the hot path
// of `dyad extract`, on articles from the corpus generator (seed 1). Each
// benchmark cycles through the same 64 articles so per-op numbers are averages
// over short and long, en/fr/es articles.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "bench/corpus.h"
#include "cli/pipeline.h"
#include "export/json.h"
#include "extract/document.h"
#include "extract/extractor.h"
#include "extract/text/segment.h"
#include "extract/text/sentences.h"
#include "extract/text.h"

namespace dyad::bench {
namespace {

constexpr std::uint64_t kSeed = 1;
constexpr std::size_t kArticles = 64;

struct Sample {
  std::vector<extract::Document> documents;
  std::vector<std::string> paragraphs;  // body-sized blocks of the articles
  std::string jsonl;                    // the articles as one JSON Lines input
};

extract::Document ToDocument(const Article& a) {
  extract::Document d;
  d.id = a.id;
  d.source = a.id;
  d.url = a.url;
  d.title = a.title;
  d.date = a.date;
  d.lang = a.lang;
  d.text = a.text;
  d.content_hash = extract::ContentHash(d.text);
  return d;
}

const Sample& GetSample() {
  static const Sample sample = [] {
    Sample s;
    for (std::uint64_t i = 0; i < kArticles; ++i) {
      const Article a = GenerateArticle(kSeed, i);
      s.documents.push_back(ToDocument(a));
      s.jsonl += ToJsonLine(a);
      for (std::size_t at = 0; at < a.text.size();) {
        const std::size_t end = std::min(a.text.find("\n\n", at), a.text.size());
        if (end - at > 200) s.paragraphs.push_back(a.text.substr(at, end - at));
        at = end + 2;
      }
    }
    return s;
  }();
  return sample;
}

const extract::Extractor& GetExtractor() {
  static const std::unique_ptr<extract::Extractor> extractor = [] {
    extract::Diagnostics diags;
    return cli::LoadRules("", &diags);
  }();
  return *extractor;
}

std::int64_t RuleBytes() {
  std::int64_t bytes = 0;
  for (const extract::EmbeddedFile& f : rules_data::DefaultRuleFiles()) bytes += f.text.size();
  return bytes;
}

void BM_Tokenize(benchmark::State& state) {
  const std::vector<std::string>& paragraphs = GetSample().paragraphs;
  extract::Tokenizer tokenizer;
  std::vector<extract::Token> tokens;
  std::int64_t bytes = 0;
  std::size_t i = 0;
  for (auto _ : state) {
    const std::string& p = paragraphs[i++ % paragraphs.size()];
    tokenizer.Tokenize(p, 0, p.size(), &tokens);
    benchmark::DoNotOptimize(tokens.data());
    bytes += static_cast<std::int64_t>(p.size());
  }
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_Tokenize);

void BM_SegmentAndSplit(benchmark::State& state) {
  const std::vector<extract::Document>& docs = GetSample().documents;
  std::int64_t bytes = 0;
  std::size_t i = 0;
  for (auto _ : state) {
    const std::string& text = docs[i++ % docs.size()].text;
    for (const extract::Paragraph& p : extract::SegmentParagraphs(text)) {
      if (p.block != extract::Block::kBody) continue;
      std::vector<extract::Span> sentences = extract::SplitSentences(text, p.span);
      benchmark::DoNotOptimize(sentences.data());
    }
    bytes += static_cast<std::int64_t>(text.size());
  }
  state.SetBytesProcessed(bytes);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_SegmentAndSplit);

void BM_Extract(benchmark::State& state) {
  const std::vector<extract::Document>& docs = GetSample().documents;
  const extract::Extractor& extractor = GetExtractor();
  std::int64_t bytes = 0;
  std::size_t i = 0;
  for (auto _ : state) {
    const extract::Document& d = docs[i++ % docs.size()];
    std::vector<extract::Evidence> evidence = extractor.Extract(d);
    benchmark::DoNotOptimize(evidence.data());
    bytes += static_cast<std::int64_t>(d.text.size());
  }
  state.SetBytesProcessed(bytes);
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_Extract);

// Reading is part of `dyad extract` too: JSON parsing, UTF-8 checks, hashing.
void BM_ParseJsonLines(benchmark::State& state) {
  const std::string& jsonl = GetSample().jsonl;
  for (auto _ : state) {
    extract::ReadResult r = extract::ParseInput(jsonl, "bench.jsonl", extract::InputFormat::kJsonLines);
    benchmark::DoNotOptimize(r.documents.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * jsonl.size()));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * kArticles));
}
BENCHMARK(BM_ParseJsonLines);

void BM_EvidenceToJsonLine(benchmark::State& state) {
  std::vector<extract::Evidence> all;
  for (const extract::Document& d : GetSample().documents) {
    for (extract::Evidence& e : GetExtractor().Extract(d)) all.push_back(std::move(e));
  }
  if (all.empty()) {
    state.SkipWithError("no evidence in the sample");
    return;
  }
  std::int64_t bytes = 0;
  std::size_t i = 0;
  for (auto _ : state) {
    const std::string line = exporters::EvidenceToJsonLine(all[i++ % all.size()]);
    bytes += static_cast<std::int64_t>(line.size());
  }
  state.SetBytesProcessed(bytes);  // bytes written
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}
BENCHMARK(BM_EvidenceToJsonLine);

// The whole of rule loading (YAML + checks + compiling), then its two halves.
void BM_LoadRules(benchmark::State& state) {
  for (auto _ : state) {
    extract::Diagnostics diags;
    auto extractor = cli::LoadRules("", &diags);
    if (!extractor) state.SkipWithError("the default rule pack does not load");
    benchmark::DoNotOptimize(extractor.get());
  }
  state.SetBytesProcessed(state.iterations() * RuleBytes());
}
BENCHMARK(BM_LoadRules)->Unit(benchmark::kMillisecond);

void BM_LoadRulePack(benchmark::State& state) {
  const auto sources = extract::DefaultRuleSources(rules_data::DefaultRuleFiles());
  for (auto _ : state) {
    extract::Diagnostics diags;
    extract::RulePack pack = extract::LoadRulePack(sources, &diags);
    benchmark::DoNotOptimize(pack.entities.data());
  }
  state.SetBytesProcessed(state.iterations() * RuleBytes());
}
BENCHMARK(BM_LoadRulePack)->Unit(benchmark::kMillisecond);

void BM_CompileRules(benchmark::State& state) {
  const extract::RulePack& pack = GetExtractor().pack();
  for (auto _ : state) {
    extract::Diagnostics diags;
    auto extractor = extract::Extractor::Create(pack, &diags);
    benchmark::DoNotOptimize(extractor.get());
  }
}
BENCHMARK(BM_CompileRules)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dyad::bench

BENCHMARK_MAIN();
