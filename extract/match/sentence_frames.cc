#include "extract/match/sentence_matcher.h"

#include <algorithm>

#include "extract/match/word_classes.h"

// SentenceMatcher, part five: verbs of intent, threat, refusal and halt that
// govern a cue ("will give", "threatened to impose", "refused to meet",
// "suspended talks with"), which recode the event (frames.h), and lists of
// actors doing a reciprocal act with no object ("Israel and Lebanon renewed negotiations").
namespace dyad::extract {

using words::IsConjunction;
using words::IsPronoun;
using words::IsRelativePronoun;
using words::IsSubordinator;

void SentenceMatcher::FindFrames() {
  frame_hits_.clear();
  frame_ending_at_.assign(tokens_.size() + 1, -1);
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    if (group_starting_at_[i] >= 0) {  // an actor's name is no frame word
      i = groups_[group_starting_at_[i]].te - 1;
      continue;
    }
    const std::vector<std::uint32_t>* payloads = nullptr;
    const std::size_t len = rules_.frames.Longest(tokens_, i, tokens_.size(), &payloads);
    if (len == 0) continue;
    const std::uint32_t word = payloads->front();
    const FrameHit hit{i, i + len, rules_.frame_of_word[word], word};
    // "the suspended talks", "las rotas relaciones": a participle after a
    // determiner is an adjective, and stops nothing.
    if (hit.frame == Frame::kHalt && len == 1 && i > 0 && words::IsDeterminer(tokens_[i - 1])) continue;
    frame_ending_at_[hit.te] = static_cast<int>(frame_hits_.size());
    frame_hits_.push_back(hit);
    i = hit.te - 1;
  }
}

// "Chile firmará un acuerdo con Perú", "la France signera": the simple
// future announces the act as "will" does in English, an intent frame on the
// verb itself (of no width, so that it governs the cue it stands on).
void SentenceMatcher::FutureFrames() {
  for (const Match& m : matches_) {
    if (!m.future || frame_ending_at_[m.anchor_tb] >= 0) continue;
    frame_ending_at_[m.anchor_tb] = static_cast<int>(frame_hits_.size());
    frame_hits_.push_back({m.anchor_tb, m.anchor_tb, Frame::kIntent, kFutureWord});
  }
}

// "will withdraw its force from Chad unless elections are held", "imposera
// des sanctions si": an announced act with a condition on the other side is
// a threat. "Unless" makes any announced act one; "if" only an act of
// conflict ("will sign the accord if" stays a promise).
void SentenceMatcher::ConditionalThreats() {
  static constexpr std::string_view kUnless[] = {"unless", "moins", "sauf", "salvo", "menos"};
  static constexpr std::string_view kIf[] = {"if", "si"};
  for (const Match& m : matches_) {
    const int frame = FrameBefore(m.anchor_tb);
    if (frame < 0) continue;
    FrameHit& hit = frame_hits_[static_cast<std::size_t>(frame)];
    if (hit.frame != Frame::kIntent) continue;
    const std::string& cameo = rules_.pack.relations[m.cue->relation].cameo;
    const bool conflict = cameo.size() >= 2 && cameo.compare(0, 2, "14") >= 0 && cameo.compare(0, 2, "20") <= 0;
    for (std::size_t j = m.anchor_te; j < tokens_.size() && !IsBoundary(j); ++j) {
      if (words::Is(tokens_[j], kUnless) || (conflict && words::Is(tokens_[j], kIf))) {
        hit.frame = Frame::kThreat;
        break;
      }
    }
  }
}

std::string SentenceMatcher::FrameWord(const FrameHit& hit) const {
  if (hit.word != kFutureWord) return rules_.modality_words[hit.word];
  const Token& t = tokens_[hit.tb];
  return doc_->text.substr(t.begin, t.end - t.begin);
}

SharedText SentenceMatcher::SharedFrameWord(const FrameHit& hit) {
  if (hit.word == kFutureWord) return SharedText(FrameWord(hit));
  SharedText& shared = modality_words_shared_[hit.word];
  if (shared.empty()) shared = rules_.modality_words[hit.word];
  return shared;
}

// The frame governing a cue at tb: one ending right before it, past at most
// four words of the same clause ("will soon visit", "promised to continue
// military aid", "threatened to launch a new military offensive"); -1 if none.
int SentenceMatcher::FrameBefore(std::size_t tb) const {
  for (std::size_t j = tb, n = 0;; --j, ++n) {
    if (frame_ending_at_[j] >= 0) return frame_ending_at_[j];
    if (j == 0 || n == 4 || group_ending_at_[j] >= 0 || IsBoundary(j - 1)) return -1;
    const Token& t = tokens_[j - 1];
    if (!t.is_word || IsConjunction(t) || IsRelativePronoun(t) || IsSubordinator(t) || IsPronoun(t)) return -1;
  }
}

// The code of an event coded `cameo` under the frame hit, and in *outer the
// frame that decides it. A halt may stand under another frame, or over one:
// "threatened to suspend aid" is a threat to reduce aid (1311), "cancel
// plans to sell arms" stops an intent, which no code names.
std::string SentenceMatcher::FrameCode(const FrameHit& hit, const std::string& cameo, const FrameHit** outer) const {
  std::string code = FramedCode(hit.frame, cameo);
  *outer = &hit;
  if (code.empty() || hit.tb == hit.te) return code;
  const int above = FrameBefore(hit.tb);
  if (above < 0) return code;
  const FrameHit& o = frame_hits_[static_cast<std::size_t>(above)];
  if ((hit.frame == Frame::kHalt) == (o.frame == Frame::kHalt) || o.frame == Frame::kAspect) return code;
  const std::string outer_code = FramedCode(o.frame, code);
  // An announced reduction ("will suspend aid") is the act, as with any act of conflict.
  if (outer_code.empty() && o.frame == Frame::kIntent) return code;
  *outer = &o;
  return outer_code;
}

// The relation the match's event is under its frame, and the note explain
// shows. Where the codebook has no framed code, or the pack no relation of
// that code, a threat is hedged and a refusal or a halt negated by the
// frame's word.
std::uint32_t SentenceMatcher::FramedRelation(const Match& m, int frame, Evidence* e, std::string* note) {
  const std::uint32_t relation = m.cue->relation;
  if (frame < 0) return relation;
  const FrameHit* governing = nullptr;
  const std::string& cameo = rules_.pack.relations[relation].cameo;
  const std::string code = FrameCode(frame_hits_[static_cast<std::size_t>(frame)], cameo, &governing);
  const FrameHit& hit = *governing;
  const auto found = code.empty() ? rules_.relation_of_code.end() : rules_.relation_of_code.find(code);
  // An announced act with no intent code ("will impose sanctions", "pledged
  // to expel") is coded as the act, as the public gold codes it.
  if (found == rules_.relation_of_code.end() && hit.frame == Frame::kIntent) return relation;
  if (found == rules_.relation_of_code.end()) {
    const bool stops = hit.frame == Frame::kRefusal || hit.frame == Frame::kHalt;
    e->modality = stops ? Modality::kNegated : Modality::kHedged;
    e->modality_word = SharedFrameWord(hit);
    return relation;
  }
  if (found->second != relation) {
    *note = std::string(FrameName(hit.frame)) + " '" + FrameWord(hit) + "': " + cameo + " -> " + code;
  }
  return found->second;
}

// "Iran threatened to cut off electricity to the Azerbaijani republic",
// "Russia threatened to stop the talks if the United States deploys": a
// threat whose act no cue reads is still a threat, made to the first state
// named in the threatened clause or in its condition. A cue on the frame's
// own verb with no object ("{S} threatened {T}") takes that state.
void SentenceMatcher::ThreatTargets() {
  static constexpr std::string_view kConditions[] = {"if", "unless", "si", "sauf", "salvo", "menos", "moins"};
  static constexpr std::size_t kThreatReach = 16;  // tokens from the frame to the threatened state
  for (Match& m : matches_) {
    if (m.target >= 0 || m.source < 0 || m.inherit_source || m.passive) continue;
    const auto hit = std::find_if(frame_hits_.begin(), frame_hits_.end(), [&](const FrameHit& h) {
      return h.frame == Frame::kThreat && m.anchor_tb >= h.tb && m.anchor_tb < h.te;
    });
    if (hit == frame_hits_.end()) continue;
    const int source_state = StateOf(mentions_[groups_[m.source].members.front()].entity);
    for (std::size_t j = hit->te; j < tokens_.size() && j < hit->te + kThreatReach; ++j) {
      if (IsBoundary(j) || IsRelativePronoun(tokens_[j]) || reporting_end_[j] || TrailingSpeakerAt(j)) break;
      // "..., Tehran said": past a comma only into a condition.
      if (tokens_[j].folded == "," && !(j + 1 < tokens_.size() && words::Is(tokens_[j + 1], kConditions))) break;
      const int g = group_starting_at_[j];
      if (g < 0) continue;
      const bool place = IsPlaceGroup(g) || (j > 0 && words::IsLocative(tokens_[j - 1], Lang()));
      if (!place && StateOf(mentions_[groups_[g].members.front()].entity) != source_state) {
        m.target = g;
        m.target_rule = ArgRule::kThreatened;
        m.window_te = std::max(m.window_te, hit->te);
        break;
      }
      j = groups_[g].te - 1;
    }
  }
}

// "threatened to impose sanctions on Japan", "refused to meet with Chile":
// where the framed event relates the same states as a cue on the frame's own
// verb ("{S} threatened {T}", "{S} refused {T}"), the framed event is the
// reading, and the more specific.
void SentenceMatcher::DropFrameVerbs() {
  auto state = [&](int group) {
    return group < 0 ? -1 : StateOf(mentions_[groups_[group].members.front()].entity);
  };
  std::vector<char> drop(matches_.size(), 0);
  for (const Match& m : matches_) {
    const int frame = FrameBefore(m.anchor_tb);
    if (frame < 0 || m.source < 0) continue;
    const FrameHit& hit = frame_hits_[static_cast<std::size_t>(frame)];
    const FrameHit* governing = nullptr;
    const std::string code = FrameCode(hit, rules_.pack.relations[m.cue->relation].cameo, &governing);
    if (code.empty() || rules_.relation_of_code.count(code) == 0) continue;
    // "threatened to suspend aid": the outer frame's verb too.
    const std::size_t tb = std::min(hit.tb, governing->tb);
    for (std::size_t k = 0; k < matches_.size(); ++k) {
      const Match& v = matches_[k];
      if (&v == &m || v.anchor_tb < tb || v.anchor_tb >= hit.te) continue;
      const bool same = state(v.source) == state(m.source) && (v.target < 0 || state(v.target) == state(m.target));
      if (same || (v.source < 0 && v.target < 0)) drop[k] = 1;
    }
  }
  std::size_t k = 0;
  matches_.erase(std::remove_if(matches_.begin(), matches_.end(), [&](const Match&) { return drop[k++] != 0; }),
                 matches_.end());
}

// A converted cue of a reciprocal code with a list of two or more states
// for subject and no object relates the list's members to each other.
bool SentenceMatcher::ReciprocalList(const Match& m) const {
  if (m.target >= 0 || m.source < 0 || m.passive) return false;
  const Relation& r = rules_.pack.relations[m.cue->relation];
  if (!m.cue->converted || r.direction == Direction::kSymmetric || !IsReciprocalCode(r.cameo)) return false;
  // A pair phrase ("regular meetings help the two sides agree") is left
  // out: it reads general statements as often as acts.
  const auto& members = groups_[m.source].members;
  for (std::size_t k = 1; k < members.size(); ++k) {
    const Mention& a = mentions_[members[0]];
    const Mention& b = mentions_[members[k]];
    if (a.span.begin == b.span.begin && a.span.end == b.span.end) return false;
  }
  for (std::size_t k = 1; k < members.size(); ++k) {
    if (StateOf(mentions_[members[k]].entity) != StateOf(mentions_[members[0]].entity)) return true;
  }
  return false;
}

}  // namespace dyad::extract
