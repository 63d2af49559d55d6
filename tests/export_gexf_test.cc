#include <sstream>
#include <string>

#include "export/gexf.h"
#include "tests/catch.h"
#include "tests/export_test_util.h"
#include "tests/golden_util.h"
#include "tests/test_util.h"

namespace dyad::exporters {
namespace {

std::string GexfOf(const graph::Graph& graph, const ExportOptions& options = {}) {
  std::ostringstream out;
  WriteGexf(graph, out, options);
  return out.str();
}

std::string SampleGexf(const ExportOptions& options = {}) {
  graph::Graph graph;
  testing::BuildSampleGraph(&graph);
  return GexfOf(graph, options);
}

ExportOptions StaticMode() {
  ExportOptions options;
  options.gexf_mode = GexfMode::kStatic;
  return options;
}

// The sample graph against its diff with an empty graph: every element "added".
std::string SampleDiffGexf() {
  graph::Graph empty, sample, u;
  testing::BuildSampleGraph(&sample);
  graph::DiffMarks marks;
  graph::DiffUnion(empty, sample, graph::DiffGraphs(empty, sample), &u, &marks);
  marks.edges[graph::EdgeKey("CHN", "CRITICIZE", "X.ODD")] = graph::DiffStatus::kChanged;
  ExportOptions options;
  options.diff = &marks;
  return GexfOf(u, options);
}

const graph::RelationInfo kVisit{"VISIT", "042", 1, false};

extract::Evidence Dated(const std::string& doc, std::uint32_t cue, const std::string& event_date) {
  extract::Evidence e;
  e.doc_id = doc;
  e.source = "CHN";
  e.target = "PER";
  e.relation = "VISIT";
  e.cue_span = {cue, cue + 1};
  e.event_date = event_date;
  return e;
}

// CHN VISIT PER with evidence dated 2009, 2024-06 (twice), 2024-06-03 and
// undated, and BOL VISIT PER on 1990-05-17; without any_dates, all undated.
void BuildTimelineGraph(graph::Graph* g, bool any_dates) {
  g->AddNode({"CHN", "China", "country", "CHN", ""});
  g->AddNode({"PER", "Peru", "country", "PER", ""});
  g->AddNode({"BOL", "Bolivia", "country", "BOL", ""});
  const char* dates[] = {"2009", "2024-06", "2024-06", "2024-06-03", ""};
  std::size_t cue = 0;
  for (const char* date : dates) g->AddEvidence(kVisit, Dated("d", ++cue, any_dates ? date : ""));
  extract::Evidence bol = Dated("e", 1, any_dates ? "1990-05-17" : "");
  bol.source = "BOL";
  g->AddEvidence(kVisit, bol);
}

TEST_CASE("GEXF output matches the golden files", "[export]") {
  testing::CheckGolden(SampleGexf(), "tests/data/export/sample.gexf.golden");
  testing::CheckGolden(GexfOf(graph::Graph()), "tests/data/export/empty.gexf.golden");
  testing::CheckGolden(SampleGexf(StaticMode()), "tests/data/export/sample-static.gexf.golden");
  testing::CheckGolden(SampleDiffGexf(), "tests/data/export/sample-diff.gexf.golden");
}

TEST_CASE("dynamic GEXF: edges start on their first evidence day and their weight steps up", "[export]") {
  graph::Graph g;
  BuildTimelineGraph(&g, true);
  const std::string gexf = GexfOf(g);
  // Undated evidence counts from the graph's earliest day (1990-05-17), so
  // it is on screen for the whole timeline; steps end the day before the next.
  CHECK(gexf.find("<edge id=\"CHN|VISIT|PER\" source=\"CHN\" target=\"PER\" type=\"directed\" kind=\"VISIT\" "
                  "label=\"VISIT\" "
                  "start=\"1990-05-17\">") != std::string::npos);
  CHECK(gexf.find("          <attvalue for=\"weight\" value=\"1\" start=\"1990-05-17\" end=\"2008-12-31\"/>\n"
                  "          <attvalue for=\"weight\" value=\"2\" start=\"2009-01-01\" end=\"2024-05-31\"/>\n"
                  "          <attvalue for=\"weight\" value=\"4\" start=\"2024-06-01\" end=\"2024-06-02\"/>\n"
                  "          <attvalue for=\"weight\" value=\"5\" start=\"2024-06-03\"/>\n") != std::string::npos);
  CHECK(gexf.find("<node id=\"BOL\" label=\"Bolivia\" start=\"1990-05-17\">") != std::string::npos);
  CHECK(gexf.find("<node id=\"CHN\" label=\"China\" start=\"1990-05-17\">") != std::string::npos);
  CHECK(gexf.find(" weight=\"") == std::string::npos);  // no static weight beside the dynamic one
}

TEST_CASE("dynamic GEXF: vague and missing dates stay inside the span of precise ones", "[export]") {
  graph::Graph g;
  g.AddNode({"CHN", "China", "country", "CHN", ""});
  g.AddNode({"PER", "Peru", "country", "PER", ""});
  g.AddNode({"BOL", "Bolivia", "country", "BOL", ""});
  // A century ("1800"), a later year, a year inside the span, no date; and two precise days.
  const char* dates[] = {"1800", "2030", "2024", "", "2024-06-03"};
  std::size_t cue = 0;
  for (const char* date : dates) g.AddEvidence(kVisit, Dated("d", ++cue, date));
  extract::Evidence bol = Dated("e", 1, "2024-07-15");
  bol.source = "BOL";
  g.AddEvidence(kVisit, bol);
  const std::string gexf = GexfOf(g);
  // 1800, 2024 (2024-01-01) and the undated record count from 2024-06-03,
  // 2030 from the span's last day, 2024-07-15.
  CHECK(gexf.find("          <attvalue for=\"weight\" value=\"4\" start=\"2024-06-03\" end=\"2024-07-14\"/>\n"
                  "          <attvalue for=\"weight\" value=\"5\" start=\"2024-07-15\"/>\n") != std::string::npos);
  CHECK(gexf.find("<node id=\"CHN\" label=\"China\" start=\"2024-06-03\">") != std::string::npos);
  CHECK(gexf.find("<node id=\"BOL\" label=\"Bolivia\" start=\"2024-07-15\">") != std::string::npos);
  // The attributes keep the dates as the evidence gives them.
  CHECK(gexf.find("<attvalue for=\"first_seen\" value=\"1800\"/>") != std::string::npos);
  CHECK(gexf.find("<attvalue for=\"last_seen\" value=\"2030\"/>") != std::string::npos);
  CHECK(gexf.find("start=\"1800") == std::string::npos);
  CHECK(gexf.find("start=\"2030") == std::string::npos);
  CHECK(gexf.find("start=\"2024-01-01") == std::string::npos);
}

TEST_CASE("dynamic GEXF of a graph with year dates only spans those years", "[export]") {
  graph::Graph g;
  g.AddNode({"CHN", "China", "country", "CHN", ""});
  g.AddNode({"PER", "Peru", "country", "PER", ""});
  const char* dates[] = {"2009", "2019", ""};
  std::size_t cue = 0;
  for (const char* date : dates) g.AddEvidence(kVisit, Dated("d", ++cue, date));
  const std::string gexf = GexfOf(g);
  CHECK(gexf.find("          <attvalue for=\"weight\" value=\"2\" start=\"2009-01-01\" end=\"2018-12-31\"/>\n"
                  "          <attvalue for=\"weight\" value=\"3\" start=\"2019-01-01\"/>\n") != std::string::npos);
}

TEST_CASE("dynamic GEXF of a graph without dates has no dates at all", "[export]") {
  graph::Graph g;
  BuildTimelineGraph(&g, false);
  const std::string gexf = GexfOf(g);
  CHECK(gexf.find("start=") == std::string::npos);
  CHECK(gexf.find("end=") == std::string::npos);
  CHECK(gexf.find("          <attvalue for=\"weight\" value=\"5\"/>\n") != std::string::npos);
}

TEST_CASE("GEXF names a default edge type only when the edges are of one kind", "[export]") {
  graph::Graph mixed, directed, undirected;
  testing::BuildSampleGraph(&mixed);
  BuildTimelineGraph(&directed, true);
  undirected.AddNode({"CHN", "China", "country", "CHN", ""});
  undirected.AddNode({"PER", "Peru", "country", "PER", ""});
  undirected.AddEvidence({"MEET", "036", 1, true}, Dated("d", 1, "2024-01-02"));
  CHECK(GexfOf(mixed).find("  <graph mode=\"dynamic\" timeformat=\"date\">\n") != std::string::npos);
  CHECK(GexfOf(directed).find("  <graph defaultedgetype=\"directed\" mode=\"dynamic\"") != std::string::npos);
  const std::string u = GexfOf(undirected);
  CHECK(u.find("  <graph defaultedgetype=\"undirected\" mode=\"dynamic\"") != std::string::npos);
  CHECK(u.find("source=\"CHN\" target=\"PER\" type=\"undirected\" kind=\"MEET\"") != std::string::npos);
}

TEST_CASE("GEXF leaves out the example sentence with --evidence none", "[export]") {
  ExportOptions options;
  options.max_evidence = 0;
  const std::string gexf = SampleGexf(options);
  CHECK(gexf.find("for=\"sentence\"") == std::string::npos);
  CHECK(gexf.find("for=\"url\"") == std::string::npos);
  CHECK(SampleGexf().find("for=\"sentence\"") != std::string::npos);
}

std::string Run(const std::string& command, const testing::ScratchDir& dir, int* status) {
  std::string output;
  *status = testing::RunCommand(command, dir.File("log"), &output);
  return output;
}

TEST_CASE("GEXF validates against the GEXF 1.3 XSD and RELAX NG schemas", "[export]") {
  const std::string schemas = testing::SchemasDir();
  if (schemas.empty() || !testing::HaveCommand("command -v xmllint")) {
    WARN("skipped: no shared schemas or no xmllint");
    return;
  }
  testing::ScratchDir dir("export-gexf-schema");
  graph::Graph timeline;
  BuildTimelineGraph(&timeline, true);
  const std::pair<const char*, std::string> files[] = {
      {"sample.gexf", SampleGexf()},       {"static.gexf", SampleGexf(StaticMode())},
      {"diff.gexf", SampleDiffGexf()},     {"empty.gexf", GexfOf(graph::Graph())},
      {"timeline.gexf", GexfOf(timeline)},
  };
  for (const auto& [name, text] : files) {
    testing::WriteTextFile(dir.File(name), text);
    for (const std::string& schema :
         {"--schema '" + schemas + "/gexf-1.3/gexf.xsd'", "--relaxng '" + schemas + "/gexf-1.3/relaxng/gexf.rng'"}) {
      int status = 0;
      const std::string output = Run("xmllint --noout --nonet " + schema + " '" + dir.File(name) + "'", dir, &status);
      INFO(schema << "\n" << output);
      CHECK(status == 0);
      CHECK(output == dir.File(name) + " validates\n");
    }
  }
}

// What the schemas leave unchecked: unique ids, edges between existing nodes,
// and Gephi's rule that source, target and kind identify an edge.
const char* kCheckGexf =
    "import sys, xml.etree.ElementTree as ET\n"
    "G = '{http://gexf.net/1.3}'\n"
    "graph = ET.parse(sys.argv[1]).getroot().find(G + 'graph')\n"
    "nodes = [n.get('id') for n in graph.iter(G + 'node')]\n"
    "edges = list(graph.iter(G + 'edge'))\n"
    "print(graph.get('mode'), graph.get('timeformat'), len(nodes), len(edges))\n"
    "print('unique node ids', len(set(nodes)) == len(nodes))\n"
    "print('unique edge ids', len({e.get('id') for e in edges}) == len(edges))\n"
    "print('unique source/target/kind', len({(e.get('source'), e.get('target'), e.get('kind')) for e in edges})"
    " == len(edges))\n"
    "print('endpoints exist', all(e.get('source') in nodes and e.get('target') in nodes for e in edges))\n"
    "print('counts', graph.find(G + 'nodes').get('count'), graph.find(G + 'edges').get('count'))\n";

TEST_CASE("GEXF ids are unique and every edge joins existing nodes", "[export]") {
  if (!testing::HaveCommand("/usr/bin/python3 -c 'import xml.etree.ElementTree'")) {
    WARN("skipped: /usr/bin/python3 is not available");
    return;
  }
  testing::ScratchDir dir("export-gexf-ids");
  testing::WriteTextFile(dir.File("check.py"), kCheckGexf);
  testing::WriteTextFile(dir.File("g.gexf"), SampleDiffGexf());
  int status = 0;
  const std::string output =
      Run("/usr/bin/python3 '" + dir.File("check.py") + "' '" + dir.File("g.gexf") + "'", dir, &status);
  INFO(output);
  CHECK(status == 0);
  CHECK(output ==
        "dynamic date 3 2\n"
        "unique node ids True\n"
        "unique edge ids True\n"
        "unique source/target/kind True\n"
        "endpoints exist True\n"
        "counts 3 2\n");
}

}  // namespace
}  // namespace dyad::exporters
