// French vocabulary of the corpus generator (see corpus_vocab_en.cc).
#include "bench/corpus_vocab.h"

namespace dyad::bench {
namespace {

void FillActors(Vocabulary* v) {
  v->actors = {"le Pérou", "la Chine", "les États-Unis", "la Russie", "l'Ukraine", "le Chili", "le Brésil",
               "le Venezuela", "le Guyana", "la Bolivie", "l'Argentine", "la Colombie", "l'Équateur",
               "le Paraguay", "l'Uruguay", "le Mexique", "le Canada", "le Panama", "Cuba", "le Royaume-Uni",
               "la France", "l'Allemagne", "l'Espagne", "le Japon", "la Corée du Sud", "l'Inde", "le Vietnam",
               "l'Australie", "Washington", "Pékin", "Moscou", "Lima", "Brasilia", "Dina Boluarte",
               "Xi Jinping", "Pete Hegseth", "Elmer Schialer", "le Pentagone", "l'Union européenne", "l'ONU",
               "l'Armée populaire de libération", "le ministère péruvien des Affaires étrangères",
               "le Parti communiste chinois", "Huawei"};
}

void FillSentences(Vocabulary* v) {
  v->relations = {
      "{S} a rencontré {T} {W}", "{S} s'est entretenu avec {T} sur {X}", "{S} a reçu {T} à {P} pour évoquer {X}",
      "{S} a visité {T} pour la première fois depuis {Y}", "{S} est arrivé {T_to} {W} pour une visite officielle",
      "{S} a signé un accord de coopération avec {T} sur {X}", "{S} et {T} ont signé un protocole d'accord sur {X}",
      "{S} a investi dans le secteur minier {T_of}", "{S} a investi {N} millions de dollars {T_to}",
      "{S} a exercé une forte pression sur {T}", "{S} a exhorté {T} à respecter le cessez-le-feu",
      "{S} a exigé que {T} libère les marins détenus", "{S} a critiqué {T} pour sa politique commerciale",
      "{S} a condamné {T} après l'incident frontalier", "{S} a accusé {T} d'ingérence dans ses affaires",
      "{S} a dénoncé {T} devant les Nations unies",
      "{S} a mis en garde contre {T} et son influence croissante dans la région",
      "L'invasion {T_of} par {S} a pesé sur {X}", "{S} a envahi {T} en {Y}",
      "{S} a établi des relations diplomatiques avec {T} en {Y}",
      "{S} a reconnu {T} comme partenaire stratégique", "{S} et {T} sont convenus d'élargir leur coopération sur {X}",
      "{S} a annoncé un partenariat stratégique avec {T}",
      "{S} et {T} ont mené des exercices militaires conjoints près de {P}",
      "{S} a renforcé sa coopération militaire avec {T}", "Les entretiens entre {S} et {T} ont repris à {P}",
      "{S} a averti {T} contre toute escalade", "{S} a annexé des territoires {T_of}",
      "La rencontre entre {S} et {T} a eu lieu à {P}", "{S} a rencontré {T} en marge du sommet"};
  v->modality = {"{S} n'a pas signé l'accord avec {T}", "{S} aurait investi dans le secteur énergétique {T_of}",
                 "{S} a démenti avoir critiqué {T}", "{S} devrait rencontrer {T} le mois prochain",
                 "{S} n'a jamais reconnu {T}", "{S} pourrait signer un accord avec {T}",
                 "{S} a refusé de condamner {T}", "{S} aurait exercé des pressions sur {T}",
                 "{S} a nié avoir envahi {T}", "{S} envisage de se rendre {T_to} au printemps"};
  v->neutral = {
      "Les discussions ont porté sur {X}, selon un communiqué publié {W}",
      "Des analystes à {P} estiment que les perspectives restent incertaines",
      "Les autorités n'ont pas donné plus de détails sur les {N} projets à l'étude",
      "{A} n'a pas commenté ces informations",
      "Les échanges entre les deux pays ont atteint {N} milliards de dollars en {Y}",
      "Selon les chiffres officiels, le chômage est tombé à {N} %",
      "Le ministère a publié le texte intégral du document sur son site",
      "Plusieurs entreprises ont suspendu leurs activités à {P} depuis {Y}",
      "Des diplomates {A_of} et {A_of} ont assisté à la cérémonie à {P}",
      "« Nous suivons la situation de près », a déclaré un haut responsable à {P}",
      "L'opposition a réclamé une enquête sur les contrats",
      "Les prix ont augmenté de {N} % au premier trimestre",
      "L'accord, rédigé en {Y}, attend toujours d'être ratifié",
      "Les forces de sécurité ont été déployées le long de la route après de fortes pluies",
      "Les économies de la région dépendent étroitement du prix des matières premières",
      "Il n'était pas clair dans l'immédiat comment ces mesures seraient financées",
      "Le port de Chancay, au nord de Lima, a été inauguré en {Y}",
      "Des médias locaux ont rapporté que {N} personnes avaient assisté à la cérémonie à {P}",
      "Le ministre doit présenter le budget au Parlement dans les prochaines semaines",
      "Le cuivre et le zinc représentent l'essentiel des exportations du pays",
      "Les observateurs s'attendent à ce que le débat s'intensifie avant les élections",
      "La décision intervient alors que {A} fait face à de fortes critiques",
      "Pour les experts, {X} reste un enjeu central pour la région",
      "Le gouvernement table sur une croissance de {N} % cette année",
      "Les syndicats ont annoncé une grève de {N} jours dans le secteur minier"};
  v->prefixes = {"{W}, ", "Plus tôt ce mois-ci, ", "Selon des responsables, ", "Dans un communiqué, ",
                 "L'an dernier, ", "Par ailleurs, "};
  v->suffixes = {", ont indiqué des responsables", ", selon la presse locale",
                 ", a indiqué un porte-parole du gouvernement", ", a précisé le ministère dans un communiqué"};
  v->headlines = {"{S} et {T} renforcent leur coopération", "{S} s'interroge sur ses liens avec {T}",
                  "Tensions croissantes entre {S} et {T}", "{S} signe un nouvel accord avec {T}",
                  "Ce que le vote change pour {T}", "{S} accueille des discussions sur {X}",
                  "Les analystes divisés sur la stratégie {S_of}", "{S} accentue la pression sur {T}",
                  "Un nouveau chapitre pour {S} et {T}", "Comment {S} étend son influence"};
}

void FillWords(Vocabulary* v) {
  v->places = {"Lima", "Santiago", "Quito", "Bogota", "La Paz", "Buenos Aires", "Cuzco",
               "Arequipa", "Callao", "Valparaiso", "Guayaquil", "Montevideo", "Tacna", "Paris"};
  v->topics = {"le commerce bilatéral", "les exportations de cuivre", "l'exploitation du lithium", "la migration",
               "le trafic de drogue", "la sécurité régionale", "les prix de l'énergie",
               "le financement des infrastructures", "les droits de pêche", "la politique climatique",
               "la lutte contre le crime organisé", "les contrôles aux frontières"};
  v->weekdays = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
  v->reporters = {"Claire Dubois", "Julien Moreau", "Camille Laurent", "Thomas Girard"};
  v->agencies = {"AFP", "Reuters", "AP"};
  v->cities = {"LIMA", "WASHINGTON", "PÉKIN", "SANTIAGO", "BOGOTA", "MEXICO", "BRASILIA", "PARIS"};
  v->months = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
               "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
  v->months_short = v->months;
  v->menu = {"Accueil",    "International", "Politique", "Économie",    "Amériques",
             "Opinions",   "Abonnez-vous",  "Se connecter", "Newsletters", "Podcasts"};
  v->furniture = {"Partager sur Facebook", "Partager sur Twitter", "PUBLICITÉ", "Abonnez-vous à notre newsletter",
                  "Lire aussi : {H}", "\u00A9 {year} Le Courrier des Amériques. Tous droits réservés.",
                  "Articles associés", "Paramètres des cookies", "Suivez-nous sur les réseaux sociaux",
                  "Soutenez un journalisme indépendant"};
  v->dateline = "{CITY}, {day} {month} {year} ({AGENCY}) \u2014 ";
  v->byline = "Par {R} | {day} {month} {year}";
}

}  // namespace

const Vocabulary& FrenchVocabulary() {
  static const Vocabulary vocabulary = [] {
    Vocabulary v;
    v.lang = "fr";
    FillActors(&v);
    FillSentences(&v);
    FillWords(&v);
    return v;
  }();
  return vocabulary;
}

}  // namespace dyad::bench
