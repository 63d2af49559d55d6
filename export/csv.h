#pragma once
// CSV for spreadsheets and Neo4j's importer: one file of nodes, one of edges.
#include <ostream>
#include <string>

#include "export/export_options.h"
#include "graph/graph.h"

namespace dyad::exporters {

// The two files a CSV output path stands for: "out/g.csv" (or "out/g")
// -> "out/g.nodes.csv" and "out/g.edges.csv".
struct CsvPaths {
  std::string nodes;
  std::string edges;
};
CsvPaths CsvPathsFor(const std::string& path);

// RFC 4180 CSV with a header row in neo4j-admin import's notation (id:ID,
// :START_ID, :END_ID, :TYPE, :LABEL, name:int), which spreadsheets read as
// plain column names. Fields holding a comma, quote, CR or LF are quoted;
// lines end with LF; invalid UTF-8 becomes U+FFFD. Rows in canonical order.
// Nodes: id:ID, label, type, country, role, weighted_degree:int, :LABEL (the
// type). With options.diff, a diff_status column is added.
void WriteCsvNodes(const graph::Graph& graph, std::ostream& out, const ExportOptions& options = {});

// Edges: :START_ID, :END_ID, :TYPE (the relation), id (EdgeId), cameo,
// quad_class:int, quad, symmetric:boolean, weight:int, first_seen,
// last_seen, documents:int, and the first evidence's sentence, document and
// url (empty when options.max_evidence is 0).
void WriteCsvEdges(const graph::Graph& graph, std::ostream& out, const ExportOptions& options = {});

}  // namespace dyad::exporters
