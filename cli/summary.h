#pragma once
// The one-screen summary `dyad build` prints.
#include <ostream>

#include "graph/graph.h"

namespace dyad::cli {

struct RunCounts {
  int documents_read = 0;
  int documents_skipped = 0;  // unreadable, empty, binary, duplicate content
  int evidence_asserted = 0;
  int evidence_not_asserted = 0;  // negated, hedged or denied: reported, not in the graph
};

// Documents, nodes by type, edges by relation, and the strongest country dyads.
void PrintSummary(const graph::Graph& graph, const RunCounts& counts, std::ostream& out);

}  // namespace dyad::cli
