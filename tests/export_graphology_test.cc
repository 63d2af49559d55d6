#include <sstream>
#include <string>

#include "export/graphology.h"
#include "tests/catch.h"
#include "tests/export_test_util.h"
#include "tests/golden_util.h"

namespace dyad::exporters {
namespace {

std::string GraphologyOf(const graph::Graph& graph, const ExportOptions& options = {}) {
  std::ostringstream out;
  WriteGraphology(graph, out, options);
  return out.str();
}

TEST_CASE("graphology JSON matches the golden files", "[export]") {
  graph::Graph sample;
  testing::BuildSampleGraph(&sample);
  testing::CheckGolden(GraphologyOf(sample), "tests/data/export/sample.graphology.json.golden");
  testing::CheckGolden(GraphologyOf(graph::Graph()), "tests/data/export/empty.graphology.json.golden");
}

TEST_CASE("graphology JSON: symmetric relations undirected, nodes on a circle", "[export]") {
  graph::Graph sample;
  testing::BuildSampleGraph(&sample);
  const std::string json = GraphologyOf(sample);
  CHECK(json.find("      \"key\": \"CHN|MEET|USA\",\n      \"source\": \"CHN\",\n      \"target\": \"USA\",\n"
                  "      \"undirected\": true,") != std::string::npos);
  CHECK(json.find("\"source\": \"CHN\",\n      \"target\": \"X.ODD\",\n      \"undirected\": false,") !=
        std::string::npos);
  // Three nodes: at 0, 120 and 240 degrees.
  CHECK(json.find("\"x\": 100.00,\n        \"y\": 0.00,") != std::string::npos);
  CHECK(json.find("\"x\": -50.00,\n        \"y\": 86.60,") != std::string::npos);
  CHECK(json.find("\"x\": -50.00,\n        \"y\": -86.60,") != std::string::npos);
  ExportOptions none;
  none.max_evidence = 0;
  CHECK(GraphologyOf(sample, none).find("\"sentence\"") == std::string::npos);
  CHECK(json.find("\"sentence\": \"Biden met Xi.\"") != std::string::npos);
}

}  // namespace
}  // namespace dyad::exporters
