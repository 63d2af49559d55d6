// dyad actors unknown|stale on a small corpus in three languages
// (tests/data/actors/corpus): exact reports, the round trip of the unknown
// report through the rule loader, and bad usage.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "cli/cli.h"
#include "cli/pipeline.h"
#include "tests/catch.h"
#include "tests/default_pack.h"

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

const char* kCorpus = "tests/data/actors/corpus";

const char* kUnknownYaml =
    "# dyad actors unknown: 5 phrases in empty actor slots name no entity, in 4 documents; 5 listed.\n"
    "# Review before use: set each entity's type, country and role, give the\n"
    "# names of one actor to one entity, and delete what is no actor.\n"
    "entities:\n"
    "  # 3 times in 3 documents (en, es, fr), name in a slot of MEET, VISIT\n"
    "  # en-blanc-visit: Xavier Blanc visited Peru on Monday.\n"
    "  - id: NEW.XAVIER_BLANC\n"
    "    type: person\n"
    "    label: \"Xavier Blanc\"\n"
    "    names: {any: [\"Xavier Blanc\"]}\n"
    "  # 1 time in 1 document (es), name in a slot of CRITICIZE\n"
    "  # es-blanc: El Frente Amplio criticó a Argentina por la decisión.\n"
    "  - id: NEW.FRENTE_AMPLIO\n"
    "    type: person\n"
    "    label: \"Frente Amplio\"\n"
    "    names: {any: [\"Frente Amplio\"]}\n"
    "  # 1 time in 1 document (en), name in a slot of MEET\n"
    "  # two-1: Juan Sosa met Chile's foreign minister in Santiago.\n"
    "  - id: NEW.JUAN_SOSA\n"
    "    type: person\n"
    "    label: \"Juan Sosa\"\n"
    "    names: {any: [\"Juan Sosa\"]}\n"
    "  # 1 time in 1 document (fr), role in a slot of ACCUSE\n"
    "  # fr-blanc: Les manifestants ont accusé la Bolivie de fraude.\n"
    "  - id: NEW.MANIFESTANTS\n"
    "    type: organization\n"
    "    label: \"manifestants\"\n"
    "    names: {any: [\"manifestants\"]}\n"
    "  # 1 time in 1 document (en), role in a slot of ACCUSE\n"
    "  # en-blanc-visit: The protesters accused Bolivia of fraud.\n"
    "  - id: NEW.PROTESTERS\n"
    "    type: organization\n"
    "    label: \"protesters\"\n"
    "    names: {any: [\"protesters\"]}\n";

TEST_CASE("actors unknown lists the phrases in empty actor slots, most frequent first", "[cli][actors]") {
  Result r = RunDyad({"actors", "unknown", kCorpus, "-j", "1"});
  CHECK(r.code == kExitOk);
  CHECK(r.err == "");
  CHECK(r.out == kUnknownYaml);
  // Whatever the number of threads.
  CHECK(RunDyad({"actors", "unknown", kCorpus, "-j", "2"}).out == kUnknownYaml);

  r = RunDyad({"actors", "unknown", kCorpus, "--format", "tsv", "--min-count", "2"});
  CHECK(r.code == kExitOk);
  CHECK(r.out ==
        "count\tdocuments\tkind\tphrase\tlangs\trelations\tdocument\tsentence\n"
        "3\t3\tname\tXavier Blanc\ten,es,fr\tMEET,VISIT\ten-blanc-visit\tXavier Blanc visited Peru on Monday.\n");

  r = RunDyad({"actors", "unknown", kCorpus, "--format", "tsv", "--top", "2"});
  CHECK(r.out ==
        "count\tdocuments\tkind\tphrase\tlangs\trelations\tdocument\tsentence\n"
        "3\t3\tname\tXavier Blanc\ten,es,fr\tMEET,VISIT\ten-blanc-visit\tXavier Blanc visited Peru on Monday.\n"
        "1\t1\tname\tFrente Amplio\tes\tCRITICIZE\tes-blanc\tEl Frente Amplio criticó a Argentina por la "
        "decisión.\n");
}

TEST_CASE("actors unknown's report loads back as rules and its phrases become actors", "[cli][actors]") {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("dyad-actors-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  Result r = RunDyad({"actors", "unknown", kCorpus});
  REQUIRE(r.code == kExitOk);
  std::ofstream(dir / "new.yaml") << r.out;

  const extract::Document es = testing::BodyDocument("Xavier Blanc visitó Colombia la semana pasada.", "es");
  const extract::Document fr = testing::BodyDocument("Les manifestants ont accusé la Bolivie de fraude.", "fr");
  // Without the report's entities neither sentence has a source.
  CHECK(testing::DefaultPack().Extract(es).empty());
  CHECK(testing::DefaultPack().Extract(fr).empty());

  extract::Diagnostics diags;
  auto extractor = LoadRules(dir.string(), &diags, 1);
  std::filesystem::remove_all(dir);
  REQUIRE(extractor);
  CHECK(diags.empty());
  auto evidence = extractor->Extract(es);
  REQUIRE(evidence.size() == 1);
  CHECK(std::string(evidence[0].source) == "NEW.XAVIER_BLANC");
  CHECK(std::string(evidence[0].relation) == "VISIT");
  CHECK(std::string(evidence[0].target) == "COL");
  evidence = extractor->Extract(fr);
  REQUIRE(evidence.size() == 1);
  CHECK(std::string(evidence[0].source) == "NEW.MANIFESTANTS");
  CHECK(std::string(evidence[0].relation) == "ACCUSE");
  CHECK(std::string(evidence[0].target) == "BOL");
}

TEST_CASE("actors stale lists names past their entity's window and names of two states", "[cli][actors]") {
  // PER.BOLUARTE's window ended on 2025-10-10; the article is of 2026-01-15.
  // tests/data/actors/rules gives "Juan Sosa" to an actor of ARG and one of URY.
  Result r = RunDyad({"actors", "stale", kCorpus, "--rules", "tests/data/actors/rules"});
  CHECK(r.code == kExitOk);
  CHECK(r.err == "");
  CHECK(r.out ==
        "# dyad actors stale: 4 documents, 4 dated (only dated ones can name an entity past its window).\n"
        "# ended: names of entities whose every window ended before the article's\n"
        "# date, so that they resolved to nothing. two_countries: names that\n"
        "# resolved to entities of two or more states on one date.\n"
        "ended:\n"
        "  - entity: PER.BOLUARTE\n"
        "    label: \"Dina Boluarte\"\n"
        "    name: \"President Boluarte\"\n"
        "    ended: \"2025-10-10\"\n"
        "    count: 1\n"
        "    documents: 1\n"
        "    latest: \"2026-01-15\"\n"
        "    example: {document: \"en-blanc-visit\", date: \"2026-01-15\", sentence: \"President Boluarte met "
        "Chinese officials in Lima.\"}\n"
        "two_countries:\n"
        "  - name: \"Juan Sosa\"\n"
        "    entities: [ARG.SOSA_TEST, URY.SOSA_TEST]\n"
        "    countries: [ARG, URY]\n"
        "    count: 1\n"
        "    documents: 1\n"
        "    example: {document: \"two-1\", date: \"2025-05-01\", sentence: \"Juan Sosa met Chile's foreign "
        "minister in Santiago.\"}\n");

  r = RunDyad({"actors", "stale", kCorpus, "--format", "tsv", "-j", "2"});
  CHECK(r.out ==
        "list\tcount\tdocuments\tname\tentities\tdetail\tdocument\tdate\tsentence\n"
        "ended\t1\t1\tPresident Boluarte\tPER.BOLUARTE\tended 2025-10-10, seen until 2026-01-15\ten-blanc-visit\t"
        "2026-01-15\tPresident Boluarte met Chinese officials in Lima.\n");

  // Inside the window the name is an actor, not stale.
  const extract::Document inside =
      testing::BodyDocument("President Boluarte met Chinese officials in Lima.", "en", "2024-05-01");
  const extract::DocumentTrace trace = testing::DefaultPack().Explain(inside);
  REQUIRE(trace.sentences.size() == 1);
  CHECK(trace.sentences[0].stale.empty());
  CHECK(trace.sentences[0].mentions.front().entity == "PER.BOLUARTE");
}

TEST_CASE("actors: bad usage and missing input", "[cli][actors]") {
  Result r = RunDyad({"actors"});
  CHECK(r.code == kExitUsage);
  CHECK(r.err == "dyad actors: expected 'dyad actors unknown|stale INPUT...'\nTry 'dyad actors --help'.\n");
  r = RunDyad({"actors", "fresh", kCorpus});
  CHECK(r.code == kExitUsage);
  CHECK(r.err == "dyad actors: expected 'dyad actors unknown|stale INPUT...'\nTry 'dyad actors --help'.\n");
  r = RunDyad({"actors", "unknown"});
  CHECK(r.code == kExitUsage);
  CHECK(r.err == "dyad actors: no input given\nTry 'dyad actors --help'.\n");
  r = RunDyad({"actors", "unknown", kCorpus, "--top", "0"});
  CHECK(r.code == kExitUsage);
  CHECK(r.err == "dyad actors: --top needs a number of at least 1, got '0'\n");
  r = RunDyad({"actors", "unknown", kCorpus, "--min-count", "x"});
  CHECK(r.code == kExitUsage);
  CHECK(r.err == "dyad actors: --min-count needs a number of at least 1, got 'x'\n");
  r = RunDyad({"actors", "stale", kCorpus, "--format", "xml"});
  CHECK(r.code == kExitUsage);
  CHECK(r.err == "dyad actors: --format must be yaml or tsv, got 'xml'\n");
  r = RunDyad({"actors", "stale", kCorpus, "--colour"});
  CHECK(r.code == kExitUsage);
  CHECK(r.err == "dyad actors: unknown option '--colour'\nTry 'dyad actors --help'.\n");
  r = RunDyad({"actors", "unknown", "tests/data/actors/no-such-corpus"});
  CHECK(r.code == kExitBadInput);
  CHECK(r.out == "");
  CHECK(r.err == "tests/data/actors/no-such-corpus: no such file or directory\ndyad actors: 1 input error(s)\n");
  r = RunDyad({"actors", "--help"});
  CHECK(r.code == kExitOk);
  CHECK(r.out.rfind("Usage: dyad actors unknown|stale INPUT...", 0) == 0);
}

}  // namespace
}  // namespace dyad::cli
