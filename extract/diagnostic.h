#pragma once
// Locations and messages for everything a user can get wrong.
#include <string>
#include <vector>

namespace dyad::extract {

// A place in an input file. line and column are 1-based; 0 means unknown.
struct SourceLoc {
  std::string file;
  int line = 0;
  int column = 0;

  // "file:line:column", "file:line" or "file", depending on what is known.
  std::string ToString() const;
};

enum class Severity { kError, kWarning };

struct Diagnostic {
  SourceLoc loc;
  std::string message;
  Severity severity = Severity::kError;

  // "file:line:column: message" (warnings get "warning: " before the message).
  std::string ToString() const;
};

using Diagnostics = std::vector<Diagnostic>;

bool HasErrors(const Diagnostics& diagnostics);

}  // namespace dyad::extract
