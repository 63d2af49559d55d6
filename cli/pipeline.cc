#include "cli/pipeline.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <functional>
#include <string_view>
#include <thread>
#include <unordered_map>

#include "export/atomic_file.h"
#include "export/csv.h"
#include "export/cytoscape.h"
#include "export/gexf.h"
#include "export/graphology.h"
#include "export/graphml.h"
#include "export/json.h"
#include "export/series.h"
#include "graph/document_ids.h"

namespace dyad::cli {

std::unique_ptr<extract::Extractor> LoadRules(const std::string& rules_dir, extract::Diagnostics* diags,
                                              int threads) {
  std::vector<extract::RuleSource> sources = extract::DefaultRuleSources(rules_data::DefaultRuleFiles());
  if (!rules_dir.empty()) {
    std::vector<extract::RuleSource> extra = extract::ReadRuleDirectory(rules_dir, 1, diags);
    sources.insert(sources.end(), extra.begin(), extra.end());
  }
  if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  extract::RulePack pack = extract::LoadRulePack(sources, diags, threads);
  if (extract::HasErrors(*diags)) return nullptr;
  return extract::Extractor::Create(std::move(pack), diags);
}

std::vector<std::vector<extract::Evidence>> ExtractAll(const extract::Extractor& extractor,
                                                       const std::vector<extract::Document>& documents,
                                                       int jobs) {
  std::vector<std::vector<extract::Evidence>> results(documents.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < documents.size();) results[i] = extractor.Extract(documents[i]);
  };
  const int threads = std::max(1, std::min<int>(jobs, static_cast<int>(documents.size())));
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  return results;
}

graph::Node NodeFor(const extract::Entity& entity) {
  return {entity.id, entity.label, entity.type, entity.country, entity.role};
}

void MergeIntoGraph(const extract::RulePack& pack, const std::vector<extract::Document>& documents,
                    const std::vector<std::vector<extract::Evidence>>& evidence, graph::Graph* graph,
                    int* skipped) {
  std::vector<extract::Skipped> list;
  std::vector<extract::Document> documents_copy = documents;
  std::vector<std::vector<extract::Evidence>> evidence_copy = evidence;
  GraphMerger(pack, graph).Merge(&documents_copy, &evidence_copy, &list);
  *skipped += static_cast<int>(list.size());
}

std::size_t GraphMerger::EdgeKeyHash::operator()(const EdgeKey& k) const {
  const std::hash<const void*> h;
  return h(k.source) ^ (h(k.relation) * 31) ^ (h(k.target) * 961);
}

std::size_t GraphMerger::TextIndex(const TextKey& key) const {
  auto bits = [](const void* p) { return static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(p)); };
  std::uint64_t h = bits(key.relation) * 0x9E3779B97F4A7C15ull ^ bits(key.source) * 0xC2B2AE3D27D4EB4Full ^
                    bits(key.target) * 0x165667B19E3779F9ull;
  h ^= h >> 29;
  const std::size_t mask = text_table_.size() - 1;
  for (std::size_t i = h & mask;; i = (i + 1) & mask) {
    const TextEntry& entry = text_table_[i];
    if (!entry.used || entry.key == key) return i;
  }
}

void GraphMerger::GrowTextTable() {
  std::vector<TextEntry> old = std::move(text_table_);
  text_table_.assign(std::max<std::size_t>(64, 2 * old.size()), TextEntry{});
  for (const TextEntry& entry : old) {
    if (entry.used) text_table_[TextIndex(entry.key)] = entry;
  }
}

const extract::Entity* GraphMerger::Entity(const std::string& id) {
  auto it = entities_.find(id);
  if (it != entities_.end()) return it->second;
  const extract::Entity* e = pack_.FindEntity(id);  // a scan of the pack's list
  if (e != nullptr) entities_.emplace(e->id, e);
  return e;
}

const graph::RelationInfo* GraphMerger::Relation(const std::string& id) {
  auto it = relations_.find(id);
  if (it == relations_.end()) {
    const extract::Relation* r = pack_.FindRelation(id);
    if (r == nullptr) return nullptr;
    it = relations_.emplace(r->id, graph::RelationInfo{r->id, r->cameo, r->quad_class,
                                                        r->direction == extract::Direction::kSymmetric}).first;
  }
  return &it->second;
}

void GraphMerger::EnsureNode(const extract::Entity* entity) {
  if (!nodes_.insert(entity).second) return;
  if (graph_.FindNode(entity->id) == nullptr) graph_.AddNode(NodeFor(*entity));
}

void GraphMerger::SettleId(extract::Document* d) {
  if (!ids_indexed_) {
    for (const graph::DocumentInfo& info : graph_.info.documents) {
      by_id_[graph::BaseDocumentId(info.id, info.content_hash)].push_back({info.content_hash, info.source});
    }
    ids_indexed_ = true;
  }
  std::vector<Named>& namesakes = by_id_[d->id];
  if (!namesakes.empty()) {
    std::string others;
    for (const Named& n : namesakes) {
      graph_.RenameDocument(d->id, graph::QualifiedDocumentId(d->id, n.content_hash));  // if not renamed yet
      others += (others.empty() ? "" : ", ") + n.source;
    }
    warnings_.push_back({{d->source, 0, 0},
                         "article id '" + d->id + "' is also that of " + others +
                             ", a different text: both kept, as '" + d->id + "@<content hash>'",
                         extract::Severity::kWarning});
  }
  namesakes.push_back({d->content_hash, d->source});
  if (namesakes.size() > 1) d->id = graph::QualifiedDocumentId(d->id, d->content_hash);
}

void GraphMerger::Merge(std::vector<extract::Document>* documents,
                        std::vector<std::vector<extract::Evidence>>* evidence,
                        std::vector<extract::Skipped>* skipped) {
  for (std::size_t i = 0; i < documents->size(); ++i) {
    extract::Document& d = (*documents)[i];
    if (graph_.HasDocument(d.content_hash)) {
      skipped->push_back({d.source, "same text as an article already read (content hash " + d.content_hash + ")"});
      continue;
    }
    const std::string read_id = d.id;
    SettleId(&d);
    std::vector<extract::Evidence>& records = (*evidence)[i];
    if (d.id != read_id) {
      const extract::SharedText id(d.id);
      for (extract::Evidence& e : records) e.doc_id = id;
    }
    // The document's texts are those its records share, where it has any.
    auto share = [&](extract::SharedText extract::Evidence::*field, std::string& text) {
      if (!records.empty() && records.front().*field == text) return records.front().*field;
      return extract::SharedText(std::move(text));
    };
    graph_.AddDocument(graph::DocumentInfo{share(&extract::Evidence::doc_id, d.id),
                                           share(&extract::Evidence::doc_title, d.title),
                                           share(&extract::Evidence::doc_url, d.url),
                                           share(&extract::Evidence::doc_date, d.date), std::move(d.lang),
                                           std::move(d.content_hash), std::move(d.source)});
    for (extract::Evidence& e : (*evidence)[i]) {
      if (e.modality != extract::Modality::kAsserted) continue;
      graph::Graph::EdgeRef edge;
      if (!EdgeOf(e, &edge)) continue;  // cannot happen: ids come from the pack
      graph_.AddEvidence(edge, std::move(e));
    }
  }
}

bool GraphMerger::EdgeOf(const extract::Evidence& e, graph::Graph::EdgeRef* edge) {
  const TextKey text_key{e.relation.identity(), e.source.identity(), e.target.identity()};
  if (2 * (text_entries_ + 1) > text_table_.size()) GrowTextTable();
  const std::size_t index = TextIndex(text_key);
  if (text_table_[index].used) return *edge = text_table_[index].edge, true;
  const graph::RelationInfo* r = Relation(e.relation);
  const extract::Entity* s = Entity(e.source);
  const extract::Entity* t = Entity(e.target);
  if (r == nullptr || s == nullptr || t == nullptr) return false;
  EnsureNode(s);
  EnsureNode(t);
  auto [it, fresh] = edges_.try_emplace(EdgeKey{s, r, t});
  if (fresh && !graph_.EdgeFor(*r, s->id, t->id, &it->second)) {
    edges_.erase(it);  // cannot happen: both nodes were just added
    return false;
  }
  *edge = it->second;
  text_table_[index] = TextEntry{text_key, *edge, true};
  ++text_entries_;
  key_texts_.insert(key_texts_.end(), {e.relation, e.source, e.target});
  return true;
}

bool ParseFormat(const std::string& name, OutputFormat* format) {
  if (name == "json") return *format = OutputFormat::kJson, true;
  if (name == "graphml") return *format = OutputFormat::kGraphML, true;
  if (name == "gexf") return *format = OutputFormat::kGexf, true;
  if (name == "cytoscape") return *format = OutputFormat::kCytoscape, true;
  if (name == "csv") return *format = OutputFormat::kCsv, true;
  if (name == "graphology") return *format = OutputFormat::kGraphology, true;
  if (name == "series") return *format = OutputFormat::kSeries, true;
  return false;
}

bool FormatForOutput(const std::string& path, const std::string& format_option, OutputFormat* format,
                     std::string* error) {
  if (!format_option.empty()) {
    if (ParseFormat(format_option, format)) return true;
    return *error = "unknown format '" + format_option +
                    "' (expected graphml, json, gexf, cytoscape, csv, graphology or series)",
           false;
  }
  const std::string graphology = ".graphology.json";
  const std::size_t n = graphology.size();
  if (path.size() > n && path.compare(path.size() - n, n, graphology) == 0) {
    return *format = OutputFormat::kGraphology, true;
  }
  const auto dot = path.rfind('.');
  const std::string ext = dot == std::string::npos ? "" : path.substr(dot + 1);
  if (path == "-" || ext == "json") return *format = OutputFormat::kJson, true;
  if (ext == "graphml") return *format = OutputFormat::kGraphML, true;
  if (ext == "gexf") return *format = OutputFormat::kGexf, true;
  if (ext == "cyjs") return *format = OutputFormat::kCytoscape, true;
  if (ext == "csv") return *format = OutputFormat::kCsv, true;
  return *error = "cannot tell the format of '" + path +
                  "' from its extension: use --format graphml|json|gexf|cytoscape|csv|graphology",
         false;
}

namespace {

// A file write whose writer cannot fail by itself: the stream says.
exporters::FileWrite With(const std::string& path, std::function<void(std::ostream&)> writer) {
  return {path, [writer = std::move(writer)](std::ostream& out) { return writer(out), static_cast<bool>(out); }};
}

}  // namespace

std::vector<exporters::FileWrite> GraphFileWrites(const graph::Graph& graph, const std::string& path,
                                                  OutputFormat format, const exporters::ExportOptions& options) {
  const graph::Graph* g = &graph;
  const exporters::ExportOptions* o = &options;
  switch (format) {
    case OutputFormat::kJson:
      return {With(path, [g, o](std::ostream& out) { exporters::WriteJson(*g, out, o->threads); })};
    case OutputFormat::kGraphML:
      return {With(path, [g, o](std::ostream& out) { exporters::WriteGraphML(*g, out, o->graphml_edges); })};
    case OutputFormat::kGexf:
      return {With(path, [g, o](std::ostream& out) { exporters::WriteGexf(*g, out, *o); })};
    case OutputFormat::kCytoscape:
      return {With(path, [g, o](std::ostream& out) { exporters::WriteCytoscape(*g, out, *o); })};
    case OutputFormat::kGraphology:
      return {With(path, [g, o](std::ostream& out) { exporters::WriteGraphology(*g, out, *o); })};
    case OutputFormat::kSeries:
      return {With(path, [g, o](std::ostream& out) { exporters::WriteSeriesCsv(*g, out, *o); })};
    case OutputFormat::kCsv: break;
  }
  // Two files written as one: both or neither replace the old pair.
  const exporters::CsvPaths csv = exporters::CsvPathsFor(path);
  return {With(csv.nodes, [g, o](std::ostream& out) { exporters::WriteCsvNodes(*g, out, *o); }),
          With(csv.edges, [g, o](std::ostream& out) { exporters::WriteCsvEdges(*g, out, *o); })};
}

bool WriteGraph(const graph::Graph& graph, const std::string& path, OutputFormat format, std::string* error,
                const exporters::ExportOptions& options) {
  std::vector<exporters::FileWrite> files = GraphFileWrites(graph, path, format, options);
  if (path == "-" && files.size() == 1) return exporters::WriteFileAtomically("-", files[0].write, error);
  return exporters::WriteFilesAtomically(files, error);
}

}  // namespace dyad::cli
