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
        "id,label,type,country,role,weighted_degree\n"
        "A,plain,country,,,0\n"
        "B,\"a, \"\"b\"\"\nc\",person,,x\xEF\xBF\xBD,0\n");
}

TEST_CASE("CSV in the Neo4j style has neo4j-admin import's headers", "[export]") {
  graph::Graph g;
  testing::BuildSampleGraph(&g);
  ExportOptions options;
  options.csv_style = CsvStyle::kNeo4j;
  options.max_evidence = 0;
  CHECK(NodesCsv(g, options) ==
        "id:ID,label,type,country,role,weighted_degree:int,:LABEL\n"
        "CHN,China,country,CHN,,3,country\n"
        "USA,United States,country,USA,,2,country\n"
        "X.ODD,\"Odd <&\"\"'> \x01]]> C\xC3\xB4te d\xE2\x80\x99Ivoire\",organization,,a & b,1,organization\n");
  CHECK(EdgesCsv(g, options) ==
        ":START_ID,:END_ID,:TYPE,id,cameo,quad_class:int,quad,root,plover,goldstein:double,symmetric:boolean,weight:int,first_seen,last_seen,"
        "documents:int,sentence,document,url\n"
        "CHN,X.ODD,CRITICIZE,CHN|CRITICIZE|X.ODD,111,3,verbal conflict,11,ACCUSE,-2.0,false,1,2024-03-01,2024-03-01,1,,,\n"
        "CHN,USA,MEET,CHN|MEET|USA,036,1,verbal cooperation,03,AGREE,4.0,true,2,2024-03-01,2024-03-04,2,,,\n");
}

// A graph whose texts start with what spreadsheets take for formulas.
void BuildFormulaGraph(graph::Graph* g) {
  g->AddNode({"A", "=HYPERLINK(\"http://x\")", "country", "", "+1"});
  g->AddNode({"B", "-2+3", "country", "", "@SUM(A1)"});
  extract::Evidence e = testing::SampleEvidence("d1", 0, "\tcmd|' /C calc'!A0");
  e.doc_url = "\rhttp://example.org";
  e.source = "A", e.target = "B", e.relation = "VISIT";
  g->AddEvidence({"VISIT", "042", 1, false}, e);
}

TEST_CASE("CSV cells that a spreadsheet would run are defused, or kept raw on request", "[export]") {
  graph::Graph g;
  BuildFormulaGraph(&g);
  CHECK(NodesCsv(g) ==
        "id,label,type,country,role,weighted_degree\n"
        "A,\"'=HYPERLINK(\"\"http://x\"\")\",country,,+1,1\n"
        "B,'-2+3,country,,'@SUM(A1),1\n");
  CHECK(EdgesCsv(g) ==
        "source,target,relation,id,cameo,quad_class,quad,root,plover,goldstein,symmetric,weight,first_seen,last_seen,documents,sentence,"
        "document,url\n"
        "A,B,VISIT,A|VISIT|B,042,1,verbal cooperation,04,CONSULT,1.9,false,1,2024-03-01,2024-03-01,1,'\tcmd|' /C calc'!A0,d1,"
        "\"'\rhttp://example.org\"\n");
  ExportOptions raw;
  raw.csv_cells = CsvCells::kRaw;
  CHECK(NodesCsv(g, raw) ==
        "id,label,type,country,role,weighted_degree\n"
        "A,\"=HYPERLINK(\"\"http://x\"\")\",country,,+1,1\n"
        "B,-2+3,country,,@SUM(A1),1\n");
  CHECK(EdgesCsv(g, raw).find(",1,\tcmd|' /C calc'!A0,d1,\"\rhttp://example.org\"\n") != std::string::npos);
}

TEST_CASE("CSV edges leave the example sentence out with --evidence none", "[export]") {
  graph::Graph g;
  testing::BuildSampleGraph(&g);
  ExportOptions options;
  options.max_evidence = 0;
  CHECK(EdgesCsv(g, options) ==
        "source,target,relation,id,cameo,quad_class,quad,root,plover,goldstein,symmetric,weight,first_seen,last_seen,documents,sentence,"
        "document,url\n"
        "CHN,X.ODD,CRITICIZE,CHN|CRITICIZE|X.ODD,111,3,verbal conflict,11,ACCUSE,-2.0,false,1,2024-03-01,2024-03-01,1,,,\n"
        "CHN,USA,MEET,CHN|MEET|USA,036,1,verbal cooperation,03,AGREE,4.0,true,2,2024-03-01,2024-03-04,2,,,\n");
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
