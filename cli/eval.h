#pragma once
// `dyad eval DIR`: measures the extractor against gold annotations at the
// level of country dyads and CAMEO roots ("CHN 04 PER"), PLOVER categories
// ("CHN CONSULT PER") or dyads alone, overall, per language and per
// relation family, and lists every miss (with its cause) and wrong edge.
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "extract/diagnostic.h"
#include "extract/extractor.h"
#include "extract/gold.h"

namespace dyad::cli {

// One evidence record folded to country level: actors are replaced by their
// country (actors without one stay themselves), the relation by its root.
struct FoldedRecord {
  std::string source;
  std::string root;  // the first two digits of the relation's CAMEO code
  std::string target;
  bool symmetric = false;  // matches a gold edge written in either direction
  std::string relation;    // "VISIT"
  std::string modality;    // "" when asserted, else "negated by 'not'", "hedged by 'could'", ...
  std::string date;        // the evidence date: the event's, else the article's
  std::string sentence;
  std::string rule;
  std::string plover;  // the relation's PLOVER category, "" for CAMEO 01 and 02
};

// What a predicted edge must share with a gold edge besides its ends.
enum class EvalLevel {
  kRoot,    // the CAMEO root ("04")
  kPlover,  // the PLOVER category ("CONSULT"); events without one are not scored
  kDyad,    // nothing: country dyads alone
};

// "root", "plover", "dyad".
const char* EvalLevelName(EvalLevel level);

// A sentence of the article with the actors named in it, folded to countries.
struct SentenceActors {
  std::string text;
  std::vector<std::string> actors;
};

// One annotated article and what the extractor made of it.
struct EvalArticle {
  std::string id;
  std::string lang;
  std::vector<extract::GoldEdge> gold;
  std::vector<extract::GoldEdge> not_gold;
  std::vector<FoldedRecord> records;      // every record with both ends, in document order
  std::vector<SentenceActors> sentences;  // to say why a gold edge was missed
  std::vector<std::string> unknown_ids;   // gold ids the rule pack does not know
};

// Counts behind precision (right / predicted) and recall (found / gold).
struct EvalCounts {
  int gold = 0;       // distinct gold edges
  int found = 0;      // gold edges some predicted edge matches
  int predicted = 0;  // distinct predicted edges (asserted records, folded)
  int right = 0;      // predicted edges that match some gold edge
};

// Precision and recall are undefined (-1) when their denominator is 0; F1
// is then 0, or undefined when both are.
double Precision(const EvalCounts& c);
double Recall(const EvalCounts& c);
double F1(const EvalCounts& c);

// A line of the report's lists: the article, the edge and what to say about it.
struct EvalFinding {
  std::string article;
  std::string edge;    // "CHN 04 PER"
  std::string detail;  // why it was missed, or the relation, sentence and rule that made it
};

struct EvalReport {
  EvalLevel level = EvalLevel::kRoot;
  std::map<std::string, int> articles_by_lang;
  EvalCounts overall;
  std::map<std::string, EvalCounts> by_lang;
  std::map<std::string, EvalCounts> by_family;  // CAMEO root -> counts
  int dated_found = 0;                          // gold edges with a date that were found
  int dated_right = 0;                          // ... whose evidence carries that date
  int traps = 0;                                // must-not edges
  int traps_hit = 0;                            // ... that were produced
  std::map<std::string, int> miss_causes;  // "verb not known" -> misses it explains
  std::vector<EvalFinding> misses;
  std::vector<EvalFinding> wrong;
  std::vector<EvalFinding> date_errors;
};

// Reads DIR/articles and DIR/gold.yaml and runs the extractor on every
// article. Fails (with diagnostics) on unreadable input, gold errors, an
// article without gold annotations or gold naming an absent article.
// Articles come out sorted by id.
bool LoadEvalSet(const std::string& dir, const extract::Extractor& extractor, std::vector<EvalArticle>* articles,
                 extract::Diagnostics* diagnostics);

// Compares predictions with gold. A predicted edge matches a gold edge with
// the same code at LEVEL and the same ends, or the reversed ends when its
// relation is symmetric or the gold edge mutual. Gold coded in PLOVER
// categories cannot be scored at root level: such edges count as gold never
// found. Deterministic: lists are in article order, then edge order.
EvalReport ScoreEval(const std::vector<EvalArticle>& articles, EvalLevel level = EvalLevel::kRoot);

// The level a set's gold supports best: root when every gold edge has a
// CAMEO code, else plover.
EvalLevel DefaultLevel(const std::vector<EvalArticle>& articles);

// The table (overall, per language, per family), then the misses, the wrong
// edges and the date errors.
void PrintEvalReport(const EvalReport& report, std::ostream& out);

int CmdEval(const std::vector<std::string>& args, Io io);

}  // namespace dyad::cli
