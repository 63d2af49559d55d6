#pragma once
// Runs the examples written in rule files through the extractor.
#include "extract/diagnostic.h"
#include "extract/extractor.h"

namespace dyad::extract {

struct ExampleResults {
  int passed = 0;
  int failed = 0;
  Diagnostics failures;  // one per missing or unwanted edge, at the example's location
};

// An example passes when every edge it lists is produced as an asserted
// record and none of its `not` edges is.
ExampleResults RunExamples(const Extractor& extractor);

}  // namespace dyad::extract
