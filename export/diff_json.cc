// WriteDiffJson: the layout of dyad's graph JSON (same writer, same
// evidence objects), so that tools reading one read the other.

#include "export/diff_report.h"
#include "export/evidence_json.h"

namespace dyad::exporters {
namespace {

using graph::DiffStatus;

void WriteSummary(JsonPrettyWriter* w, const graph::GraphDiff& d) {
  w->Key("summary");
  w->StartObject();
  IntField(w, "documents_added", static_cast<int>(d.documents_added.size()));
  IntField(w, "documents_removed", static_cast<int>(d.documents_removed.size()));
  IntField(w, "nodes_added", d.NodeCount(DiffStatus::kAdded));
  IntField(w, "nodes_removed", d.NodeCount(DiffStatus::kRemoved));
  IntField(w, "nodes_changed", d.NodeCount(DiffStatus::kChanged));
  IntField(w, "edges_added", d.EdgeCount(DiffStatus::kAdded));
  IntField(w, "edges_removed", d.EdgeCount(DiffStatus::kRemoved));
  IntField(w, "edges_changed", d.EdgeCount(DiffStatus::kChanged));
  IntField(w, "evidence_added", d.EvidenceAdded());
  IntField(w, "evidence_removed", d.EvidenceRemoved());
  w->EndObject();
}

void WriteDocumentList(JsonPrettyWriter* w, const char* key, const std::vector<graph::DocumentInfo>& docs) {
  w->Key(key);
  w->StartArray();
  for (const graph::DocumentInfo& doc : docs) WriteDocument(w, doc);
  w->EndArray();
}

void WriteChanged(JsonPrettyWriter* w, const std::vector<std::string>& changed) {
  w->Key("changed");
  w->StartArray();
  for (const std::string& c : changed) WriteJsonString(w, c);
  w->EndArray();
}

void WriteNodeState(JsonPrettyWriter* w, const char* key, const std::optional<graph::Node>& n) {
  w->Key(key);
  if (!n) {
    w->Null();
    return;
  }
  w->StartObject();
  Field(w, "label", n->label);
  Field(w, "type", n->type);
  Field(w, "country", n->country);
  Field(w, "role", n->role);
  w->EndObject();
}

void WriteNodeDiff(JsonPrettyWriter* w, const graph::NodeDiff& d) {
  w->StartObject();
  Field(w, "id", d.id);
  Field(w, "status", graph::DiffStatusName(d.status));
  WriteChanged(w, d.changed);
  WriteNodeState(w, "before", d.before);
  WriteNodeState(w, "after", d.after);
  w->EndObject();
}

void WriteEdgeState(JsonPrettyWriter* w, const char* key, const std::optional<graph::EdgeState>& e) {
  w->Key(key);
  if (!e) {
    w->Null();
    return;
  }
  w->StartObject();
  Field(w, "cameo", e->cameo);
  IntField(w, "quad_class", e->quad_class);
  w->Key("symmetric");
  w->Bool(e->symmetric);
  IntField(w, "weight", e->weight);
  Field(w, "first_seen", e->first_seen);
  Field(w, "last_seen", e->last_seen);
  w->EndObject();
}

void WriteEvidenceArray(JsonPrettyWriter* w, const char* key, const std::vector<extract::Evidence>& list) {
  w->Key(key);
  w->StartArray();
  for (const extract::Evidence& e : list) WriteEvidence(w, e);
  w->EndArray();
}

void WriteEdgeDiff(JsonPrettyWriter* w, const graph::EdgeDiff& d) {
  w->StartObject();
  Field(w, "source", std::get<0>(d.key));
  Field(w, "relation", std::get<1>(d.key));
  Field(w, "target", std::get<2>(d.key));
  Field(w, "status", graph::DiffStatusName(d.status));
  WriteChanged(w, d.changed);
  WriteEdgeState(w, "before", d.before);
  WriteEdgeState(w, "after", d.after);
  WriteEvidenceArray(w, "evidence_added", d.evidence_added);
  WriteEvidenceArray(w, "evidence_removed", d.evidence_removed);
  w->EndObject();
}

}  // namespace

void WriteDiffJson(const graph::GraphDiff& diff, std::ostream& out) {
  BufferedOStream stream(out);
  JsonPrettyWriter w(stream);
  w.SetIndent(' ', 2);
  w.StartObject();
  Field(&w, "format", kDiffFormat);
  WriteSummary(&w, diff);
  w.Key("documents");
  w.StartObject();
  WriteDocumentList(&w, "added", diff.documents_added);
  WriteDocumentList(&w, "removed", diff.documents_removed);
  w.EndObject();
  w.Key("nodes");
  w.StartArray();
  for (const graph::NodeDiff& d : diff.nodes) WriteNodeDiff(&w, d);
  w.EndArray();
  w.Key("edges");
  w.StartArray();
  for (const graph::EdgeDiff& d : diff.edges) WriteEdgeDiff(&w, d);
  w.EndArray();
  w.EndObject();
  stream.Flush();
  out << '\n';
}

}  // namespace dyad::exporters
