// dyad_re2_floor: the speed floor for `dyad extract`. Every alias of every
// entity and every literal word of every cue in the default rule pack goes
// into one RE2::Set (case-insensitive literals), and the text of each
// document is scanned once. No tokens, no sentences, no evidence: what is
// left is the cost of looking at every byte against the whole vocabulary.
#include <re2/re2.h>
#include <re2/set.h>

#include <chrono>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "cli/pipeline.h"
#include "extract/document.h"

namespace dyad::bench {
namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

// Aliases and cue words, deduplicated and sorted: the set's order is stable.
std::vector<std::string> Literals(const extract::RulePack& pack) {
  std::set<std::string> all;
  for (const extract::Entity& e : pack.entities) {
    for (const extract::Alias& a : e.aliases) all.insert(a.text);
  }
  for (const extract::Relation& r : pack.relations) {
    for (const extract::Cue& c : r.cues) {
      for (const extract::CuePart& p : c.parts) {
        if (p.kind == extract::CuePart::Kind::kWords && !p.words.empty()) all.insert(p.words);
      }
    }
  }
  return {all.begin(), all.end()};
}

bool BuildSet(const std::vector<std::string>& literals, RE2::Set* set) {
  for (const std::string& literal : literals) {
    std::string error;
    if (set->Add(RE2::QuoteMeta(literal), &error) < 0) {
      std::cerr << "dyad_re2_floor: cannot add '" << literal << "': " << error << "\n";
      return false;
    }
  }
  return set->Compile();
}

int Main(int argc, char** argv) {
  if (argc < 2 || std::string(argv[1]) == "--help") {
    std::cerr << "Usage: dyad_re2_floor INPUT...  (files or directories, as for dyad extract)\n";
    return 2;
  }
  extract::Diagnostics diags;
  auto extractor = cli::LoadRules("", &diags);
  if (!extractor) {
    for (const auto& d : diags) std::cerr << d.ToString() << "\n";
    return 1;
  }
  const std::vector<std::string> literals = Literals(extractor->pack());
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_max_mem(std::int64_t{1} << 30);  // room for the DFA of ~1000 literals
  RE2::Set set(options, RE2::UNANCHORED);
  if (!BuildSet(literals, &set)) return 1;

  const auto read_start = Clock::now();
  const extract::ReadResult read = extract::ReadInputs(std::vector<std::string>(argv + 1, argv + argc));
  const double read_seconds = Seconds(read_start);

  const auto scan_start = Clock::now();
  std::uint64_t bytes = 0, matched = 0;
  std::vector<int> hits;  // asking for the matches makes the DFA read every byte
  for (const extract::Document& d : read.documents) {
    RE2::Set::ErrorInfo info;
    if (!set.Match(d.text, &hits, &info) && info.kind != RE2::Set::kNoError) {
      std::cerr << "dyad_re2_floor: RE2::Set::Match failed (error kind " << info.kind << ")\n";
      return 1;
    }
    bytes += d.text.size();
    matched += hits.size();
  }
  const double scan_seconds = Seconds(scan_start);
  std::cout << "patterns " << literals.size() << "\n"
            << "documents " << read.documents.size() << "\n"
            << "text_bytes " << bytes << "\n"
            << "read_seconds " << read_seconds << "\n"
            << "scan_seconds " << scan_seconds << "\n"
            << "scan_mb_per_s " << (scan_seconds > 0 ? bytes / 1e6 / scan_seconds : 0) << "\n"
            << "patterns_matched " << matched << "\n";
  return 0;
}

}  // namespace
}  // namespace dyad::bench

int main(int argc, char** argv) { return dyad::bench::Main(argc, argv); }
