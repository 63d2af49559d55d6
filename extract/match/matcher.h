#pragma once
// Internal to the extractor: a phrase dictionary over folded word tokens.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/text.h"

namespace dyad::extract {

// Maps phrases (sequences of folded tokens) to payloads and finds the longest
// phrase starting at a token. Whole-word by construction.
class PhraseIndex {
 public:
  // Adds a phrase given as folded tokens joined by single spaces (FoldPhrase).
  void Add(const std::string& folded_phrase, std::uint32_t payload);

  // The longest phrase starting at tokens[i] (at most `limit` tokens, to stop at a
  // sentence end): its length in tokens (0 if none) and its payloads.
  // Inline: it runs on nearly every token of a sentence, and nearly all miss
  // at the first slot.
  std::size_t Longest(const std::vector<Token>& tokens, std::size_t i, std::size_t limit,
                      const std::vector<std::uint32_t>** payloads) const {
    const Group* group = Find(tokens[i]);
    return group == nullptr ? 0 : LongestIn(*group, tokens, i, limit, payloads);
  }

  // Every phrase starting at tokens[i] (any length), shortest first.
  void All(const std::vector<Token>& tokens, std::size_t i, std::size_t limit,
           std::vector<std::pair<std::size_t, const std::vector<std::uint32_t>*>>* out) const;

  bool empty() const { return groups_.empty(); }

 private:
  struct Entry {
    std::vector<std::string> rest;          // tokens after the first
    std::vector<std::uint64_t> rest_hashes; // their TokenHash, compared first
    std::vector<std::uint32_t> payloads;
  };
  // The phrases sharing a first token, longest first.
  struct Group {
    std::string first;
    std::uint64_t hash = 0;  // TokenHash(first)
    std::vector<Entry> entries;
  };
  // Nearly every token of every sentence is looked up, and nearly all miss:
  // an open-addressing table keyed by the hash the tokenizer already took
  // answers most of them from one slot, without hashing or comparing text.
  struct Slot {
    std::uint32_t tag = 0;  // the hash's high half (its low bits pick the slot)
    std::uint32_t group = kNoGroup;
  };
  static constexpr std::uint32_t kNoGroup = UINT32_MAX;
  static std::uint32_t Tag(std::uint64_t hash) { return static_cast<std::uint32_t>(hash >> 32); }

  const Group* Find(const Token& token) const {
    if (slots_.empty()) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = token.hash & mask;; at = (at + 1) & mask) {
      const Slot& slot = slots_[at];
      if (slot.group == kNoGroup) return nullptr;
      if (slot.tag == Tag(token.hash) && groups_[slot.group].first == token.folded) {
        return &groups_[slot.group];
      }
    }
  }
  // Longest, once the group of phrases starting with tokens[i] is found.
  std::size_t LongestIn(const Group& group, const std::vector<Token>& tokens, std::size_t i, std::size_t limit,
                        const std::vector<std::uint32_t>** payloads) const;
  Group* FindOrAdd(const std::string& first);
  void Grow();
  bool Matches(const Entry& e, const std::vector<Token>& tokens, std::size_t i, std::size_t limit) const;

  std::vector<Group> groups_;
  std::vector<Slot> slots_;  // linear probing; a power of two, at most a quarter full
};

}  // namespace dyad::extract
