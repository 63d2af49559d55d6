// Frames that change the event a cue codes (extract/match/frames.h): a halt
// of cooperation is a reduction of relations, and in French and Spanish an
// infinitive is an act only under a frame word, a simple future an intent.
#include <string>

#include "extract/extractor.h"
#include "tests/catch.h"
#include "tests/default_pack.h"

namespace dyad::extract {
namespace {

// One line per record: "SRC REL TGT modality".
std::string Run(const std::string& text, const std::string& lang) {
  std::string out;
  for (const Evidence& e : testing::DefaultPack().Extract(testing::BodyDocument(text, lang))) {
    out += e.source + " " + e.relation + " " + e.target + " " + ModalityName(e.modality);
    if (!e.modality_word.empty()) out += "(" + e.modality_word + ")";
    out += "\n";
  }
  return out;
}

TEST_CASE("a halted act of cooperation reduces relations, by the kind of act", "[frames]") {
  // Negotiations (046) -> 164, aid (07x) -> 162, meetings and visits (04x) -> 160,
  // military cooperation (062) -> 1622.
  CHECK(Run("Peru announced the suspension of negotiations with Chile on Tuesday.", "en") ==
        "PER HALT_NEGOTIATIONS CHL asserted\n");
  CHECK(Run("Japan on Tuesday suspended economic aid to Myanmar after the military coup.", "en") ==
        "JPN REDUCE_OR_STOP_AID MMR asserted\n");
  CHECK(Run("The United States froze military aid to Pakistan on Tuesday.", "en") ==
        "USA REDUCE_OR_STOP_AID PAK asserted\n");
  CHECK(Run("Peru cancelled the visit of its foreign minister to Chile this week.", "en") ==
        "PER REDUCE_RELATIONS CHL asserted\n");
  CHECK(Run("Le Pérou a suspendu les négociations avec le Chili lundi après l'incident.", "fr") ==
        "PER HALT_NEGOTIATIONS CHL asserted\n");
  CHECK(Run("Le Pérou a annulé la visite de son ministre au Chili prévue cette semaine.", "fr") ==
        "PER REDUCE_RELATIONS CHL asserted\n");
  CHECK(Run("La France a interrompu sa coopération militaire avec le Mali après le coup d'État.", "fr") ==
        "FRA REDUCE_OR_STOP_MILITARY_ASSISTANCE MLI asserted\n");
  CHECK(Run("El Perú anunció la suspensión de las negociaciones con Chile el martes.", "es") ==
        "PER HALT_NEGOTIATIONS CHL asserted\n");
  CHECK(Run("Argentina suspendió la cooperación militar con Chile tras el incidente fronterizo.", "es") ==
        "ARG REDUCE_OR_STOP_MILITARY_ASSISTANCE CHL asserted\n");
}

TEST_CASE("a halt under another frame takes that frame", "[frames]") {
  CHECK(Run("Peru threatened to suspend aid to Bolivia on Friday.", "en") ==
        "PER THREATEN_TO_REDUCE_OR_STOP_AID BOL asserted\n");
  CHECK(Run("Estados Unidos amenazó con suspender la ayuda a Honduras tras las elecciones.", "es") ==
        "USA THREATEN_TO_REDUCE_OR_STOP_AID HND asserted\n");
}

TEST_CASE("a resumption, an adjective and a halt of nothing coded are no halt", "[frames]") {
  CHECK(Run("Peru resumed talks with Chile on Monday, two years after they were suspended.", "en") ==
        "PER MEET CHL asserted\n");
  CHECK(Run("Peru lifted the suspension of aid to Bolivia on Friday.", "en") == "PER PROVIDE_AID BOL asserted\n");
  CHECK(Run("Peru revived the suspended talks with Chile on Monday in Lima.", "en") == "PER MEET CHL asserted\n");
  CHECK(Run("Le Pérou et le Chili ont repris les négociations suspendues depuis 2019, a annoncé Lima.", "fr") ==
        "PER NEGOTIATE CHL asserted\n");
  CHECK(Run("Perú y Chile reanudaron las negociaciones suspendidas desde 2019, anunció Lima.", "es") ==
        "PER NEGOTIATE CHL asserted\n");
  // A frame word with no cue after it.
  CHECK(Run("Peru suspended its participation in the regional summit on Monday, officials said.", "en") == "");
  CHECK(Run("Le Pérou a suspendu sa participation au sommet régional de Lima lundi.", "fr") == "");
}

TEST_CASE("an infinitive under a frame word is the framed act", "[frames]") {
  CHECK(Run("Le président français compte rencontrer son homologue chilien à Santiago.", "fr") ==
        "FRA EXPRESS_INTENT_TO_MEET_OR_NEGOTIATE CHL asserted\n");
  CHECK(Run("La France va signer un accord commercial avec le Chili la semaine prochaine.", "fr") ==
        "FRA INTEND_COOPERATE CHL asserted\n");
  CHECK(Run("Le Pérou et le Chili vont se réunir à Lima la semaine prochaine.", "fr") ==
        "PER EXPRESS_INTENT_TO_MEET_OR_NEGOTIATE CHL asserted\n");
  CHECK(Run("Le Pérou a refusé de rencontrer le Chili lors du sommet de Lima.", "fr") ==
        "PER REJECT_PROPOSAL_TO_MEET_DISCUSS_NEGOTIATE CHL asserted\n");
  CHECK(Run("Chile planea firmar un acuerdo comercial con Perú en junio.", "es") ==
        "CHL INTEND_COOPERATE PER asserted\n");
  // The frame word "se negó a" is a refusal, not the denial "negó".
  CHECK(Run("El Perú se negó a reunirse con Chile durante la cumbre de Lima.", "es") ==
        "PER REJECT_PROPOSAL_TO_MEET_DISCUSS_NEGOTIATE CHL asserted\n");
  CHECK(Run("Estados Unidos amenazó con imponer sanciones a Venezuela el martes.", "es") ==
        "USA THREATEN_TO_BOYCOTT_EMBARGO_OR_SANCTION VEN asserted\n");
}

TEST_CASE("an infinitive with no frame word is no act", "[frames]") {
  CHECK(Run("Signer un accord avec le Chili serait difficile pour le Pérou, selon les experts.", "fr") == "");
  CHECK(Run("Firmar un acuerdo con Chile sería difícil para el Perú, según los expertos.", "es") == "");
  CHECK(Run("Rusia acusó a Ucrania de bombardear la central nuclear de Zaporiyia.", "es") ==
        "RUS ACCUSE UKR asserted\n");
}

TEST_CASE("a French or Spanish simple future is an intent, as 'will' is", "[frames]") {
  CHECK(Run("La France signera un accord commercial avec le Chili la semaine prochaine.", "fr") ==
        "FRA INTEND_COOPERATE CHL asserted\n");
  CHECK(Run("Chile firmará un acuerdo comercial con Perú el próximo mes.", "es") ==
        "CHL INTEND_COOPERATE PER asserted\n");
  // The imperfect subjunctive, spelled so once accents are folded, is no
  // future: read as the act, as before (its mood is not read).
  CHECK(Run("Chile pidió que Perú firmara el acuerdo comercial con Bolivia.", "es") ==
        "PER SIGN_AGREEMENT BOL asserted\n");
}

TEST_CASE("an announced act with a condition on the other side is a threat", "[frames]") {
  // "Unless" makes any announced act a threat; one to do what is no act of conflict is 130.
  CHECK(Run("Nigeria announced that it will withdraw its peacekeeping force from Chad unless elections are held.",
            "en") == "NGA WARN TCD asserted\n");
  CHECK(Run("Nigeria retirará sus tropas de Chad a menos que se celebren elecciones.", "es") ==
        "NGA WARN TCD asserted\n");
  // "If" makes an act of conflict one: 163 -> 1312.
  CHECK(Run("Russia will impose sanctions on Georgia if it does not withdraw.", "en") ==
        "RUS THREATEN_TO_BOYCOTT_EMBARGO_OR_SANCTION GEO asserted\n");
  CHECK(Run("La Russie imposera des sanctions à la Géorgie si elle ne retire pas ses troupes.", "fr") ==
        "RUS THREATEN_TO_BOYCOTT_EMBARGO_OR_SANCTION GEO asserted\n");
  // A promise with a condition stays a promise.
  CHECK(Run("Peru will sign the accord with Chile if the talks go well.", "en") == "PER INTEND_COOPERATE CHL asserted\n");
}

}  // namespace
}  // namespace dyad::extract
