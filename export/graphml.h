#pragma once
// GraphML as Gephi reads it.
#include <ostream>

#include "graph/graph.h"

namespace dyad::exporters {

// Writes GraphML valid against graphml+gephi-edge-label.xsd: typed keys for
// node label/type/country/role and edge relation/cameo/quad_class/weight/
// first_seen/last_seen/documents/evidence sentence/url; Gephi's edge
// `label` attribute carries the relation (Gephi's edge kind). Symmetric
// relations are written as undirected edges. Deterministic.
void WriteGraphML(const graph::Graph& graph, std::ostream& out);

}  // namespace dyad::exporters
