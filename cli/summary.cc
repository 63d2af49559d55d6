#include "cli/summary.h"

#include <algorithm>
#include <iomanip>
#include <map>

namespace dyad::cli {
namespace {

std::string Counts(const std::map<std::string, int>& counts) {
  std::vector<std::pair<std::string, int>> list(counts.begin(), counts.end());
  std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::string out;
  for (const auto& [name, n] : list) out += (out.empty() ? "" : ", ") + name + " " + std::to_string(n);
  return out;
}

struct Dyad {
  std::string a, b;
  int weight = 0;
  std::map<std::string, int> relations;
};

void PrintDyads(const graph::Graph& graph, std::ostream& out) {
  std::map<std::pair<std::string, std::string>, Dyad> dyads;
  for (const auto& [edge, weight] : graph::FoldedWeights(graph)) {
    const auto& [source, relation, target] = edge;
    auto key = std::minmax(source, target);
    Dyad& d = dyads[{key.first, key.second}];
    d.a = key.first;
    d.b = key.second;
    d.weight += weight;
    d.relations[relation] += weight;
  }
  std::vector<Dyad> list;
  for (auto& [key, d] : dyads) list.push_back(d);
  std::stable_sort(list.begin(), list.end(), [](const Dyad& x, const Dyad& y) { return x.weight > y.weight; });
  out << "strongest dyads (country level, evidence count):\n";
  if (list.empty()) out << "  (none)\n";
  for (std::size_t i = 0; i < list.size() && i < 8; ++i) {
    out << "  " << list[i].a << " - " << list[i].b << std::setw(5) << list[i].weight << "  "
        << Counts(list[i].relations) << "\n";
  }
}

void PrintSkipped(const std::vector<extract::Skipped>& skipped, std::ostream& out) {
  for (std::size_t i = 0; i < skipped.size() && i < kMaxSkippedListed; ++i) {
    out << "  skipped " << skipped[i].source << ": " << skipped[i].reason << "\n";
  }
  if (skipped.size() > kMaxSkippedListed) out << "  ... and " << skipped.size() - kMaxSkippedListed << " more\n";
}

}  // namespace

void PrintSummary(const graph::Graph& graph, const RunCounts& counts, std::ostream& out) {
  out << "documents: " << counts.documents_read << " read, " << counts.documents_skipped << " skipped\n";
  PrintSkipped(counts.skipped, out);
  out << "evidence: " << counts.evidence_asserted << " asserted, " << counts.evidence_not_asserted
      << " negated/hedged/denied (not in the graph)\n";
  std::map<std::string, int> types, relations;
  for (const graph::Node* n : graph.Nodes()) ++types[n->type];
  for (const graph::Edge* e : graph.Edges()) ++relations[e->relation];
  out << "nodes: " << graph.node_count() << (types.empty() ? "" : " (" + Counts(types) + ")") << "\n";
  out << "edges: " << graph.edge_count() << (relations.empty() ? "" : " (" + Counts(relations) + ")") << "\n";
  PrintDyads(graph, out);
}

}  // namespace dyad::cli
