#pragma once
// Internal to the extractor: the compiled rule pack and the per-sentence
// matching of actors and cue templates. SentenceMatcher is defined in ten
// files: mentions.cc (actors and their lists), sentence_matcher.cc (cues),
// carried_arguments.cc (arguments taken from around a cue's slots),
// converted_cues.cc (what a converted cue may take), sentence_frames.cc
// (verbs of intent, threat, refusal and halt governing a cue), hyphen_pairs.cc
// ("US-China talks"), speaker_pronouns.cc ("Syria says it will"),
// sentence_evidence.cc (each sentence in turn, and its records),
// argument_rules.cc (which rule chose each argument, for explain) and
// actor_gaps.cc (what the dictionaries miss, for dyad actors).
#include <cstdint>
#include <memory>
#include <optional>
#include <unordered_map>
#include <string>
#include <vector>

#include "extract/match/cue_expansion.h"
#include "extract/match/frames.h"
#include "extract/document.h"
#include "extract/evidence.h"
#include "extract/extractor.h"
#include "extract/match/actor_phrases.h"
#include "extract/match/matcher.h"
#include "extract/match/salience.h"
#include "extract/match/set_phrase_cache.h"
#include "extract/rules/rules.h"

namespace re2 {
class RE2;
}

namespace dyad::extract {

struct AliasRef {
  std::uint32_t entity = 0;
  AliasKind kind = AliasKind::kName;
  bool needs_capital = false;  // written with a capital: "Turkey" is not "turkey"
  bool needs_upper = false;    // an acronym: "UN" is not "Un", "US" is not "us"
};

struct CompiledPart {
  CuePart::Kind kind = CuePart::Kind::kWords;
  std::vector<std::string> words;  // folded tokens of a kWords part ("<meet>" for a set)
  bool after_gap = false;          // "..." before these words: they may stand further away
  std::vector<std::int32_t> sets;  // per word: its PhraseSets index, -1 for a literal; empty if all literal
};

struct CompiledCue {
  std::uint32_t relation = 0;
  const Cue* cue = nullptr;
  std::string rule;  // cue->loc.ToString(), which every record of the cue carries
  std::vector<CompiledPart> parts;
  std::size_t anchor = 0;       // index of the first kWords part
  std::size_t word_tokens = 0;  // literal tokens in all parts: more is more specific
  // Converted from a public dictionary (the cue has an origin): a hand-written
  // cue at the same words wins over it, and a target right after its verb
  // must be the verb's object, a few words on at most.
  bool converted = false;
};

struct CompiledPattern {
  std::uint32_t entity = 0;
  std::shared_ptr<re2::RE2> re;
};

struct CompiledRules {
  RulePack pack;
  std::vector<AliasRef> aliases;
  PhraseIndex alias_index;  // payload: index into aliases
  std::vector<CompiledPattern> patterns;
  std::vector<CompiledCue> cues;
  PhraseIndex anchor_index;  // payload: index into cues whose anchor is all literal
  PhraseSets sets;           // the lemmas' forms and the classes' members
  // Cues whose anchor starts with a set: by phrase id, the sets holding the
  // phrase that start anchors; by set, those cues.
  std::vector<std::vector<std::uint32_t>> anchor_sets_of_phrase;
  std::vector<std::vector<std::uint32_t>> cues_of_anchor_set;
  std::vector<char> verb_form;  // by phrase id: a form of a verb the cues name, not a gerund
  WordFilter anchor_filter;  // one word of each anchor: a sentence without any holds no cue
  std::vector<std::string> modality_words;
  PhraseIndex negation, hedge, denial;  // payload: index into modality_words
  PhraseIndex pair;                     // "the two countries"; payload unused
  PhraseIndex attribution, reporting;   // "according to", "claimed that"; payload unused
  PhraseIndex roles;                    // role nouns of rules/roles.yaml; payload: index into role_sectors
  std::vector<std::string> role_sectors;  // "government", "military"...
  PhraseIndex frames;                     // "will", "threatened to"...; payload: index into modality_words
  std::vector<Frame> frame_of_word;       // by modality_words index, for the frames' words
  std::unordered_map<std::string, std::uint32_t> relation_of_code;  // CAMEO code -> relation index
  // Hyphenated pairs (hyphen_pairs.h): "Sino" of "Sino-Peruvian" (payload:
  // the state's entity), and the nouns of the symmetric "talks between {S}"
  // cues as a pair may stand on them, "US-China talks" (payload: cue index).
  PhraseIndex combining_forms;
  PhraseIndex pair_nouns;
  std::unordered_map<std::string, std::uint32_t> country_entity;  // country id -> entity index
};

// Takes the pack by value: a caller that is done with it moves it in (it is
// tens of thousands of entities).
bool CompileRules(RulePack pack, CompiledRules* out, Diagnostics* diagnostics);

// Finds actors and cues in one sentence and turns matches into evidence.
// Holds scratch buffers: one per thread.
class SentenceMatcher {
 public:
  explicit SentenceMatcher(const CompiledRules& rules)
      : rules_(rules),
        rules_shared_(rules.cues.size()),
        entities_shared_(rules.pack.entities.size()),
        relations_shared_(rules.pack.relations.size()),
        modality_words_shared_(rules.modality_words.size()) {}

  // Forgets everything carried over from the previous document (the matcher
  // is reused from one to the next).
  void StartDocument() {
    last_subject_.reset();
    acted_on_.clear();
    acted_on_age_ = 0;
    previous_.clear();
    doc_ = nullptr;
    date_ = nullptr;
    tally_doc_ = nullptr;
    shared_for_ = nullptr;
  }

  // Appends the sentence's evidence (asserted or not) to out; fills trace if given.
  void Process(const Document& doc, const std::string& date, int index, Span span, SentenceTrace* trace,
               std::vector<Evidence>* out);

 private:
  struct Mention {
    std::uint32_t entity;
    AliasKind kind;
    std::size_t tb, te;  // token range in this sentence
    Span span;           // bytes in the document (a carried-over subject's lie earlier)
    std::size_t pe = 0;  // end of its actor phrase ("Libyan leader Muammar Gaddafi"), if past te
    int sector = -1;     // the phrase's role sector, -1 if none
    std::size_t role_end = 0;  // end of the phrase's role noun, if it has one after te
  };
  struct Group {
    std::vector<std::size_t> members;  // indices into mentions_
    std::size_t tb, te;
    std::size_t pe = 0;  // end of the last member's actor phrase, if past te
    bool hyphenated = false;  // "US-China": its members written as one word
  };
  // Which argument rule chose a slot's actor, for explain.
  enum class ArgRule : std::uint8_t {
    kNone, kSubject, kApposition, kSpeaker, kCarried, kCoordinated, kObject, kRecipient, kComplement,
    kRelative, kAgent, kPassiveSubject, kElided, kClitic, kThreatened, kAnswered, kHyphenPair, kGapped
  };
  static const char* ArgRuleName(ArgRule rule);
  struct Match {
    const CompiledCue* cue = nullptr;
    int source = -1;  // group index
    int target = -1;
    std::size_t anchor_tb = 0, anchor_te = 0;
    std::size_t window_tb = 0, window_te = 0;  // where modality words count
    bool inherit_source = false;  // the subject is a pronoun or an elided one
    bool target_locative = false; // the target is a capital after "in": maybe only a place
    bool coordinated = false;     // the cue follows "and"/"et"/"y": "... and signed"
    bool passive = false;         // read in the passive: the subject is the target
    bool elided_patient = false;  // "Fue recibido por Xi": the target is the last subject
    bool object_clitic = false;   // "lo recibió", "l'a reçu": the target is the last subject
    bool future = false;          // "firmará", "signera": an announced act, as "will sign"
    ArgRule source_rule = ArgRule::kNone, target_rule = ArgRule::kNone;
  };
  static constexpr int kInheritSubject = -2;

  // How far a slot may be from the words next to it, in tokens.
  static constexpr std::size_t kSubjectGap = 10;  // "A six-member Chinese military delegation visited"
  static constexpr std::size_t kObjectGap = 6;    // "signed an agreement with China"
  static constexpr std::size_t kDirectObjectGap = 2;  // "accused the United States"
  static constexpr std::size_t kInnerGap = 3;     // "visit of the Chinese delegation to"
  static constexpr std::size_t kWordsGap = 2;     // words after a slot: "Peru 's" / "Peru and its"
  // "{S} conclu ... les négociations": "conclu vendredi à Montevideo les"
  static constexpr std::size_t kPhraseGap = 8;
  static constexpr std::size_t kAppositionSpan = 30;
  static constexpr std::size_t kModalityReach = 4;  // modality words before a cue with no slot on its left
  // Sentences searched for the last two states named, when no list names a pair.
  static constexpr std::size_t kPairLookback = 3;

  void FindMentions(const std::string& date);
  bool AddPairMentions(std::size_t i);
  bool InPersonName(std::size_t i) const;
  std::vector<std::uint32_t> RecentStates(std::size_t before) const;
  int CountryOf(std::uint32_t entity) const;
  void AddPatternMentions(const Document& doc, Span span, const std::string& date);
  void GroupMentions();
  void SetSpeakersAside();
  void FindActorPhrases();
  void DropNonActors();
  bool Currency(const Mention& m) const;
  bool PostedTo(const Mention& m, const Mention& place) const;
  void AddCombiningForms();
  bool HyphenPair(std::size_t a, std::size_t b) const;
  void FindPairNounMatches();
  bool PairNounAt(const Group& g, Match* m) const;
  int PairNounCue(const std::vector<std::uint32_t>& payloads, bool noun_after) const;
  bool HasAnchor() const;
  void FindMatches();
  bool TryMatch(const CompiledCue& cue, std::size_t tb, std::size_t te, Match* m) const;
  bool TryPassive(const CompiledCue& cue, std::size_t tb, std::size_t te, Match* m) const;
  bool FollowsConjunction(std::size_t tb) const;
  int RelativeObject(std::size_t tb) const;
  int RelativeWith(std::size_t tb) const;
  bool BareTitleAt(std::size_t i) const;
  bool ObjectClitic(std::size_t tb) const;
  int PreviousSubjectGroup(int other_than);
  int StateOf(std::uint32_t entity) const;
  void TargetFromPreviousAct(Match* m);
  void RememberActs();
  bool MatchRight(const CompiledCue& cue, std::size_t pos, Match* m) const;
  bool MatchLeft(const CompiledCue& cue, std::size_t pos, Match* m) const;
  int GroupLeftOf(std::size_t pos, std::size_t max_gap, bool allow_place, ArgRule* rule = nullptr) const;
  int GroupRightOf(std::size_t pos, std::size_t max_gap, bool last, bool allow_place,
                   bool* locative_fallback) const;
  bool IsPlaceGroup(int g) const;
  std::string DateRightAfter(const Mention& m, const std::string& text, Span sentence) const;
  bool InPersonsApposition(std::size_t person, std::size_t m) const;
  bool SamePersonsState(std::size_t state, std::size_t person) const;
  bool AllowsPlace(const CompiledCue& cue, const CompiledPart& part) const;
  std::size_t PartEnd(const CompiledPart& part, std::size_t pos, Governed governed = Governed::kNo,
                      bool* future = nullptr) const;
  bool IsFuture(FormKind kind, std::size_t pos) const;
  std::size_t SetEnd(std::int32_t set, std::size_t pos, Governed governed = Governed::kNo,
                     FormKind* kind = nullptr) const {
    return phrase_cache_.SetEnd(rules_.sets, tokens_, set, pos, governed, kind);
  }
  using PhraseHit = SetPhraseCache::Hit;
  std::pair<const PhraseHit*, const PhraseHit*> PhrasesAt(std::size_t pos) const {
    return phrase_cache_.At(rules_.sets, tokens_, pos);
  }
  // The document's language, "" if unknown.
  std::string_view Lang() const { return doc_ != nullptr ? std::string_view(doc_->lang) : std::string_view(); }
  bool ConvertedMayStartAt(std::size_t i) const;
  std::size_t SkipLeft(std::size_t j) const;
  bool LeftWordsBetween(std::size_t begin, std::size_t end) const;
  static constexpr std::size_t kHeadNouns = 2;  // "Israeli army bulldozers"
  std::size_t HeadNounsEnd(int g, std::size_t limit) const;
  bool IsHeadNoun(std::size_t j) const;
  std::size_t PassiveAuxiliaryBefore(std::size_t tb) const;
  bool PartEndsAt(const CompiledPart& part, std::size_t end, std::size_t* begin) const;
  void CueCandidates(std::size_t i, bool hand_only = false);
  bool HandCueWithin(std::size_t begin, std::size_t end);
  void DropConvertedRepeats();
  void GappedObjects();
  bool ConvertedArguments(const Match& m) const;
  int RecipientAfter(std::size_t pos) const;
  static constexpr int kOtherSpeaker = -3;  // a reported clause's pronoun that is not the speaker
  int SpeakerOfPronoun(std::size_t k) const;
  bool PluralGroup(int g) const;
  bool PluralWord(std::size_t j) const;
  bool SkipsReportedSubject(std::size_t begin, std::size_t end) const;
  void InheritCoordinatedSubject(Match* m, const std::vector<Match>& earlier);
  Modality FindModality(const Match& m, SharedText* word, int* frame);
  void FindFrames();
  int FrameBefore(std::size_t tb) const;
  struct FrameHit;
  std::string FrameCode(const FrameHit& hit, const std::string& cameo, const FrameHit** outer) const;
  std::uint32_t FramedRelation(const Match& m, int frame, Evidence* e, std::string* note);
  bool ReciprocalList(const Match& m) const;
  void FutureFrames();
  void ConditionalThreats();
  bool InFrameWord(std::size_t i) const;
  void ThreatTargets();
  void DropFrameVerbs();
  std::string ArgumentsNote(const Match& m) const;
  void Emit(const Document& doc, const std::string& date, int index, Span span, const Match& m,
            SentenceTrace* trace, std::vector<Evidence>* out);
  bool IsBoundary(std::size_t i) const;
  bool TrailingSpeakerAt(std::size_t i) const;
  bool EntityValid(std::uint32_t entity, const std::string& date) const;
  bool EntityEnded(std::uint32_t entity, const std::string& date) const;
  bool AliasApplies(const AliasRef& alias, std::size_t i, std::size_t len) const;
  // What the dictionaries miss (actor_gaps.cc), into trace_: for dyad actors.
  void TraceNames(std::size_t i, std::size_t len, const std::vector<std::uint32_t>& payloads, bool found,
                  const std::string& date);
  void TraceGaps();
  std::vector<char> PhraseTokens() const;
  bool GapPhrase(const std::vector<char>& phrase, std::size_t from, bool leftwards, Span* span, bool* name) const;

  const CompiledRules& rules_;
  SentenceTrace* trace_ = nullptr;  // this sentence's, when traced
  Tokenizer tokenizer_;
  std::vector<Token> tokens_;
  std::vector<Mention> mentions_;
  std::vector<Group> groups_;
  std::vector<int> group_starting_at_;  // per token: group index starting there, or -1
  std::vector<int> group_ending_at_;    // per token: group index ending just before it, or -1
  std::vector<Match> matches_;
  // Reported speech (attribution.h): the mentions of speakers set aside
  // ("according to Peru"), and where a verb of saying ends a clause.
  std::vector<std::pair<std::size_t, std::size_t>> attributions_;
  std::vector<Mention> speakers_;
  std::vector<char> reporting_end_;
  // Frames (frames.h): each "will", "threatened to"... of the sentence, and
  // per token the one ending right before it, or -1.
  struct FrameHit {
    std::size_t tb, te;
    Frame frame;
    std::uint32_t word;  // index into modality_words; kFutureWord: the verb at tb is a future
  };
  static constexpr std::uint32_t kFutureWord = UINT32_MAX;
  // The frame's word as explain and the records name it.
  std::string FrameWord(const FrameHit& hit) const;
  SharedText SharedFrameWord(const FrameHit& hit);
  std::vector<FrameHit> frame_hits_;
  std::vector<int> frame_ending_at_;
  std::optional<Mention> last_subject_;
  // The previous sentence's acts: (state acted on, the actor that acted), for
  // "Niger expelled France's ambassador. Paris denounced the decision."
  std::vector<std::pair<int, Mention>> acted_on_;
  std::vector<std::pair<int, Mention>> acted_on_before_;
  int acted_on_age_ = 0;  // sentences since acted_on_ was filled
  std::size_t first_of_sentence_ = 0;  // index in the output of this sentence's first record
  // FindEventDate of this sentence, once a match has needed it: every
  // match of a sentence has the same.
  std::optional<SharedText> event_date_;
  // The document's id, title, URL and date as its records share them, made
  // for shared_for_.
  SharedText doc_id_, doc_title_, doc_url_, doc_date_;
  // Each cue's rule location, entity's id, relation's id and modality word as this
  // matcher's records share them, by index, made on first use: a copy per
  // thread, so that threads do not contend for one reference count.
  std::vector<SharedText> rules_shared_;
  std::vector<SharedText> entities_shared_;
  std::vector<SharedText> relations_shared_;
  std::vector<SharedText> modality_words_shared_;
  const Document* shared_for_ = nullptr;
  const Document* doc_ = nullptr;      // the document being read, and its date
  const std::string* date_ = nullptr;
  std::vector<Span> previous_;         // the document's sentences so far, for "the two countries"
  mutable PairTally tally_;      // doc_tally_ and this sentence's lists
  mutable PairTally doc_tally_;  // the title's and the sentences' of previous_[0, tallied_)
  mutable std::size_t tallied_ = 0;
  mutable const Document* tally_doc_ = nullptr;  // the document doc_tally_ is of
  // Scratch: the previous sentences' tokens (RecentStates), FindMatches' cue hits.
  mutable Tokenizer previous_tokenizer_;
  mutable std::vector<Token> previous_tokens_;
  std::vector<std::pair<std::size_t, const std::vector<std::uint32_t>*>> hits_;
  struct Candidate {
    std::size_t len;  // the anchor's tokens
    std::uint32_t cue;
    bool future;      // the anchor's verb is a simple future ("firmará")
  };
  std::vector<Candidate> candidates_;  // the cues whose anchor stands at a token
  SetPhraseCache phrase_cache_;  // the set phrases at each token of this sentence
  std::vector<std::uint32_t> set_hits_;  // for "She met ..." in the next sentence
};

}  // namespace dyad::extract
