#include "extract/rules/rules.h"

#include <string>
#include <vector>

#include "extract/embedded.h"
#include "extract/hash.h"
#include "extract/text.h"
#include "tests/catch.h"
#include "tests/test_util.h"

namespace dyad::extract {
namespace {

std::vector<std::string> Messages(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics) out.push_back(d.ToString());
  return out;
}

// Every diagnostic of loading the given files, as "file:line:column: message".
std::vector<std::string> Errors(const std::vector<RuleSource>& sources) {
  Diagnostics diagnostics;
  LoadRulePack(sources, &diagnostics);
  return Messages(diagnostics);
}

TEST_CASE("the default pack loads the same on one thread and on several") {
  const std::vector<RuleSource> sources = DefaultRuleSources(rules_data::DefaultRuleFiles());
  Diagnostics one_diagnostics, three_diagnostics;
  const RulePack one = LoadRulePack(sources, &one_diagnostics, 1);
  const RulePack three = LoadRulePack(sources, &three_diagnostics, 3);
  CHECK(one_diagnostics.empty());
  CHECK(three_diagnostics.empty());
  CHECK(three.fingerprint == one.fingerprint);
  REQUIRE(three.entities.size() == one.entities.size());
  for (std::size_t i = 0; i < one.entities.size(); ++i) {
    CHECK(three.entities[i].id == one.entities[i].id);
    CHECK(three.entities[i].loc.ToString() == one.entities[i].loc.ToString());
  }
  REQUIRE(three.relations.size() == one.relations.size());
  for (std::size_t i = 0; i < one.relations.size(); ++i) {
    CHECK(three.relations[i].id == one.relations[i].id);
    CHECK(three.relations[i].cues.size() == one.relations[i].cues.size());
  }
  CHECK(three.examples.size() == one.examples.size());
}

// Two countries and a relation that the files under test can refer to.
const RuleSource kBase = {"base.yaml", R"(entities:
  - {id: PER, type: country, label: Peru}
  - {id: CHN, type: country, label: China}
relations:
  - {id: VISIT, label: visit, cameo: "042", quad_class: 1, direction: directed, cues: {en: ["{S} visited {T}"]}}
)", 0};

using Strings = std::vector<std::string>;

// One row per error: the files loaded and every diagnostic, exactly.
struct ErrorCase {
  const char* what;
  std::vector<RuleSource> sources;
  Strings expected;
};

RuleSource File(const std::string& text) { return {"r.yaml", text, 0}; }

void CheckErrors(const std::vector<ErrorCase>& cases) {
  for (const ErrorCase& c : cases) {
    INFO(c.what);
    CHECK(Errors(c.sources) == c.expected);
  }
}

std::string RelationWithCue(const std::string& cue, const std::string& direction = "directed") {
  return "relations:\n  - {id: MEET, label: meet, cameo: \"043\", quad_class: 1, direction: " + direction +
         ", cues: {en: [\"" + cue + "\"]}}\n";
}

TEST_CASE("rules: an empty file and {} load without errors", "[rules]") {
  Diagnostics diagnostics;
  RulePack pack = LoadRulePack({{"a.yaml", "", 0}, {"b.yaml", "{}\n", 0}, {"c.yaml", "# nothing\n", 0}}, &diagnostics);
  CHECK(diagnostics.empty());
  CHECK(pack.entities.empty());
  CHECK(pack.relations.empty());
  CHECK(pack.files == Strings{"a.yaml", "b.yaml", "c.yaml"});
}

TEST_CASE("rules: errors in a file as a whole", "[rules]") {
  CheckErrors({
      {"YAML syntax error", {File("entities: [a, b\nrelations: []\n")},
       {"r.yaml:2:10: YAML syntax error: end of sequence flow not found"}},
      {"not UTF-8", {File("entities:\n  - id: P\xFFR\n")}, {"r.yaml:2:10: file is not valid UTF-8 (byte 0xFF)"}},
      {"not a map", {File("- id: PER\n")},
       {"r.yaml:1:1: a rule file must be a map (expected keys: entities, relations, examples, modality, lexicon, classes)"}},
      {"two documents", {File("entities: []\n---\nrelations: []\n")},
       {"r.yaml:3:1: a rule file holds one YAML document"}},
  });
}

TEST_CASE("rules: errors in keys", "[rules]") {
  CheckErrors({
      {"unknown key", {File(R"(relations:
  - id: VISIT
    label: visit
    cameo: "042"
    quad_class: 1
    direction: directed
    cue: {en: ["{S} visited {T}"]}
)")},
       {"r.yaml:2:5: missing required key 'cues'",
        "r.yaml:7:5: unknown key 'cue' (expected one of: id, label, cameo, quad_class, direction, cues, examples, extend)"}},
      {"unknown top-level key", {File("entity: []\n")},
       {"r.yaml:1:1: unknown key 'entity' (expected one of: entities, relations, examples, modality, lexicon, classes)"}},
      {"missing required key", {File("entities:\n  - id: PER\n    type: country\n")},
       {"r.yaml:2:5: missing required key 'label'"}},
      {"duplicate key", {File("entities:\n  - {id: PER, type: country, label: Peru, label: Perú}\n")},
       {"r.yaml:2:43: duplicate key 'label'"}},
  });
}

TEST_CASE("rules: errors in value types", "[rules]") {
  CheckErrors({
      {"cameo not a string", {File(R"(relations:
  - {id: VISIT, label: visit, cameo: 042, quad_class: 1, direction: directed, cues: {en: ["{S} visited {T}"]}}
)")},
       {"r.yaml:2:38: 'cameo' must be a string"}},
      {"quad_class not an integer", {File(R"(relations:
  - {id: VISIT, label: visit, cameo: "042", quad_class: "1", direction: directed, cues: {en: ["{S} visited {T}"]}}
)")},
       {"r.yaml:2:57: 'quad_class' must be an integer"}},
      {"empty value, reported at its key", {File("entities:\n  - id: PER\n    type: country\n    label:\n")},
       {"r.yaml:4:5: 'label' must be a string"}},
      {"names not a language map", {File(R"(entities:
  - id: PER
    type: country
    label: Peru
    names: [Peru]
  - id: CHL
    type: country
    label: Chile
    names: {en: Chile, es: [Chile, 42]}
)")},
       {"r.yaml:5:12: 'names' must be a map from language to a list of strings",
        "r.yaml:9:17: 'names' must be a map from language to a list of strings",
        "r.yaml:9:36: 'names' must be a map from language to a list of strings"}},
      {"YAML booleans are not strings", {File("modality:\n  negation: {es: [no, \"no\", nunca]}\n")},
       {"r.yaml:2:19: 'negation' must be a map from language to a list of strings"}},
      {"entities not a list", {File("entities: {id: PER}\nrelations: [VISIT]\n")},
       {"r.yaml:1:11: 'entities' must be a list", "r.yaml:2:13: 'relations' must be a list of maps"}},
      {"edges not a list", {File("examples:\n  - text: China visited Peru.\n    edges: CHN VISIT PER\n")},
       {"r.yaml:3:12: 'edges' must be a list of strings"}},
      {"modality not a map", {File("modality: [not]\n")}, {"r.yaml:1:11: 'modality' must be a map"}},
      {"empty strings", {File("entities:\n  - {id: PER, type: country, label: \"\", names: {en: [\"\"]}}\n")},
       {"r.yaml:2:37: 'label' must not be empty", "r.yaml:2:54: 'names' must not contain an empty string"}},
  });
}

TEST_CASE("rules: errors in values", "[rules]") {
  CheckErrors({
      {"cameo not digits", {File(R"(relations:
  - {id: VISIT, label: visit, cameo: "42a", quad_class: 1, direction: directed, cues: {en: ["{S} visited {T}"]}}
)")},
       {"r.yaml:2:38: 'cameo' must be 2 to 4 digits, got '42a'"}},
      {"quad_class out of range", {File(R"(relations:
  - {id: VISIT, label: visit, cameo: "042", quad_class: 7, direction: directed, cues: {en: ["{S} visited {T}"]}}
)")},
       {"r.yaml:2:57: 'quad_class' must be 1, 2, 3 or 4, got 7"}},
      {"direction", {File(R"(relations:
  - {id: VISIT, label: visit, cameo: "042", quad_class: 1, direction: both, cues: {en: ["{S} visited {T}"]}}
)")},
       {"r.yaml:2:71: 'direction' must be 'directed' or 'symmetric', got 'both'"}},
      {"entity type", {File("entities:\n  - {id: PER, type: contry, label: Peru}\n")},
       {"r.yaml:2:21: unknown entity type 'contry' (expected one of: country, person, organization, "
        "government_body, military, company, party, place, international)"}},
      {"role", {File("entities:\n  - {id: PER, type: country, label: Peru, role: army}\n")},
       {"r.yaml:2:49: unknown role 'army' (expected one of: government, military, legislature, party, business, "
        "diplomacy, civil, police, judiciary, media, rebels, opposition, civilians, criminals, education, health, "
        "intelligence, labour, refugees, agriculture, environment, development, human_rights, ngo, igo, elite, "
        "armed_group, radicals, religion)"}},
      {"periods", {File(R"(entities:
  - {id: X, type: person, label: X, periods: ["2009-01-20..2008-01-01 government", "2009..2010-01-01 -", "..2010-01-01 army", "2001-01-01"]}
)")},
       {"r.yaml:2:47: period '2009-01-20..2008-01-01 government' must be 'FROM..UNTIL ROLE' (dates YYYY-MM-DD, "
        "either may be empty)",
        "r.yaml:2:84: period '2009..2010-01-01 -' must be 'FROM..UNTIL ROLE' (dates YYYY-MM-DD, either may be empty)",
        "r.yaml:2:106: unknown role 'army' in period '..2010-01-01 army'",
        "r.yaml:2:127: period '2001-01-01' must be 'FROM..UNTIL ROLE' (dates YYYY-MM-DD, either may be empty)"}},
      {"extend", {File(R"(entities:
  - {id: PER, extend: true, names: {en: [Peruland]}, label: Peru}
  - {id: CHL, extend: true, names: {en: [Chileland]}}
)")},
       {"r.yaml:2:5: 'extend' names unknown entity 'PER'",
        "r.yaml:2:54: unknown key 'label' (expected one of: id, extend, names, demonyms, capitals)",
        "r.yaml:3:5: 'extend' names unknown entity 'CHL'"}},
      {"entity table", {{"t.tsv", "# comment\nPHX.X\tperson\tX\t\tarmy\tX|\t2001..\torigin\nPHX.Y\tperson\n", 0}},
       {"t.tsv:2:17: unknown role 'army' (expected one of: government, military, legislature, party, business, "
        "diplomacy, civil, police, judiciary, media, rebels, opposition, civilians, criminals, education, health, "
        "intelligence, labour, refugees, agriculture, environment, development, human_rights, ngo, igo, elite, "
        "armed_group, radicals, religion)",
        "t.tsv:2:24: empty name",
        "t.tsv:2:25: period '2001..' must be 'FROM..UNTIL ROLE' (dates YYYY-MM-DD, either may be empty)",
        "t.tsv:3:1: expected 8 tab-separated fields (id, type, label, country, role, names, periods, origin), got 2"}},
      {"languages", {File(R"(entities:
  - {id: PER, type: country, label: Peru, names: {de: [Peru]}}
relations:
  - {id: VISIT, label: visit, cameo: "042", quad_class: 1, direction: directed, cues: {any: ["{S} visited {T}"]}}
examples:
  - {text: "China visited Peru.", lang: de}
)")},
       {"r.yaml:2:51: unknown language 'de' (expected one of: en, fr, es, any)",
        "r.yaml:4:88: unknown language 'any' (expected one of: en, fr, es)",
        "r.yaml:6:41: unknown language 'de' (expected one of: en, fr, es)"}},
      {"dates", {File(R"(entities:
  - {id: PER, type: country, label: Peru, valid_from: 2024-13-01, valid_until: 2023-02-29}
examples:
  - {text: "China visited Peru.", date: May 2}
)")},
       {"r.yaml:2:55: 'valid_from' must be a date YYYY-MM-DD, got '2024-13-01'",
        "r.yaml:2:80: 'valid_until' must be a date YYYY-MM-DD, got '2023-02-29'",
        "r.yaml:4:41: 'date' must be a date YYYY-MM-DD, got 'May 2'"}},
      {"valid_until before valid_from",
       {File("entities:\n  - {id: PER, type: country, label: Peru, valid_from: 2024-02-29, valid_until: 2024-01-31}\n")},
       {"r.yaml:2:80: 'valid_until' is before 'valid_from'"}},
      {"ids", {File(R"(entities:
  - {id: "per ú", type: country, label: Peru}
  - {id: CHN.XI-JINPING_2, type: person, label: Xi}
relations:
  - {id: visit, label: visit, cameo: "042", quad_class: 1, direction: directed, cues: {en: ["{S} visited {T}"]}}
)")},
       {"r.yaml:2:10: invalid id 'per ú' (use letters, digits, '_', '.', '-')",
        "r.yaml:5:10: invalid id 'visit' (use upper-case letters, digits, '_')"}},
  });
}

TEST_CASE("rules: repeated ids inside a layer", "[rules]") {
  CheckErrors({
      {"entity",
       {{"rules/a.yaml", "# countries\nentities:\n  - id: PER\n    type: country\n    label: Peru\n", 0},
        {"rules/b.yaml", "entities:\n  - {id: PER, type: country, label: Perú}\n", 0}},
       {"rules/b.yaml:2:5: duplicate entity id 'PER' (first defined at rules/a.yaml:3:5)"}},
      {"relation", {kBase, {"rules/b.yaml", R"(relations:
  - {id: VISIT, label: visit, cameo: "042", quad_class: 1, direction: directed, cues: {en: ["{S} toured {T}"]}}
)", 0}},
       {"rules/b.yaml:2:5: duplicate relation id 'VISIT' (first defined at base.yaml:5:5)"}},
  });
}

TEST_CASE("rules: errors in patterns and cues", "[rules]") {
  CheckErrors({
      {"RE2", {File("entities:\n  - {id: PER, type: country, label: Peru, patterns: ['per[uú]', 'rep(']}\n")},
       {"r.yaml:2:66: bad RE2 pattern 'rep(': missing ): rep("}},
      {"unknown slot", {File(RelationWithCue("{S} {X} met"))},
       {"r.yaml:2:91: cue '{S} {X} met' has an unknown slot '{X}' (use {S} or {T})"}},
      {"no words", {File(RelationWithCue("{S}", "symmetric"))}, {"r.yaml:2:92: cue '{S}' has no words"}},
      {"no slot", {File(RelationWithCue("met with", "symmetric"))}, {"r.yaml:2:92: cue 'met with' has no slot"}},
      {"repeated slot", {File(RelationWithCue("{S} met {S}"))}, {"r.yaml:2:91: cue '{S} met {S}' repeats slot {S}"}},
      {"one slot, directed", {File(RelationWithCue("{S} met"))},
       {"r.yaml:2:91: cue '{S} met' needs both {S} and {T} (the relation is directed)"}},
      {"one slot, symmetric", {File(RelationWithCue("{S} met", "symmetric"))}, {}},
      {"one {T} slot, symmetric", {File(RelationWithCue("{T} was met", "symmetric"))}, {}},
      {"gap between words", {File(RelationWithCue("{S} signed ... accord with {T}"))}, {}},
      {"gap before a slot", {File(RelationWithCue("{S} signed ... {T}"))},
       {"r.yaml:2:91: cue '{S} signed ... {T}' has a gap '...' that does not stand between two words"}},
      // After a slot, the words may stand a few tokens further on: "{S} gave {T} ... a grant".
      {"gap after a slot", {File(RelationWithCue("{S} \u2026 signed {T}"))}, {}},
      {"gap at the end", {File(RelationWithCue("{S} signed {T} ..."))},
       {"r.yaml:2:91: cue '{S} signed {T} ...' has a gap '...' that does not stand between two words"}},
  });
}

TEST_CASE("rules: errors in references", "[rules]") {
  CheckErrors({
      {"country", {kBase, File(R"(entities:
  - {id: PER.LIMA, type: place, label: Lima, country: PER}
  - {id: XI, type: person, label: Xi, country: XYZ}
  - {id: UN, type: international, label: UN}
  - {id: UN.SG, type: person, label: Guterres, country: UN}
)")},
       {"r.yaml:3:48: country 'XYZ' is not a country entity", "r.yaml:5:57: country 'UN' is not a country entity"}},
      {"malformed edge", {kBase, File("examples:\n  - {text: China visited Peru., edges: [\"CHN VISIT\"]}\n")},
       {"r.yaml:2:41: expected edge 'SRC RELATION TGT', got 'CHN VISIT'"}},
      {"unknown relation", {kBase, File("examples:\n  - {text: China visited Peru., edges: [CHN VISITT PER]}\n")},
       {"r.yaml:2:41: unknown relation 'VISITT'"}},
      {"unknown entity",
       {kBase, File("examples:\n  - {text: China visited Peru., not: [XXX VISIT PER, CHN VISIT YYY]}\n")},
       {"r.yaml:2:39: unknown entity 'XXX'", "r.yaml:2:54: unknown entity 'YYY'"}},
  });
}

// ---- all errors at once ----

TEST_CASE("rules: every error of every file, in file then document order", "[rules]") {
  const RuleSource a = {"a.yaml", R"(entities:
  - {id: PER, type: country, label: Peru, rank: 1}
relations:
  - id: VISIT
    label: visit
    cameo: "042"
    quad_class: 9
    direction: directed
    cues: {en: ["{S} visited {T}"]}
    examples:
      - {text: "Peru visited Chile.", edges: [PER VISIT CHL]}
  - {id: MEET, label: meet, cameo: 43, quad_class: 1, direction: symmetric, cues: {en: ["{S} met {T}"]}}
)", 0};
  const RuleSource b = {"b.yaml", R"(entities:
  - {id: CHL, type: contry, label: Chile}
  - {id: PER, type: country, label: Peru}
examples:
  - {text: "Chile met Peru.", edges: [CHL MEETS PER]}
)", 0};
  CHECK(Errors({a, b}) ==
        Strings{"a.yaml:2:43: unknown key 'rank' (expected one of: id, type, label, country, role, names, demonyms, "
                "capitals, patterns, valid_from, valid_until, periods, origin)",
                "a.yaml:7:17: 'quad_class' must be 1, 2, 3 or 4, got 9",
                "a.yaml:12:36: 'cameo' must be a string",
                "b.yaml:2:21: unknown entity type 'contry' (expected one of: country, person, organization, "
                "government_body, military, company, party, place, international)",
                "b.yaml:3:5: duplicate entity id 'PER' (first defined at a.yaml:2:5)",
                "b.yaml:5:39: unknown relation 'MEETS'"});
}

// ---- a valid pack, field by field ----

const char kValidPack[] = R"(entities:
  - id: PER
    type: country
    label: Peru
    names:
      en: [Peru, Republic of Peru]
      es: [Perú]
    demonyms:
      fr: [péruvienne]
    capitals:
      any: [Lima]
    patterns:
      - 'rep[uú]blica del per[uú]'
  - id: PER.BOLUARTE
    type: person
    label: Dina Boluarte
    country: PER
    role: government
    names: {any: [Dina Boluarte]}
    valid_from: 2022-12-07
    valid_until: "2025-10-10"
  - {id: CHN, type: country, label: China, country: CHN}
relations:
  - id: VISIT
    label: visit
    cameo: "042"
    quad_class: 1
    direction: directed
    cues:
      en: ["{S} 's visit to {T}"]
      fr: ["la visite de {S} à {T}"]
    examples:
      - text: "A Chinese delegation visited Lima."
        lang: en
        date: 2024-05-02
        edges: ["CHN VISIT PER"]
        not: ["PER  VISIT CHN"]
  - {id: MEET, label: meet, cameo: "0431", quad_class: 4, direction: symmetric, cues: {es: ["{S} se reunieron"]}}
examples:
  - text: Peru met China.
    edges: [PER MEET CHN]
modality:
  negation: {en: [not, "n't"], es: ["no"]}
  hedge: {fr: [pourrait]}
  denial: {en: [denied]}
)";

void CheckAlias(const Alias& a, const std::string& text, const std::string& lang, AliasKind kind, int line,
                int column) {
  INFO(text);
  CHECK(a.text == text);
  CHECK(a.lang == lang);
  CHECK(a.kind == kind);
  CHECK(a.loc.ToString() == "p.yaml:" + std::to_string(line) + ":" + std::to_string(column));
}

bool SameParts(const Cue& cue, const std::vector<std::pair<CuePart::Kind, std::string>>& want) {
  if (cue.parts.size() != want.size()) return false;
  for (std::size_t i = 0; i < want.size(); ++i) {
    if (cue.parts[i].kind != want[i].first || cue.parts[i].words != want[i].second) return false;
  }
  return true;
}

TEST_CASE("rules: a valid pack, entities", "[rules]") {
  Diagnostics diagnostics;
  RulePack pack = LoadRulePack({{"p.yaml", kValidPack, 0}}, &diagnostics);
  REQUIRE(Messages(diagnostics).empty());
  REQUIRE(pack.entities.size() == 3);
  const Entity& per = pack.entities[0];
  CHECK(per.id == "PER");
  CHECK(per.type == "country");
  CHECK(per.label == "Peru");
  CHECK(per.country == "PER");  // a country belongs to itself
  CHECK(per.role.empty());
  CHECK(per.loc.ToString() == "p.yaml:2:5");
  REQUIRE(per.aliases.size() == 5);
  CheckAlias(per.aliases[0], "Peru", "en", AliasKind::kName, 6, 12);
  CheckAlias(per.aliases[1], "Republic of Peru", "en", AliasKind::kName, 6, 18);
  CheckAlias(per.aliases[2], "Perú", "es", AliasKind::kName, 7, 12);
  CheckAlias(per.aliases[3], "péruvienne", "fr", AliasKind::kDemonym, 9, 12);
  CheckAlias(per.aliases[4], "Lima", "any", AliasKind::kCapital, 11, 13);
  REQUIRE(per.patterns.size() == 1);
  CheckAlias(per.patterns[0], "rep[uú]blica del per[uú]", "any", AliasKind::kPattern, 13, 9);
  CHECK(per.valid_from.empty());
  CHECK(per.valid_until.empty());

  const Entity& dina = pack.entities[1];
  CHECK(dina.id == "PER.BOLUARTE");
  CHECK(dina.type == "person");
  CHECK(dina.country == "PER");
  CHECK(dina.role == "government");
  REQUIRE(dina.aliases.size() == 1);
  CheckAlias(dina.aliases[0], "Dina Boluarte", "any", AliasKind::kName, 19, 19);
  CHECK(dina.valid_from == "2022-12-07");
  CHECK(dina.valid_until == "2025-10-10");
  CHECK(pack.entities[2].country == "CHN");
  CHECK(pack.FindEntity("PER.BOLUARTE") == &pack.entities[1]);
  CHECK(pack.FindEntity("XXX") == nullptr);
}

TEST_CASE("rules: dated periods and names added to an entity of another file", "[rules]") {
  Diagnostics diagnostics;
  RulePack pack = LoadRulePack(
      {{"a.yaml", "entities:\n  - {id: AZE, type: country, label: Azerbaijan, names: {en: [Azerbaijan]}}\n", 0},
       {"gen.yaml", R"(entities:
  - {id: AZE, extend: true, names: {any: [Azarbaycan]}}
  - {id: PHX.AZE.RASIZADE, type: person, label: Artur Rasizade, country: AZE, role: government,
     names: {any: [Artur Rasizade]}, periods: ["1953-01-01..1996-07-20 elite", "2003-08-06.. government", ".. -"],
     origin: "Phoenix.Countries.actors.txt:3007"}
)",
        0}},
      &diagnostics);
  REQUIRE(Messages(diagnostics).empty());
  REQUIRE(pack.entities.size() == 2);
  const Entity& aze = pack.entities[0];
  REQUIRE(aze.aliases.size() == 2);
  CHECK(aze.aliases[1].text == "Azarbaycan");
  CHECK(aze.aliases[1].loc.ToString() == "gen.yaml:2:43");
  const Entity& artur = pack.entities[1];
  CHECK(artur.origin == "Phoenix.Countries.actors.txt:3007");
  REQUIRE(artur.periods.size() == 3);
  CHECK(artur.periods[0].from == "1953-01-01");
  CHECK(artur.periods[0].until == "1996-07-20");
  CHECK(artur.periods[0].role == "elite");
  CHECK(artur.periods[1].from == "2003-08-06");
  CHECK(artur.periods[1].until.empty());
  CHECK(artur.periods[1].role == "government");
  CHECK(artur.periods[2].from.empty());
  CHECK(artur.periods[2].role.empty());
}

TEST_CASE("rules: a valid pack, relations", "[rules]") {
  using K = CuePart::Kind;
  Diagnostics diagnostics;
  RulePack pack = LoadRulePack({{"p.yaml", kValidPack, 0}}, &diagnostics);
  REQUIRE(Messages(diagnostics).empty());
  REQUIRE(pack.relations.size() == 2);
  const Relation& visit = pack.relations[0];
  CHECK(visit.id == "VISIT");
  CHECK(visit.label == "visit");
  CHECK(visit.cameo == "042");
  CHECK(visit.quad_class == 1);
  CHECK(visit.direction == Direction::kDirected);
  CHECK(visit.loc.ToString() == "p.yaml:24:5");
  REQUIRE(visit.cues.size() == 2);
  CHECK(visit.cues[0].text == "{S} 's visit to {T}");
  CHECK(visit.cues[0].lang == "en");
  CHECK(visit.cues[0].loc.ToString() == "p.yaml:30:12");
  CHECK(SameParts(visit.cues[0], {{K::kSource, ""}, {K::kWords, "'s visit to"}, {K::kTarget, ""}}));
  CHECK(visit.cues[1].lang == "fr");
  CHECK(SameParts(visit.cues[1], {{K::kWords, "la visite de"}, {K::kSource, ""}, {K::kWords, "à"}, {K::kTarget, ""}}));

  const Relation& meet = pack.relations[1];
  CHECK(meet.cameo == "0431");
  CHECK(meet.quad_class == 4);
  CHECK(meet.direction == Direction::kSymmetric);
  REQUIRE(meet.cues.size() == 1);
  CHECK(meet.cues[0].lang == "es");
  CHECK(SameParts(meet.cues[0], {{K::kSource, ""}, {K::kWords, "se reunieron"}}));
  CHECK(pack.FindRelation("MEET") == &pack.relations[1]);
  CHECK(pack.FindRelation("VISITT") == nullptr);
}

TEST_CASE("rules: a valid pack, examples and modality", "[rules]") {
  Diagnostics diagnostics;
  RulePack pack = LoadRulePack({{"p.yaml", kValidPack, 0}}, &diagnostics);
  REQUIRE(Messages(diagnostics).empty());
  REQUIRE(pack.examples.size() == 2);
  const Example& visit = pack.examples[0];  // a relation's examples join the top-level ones
  CHECK(visit.text == "A Chinese delegation visited Lima.");
  CHECK(visit.lang == "en");
  CHECK(visit.date == "2024-05-02");
  CHECK(visit.loc.ToString() == "p.yaml:33:9");
  REQUIRE(visit.edges.size() == 1);
  CHECK(visit.edges[0].source == "CHN");
  CHECK(visit.edges[0].relation == "VISIT");
  CHECK(visit.edges[0].target == "PER");
  CHECK(visit.edges[0].loc.ToString() == "p.yaml:36:17");
  REQUIRE(visit.not_edges.size() == 1);
  CHECK(visit.not_edges[0].source == "PER");
  CHECK(visit.not_edges[0].target == "CHN");
  const Example& meet = pack.examples[1];
  CHECK(meet.text == "Peru met China.");
  CHECK(meet.lang.empty());
  CHECK(meet.date.empty());
  CHECK(meet.edges.size() == 1);
  CHECK(meet.not_edges.empty());

  using Words = std::map<std::string, std::vector<std::string>>;
  CHECK(pack.modality.negation == Words{{"en", {"not", "n't"}}, {"es", {"no"}}});
  CHECK(pack.modality.hedge == Words{{"fr", {"pourrait"}}});
  CHECK(pack.modality.denial == Words{{"en", {"denied"}}});
}

// ---- layers ----

TEST_CASE("rules: a higher layer replaces an id in place and adds new ones", "[rules]") {
  const RuleSource base = {"rules/base.yaml", R"(entities:
  - {id: PER, type: country, label: Peru}
  - {id: CHN, type: country, label: China}
relations:
  - id: VISIT
    label: visit
    cameo: "042"
    quad_class: 1
    direction: directed
    cues: {en: ["{S} visited {T}"]}
    examples: [{text: China visited Peru., edges: [CHN VISIT PER]}]
  - {id: MEET, label: meet, cameo: "043", quad_class: 1, direction: symmetric, cues: {en: ["{S} met {T}"]}}
modality:
  negation: {en: [not]}
)", 0};
  const RuleSource mine = {"mine/x.yaml", R"(entities:
  - {id: CHL, type: country, label: Chile}
  - {id: PER, type: country, label: Perú, names: {es: [Perú]}}
relations:
  - {id: VISIT, label: tour, cameo: "0421", quad_class: 1, direction: directed, cues: {en: ["{S} toured {T}"]}}
modality:
  negation: {en: [never]}
)", 1};
  Diagnostics diagnostics;
  RulePack pack = LoadRulePack({base, mine}, &diagnostics);
  REQUIRE(Messages(diagnostics).empty());
  REQUIRE(pack.entities.size() == 3);
  CHECK(pack.entities[0].id == "PER");
  CHECK(pack.entities[0].label == "Perú");
  CHECK(pack.entities[0].loc.ToString() == "mine/x.yaml:3:5");
  CHECK(pack.entities[0].aliases.size() == 1);
  CHECK(pack.entities[1].id == "CHN");
  CHECK(pack.entities[2].id == "CHL");
  REQUIRE(pack.relations.size() == 2);
  CHECK(pack.relations[0].id == "VISIT");
  CHECK(pack.relations[0].cameo == "0421");
  CHECK(pack.relations[0].cues.at(0).text == "{S} toured {T}");
  CHECK(pack.relations[1].id == "MEET");
  CHECK(pack.examples.empty());  // the replaced VISIT's example went with it
  CHECK(pack.modality.negation.at("en") == std::vector<std::string>{"not", "never"});
  CHECK(pack.files == Strings{"rules/base.yaml", "mine/x.yaml"});
}

TEST_CASE("rules: a lower layer loaded later does not replace a higher one", "[rules]") {
  Diagnostics diagnostics;
  RulePack pack = LoadRulePack({{"mine.yaml", "entities: [{id: PER, type: country, label: Mine}]\n", 1},
                                {"base.yaml", "entities: [{id: PER, type: country, label: Base}]\n", 0}},
                               &diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(pack.entities.size() == 1);
  CHECK(pack.entities[0].label == "Mine");
}

// ---- fingerprint ----

TEST_CASE("rules: the fingerprint covers names and bytes in load order", "[rules]") {
  const std::vector<RuleSource> sources = {{"a.yaml", "{}\n", 0}, {"b.yaml", "", 0}};
  Diagnostics diagnostics;
  const std::string fp = LoadRulePack(sources, &diagnostics).fingerprint;
  CHECK(fp == Fnv1a64Hex(std::string("a.yaml\0{}\n\0b.yaml\0\0", 19)));
  CHECK(fp.size() == 16);
  CHECK(LoadRulePack(sources, &diagnostics).fingerprint == fp);
  CHECK(LoadRulePack({sources[1], sources[0]}, &diagnostics).fingerprint != fp);
  CHECK(LoadRulePack({{"a.yaml", "{} \n", 0}, sources[1]}, &diagnostics).fingerprint != fp);
  CHECK(LoadRulePack({{"c.yaml", "{}\n", 0}, sources[1]}, &diagnostics).fingerprint != fp);
  CHECK(diagnostics.empty());
}

// ---- directories and the embedded pack ----

TEST_CASE("rules: ReadRuleDirectory reads *.yaml and *.yml sorted by path", "[rules]") {
  const std::string dir = testing::SourcePath("tests/data/rules/pack");
  Diagnostics diagnostics;
  std::vector<RuleSource> sources = ReadRuleDirectory(dir, 1, &diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(sources.size() == 3);
  CHECK(sources[0].name == dir + "/a_modality.yaml");
  CHECK(sources[1].name == dir + "/countries.yaml");
  CHECK(sources[2].name == dir + "/relations/visit.yml");
  CHECK(sources[2].layer == 1);
  CHECK(sources[2].text == testing::ReadFile(dir + "/relations/visit.yml"));
  RulePack pack = LoadRulePack(sources, &diagnostics);
  CHECK(Messages(diagnostics).empty());
  CHECK(pack.entities.size() == 2);
  CHECK(pack.relations.size() == 1);
  CHECK(pack.examples.size() == 1);
}

TEST_CASE("rules: errors in a directory's files name the file as found", "[rules]") {
  const std::string dir = testing::SourcePath("tests/data/rules/bad/");
  Diagnostics diagnostics;
  RulePack pack = LoadRulePack(ReadRuleDirectory(dir, 1, &diagnostics), &diagnostics);
  CHECK(Messages(diagnostics) ==
        Strings{dir + "broken.yaml:2:5: missing required key 'label'",
                dir + "broken.yaml:2:5: missing required key 'cameo'",
                dir + "broken.yaml:2:5: missing required key 'quad_class'",
                dir + "broken.yaml:2:5: missing required key 'direction'",
                dir + "broken.yaml:2:5: missing required key 'cues'",
                dir + "broken.yaml:3:5: unknown key 'cue' (expected one of: id, label, cameo, quad_class, direction, "
                      "cues, examples, extend)"});
}

TEST_CASE("rules: a missing rule directory", "[rules]") {
  Diagnostics diagnostics;
  CHECK(ReadRuleDirectory("no/such/dir", 1, &diagnostics).empty());
  CHECK(Messages(diagnostics) == Strings{"no/such/dir: no such directory"});
}

TEST_CASE("rules: DefaultRuleSources makes layer-0 sources of the embedded files", "[rules]") {
  const std::vector<EmbeddedFile> files = {{"rules/a.yaml", "{}\n"}, {"rules/b.yaml", "entities: []\n"}};
  std::vector<RuleSource> sources = DefaultRuleSources(files);
  REQUIRE(sources.size() == 2);
  CHECK(sources[1].name == "rules/b.yaml");
  CHECK(sources[1].text == "entities: []\n");
  CHECK(sources[1].layer == 0);
}

TEST_CASE("rules: the embedded default pack loads without errors", "[rules]") {
  Diagnostics diagnostics;
  RulePack pack = LoadRulePack(DefaultRuleSources(rules_data::DefaultRuleFiles()), &diagnostics);
  CHECK(Messages(diagnostics).empty());
  CHECK(pack.files.size() == rules_data::DefaultRuleFiles().size());
}

}  // namespace
}  // namespace dyad::extract
