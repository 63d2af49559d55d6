#pragma once
// What changed between two graphs: documents, nodes, edges and evidence,
// in canonical order so that a diff is as stable as the graphs themselves.
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "graph/graph.h"

namespace dyad::graph {

enum class DiffStatus { kUnchanged, kAdded, kRemoved, kChanged };

// "unchanged", "added", "removed", "changed".
const char* DiffStatusName(DiffStatus status);

// An edge's identity: (source, relation, target).
using EdgeKey = std::tuple<std::string, std::string, std::string>;
EdgeKey KeyOf(const Edge& edge);

// An edge's own fields, without its evidence.
struct EdgeState {
  std::string cameo;
  int quad_class = 0;
  bool symmetric = false;
  int weight = 0;
  std::string first_seen;
  std::string last_seen;
};

struct NodeDiff {
  DiffStatus status = DiffStatus::kUnchanged;
  std::string id;
  std::optional<Node> before;        // absent for added nodes
  std::optional<Node> after;         // absent for removed nodes
  std::vector<std::string> changed;  // "label", "type", "country", "role": those that differ
};

struct EdgeDiff {
  DiffStatus status = DiffStatus::kUnchanged;
  EdgeKey key;
  std::optional<EdgeState> before;
  std::optional<EdgeState> after;
  // Fields that differ, in the order cameo, quad_class, symmetric, weight,
  // first_seen, last_seen, evidence ("evidence": records came or went).
  std::vector<std::string> changed;
  std::vector<extract::Evidence> evidence_added;    // canonical order
  std::vector<extract::Evidence> evidence_removed;  // canonical order
};

struct GraphDiff {
  std::vector<DocumentInfo> documents_added;  // by content hash; in (id, hash) order
  std::vector<DocumentInfo> documents_removed;
  std::vector<NodeDiff> nodes;  // added, removed and changed only; by id
  std::vector<EdgeDiff> edges;  // added, removed and changed only; by key

  int NodeCount(DiffStatus status) const;
  int EdgeCount(DiffStatus status) const;
  int EvidenceAdded() const;
  int EvidenceRemoved() const;
  bool empty() const;
};

// Compares two graphs. Nodes are matched by id, edges by key, documents and
// evidence records by their identity (content hash; EvidenceLess).
GraphDiff DiffGraphs(const Graph& before, const Graph& after);

// The status of every node and edge of a union graph; elements not listed are unchanged.
struct DiffMarks {
  std::map<std::string, DiffStatus> nodes;
  std::map<EdgeKey, DiffStatus> edges;

  DiffStatus OfNode(const std::string& id) const;
  DiffStatus OfEdge(const Edge& edge) const;
};

// Writes into *graph (normally empty) the union of both graphs, the `after`
// version of whatever both hold, and into *marks the status of each element,
// so that one file can show what was added, removed, changed or kept.
void DiffUnion(const Graph& before, const Graph& after, const GraphDiff& diff, Graph* graph, DiffMarks* marks);

}  // namespace dyad::graph
