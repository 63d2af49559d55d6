#pragma once
// The rule pack: entities, relations with their cues, modality words and
// examples, loaded from YAML with every error located at file:line:column.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "extract/diagnostic.h"
#include "extract/embedded.h"

namespace dyad::extract {

// Kinds of name an entity can be mentioned by.
enum class AliasKind { kName, kDemonym, kCapital, kPattern };

struct Alias {
  std::string text;   // as written in the rule file ("Perú", "péruvienne")
  std::string lang;   // "en", "fr", "es" or "any"
  AliasKind kind = AliasKind::kName;
  SourceLoc loc;
};

// One window of an entity's dated codes: inside [from, until] (either open
// when empty) the actor holds `role`. "FROM..UNTIL ROLE" in a rule file.
struct Period {
  std::string from, until;
  std::string role;  // "" for none
};

struct Entity {
  std::string id;       // "PER", "CHN.XI_JINPING"; unique in the pack
  std::string type;     // one of kEntityTypes
  std::string country;  // ISO alpha-3 of the state the actor belongs to, "" if none
  std::string label;    // display name
  std::string role;     // "", or one of kRoles
  std::vector<Alias> aliases;
  std::vector<Alias> patterns;  // RE2 patterns (kind kPattern), matched case-insensitively
  std::string valid_from;       // ISO date or ""; the aliases resolve only inside
  std::string valid_until;      // [valid_from, valid_until] when the document date is known
  std::vector<Period> periods;  // if any: the aliases resolve only inside one of them
  std::string origin;           // the dictionary line a generated entity came from ("Phoenix.agents.txt:12")
  SourceLoc loc;
};

// One element of a cue template such as "{S} 's visit to {T}".
struct CuePart {
  enum class Kind { kWords, kSource, kTarget };
  Kind kind = Kind::kWords;
  std::string words;  // for kWords: the literal words as written
  bool after_gap = false;  // for kWords: "..." stands before these words in the template
};

// Words may name a lemma, "<meet>", which matches every form the lexicon
// lists for it, and a word class, "&weapon", which matches any member.
struct Cue {
  std::string text;    // the template as written, without its origin
  std::string lang;    // "en", "fr", "es"
  std::string origin;  // "CAMEO.2.0.txt:5440" after " @" in the template: the
                       // dictionary line a generated cue was converted from
  std::vector<CuePart> parts;
  SourceLoc loc;
};

// The forms of one lemma in one language ("meet": meet meets met meeting).
// A French or Spanish verb's infinitive ("signer", "reunirse") names an act
// only under a frame word ("va signer", "se negó a reunirse"), and its
// simple future ("signera", "firmará") announces one, read as "will sign".
struct Lexeme {
  std::string lang;
  std::string lemma;
  std::vector<std::string> forms;  // the lemma itself among them, unless it is an infinitive
  std::vector<std::string> infinitives;
  std::vector<std::string> futures;
  SourceLoc loc;
};

// A named class of words and phrases ("weapon": rifle, missile, ...),
// per language; members may name lemmas ("<missile>").
struct WordClass {
  std::string name;
  std::map<std::string, std::vector<std::string>> members;  // by language
  SourceLoc loc;
};

// One item of a cue's words: literal text, a lemma ("<meet>") or a word
// class ("&weapon"; an '&' not followed by a name is literal, as in "AT&T").
struct CueItem {
  enum class Kind { kText, kLemma, kClass };
  Kind kind = Kind::kText;
  std::string text;  // the words, the lemma or the class name
};
std::vector<CueItem> SplitCueItems(std::string_view words);

enum class Direction { kDirected, kSymmetric };

struct Relation {
  std::string id;       // "VISIT"
  std::string label;    // "visit"
  std::string cameo;    // "042": CAMEO event code, 2 to 4 digits
  int quad_class = 0;   // 1 verbal cooperation, 2 material cooperation,
                        // 3 verbal conflict, 4 material conflict
  Direction direction = Direction::kDirected;
  std::vector<Cue> cues;
  SourceLoc loc;
};

// An edge an example sentence must (or must not) give: "CHN VISIT PER".
// An endpoint matches an actor whose id or country equals it.
struct ExpectedEdge {
  std::string source;
  std::string relation;
  std::string target;
  SourceLoc loc;
};

struct Example {
  std::string text;
  std::string lang;
  std::string date;  // optional document date
  std::vector<ExpectedEdge> edges;      // must all be produced
  std::vector<ExpectedEdge> not_edges;  // must not be produced
  SourceLoc loc;
};

// Words that make a cue negated, hedged (modal, future, conditional,
// reported possibility) or denied. Keys are languages.
struct ModalityWords {
  std::map<std::string, std::vector<std::string>> negation;
  std::map<std::string, std::vector<std::string>> hedge;
  std::map<std::string, std::vector<std::string>> denial;
  // Phrases that name the last two states mentioned: "the two countries".
  std::map<std::string, std::vector<std::string>> pair;
  // Phrases that attribute what follows them to a speaker, to the next comma:
  // "according to Peru, ...". The speaker is no participant.
  std::map<std::string, std::vector<std::string>> attribution;
  // Verbs of saying that open a clause with its own subject: "claimed that".
  std::map<std::string, std::vector<std::string>> reporting;
  // Verbs that govern an event right after them and change what it is
  // (extract/match/frames.h): "will", "agreed to" (intent), "threatened to"
  // (threat), "refused to" (refusal), "suspended" (halt: the act is stopped);
  // "continued to" (aspect) leaves it as it is.
  std::map<std::string, std::vector<std::string>> intent;
  std::map<std::string, std::vector<std::string>> threat;
  std::map<std::string, std::vector<std::string>> refusal;
  std::map<std::string, std::vector<std::string>> aspect;
  std::map<std::string, std::vector<std::string>> halt;
};

struct RulePack {
  std::vector<Entity> entities;
  std::vector<Relation> relations;
  std::vector<Example> examples;
  ModalityWords modality;
  std::vector<Lexeme> lexicon;      // sorted by (lang, lemma), one entry each
  std::vector<WordClass> classes;   // sorted by name
  std::vector<std::string> files;  // every file loaded, in load order
  std::string fingerprint;         // 16 hex digits: FNV-1a 64 over each file's name, NUL, text, NUL

  const Entity* FindEntity(std::string_view id) const;
  const Relation* FindRelation(std::string_view id) const;
  const Lexeme* FindLexeme(std::string_view lang, std::string_view lemma) const;
  const WordClass* FindClass(std::string_view name) const;
};

// The fixed vocabularies; anything else is an error naming the allowed values.
extern const std::vector<std::string> kEntityTypes;
extern const std::vector<std::string> kRoles;
extern const std::vector<std::string> kLanguages;  // en, fr, es (and "any" for aliases)

// One rule file: its name, its text and the pack layer it belongs to.
struct RuleSource {
  std::string name;  // shown in messages: "rules/relations/visit.yaml"
  std::string text;
  int layer = 0;     // 0 = default pack, 1 = --rules DIR, ...
  bool embedded = false;  // compiled into the binary (and checked by its tests)
};

// Loads rule files in order. An entity or relation whose id a lower layer
// already defined replaces that definition in place (same position in the
// list, new contents; a replaced relation's examples go with it); inside one
// layer a repeated id is an error. All errors of all files are appended to
// diagnostics, sorted by file (in `sources` order), then line and column;
// columns count bytes, as yaml-cpp does. The pack is usable only when none is
// an error. Examples are in file order, then document order. Files are
// parsed on up to `threads` threads; the result does not depend on it.
RulePack LoadRulePack(const std::vector<RuleSource>& sources, Diagnostics* diagnostics, int threads = 1);

// The *.yaml / *.yml files (and *.tsv entity tables) under dir, recursively, sorted by relative path,
// as sources of the given layer, named dir + "/" + relative path
// ("myrules/relations/x.yaml"). A missing dir or an unreadable file becomes a
// diagnostic ("myrules: no such directory").
std::vector<RuleSource> ReadRuleDirectory(const std::string& dir, int layer, Diagnostics* diagnostics);

// The embedded default pack as sources of layer 0.
std::vector<RuleSource> DefaultRuleSources(const std::vector<EmbeddedFile>& files);

}  // namespace dyad::extract
