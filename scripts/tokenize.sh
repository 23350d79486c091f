#!/usr/bin/env bash
# Shows what the Korean analysis sees: reads UTF-8 lines on stdin, writes one line per input line with its
# keywords as term/POS (empty when there are none), under the nlp.* policy of conf/stat-batch.conf.
#   echo "엘리베이터가 또 고장나서 관리사무소에 연락했어요" | scripts/tokenize.sh
#   scripts/tokenize.sh --userdict none --stopwords my-stopwords.txt < texts.txt
#   scripts/tokenize.sh --help
# No Spark session: it starts in about a second. It builds udf/ first when its jar is missing or older than
# its sources, word lists or configuration. Sourced (as scripts/bench-tokenizer.sh does), it only defines
# udf_java.
set -euo pipefail

# True when the cached classpath names a jar that is gone (e.g. common/target after mvn clean).
classpath_broken() {
  local entry
  IFS=: read -r -a entries < "$1"
  for entry in "${entries[@]}"; do
    [ -e "$entry" ] || return 0
  done
  return 1
}

# Runs java [JVM options] MAIN-CLASS [args] with udf/'s jar and runtime classpath (Spark, provided scope,
# is not on it).
udf_java() {
  local repo jar classpath
  repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  jar="$(ls "$repo"/udf/target/stat-batch-udf-*.jar 2>/dev/null | grep -v -e -sources -e -tests | head -n 1 || true)"
  classpath="$repo/udf/target/runtime-classpath.txt"
  if [ -z "$jar" ] || [ ! -f "$classpath" ] || classpath_broken "$classpath" \
      || [ -n "$(find "$repo/udf/src/main" "$repo/udf/pom.xml" "$repo/conf/nlp" "$repo/conf/stat-batch.conf" \
                  "$repo/common/src/main" -newer "$jar" -print -quit)" ]; then
    echo "Building udf/ (mvn -pl udf -am package) ..." >&2
    (cd "$repo" && mvn -B -q -pl udf -am package -DskipTests \
        dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt) >&2
    jar="$(ls "$repo"/udf/target/stat-batch-udf-*.jar | grep -v -e -sources -e -tests | head -n 1)"
  fi
  java -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -cp "$jar:$(cat "$classpath")" "$@"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  # Short runs: the quick-starting compiler and collector beat the peak-throughput ones.
  udf_java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC com.statbatch.udf.tools.TokenizeCommand "$@"
fi
