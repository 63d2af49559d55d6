#include <string>

#include "graph/cameo.h"
#include "graph/filter.h"

namespace dyad::graph {

Graph MergeOnRoots(const Graph& graph) {
  Graph merged;
  merged.info.dyad_version = graph.info.dyad_version;
  merged.info.rules_fingerprint = graph.info.rules_fingerprint;
  for (const DocumentInfo& d : graph.info.documents) merged.AddDocument(d);
  for (const Node* n : graph.Nodes()) merged.AddNode(*n);
  for (const Edge* e : graph.Edges()) {
    const std::string root = CameoRoot(e->cameo);
    const std::string name(CameoRootName(root));
    if (name.empty()) {
      merged.AddEdge(*e);
      continue;
    }
    // The edge's ends are already in a symmetric relation's order.
    const RelationInfo rel{e->symmetric ? name + "_MUTUAL" : name, root, e->quad_class, e->symmetric};
    Graph::EdgeRef ref;
    merged.EdgeFor(rel, e->source, e->target, &ref);
    for (const extract::Evidence& ev : e->evidence) merged.AddEvidence(ref, extract::Evidence(ev));
  }
  return merged;
}

}  // namespace dyad::graph
