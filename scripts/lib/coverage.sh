#!/usr/bin/env bash
# Prints line and branch coverage per module from the JaCoCo reports `mvn verify` wrote: each
# module's own tests (MODULE/target/site/jacoco, what the module's floors check) and all tests
# together, the end-to-end suite included (src/test/target/site/jacoco-aggregate).
#   scripts/lib/coverage.sh [FILE]   only reports newer than FILE (those of the build that just ran)
set -euo pipefail
cd "$(dirname "$0")/../.."

shopt -s nullglob
reports=()
for report in */target/site/jacoco/jacoco.csv src/test/target/site/jacoco-aggregate/jacoco.csv; do
  if [ -z "${1:-}" ] || [ "$report" -nt "$1" ]; then
    reports+=("$report")
  fi
done
if [ ${#reports[@]} -eq 0 ]; then
  echo "coverage: no JaCoCo report found (run mvn verify first)"
  exit 0
fi

awk -F, '
  FNR == 1 { next }
  {
    if (FILENAME ~ /jacoco-aggregate/) {
      n = split($1, group, "/"); module = group[n]; sub(/^stat-batch-/, "", module); tests = "all"
    } else {
      module = FILENAME; sub(/\/target\/.*/, "", module); tests = "own"
    }
    if (!(module in seen)) { seen[module] = 1; order[++modules] = module }
    branch_missed[module, tests] += $6; branch_covered[module, tests] += $7
    line_missed[module, tests] += $8; line_covered[module, tests] += $9
    branch_missed["total", tests] += $6; branch_covered["total", tests] += $7
    line_missed["total", tests] += $8; line_covered["total", tests] += $9
  }
  function ratio(covered, missed) {
    return covered + missed == 0 ? "-" : sprintf("%.1f%%", 100 * covered / (covered + missed))
  }
  function row(name, module) {
    printf "%-10s %9s %9s %11s %9s\n", name,
      ratio(line_covered[module, "own"], line_missed[module, "own"]),
      ratio(branch_covered[module, "own"], branch_missed[module, "own"]),
      ratio(line_covered[module, "all"], line_missed[module, "all"]),
      ratio(branch_covered[module, "all"], branch_missed[module, "all"])
  }
  END {
    printf "%-10s %19s %21s\n", "coverage", "own tests", "all tests"
    printf "%-10s %9s %9s %11s %9s\n", "module", "lines", "branches", "lines", "branches"
    for (i = 1; i <= modules; i++) row(order[i], order[i])
    row("total", "total")
  }
' "${reports[@]}"
