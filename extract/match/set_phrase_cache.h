#pragma once
// Internal to the sentence matcher: the set phrases (lemma forms, class
// members) starting at each token of a sentence, looked up once per
// sentence on first use. A verb's lemma is the anchor of hundreds of
// converted cues, and each would otherwise look its forms up again.
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "extract/match/cue_expansion.h"
#include "extract/text.h"

namespace dyad::extract {

// Whether a frame word governs the words read ("va signer", "se negó a reunirse").
enum class Governed { kNo, kYes };

class SetPhraseCache {
 public:
  struct Hit {
    std::uint32_t len;     // tokens
    std::uint32_t phrase;  // PhraseSets phrase id
  };

  // Forgets the previous sentence; the next one has `tokens` tokens.
  void Reset(std::size_t tokens);

  // The set phrases starting at token pos, shortest first.
  std::pair<const Hit*, const Hit*> At(const PhraseSets& sets, const std::vector<Token>& tokens,
                                       std::size_t pos) const;

  // The end of the longest phrase of set `set` that starts at pos, or npos;
  // an infinitive only where a frame word governs pos. *kind, if given, is
  // the phrase's.
  std::size_t SetEnd(const PhraseSets& sets, const std::vector<Token>& tokens, std::int32_t set, std::size_t pos,
                     Governed governed = Governed::kNo, FormKind* kind = nullptr) const;

 private:
  // Per token: its range in hits_, begin kUnknown until looked up.
  static constexpr std::uint32_t kUnknown = UINT32_MAX;
  mutable std::vector<std::pair<std::uint32_t, std::uint32_t>> range_;
  mutable std::vector<Hit> hits_;
  mutable std::vector<std::pair<std::size_t, const std::vector<std::uint32_t>*>> scratch_;
};

}  // namespace dyad::extract
