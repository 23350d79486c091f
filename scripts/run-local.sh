#!/usr/bin/env bash
# The whole stat-batch pipeline on this machine, from a fresh clone with Java 17 and Maven:
#   scripts/run-local.sh                        demo data for the previous month, reports in ./out/
#   scripts/run-local.sh --period 2026-09 --docs 5000 --buildings 30 --seed 7 --out /tmp/report
#   scripts/run-local.sh --input ../shared/corpus/nsmc-reviews.jsonl.gz --format jsonl --period 2015-08
#   scripts/run-local.sh --help                 every option
# It builds the job first when its jar is missing or stale, starts embedded PostgreSQL (or uses
# DB_URL, DB_USER, DB_PASSWORD), runs the job on Spark local[*] and ends with "OK: ..." or "ERROR: ...".
# Relative paths (--out, --input, --config) are taken from the current directory. JAVA_OPTS adds JVM flags.
set -euo pipefail
# shellcheck source=lib/job-java.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/job-java.sh"
job_java com.statbatch.job.local.LocalPipeline "$@"
