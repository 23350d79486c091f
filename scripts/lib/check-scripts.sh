#!/usr/bin/env bash
# Runs ShellCheck on every shell script of the project: scripts/ and the CI entry point. From
# scripts/, where the scripts' "source=lib/…" directives point.
set -euo pipefail
cd "$(dirname "$0")/.."

mapfile -t files < <(find . -name '*.sh' | sort)
files+=(../.ci/run)
if ! shellcheck --external-sources "${files[@]}"; then
  echo "shellcheck found the problems above: fix those lines (each SCnnnn links to its explanation)," \
    "then check again with: scripts/lib/check-scripts.sh" >&2
  exit 1
fi
echo "shellcheck: ${#files[@]} scripts clean"
