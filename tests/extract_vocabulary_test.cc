// Lemmas, word classes, relation extensions and converted cues: what they
// match, how they yield to hand-written cues, and the errors they give.
#include <memory>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/rules/rules.h"
#include "tests/catch.h"
#include "tests/default_pack.h"

namespace dyad::extract {
namespace {

const char* const kCountries = R"(entities:
  - {id: PER, type: country, label: Peru, names: {en: [Peru], fr: [Pérou], es: [Perú]}}
  - {id: CHL, type: country, label: Chile, names: {en: [Chile], fr: [Chili], es: [Chile]}}
  - {id: BRA, type: country, label: Brazil, names: {en: [Brazil], fr: [Brésil], es: [Brasil]}}
)";

std::vector<std::string> Messages(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics) out.push_back(d.ToString());
  return out;
}

// Loads the countries and `rules` (as v.yaml); the diagnostics in *errors.
std::unique_ptr<Extractor> Load(const std::string& rules, std::vector<std::string>* errors) {
  Diagnostics diagnostics;
  const RulePack pack = LoadRulePack({{"c.yaml", kCountries, 0}, {"v.yaml", rules, 1}}, &diagnostics);
  *errors = Messages(diagnostics);
  if (!diagnostics.empty()) return nullptr;
  return Extractor::Create(pack, &diagnostics);
}

// "SRC REL TGT rule" per record of the text read as `lang`.
std::string Run(const Extractor& x, const std::string& text, const std::string& lang) {
  std::string out;
  for (const Evidence& e : x.Extract(testing::BodyDocument(text, lang))) {
    out += e.source + " " + e.relation + " " + e.target + " " + e.rule + "\n";
  }
  return out;
}

const char* const kVocabulary = R"(lexicon:
  lang: fr
  forms:
    rencontrer: "rencontrer rencontre rencontrent rencontré rencontrée rencontreront"
    prendre part: "prendre part|prend part|a pris part|pris part"
classes:
  arme:
    fr: [missile, missiles, "char d'assaut"]
relations:
  - id: MEET
    label: meet
    cameo: "040"
    quad_class: 1
    direction: symmetric
    cues: {fr: ["{S} <rencontrer> {T}"]}
  - id: MEET
    extend: true
    cues: {fr: ["{S} <prendre part> aux pourparlers avec {T} @DICT.txt:7"]}
  - id: ARMS
    label: sell arms
    cameo: "0832"
    quad_class: 2
    direction: directed
    cues: {fr: ["{S} a vendu des &arme à {T}"]}
)";

TEST_CASE("a lemma matches every form its lexicon lists, a class any member", "[vocabulary]") {
  std::vector<std::string> errors;
  auto x = Load(kVocabulary, &errors);
  REQUIRE(errors == std::vector<std::string>{});
  REQUIRE(x != nullptr);
  CHECK(Run(*x, "Le Pérou rencontreront le Chili.", "fr") == "PER MEET CHL v.yaml:15:17\n");
  CHECK(Run(*x, "Le Pérou a rencontré le Chili.", "fr") == "PER MEET CHL v.yaml:15:17\n");
  // A form of several words, from a cue added by `extend`, with its origin.
  CHECK(Run(*x, "Le Pérou a pris part aux pourparlers avec le Chili.", "fr") ==
        "PER MEET CHL v.yaml:18:17 from DICT.txt:7\n");
  // A class member of one word, and one of several.
  CHECK(Run(*x, "Le Brésil a vendu des missiles au Pérou.", "fr") == "");
  CHECK(Run(*x, "Le Brésil a vendu des missiles à Pérou.", "fr") == "BRA ARMS PER v.yaml:24:17\n");
  CHECK(Run(*x, "Le Brésil a vendu des char d'assaut à Pérou.", "fr") == "BRA ARMS PER v.yaml:24:17\n");
  // A form the lexicon does not list is not matched.
  CHECK(Run(*x, "Le Pérou rencontra le Chili.", "fr") == "");
}

TEST_CASE("a cue reads documents of its own language, or of unknown language", "[vocabulary]") {
  std::vector<std::string> errors;
  auto x = Load(kVocabulary, &errors);
  REQUIRE(x != nullptr);
  CHECK(Run(*x, "Le Pérou rencontre le Chili.", "es") == "");
  CHECK(Run(*x, "Le Pérou rencontre le Chili.", "") == "PER MEET CHL v.yaml:15:17\n");
}

TEST_CASE("lemmas, classes and extensions that do not resolve are errors", "[vocabulary]") {
  std::vector<std::string> errors;
  Load(R"(classes:
  inner: {en: [tank]}
  outer: {en: ["&inner"]}
  Bad-Name: {en: [x]}
relations:
  - {id: NOPE, extend: true, cues: {en: ["{S} met {T}"]}}
  - id: MEET
    label: meet
    cameo: "040"
    quad_class: 1
    direction: directed
    cues: {en: ["{S} <meet> {T}", "{S} sold &weapon to {T}", "{S} sold &inner to {T}"], fr: ["{S} &inner {T}"]}
  - {id: MEET, extend: true, cues: {en: ["{S} met"]}}
lexicon:
  lang: en
  forms: [meet]
)",
       &errors);
  // Sorted by place, as every rule error.
  CHECK(errors == std::vector<std::string>{
                      "v.yaml:3:3: class &outer member '&inner' names class &inner (a class cannot hold a class)",
                      "v.yaml:4:3: invalid class name 'Bad-Name' (use lower-case letters, digits, '_')",
                      "v.yaml:6:5: 'extend' names unknown relation 'NOPE'",
                      "v.yaml:12:17: cue '{S} <meet> {T}' names lemma <meet> that no en lexicon lists (add it "
                      "under 'lexicon:')",
                      "v.yaml:12:35: cue '{S} sold &weapon to {T}' names class &weapon that has no en members",
                      "v.yaml:12:94: cue '{S} &inner {T}' names class &inner that has no fr members",
                      "v.yaml:13:42: cue '{S} met' needs both {S} and {T} (the relation is directed)",
                      "v.yaml:16:10: 'forms' must be a map from lemma to its forms"});
}

TEST_CASE("a class's members may come from several files, one language each", "[vocabulary]") {
  Diagnostics diagnostics;
  const RulePack pack = LoadRulePack({{"a.yaml", "classes: {arms: {en: [rifle]}}", 0},
                                      {"b.yaml", "classes: {arms: {fr: [fusil]}}", 0},
                                      {"c.yaml", "classes: {arms: {en: [tank]}}", 0},
                                      {"d.yaml", "classes: {arms: {en: [gun]}}", 1}},
                                     &diagnostics);
  CHECK(Messages(diagnostics) ==
        std::vector<std::string>{"c.yaml:1:11: duplicate class 'arms' for language en (first defined at a.yaml:1:11)"});
  REQUIRE(pack.FindClass("arms") != nullptr);
  CHECK(pack.FindClass("arms")->members.at("en") == std::vector<std::string>{"gun"});
  CHECK(pack.FindClass("arms")->members.at("fr") == std::vector<std::string>{"fusil"});
}

// The default pack: converted CAMEO.2.0 cues read what the hand-written ones
// do not, and give way where both read a sentence.
std::string Default(const std::string& text) {
  std::string out;
  for (const Evidence& e : testing::DefaultPack().Extract(testing::BodyDocument(text, "en"))) {
    out += e.source + " " + e.relation + " " + e.target + " " + std::string(ModalityName(e.modality)) + "\n";
  }
  return out;
}

TEST_CASE("converted dictionary cues fill in what hand-written cues do not read", "[vocabulary]") {
  // Inflected forms of the dictionary's verbs, a target after a preposition or after the object.
  CHECK(Default("Argentina has apologized to Brazil for the incident.") == "ARG APOLOGIZE BRA asserted\n");
  CHECK(Default("Zambia extradited a militant, Haroon Aswad, to Britain.") ==
        "ZMB ENGAGE_IN_JUDICIAL_COOPERATION GBR asserted\n");
  CHECK(Default("Finland gave Tanzania a grant of 580 million shillings.") ==
        "FIN PROVIDE_ECONOMIC_AID TZA asserted\n");
  // The hand-written cue wins where both read the words ("missile strikes on").
  CHECK(Default("Russia launched a wave of drone and missile strikes on Ukraine overnight.") ==
        "RUS FIGHT UKR asserted\n");
  // Its own subject only, next to its verb: not "U.S. policy could invite".
  CHECK(Default("Moving closer to U.S. policy could invite retaliation from Beijing.") == "");
  // No relation of a state to itself, no noun read as the verb.
  CHECK(Default("General Song Yanchao headed the Chinese delegation.") == "");
  CHECK(Default("Japan's trade minister criticized Washington.") == "JPN CRITICIZE USA asserted\n");
  // Past a role noun after the state, and an aspect frame ("is about to").
  CHECK(Default("The Kuwaiti government restored diplomatic ties with Libya.") ==
        "KWT ENGAGE_IN_DIPLOMATIC_COOPERATION LBY asserted\n");
  CHECK(Default("Argentina is about to restore full diplomatic ties with Germany.") ==
        "ARG ENGAGE_IN_DIPLOMATIC_COOPERATION DEU asserted\n");
  // A count between the verb and its object is no word between them.
  CHECK(Default("Afghan rebels have kidnapped up to 16 Russian civilian advisers.") ==
        "AFG ABDUCT_HIJACK RUS asserted\n");
  CHECK(Default("Security forces in Guinea have tortured scores of Sierra Leonean and Liberian refugees.") ==
        "GIN TORTURE SLE asserted\nGIN TORTURE LBR asserted\n");
  CHECK(Default("Afghan rebels have kidnapped the 16 Russian advisers.") == "AFG ABDUCT_HIJACK RUS asserted\n");
  CHECK(Default("Afghan rebels have kidnapped about the Russian advisers.") == "");
  // A verb whose Hunspell entry carries no inflection flags ("restore/ZBR").
  CHECK(Default("Kuwait restores diplomatic ties with Libya.") ==
        "KWT ENGAGE_IN_DIPLOMATIC_COOPERATION LBY asserted\n");
}

}  // namespace
}  // namespace dyad::extract
