#pragma once
// Dictionary freshness: what a corpus names that the entity dictionaries miss
// (phrases in a cue's empty actor slot) or have outlived (names of entities
// whose windows ended, names of two states at once). Read from the
// extractor's own traces (Extractor::Explain), so the report sees exactly
// the tokens, cues and mentions the extractor does.
#include <ostream>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "extract/document.h"
#include "extract/extractor.h"
#include "extract/rules/rules.h"

namespace dyad::extract {

// Where a finding was first seen, in input order.
struct FindingExample {
  std::string document;  // the document's id
  std::string date;      // its date, "" if unknown
  std::string sentence;  // white space collapsed
};

// A phrase standing where an actor should be that names no entity.
struct UnknownPhrase {
  std::string text;  // as written, white space collapsed
  std::string kind;  // "name" or "role"
  int count = 0;     // occurrences
  int documents = 0;
  std::vector<std::string> langs;      // sorted, of the documents it is in
  std::vector<std::string> relations;  // sorted: the relations of the cues whose slot it filled
  FindingExample example;
};

// A name that resolved to nothing because its entity's windows had ended.
struct StaleName {
  std::string entity;
  std::string label;
  std::string name;   // as written
  std::string ended;  // the last day of the entity's last window
  int count = 0;
  int documents = 0;
  std::string latest;  // the latest document date it was seen on
  FindingExample example;
};

// A name that resolved to entities of more than one state on one date.
struct TwoCountryName {
  std::string name;
  std::vector<std::string> entities;   // sorted
  std::vector<std::string> countries;  // sorted
  int count = 0;
  int documents = 0;
  FindingExample example;
};

struct ReportLimits {
  int top = 50;       // at most this many entries per list
  int min_count = 1;  // entries seen fewer times are left out
};

// What the reports say of the corpus as a whole.
struct CorpusCounts {
  int documents = 0;
  int dated = 0;  // with a date, which the stale report needs
};

// Collects the findings of documents added in input order; the lists are
// sorted by count (descending), then text, so they do not depend on how the
// documents were extracted.
class FreshnessReport {
 public:
  explicit FreshnessReport(const RulePack& pack) : pack_(pack) {}

  // One document and Extractor::Explain's trace of it.
  void Add(const Document& document, const DocumentTrace& trace);

  std::vector<UnknownPhrase> Unknown(const ReportLimits& limits) const;
  std::vector<StaleName> Stale(const ReportLimits& limits) const;
  std::vector<TwoCountryName> TwoCountries(const ReportLimits& limits) const;
  const CorpusCounts& counts() const { return counts_; }
  int unknown_total() const { return static_cast<int>(unknown_.size()); }

 private:
  struct Tally {
    int count = 0;
    std::vector<std::string> documents;  // distinct, in order of first sight
    std::vector<std::string> langs;
    std::vector<std::string> relations;
    std::string latest;
    FindingExample example;
    void Add(const Document& document, const std::string& date, const std::string& sentence,
             const std::string& relation);
  };
  const RulePack& pack_;
  CorpusCounts counts_;
  std::map<std::pair<std::string, std::string>, Tally> unknown_;                  // (text, kind)
  std::map<std::pair<std::string, std::string>, Tally> stale_;                    // (entity, name)
  std::map<std::pair<std::string, std::vector<std::string>>, Tally> ambiguous_;   // (name, entities)
};

// The unknown phrases as an entity rule file a rule author can review and
// add with --rules: one entity per phrase (id NEW.<PHRASE>, type person for
// a name, organization for a role, names: any), each after a comment giving
// its counts and example.
void WriteUnknownYaml(const std::vector<UnknownPhrase>& phrases, const FreshnessReport& report,
                      std::ostream& out);
// The same as tab-separated columns with a header line.
void WriteUnknownTsv(const std::vector<UnknownPhrase>& phrases, std::ostream& out);

// The stale names and the names of two states, as YAML (two lists).
void WriteStaleYaml(const std::vector<StaleName>& stale, const std::vector<TwoCountryName>& two,
                    const FreshnessReport& report, std::ostream& out);
// The same as tab-separated rows, the first column saying which list.
void WriteStaleTsv(const std::vector<StaleName>& stale, const std::vector<TwoCountryName>& two, std::ostream& out);

}  // namespace dyad::extract
