#pragma once
// Internal to the rule loader: reading yaml-cpp nodes with every error
// located at file:line:column. Nothing here throws or prints.
#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract/diagnostic.h"

namespace dyad::extract {

// Collects the errors of one rule file.
class RuleReporter {
 public:
  RuleReporter(std::string file, Diagnostics* diagnostics) : file_(std::move(file)), diagnostics_(diagnostics) {}

  // A yaml-cpp mark (0-based) as a 1-based location; an unset mark gives the file only.
  SourceLoc Loc(const YAML::Mark& mark) const;
  SourceLoc Loc(const YAML::Node& node) const { return Loc(node.Mark()); }

  void Error(const SourceLoc& loc, std::string message);
  void Error(const YAML::Node& node, std::string message) { Error(Loc(node), std::move(message)); }

  const std::string& file() const { return file_; }

 private:
  std::string file_;
  Diagnostics* diagnostics_;
};

// One entry of a map. An empty value ("label:") is a null node whose mark
// points at the next token, so errors about it are placed at the key.
struct Field {
  std::string name;
  YAML::Node key;
  YAML::Node value;

  const YAML::Node& where() const { return value.IsNull() ? key : value; }
};

// The entries of a map whose keys must come from `allowed`. Reports unknown
// keys, keys that are not strings and repeated keys (the first one counts).
class Fields {
 public:
  Fields(const YAML::Node& map, const std::vector<std::string_view>& allowed, RuleReporter* reporter);

  // The entry for key, or nullptr if the map lacks it.
  const Field* Find(std::string_view key) const;

  // Reports "missing required key '<k>'" at the map for each absent key.
  void Require(const std::vector<std::string_view>& keys) const;

 private:
  YAML::Node map_;
  RuleReporter* reporter_;
  std::vector<Field> fields_;
};

// A string read from the file, with where it was written.
struct LocatedString {
  std::string text;
  std::string lang;  // for language maps: the key it was listed under
  SourceLoc loc;
};

// "a, b, c": how allowed values are listed in messages.
std::string JoinNames(const std::vector<std::string>& names);

// A scalar that YAML reads as a string: quoted, tagged !!str, or plain and
// not a number or a boolean (so `cameo: 042` and `- no` are not strings).
bool IsStringScalar(const YAML::Node& node);

// Each reader reports "'<key>' must be ..." and returns false when the value
// does not fit; strings must also be non-empty.
bool ReadString(const Field& field, RuleReporter* reporter, std::string* out);
bool ReadInteger(const Field& field, RuleReporter* reporter, long long* value, std::string* text);
bool ReadDate(const Field& field, RuleReporter* reporter, std::string* out);
// A string that must be one of `allowed`: "unknown <what> 'x' (expected one of: ...)".
bool ReadChoice(const Field& field, const std::vector<std::string>& allowed, std::string_view what,
                RuleReporter* reporter, std::string* out);
bool ReadStringList(const Field& field, RuleReporter* reporter, std::vector<LocatedString>* out);
// A map from language (one of `languages`) to a list of strings, flattened in order.
bool ReadLanguageMap(const Field& field, const std::vector<std::string>& languages, RuleReporter* reporter,
                     std::vector<LocatedString>* out);

// True if text is a real calendar date written YYYY-MM-DD.
bool IsIsoDate(std::string_view text);

}  // namespace dyad::extract
