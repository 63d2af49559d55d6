#include "extract/rules/rules_schema.h"

#include <re2/re2.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sstream>

#include "extract/rules/entity_table.h"
#include "extract/rules/rules_yaml.h"
#include "extract/text.h"

namespace dyad::extract {
namespace {

const std::vector<std::string_view> kTopKeys = {"entities", "relations", "examples", "modality", "lexicon", "classes"};
const std::vector<std::string_view> kEntityKeys = {"id",       "type",     "label",    "country",
                                                   "role",     "names",    "demonyms", "capitals",
                                                   "patterns", "valid_from", "valid_until", "periods",
                                                   "origin"};
// An entity that only adds names to one defined elsewhere.
const std::vector<std::string_view> kEntityExtendKeys = {"id", "extend", "names", "demonyms", "capitals"};
const std::vector<std::string_view> kRelationKeys = {"id",        "label", "cameo", "quad_class",
                                                     "direction", "cues",  "examples", "extend"};
// A relation that only adds cues to one defined elsewhere.
const std::vector<std::string_view> kExtendKeys = {"id", "extend", "cues", "examples"};
const std::vector<std::string_view> kExampleKeys = {"text", "lang", "date", "edges", "not"};
const std::vector<std::string_view> kModalityKeys = {"negation", "hedge", "denial", "pair", "attribution",
                                                    "reporting", "intent", "threat", "refusal", "aspect", "halt"};

const std::vector<std::string>& AliasLanguages() {
  static const std::vector<std::string> langs = [] {
    std::vector<std::string> l = kLanguages;
    l.push_back("any");
    return l;
  }();
  return langs;
}

// Reports the first byte that is not UTF-8; yaml-cpp would misread the file.
bool CheckUtf8(std::string_view text, RuleReporter* reporter) {
  const std::size_t bad = FirstInvalidUtf8(text);
  if (bad == std::string_view::npos) return true;
  const std::size_t line_start = text.rfind('\n', bad);
  SourceLoc loc{reporter->file(), 1, 0};
  for (std::size_t i = 0; i < bad; ++i) loc.line += text[i] == '\n';
  loc.column = static_cast<int>(bad - (line_start == std::string_view::npos ? 0 : line_start + 1)) + 1;
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[bad])));
  reporter->Error(loc, std::string("file is not valid UTF-8 (byte ") + byte + ")");
  return false;
}

// Records where each document's root node starts. yaml-cpp 0.7's LoadAll
// loops forever, allocating, on a token that no rule consumes (a stray ','):
// the parser then returns the same empty document again and again
// (jbeder/yaml-cpp#1040, fixed upstream by #1319). Documents are counted
// with this handler instead, which sees the parser stop making progress.
class DocumentRoots : public YAML::EventHandler {
 public:
  std::vector<YAML::Mark> roots;

  void OnDocumentStart(const YAML::Mark&) override { in_root_ = true; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { Node(mark); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { Node(mark); }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t, const std::string&) override {
    Node(mark);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    Node(mark);
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    Node(mark);
  }
  void OnMapEnd() override {}

 private:
  void Node(const YAML::Mark& mark) {
    if (in_root_) roots.push_back(mark);
    in_root_ = false;
  }
  bool in_root_ = false;
};

// The file's single document; a syntax error or a second document is reported.
// The embedded pack (`trusted`) is read once: it is checked by the test suite,
// and the pass that counts documents doubles the time its large files take.
bool LoadYaml(const std::string& text, bool trusted, RuleReporter* reporter, YAML::Node* root) {
  try {
    if (trusted) {
      *root = YAML::Load(text);
      return true;
    }
    std::istringstream in(text);
    YAML::Parser parser(in);
    DocumentRoots documents;
    while (documents.roots.size() < 2 && parser.HandleNextDocument(documents)) {
    }
    const std::vector<YAML::Mark>& roots = documents.roots;
    if (roots.size() == 2 && roots[0].pos == roots[1].pos) {
      const std::size_t at = static_cast<std::size_t>(std::max(0, roots[1].pos));
      const bool ascii = at < text.size() && text[at] > ' ' && text[at] < 0x7F;
      reporter->Error(reporter->Loc(roots[1]),
                      "YAML syntax error: unexpected " + (ascii ? "'" + text.substr(at, 1) + "'" : "token"));
      return false;
    }
    if (roots.size() == 2) {
      reporter->Error(reporter->Loc(roots[1]), "a rule file holds one YAML document");
      return false;
    }
    if (!roots.empty()) *root = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    reporter->Error(reporter->Loc(e.mark), "YAML syntax error: " + e.msg);
    return false;
  }
  return true;
}

// Calls parse for each element of a list of maps ("'entities' must be a list").
void ForEachMap(const Field& field, RuleReporter* reporter, const std::function<void(const YAML::Node&)>& parse) {
  if (!field.value.IsSequence()) {
    reporter->Error(field.where(), "'" + field.name + "' must be a list");
    return;
  }
  for (const YAML::Node& item : field.value) {
    if (item.IsMap()) {
      parse(item);
    } else {
      reporter->Error(item, "'" + field.name + "' must be a list of maps");
    }
  }
}

enum class IdKind { kEntity, kRelation };

bool ReadId(const Field* field, IdKind kind, RuleReporter* reporter, std::string* out) {
  if (field == nullptr || !ReadString(*field, reporter, out)) return false;
  const bool entity = kind == IdKind::kEntity;
  for (char c : *out) {
    const bool upper = c >= 'A' && c <= 'Z';
    const bool other = (c >= 'a' && c <= 'z') || c == '.' || c == '-';
    if (upper || (c >= '0' && c <= '9') || c == '_' || (entity && other)) continue;
    reporter->Error(field->value, "invalid id '" + *out + "' (use " +
                                      (entity ? "letters, digits, '_', '.', '-')" : "upper-case letters, digits, '_')"));
    return false;
  }
  return true;
}

// ---- entities ----

void ReadAliases(const Fields& fields, RuleReporter* reporter, Entity* entity) {
  static const std::pair<std::string_view, AliasKind> kKinds[] = {
      {"names", AliasKind::kName}, {"demonyms", AliasKind::kDemonym}, {"capitals", AliasKind::kCapital}};
  for (const auto& [key, kind] : kKinds) {
    const Field* field = fields.Find(key);
    std::vector<LocatedString> list;
    if (field != nullptr) ReadLanguageMap(*field, AliasLanguages(), reporter, &list);
    for (LocatedString& s : list) entity->aliases.push_back({std::move(s.text), std::move(s.lang), kind, s.loc});
  }
}

// RE2's memory for one compiled pattern; more is an error, not exhaustion.
constexpr int kPatternMemoryBudget = 8 << 20;

void ReadPatterns(const Field* field, RuleReporter* reporter, Entity* entity) {
  std::vector<LocatedString> list;
  if (field == nullptr || !ReadStringList(*field, reporter, &list)) return;
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_log_errors(false);
  options.set_max_mem(kPatternMemoryBudget);
  for (LocatedString& s : list) {
    RE2 re(s.text, options);
    if (!re.ok()) {
      std::string message = "bad RE2 pattern '" + s.text + "': " + re.error();
      if (re.error_code() == RE2::ErrorPatternTooLarge) {
        message += " (over the memory budget of " + std::to_string(kPatternMemoryBudget >> 20) + " MiB per pattern)";
      }
      reporter->Error(s.loc, message);
      continue;
    }
    entity->patterns.push_back({std::move(s.text), "any", AliasKind::kPattern, s.loc});
  }
}

void ReadValidity(const Fields& fields, RuleReporter* reporter, Entity* entity) {
  const Field* from = fields.Find("valid_from");
  const Field* until = fields.Find("valid_until");
  const bool from_ok = from != nullptr && ReadDate(*from, reporter, &entity->valid_from);
  const bool until_ok = until != nullptr && ReadDate(*until, reporter, &entity->valid_until);
  if (from_ok && until_ok && entity->valid_until < entity->valid_from) {
    reporter->Error(until->value, "'valid_until' is before 'valid_from'");
  }
}

// "2009-01-20..2017-01-20 government", "..1996-07-20 elite", "2003-08-06.. -".
void ReadPeriods(const Field* field, RuleReporter* reporter, Entity* entity) {
  std::vector<LocatedString> list;
  if (field == nullptr || !ReadStringList(*field, reporter, &list)) return;
  for (const LocatedString& s : list) {
    Period p;
    std::string error;
    if (ParsePeriod(s.text, &p, &error)) {
      entity->periods.push_back(std::move(p));
    } else {
      reporter->Error(s.loc, error);
    }
  }
}

// `extend: true` on an entity or a relation.
bool IsExtension(const YAML::Node& node) {
  const YAML::Node extend = node["extend"];
  return extend && extend.IsScalar() && extend.Scalar() == "true";
}

// `extend: true`: names for an entity of another file (a generated
// dictionary adding aliases to a hand-written state).
void ParseEntityExtension(const YAML::Node& node, RuleReporter* reporter, RuleFile* out) {
  Fields fields(node, kEntityExtendKeys, reporter);
  fields.Require({"id", "names"});
  LoadedEntity loaded;
  loaded.extend = true;
  loaded.entity.loc = reporter->Loc(node);
  const bool id_ok = ReadId(fields.Find("id"), IdKind::kEntity, reporter, &loaded.entity.id);
  ReadAliases(fields, reporter, &loaded.entity);
  if (id_ok) out->entities.push_back(std::move(loaded));
}

void ParseEntity(const YAML::Node& node, RuleReporter* reporter, RuleFile* out) {
  if (IsExtension(node)) {
    ParseEntityExtension(node, reporter, out);
    return;
  }
  Fields fields(node, kEntityKeys, reporter);
  fields.Require({"id", "type", "label"});
  LoadedEntity loaded;
  Entity& e = loaded.entity;
  e.loc = reporter->Loc(node);
  const bool id_ok = ReadId(fields.Find("id"), IdKind::kEntity, reporter, &e.id);
  if (const Field* f = fields.Find("type")) ReadChoice(*f, kEntityTypes, "entity type", reporter, &e.type);
  if (const Field* f = fields.Find("label")) ReadString(*f, reporter, &e.label);
  if (const Field* f = fields.Find("country"); f != nullptr && ReadString(*f, reporter, &e.country)) {
    loaded.country_loc = reporter->Loc(f->value);
  }
  if (const Field* f = fields.Find("role")) ReadChoice(*f, kRoles, "role", reporter, &e.role);
  ReadAliases(fields, reporter, &e);
  ReadPatterns(fields.Find("patterns"), reporter, &e);
  ReadValidity(fields, reporter, &e);
  ReadPeriods(fields.Find("periods"), reporter, &e);
  if (const Field* f = fields.Find("origin")) ReadString(*f, reporter, &e.origin);
  if (id_ok) out->entities.push_back(std::move(loaded));
}

// ---- examples ----

void ReadEdges(const Field& field, RuleReporter* reporter, std::vector<ExpectedEdge>* out) {
  std::vector<LocatedString> list;
  ReadStringList(field, reporter, &list);
  for (LocatedString& s : list) {
    std::istringstream words(s.text);
    std::vector<std::string> w;
    for (std::string word; words >> word;) w.push_back(word);
    if (w.size() != 3) {
      reporter->Error(s.loc, "expected edge 'SRC RELATION TGT', got '" + s.text + "'");
      continue;
    }
    out->push_back({w[0], w[1], w[2], s.loc});
  }
}

void ParseExample(const YAML::Node& node, RuleReporter* reporter, std::vector<Example>* out) {
  Fields fields(node, kExampleKeys, reporter);
  fields.Require({"text"});
  Example ex;
  ex.loc = reporter->Loc(node);
  if (const Field* f = fields.Find("text")) ReadString(*f, reporter, &ex.text);
  if (const Field* f = fields.Find("lang")) ReadChoice(*f, kLanguages, "language", reporter, &ex.lang);
  if (const Field* f = fields.Find("date")) ReadDate(*f, reporter, &ex.date);
  if (const Field* f = fields.Find("edges")) ReadEdges(*f, reporter, &ex.edges);
  if (const Field* f = fields.Find("not")) ReadEdges(*f, reporter, &ex.not_edges);
  out->push_back(std::move(ex));
}

void ParseExamples(const Field& field, RuleReporter* reporter, std::vector<Example>* out) {
  ForEachMap(field, reporter, [&](const YAML::Node& node) { ParseExample(node, reporter, out); });
}

// ---- relations ----

void ReadCameo(const Field* field, RuleReporter* reporter, std::string* out) {
  static const RE2 kCameo("[0-9]{2,4}");
  std::string text;
  if (field == nullptr || !ReadString(*field, reporter, &text)) return;
  if (!RE2::FullMatch(text, kCameo)) {
    reporter->Error(field->value, "'cameo' must be 2 to 4 digits, got '" + text + "'");
    return;
  }
  *out = std::move(text);
}

void ReadQuadClass(const Field* field, RuleReporter* reporter, int* out) {
  long long value = 0;
  std::string text;
  if (field == nullptr || !ReadInteger(*field, reporter, &value, &text)) return;
  if (value < 1 || value > 4) {
    reporter->Error(field->value, "'quad_class' must be 1, 2, 3 or 4, got " + text);
    return;
  }
  *out = static_cast<int>(value);
}

bool ReadDirection(const Field* field, RuleReporter* reporter, Direction* out) {
  std::string text;
  if (field == nullptr || !ReadString(*field, reporter, &text)) return false;
  if (text != "directed" && text != "symmetric") {
    reporter->Error(field->value, "'direction' must be 'directed' or 'symmetric', got '" + text + "'");
    return false;
  }
  *out = text == "directed" ? Direction::kDirected : Direction::kSymmetric;
  return true;
}

bool HasPart(const std::vector<CuePart>& parts, CuePart::Kind kind) {
  for (const CuePart& p : parts) {
    if (p.kind == kind) return true;
  }
  return false;
}

// `direction` is null when the relation's direction is unknown (an error of its own).
void ReadCues(const Field* field, const Direction* direction, RuleReporter* reporter, std::vector<Cue>* out) {
  std::vector<LocatedString> list;
  if (field != nullptr) ReadLanguageMap(*field, kLanguages, reporter, &list);
  for (LocatedString& s : list) {
    Cue cue{s.text, s.lang, "", {}, s.loc};
    // "{S} <meet> with {T} @CAMEO.2.0.txt:5440": the line it was converted from.
    if (const std::size_t at = cue.text.rfind(" @"); at != std::string::npos) {
      cue.origin = cue.text.substr(at + 2);
      cue.text.erase(at);
    }
    std::string error;
    if (!ParseCueTemplate(cue.text, &cue.parts, &error)) {
      reporter->Error(s.loc, error);
      continue;
    }
    // The matcher relates a one-slot cue's actors to each other, which only a
    // symmetric relation can do.
    const bool both = HasPart(cue.parts, CuePart::Kind::kSource) && HasPart(cue.parts, CuePart::Kind::kTarget);
    if (direction != nullptr && *direction == Direction::kDirected && !both) {
      reporter->Error(s.loc, "cue '" + cue.text + "' needs both {S} and {T} (the relation is directed)");
      continue;
    }
    out->push_back(std::move(cue));
  }
}

// `extend: true`: cues (and examples) for a relation of another file; its
// direction is known only when the files are put together.
void ParseExtension(const YAML::Node& node, RuleReporter* reporter, RuleFile* out) {
  Fields fields(node, kExtendKeys, reporter);
  fields.Require({"id", "cues"});
  LoadedRelation loaded;
  loaded.extend = true;
  Relation& r = loaded.relation;
  r.loc = reporter->Loc(node);
  const bool id_ok = ReadId(fields.Find("id"), IdKind::kRelation, reporter, &r.id);
  ReadCues(fields.Find("cues"), nullptr, reporter, &r.cues);
  if (const Field* f = fields.Find("examples")) ParseExamples(*f, reporter, &loaded.examples);
  if (id_ok) out->relations.push_back(std::move(loaded));
}

void ParseRelation(const YAML::Node& node, RuleReporter* reporter, RuleFile* out) {
  if (IsExtension(node)) {
    ParseExtension(node, reporter, out);
    return;
  }
  Fields fields(node, kRelationKeys, reporter);
  fields.Require({"id", "label", "cameo", "quad_class", "direction", "cues"});
  LoadedRelation loaded;
  Relation& r = loaded.relation;
  r.loc = reporter->Loc(node);
  const bool id_ok = ReadId(fields.Find("id"), IdKind::kRelation, reporter, &r.id);
  if (const Field* f = fields.Find("label")) ReadString(*f, reporter, &r.label);
  ReadCameo(fields.Find("cameo"), reporter, &r.cameo);
  ReadQuadClass(fields.Find("quad_class"), reporter, &r.quad_class);
  const bool direction_ok = ReadDirection(fields.Find("direction"), reporter, &r.direction);
  ReadCues(fields.Find("cues"), direction_ok ? &r.direction : nullptr, reporter, &r.cues);
  if (const Field* f = fields.Find("examples")) ParseExamples(*f, reporter, &loaded.examples);
  if (id_ok) out->relations.push_back(std::move(loaded));
}

// ---- modality ----

void ParseModality(const Field& field, RuleReporter* reporter, ModalityWords* out) {
  if (!field.value.IsMap()) {
    reporter->Error(field.where(), "'modality' must be a map");
    return;
  }
  Fields fields(field.value, kModalityKeys, reporter);
  const std::pair<std::string_view, std::map<std::string, std::vector<std::string>>*> kinds[] = {
      {"negation", &out->negation}, {"hedge", &out->hedge}, {"denial", &out->denial}, {"pair", &out->pair},
      {"attribution", &out->attribution}, {"reporting", &out->reporting}, {"intent", &out->intent},
      {"threat", &out->threat}, {"refusal", &out->refusal}, {"aspect", &out->aspect}, {"halt", &out->halt}};
  for (const auto& [key, words] : kinds) {
    std::vector<LocatedString> list;
    if (const Field* f = fields.Find(key)) ReadLanguageMap(*f, kLanguages, reporter, &list);
    for (LocatedString& s : list) (*words)[s.lang].push_back(std::move(s.text));
  }
}

std::string_view Trim(std::string_view text) {
  const std::size_t b = text.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  return text.substr(b, text.find_last_not_of(" \t\r\n") - b + 1);
}

// The words between two slots (or an end of the template): phrases joined by
// "..." (or "…"), each a part that may stand a few words after the one before.
// False if a gap does not stand between two phrases.
// Right after a slot, the words may start with a gap: "{S} gave {T} ... a grant".
bool AddWords(std::string_view text, bool after_slot, std::vector<CuePart>* parts) {
  bool after_gap = false;
  for (bool first = true;; first = false) {
    // "..." or U+2026, both three bytes.
    const std::size_t gap = std::min(text.find("..."), text.find("\u2026"));
    const std::string_view phrase = Trim(text.substr(0, gap));
    const bool leading = first && after_slot && phrase.empty() && gap != std::string_view::npos;
    if (phrase.empty() && !leading && (after_gap || gap != std::string_view::npos)) return false;
    if (!phrase.empty()) parts->push_back({CuePart::Kind::kWords, std::string(phrase), after_gap});
    if (gap == std::string_view::npos) return true;
    text.remove_prefix(gap + 3);
    after_gap = true;
  }
}

}  // namespace

bool ParseCueTemplate(const std::string& text, std::vector<CuePart>* parts, std::string* error) {
  const std::string cue = "cue '" + text + "'";
  bool seen[2] = {false, false};  // {S}, {T}
  std::size_t i = 0;
  for (;;) {
    const std::size_t open = text.find('{', i);
    const bool after_slot = !parts->empty() && parts->back().kind != CuePart::Kind::kWords;
    if (!AddWords(std::string_view(text).substr(i, open == std::string::npos ? std::string::npos : open - i),
                  after_slot, parts)) {
      *error = cue + " has a gap '...' that does not stand between two words";
      return false;
    }
    if (open == std::string::npos) break;
    const std::size_t close = text.find('}', open);
    const std::string slot = text.substr(open, close == std::string::npos ? std::string::npos : close - open + 1);
    if (slot != "{S}" && slot != "{T}") {
      *error = cue + " has an unknown slot '" + slot + "' (use {S} or {T})";
      return false;
    }
    const bool source = slot == "{S}";
    if (seen[source ? 0 : 1]) {
      *error = cue + " repeats slot " + slot;
      return false;
    }
    seen[source ? 0 : 1] = true;
    parts->push_back({source ? CuePart::Kind::kSource : CuePart::Kind::kTarget, ""});
    i = open + slot.size();
  }
  if (!HasPart(*parts, CuePart::Kind::kWords)) {
    *error = cue + " has no words";
    return false;
  }
  if (!seen[0] && !seen[1]) {
    *error = cue + " has no slot";
    return false;
  }
  return true;
}

RuleFile ParseRuleFile(const RuleSource& source, Diagnostics* diagnostics) {
  RuleFile out;
  RuleReporter reporter(source.name, diagnostics);
  if (IsEntityTable(source.name)) {
    return CheckUtf8(source.text, &reporter) ? ParseEntityTable(source, diagnostics) : out;
  }
  YAML::Node root;
  if (!CheckUtf8(source.text, &reporter) || !LoadYaml(source.text, source.embedded, &reporter, &root) || root.IsNull()) return out;
  if (!root.IsMap()) {
    reporter.Error(root, "a rule file must be a map (expected keys: " +
                             JoinNames(std::vector<std::string>(kTopKeys.begin(), kTopKeys.end())) + ")");
    return out;
  }
  Fields top(root, kTopKeys, &reporter);
  if (const Field* f = top.Find("entities")) {
    ForEachMap(*f, &reporter, [&](const YAML::Node& node) { ParseEntity(node, &reporter, &out); });
  }
  if (const Field* f = top.Find("relations")) {
    ForEachMap(*f, &reporter, [&](const YAML::Node& node) { ParseRelation(node, &reporter, &out); });
  }
  if (const Field* f = top.Find("examples")) ParseExamples(*f, &reporter, &out.examples);
  if (const Field* f = top.Find("modality")) ParseModality(*f, &reporter, &out.modality);
  if (const Field* f = top.Find("lexicon")) ParseLexicon(*f, &reporter, &out.lexicon);
  if (const Field* f = top.Find("classes")) ParseClasses(*f, &reporter, &out.classes);
  return out;
}

}  // namespace dyad::extract
