#include "graph/graph.h"

namespace dyad::graph {
namespace {

// The country node an actor folds into.
Node CountryNode(const Graph& graph, const Node& actor, const std::map<std::string, Node>& countries) {
  if (actor.country.empty() || actor.country == actor.id) return actor;
  if (const Node* n = graph.FindNode(actor.country)) return *n;
  auto it = countries.find(actor.country);
  if (it != countries.end()) return it->second;
  Node n;
  n.id = n.label = n.country = actor.country;
  n.type = "country";
  return n;
}

}  // namespace

Graph FoldToCountries(const Graph& graph, const std::map<std::string, Node>& countries) {
  Graph folded;
  folded.info.dyad_version = graph.info.dyad_version;
  folded.info.rules_fingerprint = graph.info.rules_fingerprint;
  for (const DocumentInfo& d : graph.info.documents) folded.AddDocument(d);
  std::map<std::string, std::string> country_of;
  for (const Node* n : graph.Nodes()) {
    Node c = CountryNode(graph, *n, countries);
    country_of[n->id] = c.id;
    folded.AddNode(c);
  }
  for (const Edge* e : graph.Edges()) {
    const std::string& s = country_of[e->source];
    const std::string& t = country_of[e->target];
    if (s == t) continue;
    RelationInfo rel{e->relation, e->cameo, e->quad_class, e->symmetric};
    for (const extract::Evidence& ev : e->evidence) {
      extract::Evidence copy = ev;
      // The edge joins the countries; the spans still point at the actors.
      copy.source = s;
      copy.target = t;
      folded.AddEvidence(rel, copy);
    }
  }
  return folded;
}

}  // namespace dyad::graph
