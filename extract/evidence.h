#pragma once
// One relation mention found in one sentence: the unit of provenance.
#include <cstdint>
#include <string>

#include "extract/text/segment.h"
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

// A byte range of an article as a record keeps it: 32-bit offsets, half a
// Span's size (a graph holds millions of records; an article is at most
// 4 GiB - 1 bytes, as --max-doc-size allows).
struct TextSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  TextSpan() = default;
  constexpr TextSpan(std::uint32_t b, std::uint32_t e) : begin(b), end(e) {}
  TextSpan(const Span& s)  // NOLINT: implicit, offsets of one article
      : begin(static_cast<std::uint32_t>(s.begin)), end(static_cast<std::uint32_t>(s.end)) {}
  operator Span() const { return {begin, end}; }  // NOLINT
  bool operator==(const TextSpan& o) const { return begin == o.begin && end == o.end; }
};

struct Evidence {
  // The strings but the sentence's are shared: a document's records share
  // its id, title, URL and date, a sentence's records its event date, and a
  // thread's records the texts of the pack's entity ids, relation ids,
  // modality words and rule locations. A graph holds millions of records.
  // (Sentences are rarely shared: one record each.)
  // The document.
  SharedText doc_id;
  SharedText doc_title;
  SharedText doc_url;
  SharedText doc_date;     // article date (metadata or dateline), ISO or ""
  SharedText event_date;   // explicit date in the sentence ("in 2009"), ISO or ""

  // The sentence.
  int sentence_index = 0;  // 0-based among the document's body sentences
  Modality modality = Modality::kAsserted;  // of the relation, below
  std::string sentence;
  TextSpan sentence_span;

  // The relation. Source and target are entity ids of the rule pack.
  SharedText source;
  SharedText target;
  SharedText relation;
  TextSpan source_span;
  TextSpan target_span;
  TextSpan cue_span;
  SharedText modality_word;   // the word that set a non-asserted modality
  SharedText rule;            // "rules/relations/visit.yaml:14:9" (the cue's location)

  // The date an edge counts from: event date, else document date.
  const std::string& Date() const { return (event_date.empty() ? doc_date : event_date).str(); }
};

}  // namespace dyad::extract
