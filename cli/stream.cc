#include "cli/stream.h"

#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

#include "cli/memory.h"
#include "cli/progress.h"

namespace dyad::cli {
namespace {

// One piece of input, parsed and extracted.
struct Parsed {
  Batch batch;
  std::uint64_t bytes = 0;  // of the piece, for progress
};

Parsed ParseAndExtract(const extract::RawInput& piece, const extract::Extractor& extractor,
                       const StreamOptions& options) {
  Parsed p;
  p.bytes = piece.bytes.size();
  Batch& b = p.batch;
  b.read = extract::ParseRaw(piece, options.content_hash);
  b.evidence.reserve(b.read.documents.size());
  for (const extract::Document& d : b.read.documents) {
    if (options.explain) {
      b.traces.push_back(extractor.Explain(d));
    } else if (options.skip_extraction && options.skip_extraction(d)) {
      b.evidence.emplace_back();
    } else {
      b.evidence.push_back(extractor.Extract(d));
    }
  }
  b.documents = b.read.documents.size();
  if (options.render) options.render(b.evidence, &b.rendered);
  switch (options.sink_reads) {
    case StreamOptions::SinkReads::kAll:
      break;
    case StreamOptions::SinkReads::kMetadata:
      for (extract::Document& d : b.read.documents) {
        d.text = {};
        d.paragraphs = {};
      }
      break;
    case StreamOptions::SinkReads::kRendered:
      b.read.documents = {};
      b.evidence = {};
      b.traces = {};
      break;
  }
  return p;
}

// Hands finished pieces to the sink in input order.
class Collector {
 public:
  Collector(const BatchSink& sink, std::ostream& err, Progress* progress)
      : sink_(sink), err_(err), progress_(*progress) {}

  void Take(Parsed& parsed) {
    const extract::ReadResult& read = parsed.batch.read;
    for (const extract::Diagnostic& d : read.diagnostics) {
      err_ << d.ToString() << "\n";
      if (d.severity == extract::Severity::kError) ++result_.errors;
    }
    const std::size_t documents = parsed.batch.documents;
    for (const extract::Skipped& s : read.skipped) result_.skipped.push_back(s);
    sink_(parsed.batch);  // may move from the batch
    result_.documents += static_cast<int>(documents);
    progress_.Add(documents, parsed.bytes);
  }

  StreamResult& result() { return result_; }

 private:
  const BatchSink& sink_;
  std::ostream& err_;
  Progress& progress_;
  StreamResult result_;
};

// Worker threads each take the next piece of the stream (reading it under a
// lock: InputStream is not thread-safe), parse and extract it and leave the
// result for the calling thread, which passes results to the sink in input
// order while the workers go on. Workers never run more than `ahead`
// pieces past the sink, which bounds memory.
class Pipeline {
 public:
  Pipeline(extract::InputStream* stream, const extract::Extractor& extractor, const StreamOptions& options)
      : stream_(*stream),
        extractor_(extractor),
        options_(options),
        ahead_(options.pieces_ahead * static_cast<std::size_t>(options.jobs)) {
    const int workers = options.jobs;
    for (int t = 0; t < workers; ++t) threads_.emplace_back([this] { Work(); });
  }

  // Stops the workers (early if the sink threw) and waits for them.
  ~Pipeline() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    room_.notify_all();
    for (std::thread& t : threads_) t.join();
  }

  // The next piece in input order; false after the last.
  bool Next(Parsed* parsed) {
    std::unique_lock<std::mutex> lock(mu_);
    done_ready_.wait(lock, [&] { return done_.count(consumed_) > 0 || (end_ && consumed_ == read_); });
    auto it = done_.find(consumed_);
    if (it == done_.end()) return false;
    *parsed = std::move(it->second);
    done_.erase(it);
    ++consumed_;
    lock.unlock();
    room_.notify_one();
    return true;
  }

 private:
  void Work() {
    for (;;) {
      std::vector<extract::RawInput> pieces;
      std::uint64_t seq = 0;
      {
        std::unique_lock<std::mutex> lock(mu_);
        room_.wait(lock, [&] { return stop_ || end_ || read_ < consumed_ + ahead_; });
        if (stop_ || end_) return;
        if (!stream_.NextRaw(1, &pieces)) {  // one piece
          end_ = true;
          lock.unlock();
          room_.notify_all();
          done_ready_.notify_all();
          return;
        }
        seq = read_++;
      }
      Parsed parsed = ParseAndExtract(pieces.front(), extractor_, options_);
      {
        std::lock_guard<std::mutex> lock(mu_);
        done_.emplace(seq, std::move(parsed));
      }
      done_ready_.notify_all();
    }
  }

  extract::InputStream& stream_;
  const extract::Extractor& extractor_;
  const StreamOptions& options_;
  const std::size_t ahead_;
  std::mutex mu_;
  std::condition_variable room_;        // a worker may read another piece
  std::condition_variable done_ready_;  // a piece is done, or the input ended
  std::uint64_t read_ = 0;              // pieces read (the next piece's number)
  std::uint64_t consumed_ = 0;          // pieces handed out by Next
  bool end_ = false;                    // the stream is exhausted
  bool stop_ = false;
  std::map<std::uint64_t, Parsed> done_;  // finished, by piece number
  std::vector<std::thread> threads_;
};

}  // namespace

StreamResult ExtractStream(const std::vector<std::string>& inputs, const extract::Extractor& extractor,
                           const StreamOptions& options, const BatchSink& sink, std::ostream& err) {
  extract::InputStream stream(inputs, options.read);
  Progress progress(err, options.progress, stream.total_bytes());
  Collector collector(sink, err, &progress);
  if (options.jobs <= 1) {
    // One thread does everything, in order.
    std::vector<extract::RawInput> pieces;
    while (stream.NextRaw(1, &pieces)) {
      Parsed parsed = ParseAndExtract(pieces.front(), extractor, options);
      collector.Take(parsed);
    }
  } else {
    Pipeline pipeline(&stream, extractor, options);
    Parsed parsed;
    while (pipeline.Next(&parsed)) collector.Take(parsed);
  }
  progress.Finish();
  return std::move(collector.result());
}

}  // namespace dyad::cli
