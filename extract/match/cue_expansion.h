#pragma once
// Internal to rule compilation: a cue's words, with their lemmas and word
// classes, as the tokens the matcher compares. A lemma ("<meet>") or a class
// ("&weapon") becomes one token standing for a set of phrases: its forms or
// members, of one word or several ("met", "took part", "cruise missile").
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "extract/match/matcher.h"
#include "extract/rules/rules.h"

namespace dyad::extract {

// What a phrase of a lemma's set is: a form read as it stands, an infinitive
// (an act only under a frame word) or a simple future (an announced act).
// kPlainOrFuture: both once accents are folded (Spanish "firmara", "firmará"):
// the text's accent tells them apart.
enum class FormKind : std::uint8_t { kPlain, kInfinitive, kFuture, kPlainOrFuture };

// One token of a compiled cue part: a literal folded word, or any phrase of a set.
struct CueToken {
  std::string word;       // the folded word, or "<lemma>" / "&class" for a set
  std::int32_t set = -1;  // index into PhraseSets, -1 for a literal
};

// The sets of folded phrases lemmas and classes stand for, interned: equal
// sets share an index, and every phrase has one id across all sets.
class PhraseSets {
 public:
  // Every phrase of every set, payload its phrase id: what the matcher looks text up by.
  const PhraseIndex& phrases() const { return index_; }
  std::size_t phrase_count() const { return phrases_.size(); }
  const std::string& phrase(std::uint32_t id) const { return phrases_[id]; }
  // Sorted phrase ids of set s, and the most tokens one of them has.
  const std::vector<std::uint32_t>& members(std::size_t s) const { return sets_[s].members; }
  // The kind of set s's k-th member.
  FormKind kind(std::size_t s, std::size_t k) const {
    return sets_[s].kinds.empty() ? FormKind::kPlain : sets_[s].kinds[k];
  }
  std::size_t max_tokens(std::size_t s) const { return sets_[s].max_tokens; }
  std::size_t size() const { return sets_.size(); }

  // kinds: per phrase, or empty where all are plain. A phrase given twice
  // keeps its plainest kind.
  std::int32_t Intern(const std::vector<std::string>& folded_phrases, const std::vector<FormKind>& kinds = {});
  // The set a lemma or class of one language compiled to, by "lang <lemma>"
  // or "lang &class": most are named by many cues.
  std::map<std::string, std::int32_t>& compiled_items() { return items_; }

 private:
  struct Set {
    std::vector<std::uint32_t> members;
    std::vector<FormKind> kinds;  // by member; empty if all are plain
    std::size_t max_tokens = 1;
  };
  PhraseIndex index_;
  std::map<std::string, std::uint32_t> ids_;
  std::vector<std::string> phrases_;  // by id
  std::vector<Set> sets_;
  std::map<std::pair<std::vector<std::uint32_t>, std::vector<FormKind>>, std::int32_t> interned_;
  std::map<std::string, std::int32_t> items_;
};

// A cue's words part as tokens; false if it names a lemma or class the pack
// lacks (the loader has reported it).
bool CompileWords(const RulePack& pack, const std::string& lang, const std::string& words, PhraseSets* sets,
                  std::vector<CueToken>* out);

}  // namespace dyad::extract
