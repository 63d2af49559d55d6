#pragma once
// dyad's node-link JSON graph format (NetworkX node_link_graph, D3): writer and reader.
#include <ostream>
#include <string>
#include <string_view>

#include "extract/diagnostic.h"
#include "extract/evidence.h"
#include "graph/graph.h"

namespace dyad::exporters {

// The "format" value written into graph.format; the reader accepts only it.
inline constexpr const char* kJsonFormat = "dyad-graph/1";

// Writes the graph as pretty-printed (2-space) JSON with each document and
// each evidence record on one line (the record `dyad extract` prints for
// it), keys in a fixed order, nodes and links in canonical order, UTF-8
// written as is (invalid UTF-8 becomes U+FFFD), ending with a newline. Lossless:
// ReadJson(WriteJson(g)) writes back byte-identical. With threads > 1 the
// links are formatted on that many threads, a few pieces ahead of the
// writing; the bytes are the same.
void WriteJson(const graph::Graph& graph, std::ostream& out, int threads = 1);

// Reads a graph written by WriteJson. On success adds its documents, nodes
// and links to *graph (normally empty) and sets its version and rules
// fingerprint. On failure returns false, leaves *graph unchanged and adds
// one diagnostic naming `name`, the element ("link 3: 'weight' must be an
// integer") and, for invalid JSON, the line and column.
bool ReadJson(std::string_view text, const std::string& name, graph::Graph* graph,
              extract::Diagnostics* diagnostics);

// One evidence record as a single-line JSON object (no trailing newline):
// the records `dyad extract` prints.
std::string EvidenceToJsonLine(const extract::Evidence& evidence);
// The same, appended to *out (a buffer reused for many records).
void AppendEvidenceJsonLine(const extract::Evidence& evidence, std::string* out);

}  // namespace dyad::exporters
