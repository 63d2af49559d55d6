#pragma once
// Internal to the sentence matcher: reported speech. "According to Peru,
// Chile attacked Bolivia" is Chile's attack, told by Peru: the words of an
// attribution name a speaker, no participant. "The US claimed that ISIL had
// attacked Iraq" is no US attack: a verb of saying opens a clause with its
// own subject, and the subject of a cue inside it is not looked for before.
#include <cstddef>
#include <utility>
#include <vector>

#include "extract/match/matcher.h"
#include "extract/text.h"

namespace dyad::extract {

// The token ranges [begin, end) of the sentence's attributions: from the
// phrase ("according to", "selon", "según") to the next comma or clause
// boundary, or the sentence's end.
void FindAttributions(const PhraseIndex& attribution, const std::vector<Token>& tokens,
                      std::vector<std::pair<std::size_t, std::size_t>>* out);

// Per token position j (0 to tokens.size()): 1 if a reporting phrase ("said
// that", "a affirmé que", "dijo que") ends right before token j.
void FindReportingEnds(const PhraseIndex& reporting, const std::vector<Token>& tokens, std::vector<char>* out);

}  // namespace dyad::extract
