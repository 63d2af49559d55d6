#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "export/json.h"
#include "tests/catch.h"
#include "tests/export_test_util.h"
#include "tests/test_util.h"

namespace dyad::cli {
namespace {

struct Result {
  int code;
  std::string out;
  std::string err;
};

Result RunDyad(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  const int code = Run(args, out, err);
  return {code, out.str(), err.str()};
}

std::string Data(const std::string& name) { return testing::SourcePath("tests/data/export/" + name); }

std::string Read(const std::string& path) { return testing::ReadFile(path); }

TEST_CASE("graph commands report usage errors with exit code 2", "[cli]") {
  struct Case {
    std::vector<std::string> args;
    std::string err;
  };
  const std::string sample = Data("sample.json.golden");
  const std::vector<Case> cases = {
      {{"export"}, "dyad export: expected one GRAPH.json\nTry 'dyad export --help'.\n"},
      {{"export", sample, "--since", "May"},
       "dyad export: --since: expected a date YYYY, YYYY-MM or YYYY-MM-DD, got 'May'\n"},
      {{"export", sample, "--since", "2025", "--until", "2024-12"},
       "dyad export: --since 2025 is after --until 2024-12\n"},
      {{"export", sample, "--level", "region"}, "dyad export: --level: expected actor or country, got 'region'\n"},
      {{"export", sample, "--min-weight", "0"}, "dyad export: --min-weight: expected a positive number, got '0'\n"},
      {{"export", sample, "--evidence", "most"},
       "dyad export: --evidence: expected all, none or a number, got 'most'\n"},
      {{"export", sample, "--gexf-mode", "slice"},
       "dyad export: --gexf-mode: expected dynamic or static, got 'slice'\n"},
      {{"export", sample, "--graphml-edges", "undirected"},
       "dyad export: --graphml-edges: expected directed or mixed, got 'undirected'\n"},
      {{"export", sample, "--by", "year", "-o", "s.csv"},
       "dyad export: --by: expected day, week or month, got 'year'\n"},
      {{"export", sample, "--by", "month", "-o", "g.gexf"},
       "dyad export: --by: no time series output: give -o FILE.csv (or --format series)\n"},
      {{"export", sample, "--quad", "5"}, "dyad export: --quad: expected quad classes 1 to 4, got '5'\n"},
      {{"export", sample, "--root", "4"}, "dyad export: --root: expected CAMEO roots 01 to 20, got '4'\n"},
      {{"export", sample, "--pair", "PER"}, "dyad export: --pair: expected two countries, got 'PER'\n"},
      {{"export", sample, "--csv-style", "excel"},
       "dyad export: --csv-style: expected plain or neo4j, got 'excel'\n"},
      {{"diff", sample, sample, "--csv-cells", "safe"},
       "dyad diff: --csv-cells: expected defused or raw, got 'safe'\n"},
      {{"export", sample, "--relations", " , "}, "dyad export: --relations: expected comma-separated ids, got ' , '\n"},
      {{"export", sample, "--format", "csv"},
       "dyad export: csv writes two files (nodes and edges): give -o PATH.csv\n"},
      {{"export", sample, "-o", "g.gml"},
       "dyad export: cannot tell the format of 'g.gml' from its extension: use --format "
       "graphml|json|gexf|cytoscape|csv|graphology\n"},
      {{"diff", sample}, "dyad diff: expected OLD.json and NEW.json\nTry 'dyad diff --help'.\n"},
      {{"diff", sample, sample, "--level", "country"},
       "dyad diff: unknown option '--level'\nTry 'dyad diff --help'.\n"},
      {{"update", sample}, "dyad update: expected GRAPH.json and at least one INPUT\nTry 'dyad update --help'.\n"},
      {{"update", sample, "seeds"},
       "dyad update: no output given: use -o NEW.json (it may be GRAPH.json)\nTry 'dyad update --help'.\n"},
      {{"merge"}, "dyad merge: no graph given\nTry 'dyad merge --help'.\n"},
      {{"build", "seeds", "--around", ""}, "dyad build: --around: expected comma-separated ids, got ''\n"},
  };
  for (const Case& c : cases) {
    INFO(c.args.back());
    const Result r = RunDyad(c.args);
    CHECK(r.code == kExitUsage);
    CHECK(r.err == c.err);
    CHECK(r.out == "");
  }
}

TEST_CASE("graph commands name the file when a graph cannot be read", "[cli]") {
  Result r = RunDyad({"export", "no/such.json"});
  CHECK(r.code == kExitBadInput);
  CHECK(r.err == "no/such.json: no such file or directory\n");
  const std::string rules = testing::SourcePath("rules/modality.yaml");
  r = RunDyad({"merge", Data("sample.json.golden"), rules});
  CHECK(r.code == kExitBadInput);
  CHECK(r.err == rules + ":1:1: invalid JSON: Invalid value.\n");
  r = RunDyad({"export", Data("sample.json.golden"), "--around", "PER,CHN", "-o", "-"});
  CHECK(r.code == kExitBadInput);
  CHECK(r.err == "dyad export: --around: no node 'PER' in the graph\n");
  CHECK(r.out == "");
}

TEST_CASE("graph commands have help that lists exit codes", "[cli]") {
  for (const char* command : {"export", "diff", "update", "merge"}) {
    const Result r = RunDyad({command, "--help"});
    CHECK(r.code == kExitOk);
    CHECK(r.out.rfind(std::string("Usage: dyad ") + command, 0) == 0);
    CHECK(r.out.find("Exit codes: 0 success, 1 bad input or rules") != std::string::npos);
  }
  CHECK(RunDyad({"--help"}).out.find("  update    add new articles to a saved graph\n") != std::string::npos);
}

TEST_CASE("export writes every format, identical to the writers' golden files", "[cli]") {
  testing::ScratchDir dir("cli-export");
  const Result r = RunDyad({"export", Data("sample.json.golden"), "-o", dir.File("g.gexf"), "-o", dir.File("g.json"),
                            "-o", dir.File("g.graphml"), "-o", dir.File("g.cyjs"), "-o", dir.File("g.csv")});
  INFO(r.err);
  REQUIRE(r.code == kExitOk);
  CHECK(r.out == "wrote " + dir.File("g.gexf") + "\nwrote " + dir.File("g.json") + "\nwrote " + dir.File("g.graphml") +
                     "\nwrote " + dir.File("g.cyjs") + "\nwrote " + dir.File("g.nodes.csv") + "\nwrote " +
                     dir.File("g.edges.csv") + "\n");
  CHECK(Read(dir.File("g.gexf")) == Read(Data("sample.gexf.golden")));
  CHECK(Read(dir.File("g.json")) == Read(Data("sample.json.golden")));  // lossless round trip
  CHECK(Read(dir.File("g.graphml")) == Read(Data("sample.graphml.golden")));
  CHECK(Read(dir.File("g.cyjs")) == Read(Data("sample.cyjs.golden")));
  CHECK(Read(dir.File("g.nodes.csv")) == Read(Data("sample.nodes.csv.golden")));
  CHECK(Read(dir.File("g.edges.csv")) == Read(Data("sample.edges.csv.golden")));
  CHECK_FALSE(std::filesystem::exists(dir.File("g.csv")));

  const Result s = RunDyad({"export", Data("sample.json.golden"), "--gexf-mode", "static", "--format", "gexf", "-o",
                            dir.File("static.xml"), "--quiet"});
  CHECK(s.code == kExitOk);
  CHECK(s.out + s.err == "");
  CHECK(Read(dir.File("static.xml")) == Read(Data("sample-static.gexf.golden")));
}

TEST_CASE("diff -o d.csv defuses formula cells unless asked for raw ones", "[cli]") {
  testing::ScratchDir dir("cli-diff-csv");
  graph::Graph empty, g;
  g.AddNode({"A", "=1+2", "country", "", ""});
  g.AddNode({"B", "B", "country", "", ""});
  extract::Evidence e = testing::SampleEvidence("d1", 0, "@cmd");
  e.source = "A", e.target = "B", e.relation = "VISIT";
  g.AddEvidence({"VISIT", "042", 1, false}, e);
  for (const auto& [name, graph] : {std::pair{"old.json", &empty}, std::pair{"new.json", &g}}) {
    std::ostringstream text;
    exporters::WriteJson(*graph, text);
    testing::WriteTextFile(dir.File(name), text.str());
  }
  Result r = RunDyad({"diff", dir.File("old.json"), dir.File("new.json"), "-o", dir.File("d.csv"), "--quiet"});
  REQUIRE(r.code == kExitOk);
  CHECK(Read(dir.File("d.nodes.csv")) ==
        "id,label,type,country,role,weighted_degree,diff_status\nA,'=1+2,country,,,1,added\nB,B,country,,,1,added\n");
  CHECK(Read(dir.File("d.edges.csv")).find(",'@cmd,d1,") != std::string::npos);
  r = RunDyad({"diff", dir.File("old.json"), dir.File("new.json"), "-o", dir.File("r.csv"), "--csv-cells", "raw",
               "--csv-style", "neo4j", "--quiet"});
  REQUIRE(r.code == kExitOk);
  CHECK(Read(dir.File("r.nodes.csv")) ==
        "id:ID,label,type,country,role,weighted_degree:int,:LABEL,diff_status\n"
        "A,=1+2,country,,,1,country,added\nB,B,country,,,1,country,added\n");
  CHECK(Read(dir.File("r.edges.csv")).find(",@cmd,d1,") != std::string::npos);
}

TEST_CASE("export -o FILE.csv --by writes a time series, one file", "[cli]") {
  testing::ScratchDir dir("cli-series");
  const Result r = RunDyad({"export", Data("sample.json.golden"), "-o", dir.File("s.csv"), "--by", "day", "-o",
                            dir.File("g.gexf")});
  INFO(r.err);
  REQUIRE(r.code == kExitOk);
  CHECK(r.out == "wrote " + dir.File("s.csv") + "\nwrote " + dir.File("g.gexf") + "\n");
  CHECK(Read(dir.File("s.csv")) ==
        "period,source,target,relation,cameo,root,quad_class,symmetric,evidence,documents\n"
        "2024-03-01,CHN,X.ODD,CRITICIZE,111,11,3,false,1,1\n"
        "2024-03-01,CHN,USA,MEET,036,03,1,true,1,1\n"
        "2024-03-04,CHN,USA,MEET,036,03,1,true,1,1\n");
  CHECK_FALSE(std::filesystem::exists(dir.File("s.nodes.csv")));
  const Result m = RunDyad({"export", Data("sample.json.golden"), "--format", "series", "-o", dir.File("m.txt")});
  CHECK(m.code == kExitOk);
  CHECK(Read(dir.File("m.txt")) ==
        "period,source,target,relation,cameo,root,quad_class,symmetric,evidence,documents\n"
        "2024-03,CHN,X.ODD,CRITICIZE,111,11,3,false,1,1\n"
        "2024-03,CHN,USA,MEET,036,03,1,true,2,2\n");
}

TEST_CASE("export says what its view kept", "[cli]") {
  testing::ScratchDir dir("cli-export-view");
  const Result r = RunDyad({"export", Data("sample.json.golden"), "--relations", "MEET", "-o", dir.File("g.gexf")});
  REQUIRE(r.code == kExitOk);
  CHECK(r.out == "view: 2 of 3 nodes, 1 of 2 edges, 2 of 3 evidence records\nwrote " + dir.File("g.gexf") + "\n");
}

TEST_CASE("build and export apply the same views", "[cli]") {
  testing::ScratchDir dir("cli-views");
  const std::string full = dir.File("full.json");
  REQUIRE(RunDyad({"build", "seeds", "-o", full, "--quiet"}).code == kExitOk);
  const std::vector<std::vector<std::string>> views = {
      {"--level", "country"},
      {"--relations", "MEET,VISIT", "--min-weight", "1"},
      {"--since", "2024", "--until", "2025-10"},
      {"--around", "PER.BOLUARTE"},
      {"--level", "country", "--around", "CHL,USA", "--relations", "MEET"},
  };
  for (const auto& view : views) {
    INFO(view[0] << " " << view[1]);
    std::vector<std::string> build = {"build", "seeds", "-o", dir.File("b.json"), "--quiet"};
    std::vector<std::string> exp = {"export", full, "-o", dir.File("e.json"), "--quiet"};
    build.insert(build.end(), view.begin(), view.end());
    exp.insert(exp.end(), view.begin(), view.end());
    REQUIRE(RunDyad(build).code == kExitOk);
    REQUIRE(RunDyad(exp).code == kExitOk);
    CHECK(Read(dir.File("b.json")) == Read(dir.File("e.json")));
    CHECK(Read(dir.File("b.json")) != Read(full));
  }
}

TEST_CASE("diff prints the summary and writes the diff and the union graph", "[cli]") {
  testing::ScratchDir dir("cli-diff");
  const Result r = RunDyad({"diff", Data("sample-before.json.golden"), Data("sample.json.golden"), "-o",
                            dir.File("d.json"), "-o", dir.File("d.graphml")});
  INFO(r.err);
  REQUIRE(r.code == kExitOk);
  CHECK(r.out == Read(Data("sample-diff.txt.golden")) + "wrote " + dir.File("d.json") + "\nwrote " +
                     dir.File("d.graphml") + "\n");
  CHECK(Read(dir.File("d.json")) == Read(Data("sample-diff.json.golden")));
  CHECK(Read(dir.File("d.graphml")) == Read(Data("sample-diff.graphml.golden")));
  const Result same = RunDyad({"diff", Data("sample.json.golden"), Data("sample.json.golden")});
  CHECK(same.code == kExitOk);
  CHECK(same.out ==
        "documents: 0 added, 0 removed\n"
        "nodes: 0 added, 0 removed, 0 changed\n"
        "edges: 0 added, 0 removed, 0 changed; evidence: 0 added, 0 removed\n");
}

const std::vector<std::string> kFirstThree = {"seeds/000-china-peru-military-delegation.md",
                                              "seeds/001-us-pressure-peru-scraped.txt",
                                              "seeds/002-chile-peru-military-cooperation.md"};
const std::vector<std::string> kLastTwo = {"seeds/003-cpc-delegation-visits-peru.md", "seeds/004-peru-usa-securite.md"};

std::vector<std::string> Args(std::vector<std::string> head, const std::vector<std::string>& tail) {
  head.insert(head.end(), tail.begin(), tail.end());
  return head;
}

TEST_CASE("update adds only new articles and equals a build of all of them", "[cli]") {
  testing::ScratchDir dir("cli-update");
  const std::string g = dir.File("g.json"), all = dir.File("all.json");
  REQUIRE(RunDyad({"build", "seeds", "-o", all, "--quiet"}).code == kExitOk);
  REQUIRE(RunDyad(Args({"build", "-o", g, "--quiet"}, kFirstThree)).code == kExitOk);
  Result r = RunDyad(Args({"update", g, "-o", g, "--quiet"}, kLastTwo));
  INFO(r.err);
  REQUIRE(r.code == kExitOk);
  CHECK(Read(g) == Read(all));
  r = RunDyad({"update", g, "seeds", "-o", g});  // everything is there already
  REQUIRE(r.code == kExitOk);
  CHECK(r.out.rfind("update: 5 document(s) already in " + g + ", skipped\ndocuments: 5 read, 5 skipped\n", 0) == 0);
  CHECK(Read(g) == Read(all));
}

TEST_CASE("update summarises what changed: new nodes, new and strengthened edges", "[cli]") {
  testing::ScratchDir dir("cli-update-summary");
  testing::WriteTextFile(dir.File("a.txt"), "Peru met with Chile on Monday.\n");
  testing::WriteTextFile(dir.File("b.txt"),
                         "Peru met with Chile on Tuesday. Peru signed a trade agreement with Bolivia.\n");
  REQUIRE(RunDyad({"build", dir.File("a.txt"), "-o", dir.File("g.json"), "--quiet"}).code == kExitOk);
  const Result r = RunDyad({"update", dir.File("g.json"), dir.File("b.txt"), "-o", dir.File("g2.json")});
  INFO(r.err);
  REQUIRE(r.code == kExitOk);
  CHECK(r.out == "update: 0 document(s) already in " + dir.File("g.json") + ", skipped\n"
                 "documents: 1 read, 0 skipped\n"
                 "evidence: 2 asserted, 0 negated/hedged/denied (not in the graph)\n"
                 "new nodes: 1: BOL\n"
                 "new edges: 1\n"
                 "  BOL SIGN_AGREEMENT PER  1\n"
                 "strengthened edges: 1\n"
                 "  CHL MEET PER  1 -> 2\n"
                 "graph: 3 nodes, 2 edges\n"
                 "wrote " + dir.File("g2.json") + "\n");
}

TEST_CASE("update streams its inputs: -j does not change it, --max-doc-size and --strict apply", "[cli]") {
  testing::ScratchDir dir("cli-update-stream");
  const std::string g = dir.File("g.json"), all = dir.File("all.json");
  REQUIRE(RunDyad({"build", "seeds", "-o", all, "--quiet"}).code == kExitOk);
  REQUIRE(RunDyad(Args({"build", "-o", g, "--quiet"}, kFirstThree)).code == kExitOk);
  // Old and new articles mixed, on two threads, one of them twice.
  const std::string j2 = dir.File("j2.json");
  Result r = RunDyad({"update", g, "seeds", kLastTwo[0], "-j", "2", "-o", j2});
  INFO(r.err);
  REQUIRE(r.code == kExitOk);
  CHECK(Read(j2) == Read(all));
  CHECK(r.out.rfind("update: 3 document(s) already in " + g + ", skipped\ndocuments: 6 read, 4 skipped\n", 0) == 0);
  // A new article over the size limit is skipped with a warning; --strict refuses it.
  const std::string small = dir.File("small.json");
  r = RunDyad(Args({"update", g, "-o", small, "--quiet", "--max-doc-size", "64"}, kLastTwo));
  CHECK(r.code == kExitOk);
  CHECK(r.err ==
        kLastTwo[0] + ": warning: too large: 2558 bytes (the maximum document size is 64 bytes)\n" + kLastTwo[1] +
            ": warning: too large: 2532 bytes (the maximum document size is 64 bytes)\n");
  r = RunDyad(Args({"update", g, "-o", small, "--quiet", "--strict", "--max-doc-size", "64"}, kLastTwo));
  CHECK(r.code == kExitBadInput);
  CHECK(r.err.find("\ndyad update: --strict: 2 input(s) skipped\n") != std::string::npos);
  CHECK(RunDyad({"update", g, "seeds", "-o", small, "--max-doc-size", "lots"}).code == kExitUsage);
}

TEST_CASE("a failed update leaves the graph as it was", "[cli]") {
  testing::ScratchDir dir("cli-update-fail");
  const std::string g = dir.File("g.json");
  REQUIRE(RunDyad(Args({"build", "-o", g, "--quiet"}, kFirstThree)).code == kExitOk);
  const std::string original = Read(g);
  Result r = RunDyad({"update", g, "seeds/no-such-article.md", "-o", g});
  CHECK(r.code == kExitBadInput);
  CHECK(r.err == "seeds/no-such-article.md: no such file or directory\ndyad update: 1 input error(s)\n");
  CHECK(Read(g) == original);
  // An output that cannot be written comes first, whatever the order given,
  // so the graph is not replaced either.
  std::filesystem::create_directory(dir.File("taken.json"));
  r = RunDyad(Args({"update", g, "-o", g, "-o", dir.File("taken.json"), "--diff", dir.File("d.json")}, kLastTwo));
  CHECK(r.code == kExitBadInput);
  CHECK(r.err.rfind("dyad update: cannot write '" + dir.File("taken.json") + "': ", 0) == 0);
  CHECK(Read(g) == original);
  CHECK(std::filesystem::is_directory(dir.File("taken.json")));
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    CHECK(entry.path().filename().string().find(".tmp.") == std::string::npos);  // no temporary left behind
  }
}

TEST_CASE("merge of parts equals the build of the whole, in any order", "[cli]") {
  testing::ScratchDir dir("cli-merge");
  const std::string a = dir.File("a.json"), b = dir.File("b.json"), all = dir.File("all.json");
  REQUIRE(RunDyad({"build", "seeds", "-o", all, "--quiet"}).code == kExitOk);
  REQUIRE(RunDyad(Args({"build", "-o", a, "--quiet"}, kFirstThree)).code == kExitOk);
  REQUIRE(RunDyad(Args({"build", "-o", b, "--quiet"}, kLastTwo)).code == kExitOk);
  const Result r = RunDyad({"merge", b, a, "-o", dir.File("ba.json")});
  REQUIRE(r.code == kExitOk);
  CHECK(r.out ==
        "merged 2 graph(s): 5 documents, " + std::string("24 nodes, 32 edges\nwrote ") + dir.File("ba.json") + "\n");
  CHECK(Read(dir.File("ba.json")) == Read(all));
  REQUIRE(RunDyad({"merge", a, b, all, "-o", dir.File("abx.json"), "--quiet"}).code == kExitOk);
  CHECK(Read(dir.File("abx.json")) == Read(all));  // overlapping inputs count once
}

}  // namespace
}  // namespace dyad::cli
