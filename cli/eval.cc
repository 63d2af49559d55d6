#include "cli/eval.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <set>
#include <tuple>

#include "cli/cli.h"
#include "cli/command_util.h"
#include "cli/help.h"
#include "cli/options.h"
#include "cli/pipeline.h"
#include "extract/document.h"
#include "graph/cameo.h"

namespace dyad::cli {
namespace {

// ---------------------------------------------------------------- loading

std::string Fold(const extract::RulePack& pack, const std::string& id) {
  const extract::Entity* e = pack.FindEntity(id);
  return e != nullptr && !e->country.empty() ? e->country : id;
}

std::string OneLine(std::string s) {
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

std::vector<FoldedRecord> FoldRecords(const extract::RulePack& pack, const std::vector<extract::Evidence>& evidence) {
  std::vector<FoldedRecord> out;
  for (const extract::Evidence& e : evidence) {
    const extract::Relation* r = pack.FindRelation(e.relation.str());
    if (r == nullptr) continue;
    FoldedRecord f{Fold(pack, e.source),
                   r->cameo.substr(0, 2),
                   Fold(pack, e.target),
                   r->direction == extract::Direction::kSymmetric,
                   r->id,
                   "",
                   e.Date(),
                   OneLine(e.sentence),
                   e.rule,
                   graph::PloverCategory(r->cameo)};
    if (f.source == f.target) continue;  // a Chinese delegation meeting the Chinese embassy
    if (e.modality != extract::Modality::kAsserted) {
      f.modality = std::string(extract::ModalityName(e.modality)) + " by '" + e.modality_word + "'";
    }
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<SentenceActors> FoldSentences(const extract::RulePack& pack, const extract::Document& doc,
                                          const extract::DocumentTrace& trace) {
  std::vector<SentenceActors> out;
  for (const extract::SentenceTrace& s : trace.sentences) {
    SentenceActors sa{OneLine(doc.text.substr(s.span.begin, s.span.end - s.span.begin)), {}};
    for (const extract::MentionTrace& m : s.mentions) sa.actors.push_back(Fold(pack, m.entity));
    out.push_back(std::move(sa));
  }
  return out;
}

std::vector<std::string> UnknownIds(const extract::RulePack& pack, const extract::GoldArticle& gold) {
  std::set<std::string> unknown;
  for (const auto* list : {&gold.edges, &gold.not_edges}) {
    for (const extract::GoldEdge& g : *list) {
      for (const std::string& id : {g.source, g.target}) {
        if (pack.FindEntity(id) == nullptr) unknown.insert(id);
      }
    }
  }
  return {unknown.begin(), unknown.end()};
}

void AddError(extract::Diagnostics* diagnostics, const extract::SourceLoc& loc, const std::string& message) {
  extract::Diagnostic d;
  d.loc = loc;
  d.message = message;
  diagnostics->push_back(std::move(d));
}

EvalArticle Evaluate(const extract::Extractor& extractor, const extract::Document& doc,
                     const extract::GoldArticle& gold) {
  const extract::RulePack& pack = extractor.pack();
  EvalArticle a;
  a.id = doc.id;
  a.lang = doc.lang.empty() ? "?" : doc.lang;
  a.gold = gold.edges;
  a.not_gold = gold.not_edges;
  a.records = FoldRecords(pack, extractor.Extract(doc));
  if (gold.states_only) {
    // Gold of state dyads only: an edge with an organisation at one end is not scored.
    auto is_state = [&](const std::string& id) {
      const extract::Entity* e = pack.FindEntity(id);
      return e != nullptr && e->type == "country";
    };
    a.records.erase(std::remove_if(a.records.begin(), a.records.end(),
                                   [&](const FoldedRecord& r) { return !is_state(r.source) || !is_state(r.target); }),
                    a.records.end());
  }
  a.sentences = FoldSentences(pack, doc, extractor.Explain(doc));
  a.unknown_ids = UnknownIds(pack, gold);
  return a;
}

// ---------------------------------------------------------------- scoring

// The code a predicted or gold edge is compared on at LEVEL; "" at dyad level.
std::string LevelCode(const FoldedRecord& r, EvalLevel level) {
  switch (level) {
    case EvalLevel::kRoot: return r.root;
    case EvalLevel::kPlover: return r.plover;
    case EvalLevel::kDyad: return "";
  }
  return "";
}

std::string LevelCode(const extract::GoldEdge& g, EvalLevel level) {
  switch (level) {
    case EvalLevel::kRoot: return g.root;
    case EvalLevel::kPlover: return g.root.empty() ? g.code : graph::PloverCategory(g.code);
    case EvalLevel::kDyad: return "";
  }
  return "";
}

// Events PLOVER has no category for (statements, appeals) are outside a PLOVER-level score.
bool Scored(const FoldedRecord& r, EvalLevel level) { return level != EvalLevel::kPlover || !r.plover.empty(); }
bool Scored(const extract::GoldEdge& g, EvalLevel level) {
  return level != EvalLevel::kPlover || !LevelCode(g, level).empty();
}

// A distinct predicted edge: the asserted records that fold to it.
struct Predicted {
  FoldedRecord first;           // the first record: its relation, sentence and rule are shown
  std::set<std::string> dates;  // every record's date
};

std::string EdgeText(const std::string& s, const std::string& code, const std::string& t) {
  return code.empty() ? s + " - " + t : s + " " + code + " " + t;
}

std::string EdgeText(const extract::GoldEdge& g, EvalLevel level) {
  return EdgeText(g.source, level == EvalLevel::kDyad ? "" : g.code, g.target) + (g.mutual ? " mutual" : "");
}

bool SameEnds(const FoldedRecord& p, const extract::GoldEdge& g) {
  return (p.source == g.source && p.target == g.target) ||
         ((p.symmetric || g.mutual) && p.source == g.target && p.target == g.source);
}

bool Matches(const FoldedRecord& p, const extract::GoldEdge& g, EvalLevel level) {
  if (level == EvalLevel::kRoot && g.root.empty()) return false;  // PLOVER-coded gold has no root
  return LevelCode(p, level) == LevelCode(g, level) && SameEnds(p, g);
}

// Asserted records grouped into distinct edges; a symmetric edge is keyed by its ends in sorted order.
std::vector<Predicted> DistinctPredictions(const std::vector<FoldedRecord>& records, EvalLevel level) {
  std::map<std::tuple<std::string, std::string, std::string, bool>, std::size_t> index;
  std::vector<Predicted> out;
  for (const FoldedRecord& r : records) {
    if (!r.modality.empty() || !Scored(r, level)) continue;
    const std::string code = LevelCode(r, level);
    auto key = r.symmetric ? std::make_tuple(std::min(r.source, r.target), code, std::max(r.source, r.target), true)
                           : std::make_tuple(r.source, code, r.target, false);
    auto [it, added] = index.emplace(key, out.size());
    if (added) out.push_back({r, {}});
    out[it->second].dates.insert(r.date);
  }
  return out;
}

// Gold edges without repeats: a (source, code, target) written twice with two dates counts once.
std::vector<extract::GoldEdge> DistinctGold(const std::vector<extract::GoldEdge>& gold, EvalLevel level) {
  std::vector<extract::GoldEdge> out;
  for (const extract::GoldEdge& g : gold) {
    if (!Scored(g, level)) continue;
    auto same = [&](const extract::GoldEdge& o) {
      return o.source == g.source && LevelCode(o, level) == LevelCode(g, level) && o.target == g.target &&
             o.mutual == g.mutual;
    };
    if (std::none_of(out.begin(), out.end(), same)) out.push_back(g);
  }
  return out;
}

bool Involves(const FoldedRecord& r, const extract::GoldEdge& g) {
  return (r.source == g.source && r.target == g.target) || (r.source == g.target && r.target == g.source);
}

bool Names(const SentenceActors& s, const std::string& id) {
  return std::find(s.actors.begin(), s.actors.end(), id) != s.actors.end();
}

std::string Quote(const std::string& sentence) { return "\"" + sentence + "\""; }

// The causes a miss is put down to, in the order the report lists them.
constexpr const char* kActorNotFound = "actor not found";
constexpr const char* kVerbNotKnown = "verb not known";
constexpr const char* kRolesMisassigned = "roles misassigned";
constexpr const char* kWrongCode = "wrong code";
constexpr const char* kNotAsserted = "not asserted";
constexpr const char* kApart = "ends in different sentences";
constexpr const char* kMissCauses[] = {kActorNotFound, kVerbNotKnown, kRolesMisassigned,
                                       kWrongCode,     kNotAsserted,  kApart};

struct Miss {
  const char* cause;
  std::string detail;
};

// Why a gold edge was not produced, from the closest thing the extractor
// saw: an end it never found, a record it did not assert, the right code
// between other ends, the right ends under another code, or a sentence
// naming both ends with no cue.
Miss WhyMissed(const EvalArticle& a, const extract::GoldEdge& g, EvalLevel level) {
  for (const std::string& id : a.unknown_ids) {
    if (id == g.source || id == g.target) return {kActorNotFound, id + " is not in the rule pack"};
  }
  const std::string code = LevelCode(g, level);
  auto same_code = [&](const FoldedRecord& r) { return LevelCode(r, level) == code; };
  for (const FoldedRecord& r : a.records) {
    if (!r.modality.empty() && same_code(r) && Involves(r, g)) {
      return {kNotAsserted, r.modality + ": " + Quote(r.sentence)};
    }
  }
  for (const FoldedRecord& r : a.records) {
    if (r.modality.empty() && same_code(r) && Involves(r, g)) {
      return {kRolesMisassigned, "only the other way round (" + r.relation + "): " + Quote(r.sentence)};
    }
  }
  for (const FoldedRecord& r : a.records) {
    if (r.modality.empty() && same_code(r) && (r.source == g.source || r.target == g.target)) {
      return {kRolesMisassigned, "found " + EdgeText(r.source, code, r.target) + " (" + r.relation +
                                     "): " + Quote(r.sentence)};
    }
  }
  for (const FoldedRecord& r : a.records) {
    if (r.modality.empty() && Involves(r, g)) {
      const std::string got = LevelCode(r, level);
      return {kWrongCode, "coded " + (got.empty() ? std::string("without a category") : got) + " (" + r.relation +
                              "): " + Quote(r.sentence)};
    }
  }
  for (const std::string& id : {g.source, g.target}) {
    if (std::none_of(a.sentences.begin(), a.sentences.end(), [&](const SentenceActors& s) { return Names(s, id); })) {
      return {kActorNotFound, id + " is never found as an actor"};
    }
  }
  for (const SentenceActors& s : a.sentences) {
    if (Names(s, g.source) && Names(s, g.target)) {
      return {kVerbNotKnown, "no " + (code.empty() ? std::string("event") : code) +
                                 " cue matched (first sentence naming both: " + Quote(s.text) + ")"};
    }
  }
  return {kApart, "never named together in one sentence"};
}

void Add(EvalCounts* c, const EvalCounts& d) {
  c->gold += d.gold;
  c->found += d.found;
  c->predicted += d.predicted;
  c->right += d.right;
}

void AddFamily(EvalReport* report, const std::string& code, const EvalCounts& d) {
  if (report->level != EvalLevel::kDyad) Add(&report->by_family[code], d);
}

void ScoreGold(const EvalArticle& a, const std::vector<Predicted>& predicted, EvalReport* report) {
  const EvalLevel level = report->level;
  for (const extract::GoldEdge& g : DistinctGold(a.gold, level)) {
    const bool found = std::any_of(predicted.begin(), predicted.end(),
                                   [&](const Predicted& p) { return Matches(p.first, g, level); });
    const EvalCounts d{1, found ? 1 : 0, 0, 0};
    Add(&report->overall, d);
    Add(&report->by_lang[a.lang], d);
    AddFamily(report, LevelCode(g, level), d);
    if (found) continue;
    const Miss miss = WhyMissed(a, g, level);
    ++report->miss_causes[miss.cause];
    report->misses.push_back({a.id, EdgeText(g, level), std::string(miss.cause) + ": " + miss.detail});
  }
}

void ScoreDates(const EvalArticle& a, const std::vector<Predicted>& predicted, EvalReport* report) {
  for (const extract::GoldEdge& g : a.gold) {
    if (g.date.empty() || !Scored(g, report->level)) continue;
    std::set<std::string> dates;
    for (const Predicted& p : predicted) {
      if (Matches(p.first, g, report->level)) dates.insert(p.dates.begin(), p.dates.end());
    }
    if (dates.empty()) continue;  // a miss, listed as such
    ++report->dated_found;
    if (dates.count(g.date) > 0) {
      ++report->dated_right;
      continue;
    }
    std::string got;
    for (const std::string& d : dates) got += (got.empty() ? "" : ", ") + (d.empty() ? "undated" : d);
    report->date_errors.push_back({a.id, EdgeText(g, report->level) + " " + g.date, "got " + got});
  }
}

void ScorePredictions(const EvalArticle& a, const std::vector<Predicted>& predicted, EvalReport* report) {
  const EvalLevel level = report->level;
  for (const Predicted& p : predicted) {
    auto matches = [&](const extract::GoldEdge& g) { return Matches(p.first, g, level); };
    const bool right = std::any_of(a.gold.begin(), a.gold.end(), matches);
    const EvalCounts d{0, 0, 1, right ? 1 : 0};
    Add(&report->overall, d);
    Add(&report->by_lang[a.lang], d);
    AddFamily(report, LevelCode(p.first, level), d);
    if (right) continue;
    const bool trap = std::any_of(a.not_gold.begin(), a.not_gold.end(), matches);
    const FoldedRecord& r = p.first;
    report->wrong.push_back({a.id, EdgeText(r.source, LevelCode(r, level), r.target),
                             r.relation + (trap ? " (must not)" : "") + ": " + Quote(r.sentence) + " rule " + r.rule});
  }
  for (const extract::GoldEdge& g : DistinctGold(a.not_gold, level)) {
    ++report->traps;
    if (std::any_of(predicted.begin(), predicted.end(), [&](const Predicted& p) { return Matches(p.first, g, level); })) {
      ++report->traps_hit;
    }
  }
}

// ---------------------------------------------------------------- printing

std::string FamilyLabel(const std::string& root) {
  if (root.empty() || root[0] < '0' || root[0] > '9') return root;  // a PLOVER category
  static const std::map<std::string, std::string> kLabels = {{"00", "structure (not CAMEO)"},
                                                             {"01", "make statement"},
                                                             {"02", "appeal"},
                                                             {"03", "intend to cooperate"},
                                                             {"04", "consult"},
                                                             {"05", "diplomatic cooperation"},
                                                             {"06", "material cooperation"},
                                                             {"07", "provide aid"},
                                                             {"08", "yield"},
                                                             {"09", "investigate"},
                                                             {"10", "demand"},
                                                             {"11", "disapprove"},
                                                             {"12", "reject"},
                                                             {"13", "threaten"},
                                                             {"14", "protest"},
                                                             {"15", "exhibit force posture"},
                                                             {"16", "reduce relations"},
                                                             {"17", "coerce"},
                                                             {"18", "assault"},
                                                             {"19", "fight"},
                                                             {"20", "mass violence"}};
  auto it = kLabels.find(root);
  return root + " " + (it == kLabels.end() ? "?" : it->second);
}

std::string Ratio(double v) {
  if (v < 0) return "-";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

void PrintRow(const std::string& name, const EvalCounts& c, std::ostream& out) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "%-28s %5d %6d %6d %6d %10s %7s %6s\n", name.c_str(), c.gold, c.found, c.predicted,
                c.right, Ratio(Precision(c)).c_str(), Ratio(Recall(c)).c_str(), Ratio(F1(c)).c_str());
  out << buf;
}

void PrintFindings(const char* title, const std::vector<EvalFinding>& list, std::ostream& out) {
  out << "\n" << title << " (" << list.size() << ")\n";
  for (const EvalFinding& f : list) out << "  " << f.article << "  " << f.edge << "  " << f.detail << "\n";
}

}  // namespace

double Precision(const EvalCounts& c) { return c.predicted == 0 ? -1 : static_cast<double>(c.right) / c.predicted; }

double Recall(const EvalCounts& c) { return c.gold == 0 ? -1 : static_cast<double>(c.found) / c.gold; }

double F1(const EvalCounts& c) {
  const double p = Precision(c), r = Recall(c);
  if (p < 0 && r < 0) return -1;
  if (p <= 0 || r <= 0) return 0;
  return 2 * p * r / (p + r);
}

bool LoadEvalSet(const std::string& dir, const extract::Extractor& extractor, std::vector<EvalArticle>* articles,
                 extract::Diagnostics* diagnostics) {
  extract::ReadResult read = extract::ReadInputs({dir + "/articles"});
  diagnostics->insert(diagnostics->end(), read.diagnostics.begin(), read.diagnostics.end());
  const std::string gold_path = dir + "/gold.yaml";
  std::vector<extract::GoldArticle> gold = extract::ReadGoldFile(gold_path, diagnostics);
  for (const extract::GoldArticle& g : gold) {
    for (const auto* list : {&g.edges, &g.not_edges}) {
      for (const extract::GoldEdge& e : *list) {
        if (e.root.empty() && !graph::IsPloverCategory(e.code)) {
          AddError(diagnostics, e.loc, "'" + e.code + "' is neither a CAMEO code nor a PLOVER category");
        }
      }
    }
  }
  if (extract::HasErrors(*diagnostics)) return false;
  std::map<std::string, const extract::GoldArticle*> by_id;
  for (const extract::GoldArticle& g : gold) by_id[g.id] = &g;
  std::set<std::string> seen;
  for (const extract::Document& doc : read.documents) {
    auto it = by_id.find(doc.id);
    if (it == by_id.end()) {
      AddError(diagnostics, {doc.source, 0, 0}, "article '" + doc.id + "' has no entry in " + gold_path);
      continue;
    }
    seen.insert(doc.id);
    articles->push_back(Evaluate(extractor, doc, *it->second));
  }
  for (const extract::GoldArticle& g : gold) {
    if (seen.count(g.id) == 0)
      AddError(diagnostics, g.loc, "no article with id '" + g.id + "' in " + dir + "/articles");
  }
  std::sort(articles->begin(), articles->end(), [](const EvalArticle& a, const EvalArticle& b) { return a.id < b.id; });
  return !extract::HasErrors(*diagnostics);
}

const char* EvalLevelName(EvalLevel level) {
  switch (level) {
    case EvalLevel::kRoot: return "root";
    case EvalLevel::kPlover: return "plover";
    case EvalLevel::kDyad: return "dyad";
  }
  return "?";
}

EvalLevel DefaultLevel(const std::vector<EvalArticle>& articles) {
  for (const EvalArticle& a : articles) {
    for (const auto* list : {&a.gold, &a.not_gold}) {
      for (const extract::GoldEdge& g : *list) {
        if (g.root.empty()) return EvalLevel::kPlover;
      }
    }
  }
  return EvalLevel::kRoot;
}

EvalReport ScoreEval(const std::vector<EvalArticle>& articles, EvalLevel level) {
  EvalReport report;
  report.level = level;
  for (const EvalArticle& a : articles) {
    ++report.articles_by_lang[a.lang];
    const std::vector<Predicted> predicted = DistinctPredictions(a.records, level);
    ScoreGold(a, predicted, &report);
    ScoreDates(a, predicted, &report);
    ScorePredictions(a, predicted, &report);
  }
  return report;
}

void PrintEvalReport(const EvalReport& report, std::ostream& out) {
  static const std::map<EvalLevel, const char*> kLevelText = {
      {EvalLevel::kRoot, "country dyad + CAMEO root"},
      {EvalLevel::kPlover, "country dyad + PLOVER category"},
      {EvalLevel::kDyad, "country dyad"}};
  int total = 0;
  std::string langs;
  for (const auto& [lang, n] : report.articles_by_lang) {
    total += n;
    langs += (langs.empty() ? "" : ", ") + std::to_string(n) + " " + lang;
  }
  out << "eval: " << total << " articles (" << langs << "), " << report.overall.gold << " gold edges, "
      << report.overall.predicted << " predicted edges, scored on " << kLevelText.at(report.level) << "\n\n";
  char head[160];
  std::snprintf(head, sizeof head, "%-28s %5s %6s %6s %6s %10s %7s %6s\n", "", "gold", "found", "pred", "right",
                "precision", "recall", "F1");
  out << head;
  PrintRow("overall", report.overall, out);
  for (const auto& [lang, c] : report.by_lang) PrintRow(lang, c, out);
  for (const auto& [root, c] : report.by_family) PrintRow(FamilyLabel(root), c, out);
  out << "\ndates: " << report.dated_right << " of " << report.dated_found
      << " dated gold edges found carry their date\n";
  out << "traps: " << report.traps_hit << " of " << report.traps << " must-not edges produced\n";
  out << "misses by cause:";
  for (const char* cause : kMissCauses) {
    auto it = report.miss_causes.find(cause);
    out << (cause == kMissCauses[0] ? " " : ", ") << cause << " " << (it == report.miss_causes.end() ? 0 : it->second);
  }
  out << "\n";
  PrintFindings("misses: gold edges not produced", report.misses, out);
  PrintFindings("wrong edges: produced, not in the gold", report.wrong, out);
  PrintFindings("date errors: found with another date", report.date_errors, out);
}

int CmdEval(const std::vector<std::string>& args, Io io) {
  ParsedArgs a;
  int code = kExitOk;
  if (!Parse("eval", args, {{"--rules", "--min-f1", "--level"}, {}, {}}, &a, io, &code)) return code;
  if (a.positional.size() != 1) return UsageError("eval", "expected one DIR (holding articles/ and gold.yaml)", io);
  double min_f1 = -1;
  if (a.Has("--min-f1")) {
    const std::string v = a.Get("--min-f1");
    char* end = nullptr;
    min_f1 = std::strtod(v.c_str(), &end);
    if (v.empty() || *end != '\0' || min_f1 < 0 || min_f1 > 1) {
      io.err << "dyad eval: --min-f1 needs a number from 0 to 1, got '" << v << "'\n";
      return kExitUsage;
    }
  }
  std::optional<EvalLevel> level;
  if (a.Has("--level")) {
    const std::string v = a.Get("--level");
    for (EvalLevel l : {EvalLevel::kRoot, EvalLevel::kPlover, EvalLevel::kDyad}) {
      if (v == EvalLevelName(l)) level = l;
    }
    if (!level) {
      io.err << "dyad eval: --level must be root, plover or dyad, got '" << v << "'\n";
      return kExitUsage;
    }
  }
  extract::Diagnostics diags;
  auto extractor = LoadRules(a.Get("--rules"), &diags);
  std::vector<EvalArticle> articles;
  const bool ok = extractor != nullptr && LoadEvalSet(a.positional[0], *extractor, &articles, &diags);
  for (const extract::Diagnostic& d : diags) io.err << d.ToString() << "\n";
  if (!ok) return kExitBadInput;
  if (!level) level = DefaultLevel(articles);
  if (*level == EvalLevel::kRoot && DefaultLevel(articles) == EvalLevel::kPlover) {
    io.err << "dyad eval: the gold of " << a.positional[0]
           << " is coded in PLOVER categories, which have no CAMEO root: use --level plover or --level dyad\n";
    return kExitUsage;
  }
  const EvalReport report = ScoreEval(articles, *level);
  PrintEvalReport(report, io.out);
  if (min_f1 >= 0 && F1(report.overall) < min_f1) {
    io.err << "dyad eval: overall F1 " << Ratio(F1(report.overall)) << " is below --min-f1 " << a.Get("--min-f1")
           << "\n";
    return kExitBadInput;
  }
  return kExitOk;
}

}  // namespace dyad::cli
