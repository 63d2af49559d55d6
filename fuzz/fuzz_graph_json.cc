// libFuzzer target: the graph JSON loader. What loads must write back and
// load again to the same bytes (the round trip ReadJson promises), and every
// writer must handle whatever names and sentences the file held.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "export/cytoscape.h"
#include "export/gexf.h"
#include "export/graphml.h"
#include "export/json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace dyad;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  graph::Graph graph;
  extract::Diagnostics diagnostics;
  if (!exporters::ReadJson(text, "fuzz.json", &graph, &diagnostics)) {
    if (diagnostics.size() != 1) __builtin_trap();  // one diagnostic on failure
    return 0;
  }
  std::ostringstream first;
  exporters::WriteJson(graph, first);
  graph::Graph again;
  if (!exporters::ReadJson(first.str(), "again.json", &again, &diagnostics)) __builtin_trap();
  std::ostringstream second;
  exporters::WriteJson(again, second);
  if (first.str() != second.str()) __builtin_trap();
  std::ostringstream sink;
  exporters::WriteGraphML(graph, sink);
  exporters::WriteGexf(graph, sink);
  exporters::WriteCytoscape(graph, sink);
  return 0;
}
