#include <sstream>
#include <string>
#include <vector>

#include "export/graphml.h"
#include "export/xml.h"
#include "tests/catch.h"
#include "tests/export_test_util.h"
#include "tests/test_util.h"

namespace dyad::exporters {
namespace {

std::string GraphMLOf(const graph::Graph& graph, GraphMLEdges edges = GraphMLEdges::kDirected) {
  std::ostringstream out;
  WriteGraphML(graph, out, edges);
  return out.str();
}

std::string SampleGraphML(GraphMLEdges edges = GraphMLEdges::kDirected) {
  graph::Graph graph;
  testing::BuildSampleGraph(&graph);
  return GraphMLOf(graph, edges);
}

// The sample graph without its symmetric edge: what NetworkX can read.
void BuildDirectedGraph(graph::Graph* graph) {
  graph::Graph sample;
  testing::BuildSampleGraph(&sample);
  for (const graph::Node* n : sample.Nodes()) graph->AddNode(*n);
  for (const graph::Edge* e : sample.Edges()) {
    if (!e->symmetric) graph->AddEdge(*e);
  }
}

TEST_CASE("XmlEscape escapes markup and drops what XML 1.0 forbids", "[export]") {
  struct Case {
    std::string in;
    std::string out;
  };
  const std::vector<Case> cases = {
      {"plain", "plain"},
      {"a & b <c> \"d\" 'e'", "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;"},
      {"]]>", "]]&gt;"},
      {"tab\tlf\ncr\r", "tab\tlf\ncr&#13;"},
      {std::string("nul\0x", 5), "nulx"},
      {"c0 \x01\x08\x0B\x0C\x1F end", "c0  end"},
      {"del \x7F kept", "del \x7F kept"},
      {"Côte d’Ivoire 😀", "Côte d’Ivoire 😀"},
      {"\xEF\xBF\xBD replacement kept", "\xEF\xBF\xBD replacement kept"},
      {"nonchars \xEF\xBF\xBE\xEF\xBF\xBF", "nonchars "},
      {"lone \x80 continuation", "lone  continuation"},
      {"truncated \xC3", "truncated "},
      {"truncated \xE2\x80 mid", "truncated  mid"},
      {"overlong \xC0\xAF \xE0\x80\xAF", "overlong  "},
      {"surrogate \xED\xA0\x80", "surrogate "},
      {"too big \xF4\x90\x80\x80", "too big "},
      {"bad lead \xF8\x88\x80\x80\x80", "bad lead "},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(XmlEscape(c.in) == c.out);
  }
}

TEST_CASE("GraphML output matches the golden file", "[export]") {
  CHECK(SampleGraphML() ==
        testing::ReadFile(testing::SourcePath("tests/data/export/sample.graphml.golden")));
}

TEST_CASE("mixed GraphML: undirected by default, each edge saying its direction", "[export]") {
  std::string mixed = SampleGraphML(GraphMLEdges::kMixed);
  CHECK(mixed.find("  <graph id=\"G\" edgedefault=\"undirected\">\n") != std::string::npos);
  CHECK(mixed.find("<edge id=\"e0\" source=\"CHN\" target=\"X.ODD\" directed=\"true\" label=\"CRITICIZE\">") !=
        std::string::npos);
  CHECK(mixed.find("<edge id=\"e1\" source=\"CHN\" target=\"USA\" directed=\"false\" label=\"MEET\">") !=
        std::string::npos);
  // Otherwise the same file.
  const std::string directed = SampleGraphML();
  CHECK(directed.find(" directed=") == std::string::npos);
  for (const char* attr : {" directed=\"true\"", " directed=\"false\""}) {
    mixed.erase(mixed.find(attr), std::string(attr).size());
  }
  const std::string undirected = "edgedefault=\"undirected\"";
  mixed.replace(mixed.find(undirected), undirected.size(), "edgedefault=\"directed\"");
  CHECK(mixed == directed);
}

TEST_CASE("GraphML of an empty graph has the keys and no elements", "[export]") {
  const std::string graphml = GraphMLOf(graph::Graph());
  CHECK(graphml.find("  <graph id=\"G\" edgedefault=\"directed\">\n  </graph>\n</graphml>\n") !=
        std::string::npos);
}

TEST_CASE("GraphML validates against the GraphML schema with Gephi's edge label", "[export]") {
  const std::string schemas = testing::SchemasDir();
  if (schemas.empty() || !testing::HaveCommand("command -v xmllint")) {
    WARN("skipped: no shared schemas or no xmllint");
    return;
  }
  const std::string xsd = schemas + "/graphml/graphml+gephi-edge-label.xsd";
  testing::ScratchDir dir("export-graphml-xsd");
  testing::WriteTextFile(dir.File("sample.graphml"), SampleGraphML());
  testing::WriteTextFile(dir.File("empty.graphml"), GraphMLOf(graph::Graph()));
  testing::WriteTextFile(dir.File("mixed.graphml"), SampleGraphML(GraphMLEdges::kMixed));
  for (const char* name : {"sample.graphml", "empty.graphml", "mixed.graphml"}) {
    std::string output;
    const int status = testing::RunCommand(
        "xmllint --noout --nonet --schema '" + xsd + "' '" + dir.File(name) + "'", dir.File("log"), &output);
    INFO(output);
    CHECK(status == 0);
    CHECK(output == dir.File(name) + " validates\n");
  }
}

// NetworkX reads GraphML with the standard library's XML parser, so this
// also checks that the escaping survives a real parser.
const char* kReadGraphML =
    "import sys\n"
    "import networkx as nx\n"
    "try:\n"
    "    g = nx.read_graphml(sys.argv[1])\n"
    "except nx.NetworkXError as e:\n"
    "    print('NetworkXError:', e)\n"
    "    sys.exit(0)\n"
    "print(g.number_of_nodes(), g.number_of_edges(), g.is_directed())\n"
    "print(sorted(g.edges(data='relation')))\n"
    "print(repr(g.nodes['X.ODD']['label']), g.edges['CHN', 'X.ODD']['sentence'])\n";

std::string ReadWithNetworkX(const std::string& graphml, const std::string& scratch) {
  testing::ScratchDir dir(scratch);
  testing::WriteTextFile(dir.File("g.graphml"), graphml);
  testing::WriteTextFile(dir.File("read.py"), kReadGraphML);
  std::string output;
  const std::string command =
      "/usr/bin/python3 '" + dir.File("read.py") + "' '" + dir.File("g.graphml") + "'";
  const int status = testing::RunCommand(command, dir.File("out"), &output);
  INFO(output);
  CHECK(status == 0);
  return output;
}

TEST_CASE("NetworkX reads the GraphML of a directed graph", "[export]") {
  if (!testing::HaveCommand("/usr/bin/python3 -c 'import networkx'")) {
    WARN("skipped: /usr/bin/python3 with networkx is not available");
    return;
  }
  graph::Graph graph;
  BuildDirectedGraph(&graph);
  CHECK(ReadWithNetworkX(GraphMLOf(graph), "export-graphml-nx") ==
        "3 1 True\n"
        "[('CHN', 'X.ODD', 'CRITICIZE')]\n"
        "'Odd <&\"\\'> ]]> Côte d’Ivoire' China \"slammed\" <Odd> & co. ]]>\n");
}

// Symmetric relations are marked by a key, not by directed="false", so that
// NetworkX reads the mixed graph too.
TEST_CASE("NetworkX reads the GraphML of a graph with symmetric relations", "[export]") {
  if (!testing::HaveCommand("/usr/bin/python3 -c 'import networkx'")) {
    WARN("skipped: /usr/bin/python3 with networkx is not available");
    return;
  }
  CHECK(ReadWithNetworkX(SampleGraphML(), "export-graphml-nx-mixed") ==
        "3 2 True\n"
        "[('CHN', 'USA', 'MEET'), ('CHN', 'X.ODD', 'CRITICIZE')]\n"
        "'Odd <&\"\\'> ]]> Côte d’Ivoire' China \"slammed\" <Odd> & co. ]]>\n");
  // NetworkX has no mixed graphs: the mixed form is for Gephi and graphology.
  CHECK(ReadWithNetworkX(SampleGraphML(GraphMLEdges::kMixed), "export-graphml-nx-refused") ==
        "NetworkXError: directed=true edge found in undirected graph.\n");
}

}  // namespace
}  // namespace dyad::exporters
