#include <string>
#include <vector>

#include "graph/filter.h"
#include "graph/partial_date.h"
#include "tests/catch.h"

namespace dyad::graph {
namespace {

const RelationInfo kMeet{"MEET", "036", 1, true};
const RelationInfo kVisit{"VISIT", "042", 1, false};
const RelationInfo kFight{"FIGHT", "190", 4, false};

extract::Evidence Ev(const std::string& doc, const std::string& s, const std::string& t, const std::string& date) {
  extract::Evidence e;
  e.doc_id = doc;
  e.source = s;
  e.target = t;
  e.doc_date = date;
  return e;
}

// Six edges with dates of every kind: full, month, year and none.
void BuildGraph(Graph* g) {
  g->info.dyad_version = "0.1.0";
  g->info.rules_fingerprint = "feedface";
  g->AddDocument({"a", "", "", "", "en", "h1", "a.txt"});
  g->AddNode({"PER", "Peru", "country", "PER", ""});
  g->AddNode({"CHN", "China", "country", "CHN", ""});
  g->AddNode({"CHN.XI", "Xi Jinping", "person", "CHN", "government"});
  g->AddNode({"USA", "United States", "country", "USA", ""});
  g->AddNode({"CHL", "Chile", "country", "CHL", ""});
  g->AddEvidence(kVisit, Ev("a", "CHN.XI", "PER", "2024-11-14"));
  g->AddEvidence(kVisit, Ev("b", "CHN.XI", "PER", "2024-06"));
  g->AddEvidence(kMeet, Ev("c", "PER", "CHN", ""));
  g->AddEvidence(kFight, Ev("d", "USA", "CHN", "2009"));
  g->AddEvidence(kMeet, Ev("e", "PER", "CHL", "2025-01-02"));
  g->AddEvidence(kVisit, Ev("f", "CHN.XI", "CHL", "2020"));
}

// "nodes: A B C" then "source relation target weight first..last" per edge.
std::string Dump(const Graph& g) {
  std::string out = "nodes:";
  for (const Node* n : g.Nodes()) out += " " + n->id;
  out += "\n";
  for (const Edge* e : g.Edges()) {
    out += e->source + " " + e->relation + " " + e->target + " " + std::to_string(e->weight()) + " " + e->first_seen +
           ".." + e->last_seen + "\n";
  }
  return out;
}

std::string Filtered(const FilterOptions& options) {
  Graph g, out;
  BuildGraph(&g);
  std::string error;
  const bool ok = FilterGraph(g, options, {}, &out, &error);
  INFO(error);
  REQUIRE(ok);
  CHECK(out.info.rules_fingerprint == "feedface");
  CHECK(out.info.documents.size() == 1);
  return Dump(out);
}

TEST_CASE("partial dates: validity, first and last day, day before", "[graph]") {
  for (const char* ok : {"2024", "2024-02", "2024-02-29", "2023-12-31", "0001-01-01", "1800"}) {
    INFO(ok);
    CHECK(IsPartialDate(ok));
  }
  for (const char* bad : {"", "24", "2024-2", "2024-13", "2023-02-29", "2024-04-31", "0000", "2024/01/01",
                          "2024-01-01T00:00", "20x4", "2024-00"}) {
    INFO(bad);
    CHECK_FALSE(IsPartialDate(bad));
  }
  CHECK(FirstDay("2024") == "2024-01-01");
  CHECK(FirstDay("2024-06") == "2024-06-01");
  CHECK(FirstDay("2024-06-15") == "2024-06-15");
  CHECK(FirstDay("June") == "");
  CHECK(LastDay("2024") == "2024-12-31");
  CHECK(LastDay("2024-02") == "2024-02-29");
  CHECK(LastDay("2023-02") == "2023-02-28");
  CHECK(LastDay("1900-02") == "1900-02-28");
  CHECK(LastDay("2000-02") == "2000-02-29");
  CHECK(DayBefore("2024-03-01") == "2024-02-29");
  CHECK(DayBefore("2025-01-01") == "2024-12-31");
  CHECK(DayBefore("2024-11-14") == "2024-11-13");
  CHECK(DayBefore("2024-11") == "");
}

TEST_CASE("no filter keeps the graph as it is", "[graph]") {
  const std::string all =
      "nodes: CHL CHN CHN.XI PER USA\n"
      "CHL MEET PER 1 2025-01-02..2025-01-02\n"
      "CHN MEET PER 1 ..\n"
      "CHN.XI VISIT CHL 1 2020..2020\n"
      "CHN.XI VISIT PER 2 2024-06..2024-11-14\n"
      "USA FIGHT CHN 1 2009..2009\n";
  CHECK(Filtered({}) == all);
  CHECK_FALSE(FilterOptions().FiltersEdges());
}

TEST_CASE("quad class, CAMEO root and country pair filters keep those edges", "[graph]") {
  FilterOptions quad;
  quad.quad_classes = {4};
  CHECK(Filtered(quad) == "nodes: CHN USA\nUSA FIGHT CHN 1 2009..2009\n");
  FilterOptions root;
  root.roots = {"04"};  // VISIT is 042
  CHECK(Filtered(root) ==
        "nodes: CHL CHN.XI PER\n"
        "CHN.XI VISIT CHL 1 2020..2020\n"
        "CHN.XI VISIT PER 2 2024-06..2024-11-14\n");
  FilterOptions pair;
  pair.pair = {"PER", "CHN"};  // Xi Jinping's country is CHN
  CHECK(Filtered(pair) ==
        "nodes: CHN CHN.XI PER\n"
        "CHN MEET PER 1 ..\n"
        "CHN.XI VISIT PER 2 2024-06..2024-11-14\n");
  CHECK(pair.FiltersEdges());
}

TEST_CASE("outlet and language filters keep the evidence of those articles", "[graph]") {
  Graph g;
  g.AddDocument({"a", "", "https://www.Reuters.com/world/x", "", "en", "h1", "a.txt"});
  g.AddDocument({"b", "", "https://lemonde.fr/y", "", "fr", "h2", "b.txt"});
  g.AddDocument({"c", "", "", "", "es", "h3", "c.txt"});
  for (const char* id : {"PER", "CHN"}) g.AddNode({id, id, "country", id, ""});
  const std::pair<const char*, const char*> records[] = {
      {"a", "https://www.Reuters.com/world/x"}, {"b", "https://lemonde.fr/y"}, {"c", ""}};
  for (const auto& [doc, url] : records) {
    extract::Evidence e = Ev(doc, "CHN", "PER", doc == std::string("a") ? "2024-01-01" : "2024-01-02");
    e.doc_url = url;
    g.AddEvidence(kVisit, e);
  }
  auto run = [&](const FilterOptions& o) {
    Graph out;
    std::string error;
    REQUIRE(FilterGraph(g, o, {}, &out, &error));
    return Dump(out);
  };
  FilterOptions outlet;
  outlet.outlets = {"reuters.com"};
  CHECK(run(outlet) == "nodes: CHN PER\nCHN VISIT PER 1 2024-01-01..2024-01-01\n");
  FilterOptions lang;
  lang.languages = {"fr", "es"};
  CHECK(run(lang) == "nodes: CHN PER\nCHN VISIT PER 2 2024-01-02..2024-01-02\n");
  FilterOptions none;
  none.outlets = {"bbc.co.uk"};
  CHECK(run(none) == "nodes:\n");
  CHECK(UrlHost("https://www.Reuters.com/world/x") == "reuters.com");
  CHECK(UrlHost("http://news.bbc.co.uk:8080/a?b") == "news.bbc.co.uk");
  CHECK(UrlHost("lemonde.fr/y") == "");
}

TEST_CASE("country level folds actors into their country", "[graph]") {
  FilterOptions o;
  o.level = Level::kCountry;
  CHECK(Filtered(o) ==
        "nodes: CHL CHN PER USA\n"
        "CHL MEET PER 1 2025-01-02..2025-01-02\n"
        "CHN MEET PER 1 ..\n"
        "CHN VISIT CHL 1 2020..2020\n"
        "CHN VISIT PER 2 2024-06..2024-11-14\n"
        "USA FIGHT CHN 1 2009..2009\n");
}

TEST_CASE("a time window keeps evidence any day of whose date is inside", "[graph]") {
  FilterOptions o;
  o.since = "2024-07";  // 2024-06 ends before: out
  CHECK(Filtered(o) ==
        "nodes: CHL CHN.XI PER\n"
        "CHL MEET PER 1 2025-01-02..2025-01-02\n"
        "CHN.XI VISIT PER 1 2024-11-14..2024-11-14\n");
  o.since = "2024-06-15";  // 2024-06 overlaps: in; undated evidence is always out
  o.until = "2024";
  CHECK(Filtered(o) ==
        "nodes: CHN.XI PER\n"
        "CHN.XI VISIT PER 2 2024-06..2024-11-14\n");
  o.since = "";
  o.until = "2020-12-31";
  CHECK(Filtered(o) ==
        "nodes: CHL CHN CHN.XI USA\n"
        "CHN.XI VISIT CHL 1 2020..2020\n"
        "USA FIGHT CHN 1 2009..2009\n");
}

TEST_CASE("relations and minimum weight select edges", "[graph]") {
  FilterOptions o;
  o.relations = {"MEET"};
  CHECK(Filtered(o) ==
        "nodes: CHL CHN PER\n"
        "CHL MEET PER 1 2025-01-02..2025-01-02\n"
        "CHN MEET PER 1 ..\n");
  o.relations = {"MEET", "VISIT"};
  o.min_weight = 2;
  CHECK(Filtered(o) == "nodes: CHN.XI PER\nCHN.XI VISIT PER 2 2024-06..2024-11-14\n");
}

TEST_CASE("around keeps the actors, their neighbours and the edges among them", "[graph]") {
  FilterOptions o;
  o.around = {"PER"};  // CHN.XI VISIT CHL joins two neighbours: kept; USA is two steps away
  CHECK(Filtered(o) ==
        "nodes: CHL CHN CHN.XI PER\n"
        "CHL MEET PER 1 2025-01-02..2025-01-02\n"
        "CHN MEET PER 1 ..\n"
        "CHN.XI VISIT CHL 1 2020..2020\n"
        "CHN.XI VISIT PER 2 2024-06..2024-11-14\n");
  o.around = {"USA"};
  CHECK(Filtered(o) == "nodes: CHN USA\nUSA FIGHT CHN 1 2009..2009\n");
  o.min_weight = 2;  // USA's only edge is too weak: nothing is left
  CHECK(Filtered(o) == "nodes:\n");
}

TEST_CASE("filters combine in order: level, window, relations, weight, around", "[graph]") {
  FilterOptions o;
  o.level = Level::kCountry;
  o.relations = {"VISIT"};
  o.since = "2020";
  o.around = {"CHL"};
  CHECK(Filtered(o) == "nodes: CHL CHN\nCHN VISIT CHL 1 2020..2020\n");
}

TEST_CASE("around names every id missing from the graph", "[graph]") {
  Graph g, out;
  BuildGraph(&g);
  FilterOptions o;
  o.around = {"XXX", "PER", "BRA"};
  std::string error;
  CHECK_FALSE(FilterGraph(g, o, {}, &out, &error));
  CHECK(error == "--around: no node 'BRA', 'XXX' in the graph");
  CHECK(out.node_count() == 0);
  o.around = {"CHN.XI"};  // folded away at country level
  o.level = Level::kCountry;
  CHECK_FALSE(FilterGraph(g, o, {}, &out, &error));
  CHECK(error == "--around: no node 'CHN.XI' in the graph");
}

TEST_CASE("country level takes missing country nodes from the pack", "[graph]") {
  Graph g, out;
  g.AddNode({"BOL.ARCE", "Luis Arce", "person", "BOL", "government"});
  g.AddNode({"PER", "Peru", "country", "PER", ""});
  g.AddEvidence(kVisit, Ev("a", "BOL.ARCE", "PER", "2024"));
  FilterOptions o;
  o.level = Level::kCountry;
  std::string error;
  REQUIRE(FilterGraph(g, o, {{"BOL", {"BOL", "Bolivia", "country", "BOL", ""}}}, &out, &error));
  CHECK(out.FindNode("BOL")->label == "Bolivia");
  CHECK(Dump(out) == "nodes: BOL PER\nBOL VISIT PER 1 2024..2024\n");
}

TEST_CASE("ParseLevel accepts actor and country", "[graph]") {
  Level level = Level::kCountry;
  CHECK(ParseLevel("actor", &level));
  CHECK(level == Level::kActor);
  CHECK(ParseLevel("country", &level));
  CHECK(level == Level::kCountry);
  CHECK_FALSE(ParseLevel("Country", &level));
}

}  // namespace
}  // namespace dyad::graph
