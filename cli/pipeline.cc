#include "cli/pipeline.h"

#include <algorithm>
#include <atomic>
#include <functional>
#include <string_view>
#include <thread>
#include <unordered_map>

#include "export/atomic_file.h"
#include "export/csv.h"
#include "export/cytoscape.h"
#include "export/gexf.h"
#include "export/graphml.h"
#include "export/json.h"

namespace dyad::cli {

std::unique_ptr<extract::Extractor> LoadRules(const std::string& rules_dir, extract::Diagnostics* diags) {
  std::vector<extract::RuleSource> sources = extract::DefaultRuleSources(rules_data::DefaultRuleFiles());
  if (!rules_dir.empty()) {
    std::vector<extract::RuleSource> extra = extract::ReadRuleDirectory(rules_dir, 1, diags);
    sources.insert(sources.end(), extra.begin(), extra.end());
  }
  extract::RulePack pack = extract::LoadRulePack(sources, diags);
  if (extract::HasErrors(*diags)) return nullptr;
  return extract::Extractor::Create(pack, diags);
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
  std::vector<std::vector<extract::Evidence>> copy = evidence;
  MergeIntoGraph(pack, documents, &copy, graph, &list);
  *skipped += static_cast<int>(list.size());
}

void MergeIntoGraph(const extract::RulePack& pack, const std::vector<extract::Document>& documents,
                    std::vector<std::vector<extract::Evidence>>* evidence, graph::Graph* graph,
                    std::vector<extract::Skipped>* skipped) {
  // The pack's own lookups scan its lists; a build looks up every record.
  std::unordered_map<std::string_view, const extract::Entity*> entities;
  std::unordered_map<std::string_view, graph::RelationInfo> relations;
  // Keys are the pack's own strings: the records' are moved into the graph.
  auto entity = [&](const std::string& id) -> const extract::Entity* {
    auto it = entities.find(id);
    if (it != entities.end()) return it->second;
    const extract::Entity* e = pack.FindEntity(id);
    if (e != nullptr) entities.emplace(e->id, e);
    return e;
  };
  auto relation = [&](const std::string& id) -> const graph::RelationInfo* {
    auto it = relations.find(id);
    if (it == relations.end()) {
      const extract::Relation* r = pack.FindRelation(id);
      if (r == nullptr) return nullptr;
      it = relations.emplace(r->id, graph::RelationInfo{r->id, r->cameo, r->quad_class,
                                                         r->direction == extract::Direction::kSymmetric}).first;
    }
    return &it->second;
  };
  for (std::size_t i = 0; i < documents.size(); ++i) {
    const extract::Document& d = documents[i];
    if (!graph->AddDocument({d.id, d.title, d.url, d.date, d.lang, d.content_hash, d.source})) {
      skipped->push_back({d.source, "same text as an article already read (content hash " + d.content_hash + ")"});
      continue;
    }
    for (extract::Evidence& e : (*evidence)[i]) {
      if (e.modality != extract::Modality::kAsserted) continue;
      const graph::RelationInfo* r = relation(e.relation);
      const extract::Entity* s = entity(e.source);
      const extract::Entity* t = entity(e.target);
      if (r == nullptr || s == nullptr || t == nullptr) continue;  // cannot happen: ids come from the pack
      if (graph->FindNode(s->id) == nullptr) graph->AddNode(NodeFor(*s));
      if (graph->FindNode(t->id) == nullptr) graph->AddNode(NodeFor(*t));
      graph->AddEvidence(*r, std::move(e));
    }
  }
}

bool ParseFormat(const std::string& name, OutputFormat* format) {
  if (name == "json") return *format = OutputFormat::kJson, true;
  if (name == "graphml") return *format = OutputFormat::kGraphML, true;
  if (name == "gexf") return *format = OutputFormat::kGexf, true;
  if (name == "cytoscape") return *format = OutputFormat::kCytoscape, true;
  if (name == "csv") return *format = OutputFormat::kCsv, true;
  return false;
}

bool FormatForOutput(const std::string& path, const std::string& format_option, OutputFormat* format,
                     std::string* error) {
  if (!format_option.empty()) {
    if (ParseFormat(format_option, format)) return true;
    return *error = "unknown format '" + format_option + "' (expected graphml, json, gexf, cytoscape or csv)",
           false;
  }
  const auto dot = path.rfind('.');
  const std::string ext = dot == std::string::npos ? "" : path.substr(dot + 1);
  if (path == "-" || ext == "json") return *format = OutputFormat::kJson, true;
  if (ext == "graphml") return *format = OutputFormat::kGraphML, true;
  if (ext == "gexf") return *format = OutputFormat::kGexf, true;
  if (ext == "cyjs") return *format = OutputFormat::kCytoscape, true;
  if (ext == "csv") return *format = OutputFormat::kCsv, true;
  return *error = "cannot tell the format of '" + path +
                  "' from its extension: use --format graphml|json|gexf|cytoscape|csv",
         false;
}

namespace {

// WriteFileAtomically with a writer that cannot fail by itself: the stream says.
bool WriteWith(const std::string& path, const std::function<void(std::ostream&)>& writer, std::string* error) {
  return exporters::WriteFileAtomically(
      path, [&](std::ostream& out) { return writer(out), static_cast<bool>(out); }, error);
}

}  // namespace

bool WriteGraph(const graph::Graph& graph, const std::string& path, OutputFormat format, std::string* error,
                const exporters::ExportOptions& options) {
  switch (format) {
    case OutputFormat::kJson:
      return WriteWith(path, [&](std::ostream& out) { exporters::WriteJson(graph, out); }, error);
    case OutputFormat::kGraphML:
      return WriteWith(path, [&](std::ostream& out) { exporters::WriteGraphML(graph, out); }, error);
    case OutputFormat::kGexf:
      return WriteWith(path, [&](std::ostream& out) { exporters::WriteGexf(graph, out, options); }, error);
    case OutputFormat::kCytoscape:
      return WriteWith(path, [&](std::ostream& out) { exporters::WriteCytoscape(graph, out, options); }, error);
    case OutputFormat::kCsv: break;
  }
  // Two files, each written atomically; nodes first, so that a failure never
  // leaves a new edges file naming nodes that were not written.
  const exporters::CsvPaths csv = exporters::CsvPathsFor(path);
  return WriteWith(csv.nodes, [&](std::ostream& out) { exporters::WriteCsvNodes(graph, out, options); }, error) &&
         WriteWith(csv.edges, [&](std::ostream& out) { exporters::WriteCsvEdges(graph, out, options); }, error);
}

}  // namespace dyad::cli
