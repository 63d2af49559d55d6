#pragma once
// Internal to the extractor: a phrase dictionary over folded word tokens.
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/text.h"

namespace dyad::extract {

// Maps phrases (sequences of folded tokens) to payloads and finds the longest
// phrase starting at a token. Whole-word by construction.
class PhraseIndex {
 public:
  PhraseIndex() = default;
  PhraseIndex(const PhraseIndex&) = delete;  // keys view into first_words_
  PhraseIndex& operator=(const PhraseIndex&) = delete;
  PhraseIndex(PhraseIndex&&) = default;      // a deque's strings keep their addresses
  PhraseIndex& operator=(PhraseIndex&&) = default;

  // Adds a phrase given as folded tokens joined by single spaces (FoldPhrase).
  void Add(const std::string& folded_phrase, std::uint32_t payload);

  // The longest phrase starting at tokens[i] (at most `limit` tokens, to stop at a
  // sentence end): its length in tokens (0 if none) and its payloads.
  std::size_t Longest(const std::vector<Token>& tokens, std::size_t i, std::size_t limit,
                      const std::vector<std::uint32_t>** payloads) const;

  // Every phrase starting at tokens[i] (any length), shortest first.
  void All(const std::vector<Token>& tokens, std::size_t i, std::size_t limit,
           std::vector<std::pair<std::size_t, const std::vector<std::uint32_t>*>>* out) const;

  bool empty() const { return by_first_.empty(); }

 private:
  struct Entry {
    std::vector<std::string> rest;  // tokens after the first
    std::vector<std::uint32_t> payloads;
  };
  bool Matches(const Entry& e, const std::vector<Token>& tokens, std::size_t i, std::size_t limit) const;
  // Keys view into first_words_ (a deque: its strings never move), so a
  // lookup takes the token's string_view without building a string.
  std::deque<std::string> first_words_;
  std::unordered_map<std::string_view, std::vector<Entry>> by_first_;  // longest first
};

}  // namespace dyad::extract
