#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/hash.h"
#include "extract/shared_text.h"
#include "extract/text.h"
#include "tests/catch.h"

namespace dyad::extract {
namespace {

// "folded@begin-end" for each token, space separated.
std::string Dump(const std::string& text) {
  Tokenizer tokenizer;
  std::vector<Token> tokens;
  tokenizer.Tokenize(text, 0, text.size(), &tokens);
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out += " ";
    out += std::string(t.folded) + "@" + std::to_string(t.begin) + "-" + std::to_string(t.end);
    if (t.capitalized) out += "^";
  }
  return out;
}

TEST_CASE("tokens fold case and accents and keep byte offsets", "[text]") {
  CHECK(Dump("Perú y États-Unis") == "peru@0-5^ y@6-7 etats@8-14^ -@14-15 unis@15-19^");
  CHECK(Dump("ŒUVRE Łódź") == "oeuvre@0-6^ lodz@7-14^");
}

TEST_CASE("apostrophes split clitics, elisions and negation", "[text]") {
  CHECK(Dump("Peru's") == "peru@0-4^ 's@4-6");
  CHECK(Dump("L’intérieur") == "l'@0-4^ interieur@4-14");
  CHECK(Dump("didn't sign") == "did@0-3 n't@3-6 sign@7-11");
  CHECK(Dump("n'a pas") == "n'@0-2 a@2-3 pas@4-7");
  CHECK(Dump("countries' ties") == "countries@0-9 '@9-10 ties@11-15");
}

TEST_CASE("abbreviations and punctuation are tokens of their own", "[text]") {
  CHECK(Dump("U.S. «oui»") == "u@0-1^ .@1-2 s@2-3^ .@3-4 \"@5-7 oui@7-10 \"@10-12");
}

TEST_CASE("FoldPhrase joins folded tokens with single spaces", "[text]") {
  CHECK(FoldPhrase("Côte d’Ivoire") == "cote d' ivoire");
  CHECK(FoldPhrase("  Washington,  D.C. ") == "washington , d . c .");
}

TEST_CASE("invalid UTF-8 is found and replaced", "[text]") {
  std::string s = "ok \xff\xfe and \xe2\x82";
  CHECK(FirstInvalidUtf8(s) == 3);
  CHECK(SanitizeUtf8(&s) == 3);
  CHECK(s == "ok \xEF\xBF\xBD\xEF\xBF\xBD and \xEF\xBF\xBD");
  CHECK(FirstInvalidUtf8(s) == std::string::npos);
  std::string overlong = "\xc0\xaf";
  CHECK(FirstInvalidUtf8(overlong) == 0);
}

TEST_CASE("FNV-1a hashes are stable", "[text]") {
  CHECK(Fnv1a64Hex("") == "cbf29ce484222325");
  CHECK(Fnv1a64Hex("a") == "af63dc4c8601ec8c");
}

TEST_CASE("hashing texts side by side gives each its own FNV-1a", "[text]") {
  const std::vector<std::string_view> fixed = {"", "a", "", "Peru met Chile.", "", "", "a", "foobar"};
  std::vector<std::string> out(fixed.size());
  Fnv1a64HexEach(fixed.data(), fixed.size(), out.data());
  CHECK(out == std::vector<std::string>{"cbf29ce484222325", "af63dc4c8601ec8c", "cbf29ce484222325",
                                        Fnv1a64Hex("Peru met Chile."), "cbf29ce484222325", "cbf29ce484222325",
                                        "af63dc4c8601ec8c", "85944171f73967e8"});
  // Seeded random batches: lengths from empty to a few hundred bytes, so that
  // lanes finish at every offset of one another and the tail is 0 to 3 texts.
  std::uint64_t state = 12345;
  auto next = [&state] { return state = state * 6364136223846793005ull + 1442695040888963407ull, state >> 33; };
  for (int round = 0; round < 200; ++round) {
    std::vector<std::string> texts(next() % 14);
    for (std::string& t : texts) {
      t.resize(next() % 4 == 0 ? 0 : next() % 300);
      for (char& c : t) c = static_cast<char>(next());
    }
    std::vector<std::string_view> views(texts.begin(), texts.end());
    std::vector<std::string> hashes(texts.size());
    Fnv1a64HexEach(views.data(), views.size(), hashes.data());
    for (std::size_t i = 0; i < texts.size(); ++i) CHECK(hashes[i] == Fnv1a64Hex(texts[i]));
  }
}

bool FilterHas(const WordFilter& filter, const std::string& text) {
  return filter.MayContain(text, 0, text.size());
}

TEST_CASE("a word filter tells words and consecutive word pairs as the tokenizer makes them", "[text]") {
  WordFilter signe;
  signe.Add("signe");
  CHECK(FilterHas(signe, "Le Pérou a signé un accord."));
  CHECK(FilterHas(signe, "SIGNE"));
  CHECK_FALSE(FilterHas(signe, "The minister resigned; they signed."));
  CHECK_FALSE(FilterHas(signe, ""));

  WordFilter met_with;
  met_with.AddPair("met", "with");
  CHECK(FilterHas(met_with, "Xi Met  With Boluarte"));
  CHECK(FilterHas(met_with, "met\u00A0with"));  // a no-break space is a space
  CHECK_FALSE(FilterHas(met_with, "He met, with delight, the press."));
  CHECK_FALSE(FilterHas(met_with, "met (with)"));
  CHECK_FALSE(FilterHas(met_with, "met"));
  CHECK_FALSE(FilterHas(met_with, "with met"));

  WordFilter did_sign;  // "didn't": the tokenizer's word is "did"
  did_sign.Add("did");
  CHECK(FilterHas(did_sign, "Chile didn't sign"));
  CHECK(FilterHas(did_sign, "Chile didn’t sign"));

  WordFilter none;
  CHECK_FALSE(FilterHas(none, "Peru and Chile"));
  none.AcceptAll();
  CHECK(FilterHas(none, "Peru and Chile"));
}

TEST_CASE("a word filter finds every word and pair of the seed articles", "[text]") {
  // Exactness on real text: whatever word token or pair of consecutive word
  // tokens the tokenizer makes, a filter holding just that finds it.
  Tokenizer tokenizer;
  std::vector<Token> tokens;
  int checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(DYAD_SOURCE_DIR) + "/seeds")) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    const std::string text = buf.str();
    tokenizer.Tokenize(text, 0, text.size(), &tokens);
    auto testable = [](const Token& t) { return t.is_word && t.folded.find('\'') == std::string_view::npos; };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (!testable(tokens[i])) continue;
      WordFilter word;
      word.Add(tokens[i].folded);
      // The text around the token, as a sentence would be cut.
      const std::size_t b = tokens[std::max<std::size_t>(i, 3) - 3].begin;
      const std::size_t e = tokens[std::min(i + 3, tokens.size() - 1)].end;
      INFO(text.substr(b, e - b));
      CHECK(word.MayContain(text, b, e));
      if (i + 1 < tokens.size() && testable(tokens[i + 1])) {
        WordFilter pair;
        pair.AddPair(tokens[i].folded, tokens[i + 1].folded);
        CHECK(pair.MayContain(text, b, e));
      }
      ++checked;
    }
  }
  CHECK(checked > 2000);
}

TEST_CASE("SharedText compares by content, whether shared or made apart") {
  const SharedText a = std::string("rules/relations/meet.yaml:3:5");
  const SharedText same_text = std::string("rules/relations/meet.yaml:3:5");
  const SharedText copy = a;  // shares a's string
  const SharedText later = std::string("rules/relations/meet.yaml:9:5");
  const SharedText empty;
  CHECK(&copy.str() == &a.str());
  CHECK(&same_text.str() != &a.str());
  CHECK(a == same_text);
  CHECK(a == copy);
  CHECK_FALSE(a < same_text);
  CHECK_FALSE(same_text < a);
  CHECK(a < later);
  CHECK_FALSE(later < a);
  CHECK(a != later);
  CHECK(empty.empty());
  CHECK(empty.str().empty());
  CHECK(empty == SharedText(""));
  CHECK(SharedText("").empty());
  CHECK(empty < a);
  CHECK(a == "rules/relations/meet.yaml:3:5");
  CHECK(a == std::string("rules/relations/meet.yaml:3:5"));
  CHECK(a.size() == 29);
  std::ostringstream out;
  out << a << "|" << empty << "|";
  CHECK(out.str() == "rules/relations/meet.yaml:3:5||");
}

}  // namespace
}  // namespace dyad::extract
