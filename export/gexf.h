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
// with a viz:color by quad class. As Gephi's own exporter writes it, every
// edge has a type (symmetric relations undirected) and a graph with both
// kinds names no defaultedgetype, so Gephi keeps them all. Edge ids are
// EdgeId().
//
// Dynamic mode (timeformat="date"): each edge starts on the day of its first
// evidence and its `weight` is a dynamic attribute that steps up on each
// evidence day, so Gephi's timeline replays the relationship; each node
// starts on the first day any of its edges does. The timeline spans the
// evidence dated to the month or the day (from its first day: 2024-06 ->
// 2024-06-01); evidence dated only to a year ("2009", a century's "1800")
// or not at all is placed inside that span, on its first day when earlier
// and its last when later, so vague dates never stretch the timeline. In a
// graph with year dates only these span it; in a graph with no dates,
// elements carry none. Nothing ends: a relation once reported stays.
// Static mode: no dates; weight is the edge's `weight` attribute.
// With options.diff: a diff_status attribute on every element, and colours by it.
void WriteGexf(const graph::Graph& graph, std::ostream& out, const ExportOptions& options = {});

}  // namespace dyad::exporters
