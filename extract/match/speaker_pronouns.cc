#include "extract/match/sentence_matcher.h"

#include <algorithm>

#include "extract/match/word_classes.h"

// SentenceMatcher, part seven: the subject pronoun of a reported clause is
// its speaker. "Syria says it is willing to withdraw", "The U.S. said it
// would not meet", "Palestinian leaders said they would boycott", "La France
// a affirmé qu'elle enverra": wire copy reports a state's own acts this way,
// and the pronoun stands for the actor right before the verb of saying.
namespace dyad::extract {

using words::Is;

namespace {

// "it" is a subject here: after a verb of saying it is rarely the dummy of
// "it is raining".
bool IsReportedSubject(const Token& t) {
  static constexpr std::string_view kIt[] = {"it"};
  return words::IsPronoun(t) || Is(t, kIt);
}

}  // namespace

// The group that a subject pronoun at token k stands for: the one right
// before the verb of saying ("that"/"que" between them allowed), past
// auxiliaries and adverbs ("has also said", "a déclaré"); -1 if k is no
// such pronoun, kOtherSpeaker if it is one that cannot stand for that group.
int SentenceMatcher::SpeakerOfPronoun(std::size_t k) const {
  static constexpr std::string_view kThat[] = {"that", "que", "qu'"};
  if (k >= tokens_.size() || !IsReportedSubject(tokens_[k])) return -1;
  std::size_t j = k;
  if (j > 0 && Is(tokens_[j - 1], kThat)) --j;
  if (j == 0 || !words::IsSayingWord(tokens_[j - 1])) return -1;
  --j;
  // "Peru told Chile it would": the pronoun may be either; only a verb
  // whose subject is the sole candidate is read.
  std::size_t before = SkipLeft(j);
  while (before != j) {
    j = before;
    before = SkipLeft(j);
  }
  const int g = group_ending_at_[j];
  if (g < 0 || IsPlaceGroup(g)) return -1;
  // "The US claimed that they had attacked": a plural pronoun is no single
  // state's; it is a list's or a plural phrase's ("Palestinian leaders",
  // "the Israelis").
  static constexpr std::string_view kPlural[] = {"they", "ils", "elles", "ellos"};
  if (Is(tokens_[k], kPlural) && !PluralGroup(g)) return kOtherSpeaker;
  return g;
}

bool SentenceMatcher::PluralGroup(int g) const {
  const Group& group = groups_[static_cast<std::size_t>(g)];
  if (group.members.size() >= 2) return true;
  const Mention& m = mentions_[group.members.back()];
  const std::size_t end = std::max(group.te, group.pe);
  // A name ending in s is one state ("Honduras"); a demonym or a role noun so ending is many.
  return end > 0 && PluralWord(end - 1) && (end > m.te || m.kind == AliasKind::kDemonym);
}

// Whether token j reads as a plural: "Palestinians", "leaders", "Chinois"
// (not "Swiss", which is both).
bool SentenceMatcher::PluralWord(std::size_t j) const {
  const std::string_view w = tokens_[j].folded;
  return w.size() > 3 && (w.back() == 's' || w.back() == 'x') && w != "swiss";
}

}  // namespace dyad::extract
