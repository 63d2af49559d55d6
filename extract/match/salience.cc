#include "extract/match/salience.h"

namespace dyad::extract {

void PairTally::AddList(const std::vector<std::uint32_t>& states, bool in_title) {
  const std::size_t weight = in_title ? 2 : 1;
  for (std::size_t i = 0; i < states.size(); ++i) {
    for (std::size_t j = i + 1; j < states.size(); ++j) {
      bool found = false;
      for (Pair& p : pairs_) {
        if ((p.a == states[i] && p.b == states[j]) || (p.a == states[j] && p.b == states[i])) {
          p.count += weight;
          found = true;
          break;
        }
      }
      if (!found) pairs_.push_back({states[i], states[j], weight});
    }
  }
}

std::vector<std::uint32_t> PairTally::Best() const {
  const Pair* best = nullptr;
  for (const Pair& p : pairs_) {
    if (best == nullptr || p.count > best->count) best = &p;
  }
  if (best == nullptr) return {};
  return {best->a, best->b};
}

}  // namespace dyad::extract
