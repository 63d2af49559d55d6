#include <string>
#include <vector>

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

}  // namespace
}  // namespace dyad::extract
