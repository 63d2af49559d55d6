#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "cli/cli.h"
#include "cli/pipeline.h"
#include "tests/catch.h"
#include "tests/default_pack.h"
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
  int code = Run(args, out, err);
  return {code, out.str(), err.str()};
}

TEST_CASE("usage errors exit 2 with a pointer to --help", "[cli]") {
  Result r = RunDyad({"frobnicate"});
  CHECK(r.code == kExitUsage);
  CHECK(r.err == "dyad: unknown command 'frobnicate'\nTry 'dyad --help'.\n");

  r = RunDyad({"build", "seeds", "--colour", "red"});
  CHECK(r.code == kExitUsage);
  CHECK(r.err == "dyad build: unknown option '--colour'\nTry 'dyad build --help'.\n");

  r = RunDyad({"build"});
  CHECK(r.code == kExitUsage);
  CHECK(r.err == "dyad build: no input given\nTry 'dyad build --help'.\n");

  r = RunDyad({"build", "seeds", "-o", "graph.gml"});
  CHECK(r.code == kExitUsage);
  CHECK(r.err == "dyad build: cannot tell the format of 'graph.gml' from its extension: "
                 "use --format graphml|json|gexf|cytoscape|csv|graphology\n");

  r = RunDyad({"build", "seeds", "-j", "0"});
  CHECK(r.code == kExitUsage);
  CHECK(r.err == "dyad: -j needs a positive number, got '0'\n");

  r = RunDyad({"build", "seeds", "-j0"});
  CHECK(r.code == kExitUsage);
  CHECK(r.err == "dyad: -j needs a positive number, got '0'\n");

  r = RunDyad({"build", "seeds", "-q1"});
  CHECK(r.code == kExitUsage);
  CHECK(r.err == "dyad build: unknown option '-q1'\nTry 'dyad build --help'.\n");

  // Evidence keeps 32-bit offsets: no article may reach 4 GiB.
  r = RunDyad({"extract", "seeds", "--max-doc-size", "4G"});
  CHECK(r.code == kExitUsage);
  CHECK(r.err == "dyad: --max-doc-size is at most 4294967295 bytes (4G - 1), got '4G'\n");
  r = RunDyad({"extract", "seeds", "--max-doc-size", "1099511627775G"});
  CHECK(r.code == kExitUsage);
  CHECK(r.err == "dyad: --max-doc-size is at most 4294967295 bytes (4G - 1), got '1099511627775G'\n");

  r = RunDyad({"rules", "lint"});
  CHECK(r.code == kExitUsage);
  CHECK(r.err == "dyad rules: expected 'dyad rules check [DIR]'\nTry 'dyad rules --help'.\n");
}

TEST_CASE("a short option's value may be attached, as in getopt", "[cli]") {
  const Result separate = RunDyad({"extract", "seeds", "-j", "2", "--quiet"});
  const Result attached = RunDyad({"extract", "seeds", "-j2", "--quiet"});
  CHECK(separate.code == kExitOk);
  CHECK(attached.code == kExitOk);
  CHECK(attached.out == separate.out);
  CHECK(std::count(attached.out.begin(), attached.out.end(), '\n') > 10);
}

TEST_CASE("--help is available everywhere and lists exit codes", "[cli]") {
  for (const char* command : {"build", "extract", "rules", "explain"}) {
    Result r = RunDyad({command, "--help"});
    CHECK(r.code == kExitOk);
    CHECK(r.out.rfind(std::string("Usage: dyad ") + command, 0) == 0);
    CHECK(r.out.find("Exit codes: 0 success, 1 bad input or rules") != std::string::npos);
  }
  CHECK(RunDyad({"--version"}).out == "dyad " DYAD_TEST_VERSION "\n");
}

TEST_CASE("rules check reports every error of a bad pack and exits 1", "[cli]") {
  Result r = RunDyad({"rules", "check", "tests/data/bad-pack"});
  CHECK(r.code == kExitBadInput);
  CHECK(r.err == testing::ReadFile(testing::SourcePath("tests/golden/bad-pack.stderr")) + "rules: 10 error(s)\n");
}

TEST_CASE("rules check runs the default pack's examples", "[cli]") {
  Result r = RunDyad({"rules", "check"});
  CHECK(r.code == kExitOk);
  CHECK(r.err == "");
  CHECK(r.out.find(", 0 failed\n") != std::string::npos);
}

TEST_CASE("explain shows actors, cues, edges and dropped candidates", "[cli]") {
  Result r = RunDyad({"explain", "Peru and Chile signed a pact. Bolivia did not sign it with Chile."});
  CHECK(r.code == kExitOk);
  CHECK(r.out ==
        "document text  date unknown  lang unknown\n"
        "sentence 0 0-29  \"Peru and Chile signed a pact.\"\n"
        "  actor   PER \"Peru\" name 0-4\n"
        "  actor   CHL \"Chile\" name 9-14\n"
        "  cue     SIGN_AGREEMENT \"{S} signed {T}\" 15-21  rule rules/relations/diplomacy.yaml:95:12\n"
        "  edge    PER <-SIGN_AGREEMENT-> CHL  \"Peru\" / \"Chile\"  rule rules/relations/diplomacy.yaml:95:12\n"
        "          args: source subject before the cue; pairs of its list\n"
        "sentence 1 30-65  \"Bolivia did not sign it with Chile.\"\n"
        "  actor   BOL \"Bolivia\" name 30-37\n"
        "  actor   CHL \"Chile\" name 59-64\n"
        "  cue     SIGN_AGREEMENT \"{S} sign {T}\" 46-50  rule rules/relations/diplomacy.yaml:95:44\n"
        "  dropped BOL <-SIGN_AGREEMENT-> CHL  \"Bolivia\" / \"Chile\"  (negated by 'not')  rule "
        "rules/relations/diplomacy.yaml:95:44\n"
        "          args: source subject before the cue; target the cue template's slot\n");
}

TEST_CASE("explain names the rules that chose each edge's source and target", "[cli]") {
  Result r = RunDyad({"explain", "Russia said it will attack Iraq."});
  CHECK(r.out.find("  edge    RUS -FIGHT-> IRQ  \"Russia\" / \"Iraq\"  rule rules/relations/cameo/en.yaml") !=
        std::string::npos);
  CHECK(r.out.find("          args: source speaker of the reported clause's pronoun; target object of the verb\n") !=
        std::string::npos);
  r = RunDyad({"explain", "The Russian building was demolished by a Ukrainian protester."});
  CHECK(r.out.find("          args: source agent of the passive; target subject of the passive\n") != std::string::npos);
  r = RunDyad({"explain", "Syria offered its troops to Lebanon."});
  CHECK(r.out.find("          args: source subject before the cue; target recipient after the object\n") !=
        std::string::npos);
  r = RunDyad({"explain", "China visited Peru and met with Chile."});
  CHECK(r.out.find("          args: source shared with the verb before 'and'; target the cue template's slot\n") !=
        std::string::npos);
}

TEST_CASE("explain names the frame that recoded an edge", "[cli]") {
  Result r = RunDyad({"explain", "Peru announced the suspension of negotiations with Chile on Tuesday."});
  CHECK(r.code == kExitOk);
  CHECK(r.out.find("  edge    PER -HALT_NEGOTIATIONS-> CHL  \"Peru\" / \"Chile\"  (halt 'suspension of': 046 -> 164)  rule "
                   "rules/relations/consultation.yaml:46:93\n") != std::string::npos);
  r = RunDyad({"explain", "Chile firmará un acuerdo comercial con Perú el próximo mes."});
  CHECK(r.out.find("(intent 'firmará': 057 -> 030)") != std::string::npos);
}

TEST_CASE("a missing input is an error naming it", "[cli]") {
  Result r = RunDyad({"build", "no-such-dir/article.txt", "--quiet"});
  CHECK(r.code == kExitBadInput);
  CHECK(r.err == "no-such-dir/article.txt: no such file or directory\ndyad build: 1 input error(s)\n");
}

// The seeds graph at country level: every fact the user's articles report,
// and nothing from the scraped page's menus and sidebar headlines.
TEST_CASE("the seeds graph holds the facts of the five articles", "[cli][seeds]") {
  extract::Diagnostics diags;
  auto extractor = LoadRules("", &diags);
  REQUIRE(extractor != nullptr);
  extract::ReadResult read = extract::ReadInputs({testing::SourcePath("seeds")});
  REQUIRE(read.documents.size() == 5);
  graph::Graph graph;
  int skipped = 0;
  MergeIntoGraph(extractor->pack(), read.documents, ExtractAll(*extractor, read.documents, 2), &graph, &skipped);
  std::set<std::string> edges;
  const graph::Graph countries = graph::FoldToCountries(graph);
  for (const graph::Edge* e : countries.Edges()) {
    edges.insert(e->source + " " + e->relation + " " + e->target);
  }
  const std::set<std::string> required = {
      "CHN VISIT PER",            // the military delegation; the CPC delegation
      "CHN MEET PER",             // talks with Peruvian officials and Congress
      "CHN MEET USA",             // General Song Yanchao's talks in Washington
      "RUS FIGHT UKR",            // Russia's invasion of Ukraine
      "USA DEMAND PER",           // U.S. pressure on Peru
      "CHL MEET PER",             // the Tacna coordination meeting
      "CHL MIL_COOPERATE PER",    // military cooperation
      "BRA MIL_COOPERATE VEN",    // Brazil's agreements with Venezuela ...
      "BRA MIL_COOPERATE GUY",    // ... and Guyana
      "PER VISIT CHN",            // Boluarte's state visit
      "CHN SIGN_AGREEMENT PER",   // the 2009 FTA and its 2024 upgrade
      "CHN INVEST PER",           // COSCO's stake in Chancay
      "PER INTEND_COOPERATE USA", // the security agreement
      "USA CRITICIZE CHN",        // Hegseth's criticism (French article)
  };
  for (const std::string& want : required) {
    INFO(want);
    CHECK(edges.count(want) == 1);
  }
  // Boluarte met Xi Jinping (actor level).
  CHECK(graph.FindEdge("CHN.XI_JINPING", "MEET", "PER.BOLUARTE") != nullptr);
  // Sidebar headlines of the scraped page make no edges.
  for (const char* pair : {"ARG", "JPN", "MEX", "CAN", "COL", "ECU", "ESP", "URY", "PRY", "PAN", "BHS"}) {
    INFO(pair);
    CHECK(graph.FindNode(pair) == nullptr);
  }
  // The FTA edge keeps both dates: the 2009 signature and the 2024 upgrade.
  const graph::Edge* fta = graph.FindEdge("CHN", "SIGN_AGREEMENT", "PER");
  REQUIRE(fta != nullptr);
  CHECK(fta->first_seen == "2009");
  CHECK(fta->last_seen == "2024-11");
}

// A build merges batch after batch, keeping its lookups between them: a
// symmetric relation read both ways in two batches is one edge, and an
// article seen again in a later batch is skipped by name and hash.
TEST_CASE("the graph merger keeps one edge per fact across batches", "[cli]") {
  const extract::Extractor& extractor = testing::DefaultPack();
  auto batch = [&](const std::string& id, const std::string& text) {
    extract::Document d = testing::BodyDocument(text, "en", "2024-05-01");
    d.id = id;
    d.source = id + ".txt";
    d.content_hash = extract::ContentHash(d.text);
    std::vector<std::vector<extract::Evidence>> evidence = {extractor.Extract(d)};
    return std::make_pair(std::vector<extract::Document>{d}, evidence);
  };
  graph::Graph graph;
  GraphMerger merger(extractor.pack(), &graph);
  std::vector<extract::Skipped> skipped;
  auto [docs1, ev1] = batch("a", "Peru met Chile in Lima.");
  merger.Merge(&docs1, &ev1, &skipped);
  auto [docs2, ev2] = batch("b", "Chile met Peru in Santiago.");
  merger.Merge(&docs2, &ev2, &skipped);
  auto [docs3, ev3] = batch("c", "Peru met Chile in Lima.");  // a's text again
  merger.Merge(&docs3, &ev3, &skipped);

  REQUIRE(graph.edge_count() == 1);
  const graph::Edge* meet = graph.FindEdge("CHL", "MEET", "PER");
  REQUIRE(meet != nullptr);
  CHECK(meet->symmetric);
  REQUIRE(meet->evidence.size() == 2);
  CHECK(meet->evidence[0].doc_id == "a");
  CHECK(meet->evidence[1].doc_id == "b");
  CHECK(graph.node_count() == 2);
  REQUIRE(graph.info.documents.size() == 2);
  REQUIRE(skipped.size() == 1);
  CHECK(skipped[0].source == "c.txt");
  CHECK(skipped[0].reason ==
        "same text as an article already read (content hash " + extract::ContentHash("Peru met Chile in Lima.") + ")");
}

// A build holds each article's id, title, URL and date once: the graph's
// document list shares the texts its records carry. An article without
// records keeps its own, and a text the records do not carry is not taken
// from them.
TEST_CASE("the graph merger's documents share their records' texts", "[cli]") {
  const extract::Extractor& extractor = testing::DefaultPack();
  auto document = [&](const std::string& id, const std::string& text) {
    extract::Document d = testing::BodyDocument(text, "en", "2024-05-01");
    d.id = id;
    d.title = "Title of " + id + ", long enough to be kept apart";
    d.url = "https://news.example/" + id;
    d.content_hash = extract::ContentHash(d.text);
    return d;
  };
  graph::Graph graph;
  GraphMerger merger(extractor.pack(), &graph);
  std::vector<extract::Skipped> skipped;
  std::vector<extract::Document> docs = {document("a", "Peru met Chile in Lima."),
                                         document("b", "The weather was fine in Lima.")};
  std::vector<std::vector<extract::Evidence>> evidence = {extractor.Extract(docs[0]), extractor.Extract(docs[1])};
  REQUIRE(evidence[0].size() == 1);
  REQUIRE(evidence[1].empty());
  evidence[0][0].doc_date = "2024-05-03";  // as a dateline would set it
  merger.Merge(&docs, &evidence, &skipped);

  REQUIRE(graph.info.documents.size() == 2);
  const graph::DocumentInfo& a = graph.info.documents[0];
  const graph::DocumentInfo& b = graph.info.documents[1];
  const extract::Evidence& record = graph.FindEdge("CHL", "MEET", "PER")->evidence.at(0);
  CHECK(a.id == "a");
  CHECK(a.title == "Title of a, long enough to be kept apart");
  CHECK(a.url == "https://news.example/a");
  CHECK(a.date == "2024-05-01");
  CHECK(a.id.identity() == record.doc_id.identity());
  CHECK(a.title.identity() == record.doc_title.identity());
  CHECK(a.url.identity() == record.doc_url.identity());
  CHECK(a.date.identity() != record.doc_date.identity());  // "2024-05-01" is not "2024-05-03"
  CHECK(b.id == "b");
  CHECK(b.title == "Title of b, long enough to be kept apart");
  CHECK(b.url == "https://news.example/b");
  CHECK(b.date == "2024-05-01");
}

// The merger looks edges up by the identity of a record's shared id texts
// first: records of one thread share them, records of another thread carry
// their own copies. Both must reach the edge their ids name, and two
// relations between one pair must stay two edges.
TEST_CASE("the graph merger finds an edge by its ids whether or not records share their texts", "[cli]") {
  const extract::Extractor& extractor = testing::DefaultPack();
  auto document = [&](const std::string& id, const std::string& text) {
    extract::Document d = testing::BodyDocument(text, "en", "2024-05-01");
    d.id = id;
    d.content_hash = extract::ContentHash(d.text);
    return d;
  };
  graph::Graph graph;
  GraphMerger merger(extractor.pack(), &graph);
  std::vector<extract::Skipped> skipped;

  std::vector<extract::Document> docs1 = {document("a", "Peru met Chile in Lima. Peru visited Chile in May.")};
  std::vector<std::vector<extract::Evidence>> ev1 = {extractor.Extract(docs1[0])};
  REQUIRE(ev1[0].size() == 2);
  CHECK(ev1[0][0].source.identity() == ev1[0][1].source.identity());  // one thread's records share "PER"
  merger.Merge(&docs1, &ev1, &skipped);

  // The same facts with copies of the ids, as another thread would make them.
  std::vector<extract::Document> docs2 = {document("b", "Peru met Chile in Quito. Peru visited Chile in June.")};
  std::vector<std::vector<extract::Evidence>> ev2 = {extractor.Extract(docs2[0])};
  for (extract::Evidence& e : ev2[0]) {
    e.relation = extract::SharedText(e.relation.str());
    e.source = extract::SharedText(e.source.str());
    e.target = extract::SharedText(e.target.str());
  }
  merger.Merge(&docs2, &ev2, &skipped);

  REQUIRE(graph.edge_count() == 2);
  const graph::Edge* meet = graph.FindEdge("CHL", "MEET", "PER");
  const graph::Edge* visit = graph.FindEdge("PER", "VISIT", "CHL");
  REQUIRE(meet != nullptr);
  REQUIRE(visit != nullptr);
  REQUIRE(meet->evidence.size() == 2);
  REQUIRE(visit->evidence.size() == 2);
  CHECK(meet->evidence[0].sentence == "Peru met Chile in Lima.");
  CHECK(meet->evidence[1].sentence == "Peru met Chile in Quito.");
  CHECK(visit->evidence[0].sentence == "Peru visited Chile in May.");
  CHECK(visit->evidence[1].sentence == "Peru visited Chile in June.");
  CHECK(skipped.empty());
}

// Enough distinct facts to make the merger's lookup table grow several
// times: each record must still reach its own edge.
TEST_CASE("the graph merger keeps every fact apart as its lookup table grows", "[cli]") {
  const extract::Extractor& extractor = testing::DefaultPack();
  const std::vector<std::pair<std::string, std::string>> states = {
      {"Peru", "PER"},  {"Chile", "CHL"},  {"Bolivia", "BOL"}, {"Ecuador", "ECU"},  {"Colombia", "COL"},
      {"Brazil", "BRA"}, {"Mexico", "MEX"}, {"Canada", "CAN"},  {"Japan", "JPN"},    {"India", "IND"},
      {"France", "FRA"}, {"Spain", "ESP"},  {"Italy", "ITA"},   {"Germany", "DEU"},  {"Poland", "POL"}};
  graph::Graph graph;
  GraphMerger merger(extractor.pack(), &graph);
  std::vector<extract::Skipped> skipped;
  std::map<std::tuple<std::string, std::string, std::string>, std::string> expected;
  int n = 0;
  for (const auto& [a, a_id] : states) {
    for (const auto& [b, b_id] : states) {
      if (a_id == b_id) continue;
      const std::string sentence = a + " visited " + b + ".";
      extract::Document d = testing::BodyDocument(sentence, "en", "2024-05-01");
      d.id = "d" + std::to_string(n++);
      d.content_hash = extract::ContentHash(d.text);
      std::vector<extract::Document> docs = {d};
      std::vector<std::vector<extract::Evidence>> evidence = {extractor.Extract(d)};
      merger.Merge(&docs, &evidence, &skipped);
      expected[{a_id, "VISIT", b_id}] = sentence;
    }
  }
  CHECK(skipped.empty());
  REQUIRE(graph.edge_count() == expected.size());  // 15 * 14 = 210
  for (const auto& [key, sentence] : expected) {
    const auto& [source, relation, target] = key;
    INFO(sentence);
    const graph::Edge* edge = graph.FindEdge(source, relation, target);
    REQUIRE(edge != nullptr);
    REQUIRE(edge->evidence.size() == 1);
    CHECK(edge->evidence[0].sentence == sentence);
  }
}

}  // namespace
}  // namespace dyad::cli
