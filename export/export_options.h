#pragma once
// Options shared by the writers of the visual formats (GEXF, Cytoscape.js,
// CSV and the diff GraphML).
#include "graph/diff.h"

namespace dyad::exporters {

// max_evidence value that keeps every evidence record.
inline constexpr int kAllEvidence = -1;

enum class GexfMode {
  kDynamic,  // mode="dynamic": elements start on their first evidence date, weights grow
  kStatic,   // mode="static": the final graph only
};

enum class GraphMLEdges {
  kDirected,  // edgedefault="directed", a `symmetric` key: what NetworkX and igraph read whole
  kMixed,     // edgedefault="undirected", directed="true" on directed relations: Gephi, graphology
};

enum class CsvStyle {
  kPlain,  // source, target, relation, weight...: what pandas, R and spreadsheets read
  kNeo4j,  // neo4j-admin import's header notation (:START_ID, weight:int, ...)
};

enum class CsvCells {
  kDefused,  // a text cell starting with = + - @ TAB or CR gets a leading ' (numbers as "-2.0" stay)
  kRaw,      // cells as they are, for programs
};

enum class SeriesPeriod { kDay, kWeek, kMonth };

struct ExportOptions {
  // Evidence records written per edge (canonical order), kAllEvidence for
  // all; 0 writes none. Formats with room for one example sentence per edge
  // (GEXF, CSV) write it unless this is 0.
  int max_evidence = kAllEvidence;
  GexfMode gexf_mode = GexfMode::kDynamic;
  GraphMLEdges graphml_edges = GraphMLEdges::kDirected;
  CsvStyle csv_style = CsvStyle::kPlain;
  CsvCells csv_cells = CsvCells::kDefused;
  SeriesPeriod series_by = SeriesPeriod::kMonth;  // time series rows (--by)
  // When set, the graph is a DiffUnion: each element gets a diff_status
  // attribute and is coloured by it rather than by type or quad class.
  const graph::DiffMarks* diff = nullptr;
  // Threads that format a JSON graph's links (build and update pass -j);
  // the output is the same for any number.
  int threads = 1;
};

}  // namespace dyad::exporters
