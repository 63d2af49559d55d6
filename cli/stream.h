#pragma once
// Streaming extraction: inputs are read a piece at a time (a file, or about a
// megabyte of JSON Lines), pieces are parsed and extracted on `jobs` threads
// and handed to the caller in input order, so memory stays bounded and the
// output does not depend on the number of threads.
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/evidence.h"
#include "extract/extractor.h"

namespace dyad::cli {

struct StreamOptions {
  int jobs = 1;
  bool progress = false;               // documents, MB, MB/s, ETA on stderr
  std::size_t pieces_ahead = 4;        // per thread: pieces read but not yet given to the sink
  extract::ReadOptions read;           // the maximum document size
  bool content_hash = true;            // fill Document::content_hash (see extract::ParseRaw)
  // Documents for which this returns true are read and handed to the sink
  // with no evidence, unextracted ("already in the graph"). Called on the
  // worker threads: it must be safe to call concurrently.
  std::function<bool(const extract::Document&)> skip_extraction;
  // Called on the worker threads for each piece, after extraction, with
  // the evidence of each of its documents: what it appends to `out` reaches
  // the sink as Batch::rendered. Formatting output there (rather than in the
  // sink, on one thread) lets it scale with -j. It must be safe to call
  // concurrently.
  std::function<void(const std::vector<std::vector<extract::Evidence>>& evidence, std::string* out)> render;
  // What the sink reads of a batch. What it does not is freed on the worker
  // that made it, before the batch is handed over: freeing on the sink's
  // thread memory that another thread allocated contends for the
  // allocator's locks.
  // Explain each document (Extractor::Explain) instead of extracting it:
  // Batch::traces then holds the traces and Batch::evidence is empty.
  bool explain = false;
  enum class SinkReads {
    kAll,
    kMetadata,  // documents without their text and paragraphs, and the evidence
    kRendered,  // Batch::rendered and the counts only
  };
  SinkReads sink_reads = SinkReads::kAll;
};

// One piece of input, parsed and extracted: read.documents[i] has evidence[i].
struct Batch {
  extract::ReadResult read;  // no documents with SinkReads::kRendered
  std::size_t documents = 0;  // read, extracted or not
  std::vector<std::vector<extract::Evidence>> evidence;
  std::vector<extract::DocumentTrace> traces;  // with StreamOptions::explain: traces[i] of read.documents[i]
  std::string rendered;  // what StreamOptions::render made of it ("" without render)
};

struct StreamResult {
  int documents = 0;
  std::vector<extract::Skipped> skipped;
  int errors = 0;  // error diagnostics (printed as they came)
};

// Calls sink(batch) for each piece of input in input order, on the calling
// thread. The batch is the sink's to move from: it is dropped afterwards.
// Diagnostics go to err as they come.
using BatchSink = std::function<void(Batch& batch)>;
StreamResult ExtractStream(const std::vector<std::string>& inputs, const extract::Extractor& extractor,
                           const StreamOptions& options, const BatchSink& sink, std::ostream& err);

}  // namespace dyad::cli
