// WriteJson: the node-link layout NetworkX's node_link_graph reads
// (directed, multigraph, graph, nodes, links with source/target/key), with
// dyad's own fields beside NetworkX's. Key order is fixed so files diff well.
#include "export/json.h"

#include <rapidjson/prettywriter.h>

#include "export/evidence_json.h"

namespace dyad::exporters {
namespace {

void WriteField(JsonPrettyWriter* w, const char* key, const std::string& value) {
  w->Key(key);
  WriteJsonString(w, value);
}

void WriteGraphInfo(JsonPrettyWriter* w, const graph::GraphInfo& info) {
  w->StartObject();
  WriteField(w, "format", kJsonFormat);
  WriteField(w, "dyad_version", info.dyad_version);
  WriteField(w, "rules_fingerprint", info.rules_fingerprint);
  w->Key("documents");
  w->StartArray();
  for (const graph::DocumentInfo& doc : info.documents) WriteDocument(w, doc);
  w->EndArray();
  w->EndObject();
}

void WriteNode(JsonPrettyWriter* w, const graph::Node& node) {
  w->StartObject();
  WriteField(w, "id", node.id);
  WriteField(w, "label", node.label);
  WriteField(w, "type", node.type);
  WriteField(w, "country", node.country);
  WriteField(w, "role", node.role);
  w->EndObject();
}

void WriteLink(JsonPrettyWriter* w, const graph::Edge& edge) {
  w->StartObject();
  WriteField(w, "source", edge.source);
  WriteField(w, "target", edge.target);
  // NetworkX's multigraph key: unique per (source, target) because the graph
  // keeps one edge per (source, relation, target).
  WriteField(w, "key", edge.relation);
  WriteField(w, "relation", edge.relation);
  WriteField(w, "cameo", edge.cameo);
  w->Key("quad_class");
  w->Int(edge.quad_class);
  w->Key("symmetric");
  w->Bool(edge.symmetric);
  w->Key("weight");
  w->Int(edge.weight());
  WriteField(w, "first_seen", edge.first_seen);
  WriteField(w, "last_seen", edge.last_seen);
  w->Key("evidence");
  w->StartArray();
  const std::vector<extract::Evidence>& list = edge.evidence;
  for (std::size_t i = 0; i < list.size(); ++i) {
    // A record's texts are scattered over the heap, and writing a big graph
    // waited on them one cache miss after another: ask for them a few
    // records ahead, the shared blocks first and their bytes next.
    if (i + 4 < list.size()) PrefetchSharedBlocks(list[i + 4]);
    if (i + 2 < list.size()) PrefetchTexts(list[i + 2]);
    WriteEvidence(w, list[i]);
  }
  w->EndArray();
  w->EndObject();
}

}  // namespace

void WriteJson(const graph::Graph& graph, std::ostream& out) {
  BufferedOStream stream(out);
  JsonPrettyWriter w(stream);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("directed");
  w.Bool(true);
  w.Key("multigraph");
  w.Bool(true);
  w.Key("graph");
  WriteGraphInfo(&w, graph.info);
  w.Key("nodes");
  w.StartArray();
  for (const graph::Node* node : graph.Nodes()) WriteNode(&w, *node);
  w.EndArray();
  w.Key("links");
  w.StartArray();
  for (const graph::Edge* edge : graph.Edges()) WriteLink(&w, *edge);
  w.EndArray();
  w.EndObject();
  stream.Flush();
  out << '\n';
}

}  // namespace dyad::exporters
