#pragma once
// What Gephi 0.10 keeps of a GEXF file, by the rules of its importer
// (ImporterGEXF) and import container (ImportContainerImpl), for tests to
// check dyad's GEXF against without Gephi itself.
#include <string>
#include <vector>

namespace dyad::testing {

struct GephiImport {
  int nodes = 0;
  int edges = 0;  // edges the container keeps
  // Everything Gephi would drop, merge or misread, one line each:
  // "edge A|MEET|B: Edge type doesn't fit with default set (directed)".
  std::vector<std::string> issues;
};

// Reads `gexf` (as dyad writes it: no comments, no CDATA) the way Gephi
// does, and applies the container's rules: an edge whose type contradicts
// the graph's defaultedgetype is dropped; an edge with the id of an earlier
// one, or of unknown nodes, is dropped; edges of one kind between the same
// nodes (in either order when undirected) are merged into one; an edge of
// weight 0 is removed (a negative weight is reported too); a value for an
// undeclared attribute, one that does not parse as its declared type, and
// a dated value for a static attribute are lost. The first declaration of
// an attribute id wins, as in Gephi.
GephiImport ImportLikeGephi(const std::string& gexf);

}  // namespace dyad::testing
