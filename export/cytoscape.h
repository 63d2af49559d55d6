#pragma once
// Cytoscape.js elements JSON (also what Cytoscape desktop opens as .cyjs).
#include <ostream>

#include "export/export_options.h"
#include "graph/graph.h"

namespace dyad::exporters {

// Writes {"format_version", "generated_by", "target_cytoscapejs_version",
// "data": graph info, "elements": {"nodes": [{"data": ...}], "edges": [...]}},
// pretty-printed, nodes by id, edges by key; cytoscape({elements: doc.elements})
// loads it. Node data: id, label, type, country, role, weighted_degree,
// color, size; edge data: id (EdgeId), source, target, relation, cameo,
// quad_class, quad, symmetric, weight, first_seen, last_seen, documents,
// color and up to options.max_evidence evidence records (as in dyad's JSON).
// With options.diff, also diff_status, and colours by it. Deterministic.
void WriteCytoscape(const graph::Graph& graph, std::ostream& out, const ExportOptions& options = {});

}  // namespace dyad::exporters
