#pragma once
// Turns a document into evidence records using a compiled rule pack.
#include <memory>
#include <string>
#include <vector>

#include "extract/diagnostic.h"
#include "extract/document.h"
#include "extract/evidence.h"
#include "extract/rules/rules.h"
#include "extract/text/segment.h"

namespace dyad::extract {

class SentenceMatcher;

// An actor mention found in a sentence.
struct MentionTrace {
  std::string entity;
  std::string alias_kind;  // "name", "demonym", "capital", "pattern"
  Span span;
};

// A cue template whose words were found in a sentence.
struct CueTrace {
  std::string relation;
  std::string cue;  // the template
  std::string rule; // file:line:column
  Span span;
};

// A relation candidate and what became of it: "edge", "negated by 'not'",
// "hedged by 'could'", "denied by 'denied'", "no source", "no target",
// "same actor on both ends".
struct CandidateTrace {
  Evidence evidence;
  std::string outcome;
  std::string arguments;  // the rules that chose source and target ("source subject before the cue; ...")
};

// A phrase in a matched cue's empty slot that names no actor: capitalised
// words or a role noun ("President Xavier Blanc", "los manifestantes"),
// what a dictionary may be missing.
struct GapTrace {
  std::string relation;
  std::string slot;  // "source" or "target"
  std::string kind;  // "name" (capitalised words) or "role" (role nouns only)
  Span span;         // the phrase, without a leading determiner
};

// A name of an entity that resolves to nothing because every window of the
// entity ended before the document's date ("President Boluarte" in 2026).
struct StaleTrace {
  std::string entity;
  Span span;
};

// A name that resolves, on the document's date, to entities of two or more
// states; the extractor takes the first (entities: sorted ids).
struct AmbiguousTrace {
  std::vector<std::string> entities;
  Span span;
};

struct SentenceTrace {
  int index = 0;
  Span span;
  std::vector<MentionTrace> mentions;
  std::vector<CueTrace> cues;
  std::vector<CandidateTrace> candidates;
  // What the dictionaries miss or have outlived (dyad actors).
  std::vector<GapTrace> gaps;
  std::vector<StaleTrace> stale;
  std::vector<AmbiguousTrace> ambiguous;
};

struct ParagraphTrace {
  Span span;
  Block block = Block::kBody;
};

struct DocumentTrace {
  std::string date;  // the date used for validity checks and evidence
  std::vector<ParagraphTrace> paragraphs;
  std::vector<SentenceTrace> sentences;  // body sentences only
};

class Extractor {
 public:
  // Compiles the pack's aliases, patterns and cues. Returns nullptr and adds
  // diagnostics if a pattern does not compile (the loader normally caught it).
  static std::unique_ptr<Extractor> Create(RulePack pack, Diagnostics* diagnostics);
  ~Extractor();

  // Every relation mention with a source and a target, asserted or not, in
  // document order. Thread-safe: one Extractor may serve many threads.
  std::vector<Evidence> Extract(const Document& document) const;

  // Everything the extractor saw and decided, for rule authors.
  DocumentTrace Explain(const Document& document) const;

  const RulePack& pack() const;

 private:
  struct Impl;
  explicit Extractor(std::unique_ptr<Impl> impl);
  // This thread's matcher for this extractor, reset for a new document.
  SentenceMatcher& Matcher() const;
  std::unique_ptr<Impl> impl_;
};

// The date a document's evidence counts from: its metadata date, else its dateline.
std::string DocumentDate(const Document& document, const std::vector<Paragraph>& paragraphs);

}  // namespace dyad::extract
