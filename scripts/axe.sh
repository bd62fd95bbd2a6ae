#!/usr/bin/env bash
# Fetches axe-core (the accessibility engine) from the npm registry into the cache, once,
# and prints AXE_PATH=<path to axe.min.js>.
set -euo pipefail
version=${AXE_VERSION:-4.14.1}
cache=${PORTAL_CACHE:-$HOME/.cache/portal}/npm/axe-core-$version
if [ ! -s "$cache/package/axe.min.js" ]; then
  command -v npm >/dev/null 2>&1 || { echo "npm is needed to fetch axe-core" >&2; exit 1; }
  mkdir -p "$cache"
  tarball=$(cd "$cache" && npm pack --silent "axe-core@$version")
  tar -xzf "$cache/$tarball" -C "$cache"
fi
echo "AXE_PATH=$cache/package/axe.min.js"
