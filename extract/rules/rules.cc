#include "extract/rules/rules.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "extract/hash.h"
#include "extract/rules/rules_schema.h"
#include "extract/text.h"

namespace dyad::extract {

const std::vector<std::string> kEntityTypes = {"country", "person",  "organization", "government_body", "military",
                                               "company", "party",   "place",        "international"};
// The hand-written roles, then CAMEO's sectors (rules/tools/convert_actors.py).
const std::vector<std::string> kRoles = {
    "government", "military",     "legislature", "party",        "business",     "diplomacy",   "civil",
    "police",     "judiciary",    "media",       "rebels",       "opposition",   "civilians",   "criminals",
    "education",  "health",       "intelligence", "labour",      "refugees",     "agriculture", "environment",
    "development", "human_rights", "ngo",        "igo",          "elite",        "armed_group", "radicals",
    "religion"};
const std::vector<std::string> kLanguages = {"en", "fr", "es"};

const Entity* RulePack::FindEntity(std::string_view id) const {
  auto it = std::find_if(entities.begin(), entities.end(), [&](const Entity& e) { return e.id == id; });
  return it == entities.end() ? nullptr : &*it;
}

const Relation* RulePack::FindRelation(std::string_view id) const {
  auto it = std::find_if(relations.begin(), relations.end(), [&](const Relation& r) { return r.id == id; });
  return it == relations.end() ? nullptr : &*it;
}

const Lexeme* RulePack::FindLexeme(std::string_view lang, std::string_view lemma) const {
  auto it = std::lower_bound(lexicon.begin(), lexicon.end(), std::make_pair(lang, lemma),
                             [](const Lexeme& l, const std::pair<std::string_view, std::string_view>& key) {
                               return std::make_pair(std::string_view(l.lang), std::string_view(l.lemma)) < key;
                             });
  return it != lexicon.end() && it->lang == lang && it->lemma == lemma ? &*it : nullptr;
}

const WordClass* RulePack::FindClass(std::string_view name) const {
  auto it = std::lower_bound(classes.begin(), classes.end(), name,
                             [](const WordClass& c, std::string_view key) { return c.name < key; });
  return it != classes.end() && it->name == name ? &*it : nullptr;
}

namespace {

const std::string& IdOf(const LoadedEntity& e) { return e.entity.id; }
const std::string& IdOf(const LoadedRelation& r) { return r.relation.id; }
const SourceLoc& LocOf(const LoadedEntity& e) { return e.entity.loc; }
const SourceLoc& LocOf(const LoadedRelation& r) { return r.relation.loc; }

// Definitions by id across layers: inside a layer a repeated id is an error;
// a higher layer's definition replaces a lower one's contents in place.
template <typename T>
class LayeredList {
 public:
  struct Slot {
    T item;
    int layer = 0;
    int serial = 0;  // which definition won, so its examples can follow it
  };

  LayeredList(std::string what, Diagnostics* diagnostics) : what_(std::move(what)), diagnostics_(diagnostics) {}

  void Add(T item, int layer, int serial) {
    const std::string id = IdOf(item);
    auto [first, fresh] = first_in_layer_.emplace(std::make_pair(layer, id), LocOf(item));
    if (!fresh) {
      diagnostics_->push_back({LocOf(item), "duplicate " + what_ + " id '" + id + "' (first defined at " +
                                                first->second.ToString() + ")"});
      return;
    }
    auto [at, added] = index_.emplace(id, slots_.size());
    if (added) {
      slots_.push_back({std::move(item), layer, serial});
    } else if (layer > slots_[at->second].layer) {
      slots_[at->second] = {std::move(item), layer, serial};
    }
  }

  // Position of the definition of id, or -1.
  int Find(const std::string& id) const {
    auto it = index_.find(id);
    return it == index_.end() ? -1 : static_cast<int>(it->second);
  }

  std::vector<Slot>& slots() { return slots_; }

 private:
  std::string what_;
  Diagnostics* diagnostics_;
  std::vector<Slot> slots_;
  std::unordered_map<std::string, std::size_t> index_;
  std::map<std::pair<int, std::string>, SourceLoc> first_in_layer_;
};

// An example waiting for the end of loading: kept if its relation survived.
struct PendingExample {
  Example example;
  int owner = -1;  // serial of the relation definition it belongs to, -1 for top-level
  int file = 0;
};

void AppendWords(std::map<std::string, std::vector<std::string>>* to,
                 std::map<std::string, std::vector<std::string>>&& from) {
  for (auto& [lang, words] : from) {
    auto& list = (*to)[lang];
    list.insert(list.end(), std::make_move_iterator(words.begin()), std::make_move_iterator(words.end()));
  }
}

class PackBuilder {
 public:
  explicit PackBuilder(Diagnostics* diagnostics)
      : diagnostics_(diagnostics),
        entities_("entity", diagnostics),
        relations_("relation", diagnostics) {}

  void Add(RuleFile file, int layer, int file_index);
  RulePack Finish();

 private:
  void CheckCountries();
  void CheckEdges(const std::vector<ExpectedEdge>& edges);
  std::vector<Example> SurvivingExamples();
  void ApplyExtensions();
  void AddClass(WordClass c, int layer);
  void CheckVocabulary(const RulePack& pack);

  Diagnostics* diagnostics_;
  LayeredList<LoadedEntity> entities_;
  LayeredList<LoadedRelation> relations_;
  std::vector<PendingExample> examples_;
  ModalityWords modality_;
  std::vector<LoadedRelation> extensions_;  // applied once every definition is in
  std::vector<LoadedEntity> entity_extensions_;
  std::map<std::pair<std::string, std::string>, Lexeme> lexicon_;  // forms of one lemma add up across files
  // A class's members per language: files of one layer may each give one
  // language's; a higher layer's replace a lower one's.
  std::map<std::string, WordClass> classes_;
  std::map<std::pair<std::string, std::string>, std::pair<int, SourceLoc>> class_lang_layer_;
  int next_serial_ = 0;
};

void PackBuilder::Add(RuleFile file, int layer, int file_index) {
  for (LoadedEntity& e : file.entities) {
    if (e.extend) {
      entity_extensions_.push_back(std::move(e));
    } else {
      entities_.Add(std::move(e), layer, 0);
    }
  }
  for (LoadedRelation& r : file.relations) {
    if (r.extend) {
      for (Example& ex : r.examples) examples_.push_back({std::move(ex), -1, file_index});
      r.examples.clear();
      extensions_.push_back(std::move(r));
      continue;
    }
    const int serial = next_serial_++;
    for (Example& ex : r.examples) examples_.push_back({std::move(ex), serial, file_index});
    r.examples.clear();
    relations_.Add(std::move(r), layer, serial);
  }
  for (Example& ex : file.examples) examples_.push_back({std::move(ex), -1, file_index});
  AppendWords(&modality_.negation, std::move(file.modality.negation));
  AppendWords(&modality_.hedge, std::move(file.modality.hedge));
  AppendWords(&modality_.denial, std::move(file.modality.denial));
  AppendWords(&modality_.pair, std::move(file.modality.pair));
  AppendWords(&modality_.attribution, std::move(file.modality.attribution));
  AppendWords(&modality_.reporting, std::move(file.modality.reporting));
  AppendWords(&modality_.intent, std::move(file.modality.intent));
  AppendWords(&modality_.threat, std::move(file.modality.threat));
  AppendWords(&modality_.refusal, std::move(file.modality.refusal));
  AppendWords(&modality_.aspect, std::move(file.modality.aspect));
  AppendWords(&modality_.halt, std::move(file.modality.halt));
  for (Lexeme& l : file.lexicon) {
    auto [at, fresh] = lexicon_.emplace(std::make_pair(l.lang, l.lemma), l);
    if (fresh) continue;
    auto append = [](std::vector<std::string>* to, const std::vector<std::string>& from) {
      to->insert(to->end(), from.begin(), from.end());
    };
    append(&at->second.forms, l.forms);
    append(&at->second.infinitives, l.infinitives);
    append(&at->second.futures, l.futures);
  }
  for (WordClass& c : file.classes) AddClass(std::move(c), layer);
}

void PackBuilder::AddClass(WordClass c, int layer) {
  WordClass& into = classes_.emplace(c.name, WordClass{c.name, {}, c.loc}).first->second;
  for (auto& [lang, members] : c.members) {
    auto [at, fresh] = class_lang_layer_.emplace(std::make_pair(c.name, lang), std::make_pair(layer, c.loc));
    if (!fresh && at->second.first == layer) {
      diagnostics_->push_back({c.loc, "duplicate class '" + c.name + "' for language " + lang +
                                          " (first defined at " + at->second.second.ToString() + ")"});
      continue;
    }
    if (!fresh && at->second.first > layer) continue;
    at->second = {layer, c.loc};
    into.members[lang] = std::move(members);
  }
}

void PackBuilder::ApplyExtensions() {
  for (LoadedEntity& ext : entity_extensions_) {
    const int at = entities_.Find(ext.entity.id);
    if (at < 0) {
      diagnostics_->push_back({ext.entity.loc, "'extend' names unknown entity '" + ext.entity.id + "'"});
      continue;
    }
    std::vector<Alias>& to = entities_.slots()[at].item.entity.aliases;
    to.insert(to.end(), std::make_move_iterator(ext.entity.aliases.begin()),
              std::make_move_iterator(ext.entity.aliases.end()));
  }
  for (LoadedRelation& ext : extensions_) {
    const int at = relations_.Find(ext.relation.id);
    if (at < 0) {
      diagnostics_->push_back({ext.relation.loc, "'extend' names unknown relation '" + ext.relation.id + "'"});
      continue;
    }
    Relation& r = relations_.slots()[at].item.relation;
    for (Cue& cue : ext.relation.cues) {
      bool source = false, target = false;
      for (const CuePart& p : cue.parts) {
        source = source || p.kind == CuePart::Kind::kSource;
        target = target || p.kind == CuePart::Kind::kTarget;
      }
      if (r.direction == Direction::kDirected && !(source && target)) {
        diagnostics_->push_back({cue.loc, "cue '" + cue.text + "' needs both {S} and {T} (the relation is directed)"});
        continue;
      }
      r.cues.push_back(std::move(cue));
    }
  }
}

// Every lemma and class a cue (or a class member) names must be defined for
// the cue's language.
void PackBuilder::CheckVocabulary(const RulePack& pack) {
  auto check = [&](std::string_view words, const std::string& lang, const SourceLoc& loc, const std::string& what,
                   bool in_class) {
    for (const CueItem& item : SplitCueItems(words)) {
      if (item.kind == CueItem::Kind::kLemma && pack.FindLexeme(lang, item.text) == nullptr) {
        diagnostics_->push_back({loc, what + " names lemma <" + item.text + "> that no " + lang +
                                          " lexicon lists (add it under 'lexicon:')"});
      }
      if (item.kind != CueItem::Kind::kClass) continue;
      const WordClass* c = pack.FindClass(item.text);
      if (in_class) {
        diagnostics_->push_back({loc, what + " names class &" + item.text + " (a class cannot hold a class)"});
      } else if (c == nullptr || c->members.count(lang) == 0) {
        diagnostics_->push_back({loc, what + " names class &" + item.text + " that has no " + lang + " members"});
      }
    }
  };
  for (const Relation& r : pack.relations) {
    for (const Cue& cue : r.cues) {
      for (const CuePart& p : cue.parts) {
        if (p.kind == CuePart::Kind::kWords) check(p.words, cue.lang, cue.loc, "cue '" + cue.text + "'", false);
      }
    }
  }
  for (const WordClass& c : pack.classes) {
    for (const auto& [lang, members] : c.members) {
      for (const std::string& m : members) check(m, lang, c.loc, "class &" + c.name + " member '" + m + "'", true);
    }
  }
}

void PackBuilder::CheckCountries() {
  auto& slots = entities_.slots();
  for (auto& slot : slots) {
    Entity& e = slot.item.entity;
    if (e.country.empty()) {
      if (e.type == "country") e.country = e.id;
      continue;
    }
    const int at = entities_.Find(e.country);
    // An entity whose own type is invalid was reported already: no cascade.
    const bool known_type = at >= 0 && std::find(kEntityTypes.begin(), kEntityTypes.end(),
                                                 slots[at].item.entity.type) != kEntityTypes.end();
    if (at < 0 || (known_type && slots[at].item.entity.type != "country")) {
      diagnostics_->push_back({slot.item.country_loc, "country '" + e.country + "' is not a country entity"});
    }
  }
}

void PackBuilder::CheckEdges(const std::vector<ExpectedEdge>& edges) {
  for (const ExpectedEdge& edge : edges) {
    if (entities_.Find(edge.source) < 0) diagnostics_->push_back({edge.loc, "unknown entity '" + edge.source + "'"});
    if (relations_.Find(edge.relation) < 0) {
      diagnostics_->push_back({edge.loc, "unknown relation '" + edge.relation + "'"});
    }
    if (entities_.Find(edge.target) < 0) diagnostics_->push_back({edge.loc, "unknown entity '" + edge.target + "'"});
  }
}

// Top-level examples and those of the relation definitions that won, in file
// then document order.
std::vector<Example> PackBuilder::SurvivingExamples() {
  std::set<int> alive;
  for (const auto& slot : relations_.slots()) alive.insert(slot.serial);
  std::vector<PendingExample*> kept;
  for (PendingExample& p : examples_) {
    if (p.owner < 0 || alive.count(p.owner) > 0) kept.push_back(&p);
  }
  std::stable_sort(kept.begin(), kept.end(), [](const PendingExample* a, const PendingExample* b) {
    return std::make_tuple(a->file, a->example.loc.line, a->example.loc.column) <
           std::make_tuple(b->file, b->example.loc.line, b->example.loc.column);
  });
  std::vector<Example> out;
  for (PendingExample* p : kept) out.push_back(std::move(p->example));
  return out;
}

RulePack PackBuilder::Finish() {
  RulePack pack;
  ApplyExtensions();
  CheckCountries();
  pack.examples = SurvivingExamples();
  for (const Example& ex : pack.examples) {
    CheckEdges(ex.edges);
    CheckEdges(ex.not_edges);
  }
  for (auto& slot : entities_.slots()) pack.entities.push_back(std::move(slot.item.entity));
  for (auto& slot : relations_.slots()) pack.relations.push_back(std::move(slot.item.relation));
  pack.modality = std::move(modality_);
  for (auto& [key, lexeme] : lexicon_) {
    for (std::vector<std::string>* list : {&lexeme.forms, &lexeme.infinitives, &lexeme.futures}) {
      std::sort(list->begin(), list->end());
      list->erase(std::unique(list->begin(), list->end()), list->end());
    }
    pack.lexicon.push_back(std::move(lexeme));
  }
  for (auto& [name, c] : classes_) pack.classes.push_back(std::move(c));
  CheckVocabulary(pack);
  return pack;
}

// Puts the diagnostics from `first` on in file order, then document order.
void SortByFile(const std::vector<RuleSource>& sources, std::size_t first, Diagnostics* diagnostics) {
  std::unordered_map<std::string, std::size_t> order;
  for (std::size_t i = 0; i < sources.size(); ++i) order.emplace(sources[i].name, i);
  auto key = [&](const Diagnostic& d) {
    auto it = order.find(d.loc.file);
    return std::make_tuple(it == order.end() ? sources.size() : it->second, d.loc.line, d.loc.column);
  };
  std::stable_sort(diagnostics->begin() + static_cast<std::ptrdiff_t>(first), diagnostics->end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
}

}  // namespace

namespace {

// ParseRuleFile on every source, on up to `threads` threads (yaml-cpp's
// parsing is most of a pack's loading time, and files do not depend on each
// other); files[i] and found[i] are the file and the diagnostics of sources[i].
void ParseRuleFiles(const std::vector<RuleSource>& sources, int threads, std::vector<RuleFile>* files,
                    std::vector<Diagnostics>* found) {
  files->assign(sources.size(), RuleFile());
  found->assign(sources.size(), Diagnostics());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < sources.size();) (*files)[i] = ParseRuleFile(sources[i], &(*found)[i]);
  };
  const std::size_t used = std::min<std::size_t>(sources.size(), static_cast<std::size_t>(std::max(threads, 1)));
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < used; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
}

}  // namespace

RulePack LoadRulePack(const std::vector<RuleSource>& sources, Diagnostics* diagnostics, int threads) {
  const std::size_t first = diagnostics->size();
  std::vector<RuleFile> files;
  std::vector<Diagnostics> found;
  ParseRuleFiles(sources, threads, &files, &found);
  // Added in order, each file's diagnostics before what adding it finds, as
  // if parsed one after the other.
  PackBuilder builder(diagnostics);
  std::string hashed;
  for (std::size_t i = 0; i < sources.size(); ++i) {
    const RuleSource& source = sources[i];
    diagnostics->insert(diagnostics->end(), found[i].begin(), found[i].end());
    builder.Add(std::move(files[i]), source.layer, static_cast<int>(i));
    hashed.append(source.name).append(1, '\0').append(source.text).append(1, '\0');
  }
  RulePack pack = builder.Finish();
  for (const RuleSource& source : sources) pack.files.push_back(source.name);
  pack.fingerprint = Fnv1a64Hex(hashed);
  SortByFile(sources, first, diagnostics);
  return pack;
}

std::vector<RuleSource> ReadRuleDirectory(const std::string& dir, int layer, Diagnostics* diagnostics) {
  namespace fs = std::filesystem;
  // Built in place: on a braced Diagnostic temporary GCC 12 warns, wrongly,
  // of an uninitialised string in Release builds.
  auto report = [diagnostics](const std::string& file, std::string message) {
    diagnostics->emplace_back();
    diagnostics->back().loc.file = file;
    diagnostics->back().message = std::move(message);
  };
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    report(dir, fs::exists(dir, ec) ? "not a directory" : "no such directory");
    return {};
  }
  std::vector<std::string> relative;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::path ext = it->path().extension();
    if ((ext == ".yaml" || ext == ".yml" || ext == ".tsv") && it->is_regular_file(ec)) {
      relative.push_back(it->path().lexically_relative(dir).generic_string());
    }
  }
  if (ec) report(dir, "cannot read directory: " + ec.message());
  std::sort(relative.begin(), relative.end());
  std::vector<RuleSource> sources;
  for (const std::string& rel : relative) {
    const std::string name = (fs::path(dir) / rel).generic_string();
    std::ifstream in(name, std::ios::binary);
    if (!in) {
      report(name, "cannot read file");
      continue;
    }
    std::ostringstream text;
    text << in.rdbuf();
    sources.push_back({name, text.str(), layer});
  }
  return sources;
}

std::vector<RuleSource> DefaultRuleSources(const std::vector<EmbeddedFile>& files) {
  std::vector<RuleSource> sources;
  for (const EmbeddedFile& f : files) sources.push_back({std::string(f.name), std::string(f.text), 0, true});
  return sources;
}

}  // namespace dyad::extract
