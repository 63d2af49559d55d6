#pragma once
// Joining graphs built from different article sets (on different machines,
// or one saved graph and new articles).
#include <string>
#include <vector>

#include "graph/graph.h"

namespace dyad::graph {

// Joins `graphs` into *out (normally empty) so that the result depends
// neither on their order nor on their grouping: merging parts in any order,
// in one step or several, gives the same graph. Where inputs disagree a
// fixed rule picks the value, never the order: a node id or edge key with
// different fields takes the greatest (label, type, country, role) or
// (cameo, quad_class, symmetric); two documents with one content hash keep
// the one whose source path sorts first (as `dyad build` reads them), and
// the evidence of the other is left out, as a build would skip it; evidence
// records with one identity but different text keep the smallest.
// dyad_version is set to `dyad_version`, rules_fingerprint to
// MergeFingerprints of the inputs'.
void MergeGraphs(const std::vector<const Graph*>& graphs, const std::string& dyad_version, Graph* out);

// The distinct fingerprints among `fingerprints` (each itself possibly a
// comma-separated list), sorted and joined by commas: "a1d6...,b2c3..." for
// a graph whose evidence comes from two rule packs. Empty ones are ignored.
std::string MergeFingerprints(const std::vector<std::string>& fingerprints);

}  // namespace dyad::graph
