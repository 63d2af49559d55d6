// The generated country gazetteer (rules/entities/countries.yaml) and the
// places that guard it (rules/entities/regions.yaml), read through the
// default pack as dyad uses it.
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "tests/catch.h"
#include "tests/default_pack.h"

namespace dyad::extract {
namespace {

// One line per record: "SRC REL TGT 'source words' 'target words'".
std::string Edges(const std::string& text, const std::string& lang = "en") {
  std::string out;
  for (const Evidence& e : testing::DefaultPack().Extract(testing::BodyDocument(text, lang))) {
    auto words = [&](Span s) { return "'" + text.substr(s.begin, s.end - s.begin) + "'"; };
    out += e.source + " " + e.relation + " " + e.target + " " + words(e.source_span) + " " +
           words(e.target_span) + "\n";
  }
  return out;
}

// The actors the extractor sees, one line each: "ID kind 'words'".
std::string Mentions(const std::string& text, const std::string& lang = "en") {
  std::string out;
  for (const SentenceTrace& s : testing::DefaultPack().Explain(testing::BodyDocument(text, lang)).sentences) {
    for (const MentionTrace& m : s.mentions) {
      out += m.entity + " " + m.alias_kind + " '" + text.substr(m.span.begin, m.span.end - m.span.begin) + "'\n";
    }
  }
  return out;
}

TEST_CASE("the gazetteer has every ISO 3166-1 country, in three languages", "[gazetteer]") {
  const RulePack& pack = testing::DefaultPack().pack();
  int countries = 0;
  for (const Entity& e : pack.entities) countries += e.type == "country";
  CHECK(countries >= 249);

  // Across continents, territories included; the ids the other rule files use.
  const char* codes[] = {"PER", "CHN", "USA", "RUS", "UKR", "CHL", "BRA", "VEN", "GUY", "BOL",
                         "ARG", "MEX", "CAN", "CUB", "HTI", "GBR", "FRA", "DEU", "ESP", "POL",
                         "TUR", "EGY", "NGA", "NER", "ZAF", "COD", "COG", "CIV", "IND", "JPN",
                         "KOR", "PRK", "IDN", "AUS", "NZL", "FJI", "GRL", "PRI", "HKG", "ATA"};
  for (const char* code : codes) {
    INFO(code);
    const Entity* e = pack.FindEntity(code);
    REQUIRE(e != nullptr);
    CHECK(e->type == "country");
    CHECK(!e->label.empty());
    bool en = false, fr = false, es = false;
    for (const Alias& a : e->aliases) {
      if (a.kind != AliasKind::kName) continue;
      en |= a.lang == "en", fr |= a.lang == "fr", es |= a.lang == "es";
    }
    CHECK(en);
    CHECK(fr);
    CHECK(es);
  }
  CHECK(pack.FindEntity("PER")->label == "Peru");
  CHECK(pack.FindEntity("USA")->label == "United States");
  CHECK(pack.FindEntity("GBR")->label == "United Kingdom");
}

TEST_CASE("tricky country names resolve to the right state", "[gazetteer]") {
  struct Case {
    const char* text;
    const char* lang;
    const char* edges;
  };
  const Case cases[] = {
      // Accents and apostrophes fold: three spellings of one state.
      {"Côte d’Ivoire visited Ghana.", "en", "CIV VISIT GHA 'Côte d’Ivoire' 'Ghana'\n"},
      {"Cote d'Ivoire visited Ghana.", "en", "CIV VISIT GHA 'Cote d'Ivoire' 'Ghana'\n"},
      {"Ivory Coast visited Ghana.", "en", "CIV VISIT GHA 'Ivory Coast' 'Ghana'\n"},
      {"The Gambia visited Senegal.", "en", "GMB VISIT SEN 'The Gambia' 'Senegal'\n"},
      // The longest name wins.
      {"Papua New Guinea visited Guinea.", "en", "PNG VISIT GIN 'Papua New Guinea' 'Guinea'\n"},
      {"Equatorial Guinea visited Guinea-Bissau.", "en", "GNQ VISIT GNB 'Equatorial Guinea' 'Guinea-Bissau'\n"},
      {"Niger visited Nigeria.", "en", "NER VISIT NGA 'Niger' 'Nigeria'\n"},
      {"South Sudan visited Sudan.", "en", "SSD VISIT SDN 'South Sudan' 'Sudan'\n"},
      {"The Dominican Republic visited Dominica.", "en", "DOM VISIT DMA 'Dominican Republic' 'Dominica'\n"},
      {"South Korea visited North Korea.", "en", "KOR VISIT PRK 'South Korea' 'North Korea'\n"},
      {"American Samoa visited Samoa.", "en", "ASM VISIT WSM 'American Samoa' 'Samoa'\n"},
      {"The Czech Republic visited Czechia.", "en", ""},  // one state: no edge
      {"The Czech Republic visited Macedonia.", "en", "CZE VISIT MKD 'Czech Republic' 'Macedonia'\n"},
      // Congo: the Democratic Republic by its short forms, a bare Congo is the Republic.
      {"The DRC visited Congo-Brazzaville.", "en", "COD VISIT COG 'DRC' 'Congo-Brazzaville'\n"},
      {"DR Congo visited Congo.", "en", "COD VISIT COG 'DR Congo' 'Congo'\n"},
      {"La RDC a visité le Congo.", "fr", "COD VISIT COG 'RDC' 'Congo'\n"},
      // Places named after a state are not that state.
      {"Mexico visited New Mexico.", "en", "MEX VISIT USA.NEW_MEXICO 'Mexico' 'New Mexico'\n"},
      {"Mexico visited Washington state.", "en", "MEX VISIT USA.WASHINGTON_STATE 'Mexico' 'Washington state'\n"},
      {"Mexico visited Washington.", "en", "MEX VISIT USA 'Mexico' 'Washington'\n"},
      {"Chad visited the Niger Delta.", "en", "TCD VISIT NGA.NIGER_DELTA 'Chad' 'Niger Delta'\n"},
      // News short forms.
      {"The US visited the UK.", "en", "USA VISIT GBR 'The US' 'the UK'\n"},
      {"Britain signed an agreement with the U.S.", "en", "GBR SIGN_AGREEMENT USA 'Britain' 'U.S.'\n"},
      // Capitals in local spellings.
      {"Alger a visité Brasília.", "fr", "DZA VISIT BRA 'Alger' 'Brasília'\n"},
      {"Moscú visitó Tokio.", "es", "RUS VISIT JPN 'Moscú' 'Tokio'\n"},
      {"Pékin a visité Londres.", "fr", "CHN VISIT GBR 'Pékin' 'Londres'\n"},
      {"Le Kremlin a visité Kyiv.", "fr", "RUS VISIT UKR 'Le Kremlin' 'Kyiv'\n"},
      // Demonyms in every gender and number.
      {"Los peruanos visitaron Pekín.", "es", "PER VISIT CHN 'peruanos' 'Pekín'\n"},
      {"Las estadounidenses visitaron Caracas.", "es", "USA VISIT VEN 'estadounidenses' 'Caracas'\n"},
      {"Des chinoises ont visité Lima.", "fr", "CHN VISIT PER 'chinoises' 'Lima'\n"},
      {"Les Sud-Coréennes ont visité Tokyo.", "fr", "KOR VISIT JPN 'Sud-Coréennes' 'Tokyo'\n"},
      {"Polish officials visited Lima.", "en", "POL VISIT PER 'Polish' 'Lima'\n"},
      {"Nigerien troops visited Nigeria.", "en", "NER VISIT NGA 'Nigerien' 'Nigeria'\n"},
      // Dropped on purpose: no country behind these words.
      {"Réunion visited Chile.", "en", ""},
      {"Reunion Island visited Chile.", "en", "REU VISIT CHL 'Reunion Island' 'Chile'\n"},
      {"Granada visitó Lima.", "es", ""},
      {"Malé visited Chile.", "en", ""},
      {"Latin American leaders visited Washington.", "en", ""},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(Edges(c.text, c.lang) == c.edges);
  }
}

TEST_CASE("common words and given names are not countries", "[gazetteer]") {
  CHECK(Mentions("La réunion a eu lieu hier.", "fr") == "");
  CHECK(Mentions("La reunión fue larga.", "es") == "");
  CHECK(Mentions("Male voters stayed home.") == "");
  CHECK(Mentions("They polish their image.") == "");
  CHECK(Mentions("Dominique est parti.", "fr") == "");
  CHECK(Mentions("Mauricio habló.", "es") == "");
  CHECK(Mentions("Victoria said no.") == "");
  CHECK(Mentions("The Korean question.") == "");
  CHECK(Mentions("Congolese troops.") == "");  // Kinshasa or Brazzaville: left out
  CHECK(Mentions("Georgia") == "GEO name 'Georgia'\n");  // the country; see SOURCES.md
  CHECK(Mentions("the state of Georgia") == "USA.GEORGIA name 'state of Georgia'\n");
  CHECK(Mentions("Le gouverneur de Géorgie a parlé.", "fr") == "USA.GEORGIA name 'gouverneur de Géorgie'\n");
  CHECK(Mentions("Latin American") == "REGION.LATIN_AMERICAN name 'Latin American'\n");
  CHECK(Mentions("the Indian Ocean") == "REGION.INDIAN_OCEAN name 'Indian Ocean'\n");
  CHECK(Mentions("New Guinea") == "REGION.NEW_GUINEA name 'New Guinea'\n");
}

}  // namespace
}  // namespace dyad::extract
