#include "cli/eval.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "cli/pipeline.h"
#include "extract/gold.h"
#include "tests/catch.h"

namespace dyad::cli {
namespace {

extract::GoldEdge Gold(const std::string& s, const std::string& root, const std::string& t,
                       const std::string& date = "") {
  extract::GoldEdge g{s, root, t, date, {}, root, false};
  g.code = root;
  return g;
}

FoldedRecord Record(const std::string& s, const std::string& root, const std::string& t, bool symmetric,
                    const std::string& relation, const std::string& sentence, const std::string& date = "",
                    const std::string& modality = "") {
  return {s, root, t, symmetric, relation, modality, date, sentence, "r.yaml:1:1", ""};
}

// Two articles exercising every branch of the scoring: a symmetric edge
// matching a gold edge written the other way, a directed one that does not,
// a trap, a wrong date, and each reason a gold edge can be missed.
std::vector<EvalArticle> TinySet() {
  EvalArticle en;
  en.id = "a1";
  en.lang = "en";
  en.gold = {Gold("CHN", "04", "PER"), Gold("PER", "05", "CHL", "2024-01-02")};
  en.not_gold = {Gold("USA", "04", "PER")};
  en.records = {Record("CHN", "04", "PER", false, "VISIT", "China visited Peru.", "2024-01-01"),
                Record("CHN", "04", "PER", true, "MEET", "China met Peru.", "2024-01-01"),
                Record("CHL", "05", "PER", true, "SIGN_AGREEMENT", "Chile and Peru signed.", "2024-01-01"),
                Record("USA", "04", "PER", true, "MEET", "The US met Peru.", "2024-01-01")};
  EvalArticle fr;
  fr.id = "a2";
  fr.lang = "fr";
  fr.gold = {Gold("FRA", "11", "DEU"), Gold("FRA", "04", "ESP"), Gold("FRA", "07", "ITA"),
             Gold("GEO", "05", "TUR"), Gold("FRA", "16", "RUS"), Gold("FRA", "11", "DEU")};
  fr.records = {
      Record("DEU", "11", "FRA", false, "CRITICIZE", "L'Allemagne critique la France."),
      Record("FRA", "04", "ESP", true, "MEET", "La France pourrait rencontrer l'Espagne.", "", "hedged by 'pourrait'")};
  fr.sentences = {{"L'Allemagne critique la France.", {"DEU", "FRA"}}, {"La France aide l'Italie.", {"FRA", "ITA"}}};
  fr.unknown_ids = {"GEO", "TUR"};
  return {en, fr};
}

TEST_CASE("eval scoring counts distinct edges and folds symmetric ones", "[eval]") {
  const EvalReport r = ScoreEval(TinySet());
  CHECK(r.overall.gold == 7);
  CHECK(r.overall.found == 2);
  CHECK(r.overall.predicted == 5);
  CHECK(r.overall.right == 3);
  CHECK(Precision(r.overall) == Approx(0.6));
  CHECK(Recall(r.overall) == Approx(2.0 / 7));
  CHECK(F1(r.overall) == Approx(2 * 0.6 * (2.0 / 7) / (0.6 + 2.0 / 7)));
  CHECK(F1(r.by_lang.at("en")) == Approx(2 * 0.75 / 1.75));
  CHECK(F1(r.by_lang.at("fr")) == 0);
  CHECK(Precision(r.by_family.at("07")) == -1);
  CHECK(r.dated_found == 1);
  CHECK(r.dated_right == 0);
  CHECK(r.traps == 1);
  CHECK(r.traps_hit == 1);
}

TEST_CASE("precision, recall and F1 are undefined without a denominator", "[eval]") {
  CHECK(Precision({}) == -1);
  CHECK(Recall({}) == -1);
  CHECK(F1({}) == -1);
  CHECK(F1({1, 0, 0, 0}) == 0);
  CHECK(F1({0, 0, 2, 0}) == 0);
  CHECK(F1({4, 2, 2, 2}) == Approx(2.0 / 3));
}

TEST_CASE("eval report lists misses with their reason, wrong edges and dates", "[eval]") {
  std::ostringstream out;
  PrintEvalReport(ScoreEval(TinySet()), out);
  CHECK(out.str() ==
        "eval: 2 articles (1 en, 1 fr), 7 gold edges, 5 predicted edges, scored on country dyad + CAMEO root\n"
        "\n"
        "                              gold  found   pred  right  precision  recall     F1\n"
        "overall                          7      2      5      3      0.600   0.286  0.387\n"
        "en                               2      2      4      3      0.750   1.000  0.857\n"
        "fr                               5      0      1      0      0.000   0.000  0.000\n"
        "04 consult                       2      1      3      2      0.667   0.500  0.571\n"
        "05 diplomatic cooperation        2      1      1      1      1.000   0.500  0.667\n"
        "07 provide aid                   1      0      0      0          -   0.000  0.000\n"
        "11 disapprove                    1      0      1      0      0.000   0.000  0.000\n"
        "16 reduce relations              1      0      0      0          -   0.000  0.000\n"
        "\n"
        "dates: 0 of 1 dated gold edges found carry their date\n"
        "traps: 1 of 1 must-not edges produced\n"
        "misses by cause: actor not found 2, verb not known 1, roles misassigned 1, wrong code 0, not asserted 1, "
        "ends in different sentences 0\n"
        "\n"
        "misses: gold edges not produced (5)\n"
        "  a2  FRA 11 DEU  roles misassigned: only the other way round (CRITICIZE): \"L'Allemagne critique la "
        "France.\"\n"
        "  a2  FRA 04 ESP  not asserted: hedged by 'pourrait': \"La France pourrait rencontrer l'Espagne.\"\n"
        "  a2  FRA 07 ITA  verb not known: no 07 cue matched (first sentence naming both: \"La France aide "
        "l'Italie.\")\n"
        "  a2  GEO 05 TUR  actor not found: GEO is not in the rule pack\n"
        "  a2  FRA 16 RUS  actor not found: RUS is never found as an actor\n"
        "\n"
        "wrong edges: produced, not in the gold (2)\n"
        "  a1  USA 04 PER  MEET (must not): \"The US met Peru.\" rule r.yaml:1:1\n"
        "  a2  DEU 11 FRA  CRITICIZE: \"L'Allemagne critique la France.\" rule r.yaml:1:1\n"
        "\n"
        "date errors: found with another date (1)\n"
        "  a1  PER 05 CHL 2024-01-02  got 2024-01-01\n");
}

TEST_CASE("gold files are checked with locations", "[eval]") {
  extract::Diagnostics diags;
  auto articles = extract::ParseGold(
      "articles:\n"
      "  - id: a\n"
      "    edges: [\"CHN 04 PER 2024-11\", \"PER 5 CHL\"]\n"
      "    not: [\"USA 04 PER\"]\n"
      "  - id: a\n"
      "    edges: []\n"
      "  - id: b\n"
      "    edge: []\n",
      "gold.yaml", &diags);
  std::vector<std::string> messages;
  for (const extract::Diagnostic& d : diags) messages.push_back(d.ToString());
  CHECK(messages ==
        std::vector<std::string>{"gold.yaml:3:35: malformed edge 'PER 5 CHL' (expected 'SOURCE CODE TARGET [DATE] "
                                 "[mutual]', as 'CHN 04 PER' or 'CHN CONSULT PER')",
                                 "gold.yaml:5:5: duplicate article id 'a' (first at gold.yaml:2:5)",
                                 "gold.yaml:8:5: unknown key 'edge' (expected one of: id, edges, not, note)",
                                 "gold.yaml:7:5: missing required key 'edges'"});
  REQUIRE(articles.size() == 0);
  diags.clear();
  articles = extract::ParseGold("articles:\n  - id: a\n    edges: [\"CHN 04 PER 2024-11\"]\n", "g", &diags);
  REQUIRE(articles.size() == 1);
  CHECK(diags.empty());
  CHECK(articles[0].edges[0].date == "2024-11");
  CHECK(articles[0].edges[0].loc.ToString() == "g:3:13");
  CHECK_FALSE(articles[0].states_only);
  diags.clear();
  articles = extract::ParseGold("scope: states\narticles:\n  - id: a\n    edges: []\n", "g", &diags);
  REQUIRE(articles.size() == 1);
  CHECK(articles[0].states_only);
  extract::ParseGold("scope: all\narticles: []\n", "g", &diags);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].ToString() == "g:1:8: 'scope' must be 'states', got 'all'");
  diags.clear();
  articles = extract::ParseGold("articles:\n  - id: a\n    edges: [\"USA 0421 CHN\", \"HUN AGREE ROU 2000 mutual\"]\n",
                                "g", &diags);
  REQUIRE(articles.size() == 1);
  CHECK(diags.empty());
  const extract::GoldEdge& cameo = articles[0].edges[0];
  CHECK((cameo.code == "0421" && cameo.root == "04" && !cameo.mutual));
  const extract::GoldEdge& plover = articles[0].edges[1];
  CHECK((plover.code == "AGREE" && plover.root.empty() && plover.date == "2000" && plover.mutual));
}

// Gold coded in PLOVER categories and in full CAMEO codes, scored at each level.
std::vector<EvalArticle> PloverSet() {
  EvalArticle a;
  a.id = "p1";
  a.lang = "en";
  extract::GoldEdge agree = Gold("HUN", "", "ROU");
  agree.code = "AGREE";
  agree.mutual = true;
  extract::GoldEdge consult = Gold("USA", "04", "CHN");
  consult.code = "042";
  extract::GoldEdge appeal = Gold("USA", "02", "CHN");  // PLOVER has no category for appeals
  extract::GoldEdge apart = Gold("USA", "", "MEX");
  apart.code = "ACCUSE";
  a.gold = {agree, consult, appeal, apart};
  FoldedRecord pledge = Record("ROU", "03", "HUN", false, "PLEDGE", "Romania pledged to Hungary.");
  pledge.plover = "AGREE";
  FoldedRecord visit = Record("CHN", "04", "USA", false, "VISIT", "China visited the US.");
  visit.plover = "CONSULT";
  FoldedRecord urge = Record("USA", "02", "CHN", false, "APPEAL", "The US urged China.");
  a.records = {pledge, visit, urge};
  a.sentences = {{"Romania pledged to Hungary.", {"ROU", "HUN"}},
                 {"The US spoke.", {"USA"}},
                 {"Mexico replied.", {"MEX"}}};
  return {a};
}

TEST_CASE("eval scores PLOVER categories, mutual gold edges and dyads alone", "[eval]") {
  const std::vector<EvalArticle> set = PloverSet();
  CHECK(DefaultLevel(set) == EvalLevel::kPlover);
  const EvalReport plover = ScoreEval(set, EvalLevel::kPlover);
  // The appeal is outside PLOVER on both sides; the mutual AGREE matches the
  // directed pledge written the other way; the visit runs the wrong way.
  CHECK(plover.overall.gold == 3);
  CHECK(plover.overall.found == 1);
  CHECK(plover.overall.predicted == 2);
  CHECK(plover.overall.right == 1);
  CHECK(plover.miss_causes == std::map<std::string, int>{{"roles misassigned", 1}, {"ends in different sentences", 1}});
  REQUIRE(plover.misses.size() == 2);
  CHECK(plover.misses[0].edge == "USA 042 CHN");  // the code as the gold writes it
  CHECK(plover.misses[0].detail == "roles misassigned: only the other way round (VISIT): \"China visited the US.\"");
  CHECK(plover.misses[1].edge == "USA ACCUSE MEX");
  CHECK(plover.misses[1].detail == "ends in different sentences: never named together in one sentence");
  const EvalReport dyad = ScoreEval(set, EvalLevel::kDyad);
  CHECK(dyad.overall.gold == 3);  // USA-CHN once: the consult and the appeal are one dyad
  CHECK(dyad.overall.found == 2);
  CHECK(dyad.overall.predicted == 3);
  CHECK(dyad.overall.right == 2);
  CHECK(dyad.by_family.empty());
  CHECK(dyad.misses[0].edge == "USA - MEX");
  // Root level cannot score PLOVER-coded gold: it counts as never found.
  const EvalReport root = ScoreEval(set, EvalLevel::kRoot);
  CHECK(root.overall.gold == 4);
  CHECK(root.overall.found == 1);
}

TEST_CASE("dyad eval runs a small set end to end", "[eval][cli]") {
  std::ostringstream out, err;
  const std::string dir = std::string(DYAD_SOURCE_DIR) + "/tests/data/eval-mini";
  CHECK(Run({"eval", dir}, out, err) == kExitOk);
  CHECK(err.str() == "");
  CHECK(out.str().rfind(
            "eval: 2 articles (1 en, 1 es), 3 gold edges, 3 predicted edges, scored on country dyad + CAMEO root\n",
            0) == 0);
  std::ostringstream out2, err2;
  CHECK(Run({"eval", dir, "--min-f1", "0.9"}, out2, err2) == kExitBadInput);
  CHECK(err2.str() == "dyad eval: overall F1 0.667 is below --min-f1 0.9\n");
  std::ostringstream out3, err3;
  CHECK(Run({"eval", dir, "--min-f1", "x"}, out3, err3) == kExitUsage);
  CHECK(err3.str() == "dyad eval: --min-f1 needs a number from 0 to 1, got 'x'\n");
  std::ostringstream out4, err4;
  CHECK(Run({"eval", dir, "--level", "code"}, out4, err4) == kExitUsage);
  CHECK(err4.str() == "dyad eval: --level must be root, plover or dyad, got 'code'\n");
  std::ostringstream out5, err5;
  const std::string plover = std::string(DYAD_SOURCE_DIR) + "/eval/public/plover-gsr";
  CHECK(Run({"eval", plover, "--level", "root"}, out5, err5) == kExitUsage);
  CHECK(err5.str() == "dyad eval: the gold of " + plover +
                          " is coded in PLOVER categories, which have no CAMEO root: use --level plover or --level dyad\n");
}

TEST_CASE("an article without gold, and gold without an article, are errors", "[eval]") {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "dyad-eval-test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "articles");
  std::ofstream(dir / "articles" / "x.md") << "---\nid: x\nlang: en\n---\nPeru and Chile signed a pact.\n";
  std::ofstream(dir / "gold.yaml") << "articles:\n  - id: y\n    edges: []\n";
  extract::Diagnostics diags;
  auto extractor = LoadRules("", &diags);
  REQUIRE(extractor != nullptr);
  std::vector<EvalArticle> articles;
  CHECK_FALSE(LoadEvalSet(dir.string(), *extractor, &articles, &diags));
  std::vector<std::string> messages;
  for (const extract::Diagnostic& d : diags) messages.push_back(d.ToString());
  const std::string gold = (dir / "gold.yaml").string();
  CHECK(messages ==
        std::vector<std::string>{(dir / "articles" / "x.md").string() + ": article 'x' has no entry in " + gold,
                                 gold + ":2:5: no article with id 'y' in " + dir.string() + "/articles"});
  std::filesystem::remove_all(dir);
}

// The floors sit just under the F1 measured when they were set (overall
// 0.611, en 0.653, es 0.555, fr 0.620). A change may raise them; lowering
// one needs a reason in the commit.
TEST_CASE("the evaluation set keeps its F1 floors", "[eval]") {
  extract::Diagnostics diags;
  auto extractor = LoadRules("", &diags);
  REQUIRE(extractor != nullptr);
  std::vector<EvalArticle> articles;
  REQUIRE(LoadEvalSet(std::string(DYAD_SOURCE_DIR) + "/eval", *extractor, &articles, &diags));
  CHECK(articles.size() == 150);
  const EvalReport report = ScoreEval(articles);
  CHECK(F1(report.overall) >= 0.60);
  CHECK(F1(report.by_lang.at("en")) >= 0.65);
  CHECK(F1(report.by_lang.at("es")) >= 0.55);
  CHECK(F1(report.by_lang.at("fr")) >= 0.61);
}

// The field's public gold (eval/public, converted by eval/tools/convert_public.py):
// the counts pin the conversion, the floors sit just under the F1 measured
// when they were set (PLOVER records 0.503 at PLOVER level; UniversalPetrarch
// English records 0.456 at root level, 0.627 at dyad level; PETRARCH2's
// unit-test records, renamed, 0.490 at dyad level).
TEST_CASE("the public gold sets keep their F1 floors", "[eval]") {
  extract::Diagnostics diags;
  auto extractor = LoadRules("", &diags);
  REQUIRE(extractor != nullptr);
  std::vector<EvalArticle> plover, up, petr;
  REQUIRE(LoadEvalSet(std::string(DYAD_SOURCE_DIR) + "/eval/public/plover-gsr", *extractor, &plover, &diags));
  REQUIRE(LoadEvalSet(std::string(DYAD_SOURCE_DIR) + "/eval/public/up-en", *extractor, &up, &diags));
  REQUIRE(LoadEvalSet(std::string(DYAD_SOURCE_DIR) + "/eval/public/petr-unit", *extractor, &petr, &diags));
  CHECK(plover.size() == 322);
  CHECK(up.size() == 78);
  const EvalReport p = ScoreEval(plover, EvalLevel::kPlover);
  CHECK(p.overall.gold == 177);
  CHECK(F1(p.overall) >= 0.50);
  const EvalReport u = ScoreEval(up, EvalLevel::kRoot);
  CHECK(u.overall.gold == 55);
  CHECK(F1(u.overall) >= 0.45);
  CHECK(F1(ScoreEval(up, EvalLevel::kDyad).overall) >= 0.62);
  CHECK(petr.size() == 272);
  const EvalReport t = ScoreEval(petr, EvalLevel::kDyad);
  CHECK(t.overall.gold == 238);
  CHECK(F1(t.overall) >= 0.48);
}

}  // namespace
}  // namespace dyad::cli
