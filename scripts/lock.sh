#!/usr/bin/env bash
# Pins requirements.txt (runtime) and requirements-dev.txt (runtime + tools) from the *.in files,
# resolving them in a throw-away virtualenv.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install --quiet --disable-pip-version-check -r requirements.in
{ echo "# Pinned by scripts/lock.sh from requirements.in: do not edit by hand."; "$tmp/venv/bin/pip" freeze --exclude-editable | LC_ALL=C sort; } > requirements.txt
"$tmp/venv/bin/pip" install --quiet --disable-pip-version-check -r requirements-dev.in
{
  echo "# Pinned by scripts/lock.sh from requirements-dev.in: do not edit by hand."
  echo "-r requirements.txt"
  LC_ALL=C comm -13 <(grep -v '^#' requirements.txt | LC_ALL=C sort) <("$tmp/venv/bin/pip" freeze --exclude-editable | LC_ALL=C sort)
} > requirements-dev.txt
echo "requirements.txt: $(grep -vc '^#' requirements.txt) pins; requirements-dev.txt: $(grep -vc '^[#-]' requirements-dev.txt) more"
