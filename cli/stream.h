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
  // Called on the worker threads for each piece, after extraction: what it
  // appends to `out` reaches the sink as Batch::rendered. Formatting output
  // there (rather than in the sink, on one thread) lets it scale with -j.
  // It must be safe to call concurrently.
  std::function<void(const extract::ReadResult& read, const std::vector<std::vector<extract::Evidence>>& evidence,
                     std::string* out)>
      render;
  // The sink reads only Batch::rendered (and the counts): documents and
  // evidence are then freed on the worker that made them, before the batch
  // is handed over, rather than on the sink's thread, where freeing another
  // thread's memory contends for the allocator's locks.
  bool rendered_only = false;
  // False: each document's text and paragraphs are freed on the worker once
  // extracted, for a sink that needs only the metadata (as above).
  bool keep_text = true;
};

// One piece of input, parsed and extracted: read.documents[i] has evidence[i].
struct Batch {
  extract::ReadResult read;  // documents empty with StreamOptions::rendered_only
  std::size_t documents = 0;  // read, extracted or not
  std::vector<std::vector<extract::Evidence>> evidence;
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
