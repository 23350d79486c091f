#!/usr/bin/env bash
# Runs every test: unit tests of each module and the end-to-end suite (src/test), with real
# PostgreSQL (embedded binaries), an in-process S3 server and local AWS API stubs.
set -euo pipefail
cd "$(dirname "$0")/.."
exec mvn -B verify "$@"
