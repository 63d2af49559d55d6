#include "extract/match/sentence_matcher.h"

#include <algorithm>

#include "extract/match/attribution.h"
#include "extract/text/dates.h"
#include "extract/match/word_classes.h"

// SentenceMatcher, part three: each sentence processed in turn, and each
// match turned into evidence records with their modality (negated, hedged,
// denied), dates and provenance.
namespace dyad::extract {
namespace {

using words::IsConjunction;

// The shared copy of `text` at (*list)[i], made on first use.
const SharedText& Shared(std::vector<SharedText>* list, std::size_t i, const std::string& text) {
  SharedText& shared = (*list)[i];
  if (shared.empty()) shared = text;
  return shared;
}

const char* AliasKindName(AliasKind k) {
  switch (k) {
    case AliasKind::kName: return "name";
    case AliasKind::kDemonym: return "demonym";
    case AliasKind::kCapital: return "capital";
    case AliasKind::kPattern: return "pattern";
  }
  return "name";
}

}  // namespace

// The match's modality; *frame is the frame governing its cue, if any
// (sentence_frames.cc). A frame word elsewhere in the window governs another
// verb ("Peru, which will host the summit, signed"): it hedges (a refusal
// negates), as it did before frames were read; an aspect or halt verb does nothing.
Modality SentenceMatcher::FindModality(const Match& m, SharedText* word, int* frame) {
  *frame = -1;
  struct Kind {
    const PhraseIndex* index;
    Modality modality;
  };
  const Kind kinds[] = {{&rules_.denial, Modality::kDenied},
                        {&rules_.negation, Modality::kNegated},
                        {&rules_.hedge, Modality::kHedged}};
  // "did not regret the operation and accused Mexico": a negation before the
  // last conjunction ahead of the cue belongs to another verb.
  std::size_t from = m.window_tb;
  for (std::size_t i = m.anchor_tb; i > from; --i) {
    if (IsConjunction(tokens_[i - 1])) {
      from = i;
      break;
    }
  }
  for (const Kind& k : kinds) {
    for (std::size_t i = from; i < m.window_te && i < tokens_.size(); ++i) {
      if (group_starting_at_[i] >= 0) {  // actors' names are not modality words
        i = groups_[group_starting_at_[i]].te - 1;
        continue;
      }
      if (i >= m.anchor_tb && i < m.anchor_te) continue;  // nor the cue's own: "rechazó" rejects
      // Nor a frame's: "se negó a reunirse" is a refusal, not a denial.
      if (InFrameWord(i)) continue;
      const std::vector<std::uint32_t>* payloads = nullptr;
      if (k.index->Longest(tokens_, i, m.window_te, &payloads) > 0) {
        *word = Shared(&modality_words_shared_, payloads->front(), rules_.modality_words[payloads->front()]);
        return k.modality;
      }
    }
  }
  *frame = FrameBefore(m.anchor_tb);
  if (*frame >= 0) return Modality::kAsserted;
  for (const FrameHit& hit : frame_hits_) {
    // A halt of another act ("Peru, which froze aid in 2019, signed") says
    // nothing of this one.
    if (hit.frame == Frame::kAspect || hit.frame == Frame::kHalt) continue;
    if (hit.tb >= from && hit.te <= m.window_te && (hit.te <= m.anchor_tb || hit.tb >= m.anchor_te)) {
      *word = SharedFrameWord(hit);
      return hit.frame == Frame::kRefusal ? Modality::kNegated : Modality::kHedged;
    }
  }
  return Modality::kAsserted;
}

bool SentenceMatcher::InFrameWord(std::size_t i) const {
  return std::any_of(frame_hits_.begin(), frame_hits_.end(),
                     [&](const FrameHit& h) { return i >= h.tb && i < h.te; });
}

void SentenceMatcher::Process(const Document& doc, const std::string& date, int index, Span span,
                              SentenceTrace* trace, std::vector<Evidence>* out) {
  first_of_sentence_ = out->size();
  event_date_.reset();
  if (doc_ != &doc) previous_.clear();
  doc_ = &doc;
  date_ = &date;
  struct Remember {  // this sentence is "previous" for the next one, however Process returns
    std::vector<Span>& list;
    Span span;
    ~Remember() { list.push_back(span); }
  } remember{previous_, span};
  // The acts of the last sentence that had any, if at most two sentences back.
  if (++acted_on_age_ > 2) acted_on_.clear();
  acted_on_before_ = acted_on_;
  // Most sentences hold no cue: they need no actors either, unless traced,
  // and most of them are told by the filter without being tokenized.
  if (trace == nullptr && !rules_.anchor_filter.MayContain(doc.text, span.begin, span.end)) return;
  tokenizer_.Tokenize(doc.text, span.begin, span.end, &tokens_);
  phrase_cache_.Reset(tokens_.size());
  if (trace == nullptr && !HasAnchor()) return;
  trace_ = trace;
  FindMentions(date);
  AddPatternMentions(doc, span, date);
  AddCombiningForms();
  SetSpeakersAside();
  FindActorPhrases();
  GroupMentions();
  FindReportingEnds(rules_.reporting, tokens_, &reporting_end_);
  FindFrames();
  FindMatches();
  if (trace) {
    TraceGaps();
    for (const Mention& m : mentions_) {
      std::string kind = AliasKindName(m.kind);
      if (m.sector >= 0) kind += ", role " + rules_.role_sectors[static_cast<std::size_t>(m.sector)];
      trace->mentions.push_back({rules_.pack.entities[m.entity].id, kind, m.span});
    }
    for (const Mention& m : speakers_) trace->mentions.push_back({rules_.pack.entities[m.entity].id, "speaker", m.span});
    for (const Match& m : matches_) {
      const Relation& r = rules_.pack.relations[m.cue->relation];
      trace->cues.push_back({r.id, m.cue->cue->text, m.cue->rule,
                             {tokens_[m.anchor_tb].begin, tokens_[m.anchor_te - 1].end}});
    }
  }
  for (const Match& m : matches_) Emit(doc, date, index, span, m, trace, out);
  RememberActs();
  for (auto m = matches_.rbegin(); m != matches_.rend(); ++m) {
    if (m->source >= 0) {
      last_subject_ = mentions_[groups_[m->source].members.front()];
      break;
    }
  }
}

namespace {

// The actor pairs a match relates, as mention indices.
std::vector<std::pair<std::size_t, std::size_t>> Pairs(const std::vector<std::size_t>* sources,
                                                       const std::vector<std::size_t>* targets,
                                                       bool symmetric) {
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  if (sources && targets) {
    for (std::size_t s : *sources) {
      for (std::size_t t : *targets) pairs.emplace_back(s, t);
    }
  } else if (symmetric && (sources || targets)) {
    // "Peru and Chile signed": each pair of a list is related.
    const auto& list = sources ? *sources : *targets;
    for (std::size_t i = 0; i < list.size(); ++i) {
      for (std::size_t j = i + 1; j < list.size(); ++j) pairs.emplace_back(list[i], list[j]);
    }
  }
  return pairs;
}

std::string Outcome(Modality modality, const std::string& word, const std::string& note) {
  if (modality == Modality::kAsserted) return note.empty() ? "edge" : "edge, " + note;
  return std::string(ModalityName(modality)) + " by '" + word + "'";
}

}  // namespace

void SentenceMatcher::Emit(const Document& doc, const std::string& date, int index, Span span, const Match& m,
                           SentenceTrace* trace, std::vector<Evidence>* out) {
  const Relation& relation = rules_.pack.relations[m.cue->relation];
  const bool symmetric = relation.direction == Direction::kSymmetric || ReciprocalList(m);
  if (shared_for_ != &doc) {
    doc_id_ = doc.id;
    doc_title_ = doc.title;
    doc_url_ = doc.url;
    shared_for_ = &doc;
  }
  if (doc_date_.str() != date) doc_date_ = date;
  Evidence base;
  base.doc_id = doc_id_;
  base.doc_title = doc_title_;
  base.doc_url = doc_url_;
  base.doc_date = doc_date_;
  base.sentence_index = index;
  base.sentence = doc.text.substr(span.begin, span.end - span.begin);
  base.sentence_span = span;
  base.relation = Shared(&relations_shared_, m.cue->relation, relation.id);
  base.cue_span = Span{tokens_[m.anchor_tb].begin, tokens_[m.anchor_te - 1].end};
  base.rule = Shared(&rules_shared_, static_cast<std::size_t>(m.cue - rules_.cues.data()), m.cue->rule);
  // "Chile and Peru held talks in Lima": with a list of actors, a capital
  // after "in" is where they met, not a third party.
  const bool place_only = symmetric && m.target_locative && m.source >= 0 && groups_[m.source].members.size() >= 2;
  auto pairs = Pairs(m.source >= 0 ? &groups_[m.source].members : nullptr,
                     m.target >= 0 && !place_only ? &groups_[m.target].members : nullptr, symmetric);
  if (pairs.empty()) {
    if (trace) trace->candidates.push_back({base, m.source < 0 ? "no source" : "no target", ArgumentsNote(m)});
    return;
  }
  if (!event_date_) event_date_ = SharedText(FindEventDate(base.sentence, tokens_));  // tokens_ are the sentence's
  base.event_date = *event_date_;
  int frame = -1;
  base.modality = FindModality(m, &base.modality_word, &frame);
  std::string frame_note;
  if (base.modality == Modality::kAsserted) {
    const std::uint32_t framed = FramedRelation(m, frame, &base, &frame_note);
    if (framed != m.cue->relation) base.relation = Shared(&relations_shared_, framed, rules_.pack.relations[framed].id);
  }
  std::vector<std::pair<std::uint32_t, std::uint32_t>> done;
  for (std::size_t k = 0; k < pairs.size(); ++k) {
    const Mention& ms = mentions_[pairs[k].first];
    const Mention& mt = mentions_[pairs[k].second];
    // Most matches relate one pair: the last record takes base's strings.
    Evidence e = k + 1 == pairs.size() ? std::move(base) : base;
    e.source = Shared(&entities_shared_, ms.entity, rules_.pack.entities[ms.entity].id);
    e.target = Shared(&entities_shared_, mt.entity, rules_.pack.entities[mt.entity].id);
    e.source_span = ms.span;
    e.target_span = mt.span;
    // "membre de l'UE depuis 1986 et de l'OTAN depuis 1982": a date right
    // after the target is this edge's own.
    const std::string own_date = DateRightAfter(mt, doc.text, span);
    if (!own_date.empty()) e.event_date = own_date;
    std::pair<std::uint32_t, std::uint32_t> key = std::minmax(ms.entity, mt.entity);
    if (std::find(done.begin(), done.end(), key) != done.end()) continue;
    done.push_back(key);
    if (ms.entity == mt.entity) {
      if (trace) trace->candidates.push_back({e, "same actor on both ends", ArgumentsNote(m)});
      continue;
    }
    // Two cues of one relation in one sentence ("bought a stake in") are one fact.
    const bool repeated = std::any_of(out->begin() + first_of_sentence_, out->end(), [&](const Evidence& x) {
      return x.source == e.source && x.target == e.target && x.relation == e.relation;
    });
    if (trace) {
      trace->candidates.push_back({e, repeated ? "same fact as an earlier cue" : Outcome(e.modality, e.modality_word, frame_note),
                                   ArgumentsNote(m)});
    }
    if (!repeated) out->push_back(std::move(e));
  }
}

}  // namespace dyad::extract
