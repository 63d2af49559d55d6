#include "graph/filter.h"

#include <map>
#include <vector>

#include "graph/partial_date.h"

namespace dyad::graph {
namespace {

// Which evidence records the options keep: dated inside the window, from
// the outlets, in the languages.
class EvidenceFilter {
 public:
  EvidenceFilter(const Graph& graph, const FilterOptions& options)
      : options_(options), first_day_(FirstDay(options.since)), last_day_(LastDay(options.until)) {
    for (const DocumentInfo& d : graph.info.documents) lang_[d.id] = d.lang;
  }
  bool Active() const {
    return !options_.since.empty() || !options_.until.empty() || !options_.outlets.empty() ||
           !options_.languages.empty();
  }
  bool Keeps(const extract::Evidence& e) const {
    if (!options_.since.empty() || !options_.until.empty()) {
      const std::string& date = e.Date();
      if (!IsPartialDate(date)) return false;  // undated (or malformed): cannot be placed in a window
      if (!first_day_.empty() && LastDay(date) < first_day_) return false;
      if (!last_day_.empty() && FirstDay(date) > last_day_) return false;
    }
    if (!options_.outlets.empty() && !FromOutlet(UrlHost(e.doc_url))) return false;
    if (!options_.languages.empty()) {
      auto it = lang_.find(e.doc_id);
      if (it == lang_.end() || options_.languages.count(it->second) == 0) return false;
    }
    return true;
  }

 private:
  bool FromOutlet(const std::string& host) const {
    for (const std::string& outlet : options_.outlets) {
      if (host == outlet || (host.size() > outlet.size() && host.compare(host.size() - outlet.size() - 1,
                                                                        outlet.size() + 1, "." + outlet) == 0)) {
        return true;
      }
    }
    return false;
  }

  const FilterOptions& options_;
  std::string first_day_, last_day_;
  std::map<std::string, std::string> lang_;  // document id -> language
};

// The country of a node id: the node's own, or the id at country level.
std::string CountryOf(const Graph& graph, const std::string& id) {
  const Node* node = graph.FindNode(id);
  return node == nullptr || node->country.empty() ? id : node->country;
}

bool KeepsEdgeKind(const Graph& graph, const Edge& e, const FilterOptions& options) {
  if (!options.relations.empty() && options.relations.count(e.relation) == 0) return false;
  if (!options.quad_classes.empty() && options.quad_classes.count(e.quad_class) == 0) return false;
  if (!options.roots.empty() && options.roots.count(e.cameo.substr(0, 2)) == 0) return false;
  if (!options.pair.empty()) {
    const std::set<std::string> countries = {CountryOf(graph, e.source), CountryOf(graph, e.target)};
    if (countries != options.pair) return false;
  }
  return true;
}

// Edges passing the evidence, kind and weight filters, in canonical order.
std::vector<Edge> SelectEdges(const Graph& graph, const FilterOptions& options) {
  const EvidenceFilter filter(graph, options);
  std::vector<Edge> kept;
  for (const Edge* e : graph.Edges()) {
    if (!KeepsEdgeKind(graph, *e, options)) continue;
    Edge copy = *e;
    if (filter.Active()) {
      copy.evidence.clear();
      for (const extract::Evidence& ev : e->evidence) {
        if (filter.Keeps(ev)) copy.evidence.push_back(ev);
      }
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

std::string UrlHost(const std::string& url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string::npos) return "";
  const std::size_t begin = scheme + 3;
  std::string host = url.substr(begin, url.find_first_of("/:?#", begin) - begin);
  for (char& c : host) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return host.rfind("www.", 0) == 0 ? host.substr(4) : host;
}

bool FilterOptions::FiltersEdges() const {
  return !relations.empty() || !since.empty() || !until.empty() || min_weight > 0 || !around.empty() ||
         !quad_classes.empty() || !roots.empty() || !pair.empty() || !outlets.empty() || !languages.empty();
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
