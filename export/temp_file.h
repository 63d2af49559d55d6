#pragma once
// Private temporary files beside an output, removed if SIGINT or SIGTERM
// stops the process before they are renamed into place.
#include <functional>
#include <string>

namespace dyad::exporters {

// Twelve random letters and digits for a temporary file's name.
std::string RandomTempSuffix();

// Creates ".<name of target>.tmp.<suffix>" in target's folder with
// O_CREAT|O_EXCL|O_NOFOLLOW, so that no file or symlink planted there is ever
// opened or followed: on EEXIST another suffix is tried (up to 100 times).
// Returns the open descriptor and sets *temp_path, registered for removal on
// a signal; or returns -1 with *reason set to the system's reason.
int CreateTempFile(const std::string& target, std::string* temp_path, std::string* reason,
                   const std::function<std::string()>& suffix = RandomTempSuffix);

// Forgets a temporary file that was renamed into place or removed.
void ForgetTempFile(const std::string& temp_path);

// Installs SIGINT and SIGTERM handlers that unlink every registered
// temporary file, then die of the signal with its default action (so the
// exit status still says which signal it was).
void RemoveTempFilesOnSignals();

}  // namespace dyad::exporters
