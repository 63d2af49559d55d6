// English vocabulary of the corpus generator. The cue sentences follow the
// templates of rules/relations/*.yaml; the actors are names, capitals and
// institutions of rules/entities/*.yaml.
#include "bench/corpus_vocab.h"

namespace dyad::bench {
namespace {

void FillActors(Vocabulary* v) {
  v->actors = {"Peru", "China", "the United States", "Russia", "Ukraine", "Chile", "Brazil", "Venezuela",
               "Guyana", "Bolivia", "Argentina", "Colombia", "Ecuador", "Paraguay", "Uruguay", "Mexico",
               "Canada", "Panama", "Cuba", "the United Kingdom", "France", "Germany", "Spain", "Japan",
               "South Korea", "India", "Vietnam", "Australia", "Washington", "Beijing", "Moscow", "Lima",
               "Brasilia", "Dina Boluarte", "Xi Jinping", "Pete Hegseth", "Elmer Schialer", "the Pentagon",
               "the European Union", "the United Nations", "the Chinese military",
               "the Peruvian Foreign Ministry", "the Chinese Communist Party", "Huawei"};
}

void FillSentences(Vocabulary* v) {
  v->relations = {
      "{S} met with {T} on {W}", "{S} held talks with {T} on {X}", "{S} received {T} in {P} to discuss {X}",
      "{S} visited {T} for the first time since {Y}", "{S} travelled to {T} to discuss {X}",
      "{S} arrived in {T} on {W} for a three-day visit", "{S} signed a cooperation agreement with {T} on {X}",
      "{S} and {T} signed a memorandum on {X}", "{S} invested in {T}'s mining sector",
      "{S} invested {N} million dollars in {T}", "{S}'s investments in {T} have doubled since {Y}",
      "{S} pressured {T} to review its ties with Beijing", "{S} urged {T} to respect the ceasefire",
      "{S} put heavy pressure on {T} over {X}", "{S} criticized {T} for its handling of {X}",
      "{S} condemned {T} after the border incident", "{S} accused {T} of interfering in its affairs",
      "{S} denounced {T} at the United Nations", "{S} warned against {T}'s growing influence in the region",
      "{S}'s invasion of {T} weighed on {X}", "{S} invaded {T} in {Y}",
      "{S} established diplomatic relations with {T} in {Y}", "{S} recognized {T} as a strategic partner",
      "{S} and {T} agreed to expand cooperation on {X}", "{S} announced a strategic partnership with {T}",
      "{S} and {T} held joint military exercises near {P}", "{S} conducted joint exercises with {T} in the Pacific",
      "{S} and {T} stepped up military cooperation", "Talks between {S} and {T} resumed in {P}",
      "{S} demanded that {T} release the detained sailors"};
  v->modality = {"{S} did not sign the accord with {T}", "{S} could invest in {T}'s energy sector",
                 "{S} denied that it criticized {T}", "{S} is expected to visit {T} next month",
                 "{S} has never recognized {T}", "{S} might meet {T} at the summit",
                 "{S} refused to condemn {T}", "{S} reportedly pressured {T} to drop the tender",
                 "{S} dismissed reports that it had invaded {T}", "{S} will travel to {T} in the spring"};
  v->neutral = {
      "The talks focused on {X}, according to a statement released on {W}",
      "Analysts in {P} said the outlook for {X} remained uncertain",
      "Officials declined to give further details about the {N} projects under review",
      "{A} has not commented on the report", "Trade between the two countries reached {N} billion dollars in {Y}",
      "Critics say the deal lacks transparency and could harm local communities",
      "The port of Chancay, north of Lima, opened in {Y}",
      "Local media reported that {N} people attended the ceremony in {P}",
      "The minister is due to present the budget to parliament in the coming weeks",
      "Copper and zinc account for most of the country's exports",
      "\"We are following the situation closely,\" a senior official in {P} said",
      "The decision comes as {A} faces mounting criticism at home",
      "Prices for {X} rose by {N} percent in the first quarter",
      "The agreement, first drafted in {Y}, still awaits ratification",
      "Security forces were deployed along the highway after heavy rains",
      "The opposition called for an inquiry into the contracts",
      "Experts note that {X} has become a central issue for the region",
      "According to official figures, unemployment fell to {N} percent",
      "The ministry published the full text of the document on its website",
      "Several companies have suspended operations in {P} since {Y}",
      "Diplomats from {A} and {A} attended the ceremony in {P}",
      "Observers expect the debate to intensify before the elections",
      "The region's economies are closely tied to commodity prices",
      "It was not immediately clear how the measures would be financed",
      "Unions announced a {N}-day strike in the mining sector"};
  v->prefixes = {"On {W}, ", "Earlier this month, ", "According to officials, ", "In a statement, ",
                 "Last year, ", "Meanwhile, "};
  v->suffixes = {", officials said", ", according to local media", ", a government spokesperson said",
                 ", the ministry said in a statement"};
  v->headlines = {"{S} and {T} Discuss Trade Ties", "{S} Weighs Its Ties With {T}",
                  "Tensions Rise Between {S} and {T}", "{S} Signs New Deal With {T}",
                  "What the Vote Means for {S}", "{S} Hosts Talks on {X}", "Analysts Split Over {S} Strategy",
                  "{S} Steps Up Pressure on {T}", "A New Chapter for {S} and {T}", "How {S} Is Expanding Its Reach"};
}

void FillWords(Vocabulary* v) {
  v->places = {"Lima", "Santiago", "Quito", "Bogota", "La Paz", "Buenos Aires", "Cusco",
               "Arequipa", "Callao", "Valparaiso", "Guayaquil", "Montevideo", "Tacna", "Trujillo"};
  v->topics = {"trade", "copper exports", "lithium mining", "migration", "drug trafficking", "regional security",
               "energy prices", "infrastructure financing", "fishing rights", "climate policy",
               "the fight against organised crime", "border controls"};
  v->weekdays = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  v->reporters = {"Daniel Okoro-Reyes", "Ana Ruiz", "Mark Ellison", "Sofia Castro", "James Whitfield"};
  v->agencies = {"Reuters", "AP", "AFP", "Bloomberg"};
  v->cities = {"LIMA", "WASHINGTON", "BEIJING", "SANTIAGO", "BOGOTA", "MEXICO CITY", "BRASILIA", "BUENOS AIRES"};
  v->months = {"January", "February", "March",     "April",   "May",      "June",
               "July",    "August",   "September", "October", "November", "December"};
  v->months_short = {"Jan.", "Feb.", "March", "April", "May", "June",
                     "July", "Aug.", "Sept.", "Oct.",  "Nov.", "Dec."};
  v->menu = {"Home", "World", "Americas", "Politics", "Business", "Opinion", "Subscribe", "Log in",
             "Newsletters", "Podcasts"};
  v->furniture = {"Share on Facebook", "Share on Twitter", "ADVERTISEMENT", "Subscribe to our newsletter",
                  "Read more: {H}", "\u00A9 {year} The Hemisphere Ledger. All rights reserved.",
                  "Related articles", "Cookie settings", "Follow us on social media",
                  "Click here to support independent journalism"};
  v->dateline = "{CITY}, {mon} {day}, {year} ({AGENCY}) - ";
  v->byline = "By {R} | {month} {day}, {year}";
}

}  // namespace

const Vocabulary& EnglishVocabulary() {
  static const Vocabulary vocabulary = [] {
    Vocabulary v;
    v.lang = "en";
    FillActors(&v);
    FillSentences(&v);
    FillWords(&v);
    return v;
  }();
  return vocabulary;
}

}  // namespace dyad::bench
