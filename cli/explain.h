#pragma once
// The human-readable trace `dyad explain` prints for rule authors.
#include <ostream>

#include "extract/document.h"
#include "extract/extractor.h"

namespace dyad::cli {

void PrintExplanation(const extract::Document& doc, const extract::DocumentTrace& trace,
                      const extract::RulePack& pack, std::ostream& out);

}  // namespace dyad::cli
