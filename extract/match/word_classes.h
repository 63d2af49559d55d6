#pragma once
// Internal to the sentence matcher: the closed word classes it reads tokens
// by (connectors, pronouns, auxiliaries, subordinators...) in English,
// French and Spanish, compared on folded tokens. Inline: most run on every
// token of a sentence that holds a cue.
#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string_view>
#include <vector>

#include "extract/text.h"

namespace dyad::extract::words {

// The lists are static arrays: an initializer_list would be built on the
// stack at every call, and most of these run on every token of a sentence.
template <std::size_t N>
inline bool Is(const Token& t, const std::string_view (&words)[N]) {
  // The first byte before the rest: most words differ there, and comparing
  // it inline saves a memcmp call per word of the same length.
  const std::string_view f = t.folded;
  return std::any_of(std::begin(words), std::end(words), [f](std::string_view w) {
    return w.size() == f.size() && (f.empty() || w[0] == f[0]) && w == f;
  });
}

inline bool IsConnector(const Token& t) {
  static constexpr std::string_view kWords[] = {",",  "and", "et", "y",   "e",  "&",   "the",
                                                "le", "la",  "l'", "les", "el", "los", "las"};
  return Is(t, kWords);
}

// "du Chili et du Pérou", "de Chile y de Perú": joins a list only beside a
// coordinating word, so "la capitale du Pérou" stays one name.
inline bool IsOfWord(const Token& t) {
  static constexpr std::string_view kWords[] = {"du", "de", "des", "d'", "del"};
  return Is(t, kWords);
}

inline bool IsCoordinator(const Token& t) {
  static constexpr std::string_view kWords[] = {",", "and", "et", "y", "e", "&"};
  return Is(t, kWords);
}

// Words after a comma that open another clause: "..., tandis que Mexico".
inline bool OpensClause(const Token& t) {
  static constexpr std::string_view kWords[] = {
      "while", "whereas",   "which",    "who",   "where", "according", "saying",    "tandis", "alors", "qui", "ou",
      "selon", "affirmant", "mientras", "quien", "donde", "segun",     "afirmando", "but",    "mais",  "pero"};
  return Is(t, kWords);
}

inline bool IsNumber(const Token& t) { return !t.folded.empty() && t.folded[0] >= '0' && t.folded[0] <= '9'; }

// Part of an amount: "2.5 billion dollars", "deux millions d'euros".
inline bool IsAmountWord(const Token& t) {
  static constexpr std::string_view kWords[] = {
      "million", "millions", "billion", "billions", "milliard", "milliards", "millon", "millones", "dollars", "dollar",
      "euros",   "euro",     "dolares", "yuan",     "yuans",    "$",         "%",      ".",        "us",      "two",
      "three",   "four",     "five",    "ten",      "hundred",  "thousand",  "deux",   "trois",    "quatre",  "cinq",
      "dix",     "cent",     "mille",   "dos",      "tres",     "cuatro",    "cinco",  "diez",     "cien",    "mil"};
  return IsNumber(t) || Is(t, kWords);
}

// Where a quantity phrase starting at token i ends ("up to 16", "more than
// 1,000", "scores of", "des dizaines de", "al menos 20"), or i if none starts
// there: it stands between a verb and its object ("kidnapped up to 16
// Russian advisers") without being the object.
inline std::size_t QuantityEnd(const std::vector<Token>& tokens, std::size_t i) {
  static constexpr std::string_view kOpeners[] = {
      "some",  "about",  "around", "nearly", "almost", "over", "approximately", "roughly", "several", "environ",
      "pres",  "presque", "quelque", "quelques", "unos", "unas", "cerca", "casi", "aproximadamente", "varios", "varias"};
  static constexpr std::string_view kTwoWordOpeners[][2] = {
      {"up", "to"}, {"more", "than"}, {"at", "least"}, {"fewer", "than"}, {"less", "than"}, {"as", "many"},
      {"plus", "de"}, {"au", "moins"}, {"mas", "de"}, {"al", "menos"}, {"hasta", "mas"}};
  static constexpr std::string_view kCounts[] = {
      "one",   "two",      "three",    "four",     "five",     "six",      "seven",   "eight",    "nine",  "ten",
      "dozen", "dozens",   "scores",   "hundreds", "thousands", "millions", "dizaines", "centaines", "milliers",
      "decenas", "cientos", "miles",   "un",       "une",      "deux",     "trois",   "dos",      "tres"};
  static constexpr std::string_view kOf[] = {"of", "de", "d'"};
  const std::size_t n = tokens.size();
  std::size_t j = i;
  if (j < n && Is(tokens[j], kOpeners)) ++j;
  for (const auto& pair : kTwoWordOpeners) {
    if (j + 1 < n && tokens[j].folded == pair[0] && tokens[j + 1].folded == pair[1]) {
      j += 2;
      if (j < n && (tokens[j].folded == "as" || tokens[j].folded == "de")) ++j;  // "as many as", "plus de"
      break;
    }
  }
  const std::size_t count = j;
  // "1,000", "1.5 million": digits, their separators and scale words.
  while (j < n && (IsNumber(tokens[j]) || Is(tokens[j], kCounts) ||
                   (j > count && (tokens[j].folded == "," || tokens[j].folded == ".") && j + 1 < n &&
                    IsNumber(tokens[j + 1]) && IsNumber(tokens[j - 1])) ||
                   (j > count && IsAmountWord(tokens[j]) && tokens[j].folded != "."))) {
    ++j;
  }
  if (j == count) return i;  // an opener with no count: "about the talks"
  if (j < n && Is(tokens[j], kOf) && j > count && !IsNumber(tokens[j - 1])) ++j;  // "scores of"
  return j;
}

// A verb of saying whose subject is the speaker: "said", "a déclaré",
// "afirmó". Not "told", whose object may be the one spoken of.
inline bool IsSayingWord(const Token& t) {
  static constexpr std::string_view kWords[] = {
      "said",     "says",     "say",       "reported", "announced", "added",    "stated",     "confirmed",
      "declared", "claimed",  "claims",    "insisted", "insists",   "indicated", "warned",    "reiterated",
      "affirmed", "dijo",     "dijeron",   "afirmo",   "senalo",    "indico",   "informo",    "agrego",
      "anadio",   "declaro",  "aseguro",   "anuncio",  "dicen",     "dice",     "declare",    "affirme",
      "indique",  "precise",  "ajoute",    "annonce",  "explique",  "estime",   "assure",     "dit"};
  return Is(t, kWords);
}

// Whether a verb of saying starts at token i, as a trailing attribution
// writes it: "..., Chile said", "..., said the ministry", "..., a déclaré
// Lima", "..., dijo el canciller".
inline bool SayingVerbAt(const std::vector<Token>& tokens, std::size_t i) {
  static constexpr std::string_view kTold[] = {"told"};
  static constexpr std::string_view kAuxiliaries[] = {"a", "ont"};  // "a déclaré": not the preposition "a"
  if (i >= tokens.size()) return false;
  if (Is(tokens[i], kAuxiliaries)) return i + 1 < tokens.size() && IsSayingWord(tokens[i + 1]);
  return IsSayingWord(tokens[i]) || Is(tokens[i], kTold);
}

// Opens a relative clause: "the visit that will end with ...".
inline bool IsRelativePronoun(const Token& t) {
  static constexpr std::string_view kWords[] = {"that", "which", "who",  "whose", "qui",
                                                "dont", "quien", "cuyo", "cuya"};
  return Is(t, kWords);
}

// A conjunction before a second verb: "met in Bogota and signed".
inline bool IsConjunction(const Token& t) {
  static constexpr std::string_view kWords[] = {"and", "et", "y", "e", "but", "mais", "pero"};
  return Is(t, kWords);
}

// Between a conjunction and its verb: auxiliaries, reflexives and adverbs
// ("and has since signed", "et a aussi signé", "y luego firmó").
// Determiners and possessives: before a word they make it a noun ("their
// trade", "la marcha"); between a verb and its object they are the object's.
inline bool IsDeterminer(const Token& t) {
  static constexpr std::string_view kWords[] = {
      "the", "a",   "an",  "its", "their", "his",  "her", "our", "this", "that", "these", "those", "le",
      "la",  "les", "l'",  "un",  "une",   "son",  "sa",  "ses", "leur", "leurs", "ce",   "cette", "el",
      "los", "las", "una", "su",  "sus",   "este", "esta", "al", "del",  "du",    "des",  "au",    "aux"};
  return Is(t, kWords);
}

inline bool IsVerbFiller(const Token& t) {
  static constexpr std::string_view kWords[] = {
      "has",   "have",    "had",   "will",    "would",   "then", "also",    "later",    "since",    "a",     "ont",
      "avait", "avaient", "va",    "vont",    "se",      "s'",   "puis",    "aussi",    "ensuite",  "ha",    "han",
      "habia", "habian",  "luego", "tambien", "despues", "then", "jointly", "together", "ensemble", "juntos"};
  return Is(t, kWords);
}

// The auxiliary of a passive: "was visited", "a été signé", "fue firmado".
inline bool IsPassiveAuxiliary(const Token& t) {
  static constexpr std::string_view kWords[] = {"was",    "were", "been",   "is",   "are",  "being",  "ete",  "fut",
                                                "furent", "fue",  "fueron", "sido", "sera", "seront", "seran"};
  return Is(t, kWords);
}

// What may stand between a subject and its verb: auxiliaries, modals,
// negation and a few adverbs ("Peru has also signed", "la Chine n'a pas",
// "México ya había firmado").
inline bool IsSubjectVerbFiller(const Token& t) {
  static constexpr std::string_view kWords[] = {
      "has",    "have",   "had",    "will",   "would",   "could",   "can",     "may",     "might",  "must",
      "should", "shall",  "is",     "are",    "was",     "were",    "be",      "been",    "did",    "does",
      "do",     "not",    "n't",    "also",   "still",   "already", "just",    "then",    "now",    "again",
      "a",      "ont",    "avait",  "avaient", "va",     "vont",    "sera",    "seront",  "serait", "pourrait",
      "doit",   "devrait", "est",   "sont",   "ne",      "n'",      "pas",     "aussi",   "deja",   "se",
      "s'",     "ha",     "han",    "habia",  "habian",  "van",     "sera",    "seria",   "podria", "debe",
      "deberia", "es",    "son",    "fue",    "no",      "tambien", "ya",      "nuevamente", "luego", "finally"};
  return Is(t, kWords) || (t.folded.size() > 4 && (t.folded.substr(t.folded.size() - 2) == "ly" ||
                                                   t.folded.substr(t.folded.size() - 5) == "mente"));
}

// The word that introduces a passive's agent.
inline bool IsAgentWord(const Token& t) {
  static constexpr std::string_view kWords[] = {"by", "par", "por"};
  return Is(t, kWords);
}

// A subject pronoun: the actor is the last subject named before it.
inline bool IsPronoun(const Token& t) {
  static constexpr std::string_view kWords[] = {"he", "she", "they", "il", "elle", "ils", "elles", "ella", "ellos"};
  return Is(t, kWords);
}

// An office named without its state stands for the last subject, like a
// pronoun: "El canciller presentó una nota de protesta al Reino Unido".
inline bool IsBareTitle(const Token& t) {
  static constexpr std::string_view kWords[] = {"minister", "chancellor", "canciller",  "ministro",
                                                "ministra", "ministre",   "chancelier", "cancillera"};
  return Is(t, kWords);
}

// Words opening a participle or subordinate clause whose subject is the main
// clause's: "Song came to Peru after holding talks in Washington".
inline bool IsSubordinator(const Token& t) {
  static constexpr std::string_view kWords[] = {"after", "before", "while", "apres",
                                                "avant", "tras",   "antes", "durante"};
  return Is(t, kWords);
}

// Capitalized words that may stand next to a state's name without making it
// part of another name: "Peru President Dina Boluarte", "China Coast Guard".
inline bool IsTitleWord(const Token& t) {
  static constexpr std::string_view kWords[] = {
      "president",  "prime",    "foreign",    "defence",   "defense",  "minister",  "ministry",
      "army",       "navy",     "air",        "armed",     "central",  "national",  "government",
      "state",      "embassy",  "ambassador", "secretary", "vice",     "senate",    "congress",
      "parliament", "supreme",  "coast",      "police",    "trade",    "finance",   "economy",
      "interior",   "security", "special",    "forces",    "military", "officials", "leader",
      "chief",      "premier",  "general",    "council",   "assembly", "mission"};
  return Is(t, kWords);
}

inline bool IsLocative(const Token& t, std::string_view lang) {
  static constexpr std::string_view kWords[] = {"in", "at", "en", "a", "au", "aux", "dans"};
  if (lang == "en" && t.folded == "a") return false;  // "by a Ukrainian protester": an article
  return Is(t, kWords);
}

}  // namespace dyad::extract::words
