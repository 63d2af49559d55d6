#include "export/presentation.h"

#include <cmath>
#include <cstdio>
#include <set>

#include "graph/cameo.h"

namespace dyad::exporters {

std::string Hex(Rgb color) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", color.r & 0xFF, color.g & 0xFF, color.b & 0xFF);
  return buffer;
}

// Tableau 10: distinct at a glance, and what Gephi users recognise.
Rgb NodeTypeColor(const std::string& type) {
  static const std::map<std::string, Rgb> kColors = {
      {"country", {31, 119, 180}}, {"person", {255, 127, 14}},        {"government_body", {44, 160, 44}},
      {"military", {214, 39, 40}}, {"party", {148, 103, 189}},        {"company", {140, 86, 75}},
      {"place", {188, 189, 34}},   {"international", {23, 190, 207}}, {"organization", {227, 119, 194}},
  };
  auto it = kColors.find(type);
  return it == kColors.end() ? Rgb{127, 127, 127} : it->second;
}

Rgb QuadClassColor(int quad_class) {
  switch (quad_class) {
    case 1: return {102, 194, 165};
    case 2: return {26, 152, 80};
    case 3: return {253, 174, 97};
    case 4: return {215, 48, 39};
    default: break;
  }
  return {150, 150, 150};
}

std::string QuadClassName(int quad_class) {
  switch (quad_class) {
    case 1: return "verbal cooperation";
    case 2: return "material cooperation";
    case 3: return "verbal conflict";
    case 4: return "material conflict";
    default: break;
  }
  return "";
}

Rgb DiffStatusColor(graph::DiffStatus status) {
  switch (status) {
    case graph::DiffStatus::kAdded: return {44, 160, 44};
    case graph::DiffStatus::kRemoved: return {214, 39, 40};
    case graph::DiffStatus::kChanged: return {255, 127, 14};
    case graph::DiffStatus::kUnchanged: break;
  }
  return {199, 199, 199};
}

std::string EdgeId(const graph::Edge& edge) { return edge.source + "|" + edge.relation + "|" + edge.target; }

int DistinctDocuments(const graph::Edge& edge) {
  std::set<std::string> ids;
  for (const extract::Evidence& e : edge.evidence) ids.insert(e.doc_id);
  return static_cast<int>(ids.size());
}

std::map<std::string, int> WeightedDegrees(const graph::Graph& graph) {
  std::map<std::string, int> degrees;
  for (const graph::Node* n : graph.Nodes()) degrees[n->id] = 0;
  for (const graph::Edge* e : graph.Edges()) {
    degrees[e->source] += e->weight();
    degrees[e->target] += e->weight();
  }
  return degrees;
}

std::string NodeSize(int weighted_degree) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", 10.0 + 4.0 * std::sqrt(static_cast<double>(weighted_degree)));
  return buffer;
}

}  // namespace dyad::exporters

namespace dyad::exporters {

CameoAttributes CameoOf(const graph::Edge& edge) {
  CameoAttributes a{graph::CameoRoot(edge.cameo), graph::PloverCategory(edge.cameo), ""};
  if (const std::optional<double> g = graph::GoldsteinScore(edge.cameo)) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f", *g);
    a.goldstein = buf;
  }
  return a;
}

}  // namespace dyad::exporters
