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

// Writes the graph as pretty-printed (2-space) JSON, keys in a fixed order,
// nodes and links in canonical order, ending with a newline. Lossless:
// ReadJson(WriteJson(g)) writes back byte-identical.
void WriteJson(const graph::Graph& graph, std::ostream& out);

// Reads a graph written by WriteJson. On failure returns false and adds a
// diagnostic naming `name` and, where known, the line and column.
bool ReadJson(std::string_view text, const std::string& name, graph::Graph* graph,
              extract::Diagnostics* diagnostics);

// One evidence record as a single-line JSON object (no trailing newline):
// the records `dyad extract` prints.
std::string EvidenceToJsonLine(const extract::Evidence& evidence);

}  // namespace dyad::exporters
