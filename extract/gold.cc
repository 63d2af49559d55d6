#include "extract/gold.h"

#include <re2/re2.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "extract/rules/rules_yaml.h"
#include "extract/text.h"

namespace dyad::extract {
namespace {

const std::vector<std::string_view> kTopKeys = {"articles", "scope"};
const std::vector<std::string_view> kArticleKeys = {"id", "edges", "not", "note"};

// The first byte that is not UTF-8, reported where it is: yaml-cpp would misread it.
bool CheckUtf8(std::string_view text, RuleReporter* reporter) {
  const std::size_t bad = FirstInvalidUtf8(text);
  if (bad == std::string_view::npos) return true;
  SourceLoc loc{reporter->file(), 1, 1};
  for (std::size_t i = 0; i < bad; ++i) {
    loc.line += text[i] == '\n';
    loc.column = text[i] == '\n' ? 1 : loc.column + 1;
  }
  reporter->Error(loc, "file is not valid UTF-8");
  return false;
}

bool LoadYaml(std::string_view text, RuleReporter* reporter, YAML::Node* root) {
  try {
    *root = YAML::Load(std::string(text));
  } catch (const YAML::Exception& e) {
    reporter->Error(reporter->Loc(e.mark), "YAML syntax error: " + e.msg);
    return false;
  }
  return true;
}

// "SRC CODE TGT [DATE] [mutual]" with ids as the rule pack writes them, a
// CAMEO code or an upper-case PLOVER category, and a partial ISO date.
bool ParseEdge(const LocatedString& s, RuleReporter* reporter, GoldEdge* edge) {
  static const RE2 kEdge(
      R"(\s*([A-Za-z0-9_.\-]+)\s+([0-9]{2,4}|[A-Z]{3,})\s+([A-Za-z0-9_.\-]+))"
      R"((?:\s+([0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?))?(\s+mutual)?\s*)");
  std::string mutual;
  if (!RE2::FullMatch(s.text, kEdge, &edge->source, &edge->code, &edge->target, &edge->date, &mutual)) {
    reporter->Error(s.loc, "malformed edge '" + s.text +
                               "' (expected 'SOURCE CODE TARGET [DATE] [mutual]', as 'CHN 04 PER' or 'CHN CONSULT PER')");
    return false;
  }
  if (edge->date.size() == 10 && !IsIsoDate(edge->date)) {
    reporter->Error(s.loc, "edge '" + s.text + "' has an impossible date");
    return false;
  }
  edge->mutual = !mutual.empty();
  if (edge->code[0] >= '0' && edge->code[0] <= '9') edge->root = edge->code.substr(0, 2);
  edge->loc = s.loc;
  return true;
}

bool ReadEdgeList(const Field* field, RuleReporter* reporter, std::vector<GoldEdge>* out) {
  if (field == nullptr) return true;
  std::vector<LocatedString> items;
  bool ok = ReadStringList(*field, reporter, &items);
  for (const LocatedString& s : items) {
    GoldEdge edge;
    if (ParseEdge(s, reporter, &edge)) {
      out->push_back(std::move(edge));
    } else {
      ok = false;
    }
  }
  return ok;
}

bool ParseArticle(const YAML::Node& node, RuleReporter* reporter, GoldArticle* article) {
  Fields fields(node, kArticleKeys, reporter);
  fields.Require({"id", "edges"});
  article->loc = reporter->Loc(node);
  bool ok = fields.Find("id") != nullptr && fields.Find("edges") != nullptr;
  if (const Field* id = fields.Find("id")) ok = ReadString(*id, reporter, &article->id) && ok;
  ok = ReadEdgeList(fields.Find("edges"), reporter, &article->edges) && ok;
  ok = ReadEdgeList(fields.Find("not"), reporter, &article->not_edges) && ok;
  std::string note;
  if (const Field* n = fields.Find("note")) ok = ReadString(*n, reporter, &note) && ok;
  return ok;
}

}  // namespace

std::vector<GoldArticle> ParseGold(std::string_view text, const std::string& name, Diagnostics* diagnostics) {
  std::vector<GoldArticle> articles;
  RuleReporter reporter(name, diagnostics);
  YAML::Node root;
  if (!CheckUtf8(text, &reporter) || !LoadYaml(text, &reporter, &root)) return articles;
  if (!root.IsMap()) {
    reporter.Error(SourceLoc{name, 1, 1}, "a gold file must be a map with the key 'articles'");
    return articles;
  }
  Fields top(root, kTopKeys, &reporter);
  top.Require({"articles"});
  bool states_only = false;
  if (const Field* scope = top.Find("scope")) {
    std::string value;
    if (ReadString(*scope, &reporter, &value) && value != "states") {
      reporter.Error(scope->where(), "'scope' must be 'states', got '" + value + "'");
    }
    states_only = value == "states";
  }
  const Field* list = top.Find("articles");
  if (list == nullptr) return articles;
  if (!list->value.IsSequence()) {
    reporter.Error(list->where(), "'articles' must be a list of maps");
    return articles;
  }
  std::vector<std::pair<std::string, SourceLoc>> ids;  // every id read, with or without errors
  for (const YAML::Node& item : list->value) {
    if (!item.IsMap()) {
      reporter.Error(item, "'articles' must be a list of maps");
      continue;
    }
    GoldArticle article;
    const bool ok = ParseArticle(item, &reporter, &article);
    if (article.id.empty()) continue;
    auto same = std::find_if(ids.begin(), ids.end(), [&](const auto& id) { return id.first == article.id; });
    if (same != ids.end()) {
      reporter.Error(article.loc,
                     "duplicate article id '" + article.id + "' (first at " + same->second.ToString() + ")");
      continue;
    }
    ids.emplace_back(article.id, article.loc);
    article.states_only = states_only;
    if (ok) articles.push_back(std::move(article));
  }
  return articles;
}

std::vector<GoldArticle> ReadGoldFile(const std::string& path, Diagnostics* diagnostics) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diagnostics->push_back({SourceLoc{path, 0, 0}, "cannot read the gold file", Severity::kError});
    return {};
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return ParseGold(bytes.str(), path, diagnostics);
}

}  // namespace dyad::extract
