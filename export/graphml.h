#pragma once
// GraphML as Gephi reads it.
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "export/export_options.h"
#include "graph/graph.h"

namespace dyad::exporters {

// Writes GraphML valid against graphml+gephi-edge-label.xsd: typed keys for
// node label/type/country/role and edge relation/cameo/quad_class/weight/
// first_seen/last_seen/documents and the first evidence's sentence/url/rule;
// Gephi's edge `label` attribute carries the relation (Gephi's edge kind).
// A boolean `symmetric` key marks relations with no direction (MEET, ...).
// With GraphMLEdges::kDirected every edge is directed (edgedefault
// "directed"): NetworkX refuses mixed graphs and igraph ignores per-edge
// direction, so only then do they read the whole graph. With kMixed the
// default is "undirected" and each edge says directed="true" or "false":
// Gephi 0.10 and graphology-graphml (which honours only directed="true")
// read symmetric relations undirected. Empty values are left out.
// Deterministic.
void WriteGraphML(const graph::Graph& graph, std::ostream& out, GraphMLEdges edges = GraphMLEdges::kDirected);

// Attributes a caller adds to every node and edge (the diff's status and
// colour): their keys, declared after dyad's own, and each element's values
// by key, written after its own data. Empty values are left out.
struct GraphMLExtra {
  struct Key {
    std::string id;      // unique in the file: "node_diff_status"
    std::string name;    // the attribute's name: "diff_status"
    std::string domain;  // "node" or "edge"
    std::string type;    // "string", "int", ...
  };
  std::vector<Key> keys;
  std::function<std::vector<std::pair<std::string, std::string>>(const graph::Node&)> node_data;
  std::function<std::vector<std::pair<std::string, std::string>>(const graph::Edge&)> edge_data;
};
void WriteGraphML(const graph::Graph& graph, const GraphMLExtra& extra, std::ostream& out,
                  GraphMLEdges edges = GraphMLEdges::kDirected);

}  // namespace dyad::exporters
