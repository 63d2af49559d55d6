#!/usr/bin/env bash
# Installs the JavaScript readers of the tests (package.json, pinned by
# package-lock.json) into DEST/node_modules, a folder of the build tree.
# Nothing is installed globally; a second run with the same lock file
# installs nothing. Exit code 77 when node or npm is not installed.
set -euo pipefail
dest=${1:?usage: install_npm.sh DEST}
here=$(cd "$(dirname "$0")" && pwd)
for tool in node npm; do
  if ! command -v "$tool" > /dev/null; then
    echo "SKIPPED: $tool is not installed (scripts/deps.sh installs it)" >&2
    exit 77
  fi
done
mkdir -p "$dest"
if cmp -s "$here/package-lock.json" "$dest/installed.lock" && [ -d "$dest/node_modules" ]; then exit 0; fi
cp "$here/package.json" "$here/package-lock.json" "$dest/"
(cd "$dest" && npm install --no-save --no-audit --no-fund --ignore-scripts --loglevel=error)
cp "$here/package-lock.json" "$dest/installed.lock"
