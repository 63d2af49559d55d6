// Compiles a rule pack into the phrase indexes the sentence matcher uses.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <iterator>

#include "extract/match/sentence_matcher.h"

namespace dyad::extract {
namespace {

bool StartsUpper(const std::string& text) {
  if (text.empty()) return false;
  std::vector<Token> tokens;
  Tokenizer tokenizer;
  tokenizer.Tokenize(text, 0, text.size(), &tokens);
  return !tokens.empty() && tokens[0].capitalized;
}

// "UN", "US", "ONU": upper-case ASCII letters only, read as an acronym.
bool IsAcronym(const std::string& text) {
  return text.size() >= 2 && text.size() <= 5 &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Adds a key of a cue's anchor (folded tokens joined by spaces) to the
// filter: a sentence lacking it cannot hold the anchor. The key is two
// consecutive words where the anchor has them ("met with": each alone is
// common), else its longest word, mostly its rarest ("signé"). Words the
// filter cannot test are passed over; an anchor with none makes it accept all.
void AddAnchorKey(const std::string& anchor, WordFilter* filter) {
  Tokenizer tokenizer;
  std::vector<Token> tokens;
  std::vector<std::string_view> words;
  std::vector<bool> testable;
  for (std::size_t i = 0, j; i < anchor.size(); i = j + 1) {
    j = std::min(anchor.find(' ', i), anchor.size());
    const std::string_view word = std::string_view(anchor).substr(i, j - i);
    tokenizer.Tokenize(word, 0, word.size(), &tokens);
    words.push_back(word);
    testable.push_back(tokens.size() == 1 && tokens[0].is_word && tokens[0].folded == word &&
                       word.find('\'') == std::string_view::npos);
  }
  std::size_t best_pair = words.size(), best_word = words.size();
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (!testable[k]) continue;
    if (best_word == words.size() || words[k].size() > words[best_word].size()) best_word = k;
    if (k + 1 < words.size() && testable[k + 1] &&
        (best_pair == words.size() ||
         words[k].size() + words[k + 1].size() > words[best_pair].size() + words[best_pair + 1].size())) {
      best_pair = k;
    }
  }
  if (best_pair < words.size()) {
    filter->AddPair(words[best_pair], words[best_pair + 1]);
  } else if (best_word < words.size()) {
    filter->Add(words[best_word]);
  } else {
    filter->AcceptAll();
  }
}

void CompileAliases(CompiledRules* out) {
  const auto& entities = out->pack.entities;
  for (std::uint32_t e = 0; e < entities.size(); ++e) {
    for (const Alias& a : entities[e].aliases) {
      const auto idx = static_cast<std::uint32_t>(out->aliases.size());
      // Only names are proper nouns; French and Spanish demonyms are lower case.
      out->aliases.push_back({e, a.kind, a.kind != AliasKind::kDemonym && StartsUpper(a.text), IsAcronym(a.text)});
      out->alias_index.Add(FoldPhrase(a.text), idx);
    }
  }
}

bool CompilePatterns(CompiledRules* out, Diagnostics* diagnostics) {
  bool ok = true;
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  options.set_max_mem(8 << 20);
  const auto& entities = out->pack.entities;
  for (std::uint32_t e = 0; e < entities.size(); ++e) {
    for (const Alias& p : entities[e].patterns) {
      auto re = std::make_shared<RE2>(p.text, options);
      if (!re->ok()) {
        diagnostics->push_back({p.loc, "bad RE2 pattern '" + p.text + "': " + re->error()});
        ok = false;
        continue;
      }
      out->patterns.push_back({e, std::move(re)});
    }
  }
  return ok;
}

// Filter keys of an anchor that starts with a set: each of its phrases
// (pairs and words as AddAnchorKey takes them), with the anchor's next word
// where the phrase is one word and that word a literal.
void AddSetAnchorKeys(const PhraseSets& sets, const CompiledPart& anchor, WordFilter* filter) {
  const bool pair = anchor.words.size() > 1 && anchor.sets[1] < 0;
  for (std::uint32_t p : sets.members(static_cast<std::size_t>(anchor.sets[0]))) {
    const std::string& phrase = sets.phrase(p);
    AddAnchorKey(pair && phrase.find(' ') == std::string::npos ? phrase + " " + anchor.words[1] : phrase, filter);
  }
}

void AddCue(CompiledCue c, CompiledRules* out) {
  const auto idx = static_cast<std::uint32_t>(out->cues.size());
  const CompiledPart& anchor = c.parts[c.anchor];
  if (!anchor.sets.empty() && anchor.sets[0] >= 0) {
    const auto set = static_cast<std::size_t>(anchor.sets[0]);
    if (out->cues_of_anchor_set.size() <= set) out->cues_of_anchor_set.resize(set + 1);
    if (out->cues_of_anchor_set[set].empty()) AddSetAnchorKeys(out->sets, anchor, &out->anchor_filter);
    out->cues_of_anchor_set[set].push_back(idx);
  } else {
    // Found by its literal words up to the first set ("the <sign> of"); the
    // rest is checked where the cue is tried.
    std::string phrase;
    for (std::size_t k = 0; k < anchor.words.size() && (anchor.sets.empty() || anchor.sets[k] < 0); ++k) {
      phrase += (phrase.empty() ? "" : " ") + anchor.words[k];
    }
    out->anchor_index.Add(phrase, idx);
    AddAnchorKey(phrase, &out->anchor_filter);
  }
  out->cues.push_back(std::move(c));
}

bool CompileCue(std::uint32_t relation, const Cue& cue, CompiledRules* out) {
  CompiledCue c;
  c.relation = relation;
  c.cue = &cue;
  c.rule = cue.loc.ToString() + (cue.origin.empty() ? "" : " from " + cue.origin);
  c.converted = !cue.origin.empty();
  bool have_anchor = false;
  for (const CuePart& part : cue.parts) {
    CompiledPart cp{part.kind, {}, part.after_gap, {}};
    if (part.kind == CuePart::Kind::kWords) {
      std::vector<CueToken> tokens;
      if (!CompileWords(out->pack, cue.lang, part.words, &out->sets, &tokens)) return false;
      for (const CueToken& t : tokens) {
        cp.words.push_back(t.word);
        cp.sets.push_back(t.set);
      }
      if (std::all_of(cp.sets.begin(), cp.sets.end(), [](std::int32_t x) { return x < 0; })) cp.sets.clear();
      c.word_tokens += cp.words.size();
      if (!have_anchor) c.anchor = c.parts.size(), have_anchor = true;
    }
    c.parts.push_back(std::move(cp));
  }
  if (have_anchor) AddCue(std::move(c), out);  // the loader reports templates without words
  return true;
}

void CompileCues(CompiledRules* out) {
  const auto& relations = out->pack.relations;
  for (std::uint32_t r = 0; r < relations.size(); ++r) {
    for (const Cue& cue : relations[r].cues) CompileCue(r, cue, out);
  }
  // By phrase, the anchor sets holding it.
  out->anchor_sets_of_phrase.assign(out->sets.phrase_count(), {});
  for (std::uint32_t s = 0; s < out->cues_of_anchor_set.size(); ++s) {
    if (out->cues_of_anchor_set[s].empty()) continue;
    for (std::uint32_t p : out->sets.members(s)) out->anchor_sets_of_phrase[p].push_back(s);
  }
  // Forms of verbs: of a lemma ("<kill>") or a verb class ("&v_kill") that
  // anchors cues.
  // A gerund is left out: "building", "meeting" are nouns as often.
  out->verb_form.assign(out->sets.phrase_count(), 0);
  for (const auto& [item, s] : out->sets.compiled_items()) {
    const std::size_t name = item.find(' ') + 1;
    if (item.compare(name, 1, "<") != 0 && item.compare(name, 3, "&v_") != 0) continue;
    if (static_cast<std::size_t>(s) >= out->cues_of_anchor_set.size() || out->cues_of_anchor_set[s].empty()) continue;
    // A noun lemma: "<fighters>" (a plural), "<abduction>" (two forms).
    if (item[name] == '<' && (item[item.size() - 2] == 's' || out->sets.members(static_cast<std::size_t>(s)).size() < 3)) {
      continue;
    }
    for (std::uint32_t p : out->sets.members(static_cast<std::size_t>(s))) {
      const std::string& phrase = out->sets.phrase(p);
      const bool gerund = phrase.size() > 3 && phrase.compare(phrase.size() - 3, 3, "ing") == 0;
      if (!gerund) out->verb_form[p] = 1;
    }
  }
}

void CompileModality(const std::map<std::string, std::vector<std::string>>& words, PhraseIndex* index,
                     std::vector<std::string>* all) {
  for (const auto& [lang, list] : words) {
    for (const std::string& w : list) {
      index->Add(FoldPhrase(w), static_cast<std::uint32_t>(all->size()));
      all->push_back(w);
    }
  }
}

// The word classes named role_SECTOR (rules/roles.yaml) and agent_SECTOR
// (rules/agents/) as one index of role nouns; both prefixes share a sector.
void CompileRoles(CompiledRules* out) {
  static constexpr std::string_view kPrefixes[] = {"role_", "agent_"};
  for (const WordClass& c : out->pack.classes) {
    const auto prefix = std::find_if(std::begin(kPrefixes), std::end(kPrefixes), [&](std::string_view p) {
      return c.name.size() > p.size() && c.name.compare(0, p.size(), p) == 0;
    });
    if (prefix == std::end(kPrefixes)) continue;
    const std::string name = c.name.substr(prefix->size());
    auto& sectors = out->role_sectors;
    const auto sector = static_cast<std::uint32_t>(std::find(sectors.begin(), sectors.end(), name) - sectors.begin());
    if (sector == sectors.size()) sectors.push_back(name);
    for (const auto& [lang, members] : c.members) {
      for (const std::string& member : members) out->roles.Add(FoldPhrase(member), sector);
    }
  }
}

// The classes named combining_id (rules/combining_forms.yaml): "Sino" of
// "Sino-Peruvian" for the country ID.
void CompileCombiningForms(CompiledRules* out) {
  static constexpr std::string_view kPrefix = "combining_";
  for (const WordClass& c : out->pack.classes) {
    if (c.name.compare(0, kPrefix.size(), kPrefix) != 0) continue;
    std::string id = c.name.substr(kPrefix.size());  // class names are lower case, ids upper
    std::transform(id.begin(), id.end(), id.begin(), [](unsigned char ch) { return std::toupper(ch); });
    const auto state = out->country_entity.find(id);
    if (state == out->country_entity.end()) continue;
    for (const auto& [lang, members] : c.members) {
      for (const std::string& member : members) out->combining_forms.Add(FoldPhrase(member), state->second);
    }
  }
}

// A symmetric hand-written cue "NOUN between {S}" ("talks between {S}",
// "négociations entre {S}") also reads a hyphenated pair standing on its
// noun ("US-China talks", "les négociations sino-péruviennes"): its noun,
// all literal, indexed without the preposition.
void CompilePairNouns(CompiledRules* out) {
  static constexpr std::string_view kBetween[] = {"between", "among", "entre"};
  for (std::uint32_t i = 0; i < out->cues.size(); ++i) {
    const CompiledCue& c = out->cues[i];
    if (c.converted || c.parts.size() != 2 || c.parts[0].kind != CuePart::Kind::kWords ||
        c.parts[1].kind != CuePart::Kind::kSource || !c.parts[0].sets.empty()) {
      continue;
    }
    if (out->pack.relations[c.relation].direction != Direction::kSymmetric) continue;
    const std::vector<std::string>& words = c.parts[0].words;
    if (words.size() < 2 || std::find(std::begin(kBetween), std::end(kBetween), words.back()) == std::end(kBetween)) {
      continue;
    }
    std::string noun;
    for (std::size_t k = 0; k + 1 < words.size(); ++k) noun += (noun.empty() ? "" : " ") + words[k];
    out->pair_nouns.Add(noun, i);
    AddAnchorKey(noun, &out->anchor_filter);
  }
}

}  // namespace

bool CompileRules(RulePack pack, CompiledRules* out, Diagnostics* diagnostics) {
  out->pack = std::move(pack);
  CompileAliases(out);
  CompileCues(out);
  CompileModality(out->pack.modality.negation, &out->negation, &out->modality_words);
  CompileModality(out->pack.modality.hedge, &out->hedge, &out->modality_words);
  CompileModality(out->pack.modality.denial, &out->denial, &out->modality_words);
  CompileModality(out->pack.modality.pair, &out->pair, &out->modality_words);
  CompileModality(out->pack.modality.attribution, &out->attribution, &out->modality_words);
  CompileModality(out->pack.modality.reporting, &out->reporting, &out->modality_words);
  // One index for the five frames: the word's frame is looked up by its index.
  const std::pair<const std::map<std::string, std::vector<std::string>>*, Frame> frames[] = {
      {&out->pack.modality.intent, Frame::kIntent}, {&out->pack.modality.threat, Frame::kThreat},
      {&out->pack.modality.refusal, Frame::kRefusal}, {&out->pack.modality.aspect, Frame::kAspect},
      {&out->pack.modality.halt, Frame::kHalt}};
  for (const auto& [words, frame] : frames) {
    CompileModality(*words, &out->frames, &out->modality_words);
    out->frame_of_word.resize(out->modality_words.size(), frame);
  }
  CompileRoles(out);
  // The relation a framed event is recoded to: the first with that code.
  for (std::uint32_t r = 0; r < out->pack.relations.size(); ++r) {
    out->relation_of_code.emplace(out->pack.relations[r].cameo, r);
  }
  for (std::uint32_t e = 0; e < out->pack.entities.size(); ++e) {
    if (out->pack.entities[e].type == "country") out->country_entity.emplace(out->pack.entities[e].id, e);
  }
  CompileCombiningForms(out);
  CompilePairNouns(out);
  return CompilePatterns(out, diagnostics);
}

}  // namespace dyad::extract
