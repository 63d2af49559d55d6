#pragma once
// Internal to the rule loader: entity tables, the compact format of the
// generated dictionaries (rules/entities/phoenix/*.tsv). yaml-cpp takes
// seconds and hundreds of megabytes for tens of thousands of entities; a
// table of one entity per line loads in milliseconds. Format (rules/README.md):
//   id TAB type TAB label TAB country TAB role TAB names TAB periods TAB origin
//   id TAB extend TAB names          (names added to an entity defined elsewhere)
// Names and periods are separated by '|'; '#' starts a comment line.
#include <string>
#include <string_view>

#include "extract/diagnostic.h"
#include "extract/rules/rules.h"
#include "extract/rules/rules_schema.h"

namespace dyad::extract {

// Whether a rule source is an entity table (its name ends in ".tsv").
bool IsEntityTable(std::string_view name);

// Parses one table; every error goes to diagnostics as file:line:column.
RuleFile ParseEntityTable(const RuleSource& source, Diagnostics* diagnostics);

// "2009-01-20..2017-01-20 government" (either date may be empty, "-" for no
// role) into *out; false with the reason in *error.
bool ParsePeriod(const std::string& text, Period* out, std::string* error);

}  // namespace dyad::extract
