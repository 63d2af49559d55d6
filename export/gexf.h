#pragma once
// GEXF 1.3, Gephi's own format.
#include <ostream>

#include "export/export_options.h"
#include "graph/graph.h"

namespace dyad::exporters {

// Writes GEXF 1.3 valid against both the XSD and the RELAX NG schema, with
// the viz extension. Nodes carry label, type, country, role and
// weighted_degree, a viz:color by type and a viz:size by weighted degree;
// edges carry the relation as Gephi's edge kind (and label), cameo,
// quad_class and its name, first_seen, last_seen, documents and, unless
// options.max_evidence is 0, the first evidence's sentence, document and url,
// with a viz:color by quad class. Symmetric relations are type="undirected"
// (the default edge type is directed). Edge ids are EdgeId().
//
// Dynamic mode (timeformat="date"): each edge starts on the day of its first
// evidence and its `weight` is a dynamic attribute that steps up on each
// evidence day, so Gephi's timeline replays the relationship; each node
// starts on the first day any of its edges does. Partial dates start on
// their first day (2009 -> 2009-01-01). Undated evidence counts from the
// graph's earliest evidence day, so an undated relation is on screen for
// the whole timeline; in a graph with no dated evidence at all, elements
// carry no dates. Nothing ends: a relation once reported stays.
// Static mode: no dates; weight is the edge's `weight` attribute.
// With options.diff: a diff_status attribute on every element, and colours by it.
void WriteGexf(const graph::Graph& graph, std::ostream& out, const ExportOptions& options = {});

}  // namespace dyad::exporters
