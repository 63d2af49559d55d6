#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages dyad needs to build and test. As root it
# runs apt-get; otherwise it prints the one command to run and fails.
set -euo pipefail

# The test suite reads the exports with the programs users open them with:
# xmllint, NetworkX, igraph and pandas from Debian; graphology and
# Cytoscape.js from npm (tests/readers/install_npm.sh, into the build tree).
packages=(g++ cmake make pkg-config libboost-dev rapidjson-dev libre2-dev libyaml-cpp-dev catch2
          libxml2-utils python3-networkx python3-igraph python3-pandas)
# node and npm from Debian unless some other install already provides them.
command -v node > /dev/null || packages+=(nodejs)
command -v npm > /dev/null || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "dyad needs these packages: ${missing[*]}" >&2
  echo "Run as root:  apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
