#include "graph/filter.h"

#include <vector>

#include "graph/partial_date.h"

namespace dyad::graph {
namespace {

// The evidence of `edge` dated inside [first_day, last_day].
std::vector<extract::Evidence> InWindow(const Edge& edge, const std::string& first_day, const std::string& last_day) {
  std::vector<extract::Evidence> kept;
  for (const extract::Evidence& e : edge.evidence) {
    const std::string& date = e.Date();
    if (!IsPartialDate(date)) continue;  // undated (or malformed): cannot be placed in a window
    if (!first_day.empty() && LastDay(date) < first_day) continue;
    if (!last_day.empty() && FirstDay(date) > last_day) continue;
    kept.push_back(e);
  }
  return kept;
}

// Edges passing the time window, relation and weight filters, in canonical order.
std::vector<Edge> SelectEdges(const Graph& graph, const FilterOptions& options) {
  const bool windowed = !options.since.empty() || !options.until.empty();
  const std::string first_day = FirstDay(options.since);
  const std::string last_day = LastDay(options.until);
  std::vector<Edge> kept;
  for (const Edge* e : graph.Edges()) {
    if (!options.relations.empty() && options.relations.count(e->relation) == 0) continue;
    Edge copy = *e;
    if (windowed) {
      copy.evidence = InWindow(*e, first_day, last_day);
      if (copy.evidence.empty()) continue;
      // Graph::AddEdge recomputes the dates from the evidence that is left.
      copy.first_seen.clear();
      copy.last_seen.clear();
    }
    if (copy.weight() < options.min_weight) continue;
    kept.push_back(std::move(copy));
  }
  return kept;
}

// Keeps the edges among `around` and their neighbours (NetworkX's ego graph, radius 1).
std::vector<Edge> Neighbourhood(const std::vector<Edge>& edges, const std::set<std::string>& around) {
  std::set<std::string> nodes = around;
  for (const Edge& e : edges) {
    if (around.count(e.source)) nodes.insert(e.target);
    if (around.count(e.target)) nodes.insert(e.source);
  }
  std::vector<Edge> kept;
  for (const Edge& e : edges) {
    if (nodes.count(e.source) && nodes.count(e.target)) kept.push_back(e);
  }
  return kept;
}

bool CheckAround(const Graph& graph, const std::set<std::string>& around, std::string* error) {
  std::string missing;
  for (const std::string& id : around) {
    if (graph.FindNode(id) == nullptr) missing += (missing.empty() ? "'" : ", '") + id + "'";
  }
  if (missing.empty()) return true;
  *error = "--around: no node " + missing + " in the graph";
  return false;
}

}  // namespace

bool ParseLevel(const std::string& name, Level* level) {
  if (name == "actor") return *level = Level::kActor, true;
  if (name == "country") return *level = Level::kCountry, true;
  return false;
}

bool ParseMergeOn(const std::string& name, MergeOn* merge_on) {
  if (name == "relation") return *merge_on = MergeOn::kRelation, true;
  if (name == "root") return *merge_on = MergeOn::kRoot, true;
  return false;
}

bool FilterOptions::FiltersEdges() const {
  return !relations.empty() || !since.empty() || !until.empty() || min_weight > 0 || !around.empty();
}

bool FilterGraph(const Graph& graph, const FilterOptions& options, const std::map<std::string, Node>& countries,
                 Graph* out, std::string* error) {
  Graph base = options.level == Level::kCountry ? FoldToCountries(graph, countries) : graph;
  if (options.merge_on == MergeOn::kRoot) base = MergeOnRoots(base);
  if (!CheckAround(base, options.around, error)) return false;
  if (!options.FiltersEdges()) {
    *out = base;
    return true;
  }
  std::vector<Edge> edges = SelectEdges(base, options);
  if (!options.around.empty()) edges = Neighbourhood(edges, options.around);
  out->info.dyad_version = base.info.dyad_version;
  out->info.rules_fingerprint = base.info.rules_fingerprint;
  for (const DocumentInfo& d : base.info.documents) out->AddDocument(d);
  for (const Edge& e : edges) {
    out->AddNode(*base.FindNode(e.source));
    out->AddNode(*base.FindNode(e.target));
    out->AddEdge(e);
  }
  return true;
}

}  // namespace dyad::graph
