#pragma once
// Writing output files so that a failure never leaves a damaged file behind.
#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace dyad::exporters {

// Writes path by calling write() on a private temporary file in the same
// directory (see temp_file.h), fsyncing it, renaming it over path and
// fsyncing the directory. If write() returns false, the stream fails, or
// the rename fails, the temporary file is removed, path is left as it was,
// and *error says why (naming the path). "-" writes to stdout directly.
bool WriteFileAtomically(const std::string& path, const std::function<bool(std::ostream&)>& write,
                         std::string* error);

// One file of a set written together.
struct FileWrite {
  std::string path;
  std::function<bool(std::ostream&)> write;
};

// Writes every file of the set to its temporary file first and renames them
// into place only once all are written, in the order given, so that a failed write
// (a full disk, an error) leaves every path as it was: never a new nodes
// CSV beside an old edges CSV. On failure *error names the path, as above.
bool WriteFilesAtomically(const std::vector<FileWrite>& files, std::string* error);

}  // namespace dyad::exporters
