// The union graph of a diff as GraphML: dyad's own attributes plus each
// element's diff_status and its colour (r, g, b), for Gephi to partition by.
#include "export/graphml_diff.h"

#include <string>
#include <utility>
#include <vector>

#include "export/graphml.h"
#include "export/presentation.h"

namespace dyad::exporters {
namespace {

std::vector<std::pair<std::string, std::string>> Data(const std::string& domain, graph::DiffStatus status) {
  const Rgb c = DiffStatusColor(status);
  return {{domain + "_diff_status", graph::DiffStatusName(status)},
          {domain + "_r", std::to_string(c.r)},
          {domain + "_g", std::to_string(c.g)},
          {domain + "_b", std::to_string(c.b)}};
}

}  // namespace

void WriteGraphMLDiff(const graph::Graph& graph, const graph::DiffMarks& marks, std::ostream& out,
                      GraphMLEdges edges) {
  GraphMLExtra extra;
  for (const char* domain : {"node", "edge"}) {
    const std::string d = domain;
    extra.keys.push_back({d + "_diff_status", "diff_status", d, "string"});
    for (const char* c : {"r", "g", "b"}) extra.keys.push_back({d + "_" + c, c, d, "int"});
  }
  extra.node_data = [&](const graph::Node& n) { return Data("node", marks.OfNode(n.id)); };
  extra.edge_data = [&](const graph::Edge& e) { return Data("edge", marks.OfEdge(e)); };
  WriteGraphML(graph, extra, out, edges);
}

}  // namespace dyad::exporters
