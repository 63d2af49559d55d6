#include <map>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "graph/graph.h"
#include "tests/catch.h"

namespace dyad::graph {
namespace {

const RelationInfo kMeet{"MEET", "040", 1, true};
const RelationInfo kVisit{"VISIT", "042", 1, false};

extract::Evidence Ev(const std::string& doc, const std::string& s, const std::string& t, std::uint32_t cue,
                     const std::string& date) {
  extract::Evidence e;
  e.doc_id = doc;
  e.source = s;
  e.target = t;
  e.cue_span = {cue, cue + 3};
  e.doc_date = date;
  return e;
}

Graph ThreeNodes() {
  Graph g;
  g.AddNode({"PER", "Peru", "country", "PER", ""});
  g.AddNode({"CHN", "China", "country", "CHN", ""});
  g.AddNode({"CHN.XI", "Xi Jinping", "person", "CHN", "government"});
  return g;
}

// "source relation target weight first..last" per edge.
std::string Dump(const Graph& g) {
  std::string out;
  for (const Edge* e : g.Edges()) {
    out += e->source + " " + e->relation + " " + e->target + " " + std::to_string(e->weight()) + " " +
           e->first_seen + ".." + e->last_seen + "\n";
  }
  return out;
}

TEST_CASE("evidence merges into one edge per source, relation and target", "[graph]") {
  Graph g = ThreeNodes();
  CHECK(g.AddEvidence(kVisit, Ev("a", "CHN.XI", "PER", 10, "2024-11-14")));
  CHECK(g.AddEvidence(kVisit, Ev("b", "CHN.XI", "PER", 5, "2024-06")));
  CHECK(g.AddEvidence(kVisit, Ev("b", "CHN.XI", "PER", 5, "2024-06")));  // identical: counted once
  CHECK(g.AddEvidence(kMeet, Ev("a", "PER", "CHN", 20, "")));           // symmetric: stored CHN < PER
  CHECK(g.AddEvidence(kMeet, Ev("b", "CHN", "PER", 30, "2025-01-02")));
  CHECK_FALSE(g.AddEvidence(kVisit, Ev("a", "CHN", "USA", 1, "")));      // no node USA
  CHECK(Dump(g) ==
        "CHN MEET PER 2 2025-01-02..2025-01-02\n"
        "CHN.XI VISIT PER 2 2024-06..2024-11-14\n");
  CHECK(g.FindEdge("CHN.XI", "VISIT", "PER")->evidence[0].doc_id == "a");
}

// Each edge's evidence as "doc:cue" in stored order.
std::string DumpEvidence(const Graph& g) {
  std::string out;
  for (const Edge* e : g.Edges()) {
    out += e->source + ">" + e->target + ":";
    for (const extract::Evidence& ev : e->evidence) {
      out += " " + ev.doc_id.str() + ":" + std::to_string(ev.cue_span.begin);
    }
    out += "\n";
  }
  return out;
}

TEST_CASE("an edge's evidence is put in order with repeats dropped, whatever order it came in", "[graph]") {
  Graph g = ThreeNodes();
  // In order, one repeat: the repeat goes.
  for (std::uint32_t cue : {1, 2, 2, 3}) g.AddEvidence(kVisit, Ev("a", "CHN.XI", "PER", cue, ""));
  // A repeat first, then a record out of order: sorted, and the repeats go.
  for (std::uint32_t cue : {5, 5, 9, 4, 9}) g.AddEvidence(kVisit, Ev("b", "CHN", "PER", cue, ""));
  // Out of order without repeats.
  for (std::uint32_t cue : {7, 6}) g.AddEvidence(kVisit, Ev("a", "PER", "CHN", cue, ""));
  CHECK(DumpEvidence(g) ==
        "CHN>PER: b:4 b:5 b:9\n"
        "CHN.XI>PER: a:1 a:2 a:3\n"
        "PER>CHN: a:6 a:7\n");
}

TEST_CASE("evidence sorted on several threads is as on one", "[graph]") {
  // The records, and what each edge must end with, worked out apart from
  // the graph: per (source, target), the distinct (document, cue) pairs in
  // order (documents "d00".."d49" sort as their numbers do).
  struct Record {
    int source, target;
    std::string doc;
    std::uint32_t cue;
  };
  std::vector<Record> records;
  std::map<std::pair<std::string, std::string>, std::set<std::pair<std::string, std::uint32_t>>> edges;
  std::mt19937 rng(7);
  for (int k = 0; k < 6000; ++k) {
    const int s = static_cast<int>(rng() % 20);
    const int t = static_cast<int>((s + 1 + rng() % 19) % 20);
    const unsigned d = rng() % 50;
    const std::string doc = std::string("d") + (d < 10 ? "0" : "") + std::to_string(d);
    const std::uint32_t cue = rng() % 40;
    records.push_back({s, t, doc, cue});
    edges[{"N" + std::to_string(s), "N" + std::to_string(t)}].insert({doc, cue});
  }
  std::string expected;
  for (const auto& [ends, list] : edges) {
    expected += ends.first + ">" + ends.second + ":";
    for (const auto& [doc, cue] : list) expected += " " + doc + ":" + std::to_string(cue);
    expected += "\n";
  }
  REQUIRE(edges.size() == 380);

  auto make = [&] {
    Graph g;
    for (int i = 0; i < 20; ++i) g.AddNode({"N" + std::to_string(i), "", "country", "", ""});
    for (const Record& r : records) {
      g.AddEvidence(kVisit, Ev(r.doc, "N" + std::to_string(r.source), "N" + std::to_string(r.target), r.cue, ""));
    }
    return g;
  };
  CHECK(DumpEvidence(make()) == expected);  // sorted on first read, on one thread
  for (int threads : {1, 2, 4, 16}) {
    Graph g = make();
    g.SortEvidence(threads);
    CHECK(DumpEvidence(g) == expected);
  }
}

TEST_CASE("folding to countries keeps evidence and drops self-loops", "[graph]") {
  Graph g = ThreeNodes();
  g.AddEvidence(kVisit, Ev("a", "CHN.XI", "PER", 10, "2024-11-14"));
  g.AddEvidence(kVisit, Ev("b", "CHN", "PER", 3, "2024-11-15"));
  g.AddEvidence(kMeet, Ev("c", "CHN.XI", "CHN", 3, ""));
  Graph folded = FoldToCountries(g);
  CHECK(Dump(folded) == "CHN VISIT PER 2 2024-11-14..2024-11-15\n");
  CHECK(folded.node_count() == 2);
}

TEST_CASE("folded weights are those of the folded graph, without folding it", "[graph]") {
  Graph g = ThreeNodes();
  g.AddNode({"CHN.LI", "Li Qiang", "person", "CHN", "government"});
  g.AddNode({"USA", "United States", "country", "", ""});
  g.AddNode({"AMB.USA", "the U.S. ambassador", "person", "USA", "diplomat"});
  g.AddEvidence(kVisit, Ev("a", "CHN.XI", "PER", 10, ""));
  g.AddEvidence(kVisit, Ev("a", "CHN.LI", "PER", 10, ""));  // the same record once folded
  g.AddEvidence(kVisit, Ev("b", "CHN.LI", "PER", 10, ""));
  g.AddEvidence(kVisit, Ev("c", "CHN", "PER", 4, ""));
  g.AddEvidence(kMeet, Ev("d", "PER", "CHN.XI", 7, ""));  // stored CHN.XI-PER, folds to CHN-PER
  g.AddEvidence(kMeet, Ev("e", "CHN.XI", "AMB.USA", 7, ""));  // stored AMB.USA-CHN.XI: USA-CHN, put in order
  g.AddEvidence(kMeet, Ev("f", "CHN.LI", "CHN.XI", 2, ""));  // a self-loop once folded
  using Key = std::tuple<std::string, std::string, std::string>;
  const std::map<Key, int> expected = {
      {{"CHN", "MEET", "PER"}, 1}, {{"CHN", "MEET", "USA"}, 1}, {{"CHN", "VISIT", "PER"}, 3}};
  CHECK(FoldedWeights(g) == expected);
  std::map<Key, int> from_fold;
  const Graph folded = FoldToCountries(g);
  for (const Edge* e : folded.Edges()) from_fold[{e->source, e->relation, e->target}] = e->weight();
  CHECK(from_fold == expected);
}

TEST_CASE("merge is order independent", "[graph]") {
  Graph a = ThreeNodes(), b = ThreeNodes();
  a.AddEvidence(kVisit, Ev("a", "CHN.XI", "PER", 10, "2024-11-14"));
  a.AddDocument({"a", "", "", "", "en", "h1", "a.txt"});
  b.AddEvidence(kVisit, Ev("b", "CHN.XI", "PER", 4, "2024-01-01"));
  b.AddDocument({"b", "", "", "", "en", "h2", "b.txt"});
  Graph ab, ba;
  ab.Merge(a);
  ab.Merge(b);
  ba.Merge(b);
  ba.Merge(a);
  CHECK(Dump(ab) == Dump(ba));
  CHECK(Dump(ab) == "CHN.XI VISIT PER 2 2024-01-01..2024-11-14\n");
  CHECK(ab.info.documents.size() == 2);
  CHECK_FALSE(ab.AddDocument({"a2", "", "", "", "en", "h1", "copy.txt"}));  // same content hash
}

// Enough documents to make the content-hash table grow several times: each
// hash is found, each repeat refused, and a copy of the graph knows them all.
TEST_CASE("a graph knows every content hash it holds, and refuses a repeat", "[graph]") {
  Graph g;
  for (int i = 0; i < 1000; ++i) {
    const std::string n = std::to_string(i);
    CHECK(g.AddDocument({"d" + n, "", "", "", "en", "hash-" + n, n + ".txt"}));
  }
  for (int i = 0; i < 1000; i += 7) {
    const std::string n = std::to_string(i);
    CHECK_FALSE(g.AddDocument({"copy" + n, "", "", "", "en", "hash-" + n, "copy.txt"}));
  }
  CHECK(g.info.documents.size() == 1000);
  const Graph copy = g;
  for (const Graph* graph : {static_cast<const Graph*>(&g), &copy}) {
    int found = 0;
    for (int i = 0; i < 1000; ++i) found += graph->HasDocument("hash-" + std::to_string(i)) ? 1 : 0;
    CHECK(found == 1000);
    CHECK_FALSE(graph->HasDocument("hash-1000"));
    CHECK_FALSE(graph->HasDocument(""));
    CHECK_FALSE(graph->HasDocument("hash-"));
  }
  CHECK_FALSE(Graph().HasDocument("hash-0"));
}

TEST_CASE("copies and moves own their edges", "[graph]") {
  auto make = [] {
    Graph g = ThreeNodes();
    g.AddEvidence(kVisit, Ev("a", "CHN.XI", "PER", 10, "2024-11-14"));
    return g;
  };
  Graph original = make();
  Graph copy = original;
  copy.AddEvidence(kVisit, Ev("b", "CHN.XI", "PER", 2, "2024-01-01"));
  CHECK(Dump(original) == "CHN.XI VISIT PER 1 2024-11-14..2024-11-14\n");
  CHECK(Dump(copy) == "CHN.XI VISIT PER 2 2024-01-01..2024-11-14\n");
  Graph moved = std::move(copy);
  CHECK(Dump(moved) == "CHN.XI VISIT PER 2 2024-01-01..2024-11-14\n");
  original = moved;
  CHECK(original.FindEdge("CHN.XI", "VISIT", "PER")->weight() == 2);
}

}  // namespace
}  // namespace dyad::graph
