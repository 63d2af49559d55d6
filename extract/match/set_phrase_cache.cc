#include "extract/match/set_phrase_cache.h"

#include <algorithm>
#include <string>

namespace dyad::extract {

void SetPhraseCache::Reset(std::size_t tokens) {
  range_.assign(tokens, {kUnknown, 0});
  hits_.clear();
}

std::pair<const SetPhraseCache::Hit*, const SetPhraseCache::Hit*> SetPhraseCache::At(
    const PhraseSets& sets, const std::vector<Token>& tokens, std::size_t pos) const {
  auto& range = range_[pos];
  if (range.first == kUnknown) {
    range.first = static_cast<std::uint32_t>(hits_.size());
    if (tokens[pos].is_word) {
      sets.phrases().All(tokens, pos, tokens.size(), &scratch_);
      for (const auto& [len, payloads] : scratch_) {
        hits_.push_back({static_cast<std::uint32_t>(len), payloads->front()});
      }
    }
    range.second = static_cast<std::uint32_t>(hits_.size());
  }
  return {hits_.data() + range.first, hits_.data() + range.second};
}

std::size_t SetPhraseCache::SetEnd(const PhraseSets& sets, const std::vector<Token>& tokens, std::int32_t set,
                                   std::size_t pos) const {
  const auto [first, last] = At(sets, tokens, pos);
  const auto& members = sets.members(static_cast<std::size_t>(set));
  for (const Hit* hit = last; hit != first;) {
    --hit;
    if (std::binary_search(members.begin(), members.end(), hit->phrase)) return pos + hit->len;
  }
  return std::string::npos;
}

}  // namespace dyad::extract
