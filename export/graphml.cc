// WriteGraphML: plain text output. The format is small and fixed, and the
// escaping rules live in XmlEscape, so no XML library is needed.
#include "export/graphml.h"

#include <set>
#include <string>

#include "export/presentation.h"
#include "export/xml.h"

namespace dyad::exporters {
namespace {

struct KeyDecl {
  const char* id;  // also the attr.name: Gephi matches its properties by either
  const char* domain;
  const char* type;
};

// Gephi takes node `label` and edge `weight` as its own properties; the
// others become columns of its data laboratory.
constexpr KeyDecl kKeys[] = {
    {"dyad_version", "graph", "string"}, {"rules_fingerprint", "graph", "string"},
    {"label", "node", "string"},         {"type", "node", "string"},
    {"country", "node", "string"},       {"role", "node", "string"},
    {"relation", "edge", "string"},      {"symmetric", "edge", "boolean"},
    {"cameo", "edge", "string"},         {"root", "edge", "string"},
    {"plover", "edge", "string"},        {"goldstein", "edge", "double"},
    {"quad_class", "edge", "int"},       {"weight", "edge", "double"},
    {"first_seen", "edge", "string"},    {"last_seen", "edge", "string"},
    {"documents", "edge", "int"},        {"sentence", "edge", "string"},
    {"url", "edge", "string"},           {"rule", "edge", "string"},
};

// Empty values are left out: GraphML reads a missing <data> as "no value".
void WriteData(std::ostream& out, const char* indent, const char* key, const std::string& value) {
  if (value.empty()) return;
  out << indent << "<data key=\"" << key << "\">" << XmlEscape(value) << "</data>\n";
}

void WriteExtraData(std::ostream& out, const std::vector<std::pair<std::string, std::string>>& data) {
  for (const auto& [key, value] : data) WriteData(out, "      ", key.c_str(), value);
}

void WriteHeader(std::ostream& out, const GraphMLExtra& extra) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
         " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
         " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
         " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const KeyDecl& k : kKeys) {
    out << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.id
        << "\" attr.type=\"" << k.type << "\"/>\n";
  }
  for (const GraphMLExtra::Key& k : extra.keys) {
    out << "  <key id=\"" << XmlEscape(k.id) << "\" for=\"" << k.domain << "\" attr.name=\"" << XmlEscape(k.name)
        << "\" attr.type=\"" << k.type << "\"/>\n";
  }
}

void WriteNode(std::ostream& out, const graph::Node& node, const GraphMLExtra& extra) {
  out << "    <node id=\"" << XmlEscape(node.id) << "\">\n";
  WriteData(out, "      ", "label", node.label);
  WriteData(out, "      ", "type", node.type);
  WriteData(out, "      ", "country", node.country);
  WriteData(out, "      ", "role", node.role);
  if (extra.node_data) WriteExtraData(out, extra.node_data(node));
  out << "    </node>\n";
}

int DistinctDocuments(const graph::Edge& edge) {
  std::set<std::string> ids;
  for (const extract::Evidence& e : edge.evidence) ids.insert(e.doc_id);
  return static_cast<int>(ids.size());
}

// Edge ids are positions in Edges() order: stable for a given graph, and
// free of the characters relation and entity ids may contain.
void WriteEdge(std::ostream& out, const graph::Edge& edge, std::size_t index, const GraphMLExtra& extra,
               GraphMLEdges edges) {
  const char* in = "      ";
  out << "    <edge id=\"e" << index << "\" source=\"" << XmlEscape(edge.source) << "\" target=\""
      << XmlEscape(edge.target) << "\"";
  if (edges == GraphMLEdges::kMixed) out << " directed=\"" << (edge.symmetric ? "false" : "true") << "\"";
  out << " label=\"" << XmlEscape(edge.relation) << "\">\n";
  WriteData(out, in, "relation", edge.relation);
  WriteData(out, in, "symmetric", edge.symmetric ? "true" : "false");
  WriteData(out, in, "cameo", edge.cameo);
  const CameoAttributes cameo = CameoOf(edge);
  WriteData(out, in, "root", cameo.root);
  WriteData(out, in, "plover", cameo.plover);
  WriteData(out, in, "goldstein", cameo.goldstein);
  WriteData(out, in, "quad_class", std::to_string(edge.quad_class));
  WriteData(out, in, "weight", std::to_string(edge.weight()));
  WriteData(out, in, "first_seen", edge.first_seen);
  WriteData(out, in, "last_seen", edge.last_seen);
  WriteData(out, in, "documents", std::to_string(DistinctDocuments(edge)));
  if (!edge.evidence.empty()) {
    // Evidence is kept in canonical order, so the first record is a stable example.
    const extract::Evidence& first = edge.evidence.front();
    WriteData(out, in, "sentence", first.sentence);
    WriteData(out, in, "url", first.doc_url);
    WriteData(out, in, "rule", first.rule);
  }
  if (extra.edge_data) WriteExtraData(out, extra.edge_data(edge));
  out << "    </edge>\n";
}

}  // namespace

void WriteGraphML(const graph::Graph& graph, std::ostream& out, GraphMLEdges edges) {
  WriteGraphML(graph, GraphMLExtra{}, out, edges);
}

void WriteGraphML(const graph::Graph& graph, const GraphMLExtra& extra, std::ostream& out, GraphMLEdges edges) {
  WriteHeader(out, extra);
  out << "  <graph id=\"G\" edgedefault=\"" << (edges == GraphMLEdges::kMixed ? "undirected" : "directed")
      << "\">\n";
  WriteData(out, "    ", "dyad_version", graph.info.dyad_version);
  WriteData(out, "    ", "rules_fingerprint", graph.info.rules_fingerprint);
  for (const graph::Node* node : graph.Nodes()) WriteNode(out, *node, extra);
  std::size_t index = 0;
  for (const graph::Edge* edge : graph.Edges()) WriteEdge(out, *edge, index++, extra, edges);
  out << "  </graph>\n</graphml>\n";
}

}  // namespace dyad::exporters
