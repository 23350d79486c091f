#!/usr/bin/env bash
# After a failed `mvn verify`: reads its output (the file given) and says, for each check that
# failed, what to run or change to fix it.
set -euo pipefail
log="$1"
found=0

# explain PATTERN CHECK FIX-LINE...: the fix for CHECK when the output matches PATTERN (grep -E).
explain() {
  local pattern="$1" check="$2" line
  shift 2
  grep -qE -- "$pattern" "$log" || return 0
  found=1
  for line in "$@"; do
    printf '  %-20s %s\n' "$check" "$line"
    check=""
  done
}

echo
echo "scripts/test.sh: the build failed. To fix it:"
explain 'format violations' "format" \
  "mvn -q spotless:apply   (then commit the reformatted files)"
explain '^\[ERROR\] .*\.java:\[[0-9]+,[0-9]+\] \[[A-Za-z]+\]' "Error Prone" \
  "change the lines it names as its 'Did you mean' says (https://errorprone.info/bugpatterns);" \
  "mvn -q -pl MODULE -am compile checks again"
explain 'Dependency convergence error' "dependency versions" \
  "pin the library in the parent pom's dependencyManagement, chosen as README 'Dependencies'" \
  "says; mvn -pl MODULE dependency:tree -Dverbose -Dincludes=GROUP:ARTIFACT shows who asks for which"
explain 'BanDuplicateClasses failed' "duplicate classes" \
  "exclude one of the two artifacts it names in the module's pom (README 'Dependencies');" \
  "mvn -pl MODULE dependency:tree shows who brings each"
explain 'Coverage checks have not been met' "coverage floor" \
  "test the lines MODULE/target/site/jacoco/index.html shows red; when code was only removed," \
  "lower coverage.line.minimum / coverage.branch.minimum in MODULE/pom.xml"
explain 'There (are|was) test failures|Tests run:.*(Failures: [1-9]|Errors: [1-9])' "tests" \
  "MODULE/target/surefire-reports names the failing tests; rerun one with" \
  "mvn -pl MODULE -am verify -Dtest=TestClass -Dsurefire.failIfNoSpecifiedTests=false"
if [ "$found" -eq 0 ]; then
  echo "  the first [ERROR] above says which step failed"
fi
