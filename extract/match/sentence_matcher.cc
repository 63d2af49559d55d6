#include "extract/match/sentence_matcher.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <tuple>

#include "extract/match/hyphen_pairs.h"
#include "extract/match/word_classes.h"

// SentenceMatcher, part two: cue templates matched around the mention groups,
// active and passive. Arguments carried over from earlier clauses and
// sentences are in carried_arguments.cc, mentions in mentions.cc; records
// are made in sentence_evidence.cc.
namespace dyad::extract {
namespace {

using words::Is;
using words::OpensClause;
using words::IsAmountWord;
using words::QuantityEnd;
using words::IsRelativePronoun;
using words::IsConjunction;
using words::IsVerbFiller;
using words::IsPassiveAuxiliary;
using words::IsAgentWord;
using words::IsPronoun;
using words::IsBareTitle;
using words::IsSubordinator;
using words::IsLocative;
using words::IsDeterminer;
using words::IsSubjectVerbFiller;

// The prepositions that introduce a verb's object or addressee.
constexpr std::string_view kObjectPrepositions[] = {"to",  "with",   "on",    "against", "into", "toward", "from",
                                                    "à",   "avec",   "sur",   "contre",  "a",    "con",    "contra",
                                                    "sobre", "hacia", "au",   "aux",     "de",   "del",    "par", "by", "por"};

}  // namespace

bool SentenceMatcher::AllowsPlace(const CompiledCue& cue, const CompiledPart& part) const {
  return part.kind == CuePart::Kind::kTarget &&
         rules_.pack.relations[cue.relation].direction == Direction::kDirected;
}

// A passive auxiliary right before the verb at tb, past an adverb or two
// ("was recently visited"): its index, or npos.
std::size_t SentenceMatcher::PassiveAuxiliaryBefore(std::size_t tb) const {
  std::size_t aux = tb;
  while (aux > 0 && tb - aux < 3 && !IsPassiveAuxiliary(tokens_[aux - 1]) && tokens_[aux - 1].is_word &&
         group_ending_at_[aux] < 0) {
    --aux;
  }
  return aux > 0 && IsPassiveAuxiliary(tokens_[aux - 1]) ? aux - 1 : std::string::npos;
}

// Where the part's words, read from pos, end; npos if they are not there. A
// set takes its longest phrase (an infinitive only if governed); *future,
// if given, says whether one was a simple future.
std::size_t SentenceMatcher::PartEnd(const CompiledPart& part, std::size_t pos, Governed governed,
                                     bool* future) const {
  for (std::size_t k = 0; k < part.words.size(); ++k) {
    if (pos >= tokens_.size()) return std::string::npos;
    if (part.sets.empty() || part.sets[k] < 0) {
      if (tokens_[pos].folded != part.words[k]) return std::string::npos;
      ++pos;
      continue;
    }
    FormKind kind = FormKind::kPlain;
    const std::size_t from = pos;
    pos = SetEnd(part.sets[k], pos, governed, &kind);
    if (pos == std::string::npos) return pos;
    if (future != nullptr && IsFuture(kind, from)) *future = true;
  }
  return pos;
}

// Whether a phrase of this kind at token pos is a future: "firmará", not the
// subjunctive "firmara" (one phrase once folded), is stressed on its last
// syllable and written so.
bool SentenceMatcher::IsFuture(FormKind kind, std::size_t pos) const {
  if (kind != FormKind::kPlainOrFuture) return kind == FormKind::kFuture;
  const std::string_view raw = std::string_view(doc_->text).substr(tokens_[pos].begin, tokens_[pos].end - tokens_[pos].begin);
  for (std::size_t i = raw.size(); i-- > 0;) {
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(raw[i])));
    if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') return false;
    // UTF-8 á é í ó ú (and capitals): 0xC3 then 0xA1 0xA9 0xAD 0xB3 0xBA (0x81 0x89 0x8D 0x93 0x9A).
    const auto b = static_cast<unsigned char>(raw[i]);
    if (i > 0 && static_cast<unsigned char>(raw[i - 1]) == 0xC3) {
      static constexpr unsigned char kAcute[] = {0xA1, 0xA9, 0xAD, 0xB3, 0xBA, 0x81, 0x89, 0x8D, 0x93, 0x9A};
      return std::find(std::begin(kAcute), std::end(kAcute), b) != std::end(kAcute);
    }
  }
  return false;
}

// Whether the part's words end right before `end`, and where they begin.
bool SentenceMatcher::PartEndsAt(const CompiledPart& part, std::size_t end, std::size_t* begin) const {
  std::size_t span = 0;
  for (std::size_t k = 0; k < part.words.size(); ++k) {
    span += part.sets.empty() || part.sets[k] < 0 ? 1 : rules_.sets.max_tokens(static_cast<std::size_t>(part.sets[k]));
  }
  for (std::size_t b = end, n = 0; b-- > 0 && n < span; ++n) {
    if (PartEnd(part, b) == end) {
      *begin = b;
      return true;
    }
  }
  return false;
}

// The cues whose anchor stands at token i, with the anchor's length; only
// hand-written ones if hand_only.
void SentenceMatcher::CueCandidates(std::size_t i, bool hand_only) {
  candidates_.clear();
  rules_.anchor_index.All(tokens_, i, tokens_.size(), &hits_);
  // "va signer", "se negó a reunirse": an infinitive is an act only under a frame word.
  const Governed governed = FrameBefore(i) >= 0 ? Governed::kYes : Governed::kNo;
  const std::string& lang = doc_ != nullptr ? doc_->lang : std::string();
  // A cue reads text of its own language; text of unknown language, any.
  auto wrong_language = [&](std::uint32_t c) { return !lang.empty() && rules_.cues[c].cue->lang != lang; };
  const bool converted = !hand_only && ConvertedMayStartAt(i);
  for (const auto& [len, payloads] : hits_) {
    for (std::uint32_t c : *payloads) {
      if (wrong_language(c) || (!converted && rules_.cues[c].converted)) continue;
      const CompiledPart& anchor = rules_.cues[c].parts[rules_.cues[c].anchor];
      if (anchor.sets.empty()) {
        candidates_.push_back({len, c, false});
        continue;
      }
      // An anchor found by its literal first words: the rest is checked here.
      bool future = false;
      const std::size_t end = PartEnd(anchor, i, governed, &future);
      if (end != std::string::npos) candidates_.push_back({end - i, c, future});
    }
  }
  if (rules_.cues_of_anchor_set.empty()) return;
  const auto [first, last] = PhrasesAt(i);
  if (first == last) return;
  set_hits_.clear();
  for (const PhraseHit* hit = first; hit != last; ++hit) {
    for (std::uint32_t set : rules_.anchor_sets_of_phrase[hit->phrase]) set_hits_.push_back(set);
  }
  std::sort(set_hits_.begin(), set_hits_.end());
  set_hits_.erase(std::unique(set_hits_.begin(), set_hits_.end()), set_hits_.end());
  // "agreed to expand", "accused Russia of targeting", "para patrullar": the
  // infinitive or gerund is not the event; "their trade", "la marcha": a
  // noun, not the verb.
  // Converted cues only: a hand-written cue says what stands before it.
  static constexpr std::string_view kBeforeNonFinite[] = {"to", "of", "for", "by", "para", "pour", "de", "d'", "sin"};
  // After a frame ("threatened to impose", "continued to send") the verb is the event.
  const Token* before = i > 0 && frame_ending_at_[i] < 0 ? &tokens_[i - 1] : nullptr;
  for (std::uint32_t set : set_hits_) {
    // Most of these anchors are the set alone ("<say>"): where it ends is looked up once.
    std::size_t set_end = std::string::npos - 1;
    FormKind set_kind = FormKind::kPlain;
    for (std::uint32_t c : rules_.cues_of_anchor_set[set]) {
      if (wrong_language(c) || (!converted && rules_.cues[c].converted)) continue;
      // French "a" and Spanish "a" are no article: "a signé", "a Chile".
      if (rules_.cues[c].converted && before != nullptr &&
          (Is(*before, kBeforeNonFinite) ||
           (IsDeterminer(*before) && !(before->folded == "a" && rules_.cues[c].cue->lang != "en")))) {
        continue;
      }
      const CompiledPart& anchor = rules_.cues[c].parts[rules_.cues[c].anchor];
      std::size_t end;
      bool future = false;
      if (anchor.words.size() == 1) {
        if (set_end == std::string::npos - 1) set_end = SetEnd(static_cast<std::int32_t>(set), i, governed, &set_kind);
        end = set_end;
        future = IsFuture(set_kind, i);
      } else {
        end = PartEnd(anchor, i, governed, &future);
      }
      if (end != std::string::npos) candidates_.push_back({end - i, c, future});
    }
  }
}

// The group ending at most max_gap tokens before pos, looking past an
// apposition ("Ma Hui, vice minister of ..., met with").
int SentenceMatcher::GroupLeftOf(std::size_t pos, std::size_t max_gap, bool allow_place, ArgRule* rule) const {
  ArgRule unused;
  if (rule == nullptr) rule = &unused;
  *rule = ArgRule::kSubject;
  if (pos > 0 && tokens_[pos - 1].folded == ",") {
    for (std::size_t j = pos - 1; j-- > 0 && pos - j < kAppositionSpan;) {
      if (IsBoundary(j) || reporting_end_[j + 1]) break;
      if (tokens_[j].folded == ",") {
        int g = group_ending_at_[j];
        if (g >= 0 && (allow_place || !IsPlaceGroup(g))) return *rule = ArgRule::kApposition, g;
        break;
      }
    }
  }
  for (std::size_t j = pos, gap = 0; j > 0 && gap <= max_gap; --j, ++gap) {
    // "claimed that ISIL had attacked": the clause's subject follows the verb of saying.
    if (reporting_end_[j]) return -1;
    int g = group_ending_at_[j];
    if (g >= 0 && (allow_place || !IsPlaceGroup(g))) return g;
    if (IsBoundary(j - 1)) break;
    // "Syria says it is willing to withdraw": the speaker.
    if (const int speaker = SpeakerOfPronoun(j - 1); speaker >= 0 || speaker == kOtherSpeaker) {
      *rule = ArgRule::kSpeaker;
      return speaker >= 0 ? speaker : -1;
    }
    if (IsPronoun(tokens_[j - 1]) || IsSubordinator(tokens_[j - 1]) || BareTitleAt(j - 1)) return kInheritSubject;
    // "al acusar a Bogotá": "al" before an infinitive cue opens a clause of the main subject's.
    if (j == pos && tokens_[j - 1].folded == "al") return kInheritSubject;
  }
  return -1;
}

// "the minister", "el canciller", "la ministre des Affaires étrangères" with
// no state named: a title after a determiner, at most one word between.
bool SentenceMatcher::BareTitleAt(std::size_t i) const {
  static constexpr std::string_view kDeterminers[] = {"the", "el", "la", "le", "l'"};
  if (!IsBareTitle(tokens_[i])) return false;
  for (std::size_t k = i; k > 0 && i - k < 2; --k) {
    if (group_ending_at_[k] >= 0) return false;
    if (Is(tokens_[k - 1], kDeterminers)) return true;
  }
  return false;
}

// The group starting at most max_gap tokens after pos. A place after "in"/"à"
// is where something happened, not who it happened to: such a group is taken
// only if nothing else is found and it names a state (a country or capital).
int SentenceMatcher::GroupRightOf(std::size_t pos, std::size_t max_gap, bool last, bool allow_place,
                                  bool* locative_fallback) const {
  int fallback = -1;
  for (std::size_t j = pos, gap = 0; j < tokens_.size() && gap <= max_gap; ++j, ++gap) {
    // "aid of two million dollars to Ecuador": an amount does not put the
    // object further away.
    if (IsAmountWord(tokens_[j])) --gap;
    int g = group_starting_at_[j];
    if (g >= 0 && !allow_place && IsPlaceGroup(g)) {
      j = groups_[g].te - 1;
      continue;
    }
    if (g >= 0) {
      // "by a Ukrainian protester": right after "by", "a" is an article in any language.
      const bool article = j - 1 == pos && pos > 0 && IsAgentWord(tokens_[pos - 1]);
      bool locative = last && j > pos && !article && IsLocative(tokens_[j - 1], Lang());
      if (!locative) return g;
      const Mention& m = mentions_[groups_[g].members[0]];
      bool state = m.kind == AliasKind::kCapital || rules_.pack.entities[m.entity].type == "country";
      if (fallback < 0 && state) fallback = g;
      j = groups_[g].te - 1;
      continue;
    }
    if (IsBoundary(j)) break;
    // "thanked the community and criticized the US", "..., while Mexico":
    // past "and" or ", while" comes another clause, unless it continues a
    // list ("with Peru and Chile").
    if (IsConjunction(tokens_[j])) break;
    if (tokens_[j].folded == "," && j + 1 < tokens_.size() && OpensClause(tokens_[j + 1])) break;
    if (TrailingSpeakerAt(j)) break;
    // "a state visit that will end with the APEC summit": a relative clause
    // after the cue speaks of something else.
    if (IsRelativePronoun(tokens_[j])) break;
  }
  *locative_fallback = fallback >= 0;
  return fallback;
}

bool SentenceMatcher::MatchRight(const CompiledCue& cue, std::size_t pos, Match* m) const {
  for (std::size_t p = cue.anchor + 1; p < cue.parts.size(); ++p) {
    const CompiledPart& part = cue.parts[p];
    if (part.kind == CuePart::Kind::kWords) {
      const std::size_t max_gap = part.after_gap ? kPhraseGap : kWordsGap;
      std::size_t g = 0;
      std::size_t end = std::string::npos;
      while (g <= max_gap && (end = PartEnd(part, pos + g)) == std::string::npos) ++g;
      if (g > max_gap) return false;
      if (cue.converted && SkipsReportedSubject(pos, pos + g)) return false;
      pos = end;
      m->window_te = pos;
      continue;
    }
    const bool last = p + 1 == cue.parts.size();
    bool locative = false;
    // A converted cue's slot right after its verb is that verb's object.
    const CompiledPart& before = cue.parts[p - 1];
    const bool object = cue.converted && p - 1 == cue.anchor && before.words.size() == 1 && !before.sets.empty() &&
                        before.sets[0] >= 0;
    const std::size_t gap = object ? kDirectObjectGap : last ? kObjectGap : kInnerGap;
    // "kidnapped up to 16 Russian advisers": the count is no word between.
    std::size_t from = object ? QuantityEnd(tokens_, pos) : pos;
    if (object && from == pos && pos < tokens_.size() && IsDeterminer(tokens_[pos])) {  // "the 16"
      const std::size_t after = QuantityEnd(tokens_, pos + 1);
      if (after > pos + 1) from = after;
    }
    int group = GroupRightOf(from, gap, last, AllowsPlace(cue, part), &locative);
    // ... with nothing but determiners and a preposition between: "accused
    // the United States", "apologized to Brazil", not "trade minister
    // criticized Washington".
    // After the object's words ("extradited a militant, Haroon Aswad, to
    // Britain"), only names and function words: not "a step in the defence
    // relationship between Lima and Beijing".
    if (cue.converted && !object && p > cue.anchor + 1 && group >= 0) {
      for (std::size_t j = pos; j < groups_[group].tb; ++j) {
        const Token& t = tokens_[j];
        if (!t.capitalized && t.is_word && !IsDeterminer(t) && !IsAmountWord(t) && !Is(t, kObjectPrepositions)) {
          group = -1;
          break;
        }
      }
    }
    if (object && group >= 0) {
      const std::size_t object_tb = groups_[group].tb;
      for (std::size_t j = from; j < object_tb; ++j) {
        if (!IsDeterminer(tokens_[j]) && !Is(tokens_[j], kObjectPrepositions)) group = -1;
      }
    }
    // "offered its troops to Lebanon": an object that is no actor, and the
    // actor it goes to.
    ArgRule rule = object ? ArgRule::kObject : ArgRule::kComplement;
    if (object && last && group < 0) group = RecipientAfter(from), rule = ArgRule::kRecipient;
    if (part.kind == CuePart::Kind::kTarget) m->target_locative = locative;
    if (group < 0) {
      if (!last) return false;  // words after this slot cannot be placed
      continue;
    }
    (part.kind == CuePart::Kind::kSource ? m->source : m->target) = group;
    (part.kind == CuePart::Kind::kSource ? m->source_rule : m->target_rule) = rule;
    pos = groups_[group].te;
  }
  return true;
}

bool SentenceMatcher::MatchLeft(const CompiledCue& cue, std::size_t pos, Match* m) const {
  for (std::size_t p = cue.anchor; p-- > 0;) {
    const CompiledPart& part = cue.parts[p];
    if (part.kind == CuePart::Kind::kWords) {
      // The gap between these words and the part after them.
      const std::size_t max_gap = cue.parts[p + 1].after_gap ? kPhraseGap : kWordsGap;
      std::size_t g = 0;
      std::size_t begin = 0;
      while (g <= max_gap && (pos < g || !PartEndsAt(part, pos - g, &begin))) ++g;
      if (g > max_gap) return false;
      pos = begin;
      continue;
    }
    // "{S} 's visit": a possessive sits right after its owner.
    const auto& next = cue.parts[p + 1].words;
    const bool tight = !next.empty() && next[0] == "'s";
    ArgRule rule = ArgRule::kSubject;
    int group = GroupLeftOf(pos, tight ? 0 : (p == 0 ? kSubjectGap : kInnerGap), AllowsPlace(cue, part), &rule);
    if (group == kInheritSubject) {
      if (p != 0 || part.kind != CuePart::Kind::kSource) return false;
      m->inherit_source = true;
      continue;
    }
    if (group < 0) {
      if (p != 0) return false;
      continue;
    }
    // A slot left of a template's inner words ("visit of {S} to") is in them.
    if (p != 0) rule = ArgRule::kComplement;
    (part.kind == CuePart::Kind::kSource ? m->source : m->target) = group;
    (part.kind == CuePart::Kind::kSource ? m->source_rule : m->target_rule) = rule;
    pos = groups_[group].tb;
    m->window_tb = groups_[group].te;
  }
  return true;
}

bool SentenceMatcher::TryMatch(const CompiledCue& cue, std::size_t tb, std::size_t te, Match* m) const {
  *m = Match{};
  m->cue = &cue;
  m->anchor_tb = tb;
  m->anchor_te = te;
  m->window_tb = tb > kModalityReach ? tb - kModalityReach : 0;
  m->window_te = te;
  if (!MatchRight(cue, te, m) || !MatchLeft(cue, tb, m)) return false;
  // A nominal cue's verb follows it: "les échanges entre les deux pays
  // pourraient atteindre", "la visite de X à Y pourrait avoir lieu".
  if (cue.parts.front().kind == CuePart::Kind::kWords) {
    const int last = m->target >= 0 ? m->target : m->source;
    const std::size_t end = last >= 0 ? std::max(groups_[last].te, m->window_te) : m->window_te;
    m->window_te = std::min(tokens_.size(), end + kModalityReach);
  }
  const bool has_target = cue.parts.back().kind == CuePart::Kind::kTarget;
  // "por Xi Jinping, con quien firmó": the actor before "con quien" is the
  // object; the subject is the main clause's.
  // A converted cue reads its actors where its template puts them, no further.
  if (cue.converted) return true;
  const int with = RelativeWith(tb);
  if (with >= 0 && m->source == with && m->target < 0 && has_target) {
    m->target = with;
    m->target_rule = ArgRule::kRelative;
    m->source = -1;
    m->inherit_source = true;
  }
  if (m->target < 0 && has_target) {
    m->target = RelativeObject(tb);
    m->target_rule = ArgRule::kRelative;
  }
  // "{T} fue recibido por {S}" is a passive too; at the start of a sentence
  // its subject may be left unsaid ("Fue recibido por Xi Jinping").
  if (cue.parts.front().kind == CuePart::Kind::kTarget && cue.parts.back().kind == CuePart::Kind::kSource) {
    m->passive = true;
    m->elided_patient = m->target < 0 && (tb == 0 || IsBoundary(tb - 1));
    m->source_rule = ArgRule::kAgent;
    m->target_rule = ArgRule::kPassiveSubject;
  }
  if (m->target < 0 && has_target && ObjectClitic(tb)) m->object_clitic = true;
  return true;
}

// The entity of the state an actor belongs to (itself if none).
int SentenceMatcher::StateOf(std::uint32_t entity) const {
  const int state = CountryOf(entity);
  return state >= 0 ? state : static_cast<int>(entity);
}

// Whether "and" (et, y) stands before the cue, past auxiliaries and adverbs
// ("and has since signed") or the few words of a nominal cue's verb ("et
// annoncé de nouvelles sanctions contre"), with no actor in between.
bool SentenceMatcher::FollowsConjunction(std::size_t tb) const {
  std::size_t j = tb;
  while (j > 0 && tb - j < 3 && IsVerbFiller(tokens_[j - 1])) --j;
  if (j > 0 && IsConjunction(tokens_[j - 1])) return true;
  for (j = tb; j > 0 && tb - j < 4; --j) {
    const Token& t = tokens_[j - 1];
    if (IsConjunction(t)) return j < tb;
    if (!t.is_word || group_ending_at_[j] >= 0 || IsBoundary(j - 1)) return false;
  }
  return false;
}

// "Lima was visited this week by a delegation from India", "un mémorandum a
// été signé par le Vietnam et la Corée du Sud": an active cue "{S} verb {T}"
// read in the passive, its subject the target and the agent its source.
bool SentenceMatcher::TryPassive(const CompiledCue& cue, std::size_t tb, std::size_t te, Match* m) const {
  const auto& parts = cue.parts;
  if (cue.anchor != 1 || parts[0].kind != CuePart::Kind::kSource || parts.size() > 3) return false;
  if (parts.size() == 3 && parts[2].kind != CuePart::Kind::kTarget) return false;
  std::size_t aux = PassiveAuxiliaryBefore(tb);
  if (aux == std::string::npos) return false;
  // The agent: "by" at most three tokens on ("signed on Monday by").
  std::size_t by = te;
  while (by < tokens_.size() && by - te < 4 && !IsAgentWord(tokens_[by]) && !IsBoundary(by) &&
         group_starting_at_[by] < 0) {
    ++by;
  }
  if (by >= tokens_.size() || !IsAgentWord(tokens_[by])) return false;
  bool locative = false;
  const int agent = GroupRightOf(by + 1, kObjectGap, true, false, &locative);
  if (agent < 0 || locative) return false;
  *m = Match{};
  m->cue = &cue;
  m->anchor_tb = tb;
  m->anchor_te = te;
  m->source = agent;
  m->source_rule = ArgRule::kAgent;
  m->window_tb = aux > kModalityReach ? aux - kModalityReach : 0;
  m->window_te = te;
  m->passive = true;
  if (parts.size() == 3) {
    const int patient = GroupLeftOf(aux, kSubjectGap, AllowsPlace(cue, parts[2]));
    if (patient >= 0) {
      m->target = patient;
      m->target_rule = ArgRule::kPassiveSubject;
      m->window_tb = std::max(m->window_tb, groups_[patient].te);
    } else if (aux == 0 || IsBoundary(aux - 1)) {
      // "Fue recibido por Xi Jinping": the subject left unsaid is the last one.
      m->elided_patient = true;
    }
  }
  return true;
}

bool SentenceMatcher::HasAnchor() const {
  const std::vector<std::uint32_t>* payloads = nullptr;
  bool pair_noun = false, hyphen = false;  // "US-China talks" (hyphen_pairs.h)
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    hyphen = hyphen || TightHyphenAt(tokens_, i);
    if (!tokens_[i].is_word) continue;
    pair_noun = pair_noun || rules_.pair_nouns.Longest(tokens_, i, tokens_.size(), &payloads) > 0;
    if (rules_.anchor_index.Longest(tokens_, i, tokens_.size(), &payloads) > 0) return true;
    if (rules_.cues_of_anchor_set.empty()) continue;
    const auto [first, last] = PhrasesAt(i);
    for (const PhraseHit* hit = first; hit != last; ++hit) {
      if (!rules_.anchor_sets_of_phrase[hit->phrase].empty()) return true;
    }
  }
  return pair_noun && hyphen;
}

bool SentenceMatcher::HandCueWithin(std::size_t begin, std::size_t end) {
  for (std::size_t j = begin; j < end; ++j) {
    CueCandidates(j, true);
    for (const Candidate& k : candidates_) {
      Match m;
      if (TryPassive(rules_.cues[k.cue], j, j + k.len, &m) || TryMatch(rules_.cues[k.cue], j, j + k.len, &m)) {
        return true;
      }
    }
  }
  return false;
}

void SentenceMatcher::FindMatches() {
  matches_.clear();
  std::size_t covered_until = 0;  // cue words are not reused by a later, shorter cue
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    if (!tokens_[i].is_word || i < covered_until) continue;
    CueCandidates(i);
    Match best;
    bool have = false;
    for (const Candidate& k : candidates_) {
      Match m;
      if (!TryPassive(rules_.cues[k.cue], i, i + k.len, &m) && !TryMatch(rules_.cues[k.cue], i, i + k.len, &m)) {
        continue;
      }
      if (m.cue->converted && !ConvertedArguments(m)) continue;
      m.future = k.future;
      m.coordinated = FollowsConjunction(i);
      // The most specific template wins: more literal words, then more slots filled.
      auto score = [](const Match& x) {
        return std::make_tuple(!x.cue->converted, x.cue->word_tokens, (x.source >= 0) + (x.target >= 0));
      };
      if (!have || score(m) > score(best)) best = m, have = true;
    }
    if (!have) continue;
    // A hand-written cue starting inside a converted one's words is the
    // better reading: "missile strikes on" is "{S} strikes on {T}".
    if (best.cue->converted && HandCueWithin(i + 1, best.anchor_te)) continue;
    if (best.elided_patient || best.object_clitic) {
      const int previous = PreviousSubjectGroup(best.source);
      if (previous >= 0) {
        best.target = previous;
        best.target_rule = best.elided_patient ? ArgRule::kElided : ArgRule::kClitic;
      }
    }
    InheritCoordinatedSubject(&best, matches_);
    TargetFromPreviousAct(&best);
    matches_.push_back(best);
    covered_until = best.anchor_te;
  }
  GappedObjects();
  FindPairNounMatches();
  DropConvertedRepeats();
  FutureFrames();
  ConditionalThreats();
  ThreatTargets();
  DropFrameVerbs();
}

}  // namespace dyad::extract
