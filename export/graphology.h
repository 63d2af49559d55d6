#pragma once
// graphology's serialisation format: what Graph.from / graph.import take,
// and so what Gephi Lite and sigma.js open.
#include <ostream>

#include "export/export_options.h"
#include "graph/graph.h"

namespace dyad::exporters {

// Writes {"attributes", "options": {"type": "mixed", "multi": true,
// "allowSelfLoops": true}, "nodes": [{"key", "attributes"}], "edges":
// [{"key", "source", "target", "undirected", "attributes"}]}, pretty-printed,
// nodes by id, edges by key (EdgeId); symmetric relations are undirected.
// Node attributes: label, x, y (a circle in node order, for sigma.js, which
// needs a position), size, color, entity_type (sigma.js reads `type` as the
// name of its renderer), country, role, weighted_degree. Edge attributes:
// label and relation, cameo, quad_class, quad, symmetric, weight,
// first_seen, last_seen, documents, color and, unless options.max_evidence
// is 0, the first evidence's sentence, document and url. With options.diff,
// also diff_status, and colours by it. Deterministic.
void WriteGraphology(const graph::Graph& graph, std::ostream& out, const ExportOptions& options = {});

}  // namespace dyad::exporters
