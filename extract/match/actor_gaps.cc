#include "extract/match/sentence_matcher.h"

#include <algorithm>

#include "extract/match/word_classes.h"
#include "extract/text/dates.h"

// SentenceMatcher, part seven: for `dyad actors unknown`, the phrases that
// stand in a matched cue's empty slot and name no actor. Read only when a
// sentence is traced; the records are made as if this file did not exist.
namespace dyad::extract {
namespace {

using words::Is;

// What a token can be in a gap phrase.
enum PhraseToken : char {
  kNone = 0,
  kCapital = 'c',  // a capitalised word: part of a name
  kRole = 'r',     // inside a role or agent noun (rules/roles.yaml, rules/agents/)
  kJoin = 'j',     // "of", "de", "del": only between two of the above ("Bank of Lima")
};

bool InPhrase(char c) { return c == kCapital || c == kRole; }

// What may stand between a verb and its object's first word.
bool BeforeObject(const Token& t) {
  static constexpr std::string_view kWords[] = {"to",  "with", "on",  "against", "by",  "from", "à",  "a",
                                                "avec", "con", "par", "por",     "sur", "contre", "contra"};
  return words::IsDeterminer(t) || Is(t, kWords);
}

}  // namespace

// Per token: kCapital, kRole, kJoin or kNone. A known actor's words (its
// group and actor phrase), a speaker's and a stale name's are kNone.
std::vector<char> SentenceMatcher::PhraseTokens() const {
  const std::size_t n = tokens_.size();
  std::vector<char> kind(n, kNone);
  for (std::size_t i = 0; i < n; ++i) {
    const Token& t = tokens_[i];
    if (!t.is_word) continue;
    if (words::IsOfWord(t) || t.folded == "of") {
      kind[i] = kJoin;
    } else if (t.capitalized && !words::IsDeterminer(t) && !words::IsPronoun(t) && !words::IsNumber(t) &&
               !IsDateWord(t.folded)) {
      kind[i] = kCapital;
    }
  }
  for (std::size_t i = 0; i < n; ++i) {
    const std::vector<std::uint32_t>* payloads = nullptr;
    const std::size_t len = tokens_[i].is_word ? rules_.roles.Longest(tokens_, i, n, &payloads) : 0;
    for (std::size_t k = i; k < i + len; ++k) kind[k] = kRole;
    if (len > 0) i += len - 1;
  }
  auto clear = [&](std::size_t tb, std::size_t te) {
    for (std::size_t k = tb; k < te && k < n; ++k) kind[k] = kNone;
  };
  for (const Group& g : groups_) clear(g.tb, std::max(g.te, g.pe));
  for (const Mention& m : speakers_) clear(m.tb, std::max(m.te, m.pe));
  // A name of an entity past its window is the stale report's, not unknown.
  for (const StaleTrace& st : trace_->stale) {
    for (std::size_t k = 0; k < n; ++k) {
      if (tokens_[k].begin >= st.span.begin && tokens_[k].end <= st.span.end) kind[k] = kNone;
    }
  }
  return kind;
}

// The phrase right of token `from` (past a preposition and determiners) or
// ending at it (leftwards, past auxiliaries and adverbs). *name: it holds a
// capitalised word that is no role noun. A lone capital opening the
// sentence says nothing ("Officials met"), unless it is a role noun.
bool SentenceMatcher::GapPhrase(const std::vector<char>& phrase, std::size_t from, bool leftwards, Span* span,
                                bool* name) const {
  const std::size_t n = tokens_.size();
  std::size_t b = 0, e = 0;  // the phrase's tokens [b, e)
  if (leftwards) {
    std::size_t j = from;
    for (int skipped = 0; j > 0 && skipped < 3 && !InPhrase(phrase[j - 1]); ++skipped, --j) {
      const Token& t = tokens_[j - 1];
      if (!t.is_word || t.capitalized || !(words::IsSubjectVerbFiller(t) || words::IsVerbFiller(t))) return false;
    }
    if (j == 0 || !InPhrase(phrase[j - 1])) return false;
    e = j;
    b = j - 1;
    while (b > 0 && (InPhrase(phrase[b - 1]) || (phrase[b - 1] == kJoin && b > 1 && InPhrase(phrase[b - 2])))) --b;
  } else {
    std::size_t j = from;
    for (int skipped = 0; j < n && skipped < 3 && !InPhrase(phrase[j]) && BeforeObject(tokens_[j]); ++skipped) ++j;
    if (j >= n || !InPhrase(phrase[j])) return false;
    b = j;
    e = j + 1;
    while (e < n && (InPhrase(phrase[e]) || (phrase[e] == kJoin && e + 1 < n && InPhrase(phrase[e + 1])))) ++e;
  }
  *name = false;
  for (std::size_t k = b; k < e; ++k) *name = *name || phrase[k] == kCapital;
  if (b == 0 && e == 1 && phrase[0] == kCapital) return false;
  *span = {tokens_[b].begin, tokens_[e - 1].end};
  return true;
}

void SentenceMatcher::TraceGaps() {
  std::vector<char> phrase;
  for (const Match& m : matches_) {
    if (m.passive || m.elided_patient || m.object_clitic || (m.source >= 0 && m.target >= 0)) continue;
    const CompiledCue& cue = *m.cue;
    const Relation& relation = rules_.pack.relations[cue.relation];
    // "Peru and Chile signed": a list on one side of a symmetric cue is whole.
    const int filled = m.source >= 0 ? m.source : m.target;
    if (relation.direction == Direction::kSymmetric && filled >= 0 && groups_[filled].members.size() >= 2) continue;
    if (phrase.empty()) phrase = PhraseTokens();
    auto add = [&](CuePart::Kind slot, std::size_t from, bool leftwards) {
      Span span;
      bool name = false;
      if (!GapPhrase(phrase, from, leftwards, &span, &name)) return;
      for (const GapTrace& g : trace_->gaps) {
        if (g.span.begin == span.begin && g.span.end == span.end) return;
      }
      trace_->gaps.push_back({relation.id, slot == CuePart::Kind::kSource ? "source" : "target",
                              name ? "name" : "role", span});
    };
    auto empty = [&](CuePart::Kind slot) {
      return slot == CuePart::Kind::kSource ? m.source < 0 && !m.inherit_source : m.target < 0;
    };
    // A slot right before the anchor: "{S} met ..."
    const CuePart::Kind front = cue.parts.front().kind;
    if (front != CuePart::Kind::kWords && cue.anchor == 1 && empty(front)) add(front, m.anchor_tb, true);
    // The last slot after the anchor and the words between: "... visited {T}", "... talks with {T}".
    const CuePart::Kind back = cue.parts.back().kind;
    if (back == CuePart::Kind::kWords || cue.parts.size() - 1 <= cue.anchor || !empty(back)) continue;
    std::size_t pos = m.anchor_te;
    for (std::size_t p = cue.anchor + 1; p + 1 < cue.parts.size() && pos != std::string::npos; ++p) {
      const CompiledPart& part = cue.parts[p];
      if (part.kind != CuePart::Kind::kWords) {
        pos = std::string::npos;  // a slot between: its actor placed the words after it
        break;
      }
      const std::size_t max_gap = part.after_gap ? kPhraseGap : kWordsGap;
      std::size_t end = std::string::npos;
      for (std::size_t g = 0; g <= max_gap && end == std::string::npos; ++g) end = PartEnd(part, pos + g);
      pos = end;
    }
    if (pos != std::string::npos) add(back, pos, false);
  }
}

}  // namespace dyad::extract
