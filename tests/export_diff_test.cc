#include <sstream>
#include <string>

#include "export/diff_report.h"
#include "export/graphml_diff.h"
#include "export/json.h"
#include "tests/catch.h"
#include "tests/export_test_util.h"
#include "tests/golden_util.h"
#include "tests/test_util.h"

namespace dyad::exporters {
namespace {

// The sample graph as it was before d2 arrived, with a node and an edge
// (RUS VISIT CHN) that later disappeared.
void BuildSampleBefore(graph::Graph* before) {
  graph::Graph sample;
  testing::BuildSampleGraph(&sample);
  before->info = {};
  before->info.dyad_version = sample.info.dyad_version;
  before->info.rules_fingerprint = sample.info.rules_fingerprint;
  before->AddDocument(sample.info.documents[0]);  // d1
  before->AddNode(*sample.FindNode("USA"));
  before->AddNode(*sample.FindNode("CHN"));
  before->AddNode({"RUS", "Russia", "country", "RUS", ""});
  graph::Edge meet = *sample.FindEdge("CHN", "MEET", "USA");
  meet.evidence.erase(meet.evidence.begin() + 1);  // d2's record
  meet.first_seen = meet.last_seen = "";
  before->AddEdge(meet);
  extract::Evidence visit = meet.evidence[0];
  visit.source = "RUS", visit.target = "CHN", visit.relation = "VISIT", visit.event_date = "2023";
  before->AddEvidence({"VISIT", "042", 1, false}, visit);
}

graph::GraphDiff SampleDiff() {
  graph::Graph before, after;
  BuildSampleBefore(&before);
  testing::BuildSampleGraph(&after);
  return graph::DiffGraphs(before, after);
}

std::string DiffText(const graph::GraphDiff& diff) {
  std::ostringstream out;
  WriteDiffText(diff, out);
  return out.str();
}

std::string DiffJson(const graph::GraphDiff& diff) {
  std::ostringstream out;
  WriteDiffJson(diff, out);
  return out.str();
}

std::string SampleDiffGraphML() {
  graph::Graph before, after, u;
  BuildSampleBefore(&before);
  testing::BuildSampleGraph(&after);
  graph::DiffMarks marks;
  graph::DiffUnion(before, after, graph::DiffGraphs(before, after), &u, &marks);
  std::ostringstream out;
  WriteGraphMLDiff(u, marks, out);
  return out.str();
}

TEST_CASE("diff summary and JSON match the golden files", "[export]") {
  // The older graph as a file, for the command-line tests of `dyad diff`.
  graph::Graph before;
  BuildSampleBefore(&before);
  std::ostringstream before_json;
  WriteJson(before, before_json);
  testing::CheckGolden(before_json.str(), "tests/data/export/sample-before.json.golden");
  testing::CheckGolden(DiffText(SampleDiff()), "tests/data/export/sample-diff.txt.golden");
  testing::CheckGolden(DiffJson(SampleDiff()), "tests/data/export/sample-diff.json.golden");
  testing::CheckGolden(SampleDiffGraphML(), "tests/data/export/sample-diff.graphml.golden");
}

TEST_CASE("an empty diff says so in every count", "[export]") {
  CHECK(DiffText(graph::GraphDiff()) ==
        "documents: 0 added, 0 removed\n"
        "nodes: 0 added, 0 removed, 0 changed\n"
        "edges: 0 added, 0 removed, 0 changed; evidence: 0 added, 0 removed\n");
  CHECK(DiffJson(graph::GraphDiff()).find("\"edges\": []\n}\n") != std::string::npos);
}

TEST_CASE("diff GraphML validates against the GraphML schema with Gephi's edge label", "[export]") {
  const std::string schemas = testing::SchemasDir();
  if (schemas.empty() || !testing::HaveCommand("command -v xmllint")) {
    WARN("skipped: no shared schemas or no xmllint");
    return;
  }
  testing::ScratchDir dir("export-diff-graphml");
  testing::WriteTextFile(dir.File("d.graphml"), SampleDiffGraphML());
  std::string output;
  const int status = testing::RunCommand("xmllint --noout --nonet --schema '" + schemas +
                                             "/graphml/graphml+gephi-edge-label.xsd' '" + dir.File("d.graphml") + "'",
                                         dir.File("log"), &output);
  INFO(output);
  CHECK(status == 0);
  CHECK(output == dir.File("d.graphml") + " validates\n");
}

const char* kReadDiff =
    "import sys\n"
    "import networkx as nx\n"
    "g = nx.read_graphml(sys.argv[1])\n"
    "print(g.number_of_nodes(), g.number_of_edges())\n"
    "print(sorted((n, d['diff_status'], d['r'], d['g'], d['b']) for n, d in g.nodes(data=True)))\n"
    "print(sorted((s, t, d['relation'], d['diff_status']) for s, t, d in g.edges(data=True)))\n";

TEST_CASE("NetworkX reads the diff GraphML with its statuses and colours", "[export]") {
  if (!testing::HaveCommand("/usr/bin/python3 -c 'import networkx'")) {
    WARN("skipped: /usr/bin/python3 with networkx is not available");
    return;
  }
  testing::ScratchDir dir("export-diff-nx");
  testing::WriteTextFile(dir.File("d.graphml"), SampleDiffGraphML());
  testing::WriteTextFile(dir.File("read.py"), kReadDiff);
  std::string output;
  const int status = testing::RunCommand(
      "/usr/bin/python3 '" + dir.File("read.py") + "' '" + dir.File("d.graphml") + "'", dir.File("log"), &output);
  INFO(output);
  CHECK(status == 0);
  CHECK(output ==
        "4 3\n"
        "[('CHN', 'unchanged', 199, 199, 199), ('RUS', 'removed', 214, 39, 40), ('USA', 'unchanged', 199, 199, 199),"
        " ('X.ODD', 'added', 44, 160, 44)]\n"
        "[('CHN', 'USA', 'MEET', 'changed'), ('CHN', 'X.ODD', 'CRITICIZE', 'added'),"
        " ('RUS', 'CHN', 'VISIT', 'removed')]\n");
}

}  // namespace
}  // namespace dyad::exporters
