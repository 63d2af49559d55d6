// MergeGraphs: Graph::Merge keeps the first value it sees, so it is order
// dependent when inputs disagree. Here every conflict is settled by a rule
// that is commutative and associative (a greatest or least element), and
// only the settled values reach the Graph.
#include "graph/merge.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "graph/document_ids.h"

namespace dyad::graph {
namespace {

using EdgeKey = std::tuple<std::string, std::string, std::string>;

auto NodeFields(const Node& n) { return std::tie(n.label, n.type, n.country, n.role); }
auto EdgeFields(const Edge& e) { return std::tie(e.cameo, e.quad_class, e.symmetric); }
auto DocumentOrder(const DocumentInfo& d) { return std::tie(d.source, d.id, d.title, d.url, d.date, d.lang); }

// Every field, for choosing between records EvidenceLess calls the same.
auto AllFields(const extract::Evidence& e) {
  return std::tie(e.doc_title, e.doc_url, e.doc_date, e.event_date, e.sentence, e.sentence_span.begin,
                  e.sentence_span.end, e.modality, e.modality_word);
}

bool EvidenceOrder(const extract::Evidence& a, const extract::Evidence& b) {
  if (EvidenceLess(a, b)) return true;
  if (EvidenceLess(b, a)) return false;
  return AllFields(a) < AllFields(b);
}

// Where each input's evidence goes: per graph, a document id to the id its
// records take in the result ("" for records of a text kept under another
// name, which a build would have skipped as a repeat).
using IdMaps = std::vector<std::map<std::string, std::string>>;

// The kept document per content hash, under its final id: texts that share
// an id all take ids qualified by their hashes, whatever graph each came from.
void SettleDocuments(const std::vector<const Graph*>& graphs, std::map<std::string, DocumentInfo>* kept,
                     IdMaps* ids) {
  for (const Graph* g : graphs) {
    for (const DocumentInfo& d : g->info.documents) {
      auto [it, fresh] = kept->emplace(d.content_hash, d);
      if (!fresh && DocumentOrder(d) < DocumentOrder(it->second)) it->second = d;
    }
  }
  std::map<std::string, int> texts_per_id;
  for (const auto& [hash, d] : *kept) ++texts_per_id[BaseDocumentId(d.id, hash)];
  std::map<std::string, std::string> final_id;  // per content hash
  for (auto& [hash, d] : *kept) {
    const std::string base = BaseDocumentId(d.id, hash);
    final_id[hash] = texts_per_id[base] > 1 ? QualifiedDocumentId(base, hash) : d.id.str();
  }
  for (const Graph* g : graphs) {
    std::map<std::string, std::string>& map = ids->emplace_back();
    for (const DocumentInfo& d : g->info.documents) {
      map[d.id] = kept->at(d.content_hash).id == d.id ? final_id[d.content_hash] : "";
    }
  }
  for (auto& [hash, d] : *kept) d.id = extract::SharedText(final_id[hash]);
}

void SettleNodes(const std::vector<const Graph*>& graphs, std::map<std::string, Node>* nodes) {
  for (const Graph* g : graphs) {
    for (const Node* n : g->Nodes()) {
      auto [it, fresh] = nodes->emplace(n->id, *n);
      if (!fresh && NodeFields(it->second) < NodeFields(*n)) it->second = *n;
    }
  }
}

// The earlier (or later) of two partial dates, "" meaning no date.
std::string EarlierDate(const std::string& a, const std::string& b) {
  return a.empty() ? b : b.empty() ? a : std::min(a, b);
}
std::string LaterDate(const std::string& a, const std::string& b) { return std::max(a, b); }

struct SettledEdge {
  Edge edge;
  bool dropped_evidence = false;  // some came from a document left out
};

void AddToSettled(const Edge& e, const std::map<std::string, std::string>& ids, SettledEdge* settled) {
  Edge& s = settled->edge;
  if (EdgeFields(s) < EdgeFields(e)) std::tie(s.cameo, s.quad_class, s.symmetric) = EdgeFields(e);
  s.first_seen = EarlierDate(s.first_seen, e.first_seen);
  s.last_seen = LaterDate(s.last_seen, e.last_seen);
  for (const extract::Evidence& ev : e.evidence) {
    auto id = ids.find(ev.doc_id);
    if (id == ids.end() || id->second == ev.doc_id) {
      s.evidence.push_back(ev);
    } else if (!id->second.empty()) {
      s.evidence.push_back(ev);
      s.evidence.back().doc_id = id->second;
    } else {
      settled->dropped_evidence = true;
    }
  }
}

// Each edge with settled fields and the evidence of all inputs, sorted so
// that Graph::AddEdge, which keeps the first of equal records, keeps the
// least. An edge whose evidence all came from left-out documents is dropped,
// as a build would never have made it.
std::vector<Edge> SettleEdges(const std::vector<const Graph*>& graphs, const IdMaps& ids) {
  std::map<EdgeKey, SettledEdge> settled;
  for (std::size_t i = 0; i < graphs.size(); ++i) {
    for (const Edge* e : graphs[i]->Edges()) {
      auto [it, fresh] = settled.emplace(EdgeKey(e->source, e->relation, e->target), SettledEdge{*e});
      if (fresh) it->second.edge.evidence.clear();
      AddToSettled(*e, ids[i], &it->second);
    }
  }
  std::vector<Edge> edges;
  for (auto& [key, s] : settled) {
    if (s.dropped_evidence) {
      if (s.edge.evidence.empty()) continue;
      s.edge.first_seen.clear();  // recomputed by AddEdge from the evidence kept
      s.edge.last_seen.clear();
    }
    std::sort(s.edge.evidence.begin(), s.edge.evidence.end(), EvidenceOrder);
    edges.push_back(std::move(s.edge));
  }
  return edges;
}

// Nodes that are an endpoint of a kept edge, or had no edge in any input.
std::vector<Node> KeptNodes(const std::vector<const Graph*>& graphs, const std::vector<Edge>& edges) {
  std::map<std::string, Node> nodes;
  SettleNodes(graphs, &nodes);
  std::set<std::string> linked, used;
  for (const Graph* g : graphs) {
    for (const Edge* e : g->Edges()) linked.insert({e->source, e->target});
  }
  for (const Edge& e : edges) used.insert({e.source, e.target});
  std::vector<Node> kept;
  for (const auto& [id, n] : nodes) {
    if (used.count(id) || !linked.count(id)) kept.push_back(n);
  }
  return kept;
}

}  // namespace

std::string MergeFingerprints(const std::vector<std::string>& fingerprints) {
  std::set<std::string> distinct;
  for (const std::string& list : fingerprints) {
    std::stringstream parts(list);
    for (std::string part; std::getline(parts, part, ',');) {
      if (!part.empty()) distinct.insert(part);
    }
  }
  std::string out;
  for (const std::string& f : distinct) out += (out.empty() ? "" : ",") + f;
  return out;
}

void MergeGraphs(const std::vector<const Graph*>& graphs, const std::string& dyad_version, Graph* out) {
  std::map<std::string, DocumentInfo> documents;
  IdMaps ids;
  SettleDocuments(graphs, &documents, &ids);
  const std::vector<Edge> edges = SettleEdges(graphs, ids);
  const std::vector<Node> nodes = KeptNodes(graphs, edges);

  std::vector<std::string> fingerprints;
  for (const Graph* g : graphs) fingerprints.push_back(g->info.rules_fingerprint);
  out->info.dyad_version = dyad_version;
  out->info.rules_fingerprint = MergeFingerprints(fingerprints);
  for (const auto& [hash, d] : documents) out->AddDocument(d);
  for (const Node& n : nodes) out->AddNode(n);
  for (const Edge& e : edges) out->AddEdge(e);
}

}  // namespace dyad::graph
