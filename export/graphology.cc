#include "export/graphology.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "export/evidence_json.h"
#include "export/presentation.h"

namespace dyad::exporters {
namespace {

// Position `index` of `count` on a circle of radius 100, two decimals.
std::string OnCircle(std::size_t index, std::size_t count, double (*f)(double)) {
  const double angle = 2 * M_PI * static_cast<double>(index) / static_cast<double>(count);
  double value = std::round(10000 * f(angle)) / 100;
  if (value == 0) value = 0;  // -0.0 would print as "-0.00"
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", value);
  return buffer;
}

void WriteNode(JsonPrettyWriter* w, const graph::Node& node, int degree, std::size_t index, std::size_t count,
               const ExportOptions& options) {
  const graph::DiffStatus status = options.diff ? options.diff->OfNode(node.id) : graph::DiffStatus::kUnchanged;
  w->StartObject();
  Field(w, "key", node.id);
  w->Key("attributes");
  w->StartObject();
  Field(w, "label", node.label);
  NumberField(w, "x", OnCircle(index, count, std::cos));
  NumberField(w, "y", OnCircle(index, count, std::sin));
  NumberField(w, "size", NodeSize(degree));
  Field(w, "color", Hex(options.diff ? DiffStatusColor(status) : NodeTypeColor(node.type)));
  Field(w, "entity_type", node.type);
  Field(w, "country", node.country);
  Field(w, "role", node.role);
  IntField(w, "weighted_degree", degree);
  if (options.diff) Field(w, "diff_status", graph::DiffStatusName(status));
  w->EndObject();
  w->EndObject();
}

void WriteEdgeAttributes(JsonPrettyWriter* w, const graph::Edge& edge, const ExportOptions& options) {
  const graph::DiffStatus status = options.diff ? options.diff->OfEdge(edge) : graph::DiffStatus::kUnchanged;
  w->StartObject();
  Field(w, "label", edge.relation);
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
  if (options.max_evidence != 0 && !edge.evidence.empty()) {
    // Evidence is kept in canonical order, so the first record is a stable example.
    const extract::Evidence& first = edge.evidence.front();
    Field(w, "sentence", first.sentence);
    Field(w, "document", first.doc_id);
    Field(w, "url", first.doc_url);
  }
  if (options.diff) Field(w, "diff_status", graph::DiffStatusName(status));
  w->EndObject();
}

void WriteEdge(JsonPrettyWriter* w, const graph::Edge& edge, const ExportOptions& options) {
  w->StartObject();
  Field(w, "key", EdgeId(edge));
  Field(w, "source", edge.source);
  Field(w, "target", edge.target);
  w->Key("undirected");
  w->Bool(edge.symmetric);
  w->Key("attributes");
  WriteEdgeAttributes(w, edge, options);
  w->EndObject();
}

void WriteHeader(JsonPrettyWriter* w, const graph::Graph& graph) {
  w->Key("attributes");
  w->StartObject();
  Field(w, "name", "dyad graph");
  Field(w, "dyad_version", graph.info.dyad_version);
  Field(w, "rules_fingerprint", graph.info.rules_fingerprint);
  IntField(w, "documents", static_cast<int>(graph.info.documents.size()));
  w->EndObject();
  w->Key("options");
  w->StartObject();
  Field(w, "type", "mixed");
  w->Key("multi");
  w->Bool(true);  // several relations may join two actors
  w->Key("allowSelfLoops");
  w->Bool(true);
  w->EndObject();
}

}  // namespace

void WriteGraphology(const graph::Graph& graph, std::ostream& out, const ExportOptions& options) {
  BufferedOStream stream(out);
  JsonPrettyWriter w(stream);
  w.SetIndent(' ', 2);
  w.StartObject();
  WriteHeader(&w, graph);
  w.Key("nodes");
  w.StartArray();
  const std::map<std::string, int> degrees = WeightedDegrees(graph);
  const std::vector<const graph::Node*> nodes = graph.Nodes();
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    WriteNode(&w, *nodes[i], degrees.at(nodes[i]->id), i, nodes.size(), options);
  }
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  for (const graph::Edge* e : graph.Edges()) WriteEdge(&w, *e, options);
  w.EndArray();
  w.EndObject();
  stream.Flush();
  out << '\n';
}

}  // namespace dyad::exporters
