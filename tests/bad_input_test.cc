// The bad-input catalogue, in the library: each kind of damaged
// article, rule file and limit, with the exact message it gets. What is about
// the command line (summary, --strict, --max-doc-size, a 100 MB line, output
// formats) runs the real binary in tests/e2e/bad_*.cmake.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/summary.h"
#include "extract/document.h"
#include "extract/rules/rules.h"
#include "tests/catch.h"
#include "tests/test_util.h"

namespace dyad {
namespace {

using Strings = std::vector<std::string>;

Strings Messages(const extract::Diagnostics& diagnostics) {
  Strings out;
  for (const extract::Diagnostic& d : diagnostics) out.push_back(d.ToString());
  return out;
}

Strings Skips(const extract::ReadResult& r) {
  Strings out;
  for (const extract::Skipped& s : r.skipped) out.push_back(s.source + ": " + s.reason);
  return out;
}

// A fresh directory for files the test writes, removed at the end.
class TempDir {
 public:
  TempDir() : path_(std::filesystem::temp_directory_path() / ("dyad-bad-input-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() { std::filesystem::remove_all(path_); }
  std::string Write(const std::string& name, const std::string& bytes) const {
    const std::string file = (path_ / name).string();
    std::ofstream(file, std::ios::binary) << bytes;
    return file;
  }

 private:
  std::filesystem::path path_;
};

// ---- articles ----

TEST_CASE("bad input: invalid UTF-8 is replaced, counted and reported once per file", "[bad-input]") {
  using extract::InputFormat;
  struct Case {
    InputFormat format;
    std::string bytes;
    int replaced;  // in the first document
    Strings messages;
  };
  const std::vector<Case> cases = {
      {InputFormat::kText, "Per\xFA and Chile. Per\xFA again, \xC3 and \xE2\x82.", 4,
       {"x: warning: 4 invalid UTF-8 sequences replaced with U+FFFD"}},
      {InputFormat::kMarkdown, "---\ntitle: Caf\xE9\n---\nPer\xFA and Chile.\n", 2,
       {"x: warning: 2 invalid UTF-8 sequences replaced with U+FFFD"}},
      {InputFormat::kHtml, "<p>Per\xFA and <b>Chile\xFF</b></p>", 2,
       {"x: warning: 2 invalid UTF-8 sequences replaced with U+FFFD"}},
      // One warning for the whole JSON Lines text, at the first record with any.
      {InputFormat::kJsonLines,
       "{\"text\": \"fine\"}\n{\"text\": \"Per\xFA \xFF\"}\n{\"text\": \"Caf\xE9\"}\n{\"text\": \"\xFF\"}\n", 0,
       {"x:2: warning: 4 invalid UTF-8 sequences replaced with U+FFFD in 3 records"}},
  };
  for (const Case& c : cases) {
    INFO(c.bytes);
    const extract::ReadResult r = extract::ParseInput(c.bytes, "x", c.format);
    REQUIRE(!r.documents.empty());
    CHECK(r.documents[0].invalid_utf8 == c.replaced);
    const bool has_replacement = r.documents[0].text.find("\xEF\xBF\xBD") != std::string::npos;
    CHECK(has_replacement == (c.replaced > 0));
    CHECK(Messages(r.diagnostics) == c.messages);
  }
}

TEST_CASE("bad input: NUL bytes, binary and empty files are skipped with a message", "[bad-input]") {
  using extract::InputFormat;
  struct Case {
    InputFormat format;
    std::string bytes;
    std::string reason;
  };
  const std::vector<Case> cases = {
      {InputFormat::kText, std::string("PK\3\4\0\0binary", 12), "binary file (NUL byte at offset 4)"},
      {InputFormat::kMarkdown, std::string("# Title\n\0", 9), "binary file (NUL byte at offset 8)"},
      {InputFormat::kHtml, std::string("\0<p>x</p>", 9), "binary file (NUL byte at offset 0)"},
      {InputFormat::kText, "", "empty file"},
      {InputFormat::kHtml, "\n \t\r\n", "empty file"},
  };
  for (const Case& c : cases) {
    INFO(c.reason);
    const extract::ReadResult r = extract::ParseInput(c.bytes, "in/f", c.format);
    CHECK(r.documents.empty());
    CHECK(Skips(r) == Strings{"in/f: " + c.reason});
    CHECK(Messages(r.diagnostics) == Strings{"in/f: warning: " + c.reason});
  }
}

TEST_CASE("bad input: a NUL byte in JSON Lines skips only its record, named by line", "[bad-input]") {
  const extract::ReadResult r =
      extract::ParseInput(std::string("{\"text\": \"a\"}\n\0", 15), "in/f", extract::InputFormat::kJsonLines);
  CHECK(r.documents.size() == 1);
  CHECK(Skips(r) == Strings{"in/f:2: binary record (NUL byte at column 1)"});
  CHECK(Messages(r.diagnostics) == Strings{"in/f:2: warning: binary record (NUL byte at column 1)"});
}

TEST_CASE("bad input: a malformed JSON Lines record is skipped at its line, the others are read", "[bad-input]") {
  const std::string jsonl =
      "{\"id\": \"a\", \"text\": \"Peru and Chile met.\"}\n"
      "{\"id\": \"b\", \"text\": \"unterminated\n"
      "[\"an\", \"array\"]\n"
      "{\"id\": \"c\"}\n"
      "\n"
      "{\"id\": \"d\", \"text\": \"China and Peru signed.\"}\n";
  const extract::ReadResult r = extract::ParseInput(jsonl, "feed.jsonl", extract::InputFormat::kJsonLines);
  REQUIRE(r.documents.size() == 2);
  CHECK(r.documents[0].source == "feed.jsonl:1");
  CHECK(r.documents[1].source == "feed.jsonl:6");
  CHECK(Skips(r) == Strings{"feed.jsonl:2: malformed JSON record: Missing a closing quotation mark in string.",
                            "feed.jsonl:3: malformed JSON record: not an object",
                            "feed.jsonl:4: record has no 'text'"});
  CHECK(Messages(r.diagnostics) ==
        Strings{"feed.jsonl:2: warning: malformed JSON record: Missing a closing quotation mark in string.",
                "feed.jsonl:3: warning: malformed JSON record: not an object",
                "feed.jsonl:4: warning: record has no 'text'"});
  CHECK(!extract::HasErrors(r.diagnostics));
}

TEST_CASE("bad input: a JSON escape spelling a lone surrogate is replaced like invalid UTF-8", "[bad-input]") {
  // Found by fuzzing: RapidJSON decodes "\udc00" to bytes that are not UTF-8.
  const extract::ReadResult r = extract::ParseInput("{\"title\": \"a\\udc00\", \"text\": \"Peru\\udc00 met.\"}\n",
                                                    "feed.jsonl", extract::InputFormat::kJsonLines);
  REQUIRE(r.documents.size() == 1);
  CHECK(r.documents[0].text == "Peru\xEF\xBF\xBD met.");
  CHECK(r.documents[0].title == "a\xEF\xBF\xBD");
  CHECK(r.documents[0].invalid_utf8 == 2);
  CHECK(Messages(r.diagnostics) == Strings{"feed.jsonl:1: warning: 2 invalid UTF-8 sequences replaced with U+FFFD"});
}

TEST_CASE("bad input: HTML with scripts and unclosed tags keeps only the article text", "[bad-input]") {
  const std::string html = testing::ReadFile(testing::SourcePath("tests/data/bad-inputs/articles/06-page.html"));
  const extract::ReadResult r = extract::ParseInput(html, "page.html", extract::InputFormat::kHtml);
  CHECK(Messages(r.diagnostics).empty());
  REQUIRE(r.documents.size() == 1);
  CHECK(r.documents[0].title == "Talks");
  CHECK(r.documents[0].text ==
        "Brazil and Argentina meet\n\n"
        "Brazil and Argentina met in Brasilia on Friday.\n\n"
        "Officials said talks went well despite disagreements");
}

TEST_CASE("bad input: a document over the maximum size is skipped unread", "[bad-input]") {
  const TempDir dir;
  const std::string big = dir.Write("big.txt", std::string(150, 'x'));
  const std::string small = dir.Write("small.txt", "Peru and Chile met.");
  const std::string lines = dir.Write("feed.jsonl", "{\"text\": \"one\"}\n{\"text\": \"" + std::string(150, 'y') +
                                                         "\"}\n{\"text\": \"three\"}");
  const std::string first = dir.Write("first.jsonl", "{\"text\": \"" + std::string(150, 'z') + "\"}\n");
  extract::ReadOptions options;
  options.max_document_bytes = 100;
  const extract::ReadResult r = extract::ReadInputs({big, small, lines, first}, options);
  const std::string why = "too large: 150 bytes (the maximum document size is 100 bytes)";
  const std::string why_line = "too large: 162 bytes (the maximum document size is 100 bytes)";
  CHECK(Skips(r) == Strings{big + ": " + why, lines + ":2: " + why_line, first + ":1: " + why_line});
  CHECK(Messages(r.diagnostics) == Strings{big + ": warning: " + why, lines + ":2: warning: " + why_line,
                                           first + ":1: warning: " + why_line});
  Strings read;
  for (const extract::Document& d : r.documents) read.push_back(d.source + " " + d.text);
  CHECK(read == Strings{small + " Peru and Chile met.", lines + ":1 one", lines + ":3 three"});
  CHECK(extract::kDefaultMaxDocumentBytes == 64u << 20);
}

// ---- rules ----

TEST_CASE("bad input: every kind of rule error is reported at once, as file:line:column", "[bad-input]") {
  const std::string good = R"(entities:
  - {id: PER, type: country, label: Peru}
  - {id: PER, type: country, label: Perú}
  - {id: CHL, type: country, label: Chile, colour: red}
  - {id: BOL, type: country}
  - {id: ARG, type: country, label: [Argentina]}
  - {id: X, type: place, label: X, patterns: ['rep(', '\pL{1000}']}
examples:
  - {text: Peru visited Chile., edges: [PER VISITT CHL]}
)";
  // Files are parsed on several threads when asked: the messages are the same.
  for (int threads : {1, 4}) {
    INFO(threads << " thread(s)");
    extract::Diagnostics diagnostics;
    extract::LoadRulePack({{"a.yaml", good, 0},
                           {"b.yaml", "entities: [a, b\n", 0},
                           {"c.yaml", "entities:\n  - {id: P\xE9R}\n", 0},
                           {"d.yaml", "entities: []\n,\n", 0}},
                          &diagnostics, threads);
    CHECK(Messages(diagnostics) ==
          Strings{
              "a.yaml:3:5: duplicate entity id 'PER' (first defined at a.yaml:2:5)",
              "a.yaml:4:44: unknown key 'colour' (expected one of: id, type, label, country, role, names, demonyms, "
              "capitals, patterns, valid_from, valid_until, periods, origin)",
              "a.yaml:5:5: missing required key 'label'",
              "a.yaml:6:37: 'label' must be a string",
              "a.yaml:7:47: bad RE2 pattern 'rep(': missing ): rep(",
              "a.yaml:7:55: bad RE2 pattern '\\pL{1000}': pattern too large - compile failed (over the memory budget "
              "of 8 MiB per pattern)",
              "a.yaml:9:41: unknown relation 'VISITT'",
              "b.yaml:2:1: YAML syntax error: end of sequence flow not found",
              "c.yaml:2:11: file is not valid UTF-8 (byte 0xE9)",
              "d.yaml:2:1: YAML syntax error: end of map not found",
          });
  }
}

TEST_CASE("bad input: a stray ',' is a YAML syntax error, not an endless loop in yaml-cpp", "[bad-input]") {
  // yaml-cpp 0.7's LoadAll never returns on this (found by fuzz_rules).
  extract::Diagnostics diagnostics;
  extract::LoadRulePack({{"comma.yaml", ",", 0}, {"two.yaml", "{}\n---\n,\n", 0}}, &diagnostics);
  CHECK(Messages(diagnostics) == Strings{"comma.yaml:1:1: YAML syntax error: unexpected ','",
                                         "two.yaml:3:1: a rule file holds one YAML document"});
}

// ---- the summary ----

TEST_CASE("bad input: the summary lists skipped inputs and why, at most 20", "[bad-input]") {
  cli::RunCounts counts;
  counts.documents_read = 1;
  for (int i = 0; i < 23; ++i) counts.skipped.push_back({"in/" + std::to_string(i) + ".txt", "empty file"});
  counts.skipped[1].reason = "binary file (NUL byte at offset 0)";
  counts.documents_skipped = static_cast<int>(counts.skipped.size());
  std::ostringstream out;
  cli::PrintSummary(graph::Graph(), counts, out);
  std::string expected = "documents: 1 read, 23 skipped\n  skipped in/0.txt: empty file\n"
                         "  skipped in/1.txt: binary file (NUL byte at offset 0)\n";
  for (int i = 2; i < 20; ++i) expected += "  skipped in/" + std::to_string(i) + ".txt: empty file\n";
  expected += "  ... and 3 more\nevidence: 0 asserted";
  CHECK(out.str().substr(0, expected.size()) == expected);
}

}  // namespace
}  // namespace dyad
