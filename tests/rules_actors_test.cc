// International organisations (rules/entities/organizations.yaml) and office
// holders (rules/entities/officials_*.yaml), read through the default pack as
// dyad uses it.
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "extract/extractor.h"
#include "extract/text.h"
#include "tests/catch.h"
#include "tests/default_pack.h"

namespace dyad::extract {
namespace {

// The actors the extractor sees, one line each: "ID 'words'".
std::string Mentions(const std::string& text, const std::string& lang, const std::string& date = "") {
  std::string out;
  for (const SentenceTrace& s : testing::DefaultPack().Explain(testing::BodyDocument(text, lang, date)).sentences) {
    for (const MentionTrace& m : s.mentions) {
      out += m.entity + " '" + text.substr(m.span.begin, m.span.end - m.span.begin) + "'\n";
    }
  }
  return out;
}

TEST_CASE("international organisations have no country and names in three languages", "[actors]") {
  const RulePack& pack = testing::DefaultPack().pack();
  const char* ids[] = {"UN",    "EU",   "NATO",       "OAS",   "AU",   "ASEAN",  "BRICS",      "IMF",
                       "WORLD_BANK", "WTO", "UNASUR", "MERCOSUR", "CELAC", "PACIFIC_ALLIANCE", "APEC",
                       "G7",    "G20",  "OPEC",       "WHO",   "ICJ",  "ICC",    "IAEA", "ANDEAN_COMMUNITY",
                       "INTERPOL", "ARAB_LEAGUE", "GCC", "SCO", "QUAD", "AUKUS", "IDB", "CAF_BANK"};
  for (const char* id : ids) {
    INFO(id);
    const Entity* e = pack.FindEntity(id);
    REQUIRE(e != nullptr);
    CHECK(e->type == "international");
    CHECK(e->country.empty());
    std::set<std::string> langs;
    for (const Alias& a : e->aliases) langs.insert(a.lang);
    const bool all = langs.count("any") > 0 || (langs.count("en") && langs.count("fr") && langs.count("es"));
    CHECK(all);
  }
}

TEST_CASE("organisations resolve in each language, acronyms only in capitals", "[actors]") {
  struct Case {
    const char* text;
    const char* lang;
    const char* mentions;
  };
  const Case cases[] = {
      {"NATO and the IMF met the World Bank.", "en", "NATO 'NATO'\nIMF 'IMF'\nWORLD_BANK 'World Bank'\n"},
      {"L'OTAN, le FMI et la Banque mondiale.", "fr", "NATO 'OTAN'\nIMF 'FMI'\nWORLD_BANK 'Banque mondiale'\n"},
      {"La OTAN, el FMI y el Banco Mundial.", "es", "NATO 'OTAN'\nIMF 'FMI'\nWORLD_BANK 'Banco Mundial'\n"},
      {"The Organization of American States and the African Union.", "en",
       "OAS 'Organization of American States'\nAU 'African Union'\n"},
      {"L'OEA et l'UA.", "fr", "OAS 'OEA'\nAU 'UA'\n"},
      {"La Unión Africana y la Organización Mundial del Comercio.", "es",
       "AU 'Unión Africana'\nWTO 'Organización Mundial del Comercio'\n"},
      {"Le Mercosur et MERCOSUR et Mercosul.", "fr", "MERCOSUR 'Mercosur'\nMERCOSUR 'MERCOSUR'\nMERCOSUR 'Mercosul'\n"},
      {"La Comunidad Andina (CAN) y la CELAC.", "es",
       "ANDEAN_COMMUNITY 'Comunidad Andina'\nANDEAN_COMMUNITY 'CAN'\nCELAC 'CELAC'\n"},
      {"La CPI et la CIJ.", "fr", "ICC 'CPI'\nICJ 'CIJ'\n"},
      // The UN's organs are the UN.
      {"Brazil told the UN General Assembly.", "en", "BRA 'Brazil'\nUN 'UN General Assembly'\n"},
      {"Le Conseil de sécurité de l'ONU.", "fr", "UN 'Conseil de sécurité de l'ONU'\n"},
      {"La Comisión Europea y el G20.", "es", "EU 'Comisión Europea'\nG20 'G20'\n"},
      // Acronyms match only in capitals: the words stay words.
      {"They can join; Who knows; the nato; Au revoir; Bid now.", "en", ""},
      {"Il est allé au marché avec sa can.", "fr", ""},
      // Canada keeps its name; "CAN" in capitals is the Andean Community.
      {"Canada and CAN.", "en", "CAN 'Canada'\nANDEAN_COMMUNITY 'CAN'\n"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(Mentions(c.text, c.lang) == c.mentions);
  }
}

TEST_CASE("office holders resolve only while in office", "[actors]") {
  struct Case {
    const char* text;
    const char* date;
    const char* mentions;
  };
  const Case cases[] = {
      // Peru: Boluarte until 2025-10-10, José Jerí from that day.
      {"Boluarte and Jerí.", "2025-10-09", "PER.BOLUARTE 'Boluarte'\n"},
      {"Boluarte and Jerí.", "2025-10-11", "PER.JERI 'Jerí'\n"},
      // Argentina: Alberto Fernández until 2023-12-10, Milei from that day.
      {"Alberto Fernández and Milei.", "2023-12-09", "ARG.FERNANDEZ 'Alberto Fernández'\n"},
      {"Alberto Fernández and Milei.", "2023-12-11", "ARG.MILEI 'Milei'\n"},
      // Mexico: López Obrador until 2024-10-01, Sheinbaum from that day.
      {"López Obrador and Sheinbaum.", "2024-09-30", "MEX.LOPEZ_OBRADOR 'López Obrador'\n"},
      {"López Obrador and Sheinbaum.", "2024-10-02", "MEX.SHEINBAUM 'Sheinbaum'\n"},
      // United Kingdom: Sunak until 2024-07-05, Starmer from that day.
      {"Sunak and Starmer.", "2024-07-04", "GBR.SUNAK 'Sunak'\n"},
      {"Sunak and Starmer.", "2024-07-06", "GBR.STARMER 'Starmer'\n"},
      // United States: Biden until 2025-01-20, Trump from that day.
      {"Biden and Trump.", "2025-01-19", "USA.BIDEN 'Biden'\n"},
      {"Biden and Trump.", "2025-01-21", "USA.TRUMP 'Trump'\n"},
      // Japan: three prime ministers in two years.
      {"Kishida, Ishiba and Takaichi.", "2024-06-01", "JPN.KISHIDA 'Kishida'\n"},
      {"Kishida, Ishiba and Takaichi.", "2025-06-01", "JPN.ISHIBA 'Ishiba'\n"},
      {"Kishida, Ishiba and Takaichi.", "2025-11-01", "JPN.TAKAICHI 'Takaichi'\n"},
      // A month is compared on its own precision: both hold office in 2025-10.
      {"Boluarte and Jerí.", "2025-10", "PER.BOLUARTE 'Boluarte'\nPER.JERI 'Jerí'\n"},
      // No date: every holder resolves.
      {"Boluarte and Jerí.", "", "PER.BOLUARTE 'Boluarte'\nPER.JERI 'Jerí'\n"},
  };
  for (const Case& c : cases) {
    INFO(c.text << " on " << c.date);
    CHECK(Mentions(c.text, "en", c.date) == c.mentions);
  }
}

TEST_CASE("office holders belong to their state, ambiguous surnames are not given alone", "[actors]") {
  const RulePack& pack = testing::DefaultPack().pack();
  const Entity* lula = pack.FindEntity("BRA.LULA");
  REQUIRE(lula != nullptr);
  CHECK(lula->type == "person");
  CHECK(lula->country == "BRA");
  CHECK(lula->role == "government");
  CHECK(lula->valid_from == "2023-01-01");
  CHECK(lula->valid_until.empty());
  const Entity* eu = pack.FindEntity("EU.VON_DER_LEYEN");
  REQUIRE(eu != nullptr);
  CHECK(eu->country.empty());

  CHECK(Mentions("Lula met Petro and Noboa.", "en", "2024-05-01") ==
        "BRA.LULA 'Lula'\nCOL.PETRO 'Petro'\nECU.NOBOA 'Noboa'\n");
  CHECK(Mentions("Pedro Sánchez y Sánchez.", "es") == "ESP.SANCHEZ 'Pedro Sánchez'\n");
  CHECK(Mentions("Li Qiang met Li.", "en", "2024-05-01") == "CHN.LI_QIANG 'Li Qiang'\n");
  CHECK(Mentions("António Costa and Costa.", "en", "2025-01-01") == "EU.COSTA 'António Costa'\n");
  CHECK(Mentions("Rodrigo Paz habló de paz y de Paz.", "es", "2025-12-01") == "BOL.PAZ 'Rodrigo Paz'\n");
  CHECK(Mentions("Santiago Peña y Peña Nieto.", "es", "2024-01-01") == "PRY.PENA 'Santiago Peña'\n");
  // "Israel Katz" is a person, "Israel" alone the state; "Wellington Koo" is not New Zealand.
  CHECK(Mentions("Israel Katz visited Israel.", "en", "2025-01-01") == "ISR.KATZ 'Israel Katz'\nISR 'Israel'\n");
  CHECK(Mentions("Wellington Koo.", "en", "2025-01-01") == "TWN.KOO 'Wellington Koo'\n");
}

// The actors with their kind and sector: "ID kind 'words'".
std::string Kinds(const std::string& text, const std::string& lang, const std::string& date = "") {
  std::string out;
  for (const SentenceTrace& s : testing::DefaultPack().Explain(testing::BodyDocument(text, lang, date)).sentences) {
    for (const MentionTrace& m : s.mentions) {
      out += m.entity + " " + m.alias_kind + " '" + text.substr(m.span.begin, m.span.end - m.span.begin) + "'\n";
    }
  }
  return out;
}

TEST_CASE("Phoenix office holders resolve only inside their dated codes", "[actors]") {
  const Entity* abbasov = testing::DefaultPack().pack().FindEntity("PHX.AZE.ABBAS_ABBASOV");
  REQUIRE(abbasov != nullptr);
  CHECK(abbasov->country == "AZE");
  CHECK(abbasov->role == "government");
  CHECK(abbasov->origin == "Phoenix.Countries.actors.txt:3013");
  REQUIRE(abbasov->periods.size() == 1);
  CHECK(abbasov->periods[0].from == "2003-01-01");
  CHECK(abbasov->periods[0].until == "2008-08-31");
  CHECK(Mentions("Abbas Abbasov spoke.", "en", "2005-06-01") == "PHX.AZE.ABBAS_ABBASOV 'Abbas Abbasov'\n");
  CHECK(Mentions("Abbas Abbasov spoke.", "en", "2012-06-01") == "");
  CHECK(Mentions("Abbas Abbasov spoke.", "en", "2002-12-31") == "");
  // A state's names from the dictionary add to the hand-written entity.
  CHECK(Mentions("Afghanestan spoke.", "en") == "AFG 'Afghanestan'\n");
  // Its cities and provinces do not: places are no actors.
  CHECK(Mentions("Kandahar spoke.", "en") == "");
}

TEST_CASE("an agent noun in a state's context is an actor of that state and sector", "[actors]") {
  CHECK(Kinds("Peruvian police arrested them.", "en") == "PER demonym, role police 'Peruvian'\n");
  CHECK(Kinds("The Chinese navy sailed.", "en") == "CHN demonym, role military 'Chinese'\n");
  CHECK(Kinds("Bolivian protesters marched.", "en") == "BOL demonym, role opposition 'Bolivian'\n");
  CHECK(Kinds("Colombian rebels attacked.", "en") == "COL demonym, role rebels 'Colombian'\n");
  CHECK(Kinds("Chilean students marched.", "en") == "CHL demonym, role education 'Chilean'\n");
  CHECK(Kinds("La policía peruana detuvo a dos.", "es") == "PER demonym, role police 'peruana'\n");
  CHECK(Kinds("Les manifestants boliviens ont défilé.", "fr") == "BOL demonym, role opposition 'boliviens'\n");
  CHECK(Kinds("Los campesinos bolivianos marcharon.", "es") == "BOL demonym, role agriculture 'bolivianos'\n");
}

// Matching ignores the language an alias is listed under, so two entities
// sharing a folded alias would be decided by file order alone.
TEST_CASE("no two entities share an alias", "[actors]") {
  const RulePack& pack = testing::DefaultPack().pack();
  // Shared on purpose: none at present. Add "alias -> ids" here with a reason.
  const std::map<std::string, std::set<std::string>> intended = {};
  std::map<std::string, std::set<std::string>> owners;
  for (const Entity& e : pack.entities) {
    for (const Alias& a : e.aliases) owners[FoldPhrase(a.text)].insert(e.id);
  }
  for (const auto& [alias, ids] : owners) {
    if (ids.size() < 2) continue;
    auto it = intended.find(alias);
    INFO(alias);
    CHECK((it != intended.end() && it->second == ids));
  }
}

}  // namespace
}  // namespace dyad::extract
