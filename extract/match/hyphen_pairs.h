#pragma once
// Internal to the sentence matcher: pairs of states written as one
// hyphenated word. "US-China talks", "Sino-Peruvian", "les négociations
// sino-péruviennes", "las conversaciones chino-peruanas" name the two states
// as "China and Peru" would: a list, which the noun of a symmetric
// "talks between {S}" cue it stands on relates. The SentenceMatcher members
// that use these (AddCombiningForms, FindPairNounMatches) are defined in
// hyphen_pairs.cc.
#include <cstddef>
#include <vector>

#include "extract/text.h"

namespace dyad::extract {

// Whether tokens[k] is a hyphen (or an en dash) written tight between two
// words: "US-China", not "Peru - Chile" nor a dash opening an aside.
bool TightHyphenAt(const std::vector<Token> &tokens, std::size_t k);

} // namespace dyad::extract
