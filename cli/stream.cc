#include "cli/stream.h"

#include <atomic>
#include <future>
#include <thread>

#include "cli/progress.h"

namespace dyad::cli {
namespace {

struct Parsed {
  extract::ReadResult read;
  std::vector<std::vector<extract::Evidence>> evidence;  // per document of read
};

// Parses and extracts every piece on `jobs` threads; result[i] is pieces[i]'s.
std::vector<Parsed> ParseAndExtract(const std::vector<extract::RawInput>& pieces,
                                    const extract::Extractor& extractor, int jobs) {
  std::vector<Parsed> results(pieces.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next.fetch_add(1); i < pieces.size(); i = next.fetch_add(1)) {
      Parsed& p = results[i];
      p.read = extract::ParseRaw(pieces[i]);
      p.evidence.reserve(p.read.documents.size());
      for (const extract::Document& d : p.read.documents) p.evidence.push_back(extractor.Extract(d));
    }
  };
  const int threads = std::max(1, std::min<int>(jobs, static_cast<int>(pieces.size())));
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  return results;
}

}  // namespace

StreamResult ExtractStream(const std::vector<std::string>& inputs, const extract::Extractor& extractor,
                           const StreamOptions& options, const BatchSink& sink, std::ostream& err) {
  StreamResult result;
  extract::InputStream stream(inputs, options.read);
  Progress progress(err, options.progress, stream.total_bytes());
  const std::size_t batch_bytes = options.batch_bytes * static_cast<std::size_t>(std::max(1, options.jobs));
  auto read_next = [&stream, batch_bytes] {
    std::vector<extract::RawInput> pieces;
    stream.NextRaw(batch_bytes, &pieces);
    return pieces;
  };
  std::vector<extract::RawInput> pieces = read_next();
  while (!pieces.empty()) {
    // Read the next batch on another thread while this one is parsed and extracted.
    std::future<std::vector<extract::RawInput>> next = std::async(std::launch::async, read_next);
    std::uint64_t bytes = 0;
    for (const extract::RawInput& p : pieces) bytes += p.bytes.size();
    for (Parsed& parsed : ParseAndExtract(pieces, extractor, options.jobs)) {
      for (const extract::Diagnostic& d : parsed.read.diagnostics) {
        err << d.ToString() << "\n";
        if (d.severity == extract::Severity::kError) ++result.errors;
      }
      sink(parsed.read, parsed.evidence);
      result.documents += static_cast<int>(parsed.read.documents.size());
      for (const extract::Skipped& s : parsed.read.skipped) result.skipped.push_back(s);
      progress.Add(parsed.read.documents.size(), 0);
    }
    progress.Add(0, bytes);
    pieces = next.get();
  }
  progress.Finish();
  return result;
}

}  // namespace dyad::cli
