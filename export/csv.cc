#include "export/csv.h"

#include <map>
#include <string_view>
#include <vector>

#include "export/presentation.h"
#include "extract/text.h"

namespace dyad::exporters {
namespace {

// A plain decimal number ("-2.0", "+3"): a spreadsheet reads it as a number, not a formula.
bool IsNumber(const std::string& value) {
  std::size_t i = value[0] == '-' || value[0] == '+' ? 1 : 0;
  bool digits = false, point = false;
  for (; i < value.size(); ++i) {
    if (value[i] >= '0' && value[i] <= '9') {
      digits = true;
    } else if (value[i] == '.' && !point) {
      point = true;
    } else {
      return false;
    }
  }
  return digits;
}

// OWASP's list for CSV injection: what a spreadsheet takes as a formula.
bool LooksLikeFormula(const std::string& value) {
  return !value.empty() && std::string_view("=+-@\t\r").find(value[0]) != std::string_view::npos && !IsNumber(value);
}

}  // namespace

std::string CsvField(const std::string& raw, CsvCells cells) {
  std::string value = raw;
  extract::SanitizeUtf8(&value);
  if (cells == CsvCells::kDefused && LooksLikeFormula(value)) value.insert(0, "'");
  if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

namespace {

void WriteRow(std::ostream& out, const std::vector<std::string>& fields, CsvCells cells) {
  for (std::size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << CsvField(fields[i], cells);
  out << "\n";
}

std::vector<std::string> EdgeRow(const graph::Edge& edge, const ExportOptions& options) {
  const bool example = options.max_evidence != 0 && !edge.evidence.empty();
  const extract::Evidence none;
  const extract::Evidence& first = example ? edge.evidence.front() : none;
  const CameoAttributes cameo = CameoOf(edge);
  std::vector<std::string> row = {edge.source,
                                  edge.target,
                                  edge.relation,
                                  EdgeId(edge),
                                  edge.cameo,
                                  std::to_string(edge.quad_class),
                                  QuadClassName(edge.quad_class),
                                  cameo.root,
                                  cameo.plover,
                                  cameo.goldstein,
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

// One column: its plain name and, when it differs, Neo4j's.
struct Column {
  const char* plain;
  const char* neo4j;
};

constexpr Column kNodeColumns[] = {{"id", "id:ID"}, {"label", "label"}, {"type", "type"}, {"country", "country"},
                                   {"role", "role"}, {"weighted_degree", "weighted_degree:int"}};
constexpr Column kEdgeColumns[] = {
    {"source", ":START_ID"},       {"target", ":END_ID"},   {"relation", ":TYPE"},
    {"id", "id"},                  {"cameo", "cameo"},      {"quad_class", "quad_class:int"},
    {"quad", "quad"},              {"root", "root"},        {"plover", "plover"},
    {"goldstein", "goldstein:double"},                     {"symmetric", "symmetric:boolean"},
    {"weight", "weight:int"},      {"first_seen", "first_seen"},
    {"last_seen", "last_seen"},    {"documents", "documents:int"},
    {"sentence", "sentence"},      {"document", "document"},
    {"url", "url"}};

template <std::size_t N>
std::vector<std::string> Header(const Column (&columns)[N], const ExportOptions& options) {
  std::vector<std::string> header;
  for (const Column& c : columns) header.push_back(options.csv_style == CsvStyle::kNeo4j ? c.neo4j : c.plain);
  return header;
}

}  // namespace

CsvPaths CsvPathsFor(const std::string& path) {
  const std::string ext = ".csv";
  const bool has_ext = path.size() > ext.size() && path.compare(path.size() - ext.size(), ext.size(), ext) == 0;
  const std::string stem = has_ext ? path.substr(0, path.size() - ext.size()) : path;
  return {stem + ".nodes.csv", stem + ".edges.csv"};
}

void WriteCsvNodes(const graph::Graph& graph, std::ostream& out, const ExportOptions& options) {
  const bool neo4j = options.csv_style == CsvStyle::kNeo4j;
  std::vector<std::string> header = Header(kNodeColumns, options);
  if (neo4j) header.push_back(":LABEL");
  if (options.diff) header.push_back("diff_status");
  WriteRow(out, header, CsvCells::kRaw);
  const std::map<std::string, int> degrees = WeightedDegrees(graph);
  for (const graph::Node* n : graph.Nodes()) {
    std::vector<std::string> row = {n->id, n->label, n->type, n->country, n->role, std::to_string(degrees.at(n->id))};
    if (neo4j) row.push_back(n->type);
    if (options.diff) row.push_back(graph::DiffStatusName(options.diff->OfNode(n->id)));
    WriteRow(out, row, options.csv_cells);
  }
}

void WriteCsvEdges(const graph::Graph& graph, std::ostream& out, const ExportOptions& options) {
  std::vector<std::string> header = Header(kEdgeColumns, options);
  if (options.diff) header.push_back("diff_status");
  WriteRow(out, header, CsvCells::kRaw);
  for (const graph::Edge* e : graph.Edges()) WriteRow(out, EdgeRow(*e, options), options.csv_cells);
}

}  // namespace dyad::exporters
