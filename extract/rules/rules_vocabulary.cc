// The rule files' vocabulary sections: `lexicon` (the forms of lemmas) and
// `classes` (named word classes), checked against rules/README.md.
#include <algorithm>
#include <map>

#include "extract/rules/rules_schema.h"
#include "extract/rules/rules_yaml.h"

namespace dyad::extract {
namespace {

const std::vector<std::string_view> kLexiconKeys = {"lang", "forms", "infinitive", "future"};

// "meet meets met meeting": forms are separated by single spaces within a
// lemma of one word; a lemma of several words lists its forms with '|'
// ("take part|took part|taken part").
std::vector<std::string> SplitForms(const std::string& lemma, const std::string& text) {
  const char sep = lemma.find(' ') == std::string::npos ? ' ' : '|';
  std::vector<std::string> out;
  for (std::size_t i = 0, j; i <= text.size(); i = j + 1) {
    j = std::min(text.find(sep, i), text.size());
    if (j > i) out.push_back(text.substr(i, j - i));
  }
  return out;
}

bool ValidName(const std::string& name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

bool IsNameChar(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

void AddText(std::string_view text, std::vector<CueItem>* out) {
  const std::size_t b = text.find_first_not_of(' ');
  if (b == std::string_view::npos) return;
  const std::size_t e = text.find_last_not_of(' ');
  out->push_back({CueItem::Kind::kText, std::string(text.substr(b, e - b + 1))});
}

}  // namespace

std::vector<CueItem> SplitCueItems(std::string_view words) {
  std::vector<CueItem> out;
  std::size_t text_from = 0;
  for (std::size_t i = 0; i < words.size();) {
    if (words[i] == '<') {
      const std::size_t close = words.find('>', i);
      if (close != std::string_view::npos && close > i + 1) {
        AddText(words.substr(text_from, i - text_from), &out);
        out.push_back({CueItem::Kind::kLemma, std::string(words.substr(i + 1, close - i - 1))});
        i = text_from = close + 1;
        continue;
      }
    }
    if (words[i] == '&' && (i == 0 || words[i - 1] == ' ') && i + 1 < words.size() && IsNameChar(words[i + 1])) {
      std::size_t end = i + 1;
      while (end < words.size() && IsNameChar(words[end])) ++end;
      AddText(words.substr(text_from, i - text_from), &out);
      out.push_back({CueItem::Kind::kClass, std::string(words.substr(i + 1, end - i - 1))});
      i = text_from = end;
      continue;
    }
    ++i;
  }
  AddText(words.substr(text_from), &out);
  return out;
}

void ParseLexicon(const Field& field, RuleReporter* reporter, std::vector<Lexeme>* out) {
  if (!field.value.IsMap()) {
    reporter->Error(field.where(), "'lexicon' must be a map with the keys lang and forms");
    return;
  }
  Fields fields(field.value, kLexiconKeys, reporter);
  fields.Require({"lang", "forms"});
  std::string lang;
  const Field* lang_field = fields.Find("lang");
  if (lang_field == nullptr || !ReadChoice(*lang_field, kLanguages, "language", reporter, &lang)) return;
  std::map<std::string, std::size_t> by_lemma;  // this file's lemmas with forms
  for (const std::string_view section : {"forms", "infinitive", "future"}) {
    const Field* forms = fields.Find(section);
    if (forms == nullptr) continue;
    if (!forms->value.IsMap()) {
      reporter->Error(forms->where(), "'" + std::string(section) + "' must be a map from lemma to its forms");
      continue;
    }
    for (const auto& pair : forms->value) {
      const YAML::Node key = pair.first;
      Field entry{key.IsScalar() ? key.Scalar() : "", key, pair.second};
      std::string text;
      if (entry.name.empty()) {
        reporter->Error(key, "a lemma must be a string");
        continue;
      }
      if (!ReadString(entry, reporter, &text)) continue;
      if (section == "forms") {
        by_lemma.emplace(entry.name, out->size());
        out->push_back({lang, entry.name, SplitForms(entry.name, text), {}, {}, reporter->Loc(key)});
        continue;
      }
      // An infinitive or future belongs to a lemma with forms in the same file.
      const auto lexeme = by_lemma.find(entry.name);
      if (lexeme == by_lemma.end()) {
        reporter->Error(key, "lemma '" + entry.name + "' under '" + std::string(section) + "' has no 'forms'");
        continue;
      }
      Lexeme& l = (*out)[lexeme->second];
      (section == "future" ? l.futures : l.infinitives) = SplitForms(entry.name, text);
    }
  }
}

void ParseClasses(const Field& field, RuleReporter* reporter, std::vector<WordClass>* out) {
  if (!field.value.IsMap()) {
    reporter->Error(field.where(), "'classes' must be a map from class name to its members by language");
    return;
  }
  for (const auto& pair : field.value) {
    const YAML::Node key = pair.first;
    Field entry{key.IsScalar() ? key.Scalar() : "", key, pair.second};
    if (!ValidName(entry.name)) {
      reporter->Error(key, "invalid class name '" + entry.name + "' (use lower-case letters, digits, '_')");
      continue;
    }
    std::vector<LocatedString> list;
    WordClass c{entry.name, {}, reporter->Loc(key)};
    ReadLanguageMap(entry, kLanguages, reporter, &list);
    for (LocatedString& s : list) c.members[s.lang].push_back(std::move(s.text));
    out->push_back(std::move(c));
  }
}

}  // namespace dyad::extract
