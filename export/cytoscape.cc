#include "export/cytoscape.h"

#include <map>
#include <string>

#include "export/evidence_json.h"
#include "export/presentation.h"

namespace dyad::exporters {
namespace {

void WriteInfo(JsonPrettyWriter* w, const graph::Graph& graph) {
  w->Key("data");
  w->StartObject();
  Field(w, "name", "dyad graph");
  Field(w, "dyad_version", graph.info.dyad_version);
  Field(w, "rules_fingerprint", graph.info.rules_fingerprint);
  IntField(w, "documents", static_cast<int>(graph.info.documents.size()));
  w->EndObject();
}

void WriteNode(JsonPrettyWriter* w, const graph::Node& node, int degree, const ExportOptions& options) {
  const graph::DiffStatus status = options.diff ? options.diff->OfNode(node.id) : graph::DiffStatus::kUnchanged;
  w->StartObject();
  w->Key("data");
  w->StartObject();
  Field(w, "id", node.id);
  Field(w, "label", node.label);
  Field(w, "type", node.type);
  Field(w, "country", node.country);
  Field(w, "role", node.role);
  IntField(w, "weighted_degree", degree);
  Field(w, "color", Hex(options.diff ? DiffStatusColor(status) : NodeTypeColor(node.type)));
  w->Key("size");
  const std::string size = NodeSize(degree);  // two decimals, as in GEXF
  w->RawValue(size.data(), size.size(), rapidjson::kNumberType);
  if (options.diff) Field(w, "diff_status", graph::DiffStatusName(status));
  w->EndObject();
  w->EndObject();
}

void WriteEvidenceList(JsonPrettyWriter* w, const graph::Edge& edge, int max_evidence) {
  w->Key("evidence");
  w->StartArray();
  int written = 0;
  for (const extract::Evidence& e : edge.evidence) {
    if (max_evidence != kAllEvidence && written++ >= max_evidence) break;
    WriteEvidence(w, e);
  }
  w->EndArray();
}

void WriteEdge(JsonPrettyWriter* w, const graph::Edge& edge, const ExportOptions& options) {
  const graph::DiffStatus status = options.diff ? options.diff->OfEdge(edge) : graph::DiffStatus::kUnchanged;
  w->StartObject();
  w->Key("data");
  w->StartObject();
  Field(w, "id", EdgeId(edge));
  Field(w, "source", edge.source);
  Field(w, "target", edge.target);
  Field(w, "relation", edge.relation);
  Field(w, "cameo", edge.cameo);
  IntField(w, "quad_class", edge.quad_class);
  Field(w, "quad", QuadClassName(edge.quad_class));
  WriteCameo(w, CameoOf(edge));
  w->Key("symmetric");
  w->Bool(edge.symmetric);
  IntField(w, "weight", edge.weight());
  Field(w, "first_seen", edge.first_seen);
  Field(w, "last_seen", edge.last_seen);
  IntField(w, "documents", DistinctDocuments(edge));
  Field(w, "color", Hex(options.diff ? DiffStatusColor(status) : QuadClassColor(edge.quad_class)));
  if (options.diff) Field(w, "diff_status", graph::DiffStatusName(status));
  WriteEvidenceList(w, edge, options.max_evidence);
  w->EndObject();
  w->EndObject();
}

}  // namespace

void WriteCytoscape(const graph::Graph& graph, std::ostream& out, const ExportOptions& options) {
  BufferedOStream stream(out);
  JsonPrettyWriter w(stream);
  w.SetIndent(' ', 2);
  w.StartObject();
  Field(&w, "format_version", "1.0");
  Field(&w, "generated_by", "dyad " + graph.info.dyad_version);
  Field(&w, "target_cytoscapejs_version", "~3.0");
  WriteInfo(&w, graph);
  w.Key("elements");
  w.StartObject();
  w.Key("nodes");
  w.StartArray();
  const std::map<std::string, int> degrees = WeightedDegrees(graph);
  for (const graph::Node* n : graph.Nodes()) WriteNode(&w, *n, degrees.at(n->id), options);
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  for (const graph::Edge* e : graph.Edges()) WriteEdge(&w, *e, options);
  w.EndArray();
  w.EndObject();
  w.EndObject();
  stream.Flush();
  out << '\n';
}

}  // namespace dyad::exporters
