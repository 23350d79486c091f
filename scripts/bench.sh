#!/usr/bin/env bash
# The end-to-end benchmark (issue 6): the job over the shared corpus from a file and from
# PostgreSQL, with the real sinks, beside the raw tokenizer on the same texts.
#   scripts/bench.sh [CORPUS] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--threads N] [--results FILE]
# Prints one table and writes bench-results.json. Skips with a message when the corpus is absent.
# JAVA_OPTS adds JVM flags (default heap: -Xmx768m, the local-mode memory target).
set -euo pipefail
# shellcheck source=lib/job-java.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/job-java.sh"
cd "$STAT_BATCH_HOME"
JAVA_OPTS="${JAVA_OPTS:--Xmx768m}" job_java com.statbatch.job.bench.EndToEndBenchmark "$@"
