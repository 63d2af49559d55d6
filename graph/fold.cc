#include "graph/graph.h"

#include <algorithm>

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

// A record of an actor edge as it lands on its folded edge: the record's
// ends become the folded ends (before a symmetric relation's swap).
struct FoldedRecord {
  const extract::Evidence* evidence;
  const std::string* source;
  const std::string* target;
};

// The fields Graph compares records by (EvidenceKey in graph.cc), with the
// folded ends in place of the record's own.
auto FoldedKey(const FoldedRecord& r) {
  const extract::Evidence& e = *r.evidence;
  return std::tie(e.doc_id, e.sentence_index, e.cue_span.begin, e.cue_span.end, e.source_span.begin,
                  e.source_span.end, e.target_span.begin, e.target_span.end, *r.source, *r.target, e.relation,
                  e.rule);
}

}  // namespace

std::map<std::tuple<std::string, std::string, std::string>, int> FoldedWeights(const Graph& graph) {
  std::map<std::string, std::string> country_of;
  for (const Node* n : graph.Nodes()) country_of[n->id] = n->country.empty() ? n->id : n->country;
  // An actor edge's records are distinct already; those of several actor
  // edges folding into one edge may repeat each other and are compared.
  struct Part {
    const Edge* edge;
    const std::string* source;
    const std::string* target;
  };
  std::map<std::tuple<std::string, std::string, std::string>, std::vector<Part>> parts;
  for (const Edge* e : graph.Edges()) {
    const std::string& s = country_of[e->source];
    const std::string& t = country_of[e->target];
    if (s == t) continue;
    const bool swap = e->symmetric && t < s;
    parts[swap ? std::tie(t, e->relation, s) : std::tie(s, e->relation, t)].push_back({e, &s, &t});
  }
  std::map<std::tuple<std::string, std::string, std::string>, int> weights;
  const auto less = [](const FoldedRecord& a, const FoldedRecord& b) { return FoldedKey(a) < FoldedKey(b); };
  const auto same = [](const FoldedRecord& a, const FoldedRecord& b) { return FoldedKey(a) == FoldedKey(b); };
  for (const auto& [key, edges] : parts) {
    if (edges.size() == 1) {
      weights.emplace(key, edges[0].edge->weight());
      continue;
    }
    std::vector<FoldedRecord> records;
    for (const Part& part : edges) {
      for (const extract::Evidence& ev : part.edge->evidence) records.push_back({&ev, part.source, part.target});
    }
    std::sort(records.begin(), records.end(), less);
    records.erase(std::unique(records.begin(), records.end(), same), records.end());
    weights.emplace(key, static_cast<int>(records.size()));
  }
  return weights;
}

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
