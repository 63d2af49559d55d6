// Two states written as one hyphenated word ("US-China talks",
// "sino-péruviennes", "chino-peruanas") are a pair for the event noun they
// stand on, in English, French and Spanish.
#include <string>

#include "extract/extractor.h"
#include "tests/catch.h"
#include "tests/default_pack.h"

namespace dyad::extract {
namespace {

// One line per record: "SRC REL TGT modality 'source words' 'target words'".
std::string Run(const std::string &text, const std::string &lang) {
  Document doc = testing::BodyDocument(text, lang);
  std::string out;
  for (const Evidence &e : testing::DefaultPack().Extract(doc)) {
    auto words = [&](Span s) {
      return "'" + text.substr(s.begin, s.end - s.begin) + "'";
    };
    out += e.source + " " + e.relation + " " + e.target + " " +
           ModalityName(e.modality) + " " + words(e.source_span) + " " +
           words(e.target_span) + "\n";
  }
  return out;
}

TEST_CASE("a hyphenated pair before an English event noun is its list",
          "[extractor][hyphen]") {
  CHECK(Run("Peru-Chile negotiations ended on Monday.", "en") ==
        "PER NEGOTIATE CHL asserted 'Peru' 'Chile'\n");
  // The head of the compound is its last noun.
  CHECK(Run("The US-China trade talks ended.", "en") ==
        "USA MEET CHN asserted 'The US' 'China'\n");
  CHECK(Run("Sino-Peruvian talks ended on Monday.", "en") ==
        "CHN MEET PER asserted 'Sino' 'Peruvian'\n");
  CHECK(Run("Anglo-Irish negotiations resumed.", "en") ==
        "GBR NEGOTIATE IRL asserted 'Anglo' 'Irish'\n");
  // Each pair of a longer chain.
  CHECK(Run("The Peru-Chile-Bolivia talks ended.", "en") ==
        "PER MEET CHL asserted 'Peru' 'Chile'\n"
        "PER MEET BOL asserted 'Peru' 'Bolivia'\n"
        "CHL MEET BOL asserted 'Chile' 'Bolivia'\n");
  // The noun's verb carries the modality.
  CHECK(Run("Sino-Peruvian talks did not take place.", "en") ==
        "CHN MEET PER negated 'Sino' 'Peruvian'\n");
}

TEST_CASE("a hyphenated pair after a French or Spanish event noun is its list",
          "[extractor][hyphen]") {
  CHECK(Run("Les négociations sino-péruviennes ont repris.", "fr") ==
        "CHN NEGOTIATE PER asserted 'sino' 'péruviennes'\n");
  CHECK(Run("Le dialogue franco-allemand reprend.", "fr") ==
        "FRA MEET DEU asserted 'franco' 'allemand'\n");
  CHECK(Run("Les échanges commerciaux sino-péruviens ont doublé.", "fr") ==
        "CHN TRADE PER asserted 'sino' 'péruviens'\n");
  CHECK(Run("Las conversaciones chino-peruanas avanzan.", "es") ==
        "CHN MEET PER asserted 'chino' 'peruanas'\n");
  CHECK(Run("El diálogo peruano-chileno avanza.", "es") ==
        "PER MEET CHL asserted 'peruano' 'chileno'\n");
}

TEST_CASE("no pair without a tight hyphen, two states and an event noun",
          "[extractor][hyphen]") {
  // A singular noun before another is a modifier: a trade war is no trade.
  CHECK(Run("The US-China trade war worsened.", "en") == "");
  // A combining form needs a state after its hyphen; Spanish "sino" is "but".
  CHECK(Run("Indo-Pacific talks began.", "en") == "");
  CHECK(Run("No quiere a Perú, sino a Chile.", "es") == "");
  // Spaced dashes open an aside, they join nothing.
  CHECK(Run("Talks on the Russia - Ukraine front stalled.", "en") == "");
  // No event noun under the pair.
  CHECK(Run("The Peru-Chile border is quiet.", "en") == "");
  CHECK(Run("La frontière péruvo-chilienne est calme.", "fr") == "");
}

} // namespace
} // namespace dyad::extract
