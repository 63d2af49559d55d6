#include "extract/diagnostic.h"

#include <algorithm>

namespace dyad::extract {

std::string SourceLoc::ToString() const {
  std::string out = file;
  if (line > 0) {
    out += ":" + std::to_string(line);
    if (column > 0) out += ":" + std::to_string(column);
  }
  return out;
}

std::string Diagnostic::ToString() const {
  std::string out = loc.ToString();
  if (!out.empty()) out += ": ";
  if (severity == Severity::kWarning) out += "warning: ";
  return out + message;
}

bool HasErrors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) {
    return d.severity == Severity::kError;
  });
}

}  // namespace dyad::extract
