#include <sstream>
#include <string>

#include "export/csv.h"
#include "export/cytoscape.h"
#include "tests/catch.h"
#include "tests/export_test_util.h"
#include "tests/golden_util.h"
#include "tests/test_util.h"

namespace dyad::exporters {
namespace {

std::string NodesCsv(const graph::Graph& graph, const ExportOptions& options = {}) {
  std::ostringstream out;
  WriteCsvNodes(graph, out, options);
  return out.str();
}

std::string EdgesCsv(const graph::Graph& graph, const ExportOptions& options = {}) {
  std::ostringstream out;
  WriteCsvEdges(graph, out, options);
  return out.str();
}

std::string CytoscapeOf(const graph::Graph& graph, const ExportOptions& options = {}) {
  std::ostringstream out;
  WriteCytoscape(graph, out, options);
  return out.str();
}

TEST_CASE("CSV output matches the golden files", "[export]") {
  graph::Graph g;
  testing::BuildSampleGraph(&g);
  testing::CheckGolden(NodesCsv(g), "tests/data/export/sample.nodes.csv.golden");
  testing::CheckGolden(EdgesCsv(g), "tests/data/export/sample.edges.csv.golden");
}

TEST_CASE("CSV quotes what needs quoting and nothing else", "[export]") {
  graph::Graph g;
  g.AddNode({"A", "plain", "country", "", ""});
  g.AddNode({"B", "a, \"b\"\nc", "person", "", "x\xC3"});  // also invalid UTF-8
  CHECK(NodesCsv(g) ==
        "id:ID,label,type,country,role,weighted_degree:int,:LABEL\n"
        "A,plain,country,,,0,country\n"
        "B,\"a, \"\"b\"\"\nc\",person,,x\xEF\xBF\xBD,0,person\n");
}

TEST_CASE("CSV edges leave the example sentence out with --evidence none", "[export]") {
  graph::Graph g;
  testing::BuildSampleGraph(&g);
  ExportOptions options;
  options.max_evidence = 0;
  CHECK(EdgesCsv(g, options) ==
        ":START_ID,:END_ID,:TYPE,id,cameo,quad_class:int,quad,symmetric:boolean,weight:int,first_seen,last_seen,"
        "documents:int,sentence,document,url\n"
        "CHN,X.ODD,CRITICIZE,CHN|CRITICIZE|X.ODD,111,3,verbal conflict,false,1,2024-03-01,2024-03-01,1,,,\n"
        "CHN,USA,MEET,CHN|MEET|USA,036,1,verbal cooperation,true,2,2024-03-01,2024-03-04,2,,,\n");
}

TEST_CASE("CSV paths: one output path names two files", "[export]") {
  CHECK(CsvPathsFor("out/g.csv").nodes == "out/g.nodes.csv");
  CHECK(CsvPathsFor("out/g.csv").edges == "out/g.edges.csv");
  CHECK(CsvPathsFor("g").nodes == "g.nodes.csv");
  CHECK(CsvPathsFor(".csv").edges == ".csv.edges.csv");
}

TEST_CASE("Cytoscape.js output matches the golden file", "[export]") {
  graph::Graph g;
  testing::BuildSampleGraph(&g);
  testing::CheckGolden(CytoscapeOf(g), "tests/data/export/sample.cyjs.golden");
  testing::CheckGolden(CytoscapeOf(graph::Graph()), "tests/data/export/empty.cyjs.golden");
}

// Counts the evidence records written for each edge.
std::string EvidenceCounts(const std::string& json) {
  std::string counts;
  for (std::size_t at = json.find("\"evidence\": ["); at != std::string::npos;
       at = json.find("\"evidence\": [", at + 1)) {
    const std::size_t end = json.find("\n          ]", at);
    std::size_t n = 0;
    for (std::size_t p = json.find("\"doc_id\"", at); p < end; p = json.find("\"doc_id\"", p + 1)) ++n;
    counts += std::to_string(n) + " ";
  }
  return counts;
}

TEST_CASE("Cytoscape.js keeps at most --evidence N records per edge", "[export]") {
  graph::Graph g;
  testing::BuildSampleGraph(&g);
  ExportOptions options;
  CHECK(EvidenceCounts(CytoscapeOf(g, options)) == "1 2 ");  // CRITICIZE sorts before MEET
  options.max_evidence = 1;
  CHECK(EvidenceCounts(CytoscapeOf(g, options)) == "1 1 ");
  options.max_evidence = 0;
  CHECK(CytoscapeOf(g, options).find("\"evidence\": []") != std::string::npos);
  CHECK(CytoscapeOf(g, options).find("\"weight\": 2,") != std::string::npos);  // weight counts all evidence
}

// Reads the Cytoscape.js document as a browser would (JSON), and checks
// what cytoscape() requires: unique ids, edges between existing nodes.
const char* kCheckCytoscape =
    "import json, sys\n"
    "doc = json.load(open(sys.argv[1], encoding='utf-8'))\n"
    "nodes = [n['data']['id'] for n in doc['elements']['nodes']]\n"
    "edges = [e['data'] for e in doc['elements']['edges']]\n"
    "ids = nodes + [e['id'] for e in edges]\n"
    "print(len(nodes), len(edges), len(set(ids)) == len(ids))\n"
    "print(all(e['source'] in nodes and e['target'] in nodes for e in edges))\n"
    "print(sorted((e['id'], e['weight'], e['color']) for e in edges))\n"
    "print(doc['elements']['nodes'][1]['data']['label'])\n";

TEST_CASE("Cytoscape.js JSON parses, with unique ids and existing endpoints", "[export]") {
  if (!testing::HaveCommand("/usr/bin/python3 -c 'import json'")) {
    WARN("skipped: /usr/bin/python3 is not available");
    return;
  }
  graph::Graph g;
  testing::BuildSampleGraph(&g);
  testing::ScratchDir dir("export-cytoscape");
  testing::WriteTextFile(dir.File("g.cyjs"), CytoscapeOf(g));
  testing::WriteTextFile(dir.File("check.py"), kCheckCytoscape);
  std::string output;
  const int status = testing::RunCommand("/usr/bin/python3 '" + dir.File("check.py") + "' '" + dir.File("g.cyjs") + "'",
                                         dir.File("log"), &output);
  INFO(output);
  CHECK(status == 0);
  CHECK(output ==
        "3 2 True\n"
        "True\n"
        "[('CHN|CRITICIZE|X.ODD', 1, '#fdae61'), ('CHN|MEET|USA', 2, '#66c2a5')]\n"
        "United States\n");
}

}  // namespace
}  // namespace dyad::exporters
