#include "graph/graph.h"

#include <algorithm>
#include <atomic>
#include <thread>

#include <boost/range/iterator_range.hpp>

namespace dyad::graph {
namespace {

auto EvidenceKey(const extract::Evidence& e) {
  return std::tie(e.doc_id, e.sentence_index, e.cue_span.begin, e.cue_span.end, e.source_span.begin,
                  e.source_span.end, e.target_span.begin, e.target_span.end, e.source, e.target,
                  e.relation, e.rule);
}

bool SameEvidence(const extract::Evidence& a, const extract::Evidence& b) {
  return EvidenceKey(a) == EvidenceKey(b);
}

// Sorts an edge's evidence into canonical order and drops repeated records.
void Canonicalize(std::vector<extract::Evidence>* list) {
  // A build appends records in document order: nearly always sorted and
  // distinct already, which one pass over the list finds.
  bool sorted = true;
  bool distinct = true;
  for (std::size_t i = 1; i < list->size() && sorted; ++i) {
    const extract::Evidence& a = (*list)[i - 1];
    const extract::Evidence& b = (*list)[i];
    if (EvidenceLess(a, b)) continue;
    if (SameEvidence(a, b)) {
      distinct = false;
    } else {
      sorted = false;
    }
  }
  if (!sorted) std::sort(list->begin(), list->end(), EvidenceLess);
  if (!sorted || !distinct) list->erase(std::unique(list->begin(), list->end(), SameEvidence), list->end());
}

void UpdateSeen(Edge* edge, const std::string& date) {
  if (date.empty()) return;
  if (edge->first_seen.empty() || date < edge->first_seen) edge->first_seen = date;
  if (edge->last_seen.empty() || date > edge->last_seen) edge->last_seen = date;
}

}  // namespace

bool EvidenceLess(const extract::Evidence& a, const extract::Evidence& b) {
  return EvidenceKey(a) < EvidenceKey(b);
}

Graph::Graph(const Graph& other) : info(other.info), adjacency_((other.SortEvidence(), other.adjacency_)) {
  RebuildIndexes();
}

Graph& Graph::operator=(const Graph& other) {
  if (this != &other) {
    other.SortEvidence();
    info = other.info;
    adjacency_ = other.adjacency_;
    evidence_unsorted_ = false;
    RebuildIndexes();
  }
  return *this;
}

void Graph::RebuildIndexes() {
  vertex_by_id_.clear();
  edge_by_key_.clear();
  document_hashes_.Clear();
  for (Vertex v : boost::make_iterator_range(boost::vertices(adjacency_))) vertex_by_id_[adjacency_[v].id] = v;
  for (EdgeRef e : boost::make_iterator_range(boost::edges(adjacency_))) {
    const Edge& p = adjacency_[e];
    edge_by_key_[EdgeKey(p.source, p.relation, p.target)] = e;
  }
  for (const DocumentInfo& d : info.documents) document_hashes_.Insert(d.content_hash);
}

Graph::Vertex Graph::AddNode(const Node& node) {
  auto it = vertex_by_id_.find(node.id);
  if (it != vertex_by_id_.end()) return it->second;
  Vertex v = boost::add_vertex(node, adjacency_);
  vertex_by_id_.emplace(node.id, v);
  return v;
}

const Node* Graph::FindNode(const std::string& id) const {
  auto it = vertex_by_id_.find(id);
  return it == vertex_by_id_.end() ? nullptr : &adjacency_[it->second];
}

void Graph::SortEvidence(int threads) const {
  if (!evidence_unsorted_) return;
  std::vector<std::vector<extract::Evidence>*> lists;
  lists.reserve(boost::num_edges(adjacency_));
  for (EdgeRef e : boost::make_iterator_range(boost::edges(adjacency_))) lists.push_back(&adjacency_[e].evidence);
  // Edges are independent: each list is sorted by one thread.
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < lists.size();) Canonicalize(lists[i]);
  };
  const std::size_t helpers = std::min<std::size_t>(threads > 1 ? threads - 1 : 0, lists.size() / 64);
  std::vector<std::thread> pool;
  for (std::size_t t = 0; t < helpers; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  evidence_unsorted_ = false;
}

const Edge* Graph::FindEdge(const std::string& source, const std::string& relation,
                            const std::string& target) const {
  SortEvidence();
  auto it = edge_by_key_.find(EdgeKey(source, relation, target));
  return it == edge_by_key_.end() ? nullptr : &adjacency_[it->second];
}

template <typename MakeEdge>
bool Graph::FindOrAddEdge(const std::string& source, const std::string& relation, const std::string& target,
                          MakeEdge make, EdgeRef* edge) {
  auto it = edge_by_key_.find(std::tie(source, relation, target));
  if (it != edge_by_key_.end()) return *edge = it->second, true;
  auto s = vertex_by_id_.find(source);
  auto t = vertex_by_id_.find(target);
  if (s == vertex_by_id_.end() || t == vertex_by_id_.end()) return false;
  *edge = boost::add_edge(s->second, t->second, make(), adjacency_).first;
  edge_by_key_.emplace(EdgeKey(source, relation, target), *edge);
  return true;
}

bool Graph::AddEdge(const Edge& edge) {
  EdgeRef ref;
  const auto fresh = [&] {
    Edge copy = edge;
    copy.evidence.clear();
    copy.first_seen.clear();
    copy.last_seen.clear();
    return copy;
  };
  if (!FindOrAddEdge(edge.source, edge.relation, edge.target, fresh, &ref)) return false;
  Edge& stored = adjacency_[ref];
  // Appended now, put in order (and repeats dropped) when next read: sorted
  // insertion would be quadratic on an edge with millions of records.
  evidence_unsorted_ = evidence_unsorted_ || !edge.evidence.empty();
  for (const extract::Evidence& e : edge.evidence) {
    stored.evidence.push_back(e);
    UpdateSeen(&stored, e.Date());
  }
  // An edge read back from a file may carry dates with no dated evidence kept.
  UpdateSeen(&stored, edge.first_seen);
  UpdateSeen(&stored, edge.last_seen);
  return true;
}

bool Graph::AddEvidence(const RelationInfo& relation, const extract::Evidence& evidence) {
  return AddEvidence(relation, extract::Evidence(evidence));
}

bool Graph::AddEvidence(const RelationInfo& relation, extract::Evidence&& evidence) {
  // As AddEdge with a one-record edge, without building that edge.
  EdgeRef edge;
  if (!EdgeFor(relation, evidence.source, evidence.target, &edge)) return false;
  AddEvidence(edge, std::move(evidence));
  return true;
}

bool Graph::EdgeFor(const RelationInfo& relation, const std::string& source, const std::string& target,
                    EdgeRef* edge) {
  const bool swap = relation.symmetric && target < source;
  const std::string& from = swap ? target : source;
  const std::string& to = swap ? source : target;
  const auto fresh = [&] {
    Edge e;
    e.source = from;
    e.target = to;
    e.relation = relation.id;
    e.cameo = relation.cameo;
    e.quad_class = relation.quad_class;
    e.symmetric = relation.symmetric;
    return e;
  };
  return FindOrAddEdge(from, relation.id, to, fresh, edge);
}

void Graph::AddEvidence(EdgeRef edge, extract::Evidence&& evidence) {
  Edge& stored = adjacency_[edge];
  evidence_unsorted_ = true;
  UpdateSeen(&stored, evidence.Date());
  stored.evidence.push_back(std::move(evidence));
}

void Graph::Merge(const Graph& other) {
  for (const Node* n : other.Nodes()) AddNode(*n);
  for (const Edge* e : other.Edges()) AddEdge(*e);
  for (const DocumentInfo& d : other.info.documents) AddDocument(d);
}

std::vector<const Node*> Graph::Nodes() const {
  std::vector<const Node*> out;
  out.reserve(vertex_by_id_.size());
  for (const auto& [id, v] : vertex_by_id_) out.push_back(&adjacency_[v]);
  return out;
}

std::vector<const Edge*> Graph::Edges() const {
  SortEvidence();
  std::vector<const Edge*> out;
  out.reserve(edge_by_key_.size());
  for (const auto& [key, e] : edge_by_key_) out.push_back(&adjacency_[e]);
  return out;
}

bool Graph::AddDocument(const DocumentInfo& doc) { return AddDocument(DocumentInfo(doc)); }

bool Graph::AddDocument(DocumentInfo&& doc) {
  if (!document_hashes_.Insert(doc.content_hash)) return false;
  auto less = [](const DocumentInfo& a, const DocumentInfo& b) {
    return std::tie(a.id, a.content_hash) < std::tie(b.id, b.content_hash);
  };
  auto& docs = info.documents;
  // Documents mostly come in order: try the end first.
  auto at = docs.empty() || !less(doc, docs.back()) ? docs.end() : std::upper_bound(docs.begin(), docs.end(), doc, less);
  docs.insert(at, std::move(doc));
  return true;
}

bool Graph::HasDocument(const std::string& content_hash) const {
  return document_hashes_.Contains(content_hash);
}

void Graph::RenameDocument(const std::string& from, const std::string& to) {
  const extract::SharedText renamed(to);
  for (DocumentInfo& d : info.documents) {
    if (d.id == from) d.id = renamed;
  }
  std::sort(info.documents.begin(), info.documents.end(), [](const DocumentInfo& a, const DocumentInfo& b) {
    return std::tie(a.id, a.content_hash) < std::tie(b.id, b.content_hash);
  });
  for (auto e : boost::make_iterator_range(boost::edges(adjacency_))) {
    for (extract::Evidence& ev : adjacency_[e].evidence) {
      if (ev.doc_id == from) {
        ev.doc_id = renamed;
        evidence_unsorted_ = true;
      }
    }
  }
}

std::size_t Graph::TextSet::Find(const std::string& text, std::size_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.index == 0 || (slot.hash == hash && texts_[slot.index - 1] == text)) return i;
  }
}

bool Graph::TextSet::Contains(const std::string& text) const {
  if (slots_.empty()) return false;
  return slots_[Find(text, std::hash<std::string>()(text))].index != 0;
}

bool Graph::TextSet::Insert(const std::string& text) {
  const std::size_t hash = std::hash<std::string>()(text);
  if (2 * (texts_.size() + 1) > slots_.size()) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<std::size_t>(64, 2 * old.size()), Slot{});
    for (const Slot& slot : old) {
      if (slot.index != 0) slots_[Find(texts_[slot.index - 1], slot.hash)] = slot;
    }
  }
  Slot& slot = slots_[Find(text, hash)];
  if (slot.index != 0) return false;
  texts_.push_back(text);
  slot = Slot{hash, static_cast<std::uint32_t>(texts_.size())};
  return true;
}

void Graph::TextSet::Clear() {
  slots_.clear();
  texts_.clear();
}

}  // namespace dyad::graph
