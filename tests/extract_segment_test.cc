#include <string>
#include <utility>
#include <vector>

#include "extract/text/segment.h"
#include "extract/text/sentences.h"
#include "tests/catch.h"
#include "tests/test_util.h"

namespace dyad::extract {
namespace {

using Blocks = std::vector<std::pair<Block, std::string>>;

constexpr Block B = Block::kBody;
constexpr Block H = Block::kHeadline;
constexpr Block F = Block::kFurniture;

Blocks Segment(const std::string& text) {
  Blocks out;
  for (const Paragraph& p : SegmentParagraphs(text)) {
    out.emplace_back(p.block, text.substr(p.span.begin, p.span.end - p.span.begin));
  }
  return out;
}

std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::string> out;
  for (const Span& s : SplitSentences(text, {0, text.size()}))
    out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

}  // namespace
}  // namespace dyad::extract

namespace Catch {
template <>
struct StringMaker<dyad::extract::Block> {
  static std::string convert(dyad::extract::Block b) {
    return b == dyad::extract::Block::kBody       ? "body"
           : b == dyad::extract::Block::kHeadline ? "headline"
                                                  : "furniture";
  }
};
}  // namespace Catch

namespace dyad::extract {
namespace {

TEST_CASE("a scraped page keeps only the article prose as body", "[segment]") {
  const std::string text = testing::ReadFile(testing::SourcePath("tests/data/docs/scraped.txt"));
  const Blocks expected = {
      {F, "Home"},
      {F, "About Us"},
      {F, "Privacy Policy"},
      {F, "Cookie Settings"},
      {F, "No Result"},
      {F, "View All Result"},
      {F, "Monday, March 3, 2025"},
      {F, "The Daily Ledger"},
      {F, "ADVERTISEMENT"},
      {H, "Chile’s Quiet Pivot: Santiago Courts Seoul on Copper Deals"},
      {F, "by Marta Lindqvist"},
      {F, "February 27, 2025"},
      {F, "in Chile"},
      {F, "0"},
      {F, "450"},
      {F, "SHARES"},
      {F, "2.3k"},
      {F, "VIEWS"},
      {F, "Share on FacebookShare on X"},
      {F, "ADVERTISEMENT"},
      {B,
       "Chile and South Korea opened talks on a copper supply pact in Santiago on Wednesday. The U.S. "
       "Embassy said it was following the talks closely."},
      {B, "Officials said the main points of the draft include:"},
      {B, "Supply Guarantees: Chile would reserve part of its output for Korean smelters."},
      {B, "Investment: Seoul would fund two refineries in the Atacama region."},
      {F, "Region Share Target"},
      {F, "North 40% 2026"},
      {H, "Chilean Exporters Eye the Korean Market"},
      {B, "Analysts in Santiago expect the first shipments under the pact in 2026."},
      {F, "Tags: ChileKoreaCopperTrade"},
      {F, "Previous Post"},
      {H, "Argentina Weighs a New Lithium Tax as Investors Grow Wary"},
      {F, "Next Post"},
      {H, "Uruguay and Paraguay Sign River Transport Accord!"},
      {H, "Seoul Offers a Fresh Lifeline to Struggling Andean Exporters!"},
      {F, "March 1, 2025"},
      {F, "In a crowded hall in Lima, ministers from six countries sat down to discuss..."},
      {F, "Read more"},
      {F, "M T W T F S S"},
      {F, "123456"},
      {F, "© 2025 The Daily Ledger"},
  };
  CHECK(Segment(text) == expected);
}

TEST_CASE("one paragraph per line, French and Spanish furniture words", "[segment]") {
  const std::string text =
      "Paris / Bogota. Les deux gouvernements ont signé un accord de coopération militaire à Paris.\n"
      "Le ministre colombien a salué « un partenariat historique » avec la France.\n"
      "Tout commence par un café\n"
      "Vous aimez nos articles ? Nous avons besoin de votre soutien pour continuer.\n"
      "La ministre française a rappelé le soutien de la France au processus de paix.\n"
      "Abonnez-vous à notre lettre quotidienne.\n"
      "Lire aussi : le dossier complet sur la Colombie.\n"
      "Suscríbete a nuestro boletín semanal de noticias.\n"
      "Publicidad\n"
      "Leer más sobre la visita del canciller.\n";
  const Blocks expected = {
      {B, "Paris / Bogota. Les deux gouvernements ont signé un accord de coopération militaire à Paris."},
      {B, "Le ministre colombien a salué « un partenariat historique » avec la France."},
      {H, "Tout commence par un café"},
      {F, "Vous aimez nos articles ? Nous avons besoin de votre soutien pour continuer."},
      {B, "La ministre française a rappelé le soutien de la France au processus de paix."},
      {F, "Abonnez-vous à notre lettre quotidienne."},
      {F, "Lire aussi : le dossier complet sur la Colombie."},
      {F, "Suscríbete a nuestro boletín semanal de noticias."},
      {F, "Publicidad"},
      {F, "Leer más sobre la visita del canciller."},
  };
  CHECK(Segment(text) == expected);
}

TEST_CASE("paragraph boundaries: blank lines, bullets, wrapped prose", "[segment]") {
  struct Case {
    std::string text;
    Blocks expected;
  };
  const std::vector<Case> cases = {
      {"First paragraph of the story is here.\n\n\n  Second paragraph of the story is here.  \n",
       {{B, "First paragraph of the story is here."}, {B, "Second paragraph of the story is here."}}},
      // Bullet markers are not part of the paragraph.
      {"1) The first numbered item is a sentence.\n2. The second numbered item is one too.\n"
       "- A dash item that reads like prose.\n* A star item that reads like prose.\n"
       "\u2013 An en dash item that reads like prose.\n\u00B7 A middle dot item that reads like prose.\n"
       "\u2022No space after this bullet but still prose.\n",
       {{B, "The first numbered item is a sentence."},
        {B, "The second numbered item is one too."},
        {B, "A dash item that reads like prose."},
        {B, "A star item that reads like prose."},
        {B, "An en dash item that reads like prose."},
        {B, "A middle dot item that reads like prose."},
        {B, "No space after this bullet but still prose."}}},
      // Not bullets: a hyphenated word, a decimal.
      {"-in-Chief is a title that people use in sentences.\n1.9k\n",
       {{B, "-in-Chief is a title that people use in sentences."}, {F, "1.9k"}}},
      // A long unfinished line continues into a line starting in lower case.
      {"The delegation will travel to Beijing next month to\nsign the agreement with its hosts.\n",
       {{B, "The delegation will travel to Beijing next month to\nsign the agreement with its hosts."}}},
      // Hard-wrapped prose: three lines near the wrap width.
      {"The foreign ministers of Peru and Chile met in Tacna on Tuesday to\n"
       "review a border agreement that both governments signed last year,\n"
       "Officials in both capitals said.\n",
       {{B,
         "The foreign ministers of Peru and Chile met in Tacna on Tuesday to\n"
         "review a border agreement that both governments signed last year,\n"
         "Officials in both capitals said."}}},
      // Short lines never join: a date over a lower-case section tag, a byline.
      {"October 16, 2025\nin Peru\nPeru and China deepen their military ties amid concern\nby Ana Ruiz\n",
       {{F, "October 16, 2025"},
        {F, "in Peru"},
        {H, "Peru and China deepen their military ties amid concern"},
        {F, "by Ana Ruiz"}}},
      {"", {}},
      {" \n\t\n", {}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(Segment(c.text) == c.expected);
  }
}

TEST_CASE("paragraph classification", "[segment]") {
  const std::vector<std::pair<std::string, Block>> cases = {
      {"Peru will never accept foreign troops on its soil, the minister said!", B},
      {"Peru Will Never Accept Foreign Troops on Its Soil!", H},
      {"Will Chile Join the Pacific Security Pact?", H},
      {"President Xi Jinping Welcomed President Dina Boluarte in Beijing.", B},
      {"Ministers Meet in Lima to Discuss Trade. (Photo: Reuters)", H},
      {"California Consumer Privacy Act (CCPA)", F},
      {"(Photo: Reuters)", F},
      {"By Ana Ruiz and Tomás Vidal", F},
      {"Published by the Andean Times", H},
      {"Friday, December 5, 2025", F},
      {"vendredi 5 décembre 2025", F},
      {"12 de abril de 2025", F},
      {"riotimesonline.com", F},
      {"300 SHARES", F},
      {"You have 3 free articles remaining. Subscribe for unlimited access.", F},
      {"Sign up for our newsletter and get the news first.", F},
      {"All rights reserved by the publisher of this site.", F},
      {"Go to mobile version", F},
      {"Check out our other content", F},
      {"## Background to the talks", H},
      {"The talks between the two governments resumed on Monday in Lima after a pause of two months and "
       "officials said progress had been made. A second round is planned for the spring and both sides "
       "expect an agreement before the end of the year",
       B},
      {"Officials said the main points of the draft include:", B},
      {"Key Points of the Draft Agreement Between Both Countries:", H},
      {"These officials expect more talks…", F},
      // A text of one paragraph that does not end a sentence is a wire
      // sentence given alone, unless it reads as a title.
      {"The US, Russia, and Switzerland met yesterday", B},
      {"Obama wants Putin to attack Switzerland", B},
      {"Peru and Chile Sign Pacific Trade Pact", H},
  };
  for (const auto& [text, block] : cases) {
    INFO(text);
    const Blocks got = Segment(text);
    REQUIRE(got.size() == 1);
    CHECK(got[0].first == block);
    CHECK(got[0].second == text);
  }
}

TEST_CASE("a line without a final stop over a body is its headline", "[segment]") {
  CHECK(Segment("Peru and chile sign a pact\n\nPeru and Chile signed a pact on Monday in Lima.") ==
        Blocks{{H, "Peru and chile sign a pact"}, {B, "Peru and Chile signed a pact on Monday in Lima."}});
}

TEST_CASE("sentence splitting", "[segment]") {
  using Strings = std::vector<std::string>;
  const std::vector<std::pair<std::string, Strings>> cases = {
      {"The U.S. Navy sent two ships. The fleet left on Monday.",
       {"The U.S. Navy sent two ships.", "The fleet left on Monday."}},
      {"Talks were held in the U.S. The envoy left.", {"Talks were held in the U.S.", "The envoy left."}},
      {"Talks were held in the U.S. Congress last week.",
       {"Talks were held in the U.S. Congress last week."}},
      {"Gen. Song met Dr. Ruiz on Jan. 5 in Lima. They talked.",
       {"Gen. Song met Dr. Ruiz on Jan. 5 in Lima.", "They talked."}},
      {"Officials in Washington, D.C., said the deal was done. It was signed.",
       {"Officials in Washington, D.C., said the deal was done.", "It was signed."}},
      {"He met Michael F. Miller in March. Miller agreed.",
       {"He met Michael F. Miller in March.", "Miller agreed."}},
      {"The port cost $1.3 billion. Growth hit 2.5 percent.",
       {"The port cost $1.3 billion.", "Growth hit 2.5 percent."}},
      {"He said: \"We will sign.\" Then he left.", {"He said: \"We will sign.\"", "Then he left."}},
      {"\"Why now?\" he asked. Nobody answered.", {"\"Why now?\" he asked.", "Nobody answered."}},
      {"He said “no.” (The talks ended.) Peru left.", {"He said “no.”", "(The talks ended.)", "Peru left."}},
      {"Il a déclaré : « Nous partirons demain. » Le ministre a confirmé.",
       {"Il a déclaré : « Nous partirons demain. »", "Le ministre a confirmé."}},
      {"« Nous sommes prêts », a déclaré le ministre. Il est parti.",
       {"« Nous sommes prêts », a déclaré le ministre.", "Il est parti."}},
      {"¿Firmará Perú el acuerdo? ¡Nadie lo sabe! El ministro calló.",
       {"¿Firmará Perú el acuerdo?", "¡Nadie lo sabe!", "El ministro calló."}},
      {"La Sra. Pérez y el Sr. Gómez llegaron. Mme Dupont aussi.",
       {"La Sra. Pérez y el Sr. Gómez llegaron.", "Mme Dupont aussi."}},
      {"The deal went to Acme Corp. The company denied it.",
       {"The deal went to Acme Corp.", "The company denied it."}},
      {"Acme Corp. officials denied it.", {"Acme Corp. officials denied it."}},
      {"The meeting ended at 5 p.m. The ministers left.",
       {"The meeting ended at 5 p.m.", "The ministers left."}},
      {"Sales rose... Then they fell. Prices rose… and fell.",
       {"Sales rose...", "Then they fell.", "Prices rose… and fell."}},
      {"It ended in 2019. 2020 was calmer.", {"It ended in 2019.", "2020 was calmer."}},
      {"No. 10 Downing Street replied.", {"No. 10 Downing Street replied."}},
      {"Ties were cut (again). Trade fell.", {"Ties were cut (again).", "Trade fell."}},
      {"The U.N. and the E.U. agreed.", {"The U.N. and the E.U. agreed."}},
      {"Peru.\nChile signed\nthe pact.", {"Peru.", "Chile signed\nthe pact."}},
      {"  One.   Two.  ", {"One.", "Two."}},
      {"No final punctuation here", {"No final punctuation here"}},
      {"", {}},
  };
  for (const auto& [text, expected] : cases) {
    INFO(text);
    CHECK(Sentences(text) == expected);
  }
}

TEST_CASE("sentence spans are offsets into the whole text", "[segment]") {
  const std::string text = "Headline\n\nFirst one. Second one.";
  const std::vector<Paragraph> paragraphs = SegmentParagraphs(text);
  REQUIRE(paragraphs.size() == 2);
  CHECK(paragraphs[1].span == Span{10, 32});
  CHECK(SplitSentences(text, paragraphs[1].span) == std::vector<Span>{{10, 20}, {21, 32}});
}

}  // namespace
}  // namespace dyad::extract
