#!/usr/bin/env bash
# Master sync at scale (issue 15): N buildings (default 100,000) copied into stat_dimension, then a
# tenth renamed, a twentieth removed (marked inactive) and a twentieth added in one transaction, then
# the same sync again (idempotent), on embedded PostgreSQL. A program, not a test: prints seconds
# and counts per pass and checks the resulting tables.
#   scripts/bench-master-sync.sh [BUILDINGS]
# Set MVN_ARGS (e.g. MVN_ARGS=-o) to pass flags to the Maven calls.
set -euo pipefail
cd "$(dirname "$0")/.."
classpath="$PWD/common/target/bench-classpath.txt"
# shellcheck disable=SC2086 # MVN_ARGS is a list of flags
mvn -B -q ${MVN_ARGS:-} -pl common test-compile dependency:build-classpath \
  -DincludeScope=test -Dmdep.outputFile="$classpath" >&2
# shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
java -Dfile.encoding=UTF-8 ${JAVA_OPTS:-} \
  -Dlog4j2.configurationFile="$PWD/conf/log4j2.xml" \
  -cp "common/target/test-classes:common/target/classes:$(cat "$classpath")" \
  com.statbatch.common.master.MasterSyncBenchmark "$@"
