#include "extract/match/sentence_matcher.h"

// SentenceMatcher, part nine: the names of the argument rules that chose a
// match's source and target, as dyad explain shows them beside each edge.
namespace dyad::extract {

const char* SentenceMatcher::ArgRuleName(ArgRule rule) {
  switch (rule) {
    case ArgRule::kNone: return "";
    case ArgRule::kSubject: return "subject before the cue";
    case ArgRule::kApposition: return "subject before the apposition";
    case ArgRule::kSpeaker: return "speaker of the reported clause's pronoun";
    case ArgRule::kCarried: return "subject carried over from the clause before";
    case ArgRule::kCoordinated: return "shared with the verb before 'and'";
    case ArgRule::kObject: return "object of the verb";
    case ArgRule::kRecipient: return "recipient after the object";
    case ArgRule::kComplement: return "the cue template's slot";
    case ArgRule::kRelative: return "antecedent of the relative clause";
    case ArgRule::kAgent: return "agent of the passive";
    case ArgRule::kPassiveSubject: return "subject of the passive";
    case ArgRule::kElided: return "last subject, left unsaid";
    case ArgRule::kClitic: return "last subject, as an object pronoun";
    case ArgRule::kThreatened: return "state named in the threatened clause";
    case ArgRule::kAnswered: return "actor of the act answered";
    case ArgRule::kHyphenPair: return "hyphenated pair";
    case ArgRule::kGapped: return "second object after 'and', the verb left out";
  }
  return "";
}

// "source subject before the cue; target object of the verb". A list
// related within itself ("Peru and Chile signed") names the one rule.
std::string SentenceMatcher::ArgumentsNote(const Match& m) const {
  std::string note;
  if (m.source >= 0 && m.source_rule != ArgRule::kNone) note = std::string("source ") + ArgRuleName(m.source_rule);
  if (m.target >= 0 && m.target_rule != ArgRule::kNone) {
    note += (note.empty() ? "target " : "; target ") + std::string(ArgRuleName(m.target_rule));
  } else if (m.target < 0 && m.source >= 0 && groups_[m.source].members.size() >= 2) {
    note += note.empty() ? "pairs of the list" : "; pairs of its list";
  }
  return note;
}

}  // namespace dyad::extract
