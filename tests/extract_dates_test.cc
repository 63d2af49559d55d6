#include <string>
#include <utility>
#include <vector>

#include "extract/text/dates.h"
#include "extract/text/segment.h"
#include "tests/catch.h"

namespace dyad::extract {
namespace {

using Cases = std::vector<std::pair<std::string, std::string>>;

TEST_CASE("ParseDate reads one whole date in en, fr, es", "[dates]") {
  const Cases cases = {
      {"October 16, 2025", "2025-10-16"},
      {"Oct. 16, 2025", "2025-10-16"},
      {"Oct 16, 2025", "2025-10-16"},
      {"Oct 16 2025", "2025-10-16"},
      {"October 16th, 2025", "2025-10-16"},
      {"OCTOBER 16, 2025", "2025-10-16"},
      {"16 October 2025", "2025-10-16"},
      {"16 Oct. 2025", "2025-10-16"},
      {"Sept. 9, 2024", "2024-09-09"},
      {"March 5, 2024", "2024-03-05"},
      {"May 1, 2024", "2024-05-01"},
      {"2025-10-16", "2025-10-16"},
      {"  October 16, 2025  ", "2025-10-16"},
      {"Friday, December 5, 2025", "2025-12-05"},
      {"Fri, Dec 5, 2025", "2025-12-05"},
      {"26 mars 2024", "2024-03-26"},
      {"le 3 février 2023", "2023-02-03"},
      {"3 fevrier 2023", "2023-02-03"},
      {"1er août 2024", "2024-08-01"},
      {"15 aout 2024", "2024-08-15"},
      {"9 sept. 2024", "2024-09-09"},
      {"25 décembre 2024", "2024-12-25"},
      {"25 decembre 2024", "2024-12-25"},
      {"vendredi 5 décembre 2025", "2025-12-05"},
      {"Vendredi, 5 décembre 2025.", "2025-12-05"},
      {"12 de abril de 2025", "2025-04-12"},
      {"el 12 de abril de 2025", "2025-04-12"},
      {"1 de septiembre de 2024", "2024-09-01"},
      {"1 de setiembre de 2024", "2024-09-01"},
      {"viernes, 5 de diciembre de 2025", "2025-12-05"},
      {"miércoles 3 de enero del 2024", "2024-01-03"},
      {"29 February 2024", "2024-02-29"},
      // Not dates, or not only a date.
      {"29 February 2023", ""},
      {"31 April 2024", ""},
      {"2025-13-01", ""},
      {"October 2025", ""},
      {"October 16", ""},
      {"march 5, 2024", ""},
      {"Posted October 16, 2025", ""},
      {"October 16, 2025 by Ana Ruiz", ""},
      {"16 October 3025", ""},
      {"", ""},
  };
  for (const auto& [text, iso] : cases) {
    INFO(text);
    CHECK(ParseDate(text) == iso);
  }
}

TEST_CASE("FindEventDate returns the first explicit date of a sentence", "[dates]") {
  const Cases cases = {
      {"Peru and China signed an agreement in 2009.", "2009"},
      {"Le traité a été signé en 2009.", "2009"},
      {"El tratado se firmó en 2009.", "2009"},
      {"Ties have deepened since 2013.", "2013"},
      {"Les liens se renforcent depuis 2013.", "2013"},
      {"Los lazos crecen desde 2013.", "2013"},
      {"The partnership established in 2013 focused on trade.", "2013"},
      {"Growth slowed in early 2020.", "2020"},
      {"The port opened in mid-2021.", "2021"},
      {"Las obras empezaron a principios de 2020.", "2020"},
      {"The president visited China in June 2024.", "2024-06"},
      {"Le président s'est rendu en Chine en juin 2024.", "2024-06"},
      {"El presidente viajó a China en junio de 2024.", "2024-06"},
      {"During Xi's November 2024 visit, both sides signed a protocol.", "2024-11"},
      {"It took effect in Nov. 2024.", "2024-11"},
      {"The pact was signed on 3 March 2023 in Lima.", "2023-03-03"},
      {"The talks on October 16, 2025 ended early.", "2025-10-16"},
      {"Le pacte a été signé le 26 mars 2024.", "2024-03-26"},
      {"El pacto se firmó el 12 de abril de 2025.", "2025-04-12"},
      {"They met on 2024-05-17 in Quito.", "2024-05-17"},
      {"Borders were redrawn in the 19th century.", "1800"},
      {"The 19th-century War of the Pacific still matters.", "1800"},
      {"La frontière date du XIXe siècle.", "1800"},
      {"La frontière date du XXe siècle.", "1900"},
      {"La frontera data del siglo XIX.", "1800"},
      {"Trade rose in 2019 after a deal in March 2010.", "2019"},
      // Numbers that are not years, and years without a marker.
      {"Chile deployed 500 troops.", ""},
      {"The port cost $1.3 billion.", ""},
      {"COSCO bought a 60% stake.", ""},
      {"Output reached 2500 tonnes.", ""},
      {"Output rose by 2000% in 2020.", "2020"},
      {"Exports were cut by 1500 tonnes in 2019.", "2019"},
      {"Hasta 2000 personas marcharon.", ""},
      {"The 2009 agreement was renewed.", ""},
      {"Ships may sail in 3000 years.", ""},
      {"It lasted in 999 cases.", ""},
      {"The talks resumed on December 1.", ""},
      {"Soldiers may march 2000 miles.", ""},
      {"", ""},
  };
  for (const auto& [text, iso] : cases) {
    INFO(text);
    CHECK(FindEventDate(text) == iso);
  }
}

TEST_CASE("FindDateline picks the date nearest before the body", "[dates]") {
  const Cases cases = {
      // A page date, then the byline date nearer the body: the byline wins.
      {"Friday, December 5, 2025\nThe Andean Times\n\nPeru Buys Frigates\n\nby Ana Ruiz\nOctober 16, 2025\n\n"
       "Peru said on Thursday it would buy two frigates from South Korea.\n\nDecember 4, 2025\n",
       "2025-10-16"},
      {"Peru Buys Frigates\nBy Ana Ruiz | March 3, 2025\n\nPeru said on Thursday it would buy two "
       "frigates.\n",
       "2025-03-03"},
      {"Peru Buys Frigates\nvendredi 5 décembre 2025\n\nLe Pérou a annoncé l'achat de deux frégates.\n",
       "2025-12-05"},
      {"LIMA, Oct. 16, 2025 (Reuters) - Peru said on Thursday it would buy two frigates.\n", "2025-10-16"},
      {"LIMA, 16 oct 2025 (EFE).- El gobierno peruano anunció la compra de dos fragatas.\n", "2025-10-16"},
      {"October 16, 2025 \u2014 Chile and Peru agreed to hold joint naval drills.\n", "2025-10-16"},
      {"Monday, March 3, 2025\n\nLIMA, Oct. 16, 2025 (Reuters) - Peru said it would buy two frigates.\n",
       "2025-10-16"},
      // No year in the dateline, a date only after the body, no date at all.
      {"LIMA, Oct 16 (Reuters) - Peru said on Thursday it would buy two frigates.\n", ""},
      {"Peru said on Thursday it would buy two frigates.\n\nDecember 4, 2025\n", ""},
      {"Peru said in 2019 that it would buy two frigates.\n", ""},
      {"", ""},
  };
  for (const auto& [text, iso] : cases) {
    INFO(text);
    CHECK(FindDateline(text, SegmentParagraphs(text)) == iso);
  }
}

}  // namespace
}  // namespace dyad::extract
