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
};

struct StreamResult {
  int documents = 0;
  std::vector<extract::Skipped> skipped;
  int errors = 0;  // error diagnostics (printed as they came)
};

// Calls sink(batch, evidence) for each piece of input in input order, on the
// calling thread; evidence[i] belongs to batch.documents[i]. Diagnostics go
// to err as they come.
using BatchSink = std::function<void(const extract::ReadResult& batch,
                                     const std::vector<std::vector<extract::Evidence>>& evidence)>;
StreamResult ExtractStream(const std::vector<std::string>& inputs, const extract::Extractor& extractor,
                           const StreamOptions& options, const BatchSink& sink, std::ostream& err);

}  // namespace dyad::cli
