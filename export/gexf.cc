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

// A date to the day or the month: one the timeline is drawn to. A year
// alone ("in 2009", or "in the 19th century", which is "1800") is vague.
bool Precise(const std::string& date) { return date.size() >= 7; }

// The days the timeline spans: from the earliest to the latest precise
// evidence day, or, in a graph with year dates only, the years'.
struct Span {
  std::string first;
  std::string last;
};

Span TimelineSpan(const graph::Graph& graph) {
  Span precise, any;
  auto widen = [](Span* s, const std::string& day) {
    if (s->first.empty() || day < s->first) s->first = day;
    if (s->last.empty() || day > s->last) s->last = day;
  };
  for (const graph::Edge* e : graph.Edges()) {
    for (const extract::Evidence& ev : e->evidence) {
      const std::string day = graph::FirstDay(ev.Date());
      if (day.empty()) continue;
      widen(&any, day);
      if (Precise(ev.Date())) widen(&precise, day);
    }
  }
  return precise.first.empty() ? any : precise;
}

// The day an evidence record counts from. Vague and missing dates are kept
// inside the span, so that one "19th century" cannot push years of news
// into the last pixels of Gephi's timeline slider: earlier ones (and
// undated ones) count from its first day, later ones from its last.
std::string PlaceOnTimeline(const std::string& date, const Span& span) {
  const std::string day = graph::FirstDay(date);
  if (day.empty() || Precise(date)) return day.empty() ? span.first : day;
  if (day < span.first) return span.first;
  return day > span.last ? span.last : day;
}

std::vector<Step> WeightSteps(const graph::Edge& edge, const Span& span) {
  std::map<std::string, int> per_day;
  for (const extract::Evidence& ev : edge.evidence) ++per_day[PlaceOnTimeline(ev.Date(), span)];
  if (per_day.empty()) per_day[span.first] = 0;  // an edge read back without evidence
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
  const Span span = TimelineSpan(graph);
  for (const graph::Edge* e : graph.Edges()) {
    const std::vector<Step>& steps = t.steps[EdgeId(*e)] = WeightSteps(*e, span);
    for (const std::string* id : {&e->source, &e->target}) {
      auto [it, fresh] = t.node_start.emplace(*id, steps.front().start);
      if (!fresh && steps.front().start < it->second) it->second = steps.front().start;
    }
  }
  for (const graph::Node* n : graph.Nodes()) t.node_start.emplace(n->id, span.first);
  return t;
}

struct AttrDecl {
  const char* id;
  const char* type;
};

constexpr AttrDecl kNodeAttrs[] = {
    {"type", "string"}, {"country", "string"}, {"role", "string"}, {"weighted_degree", "integer"}};
constexpr AttrDecl kEdgeAttrs[] = {{"relation", "string"},  {"cameo", "string"},      {"quad_class", "integer"},
                                   {"quad", "string"},      {"root", "string"},       {"plover", "string"},
                                   {"goldstein", "double"},      {"symmetric", "boolean"}, {"first_seen", "string"},
                                   {"last_seen", "string"}, {"documents", "integer"}, {"sentence", "string"},
                                   {"document", "string"},  {"url", "string"}};

// A static block of attribute declarations.
void WriteAttributes(std::ostream& out, const char* cls, const std::vector<AttrDecl>& decls) {
  out << "    <attributes class=\"" << cls << "\" mode=\"static\">\n";
  for (const AttrDecl& a : decls) {
    out << "      <attribute id=\"" << a.id << "\" title=\"" << a.id << "\" type=\"" << a.type << "\"/>\n";
  }
  out << "    </attributes>\n";
}

// As Gephi's own exporter: a graph with both kinds of edges is mixed and
// names no default (Gephi drops every edge that differs from a default it is
// given), and every edge says its type.
const char* DefaultEdgeType(const graph::Graph& graph) {
  bool directed = false, undirected = false;
  for (const graph::Edge* e : graph.Edges()) (e->symmetric ? undirected : directed) = true;
  if (directed && undirected) return nullptr;
  return undirected ? "undirected" : "directed";
}

void WriteHeader(const graph::Graph& graph, std::ostream& out, const ExportOptions& options) {
  const bool dynamic = options.gexf_mode == GexfMode::kDynamic;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
         "  <meta>\n"
         "    <creator>dyad "
      << Attr(graph.info.dyad_version) << "</creator>\n    <description>" << graph.info.documents.size()
      << " documents; rules " << Attr(graph.info.rules_fingerprint) << "</description>\n  </meta>\n  <graph";
  if (const char* type = DefaultEdgeType(graph)) out << " defaultedgetype=\"" << type << "\"";
  out << " mode=\"" << (dynamic ? "dynamic\" timeformat=\"date\">\n" : "static\">\n");
  constexpr AttrDecl kDiffStatus{"diff_status", "string"};
  std::vector<AttrDecl> node_attrs(std::begin(kNodeAttrs), std::end(kNodeAttrs));
  std::vector<AttrDecl> edge_attrs(std::begin(kEdgeAttrs), std::end(kEdgeAttrs));
  if (options.diff) node_attrs.push_back(kDiffStatus), edge_attrs.push_back(kDiffStatus);
  WriteAttributes(out, "node", node_attrs);
  // The dynamic weight comes first and every other edge attribute last, in
  // a block that declares `weight` again: Gephi keeps the first declaration
  // of an id (the dynamic one), while graphology-gexf (Gephi Lite) reads
  // only the last block of a class, refuses values it does not declare, and
  // so takes the last, final, weight.
  if (dynamic) {
    out << "    <attributes class=\"edge\" mode=\"dynamic\">\n"
           "      <attribute id=\"weight\" title=\"Weight\" type=\"double\"/>\n"
           "    </attributes>\n";
    edge_attrs.push_back({"weight", "double"});
  }
  WriteAttributes(out, "edge", edge_attrs);
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
  const CameoAttributes cameo = CameoOf(edge);
  WriteValue(out, "root", cameo.root);
  WriteValue(out, "plover", cameo.plover);
  WriteValue(out, "goldstein", cameo.goldstein);
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
  out << " type=\"" << (edge.symmetric ? "undirected" : "directed") << "\"";
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
