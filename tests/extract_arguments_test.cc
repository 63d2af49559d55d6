// Who did what to whom: reported speech and the pair "the two countries"
// stands for, in English, French and Spanish.
#include <string>

#include "extract/extractor.h"
#include "tests/catch.h"
#include "tests/default_pack.h"

namespace dyad::extract {
namespace {

// One line per record: "SRC REL TGT modality 'source words' 'target words'".
std::string Run(const std::string& text, const std::string& lang = "", const std::string& title = "") {
  Document doc = testing::BodyDocument(text, lang);
  doc.title = title;
  std::string out;
  for (const Evidence& e : testing::DefaultPack().Extract(doc)) {
    auto words = [&](Span s) { return "'" + text.substr(s.begin, s.end - s.begin) + "'"; };
    out += e.source + " " + e.relation + " " + e.target + " " + ModalityName(e.modality) + " " +
           words(e.source_span) + " " + words(e.target_span) + "\n";
  }
  return out;
}

TEST_CASE("an attribution's speaker takes no part in the event it reports", "[extractor][arguments]") {
  CHECK(Run("According to Peru, Chile attacked Bolivia.", "en") == "CHL FIGHT BOL asserted 'Chile' 'Bolivia'\n");
  CHECK(Run("Chile attacked Bolivia, according to Peru.", "en") == "CHL FIGHT BOL asserted 'Chile' 'Bolivia'\n");
  CHECK(Run("Selon le Pérou, le Chili a attaqué la Bolivie.", "fr") == "CHL FIGHT BOL asserted 'Chili' 'Bolivie'\n");
  CHECK(Run("D'après Lima, le Chili a attaqué la Bolivie.", "fr") == "CHL FIGHT BOL asserted 'Chili' 'Bolivie'\n");
  CHECK(Run("Según Perú, Chile atacó a Bolivia.", "es") == "CHL FIGHT BOL asserted 'Chile' 'Bolivia'\n");
  CHECK(Run("Chile atacó a Bolivia, de acuerdo con Perú.", "es") == "CHL FIGHT BOL asserted 'Chile' 'Bolivia'\n");
  // The speaker alone, with nobody else to act: nothing.
  CHECK(Run("According to Peru, the talks with Chile failed.", "en") == "");
}

TEST_CASE("a verb of saying opens a clause whose subject follows it", "[extractor][arguments]") {
  // The attack is ISIL's (Phoenix.MilNonState.actors.txt), not the speaker's.
  CHECK(Run("The US claimed that ISIL had attacked Iraq.", "en").find("USA FIGHT") == std::string::npos);
  CHECK(Run("Perú dijo que el Estado Islámico atacó a Irak.", "es") == "");
  CHECK(Run("La France a affirmé que l'État islamique a attaqué l'Irak.", "fr") == "");
  // A known subject after the verb of saying is the event's source.
  CHECK(Run("Peru said that Chile attacked Bolivia.", "en") == "CHL FIGHT BOL asserted 'Chile' 'Bolivia'\n");
  CHECK(Run("Le Pérou a déclaré que le Chili a attaqué la Bolivie.", "fr") ==
        "CHL FIGHT BOL asserted 'Chili' 'Bolivie'\n");
  CHECK(Run("Perú afirmó que Chile atacó a Bolivia.", "es") == "CHL FIGHT BOL asserted 'Chile' 'Bolivia'\n");
  // Without the clause the subject is the speaker's, as before.
  CHECK(Run("Ecuador said it did not regret the operation and accused Mexico of abusing asylum.", "en") ==
        "ECU ACCUSE MEX asserted 'Ecuador' 'Mexico'\n");
}

TEST_CASE("'the two countries' is the pair the article lists together, not the last two named",
          "[extractor][arguments]") {
  CHECK(Run("Turkey hosted talks between Russian and Ukrainian delegations in Istanbul. "
            "The two sides signed an accord.", "en") ==
        "TUR HOST RUS asserted 'Turkey' 'Russian'\n"
        "TUR HOST UKR asserted 'Turkey' 'Ukrainian'\n"
        "RUS MEET UKR asserted 'Russian' 'Ukrainian'\n"
        "RUS SIGN_AGREEMENT UKR asserted 'The two sides' 'The two sides'\n");
  CHECK(Run("Chile and Peru held talks in Lima. Brazil also praised Guyana. The two countries signed a pact.",
            "en") ==
        "CHL MEET PER asserted 'Chile' 'Peru'\n"
        "BRA PRAISE GUY asserted 'Brazil' 'Guyana'\n"
        "CHL SIGN_AGREEMENT PER asserted 'The two countries' 'The two countries'\n");
  CHECK(Run("Le Chili et le Pérou ont tenu des entretiens. Le Brésil a salué le Guyana. "
            "Les deux pays ont signé un accord.", "fr") ==
        "BRA PRAISE GUY asserted 'Brésil' 'Guyana'\n"
        "CHL SIGN_AGREEMENT PER asserted 'Les deux pays' 'Les deux pays'\n");
  CHECK(Run("Chile y Perú celebraron conversaciones. Brasil elogió a Guyana. Ambos países firmaron un acuerdo.",
            "es") ==
        "BRA PRAISE GUY asserted 'Brasil' 'Guyana'\n"
        "CHL SIGN_AGREEMENT PER asserted 'Ambos países' 'Ambos países'\n");
  // A title's list counts double: Peru and China, not the Chile and Bolivia listed once in the text.
  CHECK(Run("Chile and Bolivia were mentioned. The two countries signed a pact.", "en",
            "Peru and China deepen ties; Peru and China sign") ==
        "PER SIGN_AGREEMENT CHN asserted 'The two countries' 'The two countries'\n");
  // Its own sentence's two states come first.
  CHECK(Run("Chile and Peru held talks. Brazil and Guyana signed a pact between the two countries.", "en") ==
        "CHL MEET PER asserted 'Chile' 'Peru'\n"
        "BRA SIGN_AGREEMENT GUY asserted 'Brazil' 'the two countries'\n");
  // One state only: no pair, and never a self-loop.
  CHECK(Run("Only Chile was there. Chile and Chile met. The two countries signed a pact.", "en") == "");
}

TEST_CASE("the nouns a demonym or an organisation modifies are the verb's subject", "[extractor][arguments]") {
  CHECK(Run("Russian aircraft killed 46 Afghan civilians in an attack on a village.", "en") ==
        "RUS ENGAGE_IN_MASS_KILLINGS AFG asserted 'Russian' 'Afghan'\n");
  CHECK(Run("Israeli army bulldozers demolished Palestinian homes in Gaza.", "en") ==
        "ISR.ARMED_FORCES DESTROY_PROPERTY PSE asserted 'Israeli army' 'Palestinian'\n");
  CHECK(Run("Hamas fighters killed Israeli soldiers.", "en") == "PHX.PSE.HAMAS FIGHT ISR asserted 'Hamas' 'Israeli'\n");
  // A passive's patient: the building is Russian, the protester Ukrainian.
  CHECK(Run("The Russian building was demolished by a Ukrainian protester.", "en") ==
        "UKR DESTROY_PROPERTY RUS asserted 'Ukrainian' 'Russian'\n");
  // A verb the rules know is no head noun: "reject" is the verb, "proposed" not a second one.
  CHECK(Run("The Palestinians reject proposed Israeli changes to the deal.", "en") == "");
  // A plural demonym is a noun, the subject itself.
  CHECK(Run("Israel and the Palestinians reached a consensus to exchange information on water.", "en") ==
        "ISR EXPRESS_INTENT_TO_SETTLE_DISPUTE PSE asserted 'Israel' 'Palestinians'\n");
  // A state's name modifies nothing: "Peru trade figures" are not Peru acting.
  CHECK(Run("Russia aircraft killed 46 Afghan civilians in an attack on a village.", "en") == "");
}

TEST_CASE("a demonym naming a currency is no actor", "[extractor][arguments]") {
  CHECK(Run("Canada imposed 25% tariffs on 30 billion Canadian dollars' worth of American goods on Tuesday.",
            "en") == "CAN SANCTION USA asserted 'Canada' 'American'\n");
}

TEST_CASE("a second object after 'and' and the same preposition is the same act", "[extractor][arguments]") {
  CHECK(Run("Peru signed trade agreements with Chile in 2019 and with Bolivia in 2021.", "en") ==
        "PER SIGN_AGREEMENT CHL asserted 'Peru' 'Chile'\n"
        "PER SIGN_AGREEMENT BOL asserted 'Peru' 'Bolivia'\n");
  CHECK(Run("Peru met with Chile on Monday and with Bolivia on Tuesday.", "en") ==
        "PER MEET CHL asserted 'Peru' 'Chile'\n"
        "PER MEET BOL asserted 'Peru' 'Bolivia'\n");
  CHECK(Run("Perú firmó acuerdos con Chile en 2019 y con Bolivia en 2021.", "es") ==
        "PER SIGN_AGREEMENT CHL asserted 'Perú' 'Chile'\n"
        "PER SIGN_AGREEMENT BOL asserted 'Perú' 'Bolivia'\n");
  CHECK(Run("Le Pérou a signé des accords avec le Chili en 2019 et avec la Bolivie en 2021.", "fr") ==
        "PER SIGN_AGREEMENT CHL asserted 'Pérou' 'Chili'\n"
        "PER SIGN_AGREEMENT BOL asserted 'Pérou' 'Bolivie'\n");
  // Another verb after "and" is a clause of its own.
  CHECK(Run("Peru signed an accord with Chile and with the help of Brazil built a road.", "en") ==
        "PER SIGN_AGREEMENT CHL asserted 'Peru' 'Chile'\n");
}

}  // namespace
}  // namespace dyad::extract

namespace dyad::extract {
namespace {

TEST_CASE("a state, a role and a name are one actor of that state", "[extractor][arguments]") {
  CHECK(Run("Libyan leader Omar Haddad and Bulgarian President Petar Stoyanovski today signed a treaty of "
            "friendship and cooperation.", "en") ==
        "LBY SIGN_AGREEMENT BGR asserted 'Libyan' 'Bulgarian'\n");
  // Known to the Phoenix dictionaries: the person is the actor.
  CHECK(Run("Libyan leader Muammar Gaddafi and Bulgarian President Todor Zhivkov today signed a treaty of "
            "friendship and cooperation.", "en") ==
        "PHX.LBY.MUAMMAR_GADDAFI SIGN_AGREEMENT PHX.BGR.TODOR_ZHIVKOV asserted 'Muammar Gaddafi' 'Todor Zhivkov'\n");
  CHECK(Run("Peru's foreign minister Juan Perez and Chilean President Gabriel Boric met in Lima.", "en") ==
        "PER MEET CHL.BORIC asserted 'Peru' 'Gabriel Boric'\n");
  CHECK(Run("Le président péruvien Dina Boluarte et le président chinois Xi Jinping ont signé un accord.", "fr") ==
        "PER.BOLUARTE SIGN_AGREEMENT CHN.XI_JINPING asserted 'Dina Boluarte' 'Xi Jinping'\n");
  CHECK(Run("El canciller peruano Javier González-Olaechea y el ministro chino Wang Yi firmaron un acuerdo.", "es") ==
        "PER SIGN_AGREEMENT CHN.WANG_YI asserted 'peruano' 'Wang Yi'\n");
  // A role word that is no person's: the cue's own words still read ("Peruvian troops entered").
  CHECK(Run("Chinese officials met Peruvian defence officials in Lima.", "en") ==
        "CHN MEET PER asserted 'Chinese' 'Peruvian'\n");
  // No role, no list: "Peru's visit" is the cue's possessive, and two names side by side are no pair.
  CHECK(Run("Peru's visit to China ended.", "en") == "PER VISIT CHN asserted 'Peru' 'China'\n");
  CHECK(Run("Libyan Bulgarian signed a treaty.", "en") == "");
}

}  // namespace
}  // namespace dyad::extract

namespace dyad::extract {
namespace {

TEST_CASE("event nouns between two states are an event between them", "[extractor][arguments]") {
  CHECK(Run("El encuentro entre Perú y Chile terminó.", "es") == "PER MEET CHL asserted 'Perú' 'Chile'\n");
  CHECK(Run("La firma del acuerdo entre Perú y Chile fue celebrada.", "es") ==
        "PER SIGN_AGREEMENT CHL asserted 'Perú' 'Chile'\n");
  CHECK(Run("La signature de l'accord entre le Pérou et le Chili a eu lieu à Lima.", "fr") ==
        "PER SIGN_AGREEMENT CHL asserted 'Pérou' 'Chili'\n");
  CHECK(Run("La réunion entre le Pérou et le Chili a duré deux heures.", "fr") ==
        "PER MEET CHL asserted 'Pérou' 'Chili'\n");
  CHECK(Run("The signing of the agreement between Peru and Chile took place in Lima.", "en") ==
        "PER SIGN_AGREEMENT CHL asserted 'Peru' 'Chile'\n");
  // One state only: no event.
  CHECK(Run("El encuentro entre Perú y la prensa terminó.", "es") == "");
}

TEST_CASE("a verb's object that is no actor leaves its recipient as the target", "[extractor][arguments]") {
  CHECK(Run("Syria has again offered its troops to Lebanon for the peacekeeping force, a minister said.", "en") ==
        "SYR INTEND_COOPERATE LBN asserted 'Syria' 'Lebanon'\n");
  CHECK(Run("Peru will contribute food and medicine to Ecuador after the floods, the minister said.", "en") ==
        "PER EXPRESS_INTENT_TO_PROVIDE_MATERIAL_AID ECU asserted 'Peru' 'Ecuador'\n");
  // Another preposition, or an actor inside the phrase, and "to" is not the object's.
  CHECK(Run("Syria offered its troops in Lebanon to the United Nations.", "en") == "");
  CHECK(Run("Peru will contribute food and Chile to the fund after the floods.", "en") == "");
}

TEST_CASE("the subject pronoun of a reported clause is its speaker", "[extractor][arguments]") {
  // Converted cues, which read no pronoun otherwise, and frames past the pronoun.
  CHECK(Run("Syria says it is willing to withdraw its troops from Lebanon, after fifteen years of occupation.",
            "en") == "SYR EXPRESS_INTENT_TO_DE_ESCALATE_MILITARY_ENGAGEMENT LBN asserted 'Syria' 'Lebanon'\n");
  CHECK(Run("Pakistan's military said it shot down five Indian aircraft near the border on Wednesday.", "en") ==
        "PAK FIGHT IND asserted 'Pakistan' 'Indian'\n");
  CHECK(Run("La Chine a déclaré qu'elle a signé un accord commercial avec le Pérou lors du sommet.", "fr") ==
        "CHN SIGN_AGREEMENT PER asserted 'Chine' 'Pérou'\n");
  // A converted "{S} <say> ... <attack> {T}" gives way to the clause's own verb.
  CHECK(Run("Russia said it will attack Iraq.", "en") == "RUS FIGHT IRQ asserted 'Russia' 'Iraq'\n");
  // A plural pronoun is a plural speaker's, not a single state's.
  CHECK(Run("The Israelis said they attacked Lebanon.", "en") == "ISR FIGHT LBN asserted 'Israelis' 'Lebanon'\n");
  CHECK(Run("The US claimed that they had attacked Iraq.", "en").find("USA FIGHT IRQ") == std::string::npos);
  // A pronoun after no verb of saying is no speaker's: "which it blames".
  CHECK(Run("Peru condemned the attack, which it blames on Chile, and recalled its envoy.", "en") ==
        "PER ACCUSE CHL asserted 'Peru' 'Chile'\n");
}

TEST_CASE("the state a role is posted to is part of the actor's phrase, not an actor", "[extractor][arguments]") {
  CHECK(Run("The US commander in Iraq, General Dan Reyes, held talks with Lebanon on Wednesday.", "en") ==
        "USA MEET LBN asserted 'The US' 'Lebanon'\n");
  CHECK(Run("The Chinese ambassador to Peru met the Bolivian foreign minister on Monday.", "en") ==
        "CHN MEET BOL asserted 'Chinese' 'Bolivian'\n");
  CHECK(Run("El embajador chino en Lima se reunió con el canciller de Bolivia el lunes.", "es") ==
        "CHN MEET BOL asserted 'chino' 'Bolivia'\n");
  CHECK(Run("L'ambassadeur chinois au Pérou a rencontré le ministre bolivien lundi.", "fr") ==
        "CHN MEET BOL asserted 'chinois' 'bolivien'\n");
  // A delegation travels: "to Peru" is its visit's.
  CHECK(Run("La visite de la délégation chinoise au Pérou a duré trois jours.", "fr") ==
        "CHN VISIT PER asserted 'chinoise' 'Pérou'\n");
  // After a name, "to" is the verb's: Britain is the one Aswad goes to.
  CHECK(Run("Zambia extradited suspected British militant Haroon Rashid Aswad to Britain on Sunday.", "en") ==
        "ZMB ENGAGE_IN_JUDICIAL_COOPERATION GBR asserted 'Zambia' 'Britain'\n");
}

}  // namespace
}  // namespace dyad::extract
