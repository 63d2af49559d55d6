#pragma once
// The views of a graph that Gephi users ask for: country level, a time
// window, some relations, strong edges only, the neighbourhood of a few actors.
#include <map>
#include <set>
#include <string>

#include "graph/graph.h"

namespace dyad::graph {

enum class Level {
  kActor,    // every actor is a node (the default)
  kCountry,  // actors folded into their country, CAMEO style (FoldToCountries)
};

// "actor" or "country".
bool ParseLevel(const std::string& name, Level* level);

// What edges of one dyad merge on.
enum class MergeOn {
  kRelation,  // one edge per relation of the rule pack (in the default pack, per CAMEO code)
  kRoot,      // one edge per CAMEO root (MergeOnRoots)
};

// "relation" or "root".
bool ParseMergeOn(const std::string& name, MergeOn* merge_on);

// Merges the edges of each dyad whose relations share a CAMEO root into one
// edge named after the root ("CONSULT", cameo "04"), keeping every record
// (each still names its own relation). Symmetric relations merge apart, into
// "CONSULT_MUTUAL": a directed visit and a meeting of the same pair stay two
// edges, as direction is part of what an edge says. An edge whose relation
// has no CAMEO code is kept as it is.
Graph MergeOnRoots(const Graph& graph);

// The host of a url, lowercased, without "www.": "https://www.Reuters.com/x" -> "reuters.com"; "" if none.
std::string UrlHost(const std::string& url);

struct FilterOptions {
  Level level = Level::kActor;
  MergeOn merge_on = MergeOn::kRelation;
  std::set<std::string> relations;  // keep only these relations; empty keeps all
  std::string since;                // keep evidence on or after this partial date; "" for no limit
  std::string until;                // keep evidence on or before this partial date; "" for no limit
  int min_weight = 0;               // keep edges with at least this much (kept) evidence
  std::set<std::string> around;     // keep these nodes, their neighbours and the edges among them
  std::set<int> quad_classes;       // keep edges of these quad classes (1-4); empty keeps all
  std::set<std::string> roots;      // keep edges whose CAMEO code starts with one of these roots ("04")
  std::set<std::string> pair;       // two countries: keep edges between their actors, either way
  std::set<std::string> outlets;    // keep evidence from these url hosts ("reuters.com" has "www.reuters.com")
  std::set<std::string> languages;  // keep evidence from articles in these languages ("en")

  // True if any option beyond the level removes edges.
  bool FiltersEdges() const;
};

// Writes the view of `graph` that `options` select into *out (normally
// empty), in this order: fold to countries (missing country nodes come from
// `countries`); merge on roots (then `relations` names roots: CONSULT,
// CONSULT_MUTUAL); keep evidence inside [since, until] (a partial date counts if
// any day of it is inside; undated evidence is left out once a window is
// set), from the listed outlets and in the listed languages, and drop
// edges left without any; keep the listed relations, quad classes and CAMEO
// roots and the edges between the two countries of `pair`; keep
// edges whose weight reaches min_weight; keep the neighbourhood of `around`.
// When edges are filtered, nodes left without an edge are dropped too.
// Documents and graph info are kept. Fails, changing nothing, when an
// `around` id is not a node of the (folded) graph.
bool FilterGraph(const Graph& graph, const FilterOptions& options, const std::map<std::string, Node>& countries,
                 Graph* out, std::string* error);

}  // namespace dyad::graph
