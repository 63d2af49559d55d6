#pragma once
// Streaming extraction: inputs are read a batch at a time (the next batch is
// read while the current one is extracted), so memory stays bounded and the
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
  std::size_t batch_bytes = 8u << 20;  // text per batch and thread
  extract::ReadOptions read;           // the maximum document size
};

struct StreamResult {
  int documents = 0;
  std::vector<extract::Skipped> skipped;
  int errors = 0;  // error diagnostics (printed as they came)
};

// Calls sink(batch, evidence) for each batch in input order; evidence[i]
// belongs to batch.documents[i]. Diagnostics go to err as they come.
using BatchSink = std::function<void(const extract::ReadResult& batch,
                                     const std::vector<std::vector<extract::Evidence>>& evidence)>;
StreamResult ExtractStream(const std::vector<std::string>& inputs, const extract::Extractor& extractor,
                           const StreamOptions& options, const BatchSink& sink, std::ostream& err);

}  // namespace dyad::cli
