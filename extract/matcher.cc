#include "extract/matcher.h"

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

void PhraseIndex::Add(const std::string& folded_phrase, std::uint32_t payload) {
  std::vector<std::string> words = SplitSpaces(folded_phrase);
  if (words.empty()) return;
  auto found = by_first_.find(words[0]);
  if (found == by_first_.end()) {
    first_words_.push_back(words[0]);
    found = by_first_.emplace(first_words_.back(), std::vector<Entry>{}).first;
  }
  std::vector<Entry>& entries = found->second;
  std::vector<std::string> rest(words.begin() + 1, words.end());
  for (Entry& e : entries) {
    if (e.rest == rest) {
      if (std::find(e.payloads.begin(), e.payloads.end(), payload) == e.payloads.end()) {
        e.payloads.push_back(payload);
      }
      return;
    }
  }
  auto pos = std::find_if(entries.begin(), entries.end(),
                          [&](const Entry& e) { return e.rest.size() < rest.size(); });
  entries.insert(pos, Entry{std::move(rest), {payload}});
}

bool PhraseIndex::Matches(const Entry& e, const std::vector<Token>& tokens, std::size_t i,
                          std::size_t limit) const {
  if (i + 1 + e.rest.size() > limit) return false;
  for (std::size_t k = 0; k < e.rest.size(); ++k) {
    if (tokens[i + 1 + k].folded != e.rest[k]) return false;
  }
  return true;
}

std::size_t PhraseIndex::Longest(const std::vector<Token>& tokens, std::size_t i, std::size_t limit,
                                 const std::vector<std::uint32_t>** payloads) const {
  auto it = by_first_.find(tokens[i].folded);
  if (it == by_first_.end()) return 0;
  for (const Entry& e : it->second) {  // longest first
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
  auto it = by_first_.find(tokens[i].folded);
  if (it == by_first_.end()) return;
  for (auto e = it->second.rbegin(); e != it->second.rend(); ++e) {
    if (Matches(*e, tokens, i, limit)) out->emplace_back(1 + e->rest.size(), &e->payloads);
  }
}

}  // namespace dyad::extract
