#include "extract/rules/rules_yaml.h"

#include <re2/re2.h>

#include <algorithm>
#include <charconv>

namespace dyad::extract {
namespace {

constexpr std::string_view kStrTag = "tag:yaml.org,2002:str";
constexpr std::string_view kIntTag = "tag:yaml.org,2002:int";

// Plain scalars another YAML reader would take for a number or a boolean
// (YAML 1.1 as PyYAML reads it, minus the rarely meant sexagesimal forms).
bool LooksNonString(const std::string& text) {
  static const RE2 kBool("yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
  static const RE2 kNumber(
      "[-+]?[0-9][0-9_]*|0x[0-9a-fA-F_]+|0o?[0-7_]+|[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?"
      "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
  return RE2::FullMatch(text, kBool) || RE2::FullMatch(text, kNumber);
}

bool IsIntegerScalar(const YAML::Node& node) {
  static const RE2 kInteger("[-+]?[0-9]+");
  if (!node.IsScalar() || (node.Tag() != "?" && node.Tag() != kIntTag)) return false;
  return RE2::FullMatch(node.Scalar(), kInteger);
}

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

}  // namespace

SourceLoc RuleReporter::Loc(const YAML::Mark& mark) const {
  SourceLoc loc{file_, 0, 0};
  if (mark.line >= 0) loc.line = mark.line + 1;
  if (mark.line >= 0 && mark.column >= 0) loc.column = mark.column + 1;
  return loc;
}

void RuleReporter::Error(const SourceLoc& loc, std::string message) {
  diagnostics_->push_back({loc, std::move(message), Severity::kError});
}

Fields::Fields(const YAML::Node& map, const std::vector<std::string_view>& allowed, RuleReporter* reporter)
    : map_(map), reporter_(reporter) {
  std::vector<std::string> names(allowed.begin(), allowed.end());
  // The iterator's pairs are temporaries: copy the nodes (they are handles).
  for (const auto& entry : map) {
    const YAML::Node key = entry.first;
    if (!key.IsScalar()) {
      reporter->Error(key, "a key must be a string (expected one of: " + JoinNames(names) + ")");
      continue;
    }
    const std::string& name = key.Scalar();
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
      reporter->Error(key, "unknown key '" + name + "' (expected one of: " + JoinNames(names) + ")");
    } else if (Find(name) != nullptr) {
      reporter->Error(key, "duplicate key '" + name + "'");
    } else {
      fields_.push_back({name, key, entry.second});
    }
  }
}

const Field* Fields::Find(std::string_view key) const {
  for (const Field& f : fields_) {
    if (f.name == key) return &f;
  }
  return nullptr;
}

void Fields::Require(const std::vector<std::string_view>& keys) const {
  for (std::string_view k : keys) {
    if (Find(k) == nullptr) reporter_->Error(map_, "missing required key '" + std::string(k) + "'");
  }
}

std::string JoinNames(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

bool IsStringScalar(const YAML::Node& node) {
  if (!node.IsScalar()) return false;
  const std::string& tag = node.Tag();
  if (tag == "!" || tag == kStrTag) return true;
  return tag == "?" && !LooksNonString(node.Scalar());
}

bool ReadString(const Field& field, RuleReporter* reporter, std::string* out) {
  if (!IsStringScalar(field.value)) {
    reporter->Error(field.where(), "'" + field.name + "' must be a string");
    return false;
  }
  if (field.value.Scalar().empty()) {
    reporter->Error(field.where(), "'" + field.name + "' must not be empty");
    return false;
  }
  *out = field.value.Scalar();
  return true;
}

bool ReadInteger(const Field& field, RuleReporter* reporter, long long* value, std::string* text) {
  if (!IsIntegerScalar(field.value)) {
    reporter->Error(field.where(), "'" + field.name + "' must be an integer");
    return false;
  }
  *text = field.value.Scalar();
  const char* begin = text->data() + (text->front() == '+' ? 1 : 0);
  // Out of range keeps the fallback: callers check the range and quote the text.
  *value = -1;
  std::from_chars(begin, text->data() + text->size(), *value);
  return true;
}

bool IsIsoDate(std::string_view text) {
  // By hand rather than with RE2: the entity tables check some 40,000 dates.
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  auto number = [&](std::size_t at, std::size_t n, int* out) {
    *out = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      *out = *out * 10 + (text[i] - '0');
    }
    return true;
  };
  int y = 0, m = 0, d = 0;
  if (!number(0, 4, &y) || !number(5, 2, &m) || !number(8, 2, &d)) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= kDays[m - 1] + (m == 2 && IsLeapYear(y) ? 1 : 0);
}

bool ReadDate(const Field& field, RuleReporter* reporter, std::string* out) {
  const std::string what = "'" + field.name + "' must be a date YYYY-MM-DD";
  if (!field.value.IsScalar()) {
    reporter->Error(field.where(), what);
    return false;
  }
  if (!IsIsoDate(field.value.Scalar())) {
    reporter->Error(field.where(), what + ", got '" + field.value.Scalar() + "'");
    return false;
  }
  *out = field.value.Scalar();
  return true;
}

bool ReadChoice(const Field& field, const std::vector<std::string>& allowed, std::string_view what,
                RuleReporter* reporter, std::string* out) {
  std::string text;
  if (!ReadString(field, reporter, &text)) return false;
  if (std::find(allowed.begin(), allowed.end(), text) == allowed.end()) {
    reporter->Error(field.value,
                    "unknown " + std::string(what) + " '" + text + "' (expected one of: " + JoinNames(allowed) + ")");
    return false;
  }
  *out = std::move(text);
  return true;
}

namespace {

// The items of a list field; `what` is the message for an item that is not a string.
bool ReadItems(const Field& field, const std::string& what, RuleReporter* reporter, std::vector<LocatedString>* out) {
  bool ok = true;
  for (const YAML::Node& item : field.value) {
    if (!IsStringScalar(item)) {
      reporter->Error(item, what);
      ok = false;
    } else if (item.Scalar().empty()) {
      reporter->Error(item, "'" + field.name + "' must not contain an empty string");
      ok = false;
    } else {
      out->push_back({item.Scalar(), "", reporter->Loc(item)});
    }
  }
  return ok;
}

}  // namespace

bool ReadStringList(const Field& field, RuleReporter* reporter, std::vector<LocatedString>* out) {
  const std::string what = "'" + field.name + "' must be a list of strings";
  if (!field.value.IsSequence()) {
    reporter->Error(field.where(), what);
    return false;
  }
  return ReadItems(field, what, reporter, out);
}

bool ReadLanguageMap(const Field& field, const std::vector<std::string>& languages, RuleReporter* reporter,
                     std::vector<LocatedString>* out) {
  const std::string what = "'" + field.name + "' must be a map from language to a list of strings";
  if (!field.value.IsMap()) {
    reporter->Error(field.where(), what);
    return false;
  }
  bool ok = true;
  for (const auto& pair : field.value) {
    const YAML::Node key = pair.first;
    const std::string lang = key.IsScalar() ? key.Scalar() : std::string();
    if (std::find(languages.begin(), languages.end(), lang) == languages.end()) {
      reporter->Error(key, "unknown language '" + lang + "' (expected one of: " + JoinNames(languages) + ")");
      ok = false;
      continue;
    }
    std::vector<LocatedString> list;
    Field entry{field.name, key, pair.second};
    if (!entry.value.IsSequence()) {
      reporter->Error(entry.where(), what);
      ok = false;
      continue;
    }
    ok = ReadItems(entry, what, reporter, &list) && ok;
    for (LocatedString& s : list) out->push_back({std::move(s.text), lang, std::move(s.loc)});
  }
  return ok;
}

}  // namespace dyad::extract
