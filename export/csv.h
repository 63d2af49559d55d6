#pragma once
// CSV for pandas, R, spreadsheets and Neo4j's importer: one file of nodes,
// one of edges.
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

// RFC 4180 CSV with a header row. Fields holding a comma, quote, CR or LF
// are quoted; lines end with LF; invalid UTF-8 becomes U+FFFD. Rows in
// canonical order. With options.csv_cells kDefused (the default), a cell
// starting with = + - @ TAB or CR gets a leading ' so that a spreadsheet
// shows it as text rather than running it as a formula (OWASP's advice);
// no number dyad writes starts so.
// One field as these files write it: quoted when needed, defused unless
// `cells` is kRaw, invalid UTF-8 replaced.
std::string CsvField(const std::string& value, CsvCells cells);

// Nodes: id, label, type, country, role, weighted_degree; in the kNeo4j
// style id:ID, ..., weighted_degree:int and :LABEL (the type). With
// options.diff, a diff_status column is added.
void WriteCsvNodes(const graph::Graph& graph, std::ostream& out, const ExportOptions& options = {});

// Edges: source, target, relation, id (EdgeId), cameo, quad_class, quad,
// symmetric, weight, first_seen, last_seen, documents, and the first
// evidence's sentence, document and url (empty when options.max_evidence
// is 0); in the kNeo4j style :START_ID, :END_ID, :TYPE, ..., quad_class:int,
// symmetric:boolean, weight:int, documents:int.
void WriteCsvEdges(const graph::Graph& graph, std::ostream& out, const ExportOptions& options = {});

}  // namespace dyad::exporters
