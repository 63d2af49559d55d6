#include "extract/match/sentence_matcher.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "extract/match/word_classes.h"

// SentenceMatcher, part four: which actors a cue converted from a public
// dictionary may take. Such a cue comes with no parse, so it reads only the
// plainest shape (subject right before the verb) and gives way to a
// hand-written cue relating the same actors.
namespace dyad::extract {

using words::Is;
using words::IsSubjectVerbFiller;

// Whether a converted cue can be read at token i, before trying any: its
// actor on the left stands right before the verb, past auxiliaries and
// adverbs (ConvertedArguments), or the verb is read in the passive.
bool SentenceMatcher::ConvertedMayStartAt(std::size_t i) const {
  for (std::size_t j = i;;) {
    if (group_ending_at_[j] >= 0) return true;
    if (j > 0 && SpeakerOfPronoun(j - 1) >= 0) return true;  // "Syria says it will withdraw"
    for (std::size_t n = 1; n <= kHeadNouns && n <= j && IsHeadNoun(j - n); ++n) {
      const int g = group_ending_at_[j - n];  // "Russian aircraft killed"
      if (g >= 0 && HeadNounsEnd(g, j) == j) return true;
    }
    const std::size_t before = SkipLeft(j);
    if (before == j) break;
    j = before;
  }
  return PassiveAuxiliaryBefore(i) != std::string::npos;
}

// What may stand between a converted cue's subject and its verb, read
// leftwards from j: an auxiliary or adverb ("has", "also"), a time phrase
// ("today", "on Tuesday", "last week") or a frame ("threatened to", "will").
// Where the word before j begins, or j if it is none of these.
std::size_t SentenceMatcher::SkipLeft(std::size_t j) const {
  if (j == 0) return j;
  if (frame_ending_at_[j] >= 0 && frame_hits_[static_cast<std::size_t>(frame_ending_at_[j])].tb < j) {
    return frame_hits_[static_cast<std::size_t>(frame_ending_at_[j])].tb;
  }
  static constexpr std::string_view kDays[] = {
      "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "aujourd'hui", "hier", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
      "hoy", "ayer", "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"};
  static constexpr std::string_view kPeriods[] = {"week", "month", "year", "weekend"};
  static constexpr std::string_view kPeriodOpeners[] = {"last", "this", "earlier"};
  const Token& t = tokens_[j - 1];
  if (Is(t, kDays)) return j >= 2 && tokens_[j - 2].folded == "on" ? j - 2 : j - 1;
  if (Is(t, kPeriods) && j >= 2 && Is(tokens_[j - 2], kPeriodOpeners)) return j - 2;
  return IsSubjectVerbFiller(t) ? j - 1 : j;
}

// "Russian aircraft killed", "Israeli army bulldozers demolished", "French
// and Egyptian warships launched": the nouns a demonym or an actor's role
// modifies are the subject's head; the actor stands for them. Where the one
// or two head nouns after group g end (at limit at most), or the group's end
// if none follow.
// A state's name is no modifier: "Peru trade fell" is not Peru's act; an
// organisation's is ("Hamas fighters").
std::size_t SentenceMatcher::HeadNounsEnd(int g, std::size_t limit) const {
  const Group& group = groups_[static_cast<std::size_t>(g)];
  const Mention& last = mentions_[group.members.back()];
  const std::size_t end = std::max(group.te, group.pe);
  const bool state_name = last.kind != AliasKind::kDemonym && rules_.pack.entities[last.entity].type == "country";
  if (state_name && last.sector < 0) return end;
  std::size_t j = end;
  while (j < limit && j - end < kHeadNouns && IsHeadNoun(j)) ++j;
  return j;
}

// A word that may be a noun in a subject's head: lower case, no closed-class
// word (determiner, preposition, auxiliary, pronoun, adverb, connector), no
// verb of saying or form of a verb the rules know, and no word of an actor.
bool SentenceMatcher::IsHeadNoun(std::size_t j) const {
  const Token& t = tokens_[j];
  static constexpr std::string_view kNotNouns[] = {"of", "in", "on", "at", "to", "for", "from", "by", "with", "as",
                                                   "including", "against", "into", "over", "near", "than", "also"};
  if (!t.is_word || t.capitalized || t.folded.size() < 3 || IsBoundary(j) || group_starting_at_[j] >= 0) return false;
  if (t.folded.size() > 4 && t.folded.compare(t.folded.size() - 2, 2, "ly") == 0) return false;  // "routinely"
  // A form of a verb the rules know is the verb: "The Palestinians reject".
  for (auto [hit, last] = PhrasesAt(j); hit != last; ++hit) {
    if (rules_.verb_form[hit->phrase]) return false;
  }
  return !Is(t, kNotNouns) && !words::IsDeterminer(t) && !words::IsConnector(t) && !words::IsCoordinator(t) &&
         !words::IsConjunction(t) && !words::IsRelativePronoun(t) && !words::IsPronoun(t) &&
         !words::IsSubordinator(t) && !IsSubjectVerbFiller(t) && !words::IsPassiveAuxiliary(t) &&
         !words::IsSayingWord(t) && !reporting_end_[j + 1];
}

// Whether tokens [begin, end) are all what SkipLeft passes over.
bool SentenceMatcher::LeftWordsBetween(std::size_t begin, std::size_t end) const {
  std::size_t j = end;
  while (j > begin) {
    const std::size_t before = SkipLeft(j);
    if (before == j || before < begin) return false;
    j = before;
  }
  return true;
}

// "Peru said that Chile attacked Bolivia": a converted "{S} <say> ...
// <attack> {T}" reads its later words in the reported clause, whose own
// subject (Chile) did it. Whether tokens [begin, end) hold a verb of saying's
// end and, after it, an actor or a pronoun standing for the speaker.
bool SentenceMatcher::SkipsReportedSubject(std::size_t begin, std::size_t end) const {
  for (std::size_t j = begin + 1; j <= end; ++j) {
    if (!reporting_end_[j]) continue;
    for (std::size_t k = j; k < end; ++k) {
      if (group_starting_at_[k] >= 0) return true;
    }
  }
  // "Russia said it will attack Iraq": the pronoun is the clause's subject.
  for (std::size_t k = begin; k < end; ++k) {
    if (SpeakerOfPronoun(k) >= 0) return true;
  }
  return false;
}

// A converted cue has no parse to say which actor is its verb's subject: it
// takes the one right before the verb, past auxiliaries and adverbs only
// ("Peru has signed", not "U.S. policy could invite").
// Nor does it carry a subject over from an earlier clause ("... and could
// give", "they remain committed"): both actors are its own.
bool SentenceMatcher::ConvertedArguments(const Match& m) const {
  if (m.inherit_source || m.elided_patient || m.object_clitic || m.source < 0) return false;
  const bool symmetric = rules_.pack.relations[m.cue->relation].direction == Direction::kSymmetric;
  if (m.target < 0 && !symmetric && !ReciprocalList(m)) return false;
  const int left = m.passive ? m.target : m.source;
  if (left < 0 || groups_[left].te > m.anchor_tb) return true;  // after the verb
  // "Mexican imports", "Chinese investment", "the US-China trade war": a
  // bare demonym or a hyphenated pair right before the word is its
  // modifier, and the word a noun.
  const Mention& last = mentions_[groups_[left].members.back()];
  // "the Palestinians reached": a plural demonym is a noun, the subject.
  // (French and Spanish demonyms, adjectives or not, end in -s alike.)
  const bool noun = Lang() != "fr" && Lang() != "es" && PluralWord(last.te - 1);
  const bool modifier = (last.kind == AliasKind::kDemonym && last.pe <= last.te && !noun) || groups_[left].hyphenated;
  if (modifier && groups_[left].te == m.anchor_tb) return false;
  // "the contest between Washington and Beijing means": a noun's complement.
  static constexpr std::string_view kPairPrepositions[] = {"between", "among", "with", "entre", "avec", "con"};
  std::size_t before = groups_[left].tb;
  while (before > 0 && words::IsDeterminer(tokens_[before - 1])) --before;  // "between the United States"
  if (before > 0 && Is(tokens_[before - 1], kPairPrepositions)) return false;
  // "The Kuwaiti government has restored": past the actor's role noun.
  const std::size_t end = std::max(groups_[left].te, groups_[left].pe);
  if (LeftWordsBetween(end, m.anchor_tb)) return true;
  // "Russian aircraft killed": past the nouns a demonym modifies.
  for (std::size_t head = HeadNounsEnd(left, m.anchor_tb); head > end; --head) {
    if (LeftWordsBetween(head, m.anchor_tb)) return true;
  }
  // "Syria says it is willing to withdraw": the speaker of the pronoun before the verb.
  for (std::size_t k = end; k < m.anchor_tb; ++k) {
    if (SpeakerOfPronoun(k) == left) return LeftWordsBetween(k + 1, m.anchor_tb);
  }
  return false;
}

// "offered its troops to Lebanon", "sent 500 tons of grain to Afghanistan",
// "envió ayuda a Ecuador", "a livré des armes au Liban": the group a verb's
// object goes to, when that object is a plain noun phrase (determiners,
// counts, nouns, "of") of at most kRecipientReach words starting at pos and
// "to" follows it; -1 if there is none. Any other preposition, a verb of
// saying, a clause or an actor in the phrase ends the search: "sent troops
// into Iraq under a mandate from Spain" names no recipient.
int SentenceMatcher::RecipientAfter(std::size_t pos) const {
  static constexpr std::size_t kRecipientReach = 6;
  static constexpr std::string_view kTo[] = {"to", "a", "au", "aux"};  // folded: "à" is "a"
  static constexpr std::string_view kOf[] = {"of", "de", "d'", "du", "des", "del"};
  static constexpr std::string_view kStops[] = {"that", "which", "who", "whom", "que", "qui", "quien", "as", "como", "comme",
                                                "in", "en", "dans", "at", "on", "sur", "from", "by", "par", "por",
                                                "with", "avec", "con", "for", "pour", "para", "against", "contre", "contra",
                                                "into", "over", "after", "before", "while", "during"};
  std::size_t j = pos;
  for (; j < tokens_.size() && j - pos <= kRecipientReach; ++j) {
    const Token& t = tokens_[j];
    if (j > pos && Is(t, kTo)) break;
    // "grain and flour": a list of things, not a second clause ("and Chile").
    static constexpr std::string_view kAnd[] = {"and", "et", "y"};
    if (j > pos && Is(t, kAnd) && j + 1 < tokens_.size() && !tokens_[j + 1].capitalized) continue;
    if (!t.is_word || IsBoundary(j) || group_starting_at_[j] >= 0 || reporting_end_[j] || Is(t, kStops) ||
        words::IsConjunction(t) || words::IsPassiveAuxiliary(t) || words::SayingVerbAt(tokens_, j)) {
      return -1;
    }
    // The object's words are its own: "its troops", "two of its nationals",
    // "1,000 tons of grain"; a capital word is an unknown name, not a noun.
    if (t.capitalized && !words::IsDeterminer(t) && !Is(t, kOf)) return -1;
  }
  if (j >= tokens_.size() || j == pos || !Is(tokens_[j], kTo)) return -1;
  std::size_t k = j + 1;
  while (k < tokens_.size() && k - j <= 2 && words::IsDeterminer(tokens_[k])) ++k;
  if (k >= tokens_.size()) return -1;
  const int g = group_starting_at_[k];
  return g >= 0 && !IsPlaceGroup(g) ? g : -1;
}

// Converted cues read the events the hand-written ones do not: where a
// hand-written cue relates the same actors in the sentence ("signed accords
// with Chile": SIGN_AGREEMENT, and "accords" again), that is the reading.
// Actors compare by state: "Peruvian President Dina Boluarte" and "Peru" are
// one party, and a converted cue relating a state to itself ("General Song
// headed the Chinese delegation") reads nothing.
void SentenceMatcher::DropConvertedRepeats() {
  auto state = [&](int group) {
    return group < 0 ? -1 : StateOf(mentions_[groups_[group].members.front()].entity);
  };
  auto pair = [&](const Match& m) {
    return std::make_pair(std::min(state(m.source), state(m.target)), std::max(state(m.source), state(m.target)));
  };
  std::vector<std::pair<int, int>> hand;
  for (const Match& m : matches_) {
    if (!m.cue->converted) hand.push_back(pair(m));
  }
  matches_.erase(std::remove_if(matches_.begin(), matches_.end(),
                                [&](const Match& m) {
                                  if (!m.cue->converted) return false;
                                  const auto p = pair(m);
                                  return (p.first >= 0 && p.first == p.second) ||
                                         std::find(hand.begin(), hand.end(), p) != hand.end();
                                }),
                 matches_.end());
}

}  // namespace dyad::extract
