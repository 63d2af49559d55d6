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
                                   std::size_t pos, Governed governed, FormKind* kind) const {
  const auto [first, last] = At(sets, tokens, pos);
  const auto s = static_cast<std::size_t>(set);
  const auto& members = sets.members(s);
  for (const Hit* hit = last; hit != first;) {
    --hit;
    const auto at = std::lower_bound(members.begin(), members.end(), hit->phrase);
    if (at == members.end() || *at != hit->phrase) continue;
    const FormKind k = sets.kind(s, static_cast<std::size_t>(at - members.begin()));
    if (k == FormKind::kInfinitive && governed == Governed::kNo) continue;
    if (kind != nullptr) *kind = k;
    return pos + hit->len;
  }
  return std::string::npos;
}

}  // namespace dyad::extract
