// WriteGraphMLDiff decorates WriteGraphML's output instead of repeating it:
// that writer puts one element per line, nodes in Nodes() order and edges in
// Edges() order, so the n-th "</node>" line closes the n-th node.
// If its layout changes, the golden tests of this file fail.
#include "export/graphml_diff.h"

#include <sstream>
#include <string>
#include <vector>

#include "export/graphml.h"
#include "export/presentation.h"

namespace dyad::exporters {
namespace {

constexpr const char* kNodeClose = "    </node>\n";
constexpr const char* kEdgeClose = "    </edge>\n";
constexpr const char* kGraphOpen = "  <graph id=\"G\"";

std::string Keys() {
  std::string out;
  for (const char* domain : {"node", "edge"}) {
    const std::string d = domain;
    out += "  <key id=\"" + d + "_diff_status\" for=\"" + d + "\" attr.name=\"diff_status\" attr.type=\"string\"/>\n";
    for (const char* c : {"r", "g", "b"}) {
      out += "  <key id=\"" + d + "_" + c + "\" for=\"" + d + "\" attr.name=\"" + c + "\" attr.type=\"int\"/>\n";
    }
  }
  return out;
}

std::string Data(const std::string& domain, graph::DiffStatus status) {
  const Rgb c = DiffStatusColor(status);
  const std::string in = "      <data key=\"" + domain + "_";
  return in + "diff_status\">" + graph::DiffStatusName(status) + "</data>\n" + in + "r\">" + std::to_string(c.r) +
         "</data>\n" + in + "g\">" + std::to_string(c.g) + "</data>\n" + in + "b\">" + std::to_string(c.b) +
         "</data>\n";
}

// Copies text from *pos through the next `mark`, with `data` inserted before the mark.
void InsertBefore(const std::string& text, const std::string& mark, const std::string& data, std::size_t* pos,
                  std::string* out) {
  const std::size_t at = text.find(mark, *pos);
  if (at == std::string::npos) return;  // cannot happen: one mark per element written
  out->append(text, *pos, at - *pos);
  *out += data;
  *out += mark;
  *pos = at + mark.size();
}

}  // namespace

void WriteGraphMLDiff(const graph::Graph& graph, const graph::DiffMarks& marks, std::ostream& out) {
  std::ostringstream plain;
  WriteGraphML(graph, plain);
  const std::string text = plain.str();
  std::string result;
  std::size_t pos = 0;
  InsertBefore(text, kGraphOpen, Keys(), &pos, &result);
  for (const graph::Node* n : graph.Nodes()) {
    InsertBefore(text, kNodeClose, Data("node", marks.OfNode(n->id)), &pos, &result);
  }
  for (const graph::Edge* e : graph.Edges()) {
    InsertBefore(text, kEdgeClose, Data("edge", marks.OfEdge(*e)), &pos, &result);
  }
  result.append(text, pos, std::string::npos);
  out << result;
}

}  // namespace dyad::exporters
