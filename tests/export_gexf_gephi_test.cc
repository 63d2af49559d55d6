// dyad's GEXF against the rules of Gephi's importer (tests/gephi_rules.h):
// every node and edge arrives, none merged or dropped. The rules are tested
// first on the files that break them.
#include <sstream>
#include <string>
#include <vector>

#include "export/gexf.h"
#include "tests/catch.h"
#include "tests/export_test_util.h"
#include "tests/gephi_rules.h"
#include "tests/test_util.h"

namespace dyad::testing {
namespace {

std::string Gexf(const std::string& graph_attrs, const std::string& edges) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
         "  <graph " + graph_attrs + ">\n"
         "    <attributes class=\"edge\" mode=\"static\">\n"
         "      <attribute id=\"relation\" title=\"relation\" type=\"string\"/>\n"
         "      <attribute id=\"quad_class\" title=\"quad_class\" type=\"integer\"/>\n"
         "    </attributes>\n"
         "    <nodes>\n      <node id=\"A\" label=\"A\"/>\n      <node id=\"B\" label=\"B\"/>\n    </nodes>\n"
         "    <edges>\n" + edges + "    </edges>\n  </graph>\n</gexf>\n";
}

TEST_CASE("Gephi rules: an edge against the default edge type is dropped", "[export][gephi]") {
  const GephiImport r = ImportLikeGephi(Gexf("defaultedgetype=\"directed\"",
                                             "<edge id=\"1\" source=\"A\" target=\"B\" type=\"undirected\" kind=\"MEET\"/>\n"
                                             "<edge id=\"2\" source=\"A\" target=\"B\" kind=\"VISIT\"/>\n"));
  CHECK(r.nodes == 2);
  CHECK(r.edges == 1);
  CHECK(r.issues == std::vector<std::string>{"edge 1: Edge type doesn't fit with default set (directed)"});
  // Mixed (no default): both kinds are kept.
  CHECK(ImportLikeGephi(Gexf("", "<edge id=\"1\" source=\"A\" target=\"B\" type=\"undirected\" kind=\"MEET\"/>\n"
                                 "<edge id=\"2\" source=\"A\" target=\"B\" type=\"directed\" kind=\"VISIT\"/>\n"))
            .edges == 2);
}

TEST_CASE("Gephi rules: parallel edges merge only when of one kind", "[export][gephi]") {
  const GephiImport r =
      ImportLikeGephi(Gexf("", "<edge id=\"1\" source=\"A\" target=\"B\" type=\"undirected\" kind=\"MEET\"/>\n"
                               "<edge id=\"2\" source=\"B\" target=\"A\" type=\"undirected\" kind=\"MEET\"/>\n"
                               "<edge id=\"3\" source=\"A\" target=\"B\" type=\"undirected\" kind=\"TRADE\"/>\n"
                               "<edge id=\"4\" source=\"A\" target=\"B\" type=\"directed\" kind=\"VISIT\"/>\n"
                               "<edge id=\"5\" source=\"B\" target=\"A\" type=\"directed\" kind=\"VISIT\"/>\n"
                               "<edge id=\"6\" source=\"A\" target=\"B\" type=\"directed\" kind=\"VISIT\"/>\n"));
  CHECK(r.edges == 4);
  CHECK(r.issues == std::vector<std::string>{"edge 2: parallel edge of kind 'MEET': merged into an earlier one",
                                             "edge 6: parallel edge of kind 'VISIT': merged into an earlier one"});
}

TEST_CASE("Gephi rules: weights, ids, endpoints and attribute values", "[export][gephi]") {
  const GephiImport r = ImportLikeGephi(Gexf(
      "mode=\"static\"",
      "<edge id=\"1\" source=\"A\" target=\"B\" type=\"directed\" kind=\"X\" weight=\"0\"/>\n"
      "<edge id=\"2\" source=\"A\" target=\"C\" type=\"directed\" kind=\"X\"/>\n"
      "<edge id=\"3\" source=\"A\" target=\"B\" type=\"directed\" kind=\"Y\" weight=\"2\">\n"
      "  <attvalues><attvalue for=\"quad_class\" value=\"one\"/><attvalue for=\"cameo\" value=\"040\"/>"
      "<attvalue for=\"relation\" value=\"Y\" start=\"2024-01-01\"/></attvalues>\n</edge>\n"
      "<edge id=\"3\" source=\"B\" target=\"A\" type=\"directed\" kind=\"Y\"/>\n"));
  CHECK(r.edges == 1);
  CHECK(r.issues == std::vector<std::string>{"edge 1: weight 0: edge removed", "edge 2: unknown node id C",
                                             "edge 3: value 'one' of quad_class is not a integer",
                                             "edge 3: value for undeclared attribute cameo ignored",
                                             "edge 3: dated value of static attribute relation",
                                             "edge 3: an edge with this id exists"});
}

std::string GexfOf(const graph::Graph& graph, const exporters::ExportOptions& options = {}) {
  std::ostringstream out;
  exporters::WriteGexf(graph, out, options);
  return out.str();
}

int Count(const std::string& text, const std::string& what) {
  int n = 0;
  for (std::size_t i = text.find(what); i != std::string::npos; i = text.find(what, i + 1)) ++n;
  return n;
}

void CheckGephiKeepsAll(const std::string& gexf, int nodes, int edges) {
  const GephiImport r = ImportLikeGephi(gexf);
  CHECK(r.issues.empty());
  for (const std::string& issue : r.issues) INFO(issue);
  CHECK(r.nodes == nodes);
  CHECK(r.edges == edges);
  CHECK(Count(gexf, "<edge ") == edges);
}

TEST_CASE("Gephi keeps every node and edge of dyad's GEXF", "[export][gephi]") {
  graph::Graph sample;
  BuildSampleGraph(&sample);
  exporters::ExportOptions static_mode;
  static_mode.gexf_mode = exporters::GexfMode::kStatic;
  CheckGephiKeepsAll(GexfOf(sample), 3, 2);
  CheckGephiKeepsAll(GexfOf(sample, static_mode), 3, 2);
  CheckGephiKeepsAll(GexfOf(graph::Graph()), 0, 0);
  // The seeds graph: 18 symmetric relations beside directed ones, several
  // kinds between one pair of countries (CHL and PER meet, cooperate,
  // fight...), dynamic weights.
  const std::string seeds = ReadFile(SourcePath("tests/golden/seeds.gexf"));
  CHECK(Count(seeds, "type=\"undirected\"") == 18);
  CheckGephiKeepsAll(seeds, 24, 32);
  CheckGephiKeepsAll(ReadFile(SourcePath("tests/golden/seeds-country.gexf")), 11, 23);
}

}  // namespace
}  // namespace dyad::testing
