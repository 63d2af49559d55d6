#include "extract/sentence_matcher.h"

#include <algorithm>
#include <re2/re2.h>

#include "extract/dates.h"

namespace dyad::extract {
namespace {

// The shared copy of `text` at (*list)[i], made on first use.
const SharedText& Shared(std::vector<SharedText>* list, std::size_t i, const std::string& text) {
  SharedText& shared = (*list)[i];
  if (shared.empty()) shared = text;
  return shared;
}

// How far a slot may be from the words next to it, in tokens.
constexpr std::size_t kSubjectGap = 10;  // "A six-member Chinese military delegation visited"
constexpr std::size_t kObjectGap = 6;    // "signed an agreement with China"
constexpr std::size_t kInnerGap = 3;     // "visit of the Chinese delegation to"
constexpr std::size_t kWordsGap = 2;     // words after a slot: "Peru 's" / "Peru and its"
constexpr std::size_t kPhraseGap = 8;    // "{S} conclu ... les négociations": "conclu vendredi à Montevideo les"
constexpr std::size_t kAppositionSpan = 30;
constexpr std::size_t kModalityReach = 4;  // modality words before a cue with no slot on its left
constexpr std::size_t kPairLookback = 3;   // sentences searched for the states "the two countries" names

// The lists are static arrays: an initializer_list would be built on the
// stack at every call, and most of these run on every token of a sentence.
template <std::size_t N>
bool Is(const Token& t, const std::string_view (&words)[N]) {
  // The first byte before the rest: most words differ there, and comparing
  // it inline saves a memcmp call per word of the same length.
  const std::string_view f = t.folded;
  return std::any_of(std::begin(words), std::end(words), [f](std::string_view w) {
    return w.size() == f.size() && (f.empty() || w[0] == f[0]) && w == f;
  });
}

bool IsConnector(const Token& t) {
  static constexpr std::string_view kWords[] = {",",  "and", "et", "y",   "e",  "&",   "the",
                                                "le", "la",  "l'", "les", "el", "los", "las"};
  return Is(t, kWords);
}

// "du Chili et du Pérou", "de Chile y de Perú": joins a list only beside a
// coordinating word, so "la capitale du Pérou" stays one name.
bool IsOfWord(const Token& t) {
  static constexpr std::string_view kWords[] = {"du", "de", "des", "d'", "del"};
  return Is(t, kWords);
}

bool IsCoordinator(const Token& t) {
  static constexpr std::string_view kWords[] = {",", "and", "et", "y", "e", "&"};
  return Is(t, kWords);
}

// Words after a comma that open another clause: "..., tandis que Mexico".
bool OpensClause(const Token& t) {
  static constexpr std::string_view kWords[] = {
      "while", "whereas",   "which",    "who",   "where", "according", "saying",    "tandis", "alors", "qui", "ou",
      "selon", "affirmant", "mientras", "quien", "donde", "segun",     "afirmando", "but",    "mais",  "pero"};
  return Is(t, kWords);
}

bool IsNumber(const Token& t) { return !t.folded.empty() && t.folded[0] >= '0' && t.folded[0] <= '9'; }

// Part of an amount: "2.5 billion dollars", "deux millions d'euros".
bool IsAmountWord(const Token& t) {
  static constexpr std::string_view kWords[] = {
      "million", "millions", "billion", "billions", "milliard", "milliards", "millon", "millones", "dollars", "dollar",
      "euros",   "euro",     "dolares", "yuan",     "yuans",    "$",         "%",      ".",        "us",      "two",
      "three",   "four",     "five",    "ten",      "hundred",  "thousand",  "deux",   "trois",    "quatre",  "cinq",
      "dix",     "cent",     "mille",   "dos",      "tres",     "cuatro",    "cinco",  "diez",     "cien",    "mil"};
  return IsNumber(t) || Is(t, kWords);
}

// Opens a relative clause: "the visit that will end with ...".
bool IsRelativePronoun(const Token& t) {
  static constexpr std::string_view kWords[] = {"that", "which", "who",  "whose", "qui",
                                                "dont", "quien", "cuyo", "cuya"};
  return Is(t, kWords);
}

// A conjunction before a second verb: "met in Bogota and signed".
bool IsConjunction(const Token& t) {
  static constexpr std::string_view kWords[] = {"and", "et", "y", "e", "but", "mais", "pero"};
  return Is(t, kWords);
}

// Between a conjunction and its verb: auxiliaries, reflexives and adverbs
// ("and has since signed", "et a aussi signé", "y luego firmó").
bool IsVerbFiller(const Token& t) {
  static constexpr std::string_view kWords[] = {
      "has",   "have",    "had",   "will",    "would",   "then", "also",    "later",    "since",    "a",     "ont",
      "avait", "avaient", "va",    "vont",    "se",      "s'",   "puis",    "aussi",    "ensuite",  "ha",    "han",
      "habia", "habian",  "luego", "tambien", "despues", "then", "jointly", "together", "ensemble", "juntos"};
  return Is(t, kWords);
}

// The auxiliary of a passive: "was visited", "a été signé", "fue firmado".
bool IsPassiveAuxiliary(const Token& t) {
  static constexpr std::string_view kWords[] = {"was",    "were", "been",   "is",   "are",  "being",  "ete",  "fut",
                                                "furent", "fue",  "fueron", "sido", "sera", "seront", "seran"};
  return Is(t, kWords);
}

// The word that introduces a passive's agent.
bool IsAgentWord(const Token& t) {
  static constexpr std::string_view kWords[] = {"by", "par", "por"};
  return Is(t, kWords);
}

// A subject pronoun: the actor is the last subject named before it.
bool IsPronoun(const Token& t) {
  static constexpr std::string_view kWords[] = {"he", "she", "they", "il", "elle", "ils", "elles", "ella", "ellos"};
  return Is(t, kWords);
}

// An office named without its state stands for the last subject, like a
// pronoun: "El canciller presentó una nota de protesta al Reino Unido".
bool IsBareTitle(const Token& t) {
  static constexpr std::string_view kWords[] = {"minister", "chancellor", "canciller",  "ministro",
                                                "ministra", "ministre",   "chancelier", "cancillera"};
  return Is(t, kWords);
}

// Words opening a participle or subordinate clause whose subject is the main
// clause's: "Song came to Peru after holding talks in Washington".
bool IsSubordinator(const Token& t) {
  static constexpr std::string_view kWords[] = {"after", "before", "while", "apres",
                                                "avant", "tras",   "antes", "durante"};
  return Is(t, kWords);
}

// No lower-case ASCII letter in text[begin, end).
bool AllUpper(const std::string& text, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    if (text[i] >= 'a' && text[i] <= 'z') return false;
  }
  return true;
}

// Capitalized words that may stand next to a state's name without making it
// part of another name: "Peru President Dina Boluarte", "China Coast Guard".
bool IsTitleWord(const Token& t) {
  static constexpr std::string_view kWords[] = {
      "president",  "prime",    "foreign",    "defence",   "defense",  "minister",  "ministry",
      "army",       "navy",     "air",        "armed",     "central",  "national",  "government",
      "state",      "embassy",  "ambassador", "secretary", "vice",     "senate",    "congress",
      "parliament", "supreme",  "coast",      "police",    "trade",    "finance",   "economy",
      "interior",   "security", "special",    "forces",    "military", "officials", "leader",
      "chief",      "premier",  "general",    "council",   "assembly", "mission"};
  return Is(t, kWords);
}

bool IsLocative(const Token& t) {
  static constexpr std::string_view kWords[] = {"in", "at", "en", "a", "au", "aux", "dans"};
  return Is(t, kWords);
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

bool SentenceMatcher::IsBoundary(std::size_t i) const {
  static constexpr std::string_view kBoundaries[] = {";", ":", "(", ")", "[", "]", "?", "!", "."};
  return Is(tokens_[i], kBoundaries) &&
         !(i > 0 && tokens_[i].folded == "." && tokens_[i - 1].folded.size() == 1);
}

bool SentenceMatcher::EntityValid(std::uint32_t entity, const std::string& date) const {
  const Entity& e = rules_.pack.entities[entity];
  if (date.empty()) return true;
  // Compare on the precision both sides have ("2024-06" against "2024-06-01").
  auto before = [](const std::string& a, const std::string& b) {
    std::size_t n = std::min(a.size(), b.size());
    return a.compare(0, n, b, 0, n) < 0;
  };
  if (!e.valid_from.empty() && before(date, e.valid_from)) return false;
  if (!e.valid_until.empty() && before(e.valid_until, date)) return false;
  return true;
}

void SentenceMatcher::FindMentions(const std::string& date) {
  mentions_.clear();
  const std::size_t n = tokens_.size();
  for (std::size_t i = 0; i < n;) {
    const std::vector<std::uint32_t>* payloads = nullptr;
    std::size_t len = tokens_[i].is_word ? rules_.alias_index.Longest(tokens_, i, n, &payloads) : 0;
    bool found = false;
    if (tokens_[i].is_word && AddPairMentions(i)) {
      i = mentions_.back().te;
      continue;
    }
    if (len > 0) {
      for (std::uint32_t a : *payloads) {
        const AliasRef& alias = rules_.aliases[a];
        if (alias.needs_capital && !tokens_[i].capitalized) continue;
        if (alias.needs_upper && !AllUpper(doc_->text, tokens_[i].begin, tokens_[i + len - 1].end)) continue;
        if (len == 1 && alias.kind != AliasKind::kDemonym && !alias.needs_upper && InPersonName(i)) continue;
        if (!EntityValid(alias.entity, date)) continue;
        mentions_.push_back({alias.entity, alias.kind, i, i + len, {tokens_[i].begin, tokens_[i + len - 1].end}});
        found = true;
        break;
      }
    }
    i += found ? len : 1;
  }
}

// A one-word name inside a person's or a brand's name: "Denzel Washington",
// "Chad Ford", "Jordan Clarkson", "Georgia Tech". The word next to it is
// capitalized mid-sentence, is no known name itself and is not a title.
bool SentenceMatcher::InPersonName(std::size_t i) const {
  auto other_name = [&](std::size_t k) {
    const Token& t = tokens_[k];
    if (!t.is_word || !t.capitalized || IsTitleWord(t)) return false;
    const std::vector<std::uint32_t>* payloads = nullptr;
    return rules_.alias_index.Longest(tokens_, k, tokens_.size(), &payloads) == 0;
  };
  const bool after_name = i >= 2 && tokens_[i - 2].is_word && other_name(i - 1);
  const bool before_name = i + 1 < tokens_.size() && other_name(i + 1);
  return after_name || before_name;
}

// The state an actor belongs to, as an entity index (none: -1).
int SentenceMatcher::CountryOf(std::uint32_t entity) const {
  const std::string& country = rules_.pack.entities[entity].country;
  auto it = rules_.country_entity.find(country);
  return it == rules_.country_entity.end() ? -1 : static_cast<int>(it->second);
}

// The last two distinct states named before token `before` of this sentence,
// else in the previous sentences of the document, latest first.
std::vector<std::uint32_t> SentenceMatcher::RecentStates(std::size_t before) const {
  std::vector<std::uint32_t> states;
  auto add = [&](std::uint32_t entity) {
    const int c = CountryOf(entity);
    if (c >= 0 && states.size() < 2 && std::find(states.begin(), states.end(), c) == states.end()) {
      states.push_back(static_cast<std::uint32_t>(c));
    }
  };
  for (auto m = mentions_.rbegin(); m != mentions_.rend(); ++m) {
    if (m->te <= before) add(m->entity);
  }
  // Earlier sentences, latest first, scanned only now that a pair phrase needs them.
  std::vector<Token>& tokens = previous_tokens_;
  for (auto span = previous_.rbegin(); span != previous_.rend() && states.size() < 2; ++span) {
    previous_tokenizer_.Tokenize(doc_->text, span->begin, span->end, &tokens);
    std::vector<std::uint32_t> found;
    for (std::size_t i = 0; i < tokens.size();) {
      const std::vector<std::uint32_t>* payloads = nullptr;
      std::size_t len = tokens[i].is_word ? rules_.alias_index.Longest(tokens, i, tokens.size(), &payloads) : 0;
      const AliasRef* alias = len > 0 ? &rules_.aliases[payloads->front()] : nullptr;
      if (alias && (!alias->needs_capital || tokens[i].capitalized) && EntityValid(alias->entity, *date_)) {
        found.push_back(alias->entity);
      }
      i += len > 0 ? len : 1;
    }
    for (auto e = found.rbegin(); e != found.rend(); ++e) add(*e);
  }
  return states;
}

// "the two countries", "les deux pays": two mentions over the phrase's words.
bool SentenceMatcher::AddPairMentions(std::size_t i) {
  const std::vector<std::uint32_t>* payloads = nullptr;
  const std::size_t len = rules_.pair.Longest(tokens_, i, tokens_.size(), &payloads);
  if (len == 0) return false;
  std::vector<std::uint32_t> states = RecentStates(i);
  if (states.size() < 2) return false;
  const Span span{tokens_[i].begin, tokens_[i + len - 1].end};
  for (auto s = states.rbegin(); s != states.rend(); ++s) {  // in order of mention
    mentions_.push_back({*s, AliasKind::kName, i, i + len, span});
  }
  return true;
}

void SentenceMatcher::AddPatternMentions(const Document& doc, Span span, const std::string& date) {
  if (rules_.patterns.empty()) return;
  std::string_view text(doc.text.data() + span.begin, span.end - span.begin);
  for (const CompiledPattern& p : rules_.patterns) {
    if (!EntityValid(p.entity, date)) continue;
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece match;
    while (p.re->Match(input, 0, input.size(), RE2::UNANCHORED, &match, 1) && !match.empty()) {
      std::size_t b = span.begin + (match.data() - text.data());
      std::size_t e = b + match.size();
      // Whole words only: the match must start and end on token boundaries.
      auto tb = std::find_if(tokens_.begin(), tokens_.end(), [&](const Token& t) { return t.begin == b; });
      auto te = std::find_if(tokens_.begin(), tokens_.end(), [&](const Token& t) { return t.end == e; });
      if (tb != tokens_.end() && te != tokens_.end() && tb <= te) {
        std::size_t i = tb - tokens_.begin(), j = te - tokens_.begin() + 1;
        bool overlaps = std::any_of(mentions_.begin(), mentions_.end(),
                                    [&](const Mention& m) { return m.tb < j && i < m.te; });
        if (!overlaps) mentions_.push_back({p.entity, AliasKind::kPattern, i, j, {b, e}});
      }
      input.remove_prefix(match.data() + match.size() - input.data());
    }
  }
  std::sort(mentions_.begin(), mentions_.end(), [](const Mention& a, const Mention& b) { return a.tb < b.tb; });
}

void SentenceMatcher::GroupMentions() {
  groups_.clear();
  group_starting_at_.assign(tokens_.size() + 1, -1);
  group_ending_at_.assign(tokens_.size() + 1, -1);
  for (std::size_t m = 0; m < mentions_.size(); ++m) {
    // "Elmer Schialer, ministre des Affaires étrangères du Pérou, et Walter
    // Astudillo": the state in a person's apposition says whose minister he
    // is; the list is of the two men.
    if (m > 0 && !groups_.empty() && groups_.back().members.back() == m - 1 && InPersonsApposition(m - 1, m)) {
      groups_.back().te = mentions_[m].te;
      continue;
    }
    bool joins = false;
    if (!groups_.empty()) {
      Group& g = groups_.back();
      joins = true;
      bool coordinated = false, of_word = false;
      for (std::size_t t = g.te; t < mentions_[m].tb && joins; ++t) {
        // "membre de l'UE depuis 1986 et de l'OTAN": a date between list members.
        if (Is(tokens_[t], {"since", "depuis", "desde"}) && t + 1 < mentions_[m].tb && IsNumber(tokens_[t + 1])) {
          ++t;
          continue;
        }
        const bool of = IsOfWord(tokens_[t]);
        joins = IsConnector(tokens_[t]) || of;
        of_word = of_word || of;
        coordinated = coordinated || IsCoordinator(tokens_[t]);
      }
      joins = joins && (!of_word || coordinated);
      // "Peru and Chile": at least one connector word, not bare adjacency;
      // the two states behind "the two countries" share its words.
      joins = (joins && mentions_[m].tb > g.te) || mentions_[m].tb == mentions_[g.members.back()].tb;
    }
    if (joins) {
      groups_.back().members.push_back(m);
      groups_.back().te = mentions_[m].te;
    } else {
      groups_.push_back({{m}, mentions_[m].tb, mentions_[m].te});
    }
  }
  for (std::size_t g = 0; g < groups_.size(); ++g) {
    group_starting_at_[groups_[g].tb] = static_cast<int>(g);
    group_ending_at_[groups_[g].te] = static_cast<int>(g);
  }
}

// Whether mention `m` ends an apposition to the person `person`:
// "PERSON, words of [the] M" with no other actor in between.
bool SentenceMatcher::InPersonsApposition(std::size_t person, std::size_t m) const {
  const Mention& p = mentions_[person];
  const Mention& c = mentions_[m];
  if (rules_.pack.entities[p.entity].type != "person" || rules_.pack.entities[c.entity].type == "person") return false;
  if (c.tb < p.te + 3 || c.tb - p.te > kAppositionSpan || tokens_[p.te].folded != ",") return false;
  std::size_t j = c.tb;
  if (Is(tokens_[j - 1], {"the", "la", "le", "l'", "el"})) --j;
  if (!IsOfWord(tokens_[j - 1]) && tokens_[j - 1].folded != "of") return false;
  for (std::size_t t = p.te + 1; t < j - 1; ++t) {
    if (IsBoundary(t) || tokens_[t].folded == "," || !tokens_[t].is_word) return false;
  }
  return true;
}

// The date ("since 1982", "en junio de 2024") in the few words right after
// a mention, before any comma or other mention; "" if none.
std::string SentenceMatcher::DateRightAfter(const Mention& m, const std::string& text, Span sentence) const {
  // A mention carried over from an earlier sentence has no words after it here.
  if (m.span.begin < sentence.begin || m.span.end > sentence.end) return "";
  std::size_t t = m.te;
  const std::size_t end = std::min(tokens_.size(), m.te + 6);
  while (t < end && tokens_[t].folded != "," && !IsBoundary(t) && group_starting_at_[t] < 0) ++t;
  if (t == m.te) return "";
  const std::size_t b = tokens_[m.te].begin, e = tokens_[t - 1].end;
  if (b < sentence.begin || e > sentence.end) return "";
  return FindEventDate(std::string_view(text).substr(b, e - b));
}

bool SentenceMatcher::IsPlaceGroup(int g) const {
  for (std::size_t m : groups_[g].members) {
    if (rules_.pack.entities[mentions_[m].entity].type != "place") return false;
  }
  return true;
}

// Places receive visits and investment; they do not act, meet or sign.
bool SentenceMatcher::AllowsPlace(const CompiledCue& cue, const CompiledPart& part) const {
  return part.kind == CuePart::Kind::kTarget &&
         rules_.pack.relations[cue.relation].direction == Direction::kDirected;
}

bool SentenceMatcher::WordsAt(const std::vector<std::string>& words, std::size_t pos) const {
  if (pos + words.size() > tokens_.size()) return false;
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (tokens_[pos + k].folded != words[k]) return false;
  }
  return true;
}

// The group ending at most max_gap tokens before pos, looking past an
// apposition ("Ma Hui, vice minister of ..., met with").
int SentenceMatcher::GroupLeftOf(std::size_t pos, std::size_t max_gap, bool allow_place) const {
  if (pos > 0 && tokens_[pos - 1].folded == ",") {
    for (std::size_t j = pos - 1; j-- > 0 && pos - j < kAppositionSpan;) {
      if (IsBoundary(j)) break;
      if (tokens_[j].folded == ",") {
        int g = group_ending_at_[j];
        if (g >= 0 && (allow_place || !IsPlaceGroup(g))) return g;
        break;
      }
    }
  }
  for (std::size_t j = pos, gap = 0; j > 0 && gap <= max_gap; --j, ++gap) {
    int g = group_ending_at_[j];
    if (g >= 0 && (allow_place || !IsPlaceGroup(g))) return g;
    if (IsBoundary(j - 1)) break;
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
      bool locative = last && j > pos && IsLocative(tokens_[j - 1]);
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
      while (g <= max_gap && !WordsAt(part.words, pos + g)) ++g;
      if (g > max_gap) return false;
      pos += g + part.words.size();
      m->window_te = pos;
      continue;
    }
    const bool last = p + 1 == cue.parts.size();
    bool locative = false;
    int group = GroupRightOf(pos, last ? kObjectGap : kInnerGap, last, AllowsPlace(cue, part), &locative);
    if (part.kind == CuePart::Kind::kTarget) m->target_locative = locative;
    if (group < 0) {
      if (!last) return false;  // words after this slot cannot be placed
      continue;
    }
    (part.kind == CuePart::Kind::kSource ? m->source : m->target) = group;
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
      while (g <= max_gap && (pos < part.words.size() + g || !WordsAt(part.words, pos - g - part.words.size()))) ++g;
      if (g > max_gap) return false;
      pos -= g + part.words.size();
      continue;
    }
    // "{S} 's visit": a possessive sits right after its owner.
    const auto& next = cue.parts[p + 1].words;
    const bool tight = !next.empty() && next[0] == "'s";
    int group = GroupLeftOf(pos, tight ? 0 : (p == 0 ? kSubjectGap : kInnerGap), AllowsPlace(cue, part));
    if (group == kInheritSubject) {
      if (p != 0 || part.kind != CuePart::Kind::kSource) return false;
      m->inherit_source = true;
      continue;
    }
    if (group < 0) {
      if (p != 0) return false;
      continue;
    }
    (part.kind == CuePart::Kind::kSource ? m->source : m->target) = group;
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
  const int with = RelativeWith(tb);
  if (with >= 0 && m->source == with && m->target < 0 && has_target) {
    m->target = with;
    m->source = -1;
    m->inherit_source = true;
  }
  if (m->target < 0 && has_target) m->target = RelativeObject(tb);
  // "{T} fue recibido por {S}" is a passive too; at the start of a sentence
  // its subject may be left unsaid ("Fue recibido por Xi Jinping").
  if (cue.parts.front().kind == CuePart::Kind::kTarget && cue.parts.back().kind == CuePart::Kind::kSource) {
    m->passive = true;
    m->elided_patient = m->target < 0 && (tb == 0 || IsBoundary(tb - 1));
  }
  if (m->target < 0 && has_target && ObjectClitic(tb)) m->object_clitic = true;
  return true;
}

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

// The entity of the state an actor belongs to (itself if none).
int SentenceMatcher::StateOf(std::uint32_t entity) const {
  const int state = CountryOf(entity);
  return state >= 0 ? state : static_cast<int>(entity);
}

// "Les États-Unis ont menacé le Canada ... Ottawa a répliqué en promettant des
// mesures de rétorsion": a conflictual act with no object, by an actor acted
// on in the previous sentence, answers the one who acted.
void SentenceMatcher::TargetFromPreviousAct(Match* m) {
  if (m->target >= 0 || m->source < 0 || acted_on_before_.empty()) return;
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
  // The auxiliary right before the verb, past an adverb or two ("was recently visited").
  std::size_t aux = tb;
  while (aux > 0 && tb - aux < 3 && !IsPassiveAuxiliary(tokens_[aux - 1]) && tokens_[aux - 1].is_word &&
         group_ending_at_[aux] < 0) {
    --aux;
  }
  if (aux == 0 || !IsPassiveAuxiliary(tokens_[aux - 1])) return false;
  --aux;
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
  m->window_tb = aux > kModalityReach ? aux - kModalityReach : 0;
  m->window_te = te;
  m->passive = true;
  if (parts.size() == 3) {
    const int patient = GroupLeftOf(aux, kSubjectGap, AllowsPlace(cue, parts[2]));
    if (patient >= 0) {
      m->target = patient;
      m->window_tb = std::max(m->window_tb, groups_[patient].te);
    } else if (aux == 0 || IsBoundary(aux - 1)) {
      // "Fue recibido por Xi Jinping": the subject left unsaid is the last one.
      m->elided_patient = true;
    }
  }
  return true;
}

void SentenceMatcher::InheritCoordinatedSubject(Match* m, const std::vector<Match>& earlier) {
  if (m->inherit_source) {
    // "..., where she met": the last subject of this sentence, else of an earlier one.
    for (auto e = earlier.rbegin(); e != earlier.rend(); ++e) {
      const int subject = e->passive ? e->target : e->source;  // "Fue recibido por Xi, con quien firmó"
      if (subject >= 0) {
        m->source = subject;
        return;
      }
    }
    if (last_subject_) {
      mentions_.push_back(*last_subject_);
      groups_.push_back({{mentions_.size() - 1}, 0, 0});
      m->source = static_cast<int>(groups_.size() - 1);
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
  if (m->target == e.source) m->target = -1;
  // "Ottawa a protesté auprès de Pékin et exigé leur libération": with no
  // object of its own, the second verb is about the first one's when both
  // are cooperation or both conflict (protest then demand); "accused Moscow and called on
  // its allies" changes the subject matter, and its object is not Moscow.
  const Relation& r = rules_.pack.relations[m->cue->relation];
  const bool list = groups_[m->source].members.size() >= 2 && r.direction == Direction::kSymmetric;
  const bool same_kind = (r.quad_class <= 2) == (rules_.pack.relations[e.cue->relation].quad_class <= 2);
  if (m->target < 0 && e.target >= 0 && !list && same_kind && !IsPlaceGroup(e.target)) m->target = e.target;
}

bool SentenceMatcher::HasAnchor() const {
  const std::vector<std::uint32_t>* payloads = nullptr;
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    if (tokens_[i].is_word && rules_.anchor_index.Longest(tokens_, i, tokens_.size(), &payloads) > 0) return true;
  }
  return false;
}

void SentenceMatcher::FindMatches() {
  matches_.clear();
  auto& hits = hits_;
  std::size_t covered_until = 0;  // cue words are not reused by a later, shorter cue
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    if (!tokens_[i].is_word || i < covered_until) continue;
    rules_.anchor_index.All(tokens_, i, tokens_.size(), &hits);
    Match best;
    bool have = false;
    for (const auto& [len, payloads] : hits) {
      for (std::uint32_t c : *payloads) {
        Match m;
        if (!TryPassive(rules_.cues[c], i, i + len, &m) && !TryMatch(rules_.cues[c], i, i + len, &m)) continue;
        m.coordinated = FollowsConjunction(i);
        // The most specific template wins: more literal words, then more slots filled.
        auto score = [](const Match& x) {
          return std::make_pair(x.cue->word_tokens, (x.source >= 0) + (x.target >= 0));
        };
        if (!have || score(m) > score(best)) best = m, have = true;
      }
    }
    if (!have) continue;
    if (best.elided_patient || best.object_clitic) {
      const int previous = PreviousSubjectGroup(best.source);
      if (previous >= 0) best.target = previous;
    }
    InheritCoordinatedSubject(&best, matches_);
    TargetFromPreviousAct(&best);
    matches_.push_back(best);
    covered_until = best.anchor_te;
  }
}

Modality SentenceMatcher::FindModality(const Match& m, SharedText* word) {
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
      const std::vector<std::uint32_t>* payloads = nullptr;
      if (k.index->Longest(tokens_, i, m.window_te, &payloads) > 0) {
        *word = Shared(&modality_words_shared_, payloads->front(), rules_.modality_words[payloads->front()]);
        return k.modality;
      }
    }
  }
  return Modality::kAsserted;
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
    ~Remember() {
      list.push_back(span);
      if (list.size() > kPairLookback) list.erase(list.begin());
    }
  } remember{previous_, span};
  // The acts of the last sentence that had any, if at most two sentences back.
  if (++acted_on_age_ > 2) acted_on_.clear();
  acted_on_before_ = acted_on_;
  // Most sentences hold no cue: they need no actors either, unless traced,
  // and most of them are told by the filter without being tokenized.
  if (trace == nullptr && !rules_.anchor_filter.MayContain(doc.text, span.begin, span.end)) return;
  tokenizer_.Tokenize(doc.text, span.begin, span.end, &tokens_);
  if (trace == nullptr && !HasAnchor()) return;
  FindMentions(date);
  AddPatternMentions(doc, span, date);
  GroupMentions();
  FindMatches();
  if (trace) {
    for (const Mention& m : mentions_) {
      trace->mentions.push_back({rules_.pack.entities[m.entity].id, AliasKindName(m.kind), m.span});
    }
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

std::string Outcome(Modality modality, const std::string& word) {
  if (modality == Modality::kAsserted) return "edge";
  return std::string(ModalityName(modality)) + " by '" + word + "'";
}

}  // namespace

void SentenceMatcher::Emit(const Document& doc, const std::string& date, int index, Span span, const Match& m,
                           SentenceTrace* trace, std::vector<Evidence>* out) {
  const Relation& relation = rules_.pack.relations[m.cue->relation];
  const bool symmetric = relation.direction == Direction::kSymmetric;
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
  base.cue_span = {tokens_[m.anchor_tb].begin, tokens_[m.anchor_te - 1].end};
  base.rule = Shared(&rules_shared_, static_cast<std::size_t>(m.cue - rules_.cues.data()), m.cue->rule);
  // "Chile and Peru held talks in Lima": with a list of actors, a capital
  // after "in" is where they met, not a third party.
  const bool place_only = symmetric && m.target_locative && m.source >= 0 && groups_[m.source].members.size() >= 2;
  auto pairs = Pairs(m.source >= 0 ? &groups_[m.source].members : nullptr,
                     m.target >= 0 && !place_only ? &groups_[m.target].members : nullptr, symmetric);
  if (pairs.empty()) {
    if (trace) trace->candidates.push_back({base, m.source < 0 ? "no source" : "no target"});
    return;
  }
  if (!event_date_) event_date_ = SharedText(FindEventDate(base.sentence, tokens_));  // tokens_ are the sentence's
  base.event_date = *event_date_;
  base.modality = FindModality(m, &base.modality_word);
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
      if (trace) trace->candidates.push_back({e, "same actor on both ends"});
      continue;
    }
    // Two cues of one relation in one sentence ("bought a stake in") are one fact.
    const bool repeated = std::any_of(out->begin() + first_of_sentence_, out->end(), [&](const Evidence& x) {
      return x.source == e.source && x.target == e.target && x.relation == e.relation;
    });
    if (trace) trace->candidates.push_back({e, repeated ? "same fact as an earlier cue" : Outcome(e.modality, e.modality_word)});
    if (!repeated) out->push_back(std::move(e));
  }
}

}  // namespace dyad::extract
