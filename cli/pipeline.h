#pragma once
// The stages of `dyad build`, each a function over plain structs:
// load rules -> read documents -> extract -> merge -> export.
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/document.h"
#include "extract/evidence.h"
#include "extract/extractor.h"
#include "extract/rules/rules.h"
#include "export/atomic_file.h"
#include "export/export_options.h"
#include "graph/graph.h"

namespace dyad::cli {

// The embedded default pack plus, if rules_dir is not empty, its files as a
// second layer, parsed on up to `threads` threads (0: one per core). Returns
// nullptr when any error was found (all are in *diags).
std::unique_ptr<extract::Extractor> LoadRules(const std::string& rules_dir, extract::Diagnostics* diags,
                                              int threads = 0);

// Extracts every document on `jobs` threads; result[i] belongs to documents[i],
// so the output does not depend on the number of threads.
std::vector<std::vector<extract::Evidence>> ExtractAll(const extract::Extractor& extractor,
                                                       const std::vector<extract::Document>& documents,
                                                       int jobs);

// The node for an entity of the pack.
graph::Node NodeFor(const extract::Entity& entity);

// Merges the asserted evidence of each document into a graph; documents whose
// content hash the graph already holds are skipped and counted in *skipped.
void MergeIntoGraph(const extract::RulePack& pack, const std::vector<extract::Document>& documents,
                    const std::vector<std::vector<extract::Evidence>>& evidence, graph::Graph* graph,
                    int* skipped);

// Merges extracted documents into a graph, batch after batch, keeping its
// lookups (the pack's entities and relations, the graph's nodes and edges)
// from one batch to the next: a build makes them once per record.
class GraphMerger {
 public:
  GraphMerger(const extract::RulePack& pack, graph::Graph* graph) : pack_(pack), graph_(*graph) {}

  // Merges the documents and the asserted evidence of each, moving them into
  // the graph (both vectors are left unspecified). Documents whose content
  // hash the graph already holds are appended to *skipped with the reason.
  void Merge(std::vector<extract::Document>* documents, std::vector<std::vector<extract::Evidence>>* evidence,
             std::vector<extract::Skipped>* skipped);

  // A warning for each article whose id a different text already had: both
  // are kept, under ids qualified by their content hashes.
  const extract::Diagnostics& warnings() const { return warnings_; }

 private:
  struct Named {
    std::string content_hash;
    std::string source;
  };
  // Gives a new document a qualified id (and its namesakes in the graph
  // too) if a different text read before has its id.
  void SettleId(extract::Document* d);
  struct EdgeKey {
    const extract::Entity* source;
    const graph::RelationInfo* relation;
    const extract::Entity* target;
    bool operator==(const EdgeKey& o) const {
      return source == o.source && relation == o.relation && target == o.target;
    }
  };
  struct EdgeKeyHash {
    std::size_t operator()(const EdgeKey& k) const;
  };
  // A record's relation, source and target by the identity of their shared
  // texts: a thread's records share one copy of each id, so a build looks
  // an edge up by three pointers, not by three strings.
  struct TextKey {
    const void* relation = nullptr;
    const void* source = nullptr;
    const void* target = nullptr;
    bool operator==(const TextKey& o) const {
      return relation == o.relation && source == o.source && target == o.target;
    }
  };
  // The table of TextKeys: open addressing, linear probing, a power-of-two
  // size at most half full. A lookup reads one or two adjacent entries where
  // a node-based map follows two or three pointers (a cache miss each).
  struct TextEntry {
    TextKey key;
    graph::Graph::EdgeRef edge;
    bool used = false;
  };
  std::size_t TextIndex(const TextKey& key) const;  // key's entry, or the empty one it would take
  void GrowTextTable();
  const extract::Entity* Entity(const std::string& id);
  const graph::RelationInfo* Relation(const std::string& id);
  void EnsureNode(const extract::Entity* entity);
  // The edge a record goes to; false if its ids are not the pack's.
  bool EdgeOf(const extract::Evidence& e, graph::Graph::EdgeRef* edge);

  const extract::RulePack& pack_;
  graph::Graph& graph_;
  // Keyed by the pack's own strings: the records' are moved into the graph.
  std::unordered_map<std::string_view, const extract::Entity*> entities_;
  std::unordered_map<std::string_view, graph::RelationInfo> relations_;
  std::unordered_set<const extract::Entity*> nodes_;  // in the graph
  std::unordered_map<EdgeKey, graph::Graph::EdgeRef, EdgeKeyHash> edges_;
  std::vector<TextEntry> text_table_;
  std::size_t text_entries_ = 0;
  // The texts of the keys, kept so that none is freed and its address reused.
  std::vector<extract::SharedText> key_texts_;
  // The graph's documents by the id they were read with, made on first use.
  std::unordered_map<std::string, std::vector<Named>> by_id_;
  bool ids_indexed_ = false;
  extract::Diagnostics warnings_;
};

// Output formats and how a path's extension selects one (.json, .graphml,
// .gexf, .cyjs for Cytoscape.js, .csv, .graphology.json). kSeries, a time
// series CSV, is chosen by name ("series") or by --by (see graph_options.h).
enum class OutputFormat { kJson, kGraphML, kGexf, kCytoscape, kCsv, kGraphology, kSeries };
bool ParseFormat(const std::string& name, OutputFormat* format);
bool FormatForOutput(const std::string& path, const std::string& format_option, OutputFormat* format,
                     std::string* error);

// Writes the graph to path (atomically; "-" is stdout). CSV writes two
// files (exporters::CsvPathsFor). `options` applies to GEXF, Cytoscape, graphology and
// CSV (and options.threads to JSON); JSON always keeps every evidence
// record, so that it reads back whole.
bool WriteGraph(const graph::Graph& graph, const std::string& path, OutputFormat format, std::string* error,
                const exporters::ExportOptions& options = {});

// The file writes WriteGraph makes (two for CSV), for committing with other
// files at once (exporters::WriteFilesAtomically). They refer to graph and
// options, which must outlive them.
std::vector<exporters::FileWrite> GraphFileWrites(const graph::Graph& graph, const std::string& path,
                                                  OutputFormat format, const exporters::ExportOptions& options);

}  // namespace dyad::cli
