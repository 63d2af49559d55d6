#pragma once
// Shared by the export tests: the sample graph they write, and running the
// external readers (xmllint, NetworkX) on files in a scratch directory.
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "graph/graph.h"

namespace dyad::testing {

// A fresh directory for one test's files, removed when it goes out of scope.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& name)
      : path_(std::filesystem::temp_directory_path() /
              ("dyad-" + name + "-" + std::to_string(getpid()))) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  std::string File(const std::string& name) const { return (path_ / name).string(); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline void WriteTextFile(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// Runs a shell command with stdout and stderr going to *output; returns its exit status.
inline int RunCommand(const std::string& command, const std::string& output_file, std::string* output) {
  const int status = std::system((command + " > '" + output_file + "' 2>&1").c_str());
  std::ifstream in(output_file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  *output = text.str();
  return status;
}

inline bool HaveCommand(const std::string& test) {
  return std::system((test + " > /dev/null 2>&1").c_str()) == 0;
}

// One evidence record of the sample graph, the relation fields left to the caller.
inline extract::Evidence SampleEvidence(const std::string& doc, int sentence_index,
                                        const std::string& sentence) {
  extract::Evidence e;
  e.doc_id = doc;
  e.doc_title = "Title of " + doc;
  e.doc_url = "https://example.org/" + doc + "?a=1&b=2";
  e.doc_date = doc == "d1" ? "2024-03-01" : "2024-03-05";
  e.sentence_index = sentence_index;
  e.sentence = sentence;
  e.sentence_span = extract::Span{100, 100 + sentence.size()};
  return e;
}

// The sample graph: characters every writer must escape or drop (<&"'>, a C0
// control, "]]>", non-ASCII), one symmetric and one directed edge, two
// documents. Fills *graph (Graph is not safely copyable: its edge handles point into
// the adjacency list it was built in, so it is never returned by value).
inline void BuildSampleGraph(graph::Graph* graph) {
  graph->info.dyad_version = "0.1.0";
  graph->info.rules_fingerprint = "0123456789abcdef";
  graph->AddDocument({"d2", "Second <doc>", "https://example.org/d2?a=1&b=2", "2024-03-05", "fr",
                      "bbbbbbbbbbbbbbbb", "in/d2.html"});
  graph->AddDocument({"d1", "First \"doc\"", "https://example.org/d1?a=1&b=2", "2024-03-01", "en",
                      "aaaaaaaaaaaaaaaa", "in/d1.txt"});
  graph->AddNode({"USA", "United States", "country", "USA", ""});
  graph->AddNode({"X.ODD", "Odd <&\"'> \x01]]> Côte d’Ivoire", "organization", "", "a & b"});
  graph->AddNode({"CHN", "China", "country", "CHN", ""});

  const graph::RelationInfo meet{"MEET", "036", 1, true};
  extract::Evidence m1 = SampleEvidence("d1", 0, "Biden met Xi.");
  m1.source = "USA", m1.target = "CHN", m1.relation = "MEET";
  m1.source_span = {100, 105}, m1.target_span = {110, 112}, m1.cue_span = {106, 109};
  m1.rule = "rules/relations/meet.yaml:3:5";
  extract::Evidence m2 = SampleEvidence("d2", 3, "Xi a rencontré Biden le 4 mars.");
  m2.event_date = "2024-03-04";
  m2.source = "CHN", m2.target = "USA", m2.relation = "MEET";
  m2.source_span = {100, 102}, m2.target_span = {116, 121}, m2.cue_span = {105, 115};
  m2.rule = "rules/relations/meet.yaml:9:5";
  graph->AddEvidence(meet, m2);  // added out of order: the graph sorts evidence
  graph->AddEvidence(meet, m1);

  const graph::RelationInfo criticize{"CRITICIZE", "111", 3, false};
  extract::Evidence c1 = SampleEvidence("d1", 2, "China \"slammed\" <Odd> & co.\x01 ]]>");
  c1.source = "CHN", c1.target = "X.ODD", c1.relation = "CRITICIZE";
  c1.source_span = {100, 105}, c1.target_span = {115, 120}, c1.cue_span = {106, 114};
  c1.rule = "rules/relations/criticize.yaml:2:5";
  graph->AddEvidence(criticize, c1);
}

}  // namespace dyad::testing
