#!/usr/bin/env bash
# Nori against KOMORAN on one month of the shared corpus: runs the job on the month once with each
# analyzer (embedded PostgreSQL, local Spark master) and compares each building's top keywords.
#   scripts/compare-analyzers.sh [CORPUS] [--month YYYY-MM] [--top N] [--min-documents N] [--show N]
#                                [--komoran-model FULL|LIGHT]
# Prints the mean Jaccard index of the two top-N term sets and a few buildings side by side.
# Skips with a message when the corpus is absent. JAVA_OPTS adds JVM flags (default heap: -Xmx2g).
set -euo pipefail
# shellcheck source=lib/job-java.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/job-java.sh"
cd "$STAT_BATCH_HOME"
# Both analyzers run, so the build needs KOMORAN whatever the arguments say.
job_build_if_stale komoran
JAVA_OPTS="${JAVA_OPTS:--Xmx2g}" job_java com.statbatch.job.bench.AnalyzerComparison "$@"
