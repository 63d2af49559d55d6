#include "graph/diff.h"

#include <algorithm>
#include <iterator>
#include <set>

namespace dyad::graph {
namespace {

EdgeState StateOf(const Edge& e) { return {e.cameo, e.quad_class, e.symmetric, e.weight(), e.first_seen, e.last_seen}; }

std::vector<std::string> ChangedNodeFields(const Node& a, const Node& b) {
  std::vector<std::string> changed;
  if (a.label != b.label) changed.push_back("label");
  if (a.type != b.type) changed.push_back("type");
  if (a.country != b.country) changed.push_back("country");
  if (a.role != b.role) changed.push_back("role");
  return changed;
}

// Records of `from` that `other` lacks; both lists are in canonical order.
std::vector<extract::Evidence> Missing(const std::vector<extract::Evidence>& from,
                                       const std::vector<extract::Evidence>& other) {
  std::vector<extract::Evidence> out;
  std::set_difference(from.begin(), from.end(), other.begin(), other.end(), std::back_inserter(out), EvidenceLess);
  return out;
}

void CompareEdges(const Edge& a, const Edge& b, EdgeDiff* d) {
  const EdgeState x = StateOf(a), y = StateOf(b);
  d->evidence_added = Missing(b.evidence, a.evidence);
  d->evidence_removed = Missing(a.evidence, b.evidence);
  const std::pair<const char*, bool> fields[] = {
      {"cameo", x.cameo != y.cameo},
      {"quad_class", x.quad_class != y.quad_class},
      {"symmetric", x.symmetric != y.symmetric},
      {"weight", x.weight != y.weight},
      {"first_seen", x.first_seen != y.first_seen},
      {"last_seen", x.last_seen != y.last_seen},
      {"evidence", !d->evidence_added.empty() || !d->evidence_removed.empty()},
  };
  for (const auto& [name, differs] : fields) {
    if (differs) d->changed.push_back(name);
  }
}

void DiffDocuments(const Graph& before, const Graph& after, GraphDiff* diff) {
  for (const DocumentInfo& d : after.info.documents) {
    if (!before.HasDocument(d.content_hash)) diff->documents_added.push_back(d);
  }
  for (const DocumentInfo& d : before.info.documents) {
    if (!after.HasDocument(d.content_hash)) diff->documents_removed.push_back(d);
  }
}

void DiffNodes(const Graph& before, const Graph& after, GraphDiff* diff) {
  std::set<std::string> ids;
  for (const Node* n : before.Nodes()) ids.insert(n->id);
  for (const Node* n : after.Nodes()) ids.insert(n->id);
  for (const std::string& id : ids) {
    const Node* a = before.FindNode(id);
    const Node* b = after.FindNode(id);
    NodeDiff d;
    d.id = id;
    if (a != nullptr) d.before = *a;
    if (b != nullptr) d.after = *b;
    if (a != nullptr && b != nullptr) d.changed = ChangedNodeFields(*a, *b);
    d.status = a == nullptr        ? DiffStatus::kAdded
               : b == nullptr      ? DiffStatus::kRemoved
               : d.changed.empty() ? DiffStatus::kUnchanged
                                   : DiffStatus::kChanged;
    if (d.status != DiffStatus::kUnchanged) diff->nodes.push_back(std::move(d));
  }
}

void DiffEdges(const Graph& before, const Graph& after, GraphDiff* diff) {
  std::set<EdgeKey> keys;
  for (const Edge* e : before.Edges()) keys.insert(KeyOf(*e));
  for (const Edge* e : after.Edges()) keys.insert(KeyOf(*e));
  for (const EdgeKey& key : keys) {
    const Edge* a = before.FindEdge(std::get<0>(key), std::get<1>(key), std::get<2>(key));
    const Edge* b = after.FindEdge(std::get<0>(key), std::get<1>(key), std::get<2>(key));
    EdgeDiff d;
    d.key = key;
    if (a != nullptr) d.before = StateOf(*a);
    if (b != nullptr) d.after = StateOf(*b);
    if (a == nullptr) d.evidence_added = b->evidence;
    if (b == nullptr) d.evidence_removed = a->evidence;
    if (a != nullptr && b != nullptr) CompareEdges(*a, *b, &d);
    d.status = a == nullptr        ? DiffStatus::kAdded
               : b == nullptr      ? DiffStatus::kRemoved
               : d.changed.empty() ? DiffStatus::kUnchanged
                                   : DiffStatus::kChanged;
    if (d.status != DiffStatus::kUnchanged) diff->edges.push_back(std::move(d));
  }
}

}  // namespace

const char* DiffStatusName(DiffStatus status) {
  switch (status) {
    case DiffStatus::kAdded: return "added";
    case DiffStatus::kRemoved: return "removed";
    case DiffStatus::kChanged: return "changed";
    case DiffStatus::kUnchanged: break;
  }
  return "unchanged";
}

EdgeKey KeyOf(const Edge& edge) { return EdgeKey(edge.source, edge.relation, edge.target); }

int GraphDiff::NodeCount(DiffStatus status) const {
  return static_cast<int>(
      std::count_if(nodes.begin(), nodes.end(), [&](const NodeDiff& d) { return d.status == status; }));
}

int GraphDiff::EdgeCount(DiffStatus status) const {
  return static_cast<int>(
      std::count_if(edges.begin(), edges.end(), [&](const EdgeDiff& d) { return d.status == status; }));
}

int GraphDiff::EvidenceAdded() const {
  int n = 0;
  for (const EdgeDiff& d : edges) n += static_cast<int>(d.evidence_added.size());
  return n;
}

int GraphDiff::EvidenceRemoved() const {
  int n = 0;
  for (const EdgeDiff& d : edges) n += static_cast<int>(d.evidence_removed.size());
  return n;
}

bool GraphDiff::empty() const {
  return documents_added.empty() && documents_removed.empty() && nodes.empty() && edges.empty();
}

GraphDiff DiffGraphs(const Graph& before, const Graph& after) {
  GraphDiff diff;
  DiffDocuments(before, after, &diff);
  DiffNodes(before, after, &diff);
  DiffEdges(before, after, &diff);
  return diff;
}

DiffStatus DiffMarks::OfNode(const std::string& id) const {
  auto it = nodes.find(id);
  return it == nodes.end() ? DiffStatus::kUnchanged : it->second;
}

DiffStatus DiffMarks::OfEdge(const Edge& edge) const {
  auto it = edges.find(KeyOf(edge));
  return it == edges.end() ? DiffStatus::kUnchanged : it->second;
}

void DiffUnion(const Graph& before, const Graph& after, const GraphDiff& diff, Graph* graph, DiffMarks* marks) {
  *graph = after;
  // Removed elements come back from `before`; everything else is after's version.
  for (const DocumentInfo& d : diff.documents_removed) graph->AddDocument(d);
  for (const NodeDiff& d : diff.nodes) {
    if (d.status == DiffStatus::kRemoved) graph->AddNode(*d.before);
    marks->nodes[d.id] = d.status;
  }
  for (const EdgeDiff& d : diff.edges) {
    if (d.status == DiffStatus::kRemoved) {
      graph->AddEdge(*before.FindEdge(std::get<0>(d.key), std::get<1>(d.key), std::get<2>(d.key)));
    }
    marks->edges[d.key] = d.status;
  }
}

}  // namespace dyad::graph
