#include <filesystem>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "export/atomic_file.h"
#include "export/json.h"
#include "tests/catch.h"
#include "tests/export_test_util.h"
#include "tests/golden_util.h"
#include "tests/test_util.h"

namespace dyad::exporters {
namespace {

std::string JsonOf(const graph::Graph& graph, int threads = 1) {
  std::ostringstream out;
  WriteJson(graph, out, threads);
  return out.str();
}

std::string SampleJson() {
  graph::Graph graph;
  testing::BuildSampleGraph(&graph);
  return JsonOf(graph);
}

std::string GoldenJson() {
  return testing::ReadFile(testing::SourcePath("tests/data/export/sample.json.golden"));
}

// ReadJson's diagnostic for text named "x.json", or "" if it read the text.
std::string ReadError(std::string_view text) {
  graph::Graph graph;
  extract::Diagnostics diagnostics;
  if (ReadJson(text, "x.json", &graph, &diagnostics)) return "";
  REQUIRE(diagnostics.size() == 1);
  CHECK(graph.node_count() == 0);  // a file with an error adds nothing
  CHECK(graph.info.documents.empty());
  return diagnostics[0].ToString();
}

// text with its first `from` replaced by `to`.
std::string Replace(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  INFO("replacing " << from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

TEST_CASE("JSON output matches the golden file", "[export]") {
  testing::CheckGolden(SampleJson(), "tests/data/export/sample.json.golden");
}

TEST_CASE("JSON puts each evidence record on a line of its own, as dyad extract prints it", "[export]") {
  graph::Graph graph;
  testing::BuildSampleGraph(&graph);
  std::istringstream json(JsonOf(graph));
  std::vector<std::string> records;
  for (std::string line; std::getline(json, line);) {
    if (line.rfind("        {\"doc_id\":", 0) == 0) records.push_back(line.substr(8));
  }
  std::vector<std::string> expected;
  for (const graph::Edge* edge : graph.Edges()) {
    for (std::size_t i = 0; i < edge->evidence.size(); ++i) {
      expected.push_back(EvidenceToJsonLine(edge->evidence[i]) + (i + 1 < edge->evidence.size() ? "," : ""));
    }
  }
  CHECK(expected.size() == 3);
  CHECK(records == expected);
}

TEST_CASE("JSON written on several threads is the same, byte for byte", "[export]") {
  // 60 nodes, 240 edges of 1 to 60 records: 7,320 records, several pieces
  // of links for the threads to format.
  graph::Graph graph;
  testing::BuildSampleGraph(&graph);
  for (int n = 0; n < 60; ++n) graph.AddNode({"N" + std::to_string(n), "Node " + std::to_string(n), "country", "", ""});
  const graph::RelationInfo visit{"VISIT", "042", 1, false};
  for (int k = 0; k < 240; ++k) {
    for (int r = 0; r < 1 + k % 60; ++r) {
      extract::Evidence e = testing::SampleEvidence(r % 2 ? "d1" : "d2", r, "Sentence " + std::to_string(r) + ".");
      e.source = "N" + std::to_string(k % 60);
      e.target = "N" + std::to_string((k / 60 + 1 + k) % 60);
      e.relation = "VISIT";
      e.source_span = {100, 101}, e.target_span = {102, 103}, e.cue_span = {101, 102};
      graph.AddEvidence(visit, e);
    }
  }
  const std::string one = JsonOf(graph);
  CHECK(graph.edge_count() == 242);
  CHECK(JsonOf(graph, 2) == one);
  CHECK(JsonOf(graph, 3) == one);
  CHECK(JsonOf(graph, 16) == one);
  graph::Graph back;
  extract::Diagnostics diagnostics;
  REQUIRE(ReadJson(one, "x.json", &back, &diagnostics));
  CHECK(JsonOf(back, 2) == one);
}

TEST_CASE("JSON writes a link without evidence and a graph without links", "[export]") {
  graph::Graph graph;
  graph.info.rules_fingerprint = "0123456789abcdef";
  graph.AddNode({"A", "A", "country", "A", ""});
  graph.AddNode({"B", "B", "country", "B", ""});
  const std::string empty = JsonOf(graph, 2);
  CHECK(empty.substr(empty.find("\"links\"")) == "\"links\": []\n}\n");
  graph::Edge edge;
  edge.source = "A", edge.target = "B", edge.relation = "VISIT", edge.cameo = "042", edge.quad_class = 1;
  REQUIRE(graph.AddEdge(edge));
  const std::string json = JsonOf(graph, 2);
  CHECK(json.substr(json.find("\"links\"")) ==
        "\"links\": [\n"
        "    {\n"
        "      \"source\": \"A\",\n"
        "      \"target\": \"B\",\n"
        "      \"key\": \"VISIT\",\n"
        "      \"relation\": \"VISIT\",\n"
        "      \"cameo\": \"042\",\n"
        "      \"quad_class\": 1,\n"
        "      \"symmetric\": false,\n"
        "      \"weight\": 0,\n"
        "      \"first_seen\": \"\",\n"
        "      \"last_seen\": \"\",\n"
        "      \"evidence\": []\n"
        "    }\n"
        "  ]\n"
        "}\n");
}

TEST_CASE("JSON round trip is byte-identical", "[export]") {
  const std::string golden = GoldenJson();
  graph::Graph graph;
  extract::Diagnostics diagnostics;
  REQUIRE(ReadJson(golden, "sample.json", &graph, &diagnostics));
  CHECK(diagnostics.empty());
  CHECK(JsonOf(graph) == golden);

  CHECK(graph.node_count() == 3);
  CHECK(graph.edge_count() == 2);
  CHECK(graph.info.rules_fingerprint == "0123456789abcdef");
  CHECK(graph.HasDocument("bbbbbbbbbbbbbbbb"));
  CHECK(graph.FindNode("X.ODD")->label == "Odd <&\"'> \x01]]> Côte d’Ivoire");
  const graph::Edge* meet = graph.FindEdge("CHN", "MEET", "USA");
  REQUIRE(meet != nullptr);
  CHECK(meet->symmetric);
  REQUIRE(meet->evidence.size() == 2);
  CHECK(meet->evidence[1].event_date == "2024-03-04");
  CHECK(meet->evidence[1].cue_span == extract::Span{105, 115});
}

TEST_CASE("JSON of an empty graph reads back", "[export]") {
  graph::Graph empty;
  const std::string json = JsonOf(empty);
  CHECK(json ==
        "{\n  \"directed\": true,\n  \"multigraph\": true,\n  \"graph\": {\n"
        "    \"format\": \"dyad-graph/1\",\n    \"dyad_version\": \"\",\n"
        "    \"rules_fingerprint\": \"\",\n    \"documents\": []\n  },\n"
        "  \"nodes\": [],\n  \"links\": []\n}\n");
  graph::Graph back;
  extract::Diagnostics diagnostics;
  REQUIRE(ReadJson(json, "empty.json", &back, &diagnostics));
  CHECK(JsonOf(back) == json);
}

TEST_CASE("EvidenceToJsonLine writes one compact object", "[export]") {
  graph::Graph graph;
  testing::BuildSampleGraph(&graph);
  const graph::Edge* criticize = graph.FindEdge("CHN", "CRITICIZE", "X.ODD");
  REQUIRE(criticize != nullptr);
  CHECK(EvidenceToJsonLine(criticize->evidence[0]) ==
        R"({"doc_id":"d1","doc_title":"Title of d1","doc_url":"https://example.org/d1?a=1&b=2",)"
        R"("doc_date":"2024-03-01","event_date":"","sentence_index":2,)"
        R"("sentence":"China \"slammed\" <Odd> & co.\u0001 ]]>","sentence_span":[100,132],)"
        R"("source":"CHN","target":"X.ODD","relation":"CRITICIZE","source_span":[100,105],)"
        R"("target_span":[115,120],"cue_span":[106,114],"modality":"asserted","modality_word":"",)"
        R"("rule":"rules/relations/criticize.yaml:2:5"})");
}

TEST_CASE("EvidenceToJsonLine escapes as RapidJSON does and replaces invalid UTF-8", "[export]") {
  extract::Evidence e;
  e.doc_id = "a\tb\nc\\d/e\x7F" "f\x1F\x0B\b\r\f\"\xC3\xA9";
  e.sentence = "bad \xFF byte";
  e.sentence_index = -1;
  e.cue_span = {0, 4294967295u};
  const std::string line = EvidenceToJsonLine(e);
  CHECK(line.find(R"("doc_id":"a\tb\nc\\d/e)" "\x7F" R"(f\u001F\u000B\b\r\f\"é",)") != std::string::npos);
  CHECK(line.find("\"sentence\":\"bad \xEF\xBF\xBD byte\"") != std::string::npos);
  CHECK(line.find(R"("sentence_index":-1,)") != std::string::npos);
  CHECK(line.find(R"("cue_span":[0,4294967295],)") != std::string::npos);
  std::string appended = "x\n";
  AppendEvidenceJsonLine(e, &appended);
  CHECK(appended == "x\n" + line);
}

TEST_CASE("JSON writer replaces invalid UTF-8, which JSON cannot carry", "[export]") {
  graph::Graph graph;
  graph.AddNode({"A", "bad \xFF byte", "country", "", ""});
  const std::string json = JsonOf(graph);
  CHECK(json.find("\"label\": \"bad \xEF\xBF\xBD byte\"") != std::string::npos);
  CHECK(ReadError(json).empty());
}

TEST_CASE("ReadJson reports invalid JSON with line and column", "[export]") {
  struct Case {
    std::string text;
    std::string error;
  };
  const std::vector<Case> cases = {
      {"", "x.json:1:1: invalid JSON: The document is empty."},
      {"hello", "x.json:1:1: invalid JSON: Invalid value."},
      {"{\n  \"directed\": true,\n  \"multi",
       "x.json:3:9: invalid JSON: Missing a closing quotation mark in string."},
      {"{\n  \"directed\": true\n  \"nodes\": []\n}",
       "x.json:3:3: invalid JSON: Missing a comma or '}' after an object member."},
      {"{}\n{}", "x.json:2:1: invalid JSON: The document root must not be followed by other values."},
      {"{\"a\": \"\xFF\"}", "x.json:1:8: invalid JSON: Invalid encoding in string."},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(ReadError(c.text) == c.error);
  }
}

TEST_CASE("ReadJson reports the truncated golden file where it ends", "[export]") {
  const std::string golden = GoldenJson();
  const std::string truncated = golden.substr(0, golden.find("\"links\""));
  CHECK(ReadError(truncated) == "x.json:36:3: invalid JSON: Missing a name for object member.");
}

TEST_CASE("ReadJson names the file and the element in every error", "[export]") {
  struct Case {
    std::string from;
    std::string to;
    std::string error;
  };
  const std::vector<Case> cases = {
      {"\"nodes\"", "\"nodez\"", "x.json: not a dyad graph: missing 'nodes'"},
      {"\"links\": [", "\"links\": \"none\", \"l\": [", "x.json: not a dyad graph: 'links' must be an array"},
      {"\"directed\": true", "\"directed\": 1", "x.json: not a dyad graph: 'directed' must be a boolean"},
      {"\"graph\": {", "\"graph\": \"G\", \"g\": {", "x.json: not a dyad graph: 'graph' must be an object"},
      {"\"dyad-graph/1\"", "\"dyad-graph/2\"",
       "x.json: unsupported graph format 'dyad-graph/2' (expected 'dyad-graph/1')"},
      {"\"format\"", "\"formats\"", "x.json: graph: missing 'format'"},
      {"\"documents\": [", "\"documents\": [1, ", "x.json: document 0: expected an object"},
      {"\"lang\":\"fr\"", "\"lang\":null", "x.json: document 1: 'lang' must be a string"},
      {"\"lang\":\"fr\"", "\"lang\":\"f\\udc00\"", "x.json: document 1: 'lang' must be valid Unicode text"},
      {"\"bbbbbbbbbbbbbbbb\"", "\"aaaaaaaaaaaaaaaa\"",
       "x.json: document 1: duplicate content_hash 'aaaaaaaaaaaaaaaa'"},
      {"\"id\": \"USA\"", "\"id\": \"CHN\"", "x.json: node 1: duplicate id 'CHN'"},
      {"\"role\": \"a & b\"", "\"rôle\": \"a & b\"", "x.json: node 2: missing 'role'"},
      {"\"id\": \"X.ODD\"", "\"id\": \"X.GONE\"", "x.json: link 0 refers to missing node 'X.ODD'"},
      {"\"weight\": 2", "\"weight\": \"2\"", "x.json: link 1: 'weight' must be an integer"},
      {"\"weight\": 2", "\"weight\": 2.0", "x.json: link 1: 'weight' must be an integer"},
      {"\"weight\": 2", "\"weight\": 3", "x.json: link 1: 'weight' is 3 but there are 2 evidence records"},
      {"\"quad_class\": 3", "\"quad_class\": 3e99", "x.json: link 0: 'quad_class' must be an integer"},
      {"\"symmetric\": true", "\"symmetric\": \"yes\"", "x.json: link 1: 'symmetric' must be a boolean"},
      {"\"key\": \"MEET\"", "\"key\": \"0\"", "x.json: link 1: 'key' '0' differs from 'relation' 'MEET'"},
      {"\"target\": \"USA\",\n      \"key\"", "\"target\": \"A\",\n      \"key\"",
       "x.json: link 1: a symmetric link must have source <= target"},
      {"\"evidence\": [\n        {", "\"evidence\": [\n        7, {",
       "x.json: link 0: 'weight' is 1 but there are 2 evidence records"},
      {"\"weight\": 1,", "\"weight\": 0,", "x.json: link 0: 'weight' is 0 but there are 1 evidence records"},
      {"\"sentence_index\":3", "\"sentence_index\":-1.5",
       "x.json: link 1: evidence 1: 'sentence_index' must be an integer"},
      {"\"cue_span\":[106,114]", "\"cue_span\":[106]",
       "x.json: link 0: evidence 0: 'cue_span' must be a [begin, end] pair of offsets below 2^32"},
      {"\"cue_span\":[106,114]", "\"cue_span\":[114,106]",
       "x.json: link 0: evidence 0: 'cue_span' must be a [begin, end] pair of offsets below 2^32"},
      {"\"cue_span\":[106,114]", "\"cue_span\":[-1,114]",
       "x.json: link 0: evidence 0: 'cue_span' must be a [begin, end] pair of offsets below 2^32"},
      {"\"cue_span\":[106,114]", "\"cue_span\":[106,4294967296]",
       "x.json: link 0: evidence 0: 'cue_span' must be a [begin, end] pair of offsets below 2^32"},
      {"\"asserted\"", "\"maybe\"", "x.json: link 0: evidence 0: unknown modality 'maybe'"},
  };
  const std::string golden = GoldenJson();
  for (const Case& c : cases) {
    INFO(c.from << " -> " << c.to);
    CHECK(ReadError(Replace(golden, c.from, c.to)) == c.error);
  }
}

TEST_CASE("ReadJson checks evidence elements and repeated records", "[export]") {
  std::string golden = GoldenJson();
  const std::string seven = Replace(golden, "\"evidence\": [\n        {", "\"evidence\": [\n        7, {");
  const std::string not_object = Replace(seven, "\"weight\": 1,", "\"weight\": 2,");
  CHECK(ReadError(not_object) == "x.json: link 0: evidence 0: expected an object");

  // Graph::AddEdge would merge a repeated record and change the weight.
  const std::size_t begin = golden.rfind("        {", golden.find("\"Biden met Xi.\""));
  const std::size_t end = golden.find("\"}", begin) + 2;  // the record's last member is a string
  const std::string record = golden.substr(begin, end - begin);
  golden.insert(end, ",\n" + record);
  CHECK(ReadError(Replace(golden, "\"weight\": 2", "\"weight\": 3")) ==
        "x.json: link 1: repeats an evidence record");
}

TEST_CASE("ReadJson rejects a file that is not a dyad graph", "[export]") {
  CHECK(ReadError("[]") == "x.json: not a dyad graph: expected a JSON object");
  CHECK(ReadError("{}") == "x.json: not a dyad graph: missing 'graph'");
  CHECK(ReadError(R"({"graph": {"format": 1}})") == "x.json: graph: 'format' must be a string");
  // NetworkX's own node_link_data output: no format, so not ours.
  CHECK(ReadError(R"({"directed": false, "multigraph": false, "graph": {}, "nodes": [], "links": []})") ==
        "x.json: graph: missing 'format'");
}

TEST_CASE("ReadJson never crashes on damaged input", "[export]") {
  const std::string golden = GoldenJson();
  // Every proper prefix is invalid (only the final newline may go).
  for (std::size_t n = 0; n + 1 < golden.size(); ++n) {
    INFO("prefix of " << n << " bytes");
    CHECK(ReadError(golden.substr(0, n)).rfind("x.json:", 0) == 0);
  }
  // Deleting any one byte gives an error or a valid graph, never a crash.
  for (std::size_t i = 0; i < golden.size(); ++i) {
    std::string damaged = golden;
    ReadError(damaged.erase(i, 1));
  }
  // The parser is iterative: nesting far deeper than the stack allows is an error.
  CHECK(ReadError(std::string(200000, '[')) ==
        "x.json:1:200001: invalid JSON: Invalid value.");
}

TEST_CASE("NetworkX reads the JSON as a node-link multigraph", "[export]") {
  if (!testing::HaveCommand("/usr/bin/python3 -c 'import networkx'")) {
    WARN("skipped: /usr/bin/python3 with networkx is not available");
    return;
  }
  testing::ScratchDir dir("export-json-nx");
  testing::WriteTextFile(dir.File("g.json"), SampleJson());
  // networkx >= 3.4 names the links with `edges=`; older versions with `link=`.
  testing::WriteTextFile(dir.File("read.py"),
                         "import inspect, json, sys\n"
                         "from networkx.readwrite import json_graph\n"
                         "data = json.load(open(sys.argv[1], encoding='utf-8'))\n"
                         "params = inspect.signature(json_graph.node_link_graph).parameters\n"
                         "kw = {'edges': 'links'} if 'edges' in params else {'link': 'links'}\n"
                         "g = json_graph.node_link_graph(data, **kw)\n"
                         "print(g.number_of_nodes(), g.number_of_edges(), g.is_directed(),"
                         " g.is_multigraph())\n"
                         "print(sorted(g.edges(keys=True)))\n"
                         "print(g.edges['CHN', 'USA', 'MEET']['weight'], g.nodes['X.ODD']['label'] == "
                         "'Odd <&\"\\'> \\x01]]> C\\u00f4te d\\u2019Ivoire')\n");
  std::string output;
  const std::string command = "/usr/bin/python3 '" + dir.File("read.py") + "' '" + dir.File("g.json") + "'";
  const int status = testing::RunCommand(command, dir.File("out"), &output);
  INFO(output);
  REQUIRE(status == 0);
  CHECK(output ==
        "3 2 True True\n"
        "[('CHN', 'USA', 'MEET'), ('CHN', 'X.ODD', 'CRITICIZE')]\n"
        "2 True\n");
}

// --- WriteFileAtomically ---

TEST_CASE("WriteFileAtomically replaces the file and leaves no temporary", "[export]") {
  testing::ScratchDir dir("export-atomic-ok");
  const std::string path = dir.File("out.json");
  testing::WriteTextFile(path, "old\n");
  std::string error;
  REQUIRE(WriteFileAtomically(path, [](std::ostream& out) { return static_cast<bool>(out << "new\n"); },
                              &error));
  CHECK(error.empty());
  CHECK(testing::ReadFile(path) == "new\n");
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    names.push_back(entry.path().filename().string());
  }
  CHECK(names == std::vector<std::string>{"out.json"});
}

TEST_CASE("WriteFileAtomically keeps the old file when writing fails", "[export]") {
  testing::ScratchDir dir("export-atomic-fail");
  const std::string path = dir.File("out.json");
  testing::WriteTextFile(path, "old\n");
  std::string error;
  const bool ok = WriteFileAtomically(path, [](std::ostream& out) {
    out << "half of the new";
    return false;
  }, &error);
  CHECK_FALSE(ok);
  CHECK(error == "cannot write '" + path + "': write failed");
  CHECK(testing::ReadFile(path) == "old\n");
  CHECK(std::distance(std::filesystem::directory_iterator(dir.path()),
                      std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("WriteFileAtomically names the path and the system's reason", "[export]") {
  testing::ScratchDir dir("export-atomic-missing");
  const std::string path = dir.File("no/such/dir/out.json");
  std::string error;
  CHECK_FALSE(WriteFileAtomically(path, [](std::ostream&) { return true; }, &error));
  CHECK(error == "cannot write '" + path + "': No such file or directory");
}

TEST_CASE("WriteFilesAtomically replaces both files or neither", "[export]") {
  testing::ScratchDir dir("export-atomic-pair");
  const std::string nodes = dir.File("g.nodes.csv"), edges = dir.File("g.edges.csv");
  testing::WriteTextFile(nodes, "old nodes\n");
  testing::WriteTextFile(edges, "old edges\n");
  auto text = [](const char* t) { return [t](std::ostream& out) { return static_cast<bool>(out << t); }; };
  std::string error;
  // The second file fails: the first, although written, is not renamed.
  CHECK_FALSE(WriteFilesAtomically({{nodes, text("new nodes\n")}, {edges, [](std::ostream&) { return false; }}},
                                   &error));
  CHECK(error == "cannot write '" + edges + "': write failed");
  CHECK(testing::ReadFile(nodes) == "old nodes\n");
  CHECK(testing::ReadFile(edges) == "old edges\n");
  CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), std::filesystem::directory_iterator()) == 2);
  REQUIRE(WriteFilesAtomically({{nodes, text("new nodes\n")}, {edges, text("new edges\n")}}, &error));
  CHECK(testing::ReadFile(nodes) == "new nodes\n");
  CHECK(testing::ReadFile(edges) == "new edges\n");
  CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), std::filesystem::directory_iterator()) == 2);
}

TEST_CASE("WriteFileAtomically writes '-' to standard output", "[export]") {
  std::ostringstream captured;
  std::streambuf* saved = std::cout.rdbuf(captured.rdbuf());
  std::string error;
  const bool ok = WriteFileAtomically("-", [](std::ostream& out) { return static_cast<bool>(out << "x\n"); },
                                      &error);
  std::cout.rdbuf(saved);
  CHECK(ok);
  CHECK(captured.str() == "x\n");
}

}  // namespace
}  // namespace dyad::exporters
