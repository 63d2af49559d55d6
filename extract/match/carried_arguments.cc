#include "extract/match/sentence_matcher.h"

#include <algorithm>

#include "extract/match/word_classes.h"

// SentenceMatcher, part ten: arguments a cue's own slots leave empty, taken
// from around it: a subject carried over from the clause before or the verb
// before "and", an object from a relative clause, an object pronoun or the
// act answered, and a second object after "and" with the verb left out.
namespace dyad::extract {

using words::Is;
using words::IsConjunction;
using words::IsDeterminer;
using words::IsPronoun;
using words::IsRelativePronoun;
using words::IsVerbFiller;

// "..., con quien firmó", "avec qui il a signé", "with whom he signed".
int SentenceMatcher::RelativeWith(std::size_t tb) const {
  static constexpr std::string_view kWhom[] = {"quien", "quienes", "qui", "whom"};
  static constexpr std::string_view kWith[] = {"con", "avec", "with"};
  std::size_t j = tb;
  while (j > 0 && tb - j < 4 && (IsPronoun(tokens_[j - 1]) || IsVerbFiller(tokens_[j - 1]))) --j;
  if (j < 3 || !Is(tokens_[j - 1], kWhom) || !Is(tokens_[j - 2], kWith) || tokens_[j - 3].folded != ",") {
    return -1;
  }
  const int g = group_ending_at_[j - 3];
  return g >= 0 && !IsPlaceGroup(g) ? g : -1;
}

// An object pronoun right before the verb: "lo recibió", "la visitó", "l'a reçu".
bool SentenceMatcher::ObjectClitic(std::size_t tb) const {
  static constexpr std::string_view kAuxiliaries[] = {"a", "ont", "ha", "han", "avait"};
  static constexpr std::string_view kClitics[] = {"lo", "la", "los", "las", "le", "les", "l'"};
  std::size_t j = tb;
  while (j > 0 && tb - j < 2 && Is(tokens_[j - 1], kAuxiliaries)) --j;
  // Right after the subject: "El presidente panameño lo recibió".
  return j >= 2 && Is(tokens_[j - 1], kClitics) && group_ending_at_[j - 1] >= 0;
}

// A group for the last subject of the previous sentences, unless it is the
// actor `other_than` already names; -1 if there is none.
int SentenceMatcher::PreviousSubjectGroup(int other_than) {
  if (!last_subject_) return -1;
  if (other_than >= 0) {
    for (std::size_t member : groups_[other_than].members) {
      if (StateOf(mentions_[member].entity) == StateOf(last_subject_->entity)) return -1;
    }
  }
  mentions_.push_back(*last_subject_);
  groups_.push_back({{mentions_.size() - 1}, 0, 0});
  return static_cast<int>(groups_.size() - 1);
}

// "sur la Russie, qu'il a accusée de": the object of a verb in a relative
// clause is the actor before ", qu'" (que, which, whom).
int SentenceMatcher::RelativeObject(std::size_t tb) const {
  static constexpr std::string_view kRelatives[] = {"qu'", "que", "which", "whom"};
  std::size_t j = tb;
  while (j > 0 && tb - j < 4 && (IsPronoun(tokens_[j - 1]) || IsVerbFiller(tokens_[j - 1]))) --j;
  if (j < 2 || !Is(tokens_[j - 1], kRelatives) || tokens_[j - 2].folded != ",") return -1;
  const int g = group_ending_at_[j - 2];
  return g >= 0 && !IsPlaceGroup(g) ? g : -1;
}

// "Les États-Unis ont menacé le Canada ... Ottawa a répliqué en promettant des
// mesures de rétorsion": a conflictual act with no object, by an actor acted
// on in the previous sentence, answers the one who acted.
void SentenceMatcher::TargetFromPreviousAct(Match* m) {
  if (m->target >= 0 || m->source < 0 || acted_on_before_.empty() || m->cue->converted) return;
  const Relation& r = rules_.pack.relations[m->cue->relation];
  // Only a conflictual answer: an appeal or an offer names whom it is for.
  if (r.direction != Direction::kDirected || r.quad_class < 3) return;
  if (m->cue->parts.back().kind != CuePart::Kind::kTarget) return;
  // "rejected the idea that ...": the act has an object, just not an actor.
  for (std::size_t j = m->anchor_te; j < tokens_.size() && j - m->anchor_te <= kObjectGap; ++j) {
    if (IsRelativePronoun(tokens_[j])) return;
    if (IsBoundary(j)) break;
  }
  for (std::size_t member : groups_[m->source].members) {
    const int state = StateOf(mentions_[member].entity);
    for (const auto& [acted_on, actor] : acted_on_before_) {
      if (acted_on != state || StateOf(actor.entity) == state) continue;
      mentions_.push_back(actor);
      groups_.push_back({{mentions_.size() - 1}, 0, 0});
      m->target = static_cast<int>(groups_.size() - 1);
      m->target_rule = ArgRule::kAnswered;
      return;
    }
  }
}

void SentenceMatcher::RememberActs() {
  std::vector<std::pair<int, Mention>> acts;
  for (const Match& m : matches_) {
    if (m.source < 0 || m.target < 0) continue;
    for (std::size_t t : groups_[m.target].members) {
      acts.emplace_back(StateOf(mentions_[t].entity), mentions_[groups_[m.source].members.front()]);
    }
  }
  if (acts.empty()) return;
  acted_on_ = std::move(acts);
  acted_on_age_ = 0;
}

void SentenceMatcher::InheritCoordinatedSubject(Match* m, const std::vector<Match>& earlier) {
  if (m->inherit_source) {
    // "..., where she met": the last subject of this sentence, else of an earlier one.
    for (auto e = earlier.rbegin(); e != earlier.rend(); ++e) {
      const int subject = e->passive ? e->target : e->source;  // "Fue recibido por Xi, con quien firmó"
      if (subject >= 0) {
        m->source = subject;
        m->source_rule = ArgRule::kCarried;
        return;
      }
    }
    if (last_subject_) {
      mentions_.push_back(*last_subject_);
      groups_.push_back({{mentions_.size() - 1}, 0, 0});
      m->source = static_cast<int>(groups_.size() - 1);
      m->source_rule = ArgRule::kCarried;
    }
    return;
  }
  // "China visited Peru and met with Chile", "the presidents of A, B and C met
  // in Bogota and signed a declaration": a verb right after "and" has no
  // subject of its own ("China visited Peru and Chile signed" has one, and
  // is not coordinated): it is the previous verb's.
  if (!m->coordinated || earlier.empty() || earlier.back().source < 0) return;
  const Match& e = earlier.back();
  m->source = e.source;
  m->source_rule = ArgRule::kCoordinated;
  if (m->target == e.source) m->target = -1;
  // "Ottawa a protesté auprès de Pékin et exigé leur libération": with no
  // object of its own, the second verb is about the first one's when both
  // are cooperation or both conflict (protest then demand); "accused Moscow and called on
  // its allies" changes the subject matter, and its object is not Moscow.
  const Relation& r = rules_.pack.relations[m->cue->relation];
  const bool list = groups_[m->source].members.size() >= 2 && r.direction == Direction::kSymmetric;
  const bool same_kind = (r.quad_class <= 2) == (rules_.pack.relations[e.cue->relation].quad_class <= 2);
  if (m->target < 0 && e.target >= 0 && !list && same_kind && !IsPlaceGroup(e.target)) {
    m->target = e.target;
    m->target_rule = ArgRule::kCoordinated;
  }
}

// "signed accords with Chile in 2019 and with Bolivia in 2021", "se reunió
// con Chile el lunes y con Bolivia el martes": a second object after "and"
// and the same preposition, with the verb left out, is the same act with
// another target. Only a few words (a date, a place) may stand between the
// first object and "and"; a verb there would be a clause of its own.
void SentenceMatcher::GappedObjects() {
  static constexpr std::string_view kPrepositions[] = {"with", "to", "against", "con", "a", "avec", "contre", "contra", "au", "aux"};
  static constexpr std::string_view kAnd[] = {"and", "et", "y"};
  static constexpr std::size_t kBetween = 5;  // "in 2019", "on Monday", "el 3 de marzo"
  const std::size_t found = matches_.size();
  for (std::size_t k = 0; k < found; ++k) {
    const Match m = matches_[k];
    if (m.target < 0 || m.source < 0 || m.passive || groups_[m.target].tb < m.anchor_te) continue;
    std::size_t p = groups_[m.target].tb;
    while (p > m.anchor_te && IsDeterminer(tokens_[p - 1])) --p;
    // The preposition may be the cue's last word: "{S} met with {T}".
    if (p == m.anchor_tb || !Is(tokens_[p - 1], kPrepositions)) continue;
    const Token& preposition = tokens_[p - 1];
    std::size_t j = groups_[m.target].te;
    for (std::size_t n = 0; j < tokens_.size() && n < kBetween && !Is(tokens_[j], kAnd); ++j, ++n) {
      if (IsBoundary(j) || group_starting_at_[j] >= 0 || IsConjunction(tokens_[j]) || IsRelativePronoun(tokens_[j])) break;
    }
    if (j + 1 >= tokens_.size() || !Is(tokens_[j], kAnd) || tokens_[j + 1].folded != preposition.folded) continue;
    std::size_t t = j + 2;
    while (t < tokens_.size() && IsDeterminer(tokens_[t])) ++t;
    if (t >= tokens_.size() || group_starting_at_[t] < 0) continue;
    const int g = group_starting_at_[t];
    if (IsPlaceGroup(g) || StateOf(mentions_[groups_[g].members.front()].entity) ==
                               StateOf(mentions_[groups_[m.source].members.front()].entity)) {
      continue;
    }
    Match second = m;
    second.target = g;
    second.target_rule = ArgRule::kGapped;
    second.window_te = std::max(m.window_te, groups_[g].te);
    matches_.push_back(second);
  }
  if (matches_.size() > found) {
    std::stable_sort(matches_.begin(), matches_.end(),
                     [](const Match& a, const Match& b) { return a.anchor_tb < b.anchor_tb; });
  }
}

}  // namespace dyad::extract
