#!/usr/bin/env bash
# Runs every test: unit tests of each module and the end-to-end suite (src/test), with real
# PostgreSQL (embedded binaries), an in-process S3 server and local AWS API stubs. With
# ../shared/komoran/m2 beside the project (a copy of KOMORAN's JitPack artifacts), the KOMORAN
# backend is built and tested too (profile komoran); without it those tests are skipped, and it says so.
# Also checks the scripts (ShellCheck) and, in the build, format, Error Prone, enforcer rules and
# coverage floors; on a failure it says what to run to fix it. Ends with coverage per module.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib/analyzer.sh
source scripts/lib/analyzer.sh
scripts/lib/check-scripts.sh
komoran=()
if [ -n "$(komoran_shared_repository)" ]; then
  read -r -a komoran <<< "$(komoran_maven_args)"
  echo "KOMORAN: building and testing the komoran profile with ${komoran[*]}"
else
  echo "KOMORAN: SKIPPED, its tests do not run: no ../shared/komoran/m2 beside the project (KOMORAN comes from JitPack; with it reachable, run scripts/test.sh -Pkomoran)"
fi
log="$(mktemp)"
# The log is written until the build ends, so its time cannot tell this build's reports from older ones.
started="$(mktemp)"
trap 'rm -f "$log" "$started"' EXIT
if ! mvn -B verify "${komoran[@]}" "$@" 2>&1 | tee "$log"; then
  scripts/lib/build-hints.sh "$log" >&2
  exit 1
fi
scripts/lib/coverage.sh "$started"
