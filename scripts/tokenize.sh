#!/usr/bin/env bash
# Shows what the Korean analysis sees: reads UTF-8 lines on stdin, writes one line per input line with its
# keywords as term/POS (empty when there are none), under the nlp.* policy of conf/stat-batch.conf.
#   echo "엘리베이터가 또 고장나서 관리사무소에 연락했어요" | scripts/tokenize.sh
#   scripts/tokenize.sh --userdict none --stopwords my-stopwords.txt < texts.txt
#   scripts/tokenize.sh --help
#   scripts/tokenize.sh --analyzer komoran --komoran-model LIGHT < texts.txt
# No Spark session: it starts in about a second. It builds udf/ first when its jar is missing or older than
# its sources, word lists or configuration, or was built without KOMORAN when that is asked for. Sourced (as scripts/bench-tokenizer.sh does), it only defines
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

# udf/'s jar (not -tests or -sources) in the repository $1; nothing when it is not built yet.
udf_jar() {
  local jar
  for jar in "$1"/udf/target/stat-batch-udf-*.jar; do
    case "$jar" in
      *-tests.jar|*-sources.jar) ;;
      *) [ -f "$jar" ] && echo "$jar" && return 0 ;;
    esac
  done
  return 0
}

# Runs java [JVM options] MAIN-CLASS [args] with udf/'s jar and runtime classpath (Spark, provided scope,
# is not on it), built with KOMORAN when the arguments ask for it (see lib/analyzer.sh).
udf_java() {
  local repo jar classpath analyzer profile=""
  repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  # shellcheck source=lib/analyzer.sh
  source "$repo/scripts/lib/analyzer.sh"
  analyzer="$(requested_analyzer "$@")"
  jar="$(udf_jar "$repo")"
  classpath="$repo/udf/target/runtime-classpath.txt"
  if [ -z "$jar" ] || [ ! -f "$classpath" ] || classpath_broken "$classpath" \
      || { [ "$analyzer" = komoran ] && ! jar_has_entry "$jar" "$KOMORAN_BACKEND_ENTRY"; } \
      || [ -n "$(find "$repo/udf/src" "$repo/udf/pom.xml" "$repo/pom.xml" "$repo/conf/nlp" "$repo/conf/stat-batch.conf" \
                  "$repo/common/src/main" \( -path '*/src/test' -o -path '*/src/komoran-test' \) -prune \
                  -o -newer "$jar" -print -quit)" ]; then
    # A build with KOMORAN stays one, so that nori and komoran runs side by side do not undo each other.
    if [ "$analyzer" = komoran ] || jar_has_entry "$jar" "$KOMORAN_BACKEND_ENTRY"; then
      profile="$(komoran_maven_args)"
    fi
    echo "Building udf/${profile:+ with KOMORAN} (mvn ${profile:+$profile }-pl udf -am package) ..." >&2
    # shellcheck disable=SC2086 # the profile is a list of flags
    (cd "$repo" && mvn -B -q ${MVN_ARGS:-} $profile -pl udf -am package -DskipTests \
        dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt) >&2
    jar="$(udf_jar "$repo")"
  fi
  java -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -cp "$jar:$(cat "$classpath")" "$@"
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  # Short runs: the quick-starting compiler and collector beat the peak-throughput ones.
  udf_java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC com.statbatch.udf.tools.TokenizeCommand "$@"
fi
