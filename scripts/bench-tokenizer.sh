#!/usr/bin/env bash
# Throughput of the configured Korean analyzer (nlp.analyzer) on the shared corpus: load time, docs/s and
# chars/s on 1 thread and on N threads (after a warm-up pass), keywords per document. A program, not a test.
#   scripts/bench-tokenizer.sh [CORPUS] [--threads N] [--limit DOCS] [--config FILE]
# CORPUS defaults to ../shared/corpus/nsmc-reviews.jsonl.gz beside the repository; absent, it says so and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=tokenize.sh
source scripts/tokenize.sh
udf_java com.statbatch.udf.tools.TokenizerBenchmark "$@"
