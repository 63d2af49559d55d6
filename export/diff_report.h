#pragma once
// A GraphDiff as people and programs read it.
#include <ostream>

#include "graph/diff.h"

namespace dyad::exporters {

// The "format" value of a diff document.
inline constexpr const char* kDiffFormat = "dyad-diff/1";

// A readable summary: counts of documents, nodes, edges and evidence added,
// removed and changed, then one line per change ("+ CHN VISIT PER: weight 1",
// "~ CHN MEET PER: weight 1 -> 2") with the evidence that came or went
// (date or "undated", document, sentence and url) indented below it. Text
// from articles has its control characters replaced by spaces. Deterministic.
void WriteDiffText(const graph::GraphDiff& diff, std::ostream& out);

// The same as pretty-printed JSON, keys in a fixed order, lists in canonical
// order: {"format", "summary", "documents": {"added", "removed"}, "nodes":
// [{"id", "status", "changed", "before", "after"}], "edges": [{"source",
// "relation", "target", "status", "changed", "before", "after",
// "evidence_added", "evidence_removed"}]}; "before"/"after" are null where
// the element is absent. Evidence objects are those of dyad's graph JSON.
void WriteDiffJson(const graph::GraphDiff& diff, std::ostream& out);

}  // namespace dyad::exporters
