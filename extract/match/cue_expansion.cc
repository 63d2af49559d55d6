#include "extract/match/cue_expansion.h"

#include <algorithm>

#include "extract/text.h"

namespace dyad::extract {
namespace {

// The folded phrases of one item: a lemma's forms, a class's members (a
// member naming lemmas stands for each combination of their forms).
bool ItemPhrases(const RulePack& pack, const std::string& lang, const CueItem& item, std::vector<std::string>* out) {
  if (item.kind == CueItem::Kind::kText) {
    out->push_back(FoldPhrase(item.text));
    return true;
  }
  if (item.kind == CueItem::Kind::kLemma) {
    const Lexeme* l = pack.FindLexeme(lang, item.text);
    if (l == nullptr) return false;
    for (const std::string& f : l->forms) out->push_back(FoldPhrase(f));
    return true;
  }
  const WordClass* c = pack.FindClass(item.text);
  if (c == nullptr) return false;
  auto members = c->members.find(lang);
  if (members == c->members.end()) return false;
  for (const std::string& m : members->second) {
    std::vector<std::string> partial = {""};
    for (const CueItem& sub : SplitCueItems(m)) {
      std::vector<std::string> options, next;
      if (sub.kind == CueItem::Kind::kClass || !ItemPhrases(pack, lang, sub, &options)) return false;
      for (const std::string& head : partial) {
        for (const std::string& o : options) next.push_back(head.empty() ? o : head + " " + o);
      }
      partial = std::move(next);
    }
    out->insert(out->end(), partial.begin(), partial.end());
  }
  return true;
}

}  // namespace

std::int32_t PhraseSets::Intern(const std::vector<std::string>& folded_phrases) {
  Set set;
  for (const std::string& p : folded_phrases) {
    if (p.empty()) continue;
    auto [at, fresh] = ids_.emplace(p, static_cast<std::uint32_t>(phrases_.size()));
    if (fresh) {
      phrases_.push_back(p);
      index_.Add(p, at->second);
    }
    set.members.push_back(at->second);
    set.max_tokens = std::max<std::size_t>(set.max_tokens, std::count(p.begin(), p.end(), ' ') + 1);
  }
  std::sort(set.members.begin(), set.members.end());
  set.members.erase(std::unique(set.members.begin(), set.members.end()), set.members.end());
  auto [at, fresh] = interned_.emplace(set.members, static_cast<std::int32_t>(sets_.size()));
  if (fresh) sets_.push_back(std::move(set));
  return at->second;
}

bool CompileWords(const RulePack& pack, const std::string& lang, const std::string& words, PhraseSets* sets,
                  std::vector<CueToken>* out) {
  out->clear();
  for (const CueItem& item : SplitCueItems(words)) {
    const bool lemma = item.kind == CueItem::Kind::kLemma;
    const std::string name = lemma ? "<" + item.text + ">" : "&" + item.text;
    if (item.kind != CueItem::Kind::kText) {
      auto cached = sets->compiled_items().find(lang + " " + name);
      if (cached != sets->compiled_items().end()) {
        out->push_back({name, cached->second});
        continue;
      }
    }
    std::vector<std::string> phrases;
    if (!ItemPhrases(pack, lang, item, &phrases)) return false;
    if (item.kind == CueItem::Kind::kText) {
      const std::string& folded = phrases[0];
      for (std::size_t i = 0, j; i < folded.size(); i = j + 1) {
        j = std::min(folded.find(' ', i), folded.size());
        if (j > i) out->push_back({folded.substr(i, j - i), -1});
      }
      continue;
    }
    const std::int32_t set = sets->Intern(phrases);
    sets->compiled_items().emplace(lang + " " + name, set);
    out->push_back({name, set});
  }
  return true;
}

}  // namespace dyad::extract
