// WriteGexf: plain text output like the GraphML writer; XmlEscape does the
// escaping. Layout follows Gephi's own GEXF exporter where the schema leaves
// a choice (no static weight beside a dynamic one, attvalues before viz).
#include "export/gexf.h"

#include <map>
#include <string>
#include <vector>

#include "export/presentation.h"
#include "export/xml.h"
#include "graph/partial_date.h"

namespace dyad::exporters {
namespace {

// XmlEscape, plus tab and newline as references: in an attribute value a
// parser would turn them into spaces.
std::string Attr(const std::string& value) {
  std::string out;
  for (char c : XmlEscape(value)) {
    if (c == '\n') {
      out += "&#10;";
    } else if (c == '\t') {
      out += "&#9;";
    } else {
      out += c;
    }
  }
  return out;
}

// One value of the dynamic weight, from `start` to `end` ("" for open).
// GEXF bounds are inclusive, so a step ends the day before the next one
// starts: no day has two weights.
struct Step {
  std::string start;
  std::string end;
  int weight = 0;
};

// The graph's earliest evidence day: where undated evidence is placed.
std::string Origin(const graph::Graph& graph) {
  std::string origin;
  for (const graph::Edge* e : graph.Edges()) {
    for (const extract::Evidence& ev : e->evidence) {
      const std::string day = graph::FirstDay(ev.Date());
      if (!day.empty() && (origin.empty() || day < origin)) origin = day;
    }
  }
  return origin;
}

std::vector<Step> WeightSteps(const graph::Edge& edge, const std::string& origin) {
  std::map<std::string, int> per_day;
  for (const extract::Evidence& ev : edge.evidence) {
    const std::string day = graph::FirstDay(ev.Date());
    ++per_day[day.empty() ? origin : day];
  }
  if (per_day.empty()) per_day[origin] = 0;  // an edge read back without evidence
  std::vector<Step> steps;
  int total = 0;
  for (const auto& [day, count] : per_day) {
    if (!steps.empty()) steps.back().end = graph::DayBefore(day);
    total += count;
    steps.push_back({day, "", total});
  }
  return steps;
}

struct Timeline {
  std::map<std::string, std::vector<Step>> steps;  // by EdgeId
  std::map<std::string, std::string> node_start;   // by node id
};

Timeline BuildTimeline(const graph::Graph& graph) {
  Timeline t;
  const std::string origin = Origin(graph);
  for (const graph::Edge* e : graph.Edges()) {
    const std::vector<Step>& steps = t.steps[EdgeId(*e)] = WeightSteps(*e, origin);
    for (const std::string* id : {&e->source, &e->target}) {
      auto [it, fresh] = t.node_start.emplace(*id, steps.front().start);
      if (!fresh && steps.front().start < it->second) it->second = steps.front().start;
    }
  }
  for (const graph::Node* n : graph.Nodes()) t.node_start.emplace(n->id, origin);
  return t;
}

struct AttrDecl {
  const char* id;
  const char* type;
};

constexpr AttrDecl kNodeAttrs[] = {
    {"type", "string"}, {"country", "string"}, {"role", "string"}, {"weighted_degree", "integer"}};
constexpr AttrDecl kEdgeAttrs[] = {{"relation", "string"},  {"cameo", "string"},      {"quad_class", "integer"},
                                   {"quad", "string"},      {"symmetric", "boolean"}, {"first_seen", "string"},
                                   {"last_seen", "string"}, {"documents", "integer"}, {"sentence", "string"},
                                   {"document", "string"},  {"url", "string"}};

void WriteAttributes(std::ostream& out, const char* cls, const char* mode, const AttrDecl* begin, const AttrDecl* end,
                     bool diff) {
  out << "    <attributes class=\"" << cls << "\" mode=\"" << mode << "\">\n";
  for (const AttrDecl* a = begin; a != end; ++a) {
    out << "      <attribute id=\"" << a->id << "\" title=\"" << a->id << "\" type=\"" << a->type << "\"/>\n";
  }
  if (diff) out << "      <attribute id=\"diff_status\" title=\"diff_status\" type=\"string\"/>\n";
  out << "    </attributes>\n";
}

void WriteHeader(const graph::Graph& graph, std::ostream& out, const ExportOptions& options) {
  const bool dynamic = options.gexf_mode == GexfMode::kDynamic;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
         "  <meta>\n"
         "    <creator>dyad "
      << Attr(graph.info.dyad_version) << "</creator>\n    <description>" << graph.info.documents.size()
      << " documents; rules " << Attr(graph.info.rules_fingerprint)
      << "</description>\n  </meta>\n  <graph defaultedgetype=\"directed\" mode=\""
      << (dynamic ? "dynamic\" timeformat=\"date\">\n" : "static\">\n");
  WriteAttributes(out, "node", "static", std::begin(kNodeAttrs), std::end(kNodeAttrs), options.diff != nullptr);
  WriteAttributes(out, "edge", "static", std::begin(kEdgeAttrs), std::end(kEdgeAttrs), options.diff != nullptr);
  if (dynamic) {
    out << "    <attributes class=\"edge\" mode=\"dynamic\">\n"
           "      <attribute id=\"weight\" title=\"Weight\" type=\"double\"/>\n"
           "    </attributes>\n";
  }
}

// Empty values are left out: a missing attvalue reads as "no value".
void WriteValue(std::ostream& out, const char* id, const std::string& value) {
  if (!value.empty()) out << "          <attvalue for=\"" << id << "\" value=\"" << Attr(value) << "\"/>\n";
}

void WriteColor(std::ostream& out, Rgb c) {
  out << "        <viz:color r=\"" << c.r << "\" g=\"" << c.g << "\" b=\"" << c.b << "\"/>\n";
}

void WriteNode(std::ostream& out, const graph::Node& node, int degree, const std::string& start,
               const ExportOptions& options) {
  out << "      <node id=\"" << Attr(node.id) << "\" label=\"" << Attr(node.label) << "\"";
  if (!start.empty()) out << " start=\"" << start << "\"";
  out << ">\n        <attvalues>\n";
  WriteValue(out, "type", node.type);
  WriteValue(out, "country", node.country);
  WriteValue(out, "role", node.role);
  WriteValue(out, "weighted_degree", std::to_string(degree));
  if (options.diff) WriteValue(out, "diff_status", graph::DiffStatusName(options.diff->OfNode(node.id)));
  out << "        </attvalues>\n";
  WriteColor(out, options.diff ? DiffStatusColor(options.diff->OfNode(node.id)) : NodeTypeColor(node.type));
  out << "        <viz:size value=\"" << NodeSize(degree) << "\"/>\n      </node>\n";
}

void WriteEdgeValues(std::ostream& out, const graph::Edge& edge, const ExportOptions& options) {
  WriteValue(out, "relation", edge.relation);
  WriteValue(out, "cameo", edge.cameo);
  WriteValue(out, "quad_class", std::to_string(edge.quad_class));
  WriteValue(out, "quad", QuadClassName(edge.quad_class));
  WriteValue(out, "symmetric", edge.symmetric ? "true" : "false");
  WriteValue(out, "first_seen", edge.first_seen);
  WriteValue(out, "last_seen", edge.last_seen);
  WriteValue(out, "documents", std::to_string(DistinctDocuments(edge)));
  if (options.max_evidence != 0 && !edge.evidence.empty()) {
    // Evidence is kept in canonical order, so the first record is a stable example.
    const extract::Evidence& first = edge.evidence.front();
    WriteValue(out, "sentence", first.sentence);
    WriteValue(out, "document", first.doc_id);
    WriteValue(out, "url", first.doc_url);
  }
  if (options.diff) WriteValue(out, "diff_status", graph::DiffStatusName(options.diff->OfEdge(edge)));
}

void WriteWeightSteps(std::ostream& out, const std::vector<Step>& steps) {
  for (const Step& s : steps) {
    out << "          <attvalue for=\"weight\" value=\"" << s.weight << "\"";
    if (!s.start.empty()) out << " start=\"" << s.start << "\"";
    if (!s.end.empty()) out << " end=\"" << s.end << "\"";
    out << "/>\n";
  }
}

// `steps` is null in static mode.
void WriteEdge(std::ostream& out, const graph::Edge& edge, const std::vector<Step>* steps,
               const ExportOptions& options) {
  out << "      <edge id=\"" << Attr(EdgeId(edge)) << "\" source=\"" << Attr(edge.source) << "\" target=\""
      << Attr(edge.target) << "\"";
  if (edge.symmetric) out << " type=\"undirected\"";
  out << " kind=\"" << Attr(edge.relation) << "\" label=\"" << Attr(edge.relation) << "\"";
  if (steps == nullptr) out << " weight=\"" << edge.weight() << "\"";
  if (steps != nullptr && !steps->front().start.empty()) out << " start=\"" << steps->front().start << "\"";
  out << ">\n        <attvalues>\n";
  WriteEdgeValues(out, edge, options);
  if (steps != nullptr) WriteWeightSteps(out, *steps);
  out << "        </attvalues>\n";
  WriteColor(out, options.diff ? DiffStatusColor(options.diff->OfEdge(edge)) : QuadClassColor(edge.quad_class));
  out << "      </edge>\n";
}

}  // namespace

void WriteGexf(const graph::Graph& graph, std::ostream& out, const ExportOptions& options) {
  const bool dynamic = options.gexf_mode == GexfMode::kDynamic;
  const Timeline timeline = dynamic ? BuildTimeline(graph) : Timeline();
  const std::map<std::string, int> degrees = WeightedDegrees(graph);
  WriteHeader(graph, out, options);
  out << "    <nodes count=\"" << graph.node_count() << "\">\n";
  for (const graph::Node* n : graph.Nodes()) {
    auto start = timeline.node_start.find(n->id);
    WriteNode(out, *n, degrees.at(n->id), start == timeline.node_start.end() ? "" : start->second, options);
  }
  out << "    </nodes>\n    <edges count=\"" << graph.edge_count() << "\">\n";
  for (const graph::Edge* e : graph.Edges()) {
    WriteEdge(out, *e, dynamic ? &timeline.steps.at(EdgeId(*e)) : nullptr, options);
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace dyad::exporters
