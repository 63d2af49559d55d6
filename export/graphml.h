#pragma once
// GraphML as Gephi reads it.
#include <ostream>

#include "graph/graph.h"

namespace dyad::exporters {

// Writes GraphML valid against graphml+gephi-edge-label.xsd: typed keys for
// node label/type/country/role and edge relation/cameo/quad_class/weight/
// first_seen/last_seen/documents and the first evidence's sentence/url/rule;
// Gephi's edge `label` attribute carries the relation (Gephi's edge kind).
// Every edge is directed in the file (NetworkX refuses mixed graphs); a
// boolean `symmetric` key marks relations with no direction (MEET, ...).
// Empty values are left out. Deterministic.
void WriteGraphML(const graph::Graph& graph, std::ostream& out);

}  // namespace dyad::exporters
