#pragma once
// The one-screen summary `dyad build` prints.
#include <ostream>
#include <vector>

#include "extract/document.h"
#include "graph/graph.h"

namespace dyad::cli {

struct RunCounts {
  int documents_read = 0;
  int documents_skipped = 0;  // unreadable, empty, binary, duplicate content
  std::vector<extract::Skipped> skipped;  // each, with why, when known (listed under the counts)
  int evidence_asserted = 0;
  int evidence_not_asserted = 0;  // negated, hedged or denied: reported, not in the graph
};

// Documents read and skipped (the first kMaxSkippedListed skipped inputs
// each on a line with the reason), nodes by type, edges by relation, and the
// strongest country dyads.
inline constexpr std::size_t kMaxSkippedListed = 20;
void PrintSummary(const graph::Graph& graph, const RunCounts& counts, std::ostream& out);

// What an update changed rather than the whole graph again: the document
// and evidence counts, then the new nodes, the new edges and the edges that
// gained evidence (the kMaxChangesListed largest of each, with their weight
// before and after, in aligned columns), and the size of the graph now.
inline constexpr std::size_t kMaxChangesListed = 10;
void PrintUpdateSummary(const graph::Graph& before, const graph::Graph& after, const RunCounts& counts,
                        std::ostream& out);

}  // namespace dyad::cli
