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
  if (list.size() > 8) list.resize(8);
  // Columns as wide as their widest entry, so that large counts stay aligned.
  std::size_t name_width = 0, weight_width = 0;
  for (const Dyad& d : list) {
    name_width = std::max(name_width, d.a.size() + 3 + d.b.size());
    weight_width = std::max(weight_width, std::to_string(d.weight).size());
  }
  for (const Dyad& d : list) {
    out << "  " << std::left << std::setw(static_cast<int>(name_width)) << d.a + " - " + d.b << std::right << "  "
        << std::setw(static_cast<int>(weight_width)) << d.weight << "  " << Counts(d.relations) << "\n";
  }
}

void PrintSkipped(const std::vector<extract::Skipped>& skipped, std::ostream& out) {
  for (std::size_t i = 0; i < skipped.size() && i < kMaxSkippedListed; ++i) {
    out << "  skipped " << skipped[i].source << ": " << skipped[i].reason << "\n";
  }
  if (skipped.size() > kMaxSkippedListed) out << "  ... and " << skipped.size() - kMaxSkippedListed << " more\n";
}

void PrintCounts(const RunCounts& counts, std::ostream& out) {
  out << "documents: " << counts.documents_read << " read, " << counts.documents_skipped << " skipped\n";
  PrintSkipped(counts.skipped, out);
  out << "evidence: " << counts.evidence_asserted << " asserted, " << counts.evidence_not_asserted
      << " negated/hedged/denied (not in the graph)\n";
}

struct Change {
  std::string edge;  // "SOURCE RELATION TARGET"
  int before = 0;
  int after = 0;
};

// The listed changes, largest gain first, the edge column as wide as its longest entry.
void PrintChanges(const char* title, std::vector<Change> changes, std::ostream& out) {
  out << title << ": " << changes.size() << "\n";
  const std::size_t more = changes.size() > kMaxChangesListed ? changes.size() - kMaxChangesListed : 0;
  std::stable_sort(changes.begin(), changes.end(),
                   [](const Change& x, const Change& y) { return x.after - x.before > y.after - y.before; });
  if (changes.size() > kMaxChangesListed) changes.resize(kMaxChangesListed);
  std::size_t width = 0;
  for (const Change& c : changes) width = std::max(width, c.edge.size());
  for (const Change& c : changes) {
    out << "  " << std::left << std::setw(static_cast<int>(width)) << c.edge << std::right << "  ";
    if (c.before > 0) out << c.before << " -> ";
    out << c.after << "\n";
  }
  if (more > 0) out << "  ... and " << more << " more\n";
}

}  // namespace

void PrintUpdateSummary(const graph::Graph& before, const graph::Graph& after, const RunCounts& counts,
                        std::ostream& out) {
  PrintCounts(counts, out);
  std::string new_nodes;
  int new_node_count = 0;
  for (const graph::Node* n : after.Nodes()) {
    if (before.FindNode(n->id) != nullptr) continue;
    if (++new_node_count <= static_cast<int>(kMaxChangesListed)) new_nodes += " " + n->id;
  }
  const int more = new_node_count - static_cast<int>(kMaxChangesListed);
  out << "new nodes: " << new_node_count << (new_node_count ? ":" + new_nodes : "")
      << (more > 0 ? " and " + std::to_string(more) + " more" : "") << "\n";
  std::vector<Change> added, stronger;
  for (const graph::Edge* e : after.Edges()) {
    const graph::Edge* old = before.FindEdge(e->source, e->relation, e->target);
    Change c{e->source + " " + e->relation + " " + e->target, old ? old->weight() : 0, e->weight()};
    if (old == nullptr) added.push_back(c);
    if (old != nullptr && c.after > c.before) stronger.push_back(c);
  }
  PrintChanges("new edges", added, out);
  PrintChanges("strengthened edges", stronger, out);
  out << "graph: " << after.node_count() << " nodes, " << after.edge_count() << " edges\n";
}

void PrintSummary(const graph::Graph& graph, const RunCounts& counts, std::ostream& out) {
  PrintCounts(counts, out);
  std::map<std::string, int> types, relations;
  for (const graph::Node* n : graph.Nodes()) ++types[n->type];
  for (const graph::Edge* e : graph.Edges()) ++relations[e->relation];
  out << "nodes: " << graph.node_count() << (types.empty() ? "" : " (" + Counts(types) + ")") << "\n";
  out << "edges: " << graph.edge_count() << (relations.empty() ? "" : " (" + Counts(relations) + ")") << "\n";
  PrintDyads(graph, out);
}

}  // namespace dyad::cli
