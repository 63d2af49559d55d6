#pragma once
// Internal to the corpus generator: per-language word lists and sentence
// templates, consistent with the default rule pack (rules/*.yaml) but
// hard-coded, so the generator needs no YAML and no dyad library.
//
// Template slots: {S} {T} source and target actor; {S_of} {T_of} {A_of}
// their "of" form (fr "du Pérou", es "del Pentágono"); {T_to} the "to" form
// (fr "au Pérou", es "al Pentágono"); {A} any actor, named without a cue;
// {P} a place; {X} a topic; {N} a number; {Y} a year; {W} a weekday;
// {R} a reporter; {H} the article's headline. Date patterns use {day}
// {month} {mon} {year} {CITY} {AGENCY}.
#include <string>
#include <vector>

namespace dyad::bench {

struct Vocabulary {
  std::string lang;
  std::vector<std::string> actors;     // names the default pack resolves (with article in fr/es)
  std::vector<std::string> relations;  // asserted cue sentences, no final period
  std::vector<std::string> modality;   // negated, hedged or denied cue sentences
  std::vector<std::string> neutral;    // prose without a cue
  std::vector<std::string> prefixes;   // "On {W}, "
  std::vector<std::string> suffixes;   // ", officials said"
  std::vector<std::string> headlines;  // no final period
  std::vector<std::string> places, topics, weekdays, reporters, agencies, cities;
  std::vector<std::string> months, months_short;  // January..December
  std::vector<std::string> menu;       // one or two words per line
  std::vector<std::string> furniture;  // share buttons, notices, "Read more: {H}"
  std::string dateline;                // "{CITY}, {mon} {day}, {year} ({AGENCY}) - "
  std::string byline;                  // "By {R} | {month} {day}, {year}"
};

const Vocabulary& EnglishVocabulary();
const Vocabulary& FrenchVocabulary();
const Vocabulary& SpanishVocabulary();

}  // namespace dyad::bench
