#include "tests/default_pack.h"

#include <memory>

#include "cli/pipeline.h"
#include "tests/catch.h"

namespace dyad::testing {

const extract::Extractor& DefaultPack() {
  static std::unique_ptr<extract::Extractor> extractor = [] {
    extract::Diagnostics diags;
    auto e = cli::LoadRules("", &diags);
    INFO((diags.empty() ? std::string() : diags[0].ToString()));
    REQUIRE(e != nullptr);
    return e;
  }();
  return *extractor;
}

extract::Document BodyDocument(const std::string& text, const std::string& lang, const std::string& date) {
  extract::Document doc;
  doc.id = "t";
  doc.text = text;
  doc.lang = lang;
  doc.date = date;
  doc.all_body = true;
  return doc;
}

}  // namespace dyad::testing
