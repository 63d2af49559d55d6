#pragma once
// GraphML of a diff: the union graph, each element with its diff status.
#include <ostream>

#include "export/export_options.h"
#include "graph/diff.h"
#include "graph/graph.h"

namespace dyad::exporters {

// Writes WriteGraphML(graph) for a DiffUnion graph, adding to every node and
// edge a `diff_status` value (added, removed, changed, unchanged) and the
// colour of that status as Gephi's r, g, b keys. Valid against the same
// schema as WriteGraphML. Key ids are unique per file, so the node and edge
// keys are "node_diff_status", "edge_r", ...; their attr.name is what Gephi
// and NetworkX show ("diff_status", "r").
void WriteGraphMLDiff(const graph::Graph& graph, const graph::DiffMarks& marks, std::ostream& out,
                      GraphMLEdges edges = GraphMLEdges::kDirected);

}  // namespace dyad::exporters
