#include "extract/match/sentence_matcher.h"

#include <algorithm>
#include <re2/re2.h>

#include "extract/match/attribution.h"
#include "extract/match/salience.h"
#include "extract/text/dates.h"
#include "extract/match/word_classes.h"

// SentenceMatcher, part one: the actors a sentence names (mentions) and the
// lists they form (groups). Cue matching is in sentence_matcher.cc, the
// records it makes in sentence_evidence.cc.
namespace dyad::extract {
namespace {

using words::Is;
using words::IsConnector;
using words::IsOfWord;
using words::IsCoordinator;
using words::IsNumber;
using words::IsTitleWord;

// No lower-case ASCII letter in text[begin, end).
bool AllUpper(const std::string& text, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    if (text[i] >= 'a' && text[i] <= 'z') return false;
  }
  return true;
}

}  // namespace

bool SentenceMatcher::IsBoundary(std::size_t i) const {
  static constexpr std::string_view kBoundaries[] = {";", ":", "(", ")", "[", "]", "?", "!", "."};
  return Is(tokens_[i], kBoundaries) &&
         !(i > 0 && tokens_[i].folded == "." && tokens_[i - 1].folded.size() == 1);
}

// "..., Chile said", "..., said the ministry": a comma at i that opens a
// trailing attribution, whose speaker is no object of what came before.
bool SentenceMatcher::TrailingSpeakerAt(std::size_t i) const {
  if (tokens_[i].folded != ",") return false;
  std::size_t j = i + 1;
  while (j < tokens_.size() && words::IsDeterminer(tokens_[j])) ++j;
  if (words::SayingVerbAt(tokens_, j)) return true;
  const int g = j < tokens_.size() ? group_starting_at_[j] : -1;
  return g >= 0 && words::SayingVerbAt(tokens_, std::max(groups_[g].te, groups_[g].pe));
}

namespace {

// Dates compared on the precision both sides have ("2024-06" against "2024-06-01").
bool DateBefore(const std::string& a, const std::string& b) {
  std::size_t n = std::min(a.size(), b.size());
  return a.compare(0, n, b, 0, n) < 0;
}

}  // namespace

bool SentenceMatcher::EntityValid(std::uint32_t entity, const std::string& date) const {
  const Entity& e = rules_.pack.entities[entity];
  if (date.empty()) return true;
  const auto before = DateBefore;
  if (!e.valid_from.empty() && before(date, e.valid_from)) return false;
  if (!e.valid_until.empty() && before(e.valid_until, date)) return false;
  if (e.periods.empty()) return true;
  return std::any_of(e.periods.begin(), e.periods.end(), [&](const Period& p) {
    return (p.from.empty() || !before(date, p.from)) && (p.until.empty() || !before(p.until, date));
  });
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
        if (!AliasApplies(alias, i, len) || !EntityValid(alias.entity, date)) continue;
        mentions_.push_back({alias.entity, alias.kind, i, i + len, {tokens_[i].begin, tokens_[i + len - 1].end}});
        found = true;
        break;
      }
      if (trace_ != nullptr) TraceNames(i, len, *payloads, found, date);
    }
    i += found ? len : 1;
  }
}

// Whether an alias found at tokens [i, i + len) is written as it must be.
bool SentenceMatcher::AliasApplies(const AliasRef& alias, std::size_t i, std::size_t len) const {
  if (alias.needs_capital && !tokens_[i].capitalized) return false;
  if (alias.needs_upper && !AllUpper(doc_->text, tokens_[i].begin, tokens_[i + len - 1].end)) return false;
  return !(len == 1 && alias.kind != AliasKind::kDemonym && !alias.needs_upper && InPersonName(i));
}

// Whether every window of the entity ended before the date (not: has yet to open).
bool SentenceMatcher::EntityEnded(std::uint32_t entity, const std::string& date) const {
  const Entity& e = rules_.pack.entities[entity];
  if (date.empty() || EntityValid(entity, date)) return false;
  if (!e.valid_until.empty() && DateBefore(e.valid_until, date)) return true;
  if (e.periods.empty()) return false;
  return std::all_of(e.periods.begin(), e.periods.end(),
                     [&](const Period& p) { return !p.until.empty() && DateBefore(p.until, date); });
}

// For dyad actors: a name at [i, i + len) that resolved to nothing only
// because its entities' windows ended, and one whose valid entities belong
// to more than one state.
void SentenceMatcher::TraceNames(std::size_t i, std::size_t len, const std::vector<std::uint32_t>& payloads,
                                 bool found, const std::string& date) {
  const Span span{tokens_[i].begin, tokens_[i + len - 1].end};
  std::vector<std::string> ended, valid;
  std::vector<std::string> states;
  for (std::uint32_t a : payloads) {
    const AliasRef& alias = rules_.aliases[a];
    if (!AliasApplies(alias, i, len)) continue;
    const Entity& e = rules_.pack.entities[alias.entity];
    if (EntityValid(alias.entity, date)) {
      valid.push_back(e.id);
      const std::string& state = e.type == "country" ? e.id : e.country;
      if (!state.empty()) states.push_back(state);
    } else if (!found && EntityEnded(alias.entity, date)) {
      ended.push_back(e.id);
    }
  }
  auto sorted = [](std::vector<std::string>* v) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  };
  sorted(&ended);
  // "President Boluarte", then "Boluarte" inside it: one stale name.
  const bool inside = !trace_->stale.empty() && trace_->stale.back().span.begin <= span.begin &&
                      span.end <= trace_->stale.back().span.end;
  for (std::string& id : ended) {
    if (!inside) trace_->stale.push_back({std::move(id), span});
  }
  sorted(&states);
  if (states.size() < 2) return;
  sorted(&valid);
  trace_->ambiguous.push_back({std::move(valid), span});
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

namespace {

struct StateAt {
  std::uint32_t state;
  std::size_t tb, te;
};

// The lists of states a sentence names ("Russian and Ukrainian delegations",
// "Peru, Chile and Bolivia"), into the tally.
void AddLists(const std::vector<Token>& tokens, const std::vector<StateAt>& named, bool in_title,
              PairTally* tally) {
  std::vector<std::uint32_t> list;
  auto flush = [&] {
    if (list.size() >= 2) tally->AddList(list, in_title);
    list.clear();
  };
  for (std::size_t k = 0; k < named.size(); ++k) {
    bool joins = k > 0 && named[k].tb > named[k - 1].te;
    bool coordinated = false;
    for (std::size_t t = k > 0 ? named[k - 1].te : 0; joins && t < named[k].tb; ++t) {
      joins = IsConnector(tokens[t]) || IsOfWord(tokens[t]);
      coordinated = coordinated || IsCoordinator(tokens[t]) || tokens[t].folded == ",";
    }
    if (!(joins && coordinated)) flush();
    if (std::find(list.begin(), list.end(), named[k].state) == list.end()) list.push_back(named[k].state);
  }
  flush();
}

}  // namespace

// The two states "the two countries" at token `before` stands for, latest
// first: the last two named before it in its own sentence, if it names two
// ("Peru and Chile signed a pact between the two countries"); else the pair
// the article has listed together most (PairTally); else the last two
// named in this sentence and the three before.
std::vector<std::uint32_t> SentenceMatcher::RecentStates(std::size_t before) const {
  std::vector<std::uint32_t> states;
  auto add = [&](int c) {
    if (c >= 0 && states.size() < 2 && std::find(states.begin(), states.end(), c) == states.end()) {
      states.push_back(static_cast<std::uint32_t>(c));
    }
  };
  for (auto m = mentions_.rbegin(); m != mentions_.rend(); ++m) {
    if (m->te <= before) add(CountryOf(m->entity));
  }
  if (states.size() == 2) return states;
  // Earlier sentences, scanned only once a pair phrase needs them, and each
  // only once per document: doc_tally_ holds the title's and previous_'s
  // lists up to tallied_ (a long article has thousands of pair phrases).
  if (tally_doc_ != doc_ || tallied_ > previous_.size()) {
    doc_tally_.Clear();
    tallied_ = 0;
  }
  std::vector<Token>& tokens = previous_tokens_;
  std::vector<StateAt> named;
  auto scan = [&](std::string_view text, Span span, bool title) {
    previous_tokenizer_.Tokenize(text, span.begin, span.end, &tokens);
    named.clear();
    for (std::size_t i = 0; i < tokens.size();) {
      const std::vector<std::uint32_t>* payloads = nullptr;
      std::size_t len = tokens[i].is_word ? rules_.alias_index.Longest(tokens, i, tokens.size(), &payloads) : 0;
      const AliasRef* alias = len > 0 ? &rules_.aliases[payloads->front()] : nullptr;
      if (alias && (!alias->needs_capital || tokens[i].capitalized) && EntityValid(alias->entity, *date_)) {
        const int c = CountryOf(alias->entity);
        if (c >= 0) named.push_back({static_cast<std::uint32_t>(c), i, i + len});
      }
      i += len > 0 ? len : 1;
    }
    AddLists(tokens, named, title, &doc_tally_);
  };
  if (tally_doc_ != doc_) {
    scan(doc_->title, {0, doc_->title.size()}, true);
    tally_doc_ = doc_;
  }
  for (; tallied_ < previous_.size(); ++tallied_) scan(doc_->text, previous_[tallied_], false);
  tally_ = doc_tally_;
  named.clear();
  for (const Mention& m : mentions_) {
    const int c = m.te <= before ? CountryOf(m.entity) : -1;
    if (c >= 0) named.push_back({static_cast<std::uint32_t>(c), m.tb, m.te});
  }
  AddLists(tokens_, named, false, &tally_);
  std::vector<std::uint32_t> best = tally_.Best();
  if (best.size() == 2) return {best[1], best[0]};
  // No list yet: the last two named, in the three sentences before at most.
  const std::size_t lookback = std::min<std::size_t>(previous_.size(), kPairLookback);
  for (auto span = previous_.rbegin(); span != previous_.rbegin() + lookback && states.size() < 2; ++span) {
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
    for (auto e = found.rbegin(); e != found.rend(); ++e) add(CountryOf(*e));
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

// "according to Peru, ...", "selon Pékin": the speaker's mentions take no
// part in the sentence's events, nor in its lists ("Según Perú, Chile atacó").
void SentenceMatcher::SetSpeakersAside() {
  speakers_.clear();
  FindAttributions(rules_.attribution, tokens_, &attributions_);
  if (attributions_.empty()) return;
  auto spoken = [&](const Mention& m) {
    for (const auto& [b, e] : attributions_) {
      if (m.tb >= b && m.te <= e) return true;
    }
    return false;
  };
  for (const Mention& m : mentions_) {
    if (spoken(m)) speakers_.push_back(m);
  }
  mentions_.erase(std::remove_if(mentions_.begin(), mentions_.end(), spoken), mentions_.end());
}

// "Libyan leader Muammar Gaddafi and Bulgarian President Todor Zhivkov":
// each state's mention reaches over its role and name.
void SentenceMatcher::FindActorPhrases() {
  if (rules_.roles.empty()) return;
  for (std::size_t k = 0; k < mentions_.size(); ++k) {
    Mention& m = mentions_[k];
    if (CountryOf(m.entity) < 0 || rules_.pack.entities[m.entity].type == "person") continue;
    const std::size_t limit = k + 1 < mentions_.size() ? mentions_[k + 1].tb : tokens_.size();
    if (limit <= m.te) continue;
    const ActorPhrase phrase = ActorPhraseAt(rules_.roles, tokens_, m.te, limit, m.kind == AliasKind::kDemonym);
    if (phrase.end > m.te) m.pe = phrase.end;
    m.role_end = phrase.role_end;
    m.sector = phrase.sector;
    // "la policía peruana", "les manifestants boliviens": the noun before the adjective.
    if (m.sector < 0 && m.kind == AliasKind::kDemonym) {
      const std::size_t floor = k > 0 ? mentions_[k - 1].te : 0;
      m.sector = RoleEndingAt(rules_.roles, tokens_, floor, m.tb);
    }
  }
  DropNonActors();
}

// Mentions that name no actor, dropped in one pass: a currency's demonym,
// and postings. "The US commander in Iraq, General David Petraeus, held
// talks", "the Chinese ambassador to Peru", "el embajador chino en Lima": the
// state after a role's "in" or "to" is where the actor serves. It belongs to
// the actor's phrase and is no actor of the sentence.
void SentenceMatcher::DropNonActors() {
  std::size_t out = 0;
  for (std::size_t k = 0; k < mentions_.size(); ++k) {
    if (Currency(mentions_[k])) continue;
    if (out != k) mentions_[out] = mentions_[k];
    Mention& m = mentions_[out++];
    if (k + 1 < mentions_.size() && PostedTo(m, mentions_[k + 1])) {
      m.pe = mentions_[k + 1].te;
      ++k;  // the place is no mention of its own
    }
  }
  mentions_.resize(out);
}

// "30 billion Canadian dollars", "dólares estadounidenses", "des dollars
// américains": a demonym naming a currency is no actor.
bool SentenceMatcher::Currency(const Mention& m) const {
  static constexpr std::string_view kCurrencies[] = {
      "dollar", "dollars", "peso", "pesos", "pound", "pounds", "franc", "francs", "yuan", "yen", "rupee",
      "rupees", "ruble", "rubles", "rouble", "roubles", "real", "reais", "dólar", "dólares", "libra", "libras",
      "rublo", "rublos", "yuanes", "euro", "euros", "livre", "livres", "roupie", "roupies"};
  if (m.kind != AliasKind::kDemonym) return false;
  // folded tokens: "dólares" is "dolares"
  static constexpr std::string_view kFolded[] = {"dolar", "dolares"};
  auto currency = [&](std::size_t j) {
    return j < tokens_.size() && (Is(tokens_[j], kCurrencies) || Is(tokens_[j], kFolded));
  };
  return currency(m.te) || (m.tb > 0 && currency(m.tb - 1));
}

// Whether `place` is the state the role of m's phrase serves in.
bool SentenceMatcher::PostedTo(const Mention& m, const Mention& place) const {
  static constexpr std::string_view kPostedAt[] = {"in", "to", "at", "en", "a", "au", "aux", "ante"};
  static constexpr std::string_view kArticles[] = {"the", "le", "la", "l'", "el"};
  // Those who serve where they are: a delegation "to Peru" travels there,
  // and Peru is its visit's other party.
  static constexpr std::string_view kServesThere[] = {
      "ambassador", "ambassadors", "embassy",   "consul",     "consulate", "commander", "commanders", "troops",
      "forces",     "soldiers",    "garrison",  "ambassadeur", "ambassadrice", "ambassade", "consulat", "commandant",
      "troupes",    "soldats",     "embajador", "embajadora", "embajada",  "consulado", "comandante",
      "tropas",     "fuerzas",     "soldados"};
  if (m.sector < 0 || rules_.pack.entities[m.entity].type == "person") return false;
  // Right after the role: "British militant Haroon Aswad to Britain" is
  // no posting. The role may hold the preposition: "ambassador to".
  std::size_t j = m.role_end;
  if (j == 0 && m.kind == AliasKind::kDemonym && m.pe <= m.te) j = m.te;  // "el embajador chino en Lima"
  if (j == 0 || j != std::max(m.te, m.pe)) return false;
  const bool in_role = Is(tokens_[j - 1], kPostedAt);
  if (!in_role && (j >= tokens_.size() || !Is(tokens_[j], kPostedAt))) return false;
  // The role's head noun: before the preposition, or before the demonym
  // that follows it ("l'ambassadeur chinois").
  if (m.role_end == 0 && m.tb == 0) return false;
  const std::size_t head = m.role_end == 0 ? m.tb - 1 : in_role ? j - 2 : j - 1;
  if (!Is(tokens_[head], kServesThere)) return false;
  if (!in_role) ++j;
  if (j < tokens_.size() && Is(tokens_[j], kArticles)) ++j;
  const bool state = place.kind == AliasKind::kCapital || rules_.pack.entities[place.entity].type == "country";
  return place.tb == j && state && place.kind != AliasKind::kDemonym;
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
    // "le président péruvien Dina Boluarte": the person named right after
    // her state's actor phrase is that actor, more precisely.
    if (!groups_.empty() && groups_.back().members.back() == m - 1 && SamePersonsState(m - 1, m)) {
      groups_.back().members.back() = m;
      groups_.back().te = mentions_[m].te;
      groups_.back().pe = mentions_[m].pe;
      continue;
    }
    bool joins = false;
    if (!groups_.empty()) {
      Group& g = groups_.back();
      joins = true;
      bool coordinated = false, of_word = false, comma_only = true;
      for (std::size_t t = std::max(g.te, g.pe); t < mentions_[m].tb && joins; ++t) {
        // "membre de l'UE depuis 1986 et de l'OTAN": a date between list members.
        if (Is(tokens_[t], {"since", "depuis", "desde"}) && t + 1 < mentions_[m].tb && IsNumber(tokens_[t + 1])) {
          ++t;
          continue;
        }
        // "and Bulgarian President", "et le président chinois": a role after the coordinator.
        const std::vector<std::uint32_t>* payloads = nullptr;
        const std::size_t role = coordinated ? rules_.roles.Longest(tokens_, t, mentions_[m].tb, &payloads) : 0;
        if (role > 0) {
          t += role - 1;
          continue;
        }
        const bool of = IsOfWord(tokens_[t]);
        joins = IsConnector(tokens_[t]) || of;
        of_word = of_word || of;
        coordinated = coordinated || IsCoordinator(tokens_[t]);
        comma_only = comma_only && tokens_[t].folded == ",";
      }
      joins = joins && (!of_word || coordinated);
      // "... with China, Chile said": a speaker after a comma ends the list.
      if (joins && comma_only &&
          words::SayingVerbAt(tokens_, std::max(mentions_[m].te, mentions_[m].pe))) {
        joins = false;
      }
      // "Peru and Chile": at least one connector word, not bare adjacency;
      // the two states behind "the two countries" share its words.
      joins = (joins && mentions_[m].tb > std::max(g.te, g.pe)) || mentions_[m].tb == mentions_[g.members.back()].tb;
    }
    // "US-China", "sino-péruviennes": two states written as one word.
    const bool hyphen = !groups_.empty() && groups_.back().members.back() == m - 1 && HyphenPair(m - 1, m);
    if (hyphen) groups_.back().hyphenated = joins = true;
    if (joins) {
      groups_.back().members.push_back(m);
      groups_.back().te = mentions_[m].te;
      groups_.back().pe = mentions_[m].pe;
    } else {
      groups_.push_back({{m}, mentions_[m].tb, mentions_[m].te, mentions_[m].pe});
    }
  }
  for (std::size_t g = 0; g < groups_.size(); ++g) {
    group_starting_at_[groups_[g].tb] = static_cast<int>(g);
    group_ending_at_[groups_[g].te] = static_cast<int>(g);
  }
  // An actor phrase's group also ends where the phrase does, if no other does:
  // "Libyan leader Muammar Gaddafi signed", and still "Peruvian troops entered".
  for (std::size_t g = 0; g < groups_.size(); ++g) {
    if (groups_[g].pe > groups_[g].te && group_ending_at_[groups_[g].pe] < 0) {
      group_ending_at_[groups_[g].pe] = static_cast<int>(g);
    }
  }
}

// Whether mention `person` is a person of state mention `state`'s country,
// right after its actor phrase: "Peruvian President Dina Boluarte".
bool SentenceMatcher::SamePersonsState(std::size_t state, std::size_t person) const {
  const Mention& s = mentions_[state];
  const Mention& p = mentions_[person];
  if (rules_.pack.entities[p.entity].type != "person" || rules_.pack.entities[s.entity].type == "person") return false;
  if (p.tb != std::max(s.te, s.pe)) return false;
  if (s.pe <= s.te && s.kind != AliasKind::kDemonym) return false;
  return CountryOf(p.entity) >= 0 && CountryOf(p.entity) == CountryOf(s.entity);
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

}  // namespace dyad::extract
