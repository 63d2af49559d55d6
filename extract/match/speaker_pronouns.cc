#include "extract/match/sentence_matcher.h"

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
// such pronoun.
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
  return g;
}

}  // namespace dyad::extract
