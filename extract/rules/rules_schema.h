#pragma once
// Internal to the rule loader: one rule file's text -> its entities,
// relations, examples and modality words, checked against the format of
// rules/README.md. Checks across files (repeated ids, references) are in
// rules.cc.
#include <string>
#include <vector>

#include "extract/diagnostic.h"
#include "extract/rules/rules.h"

namespace dyad::extract {

struct LoadedEntity {
  Entity entity;
  SourceLoc country_loc;  // where 'country' was written, for the reference check
  bool extend = false;    // `extend: true`: only adds names to an entity defined elsewhere
};

struct LoadedRelation {
  Relation relation;
  bool extend = false;  // `extend: true`: only adds cues to a relation defined elsewhere
  std::vector<Example> examples;  // dropped with the relation when a higher layer replaces it
};

// What one file defines. Entities and relations with a valid id are kept even
// when other fields had errors, so that references to them do not add noise.
struct RuleFile {
  std::vector<LoadedEntity> entities;
  std::vector<LoadedRelation> relations;
  std::vector<Example> examples;  // top-level examples
  ModalityWords modality;
  std::vector<Lexeme> lexicon;
  std::vector<WordClass> classes;
};

// Parses and checks one file; every error goes to diagnostics.
RuleFile ParseRuleFile(const RuleSource& source, Diagnostics* diagnostics);

struct Field;
class RuleReporter;
// The `lexicon` and `classes` sections (rules_vocabulary.cc).
void ParseLexicon(const Field& field, RuleReporter* reporter, std::vector<Lexeme>* out);
void ParseClasses(const Field& field, RuleReporter* reporter, std::vector<WordClass>* out);

// Splits a cue template such as "{S} 's visit to {T}" into slots and trimmed
// words. Returns false with the message in *error ("cue '...' has no slot").
bool ParseCueTemplate(const std::string& text, std::vector<CuePart>* parts, std::string* error);

}  // namespace dyad::extract
