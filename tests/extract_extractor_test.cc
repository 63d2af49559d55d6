#include <string>
#include <vector>

#include "extract/examples.h"
#include "extract/extractor.h"
#include "tests/catch.h"
#include "tests/default_pack.h"

namespace dyad::extract {
namespace {

// One line per record: "SRC REL TGT modality 'source words' 'target words' date".
std::string Run(const std::string& text, const std::string& date = "") {
  std::string out;
  for (const Evidence& e : testing::DefaultPack().Extract(testing::BodyDocument(text, "", date))) {
    auto words = [&](Span s) { return "'" + text.substr(s.begin, s.end - s.begin) + "'"; };
    out += e.source + " " + e.relation + " " + e.target + " " + ModalityName(e.modality);
    if (!e.modality_word.empty()) out += "(" + e.modality_word + ")";
    out += " " + words(e.source_span) + " " + words(e.target_span);
    if (!e.Date().empty()) out += " " + e.Date();
    out += "\n";
  }
  return out;
}

TEST_CASE("direction comes from active and passive voice", "[extractor]") {
  CHECK(Run("A Chinese military delegation visited Lima.") ==
        "CHN.PLA VISIT PER asserted 'Chinese military' 'Lima'\n");
  CHECK(Run("Lima was visited by a delegation from India.") == "IND VISIT PER asserted 'India' 'Lima'\n");
  CHECK(Run("A memorandum was signed by Vietnam and South Korea.") ==
        "VNM SIGN_AGREEMENT KOR asserted 'Vietnam' 'South Korea'\n");
  // Any "{S} verb {T}" cue read in the passive, with words before the agent.
  CHECK(Run("Lima was visited this week by a trade delegation from India.") ==
        "IND VISIT PER asserted 'India' 'Lima'\n");
  CHECK(Run("Montevideo fue visitada esta semana por una delegación de Corea del Sur.") ==
        "KOR VISIT URY asserted 'Corea del Sur' 'Montevideo'\n");
  CHECK(Run("Un mémorandum a été signé jeudi par le Vietnam et la Corée du Sud.") ==
        "VNM SIGN_AGREEMENT KOR asserted 'Vietnam' 'Corée du Sud'\n");
  CHECK(Run("Un memorando fue firmado por Uruguay y Corea del Sur.") ==
        "URY SIGN_AGREEMENT KOR asserted 'Uruguay' 'Corea del Sur'\n");
}

TEST_CASE("coordinated actors give one edge per pair", "[extractor]") {
  CHECK(Run("Peru and Chile signed a border accord.") ==
        "PER SIGN_AGREEMENT CHL asserted 'Peru' 'Chile'\n");
  CHECK(Run("The presidents of Peru, Chile and Colombia met in Lima.") ==
        "PER MEET CHL asserted 'Peru' 'Chile'\n"
        "PER MEET COL asserted 'Peru' 'Colombia'\n"
        "CHL MEET COL asserted 'Chile' 'Colombia'\n");
  CHECK(Run("Brazil announced military cooperation agreements with Venezuela and Guyana.") ==
        "BRA MIL_COOPERATE VEN asserted 'Brazil' 'Venezuela'\n"
        "BRA MIL_COOPERATE GUY asserted 'Brazil' 'Guyana'\n");
}

TEST_CASE("subjects survive appositions, pronouns, clauses and coordinated verbs", "[extractor]") {
  CHECK(Run("Ma Hui, a vice minister of the CPC International Department, met with Eduardo Salhuana.") ==
        "CHN.MA_HUI MEET PER.SALHUANA asserted 'Ma Hui' 'Eduardo Salhuana'\n");
  CHECK(Run("Dina Boluarte made a state visit to China, where she met with Xi Jinping.", "2024-06-30") ==
        "PER.BOLUARTE VISIT CHN asserted 'Dina Boluarte' 'China' 2024-06-30\n"
        "PER.BOLUARTE MEET CHN.XI_JINPING asserted 'Dina Boluarte' 'Xi Jinping' 2024-06-30\n");
  CHECK(Run("Chile's foreign minister arrived in Beijing. She met with Xi Jinping.") ==
        "CHL VISIT CHN asserted 'Chile' 'Beijing'\n"
        "CHL MEET CHN.XI_JINPING asserted 'Chile' 'Xi Jinping'\n");
  CHECK(Run("Song came to Peru after holding talks in Washington with U.S. military officials.") ==
        "CHN.SONG_YANCHAO VISIT PER asserted 'Song' 'Peru'\n"
        "CHN.SONG_YANCHAO MEET USA.ARMED_FORCES asserted 'Song' 'U.S. military'\n");
  CHECK(Run("A Chinese delegation travelled to Lima and met Peruvian officials.") ==
        "CHN VISIT PER asserted 'Chinese' 'Lima'\n"
        "CHN MEET PER asserted 'Chinese' 'Peruvian'\n");
  // The second verb after "and" takes the first verb's subject, whatever
  // stands between them; a verb with a subject of its own keeps it.
  CHECK(Run("Ukraine accused Russia of shelling a dam and appealed to the UN.") ==
        "UKR ACCUSE RUS asserted 'Ukraine' 'Russia'\n"
        "UKR APPEAL UN asserted 'Ukraine' 'UN'\n");
  CHECK(Run("Brazil and Mexico met in Bogotá and signed a declaration.") ==
        "BRA MEET MEX asserted 'Brazil' 'Mexico'\n"
        "BRA SIGN_AGREEMENT MEX asserted 'Brazil' 'Mexico'\n");
  CHECK(Run("China visited Peru and Chile signed a deal with Japan.") ==
        "CHN VISIT PER asserted 'China' 'Peru'\n"
        "CHN VISIT CHL asserted 'China' 'Chile'\n"
        "PER SIGN_AGREEMENT JPN asserted 'Peru' 'Japan'\n"
        "CHL SIGN_AGREEMENT JPN asserted 'Chile' 'Japan'\n");
  CHECK(Run("Ecuador impuso un arancel a las importaciones colombianas, al acusar a Bogotá de no cooperar.") ==
        "ECU SANCTION COL asserted 'Ecuador' 'colombianas'\n"
        "ECU ACCUSE COL asserted 'Ecuador' 'Bogotá'\n");
  // "du Chili et du Pérou" is a list; "la capitale du Pérou" alone is not.
  CHECK(Run("Les ministres de la Défense du Chili et du Pérou se sont réunis à Santiago.") ==
        "CHL MEET PER asserted 'Chili' 'Pérou'\n");
}

TEST_CASE("a state in a person's apposition says whose official they are", "[extractor]") {
  CHECK(Run("Elmer Schialer, ministre des Affaires étrangères du Pérou, et Walter Astudillo, ministre de la "
            "Défense, ont rencontré Pete Hegseth.",
            "2025-06-01") ==
        "PER.SCHIALER MEET USA.HEGSETH asserted 'Elmer Schialer' 'Pete Hegseth' 2025-06-01\n"
        "PER.ASTUDILLO MEET USA.HEGSETH asserted 'Walter Astudillo' 'Pete Hegseth' 2025-06-01\n");
  // No person before it: the state is the actor.
  CHECK(Run("The foreign minister of Peru and Chile's defence minister met.") == "PER MEET CHL asserted 'Peru' 'Chile'\n");
}

TEST_CASE("a date between list members does not break the list, and a date after a target is its own", "[extractor]") {
  CHECK(Run("L'Espagne est membre de l'Union européenne depuis 1986 et de l'OTAN depuis 1982.") ==
        "ESP MEMBER_OF EU asserted 'Espagne' 'Union européenne' 1986\n"
        "ESP MEMBER_OF NATO asserted 'Espagne' 'OTAN' 1982\n");
  CHECK(Run("Peru signed accords with Chile in 2019 and with Bolivia in 2021.") ==
        "PER SIGN_AGREEMENT CHL asserted 'Peru' 'Chile' 2019\n"
        "PER SIGN_AGREEMENT BOL asserted 'Peru' 'Bolivia' 2021\n");
  // A date elsewhere in the sentence is the sentence's.
  CHECK(Run("In June 2024, Peru signed an accord with Chile.") ==
        "PER SIGN_AGREEMENT CHL asserted 'Peru' 'Chile' 2024-06\n");
}

TEST_CASE("a cue's words may stand apart where the template has '...'", "[extractor]") {
  CHECK(Run("L'Union européenne et le Mercosur ont conclu vendredi à Montevideo les négociations.") ==
        "EU NEGOTIATE MERCOSUR asserted 'Union européenne' 'Mercosur'\n");
  CHECK(Run("Japan and India concluded negotiations.") == "JPN NEGOTIATE IND asserted 'Japan' 'India'\n");
  // Further than eight words, the phrase is another matter.
  CHECK(Run("Japan and India concluded a long and difficult week of talks about trade and then negotiations.") == "");
}

TEST_CASE("a second verb with no object of its own is about the first one's, when of a kind", "[extractor]") {
  CHECK(Run("Ottawa a protesté auprès de Pékin et exigé leur libération.") ==
        "CAN PROTEST CHN asserted 'Ottawa' 'Pékin'\n"
        "CAN DEMAND CHN asserted 'Ottawa' 'Pékin'\n");
  CHECK(Run("L'Ukraine a accusé Moscou de viser des immeubles et a appelé ses alliés à livrer des armes.") ==
        "UKR ACCUSE RUS asserted 'Ukraine' 'Moscou'\n");
  // An object is not looked for past "and": that is another clause.
  CHECK(Run("El canciller cubano agradeció a la comunidad internacional y criticó a Estados Unidos.") ==
        "CUB CRITICIZE USA asserted 'cubano' 'Estados Unidos'\n");
}

TEST_CASE("an answer with no object is to the actor that acted in the sentence before", "[extractor]") {
  CHECK(Run("Le Niger a expulsé l'ambassadeur de France. Paris a dénoncé une décision illégitime.") ==
        "NER EXPEL FRA asserted 'Niger' 'France'\n"
        "FRA CRITICIZE NER asserted 'Paris' 'Niger'\n");
  CHECK(Run("Les États-Unis ont menacé le Canada. Ottawa a répliqué en promettant des mesures de rétorsion, "
            "tandis que Mexico a proposé de négocier.") ==
        "USA WARN CAN asserted 'États-Unis' 'Canada'\n"
        "CAN WARN USA asserted 'Ottawa' 'États-Unis'\n");
  // Not an appeal, which names whom it is to; not three sentences on.
  CHECK(Run("Russia shelled Ukraine. The Ukrainian government appealed for air defence.") ==
        "RUS FIGHT UKR asserted 'Russia' 'Ukraine'\n");
  CHECK(Run("Le Niger a expulsé l'ambassadeur de France. La pluie tombait. Le vent soufflait. Paris a dénoncé "
            "une décision.") ==
        "NER EXPEL FRA asserted 'Niger' 'France'\n");
  // Rejecting an idea is no answer to anyone.
  CHECK(Run("Washington warned Peru. Peru's minister rejected the idea that Lima was choosing sides.") ==
        "USA WARN PER asserted 'Washington' 'Peru'\n");
}

TEST_CASE("a relative clause after a cue is not its object", "[extractor]") {
  CHECK(Run("Xi Jinping arrived in Lima for a state visit that will end with the APEC summit.") ==
        "CHN.XI_JINPING VISIT PER asserted 'Xi Jinping' 'Lima'\n");
  CHECK(Run("Brazil signed a pact which Argentina had drafted.") == "");
}

TEST_CASE("an amount between a cue and its object does not hide the object", "[extractor]") {
  CHECK(Run("Le Japon a fourni une aide d'urgence de deux millions de dollars à l'Équateur.") ==
        "JPN PROVIDE_AID ECU asserted 'Japon' 'Équateur'\n");
  CHECK(Run("Canada donated 20 million dollars of medical supplies to Cuba.") == "CAN PROVIDE_AID CUB asserted 'Canada' 'Cuba'\n");
  // Words that are no amount still count.
  CHECK(Run("Le Japon a fourni une aide d'urgence aux sinistrés de la région côtière située à l'Équateur.") == "");
}

TEST_CASE("the object of a relative clause is the actor before it", "[extractor]") {
  CHECK(Run("Le ministre espagnol a rencontré son homologue ukrainien. Il s'est exprimé sur la Russie, qu'il a "
            "accusée de mener une guerre.") ==
        "ESP MEET UKR asserted 'espagnol' 'ukrainien'\n"
        "ESP STATEMENT RUS asserted 'espagnol' 'Russie'\n"
        "ESP ACCUSE RUS asserted 'espagnol' 'Russie'\n");
}

TEST_CASE("unsaid subjects and objects come from the sentence before", "[extractor]") {
  // A title with no state named acts like a pronoun; a named one does not.
  CHECK(Run("Argentina exigió al Reino Unido negociar. El canciller presentó una nota de protesta al Reino Unido.") ==
        "ARG DEMAND_MEETING_NEGOTIATION GBR asserted 'Argentina' 'Reino Unido'\n"
        "ARG PROTEST GBR asserted 'Argentina' 'Reino Unido'\n");
  CHECK(Run("Chile's foreign minister arrived in Beijing.") == "CHL VISIT CHN asserted 'Chile' 'Beijing'\n");
  // An object pronoun before the verb: the last subject.
  CHECK(Run("El secretario de Estado de Estados Unidos llegó a Panamá. El presidente panameño lo recibió en el "
            "palacio.") ==
        "USA VISIT PAN asserted 'Estados Unidos' 'Panamá'\n"
        "PAN MEET USA asserted 'panameño' 'Estados Unidos'\n");
  // A passive with its subject left unsaid, then "con quien".
  CHECK(Run("El presidente brasileño llegó a Pekín. Fue recibido por Xi Jinping, con quien firmó quince acuerdos.") ==
        "BRA VISIT CHN asserted 'brasileño' 'Pekín'\n"
        "CHN.XI_JINPING MEET BRA asserted 'Xi Jinping' 'brasileño'\n"
        "BRA SIGN_AGREEMENT CHN.XI_JINPING asserted 'brasileño' 'Xi Jinping'\n");
}

TEST_CASE("a nominal cue's hedge may follow it", "[extractor]") {
  CHECK(Run("Les échanges commerciaux entre la Colombie et le Venezuela pourraient atteindre un milliard.") ==
        "COL TRADE VEN hedged(pourraient) 'Colombie' 'Venezuela'\n");
  CHECK(Run("Peru signed a deal with Chile that could double trade.") ==
        "PER SIGN_AGREEMENT CHL asserted 'Peru' 'Chile'\n");
}

TEST_CASE("a threatened act is a threat, not the act", "[extractor]") {
  CHECK(Run("Estados Unidos amenazó con imponer aranceles a Colombia.") ==
        "USA THREATEN_TO_BOYCOTT_EMBARGO_OR_SANCTION COL asserted 'Estados Unidos' 'Colombia'\n");
  CHECK(Run("Washington threatened to impose tariffs on Canada.") ==
        "USA THREATEN_TO_BOYCOTT_EMBARGO_OR_SANCTION CAN asserted 'Washington' 'Canada'\n");
  CHECK(Run("Iran today threatened to launch a new military offensive against Iraq.") ==
        "IRN THREATEN_CONVENTIONAL_ATTACK IRQ asserted 'Iran' 'Iraq'\n");
  CHECK(Run("La Chine a menacé d'imposer des sanctions au Japon.") == "CHN THREATEN_NON_FORCE JPN asserted 'Chine' 'Japon'\n");
  // An act no cue reads: a threat to the state of the threatened clause, or of its condition.
  CHECK(Run("Iran on Tuesday threatened to cut off electricity to the Azerbaijani republic of Nakhichevan.") ==
        "IRN WARN AZE asserted 'Iran' 'Azerbaijani'\n");
  CHECK(Run("Russia has threatened to stop the negotiations if the United States deploys new missiles.") ==
        "RUS WARN USA asserted 'Russia' 'United States'\n");
  // Not a trailing speaker, a place or the threatening state itself.
  CHECK(Run("Peru threatened to leave the talks, Chile said.") == "");
  CHECK(Run("Peru threatened to hold a strike in Lima.") == "");
}

TEST_CASE("a trailing speaker is no object and no list member", "[extractor]") {
  CHECK(Run("Peru signed an accord with China, Chile said.") == "PER SIGN_AGREEMENT CHN asserted 'Peru' 'China'\n");
  CHECK(Run("Peru met China, Chile and Bolivia.") ==
        "PER MEET CHN asserted 'Peru' 'China'\nPER MEET CHL asserted 'Peru' 'Chile'\n"
        "PER MEET BOL asserted 'Peru' 'Bolivia'\n");
  CHECK(Run("Peru criticized the decision, said the Chilean foreign minister.") == "");
}

TEST_CASE("an intended act of cooperation is an intent, as CAMEO codes it", "[extractor]") {
  CHECK(Run("German Foreign Minister Oskar Fischer will visit Albania in June.") ==
        "DEU EXPRESS_INTENT_TO_MEET_OR_NEGOTIATE ALB asserted 'German' 'Albania'\n");
  CHECK(Run("Finland will give Tanzania a grant of 580 million shillings.") ==
        "FIN EXPRESS_INTENT_TO_PROVIDE_ECONOMIC_AID TZA asserted 'Finland' 'Tanzania'\n");
  CHECK(Run("British Defence Secretary Tom King has promised to continue military aid to Mozambique.") ==
        "GBR EXPRESS_INTENT_TO_PROVIDE_MATERIAL_AID MOZ asserted 'British' 'Mozambique'\n");
  // An announced act of conflict has no intent code: it is the act.
  CHECK(Run("China will impose sanctions on Japan.") == "CHN SANCTION JPN asserted 'China' 'Japan'\n");
  // A frame word governing another verb only hedges, as before.
  CHECK(Run("Peru, which will host the summit, signed an accord with Chile.") ==
        "PER SIGN_AGREEMENT CHL hedged(will) 'Peru' 'Chile'\n");
  // Negation comes first.
  CHECK(Run("Peru will not visit Chile.") == "PER VISIT CHL negated(not) 'Peru' 'Chile'\n");
}

TEST_CASE("a refused act is a rejection", "[extractor]") {
  CHECK(Run("Peru refused to meet with Chile.") ==
        "PER REJECT_PROPOSAL_TO_MEET_DISCUSS_NEGOTIATE CHL asserted 'Peru' 'Chile'\n");
  CHECK(Run("China refused to send aid to Peru.") == "CHN REJECT_REQUEST_OR_DEMAND_FOR_MATERIAL_AID PER asserted 'China' 'Peru'\n");
}

TEST_CASE("an aspect verb lets the act after it be read", "[extractor]") {
  CHECK(Run("The United States continued to send arms to Pakistan last year.") ==
        "USA MOBILIZE_OR_INCREASE_ARMED_FORCES PAK asserted 'United States' 'Pakistan'\n");
}

TEST_CASE("a list doing a reciprocal act with no object does it with each other", "[extractor]") {
  CHECK(Run("The United States and Jordan have agreed upon a new free-trade pact.") ==
        "USA ENGAGE_IN_DIPLOMATIC_COOPERATION JOR asserted 'United States' 'Jordan'\n");
  // Not an act with no object in general, nor a demonym's noun.
  CHECK(Run("Peru and Chile praised the decision.").empty());
  CHECK(Run("Tariffs on Canadian and Mexican imports took effect.").empty());
}

TEST_CASE("the pair an article lists most is its own, read once per article", "[extractor]") {
  // The tally of listed pairs is kept from sentence to sentence; the next
  // article starts from nothing.
  CHECK(Run("Peru and Chile met. Peru and Chile talked. Brazil praised Guyana. The two countries signed a pact.") ==
        "PER MEET CHL asserted 'Peru' 'Chile'\n"
        "BRA PRAISE GUY asserted 'Brazil' 'Guyana'\n"
        "PER SIGN_AGREEMENT CHL asserted 'The two countries' 'The two countries'\n");
  CHECK(Run("Brazil and Argentina met on Monday. The two countries signed a pact.") ==
        "BRA MEET ARG asserted 'Brazil' 'Argentina'\n"
        "BRA SIGN_AGREEMENT ARG asserted 'The two countries' 'The two countries'\n");
}

TEST_CASE("a state's name inside a person's name is no mention", "[extractor]") {
  CHECK(Run("El actor Denzel Washington visitó Lima.").empty());
  CHECK(Run("Former NBA player Chad Ford met Jordan Clarkson in Lagos.").empty());
  CHECK(Run("Peru President Dina Boluarte met Xi Jinping.") ==
        "PER.BOLUARTE MEET CHN.XI_JINPING asserted 'Dina Boluarte' 'Xi Jinping'\n");
  CHECK(Run("Washington criticized Beijing.") == "USA CRITICIZE CHN asserted 'Washington' 'Beijing'\n");
  CHECK(Run("Brazil's president told the UN General Assembly that reform was due.") ==
        "BRA STATEMENT UN asserted 'Brazil' 'UN General Assembly'\n");
}

TEST_CASE("acronyms match in capitals only", "[extractor]") {
  CHECK(Run("Un memorando fue firmado por Uruguay y Corea del Sur.").find("UN") == std::string::npos);
  CHECK(Run("The minister told us that Peru and Chile met.") == "PER MEET CHL asserted 'Peru' 'Chile'\n");
  CHECK(Run("Peru appealed to the UN.") == "PER APPEAL UN asserted 'Peru' 'UN'\n");
}

TEST_CASE("negation, hedging and denial are flagged in three languages", "[extractor]") {
  CHECK(Run("Peru did not sign the accord with Chile.") ==
        "PER SIGN_AGREEMENT CHL negated(not) 'Peru' 'Chile'\n");
  CHECK(Run("Le Pérou n'a pas signé l'accord avec le Chili.") ==
        "PER SIGN_AGREEMENT CHL negated(n') 'Pérou' 'Chili'\n");
  CHECK(Run("Perú no firmó el acuerdo con Chile.") == "PER SIGN_AGREEMENT CHL negated(no) 'Perú' 'Chile'\n");
  CHECK(Run("China could invest in Peruvian mining.") == "CHN INVEST PER hedged(could) 'China' 'Peruvian'\n");
  CHECK(Run("La Chine pourrait avoir investi dans le port de Chancay.") ==
        "CHN INVEST PER.CHANCAY_PORT hedged(pourrait) 'Chine' 'port de Chancay'\n");
  CHECK(Run("Lima denied that it criticized Beijing.") == "PER CRITICIZE CHN denied(denied) 'Lima' 'Beijing'\n");
  // A negation before "and" belongs to the first verb only.
  CHECK(Run("Ecuador did not regret the raid and accused Mexico of abusing asylum.") ==
        "ECU ACCUSE MEX asserted 'Ecuador' 'Mexico'\n");
  CHECK(Run("Peru and Chile did not sign the accord.") == "PER SIGN_AGREEMENT CHL negated(not) 'Peru' 'Chile'\n");
}

TEST_CASE("nominal cues and historical dates", "[extractor]") {
  CHECK(Run("The talks took place as Russia's invasion of Ukraine weighed on markets.") ==
        "RUS FIGHT UKR asserted 'Russia' 'Ukraine'\n");
  CHECK(Run("La invasión rusa de Ucrania cambió el equilibrio.") ==
        "RUS FIGHT UKR asserted 'rusa' 'Ucrania'\n");
  CHECK(Run("In the 19th century, Chile took territory from Peru and Bolivia.", "2025-01-01") ==
        "CHL FIGHT PER asserted 'Chile' 'Peru' 1800\n"
        "CHL FIGHT BOL asserted 'Chile' 'Bolivia' 1800\n");
  CHECK(Run("Peru and China signed a free trade agreement in 2009.", "2024-05-01") ==
        "PER SIGN_AGREEMENT CHN asserted 'Peru' 'China' 2009\n");
}

TEST_CASE("names resolve by longest match, case and office dates", "[extractor]") {
  CHECK(Run("Vietnam criticized China over the South China Sea.") ==
        "VNM CRITICIZE CHN asserted 'Vietnam' 'China'\n");
  CHECK(Run("Vietnam and Japan held talks on the South China Sea.") == "VNM MEET JPN asserted 'Vietnam' 'Japan'\n");
  CHECK(Run("Dina Boluarte visited Beijing.", "2024-06-01") ==
        "PER.BOLUARTE VISIT CHN asserted 'Dina Boluarte' 'Beijing' 2024-06-01\n");
  CHECK(Run("Dina Boluarte visited Beijing.", "2026-01-01") == "");
}

TEST_CASE("'the two countries' names the states listed before it", "[extractor]") {
  CHECK(Run("Chile and Peru held talks in Lima on Monday. The two countries signed a border pact.") ==
        "CHL MEET PER asserted 'Chile' 'Peru'\n"
        "CHL SIGN_AGREEMENT PER asserted 'The two countries' 'The two countries'\n");
  CHECK(Run("Des responsables chiliens et péruviens se sont retrouvés à Lima. Les deux pays ont signé un accord.") ==
        "CHL SIGN_AGREEMENT PER asserted 'Les deux pays' 'Les deux pays'\n");
  // "gathered" is CAMEO's consult (040) in the converted dictionary: the officials met.
  CHECK(Run("Officials from Ecuador and Colombia gathered in Quito. Ambos gobiernos firmaron un acuerdo.") ==
        "ECU MEET COL asserted 'Ecuador' 'Colombia'\n"
        "ECU SIGN_AGREEMENT COL asserted 'Ambos gobiernos' 'Ambos gobiernos'\n");
  CHECK(Run("Only Chile was there. The two countries signed a pact.") == "");  // one state: no pair
}

TEST_CASE("a place after 'in' locates the event and is not its target", "[extractor]") {
  CHECK(Run("Chilean and Peruvian officers met in Tacna.") == "CHL MEET PER asserted 'Chilean' 'Peruvian'\n");
}

TEST_CASE("a city struck or visited is the target, and belongs to its state", "[extractor]") {
  CHECK(Run("La Russie a bombardé Kharkiv dans la nuit.") == "RUS FIGHT UKR.KHARKIV asserted 'Russie' 'Kharkiv'\n");
  CHECK(Run("El canciller chino visitó Arequipa.") == "CHN VISIT PER.AREQUIPA asserted 'chino' 'Arequipa'\n");
}

TEST_CASE("every example in the default rule pack passes", "[extractor][rules]") {
  ExampleResults results = RunExamples(testing::DefaultPack());
  std::string failures;
  for (const Diagnostic& d : results.failures) failures += d.ToString() + "\n";
  CHECK(failures == "");
  CHECK(results.failed == 0);
  CHECK(results.passed >= 40);
}

}  // namespace
}  // namespace dyad::extract
