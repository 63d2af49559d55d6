#pragma once
// The default rule pack as dyad uses it, loaded once for the tests that read
// text through it, and a body-only document to read.
#include <string>

#include "extract/document.h"
#include "extract/extractor.h"

namespace dyad::testing {

// The built-in pack; a failed REQUIRE with the first diagnostic if it does not load.
const extract::Extractor& DefaultPack();

// A document whose whole text is article body (no furniture detection).
extract::Document BodyDocument(const std::string& text, const std::string& lang = "",
                               const std::string& date = "");

}  // namespace dyad::testing
