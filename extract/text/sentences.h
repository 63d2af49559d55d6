#pragma once
// Sentences of a paragraph.
#include <string_view>
#include <vector>

#include "extract/text/segment.h"

namespace dyad::extract {

// Splits the paragraph [span) of text into sentences, not breaking after
// abbreviations (U.S., Gen., Dr., Jan., D.C., Mr., Sr., etc.), initials,
// decimal numbers or inside quotes that continue the sentence. Spans exclude
// surrounding white space.
std::vector<Span> SplitSentences(std::string_view text, Span paragraph);
// The same, appended to *out (which a caller may reuse).
void SplitSentences(std::string_view text, Span paragraph, std::vector<Span>* out);

}  // namespace dyad::extract
