#include <optional>
#include <string>

#include "graph/cameo.h"
#include "graph/filter.h"
#include "tests/catch.h"

namespace dyad::graph {
namespace {

TEST_CASE("CAMEO codes know their root, PLOVER category and Goldstein score", "[graph][cameo]") {
  CHECK(CameoRoot("0421") == "04");
  CHECK(CameoRoot("04") == "04");
  CHECK(CameoRoot("4") == "");
  CHECK(CameoRoot("04a") == "");
  CHECK(CameoRootName("04") == "CONSULT");
  CHECK(CameoRootName("19") == "FIGHT");
  CHECK(CameoRootName("00") == "STRUCTURE");
  CHECK(CameoRootName("21") == "");
  CHECK(PloverCategory("042") == "CONSULT");
  CHECK(PloverCategory("0841") == "RETREAT");  // root 08 splits between CONCEDE and RETREAT
  CHECK(PloverCategory("08") == "CONCEDE");
  CHECK(PloverCategory("1821") == "ASSAULT");  // not in PLOVER's table: its parent 182's
  CHECK(PloverCategory("010") == "");          // statements: no PLOVER category
  CHECK(PloverCategory("abc") == "");
  CHECK(IsPloverCategory("AGREE"));
  CHECK_FALSE(IsPloverCategory("DEMAND"));  // PLOVER 0.5's name, REQUEST since 2021
  CHECK_FALSE(IsPloverCategory(""));
  CHECK(GoldsteinScore("042") == std::optional<double>(1.9));
  CHECK(GoldsteinScore("190") == std::optional<double>(-10.0));
  CHECK(GoldsteinScore("0874") == std::optional<double>(10.0));
  CHECK(GoldsteinScore("0429") == std::optional<double>(1.9));  // an unknown sub-code takes its parent's
  CHECK(GoldsteinScore("00") == std::nullopt);
  CHECK(GoldsteinScore("x") == std::nullopt);
}

extract::Evidence Ev(const std::string& doc, const std::string& s, const std::string& t,
                     const std::string& relation) {
  extract::Evidence e;
  e.doc_id = doc;
  e.source = s;
  e.target = t;
  e.relation = relation;
  return e;
}

TEST_CASE("merging on roots keeps every record and keeps direction apart", "[graph][cameo]") {
  Graph g;
  for (const char* id : {"PER", "CHN", "USA"}) g.AddNode({id, id, "country", id, ""});
  const RelationInfo visit{"VISIT", "042", 1, false}, host{"HOST", "043", 1, false}, meet{"MEET", "036", 1, true},
      talks{"DISCUSS", "040", 1, true}, member{"MEMBER_OF", "00", 0, false}, untyped{"LINK", "", 0, false};
  g.AddEvidence(visit, Ev("a", "CHN", "PER", "VISIT"));
  g.AddEvidence(host, Ev("b", "CHN", "PER", "HOST"));
  g.AddEvidence(host, Ev("c", "PER", "CHN", "HOST"));
  g.AddEvidence(talks, Ev("d", "PER", "CHN", "DISCUSS"));
  g.AddEvidence(talks, Ev("e", "CHN", "PER", "DISCUSS"));
  g.AddEvidence(meet, Ev("f", "USA", "PER", "MEET"));
  g.AddEvidence(member, Ev("g", "PER", "USA", "MEMBER_OF"));
  g.AddEvidence(untyped, Ev("h", "PER", "USA", "LINK"));
  const Graph merged = MergeOnRoots(g);
  std::string dump;
  for (const Edge* e : merged.Edges()) {
    dump += e->source + " " + e->relation + " " + e->target + " " + e->cameo + (e->symmetric ? " sym " : " dir ") +
            std::to_string(e->weight()) + ":";
    for (const extract::Evidence& ev : e->evidence) dump += " " + ev.doc_id + "/" + ev.relation;
    dump += "\n";
  }
  CHECK(dump ==
        "CHN CONSULT PER 04 dir 2: a/VISIT b/HOST\n"
        "CHN CONSULT_MUTUAL PER 04 sym 2: d/DISCUSS e/DISCUSS\n"
        "PER CONSULT CHN 04 dir 1: c/HOST\n"
        "PER INTEND_TO_COOPERATE_MUTUAL USA 03 sym 1: f/MEET\n"
        "PER LINK USA  dir 1: h/LINK\n"
        "PER STRUCTURE USA 00 dir 1: g/MEMBER_OF\n");
  CHECK(merged.node_count() == 3);

  FilterOptions options;
  options.merge_on = MergeOn::kRoot;
  options.relations = {"CONSULT_MUTUAL", "INTEND_TO_COOPERATE_MUTUAL"};
  Graph view;
  std::string error;
  REQUIRE(FilterGraph(g, options, {}, &view, &error));
  CHECK(view.edge_count() == 2);
  MergeOn m = MergeOn::kRelation;
  CHECK(ParseMergeOn("root", &m));
  CHECK(m == MergeOn::kRoot);
  CHECK_FALSE(ParseMergeOn("code", &m));
}

}  // namespace
}  // namespace dyad::graph
