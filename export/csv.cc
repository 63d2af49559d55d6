#include "export/csv.h"

#include <map>
#include <vector>

#include "export/presentation.h"
#include "extract/text.h"

namespace dyad::exporters {
namespace {

std::string Quote(const std::string& raw) {
  std::string value = raw;
  extract::SanitizeUtf8(&value);
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void WriteRow(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << Quote(fields[i]);
  out << "\n";
}

std::vector<std::string> EdgeRow(const graph::Edge& edge, const ExportOptions& options) {
  const bool example = options.max_evidence != 0 && !edge.evidence.empty();
  const extract::Evidence none;
  const extract::Evidence& first = example ? edge.evidence.front() : none;
  std::vector<std::string> row = {edge.source,
                                  edge.target,
                                  edge.relation,
                                  EdgeId(edge),
                                  edge.cameo,
                                  std::to_string(edge.quad_class),
                                  QuadClassName(edge.quad_class),
                                  edge.symmetric ? "true" : "false",
                                  std::to_string(edge.weight()),
                                  edge.first_seen,
                                  edge.last_seen,
                                  std::to_string(DistinctDocuments(edge)),
                                  first.sentence,
                                  first.doc_id,
                                  first.doc_url};
  if (options.diff) row.push_back(graph::DiffStatusName(options.diff->OfEdge(edge)));
  return row;
}

}  // namespace

CsvPaths CsvPathsFor(const std::string& path) {
  const std::string ext = ".csv";
  const bool has_ext = path.size() > ext.size() && path.compare(path.size() - ext.size(), ext.size(), ext) == 0;
  const std::string stem = has_ext ? path.substr(0, path.size() - ext.size()) : path;
  return {stem + ".nodes.csv", stem + ".edges.csv"};
}

void WriteCsvNodes(const graph::Graph& graph, std::ostream& out, const ExportOptions& options) {
  std::vector<std::string> header = {"id:ID", "label", "type", "country", "role", "weighted_degree:int", ":LABEL"};
  if (options.diff) header.push_back("diff_status");
  WriteRow(out, header);
  const std::map<std::string, int> degrees = WeightedDegrees(graph);
  for (const graph::Node* n : graph.Nodes()) {
    std::vector<std::string> row = {n->id,  n->label, n->type, n->country, n->role, std::to_string(degrees.at(n->id)),
                                    n->type};
    if (options.diff) row.push_back(graph::DiffStatusName(options.diff->OfNode(n->id)));
    WriteRow(out, row);
  }
}

void WriteCsvEdges(const graph::Graph& graph, std::ostream& out, const ExportOptions& options) {
  std::vector<std::string> header = {":START_ID",  ":END_ID",        ":TYPE",     "id",
                                     "cameo",      "quad_class:int", "quad",      "symmetric:boolean",
                                     "weight:int", "first_seen",     "last_seen", "documents:int",
                                     "sentence",   "document",       "url"};
  if (options.diff) header.push_back("diff_status");
  WriteRow(out, header);
  for (const graph::Edge* e : graph.Edges()) WriteRow(out, EdgeRow(*e, options));
}

}  // namespace dyad::exporters
