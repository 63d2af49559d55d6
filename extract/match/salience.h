#pragma once
// Internal to the sentence matcher: which two states an article is about so
// far, for "the two countries", "les deux pays", "ambos países". Not merely
// the last two named: "Turkey hosted talks between Russian and Ukrainian
// delegations. The two sides agreed ..." means Russia and Ukraine, and a
// report on Chile and Peru that lists Guyana and Brazil in passing still
// means Chile and Peru. The pair is the one most often listed together
// ("A and B", "A, B and C"), a title's lists counting double.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace dyad::extract {

class PairTally {
 public:
  void Clear() { pairs_.clear(); }
  // One list of distinct states (entity indices), in order of mention.
  void AddList(const std::vector<std::uint32_t>& states, bool in_title);
  // The pair listed together most often, ties going to the one listed
  // first, in the order first listed; empty if no list named two states.
  std::vector<std::uint32_t> Best() const;

 private:
  struct Pair {
    std::uint32_t a, b;  // as first listed
    std::size_t count;
  };
  std::vector<Pair> pairs_;  // in order of first listing
};

}  // namespace dyad::extract
