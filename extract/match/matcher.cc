#include "extract/match/matcher.h"

#include <algorithm>

namespace dyad::extract {
namespace {

std::vector<std::string> SplitSpaces(const std::string& s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    if (j > i) out.emplace_back(s, i, j - i);
    i = j + 1;
  }
  return out;
}

}  // namespace

void PhraseIndex::Grow() {
  std::vector<Slot> slots(std::max<std::size_t>(64, slots_.size() * 2));
  const std::size_t mask = slots.size() - 1;
  for (std::uint32_t g = 0; g < groups_.size(); ++g) {
    std::size_t at = groups_[g].hash & mask;
    while (slots[at].group != kNoGroup) at = (at + 1) & mask;
    slots[at] = {Tag(groups_[g].hash), g};
  }
  slots_ = std::move(slots);
}

PhraseIndex::Group* PhraseIndex::FindOrAdd(const std::string& first) {
  Token key;
  key.folded = first;
  key.hash = TokenHash(first);
  if (const Group* found = Find(key)) return &groups_[found - groups_.data()];
  groups_.push_back({first, key.hash, {}});
  if (4 * groups_.size() > slots_.size()) {
    Grow();
  } else {
    const std::size_t mask = slots_.size() - 1;
    std::size_t at = key.hash & mask;
    while (slots_[at].group != kNoGroup) at = (at + 1) & mask;
    slots_[at] = {Tag(key.hash), static_cast<std::uint32_t>(groups_.size() - 1)};
  }
  return &groups_.back();
}

void PhraseIndex::Add(const std::string& folded_phrase, std::uint32_t payload) {
  std::vector<std::string> words = SplitSpaces(folded_phrase);
  if (words.empty()) return;
  std::vector<Entry>& entries = FindOrAdd(words[0])->entries;
  std::vector<std::string> rest(words.begin() + 1, words.end());
  for (Entry& e : entries) {
    if (e.rest == rest) {
      if (std::find(e.payloads.begin(), e.payloads.end(), payload) == e.payloads.end()) {
        e.payloads.push_back(payload);
      }
      return;
    }
  }
  std::vector<std::uint64_t> hashes;
  for (const std::string& w : rest) hashes.push_back(TokenHash(w));
  auto pos = std::find_if(entries.begin(), entries.end(),
                          [&](const Entry& e) { return e.rest.size() < rest.size(); });
  entries.insert(pos, Entry{std::move(rest), std::move(hashes), {payload}});
}

bool PhraseIndex::Matches(const Entry& e, const std::vector<Token>& tokens, std::size_t i,
                          std::size_t limit) const {
  if (i + 1 + e.rest.size() > limit) return false;
  for (std::size_t k = 0; k < e.rest.size(); ++k) {
    const Token& t = tokens[i + 1 + k];
    if (t.hash != e.rest_hashes[k] || t.folded != e.rest[k]) return false;
  }
  return true;
}

std::size_t PhraseIndex::LongestIn(const Group& group, const std::vector<Token>& tokens, std::size_t i,
                                   std::size_t limit, const std::vector<std::uint32_t>** payloads) const {
  for (const Entry& e : group.entries) {  // longest first
    if (Matches(e, tokens, i, limit)) {
      *payloads = &e.payloads;
      return 1 + e.rest.size();
    }
  }
  return 0;
}

void PhraseIndex::All(const std::vector<Token>& tokens, std::size_t i, std::size_t limit,
                      std::vector<std::pair<std::size_t, const std::vector<std::uint32_t>*>>* out) const {
  out->clear();
  const Group* group = Find(tokens[i]);
  if (group == nullptr) return;
  for (auto e = group->entries.rbegin(); e != group->entries.rend(); ++e) {
    if (Matches(*e, tokens, i, limit)) out->emplace_back(1 + e->rest.size(), &e->payloads);
  }
}

}  // namespace dyad::extract
