#pragma once
// How nodes and edges look and are named in the visual formats: stable edge
// ids, colours by node type, quad class and diff status, and sizes.
#include <map>
#include <string>

#include "graph/diff.h"
#include "graph/graph.h"

namespace dyad::exporters {

struct Rgb {
  int r = 0;
  int g = 0;
  int b = 0;
};

// "#1f77b4".
std::string Hex(Rgb color);

// Colour of a node type ("country", "person", ...); grey for unknown types.
Rgb NodeTypeColor(const std::string& type);

// Colour of a quad class: 1 verbal cooperation (light green), 2 material
// cooperation (green), 3 verbal conflict (orange), 4 material conflict (red);
// grey otherwise.
Rgb QuadClassColor(int quad_class);

// "verbal cooperation", "material cooperation", "verbal conflict",
// "material conflict", or "" for another value.
std::string QuadClassName(int quad_class);

// An edge's place in the CAMEO ontology as every export writes it: its root
// ("04"), PLOVER category ("CONSULT", "" for statements and appeals) and
// Goldstein score ("1.9"; "" when the code has none).
struct CameoAttributes {
  std::string root;
  std::string plover;
  std::string goldstein;
};
CameoAttributes CameoOf(const graph::Edge& edge);

// added green, removed red, changed orange, unchanged light grey.
Rgb DiffStatusColor(graph::DiffStatus status);

// "SOURCE|RELATION|TARGET": stable across runs and graphs, unlike positions,
// and unique because entity and relation ids cannot contain '|'.
std::string EdgeId(const graph::Edge& edge);

// Number of distinct documents among the edge's evidence.
int DistinctDocuments(const graph::Edge& edge);

// Each node's weighted degree: the summed weight of the edges touching it.
std::map<std::string, int> WeightedDegrees(const graph::Graph& graph);

// A node's display size for its weighted degree, 10 + 4 * sqrt(degree),
// written with two decimals ("10.00", "24.97"): grows with degree without
// letting hubs of large corpora swallow the picture.
std::string NodeSize(int weighted_degree);

}  // namespace dyad::exporters
