#include "extract/match/cue_expansion.h"

#include <algorithm>

#include "extract/text.h"

namespace dyad::extract {
namespace {

// The folded phrases of one item: a lemma's forms, a class's members (a
// member naming lemmas stands for each combination of their forms). With
// kinds, a lemma's infinitives and futures too, each phrase's kind in
// *kinds; a class member takes its lemmas' plain forms only.
bool ItemPhrases(const RulePack& pack, const std::string& lang, const CueItem& item, std::vector<std::string>* out,
                 std::vector<FormKind>* kinds = nullptr) {
  if (item.kind == CueItem::Kind::kText) {
    out->push_back(FoldPhrase(item.text));
    return true;
  }
  if (item.kind == CueItem::Kind::kLemma) {
    const Lexeme* l = pack.FindLexeme(lang, item.text);
    if (l == nullptr) return false;
    for (const std::string& f : l->forms) out->push_back(FoldPhrase(f));
    if (kinds == nullptr) return true;
    kinds->assign(out->size(), FormKind::kPlain);
    for (const std::string& f : l->infinitives) out->push_back(FoldPhrase(f)), kinds->push_back(FormKind::kInfinitive);
    for (const std::string& f : l->futures) out->push_back(FoldPhrase(f)), kinds->push_back(FormKind::kFuture);
    if (std::all_of(kinds->begin(), kinds->end(), [](FormKind k) { return k == FormKind::kPlain; })) kinds->clear();
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

std::int32_t PhraseSets::Intern(const std::vector<std::string>& folded_phrases, const std::vector<FormKind>& kinds) {
  Set set;
  std::vector<std::pair<std::uint32_t, FormKind>> members;
  for (std::size_t k = 0; k < folded_phrases.size(); ++k) {
    const std::string& p = folded_phrases[k];
    if (p.empty()) continue;
    auto [at, fresh] = ids_.emplace(p, static_cast<std::uint32_t>(phrases_.size()));
    if (fresh) {
      phrases_.push_back(p);
      index_.Add(p, at->second);
    }
    members.emplace_back(at->second, kinds.empty() ? FormKind::kPlain : kinds[k]);
    set.max_tokens = std::max<std::size_t>(set.max_tokens, std::count(p.begin(), p.end(), ' ') + 1);
  }
  // Sorted by phrase, the plainest kind first: that one is kept, but a
  // future spelled as a plain form once folded is either.
  std::sort(members.begin(), members.end());
  for (std::size_t k = 1; k < members.size(); ++k) {
    if (members[k].first == members[k - 1].first && members[k - 1].second == FormKind::kPlain &&
        members[k].second == FormKind::kFuture) {
      members[k - 1].second = FormKind::kPlainOrFuture;
    }
  }
  members.erase(std::unique(members.begin(), members.end(),
                            [](const auto& a, const auto& b) { return a.first == b.first; }),
                members.end());
  for (const auto& [id, kind] : members) {
    set.members.push_back(id);
    set.kinds.push_back(kind);
  }
  if (std::all_of(set.kinds.begin(), set.kinds.end(), [](FormKind k) { return k == FormKind::kPlain; })) {
    set.kinds.clear();
  }
  auto [at, fresh] = interned_.emplace(std::make_pair(set.members, set.kinds), static_cast<std::int32_t>(sets_.size()));
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
    std::vector<FormKind> kinds;
    if (!ItemPhrases(pack, lang, item, &phrases, &kinds)) return false;
    if (item.kind == CueItem::Kind::kText) {
      const std::string& folded = phrases[0];
      for (std::size_t i = 0, j; i < folded.size(); i = j + 1) {
        j = std::min(folded.find(' ', i), folded.size());
        if (j > i) out->push_back({folded.substr(i, j - i), -1});
      }
      continue;
    }
    const std::int32_t set = sets->Intern(phrases, kinds);
    sets->compiled_items().emplace(lang + " " + name, set);
    out->push_back({name, set});
  }
  return true;
}

}  // namespace dyad::extract
