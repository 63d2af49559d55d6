#pragma once
// Writing output files so that a failure never leaves a damaged file behind.
#include <functional>
#include <ostream>
#include <string>

namespace dyad::exporters {

// Writes path by calling write() on a temporary file in the same directory,
// then renaming it over path. If write() returns false, the stream fails, or
// the rename fails, the temporary file is removed, path is left as it was,
// and *error says why (naming the path). "-" writes to stdout directly.
bool WriteFileAtomically(const std::string& path, const std::function<bool(std::ostream&)>& write,
                         std::string* error);

}  // namespace dyad::exporters
