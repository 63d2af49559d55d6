#include "extract/match/hyphen_pairs.h"

#include <algorithm>

#include "extract/match/sentence_matcher.h"

namespace dyad::extract {

bool TightHyphenAt(const std::vector<Token> &tokens, std::size_t k) {
  if (k == 0 || k + 1 >= tokens.size())
    return false;
  const Token &t = tokens[k];
  if (t.folded != "-" && t.folded != "\xE2\x80\x93")
    return false;
  return tokens[k - 1].is_word && tokens[k + 1].is_word &&
         tokens[k - 1].end == t.begin && t.end == tokens[k + 1].begin;
}

// "Sino-Peruvian": a combining form tight against a hyphen and a state's
// mention is a mention of its own state. Mentions are in token order.
void SentenceMatcher::AddCombiningForms() {
  if (rules_.combining_forms.empty())
    return;
  std::size_t next = 0; // the first mention at or after token i
  for (std::size_t i = 0; i + 2 < tokens_.size(); ++i) {
    while (next < mentions_.size() && mentions_[next].tb < i)
      ++next;
    if (!tokens_[i].is_word ||
        (next < mentions_.size() && mentions_[next].tb == i))
      continue;
    if (next > 0 && mentions_[next - 1].te > i)
      continue; // inside a name
    const std::vector<std::uint32_t> *payloads = nullptr;
    const std::size_t len =
        rules_.combining_forms.Longest(tokens_, i, tokens_.size(), &payloads);
    if (len == 0 || !TightHyphenAt(tokens_, i + len))
      continue;
    if (next >= mentions_.size() || mentions_[next].tb != i + len + 1 ||
        CountryOf(mentions_[next].entity) < 0) {
      continue;
    }
    const Span span{tokens_[i].begin, tokens_[i + len - 1].end};
    mentions_.insert(
        mentions_.begin() + static_cast<std::ptrdiff_t>(next),
        Mention{payloads->front(), AliasKind::kDemonym, i, i + len, span});
    ++next;
  }
}

// Whether mention b follows mention a across a tight hyphen, both of states.
bool SentenceMatcher::HyphenPair(std::size_t a, std::size_t b) const {
  const Mention &x = mentions_[a];
  const Mention &y = mentions_[b];
  return y.tb == x.te + 1 && TightHyphenAt(tokens_, x.te) &&
         CountryOf(x.entity) >= 0 && CountryOf(y.entity) >= 0;
}

// The first of `payloads` (cues) of the document's language whose noun
// stands on this side of a pair: English puts the pair before its noun
// ("US-China talks"), French and Spanish after ("les négociations
// sino-péruviennes").
int SentenceMatcher::PairNounCue(const std::vector<std::uint32_t> &payloads,
                                 bool noun_after) const {
  const std::string &lang = doc_ != nullptr ? doc_->lang : std::string();
  for (std::uint32_t c : payloads) {
    const std::string &cue_lang = rules_.cues[c].cue->lang;
    if (!lang.empty() && cue_lang != lang)
      continue;
    if ((cue_lang == "en") == noun_after)
      return static_cast<int>(c);
  }
  return -1;
}

// Where a hyphenated pair's noun is, and its cue: after the pair, past a
// modifier or two, the head of the compound being the last noun found
// ("US-China trade talks"); before it, right against it.
bool SentenceMatcher::PairNounAt(const Group &g, Match *m) const {
  const std::vector<std::uint32_t> *payloads = nullptr;
  int cue = -1;
  for (std::size_t b = g.te; b < tokens_.size() && b < g.te + 3; ++b) {
    if (!tokens_[b].is_word || group_starting_at_[b] >= 0)
      break;
    const std::size_t len =
        rules_.pair_nouns.Longest(tokens_, b, tokens_.size(), &payloads);
    const int c = len > 0 ? PairNounCue(*payloads, true) : -1;
    if (c >= 0)
      cue = c, m->anchor_tb = b, m->anchor_te = b + len;
  }
  // An English noun modifier is singular: "US-China trade war" is no trade,
  // but "US-China talks ended" are talks.
  if (cue >= 0 && m->anchor_te < tokens_.size()) {
    const Token &next = tokens_[m->anchor_te];
    const std::string_view head = tokens_[m->anchor_te - 1].folded;
    if (next.is_word && !next.capitalized && head.back() != 's')
      cue = -1;
  }
  for (std::size_t b = g.tb; cue < 0 && b > 0 && g.tb - b < 3;) {
    --b;
    const std::size_t len =
        rules_.pair_nouns.Longest(tokens_, b, g.tb, &payloads);
    const int c = b + len == g.tb ? PairNounCue(*payloads, false) : -1;
    if (c >= 0)
      cue = c, m->anchor_tb = b, m->anchor_te = g.tb;
  }
  if (cue < 0)
    return false;
  m->cue = &rules_.cues[static_cast<std::size_t>(cue)];
  return true;
}

// A hyphenated pair on the noun of a symmetric cue is that cue's list:
// "US-China talks" reads as "talks between the US and China". Words another
// cue has taken are left to it.
void SentenceMatcher::FindPairNounMatches() {
  if (rules_.pair_nouns.empty())
    return;
  for (std::size_t g = 0; g < groups_.size(); ++g) {
    if (!groups_[g].hyphenated)
      continue;
    Match m;
    if (!PairNounAt(groups_[g], &m))
      continue;
    const bool taken =
        std::any_of(matches_.begin(), matches_.end(), [&](const Match &o) {
          return o.anchor_tb < m.anchor_te && m.anchor_tb < o.anchor_te;
        });
    if (taken)
      continue;
    m.source = static_cast<int>(g);
    m.source_rule = ArgRule::kHyphenPair;
    const std::size_t tb = std::min(m.anchor_tb, groups_[g].tb);
    m.window_tb = tb > kModalityReach ? tb - kModalityReach : 0;
    // The noun phrase's verb follows it: "US-China talks did not resume".
    m.window_te = std::min(
        tokens_.size(), std::max(m.anchor_te, groups_[g].te) + kModalityReach);
    matches_.push_back(m);
  }
  std::stable_sort(
      matches_.begin(), matches_.end(),
      [](const Match &a, const Match &b) { return a.anchor_tb < b.anchor_tb; });
}

} // namespace dyad::extract
