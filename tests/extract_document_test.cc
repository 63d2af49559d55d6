#include <chrono>
#include <string>
#include <vector>

#include "extract/document.h"
#include "tests/catch.h"
#include "tests/test_util.h"

namespace dyad::extract {
namespace {

std::vector<std::string> Messages(const ReadResult& r) {
  std::vector<std::string> out;
  for (const Diagnostic& d : r.diagnostics) out.push_back(d.ToString());
  return out;
}

std::string DocsPath(const std::string& name) { return testing::SourcePath("tests/data/docs/" + name); }

TEST_CASE("FormatForPath maps extensions", "[docs]") {
  CHECK(FormatForPath("a/b.txt") == InputFormat::kText);
  CHECK(FormatForPath("b.MD") == InputFormat::kMarkdown);
  CHECK(FormatForPath("b.markdown") == InputFormat::kMarkdown);
  CHECK(FormatForPath("b.html") == InputFormat::kHtml);
  CHECK(FormatForPath("b.HTM") == InputFormat::kHtml);
  CHECK(FormatForPath("b.jsonl") == InputFormat::kJsonLines);
  CHECK(FormatForPath("b.csv") == InputFormat::kText);
  CHECK(FormatForPath("README") == InputFormat::kText);
}

TEST_CASE("ContentHash is FNV-1a 64 in hex", "[docs]") {
  CHECK(ContentHash("") == "cbf29ce484222325");
  CHECK(ContentHash("a") == "af63dc4c8601ec8c");
}

TEST_CASE("DetectLanguage counts function words", "[docs]") {
  CHECK(DetectLanguage("The minister said that the talks in Lima were part of the plan.") == "en");
  CHECK(DetectLanguage("Le ministre est arrivé dans la capitale pour les négociations.") == "fr");
  CHECK(DetectLanguage("El ministro llegó con los asesores para las negociaciones.") == "es");
  CHECK(DetectLanguage("THE TALKS AND THE PLAN") == "en");
  CHECK(DetectLanguage("Peru and Chile") == "");
  CHECK(DetectLanguage("the and of le la les") == "");  // a tie
  CHECK(DetectLanguage("") == "");
}

TEST_CASE("plain text: title, date and language from the text", "[docs]") {
  const std::string text = testing::ReadFile(DocsPath("scraped.txt"));
  ReadResult r = ParseInput(text, "in/scraped.txt", InputFormat::kText);
  CHECK(Messages(r).empty());
  REQUIRE(r.documents.size() == 1);
  const Document& d = r.documents[0];
  CHECK(d.id == "scraped");
  CHECK(d.source == "in/scraped.txt");
  CHECK(d.title == "Chile’s Quiet Pivot: Santiago Courts Seoul on Copper Deals");
  CHECK(d.date == "2025-02-27");
  CHECK(d.lang == "en");
  CHECK(d.url.empty());
  CHECK(d.text == text);
  CHECK(d.content_hash == ContentHash(text));
  CHECK(d.invalid_utf8 == 0);
}

TEST_CASE("plain text without a headline has no title; stdin is named stdin", "[docs]") {
  ReadResult r = ParseInput("Peru and Chile signed the pact in Lima.\n", "-", InputFormat::kText);
  REQUIRE(r.documents.size() == 1);
  CHECK(r.documents[0].id == "stdin");
  CHECK(r.documents[0].source == "-");
  CHECK(r.documents[0].title.empty());
  CHECK(r.documents[0].date.empty());
}

TEST_CASE("invalid UTF-8 is replaced and reported once", "[docs]") {
  ReadResult r = ParseInput("\xEF\xBB\xBFPeru \xFF and \xC3 Chile.", "bad.txt", InputFormat::kText);
  REQUIRE(r.documents.size() == 1);
  CHECK(r.documents[0].text == "Peru \xEF\xBF\xBD and \xEF\xBF\xBD Chile.");
  CHECK(r.documents[0].invalid_utf8 == 2);
  CHECK(Messages(r) ==
        std::vector<std::string>{"bad.txt: warning: 2 invalid UTF-8 sequences replaced with U+FFFD"});
}

TEST_CASE("empty and binary inputs are skipped with a warning", "[docs]") {
  struct Case {
    std::string bytes;
    InputFormat format;
    std::string reason;
  };
  const std::vector<Case> cases = {
      {"", InputFormat::kText, "empty file"},
      {" \n\t\r\n", InputFormat::kMarkdown, "empty file"},
      {"\n\n", InputFormat::kJsonLines, "empty file"},
      {"\xEF\xBB\xBF", InputFormat::kText, "empty file"},
      {"\xEF\xBB\xBF \n", InputFormat::kMarkdown, "empty file"},
      {std::string("abc\0def", 7), InputFormat::kText, "binary file (NUL byte at offset 3)"},
      {std::string("<p>x</p>\0", 9), InputFormat::kHtml, "binary file (NUL byte at offset 8)"},
      {"<html><nav>Menu only</nav></html>", InputFormat::kHtml, "no article text"},
      {"---\ntitle: Only metadata\n---\n\n", InputFormat::kMarkdown, "no text after front matter"},
  };
  for (const Case& c : cases) {
    INFO(c.reason);
    ReadResult r = ParseInput(c.bytes, "x.in", c.format);
    CHECK(r.documents.empty());
    REQUIRE(r.skipped.size() == 1);
    CHECK(r.skipped[0].source == "x.in");
    CHECK(r.skipped[0].reason == c.reason);
    CHECK(Messages(r) == std::vector<std::string>{"x.in: warning: " + c.reason});
  }
}

TEST_CASE("markdown front matter", "[docs]") {
  const std::string md =
      "---\n"
      "id: pacto-7\n"
      "title: \"Chile and Peru Sign a Pact\"\n"
      "url: 'https://example.org/pacto'\n"
      "date: March 3, 2025\n"
      "author: Ana Ruiz\n"
      "lang: FR\n"
      "no colon here\n"
      "---\n"
      "# A Heading\n\nBody text.\n";
  ReadResult r = ParseInput(md, "docs/p.md", InputFormat::kMarkdown);
  REQUIRE(r.documents.size() == 1);
  const Document& d = r.documents[0];
  CHECK(d.id == "pacto-7");
  CHECK(d.title == "Chile and Peru Sign a Pact");
  CHECK(d.url == "https://example.org/pacto");
  CHECK(d.date == "2025-03-03");
  CHECK(d.lang == "fr");
  CHECK(d.text == "# A Heading\n\nBody text.\n");
  CHECK(Messages(r) == std::vector<std::string>{
                           "docs/p.md:6: warning: unknown front matter key 'author'",
                           "docs/p.md:8: warning: malformed front matter line (expected 'key: value')"});
}

TEST_CASE("markdown metadata fallbacks", "[docs]") {
  SECTION("title from the first heading, ISO dates kept") {
    ReadResult r = ParseInput("---\ndate: 2025-03\n---\nIntro line.\n\n# Chile Signs\n\nText.\n", "a/b.md",
                              InputFormat::kMarkdown);
    REQUIRE(r.documents.size() == 1);
    CHECK(r.documents[0].id == "b");
    CHECK(r.documents[0].title == "Chile Signs");
    CHECK(r.documents[0].date == "2025-03");
    CHECK(Messages(r).empty());
  }
  SECTION("unrecognized date and unterminated front matter") {
    ReadResult r = ParseInput("---\ndate: soon\n---\nText.\n", "c.md", InputFormat::kMarkdown);
    REQUIRE(r.documents.size() == 1);
    CHECK(r.documents[0].date.empty());
    CHECK(Messages(r) == std::vector<std::string>{"c.md:2: warning: unrecognized date 'soon'"});
    r = ParseInput("---\ntitle: x\nText.\n", "d.md", InputFormat::kMarkdown);
    REQUIRE(r.documents.size() == 1);
    CHECK(r.documents[0].text == "---\ntitle: x\nText.\n");
    CHECK(Messages(r) ==
          std::vector<std::string>{"d.md:1: warning: unterminated front matter (no closing '---')"});
  }
}

TEST_CASE("HTML keeps the article and drops page furniture", "[docs]") {
  const std::string html = testing::ReadFile(DocsPath("page.html"));
  ReadResult r = ParseInput(html, "page.html", InputFormat::kHtml);
  CHECK(Messages(r).empty());
  REQUIRE(r.documents.size() == 1);
  const Document& d = r.documents[0];
  CHECK(d.text ==
        "Perú y Chile firman un pacto\n\n"
        "El ministro peruano dijo: «Es un día histórico».\n\n"
        "Chile estuvo de acuerdo \u2014 y Bolivia también.\n\n"
        "Los ministros en Lima.\n\n"
        "Comercio: Se eliminan aranceles & cuotas.\n\n"
        "Defensa: Ejercicios conjuntos en 2026.");
  CHECK(d.title == "Perú y Chile firman un pacto");
  CHECK(d.url == "https://example.org/pacto?a=1&b=2");
  CHECK(d.date == "2025-03-04");
  CHECK(d.lang == "es");
  CHECK(d.id == "page");
}

TEST_CASE("ParseHtml metadata fallbacks and whole-page text", "[docs]") {
  struct Case {
    std::string html;
    HtmlPage page;
  };
  const std::vector<Case> cases = {
      {"<html lang=\"FR-fr\"><head><title> Le  titre </title><meta property=\"og:url\" content=\"u\"></head>"
       "<body><h1>Grand <i>titre</i></h1><main><p>Texte &eacute;crit.</p></main><p>Hors "
       "main.</p></body></html>",
       {"Texte écrit.", "Le titre", "u", "", "fr"}},
      {"<body><header><h1>Site &amp; Co</h1></header><time datetime=\"2024-06-01T10:00\">1 June</time>"
       "<div>One<br>two</div><table><tr><td>a</td><td>b</td></tr></table></body>",
       {"1 June\n\nOne\n\ntwo\n\na b", "Site & Co", "", "2024-06-01", ""}},
      // The longest <article> wins over teaser cards.
      {"<article><p>Short card.</p></article><article><p>The long article text.</p></article>",
       {"The long article text.", "", "", "", ""}},
      {"<p>a &lt; b &gt; c &quot;d&quot; &apos;e&apos; &#233; &#xE9; &#146; &#0; &bogus; & x &amp</p>",
       {"a < b > c \"d\" 'e' é é \u2019 \uFFFD &bogus; & x &amp", "", "", "", ""}},
      {"<P CLASS=x>Upper <SCRIPT>hidden()</SCRIPT>case<!-- gone --> tags</P><svg><text>no</text></svg>",
       {"Upper case tags", "", "", "", ""}},
  };
  for (const Case& c : cases) {
    INFO(c.html);
    const HtmlPage page = ParseHtml(c.html);
    CHECK(page.text == c.page.text);
    CHECK(page.title == c.page.title);
    CHECK(page.url == c.page.url);
    CHECK(page.date == c.page.date);
    CHECK(page.lang == c.page.lang);
  }
}

TEST_CASE("broken HTML never crashes or hangs", "[docs]") {
  const std::vector<std::string> junk = {
      "<",
      "<<<<>>>>",
      "<!--",
      "<!",
      "<?",
      "</",
      "<a href='x>text",
      "<p>unclosed <b>bold <i>",
      "<script>never closed",
      "<nav>menu never closed <p>text</p>",
      "&#xFFFFFFFFF; &#99999999; &",
      "<div a=b c = 'd' e=\"f\" / g>text</div>",
      "<p>x</p></p></div></article></nav>",
  };
  for (const std::string& html : junk) {
    INFO(html);
    CHECK_NOTHROW(ParseHtml(html));
  }
  CHECK(ParseHtml("<p>unclosed <b>bold <i>").text == "unclosed bold");
  CHECK(ParseHtml("a < b and c<d").text == "a < b and c");

  // Pathological input stays linear: a megabyte of '<', '&' and open quotes.
  std::string big;
  for (int i = 0; i < 50000; ++i) big += "<a x=\"&amp <p>&&&<!-";
  const auto start = std::chrono::steady_clock::now();
  ParseHtml(big);
  ParseHtml(std::string(1000000, '&'));
  ParseHtml(std::string(1000000, '<'));
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
}

TEST_CASE("JSON Lines: a malformed line does not stop the others", "[docs]") {
  const std::string path = DocsPath("records.jsonl");
  ReadResult r = ParseInput(testing::ReadFile(path), path, InputFormat::kJsonLines);
  REQUIRE(r.documents.size() == 2);
  const Document& a = r.documents[0];
  CHECK(a.id == "rec-1");
  CHECK(a.source == path + ":1");
  CHECK(a.url == "https://example.org/1");
  CHECK(a.title == "Talks in Quito");
  CHECK(a.date == "2025-02-11");
  CHECK(a.lang == "en");
  CHECK(a.text == "Ecuador and Colombia held talks in Quito on Tuesday.");
  const Document& b = r.documents[1];
  CHECK(b.id == "records-3");
  CHECK(b.source == path + ":3");
  CHECK(b.lang == "fr");
  CHECK(b.title.empty());
  // Each record that gives no document is a warning and a skipped entry.
  std::vector<std::string> skipped;
  for (const auto& s : r.skipped) skipped.push_back(s.source + " " + s.reason);
  CHECK(skipped == std::vector<std::string>{
                       path + ":2 malformed JSON record: Missing a comma or '}' after an object member.",
                       path + ":4 record has no 'text'",
                       path + ":5 record has no 'text'",
                       path + ":7 malformed JSON record: not an object",
                   });
  CHECK(Messages(r) == std::vector<std::string>{
                           path + ":2: warning: malformed JSON record: Missing a comma or '}' after an object member.",
                           path + ":4: warning: record has no 'text'",
                           path + ":5: warning: record has no 'text'",
                           path + ":7: warning: malformed JSON record: not an object",
                       });
}

TEST_CASE("JSON Lines: each record's content hash is that of its own text", "[docs]") {
  // Texts of different lengths, one repeated, past the four hashed side by side.
  const std::vector<std::string> texts = {"Peru met Chile in Lima.", "Chile met Peru.", "Peru met Chile in Lima.",
                                          "China signed a port deal with Peru on Friday.", "Talks.",
                                          "Bolivia recalled its ambassador.", "Ecuador hosted Colombia."};
  std::string input;
  for (const std::string& t : texts) input += "{\"text\": \"" + t + "\"}\n";
  ReadResult hashed = ParseInput(input, "h.jsonl", InputFormat::kJsonLines);
  REQUIRE(hashed.documents.size() == texts.size());
  for (std::size_t i = 0; i < texts.size(); ++i) CHECK(hashed.documents[i].content_hash == ContentHash(texts[i]));
  CHECK(hashed.documents[0].content_hash == "75870b761f0c65be");
  ReadResult unhashed = ParseInput(input, "h.jsonl", InputFormat::kJsonLines, /*content_hash=*/false);
  REQUIRE(unhashed.documents.size() == texts.size());
  for (const Document& d : unhashed.documents) CHECK(d.content_hash.empty());
}

TEST_CASE("JSON Lines: non-string fields and invalid UTF-8", "[docs]") {
  ReadResult r =
      ParseInput("{\"id\": 7, \"text\": \"Caf\xE9 talks in Lima.\"}\n", "n.jsonl", InputFormat::kJsonLines);
  REQUIRE(r.documents.size() == 1);
  CHECK(r.documents[0].id == "n-1");
  CHECK(r.documents[0].text == "Caf\xEF\xBF\xBD talks in Lima.");
  CHECK(r.documents[0].invalid_utf8 == 1);
  CHECK(Messages(r) ==
        std::vector<std::string>{"n.jsonl:1: warning: 1 invalid UTF-8 sequences replaced with U+FFFD",
                                 "n.jsonl:1: warning: field 'id' is not a string"});
}

TEST_CASE("ReadInputs: files, sorted directories, missing paths, in input order", "[docs]") {
  const std::string tree = DocsPath("tree");
  const std::string missing = DocsPath("no-such-file.txt");
  ReadResult r = ReadInputs({tree, missing, DocsPath("scraped.txt")});
  std::vector<std::string> ids;
  for (const Document& d : r.documents) ids.push_back(d.id + " " + d.source);
  CHECK(ids == std::vector<std::string>{"a_first " + tree + "/a_first.txt", "b_page " + tree + "/b_page.html",
                                        "story-c " + tree + "/sub/c_story.md",
                                        "scraped " + DocsPath("scraped.txt")});
  REQUIRE(r.skipped.size() == 1);
  CHECK(r.skipped[0].source == tree + "/notes.csv");
  CHECK(r.skipped[0].reason == "unsupported file type");
  CHECK(Messages(r) == std::vector<std::string>{tree + "/notes.csv: warning: unsupported file type",
                                                missing + ": no such file or directory"});
  CHECK(HasErrors(r.diagnostics));
  REQUIRE(r.documents.size() == 4);
  CHECK(r.documents[1].text == "Paraguay joined the river accord.");
  CHECK(r.documents[2].title == "Bolivia Joins");
}

TEST_CASE("ReadInputs: an explicit file of any extension is read as text", "[docs]") {
  ReadResult r = ReadInputs({DocsPath("tree/notes.csv")});
  REQUIRE(r.documents.size() == 1);
  CHECK(r.documents[0].text == "a,b\n1,2\n");
  CHECK(r.skipped.empty());
}

}  // namespace
}  // namespace dyad::extract
