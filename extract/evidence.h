#pragma once
// One relation mention found in one sentence: the unit of provenance.
#include <string>

#include "extract/segment.h"
#include "extract/shared_text.h"

namespace dyad::extract {

enum class Modality {
  kAsserted,  // makes an edge
  kNegated,   // "did not sign", "n'a pas signé", "no firmó"
  kHedged,    // "could boost", "is expected to", "pourrait", "podría"
  kDenied,    // "denied visiting", "a démenti", "negó"
};

const char* ModalityName(Modality m);  // "asserted", "negated", "hedged", "denied"
bool ParseModality(const std::string& name, Modality* out);

struct Evidence {
  // The document.
  SharedText doc_id;     // shared by the article's records
  SharedText doc_title;  // shared by the article's records
  SharedText doc_url;
  std::string doc_date;    // article date (metadata or dateline), ISO or ""
  std::string event_date;  // explicit date in the sentence ("in 2009"), ISO or ""

  // The sentence.
  int sentence_index = 0;  // 0-based among the document's body sentences
  std::string sentence;
  Span sentence_span;

  // The relation. Source and target are entity ids of the rule pack.
  std::string source;
  std::string target;
  std::string relation;
  Span source_span;
  Span target_span;
  Span cue_span;
  Modality modality = Modality::kAsserted;
  std::string modality_word;  // the word that set a non-asserted modality
  SharedText rule;           // "rules/relations/visit.yaml:14:9" (the cue's location), shared by its records

  // The date an edge counts from: event date, else document date.
  const std::string& Date() const { return event_date.empty() ? doc_date : event_date; }
};

}  // namespace dyad::extract
