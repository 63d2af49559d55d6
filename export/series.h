#pragma once
// Time series of a graph's evidence as CSV: the first chart an analyst makes.
#include <ostream>
#include <string>

#include "export/export_options.h"
#include "graph/graph.h"

namespace dyad::exporters {

// The period an evidence date falls in: "2024-06-03" (kDay), ISO week
// "2024-W23" (kWeek), "2024-06" (kMonth); "" when the date is less precise
// than the period ("2024" by month) or not a date.
std::string PeriodOf(const std::string& date, SeriesPeriod by);

// Writes one row per period, source, relation and target with evidence in
// that period (by options.series_by): period, source, target, relation,
// cameo, root (the CAMEO root, "04"), quad_class, symmetric, evidence (the
// records of the period), documents (distinct documents among them).
// Evidence whose date is less precise than the period, or undated, is left
// out. Sorted by period, then source, relation and target; CSV as
// WriteCsvEdges writes it (plain headers, options.csv_cells).
void WriteSeriesCsv(const graph::Graph& graph, std::ostream& out, const ExportOptions& options = {});

}  // namespace dyad::exporters
