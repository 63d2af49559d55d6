#pragma once
// The merged relation graph: one node per actor, one edge per
// (source, relation, target), each edge holding all its evidence.
#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "extract/evidence.h"

namespace dyad::graph {

struct Node {
  std::string id;       // entity id ("PER", "CHN.XI_JINPING")
  std::string label;
  std::string type;     // "country", "person", ...
  std::string country;  // ISO alpha-3 or ""
  std::string role;
};

struct Edge {
  std::string source;  // node ids; for symmetric relations source < target
  std::string target;
  std::string relation;
  std::string cameo;
  int quad_class = 0;
  bool symmetric = false;
  std::vector<extract::Evidence> evidence;  // distinct, in canonical order
  std::string first_seen;  // earliest evidence date ("" if none is dated)
  std::string last_seen;

  int weight() const { return static_cast<int>(evidence.size()); }
};

// A document the graph was built from. Its id, title, URL and date are the
// texts its evidence records share, not copies of them.
struct DocumentInfo {
  extract::SharedText id;
  extract::SharedText title;
  extract::SharedText url;
  extract::SharedText date;
  std::string lang;
  std::string content_hash;
  std::string source;
};

struct GraphInfo {
  std::string dyad_version;
  std::string rules_fingerprint;
  std::vector<DocumentInfo> documents;  // sorted by (id, content_hash)
};

// What an edge's relation is, as the rule pack says.
struct RelationInfo {
  std::string id;
  std::string cameo;
  int quad_class = 0;
  bool symmetric = false;
};

class Graph {
 public:
  using Adjacency = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Node, Edge>;
  using Vertex = Adjacency::vertex_descriptor;
  using EdgeRef = Adjacency::edge_descriptor;

  // Edge descriptors point into the adjacency list that made them, so a copy
  // rebuilds its indexes rather than sharing the source's.
  Graph() = default;
  Graph(const Graph& other);
  Graph& operator=(const Graph& other);
  Graph(Graph&& other) : Graph(static_cast<const Graph&>(other)) {}
  Graph& operator=(Graph&& other) { return *this = static_cast<const Graph&>(other); }

  // Adds the node if its id is new; otherwise keeps the existing one.
  Vertex AddNode(const Node& node);

  // Adds one evidence record to the edge (source, relation, target), creating
  // the edge if needed. Symmetric relations are stored with source < target.
  // Evidence identical to a record already on the edge is not added twice.
  // Returns false (and changes nothing) if either node is missing.
  bool AddEvidence(const RelationInfo& relation, const extract::Evidence& evidence);
  // The same, taking the record over rather than copying it.
  bool AddEvidence(const RelationInfo& relation, extract::Evidence&& evidence);

  // The edge a record of `relation` from source to target belongs to (a
  // symmetric relation's ends put in order), made if new; false, and nothing
  // made, if either node is missing. With the next call, for callers that
  // add many records to an edge they have looked up once.
  bool EdgeFor(const RelationInfo& relation, const std::string& source, const std::string& target, EdgeRef* edge);
  // Adds a record to an edge EdgeFor gave, as AddEvidence does; the record's
  // relation and ends must be the edge's.
  void AddEvidence(EdgeRef edge, extract::Evidence&& evidence);

  // Adds a whole edge (as read back from a file), merging its evidence.
  bool AddEdge(const Edge& edge);

  // Adds another graph's nodes, edges, evidence and documents.
  void Merge(const Graph& other);

  const Node* FindNode(const std::string& id) const;
  const Edge* FindEdge(const std::string& source, const std::string& relation,
                       const std::string& target) const;

  // Nodes sorted by id; edges sorted by (source, relation, target).
  std::vector<const Node*> Nodes() const;
  std::vector<const Edge*> Edges() const;

  std::size_t node_count() const { return boost::num_vertices(adjacency_); }
  std::size_t edge_count() const { return boost::num_edges(adjacency_); }

  const Adjacency& adjacency() const {
    SortEvidence();
    return adjacency_;
  }

  GraphInfo info;  // documents are added with AddDocument, not directly

  // Puts every edge's evidence in canonical order (repeats dropped) now, on
  // up to `threads` threads, rather than on the next read, on one.
  void SortEvidence(int threads) const;

  // Records a document; returns false if one with the same content hash is present.
  bool AddDocument(const DocumentInfo& doc);
  bool AddDocument(DocumentInfo&& doc);
  bool HasDocument(const std::string& content_hash) const;
  // Gives the document with id `from` and all its evidence the id `to`.
  // Walks every edge: for the rare article whose id another text shares.
  void RenameDocument(const std::string& from, const std::string& to);

 private:
  using EdgeKey = std::tuple<std::string, std::string, std::string>;  // source, relation, target
  void RebuildIndexes();
  // The stored edge (source, relation, target), made by make() if new;
  // false if either node is missing.
  template <typename MakeEdge>
  bool FindOrAddEdge(const std::string& source, const std::string& relation, const std::string& target,
                     MakeEdge make, EdgeRef* edge);
  // Evidence is appended as it comes and put in canonical order (repeats
  // dropped) on the next read: the order is part of what readers see, but
  // sorted insertion would be quadratic on an edge with many records.
  void SortEvidence() const { SortEvidence(1); }
  mutable Adjacency adjacency_;
  mutable bool evidence_unsorted_ = false;
  std::map<std::string, Vertex, std::less<>> vertex_by_id_;
  // std::less<>: found by a tuple of references, without copying the strings.
  std::map<EdgeKey, EdgeRef, std::less<>> edge_by_key_;
  // The documents' content hashes, for AddDocument and HasDocument: open
  // addressing on each text's std::hash, the texts beside. A lookup of a
  // new hash reads one slot, where a node-based set read a bucket, a node
  // and a string, each a cache miss, once per article of a build.
  class TextSet {
   public:
    bool Insert(const std::string& text);  // false if already present
    bool Contains(const std::string& text) const;
    void Clear();

   private:
    struct Slot {
      std::size_t hash = 0;
      std::uint32_t index = 0;  // 1 + the text's index in texts_; 0: empty
    };
    // The slot holding text, or the empty slot where it would go.
    std::size_t Find(const std::string& text, std::size_t hash) const;
    std::vector<Slot> slots_;  // a power of two in size, at most half full
    std::vector<std::string> texts_;
  };
  TextSet document_hashes_;
};

// True if a sorts before b in the canonical evidence order
// (document, sentence, cue, source, target offsets).
bool EvidenceLess(const extract::Evidence& a, const extract::Evidence& b);

// Folds every actor into its country (actors without one stay themselves),
// keeping all evidence: the CAMEO-style country-level view. A country node
// missing from the graph is taken from `countries` (else labelled by its id).
// Edges that fold into a self-loop (a Chinese delegation meeting a Chinese
// ministry) are dropped.
Graph FoldToCountries(const Graph& graph, const std::map<std::string, Node>& countries = {});

// The edges FoldToCountries(graph) makes, as (source, relation, target), each
// with its weight, counted without copying any evidence: for summaries.
std::map<std::tuple<std::string, std::string, std::string>, int> FoldedWeights(const Graph& graph);

}  // namespace dyad::graph
