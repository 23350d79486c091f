# shellcheck shell=bash
# Sourced by scripts/run-local.sh, scripts/bench.sh and scripts/backfill.sh: runs a class of the job or
# of the local module (the local runner and the benchmark, never shipped to EMR) on this machine with
# the classpath and JVM flags a local Spark master needs.
#   source scripts/lib/job-java.sh; job_java [JVM options] MAIN-CLASS [args]
# Builds local/ (and job/, common/, udf/) when a jar is missing or older than any source, pom or conf file,
# or was built without KOMORAN when the arguments ask for it (--analyzer komoran, nlp.analyzer; see
# analyzer.sh). Set MVN_ARGS (e.g. MVN_ARGS=-o) to pass flags to those Maven calls.

STAT_BATCH_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=lib/analyzer.sh
source "$STAT_BATCH_HOME/scripts/lib/analyzer.sh"

# A module's main jar (not -tests or -sources): module_jar job → job/target/stat-batch-job-*.jar;
# nothing when it is not built yet.
module_jar() {
  local jar
  for jar in "$STAT_BATCH_HOME/$1/target/stat-batch-$1-"*.jar; do
    case "$jar" in
      *-tests.jar|*-sources.jar) ;;
      *) [ -f "$jar" ] && echo "$jar" && return 0 ;;
    esac
  done
  return 0
}

# The shaded jar spark-submit gets.
job_jar() {
  module_jar job
}

# The local module's jar: the local runner and the benchmark.
local_jar() {
  module_jar local
}

# The classpath file the last build wrote: our modules' jars in their target/ folders, their libraries,
# and Spark, Hadoop and embedded PostgreSQL. Locally the job runs from these, not from
# the shaded jar alone: that one expects the cluster's copies of Jackson, slf4j and Scala.
LOCAL_CLASSPATH_FILE="$STAT_BATCH_HOME/local/target/local-classpath.txt"

# True when the cached classpath names a jar or folder that is gone (e.g. after mvn clean).
classpath_broken() {
  local entry entries
  IFS=: read -r -a entries < "$1"
  for entry in "${entries[@]}"; do
    [ -e "$entry" ] || return 0
  done
  return 1
}

# True when the last build has KOMORAN: in the job jar (for spark-submit) and on the classpath.
job_built_with_komoran() {
  jar_has_entry "$(job_jar)" "$KOMORAN_LIBRARY_ENTRY" && [ -f "$LOCAL_CLASSPATH_FILE" ] \
    && grep -q '/KOMORAN-[^/:]*\.jar' "$LOCAL_CLASSPATH_FILE"
}

# Builds local/ and what it depends on for ANALYZER (nori or komoran), and writes the classpath, when a
# jar or the classpath is missing, any input is newer than the job's jar, or KOMORAN is asked for and
# the last build was without it. Builds with KOMORAN when it is asked for or the last build had it.
job_build_if_stale() {
  local analyzer="${1:-nori}" jar profile=""
  jar="$(job_jar)"
  if [ -n "$jar" ] && [ -n "$(local_jar)" ] && [ -s "$LOCAL_CLASSPATH_FILE" ] && ! classpath_broken "$LOCAL_CLASSPATH_FILE" \
      && { [ "$analyzer" != komoran ] || job_built_with_komoran; } \
      && [ -z "$(find "$STAT_BATCH_HOME"/pom.xml "$STAT_BATCH_HOME"/common "$STAT_BATCH_HOME"/udf \
        "$STAT_BATCH_HOME"/job "$STAT_BATCH_HOME"/local "$STAT_BATCH_HOME"/conf \
        \( -path '*/target' -o -path '*/src/test' \) -prune -o -type f -newer "$LOCAL_CLASSPATH_FILE" -print -quit)" ]; then
    return 0
  fi
  # A build with KOMORAN stays one: a later nori run must not take it from a komoran run beside it.
  if [ "$analyzer" = komoran ] || { [ -n "$jar" ] && job_built_with_komoran; }; then
    profile="$(komoran_maven_args)"
  fi
  echo "Building the job${profile:+ with KOMORAN} (mvn ${profile:+$profile }package -pl local -am; a few minutes on a fresh machine) ..." >&2
  # One reactor build, so the classpath names this build's jars, never stale copies in ~/.m2. The local
  # module declares Spark, Hadoop and embedded PostgreSQL at compile scope, so runtime scope has them all.
  # shellcheck disable=SC2086 # MVN_ARGS and the profile are lists of flags
  (cd "$STAT_BATCH_HOME" && mvn -B -q ${MVN_ARGS:-} $profile -pl local -am -DskipTests package \
      dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$LOCAL_CLASSPATH_FILE") >&2 \
    || { echo "ERROR: the Maven build failed (output above). Fix it, or run: mvn -B ${profile:+$profile }-pl local -am -DskipTests package" >&2
         return 1; }
}

# The --add-opens flags Spark needs on Java 17, read from the one place they are kept: the parent
# pom's spark.add-opens property (surefire uses the same).
spark_add_opens() {
  local opens
  opens="$(sed -n 's:.*<spark.add-opens>\(.*\)</spark.add-opens>.*:\1:p' "$STAT_BATCH_HOME/pom.xml")"
  if [ -z "$opens" ]; then
    echo "ERROR: no <spark.add-opens> property in $STAT_BATCH_HOME/pom.xml; Spark cannot run on Java 17 without it." >&2
    return 1
  fi
  echo "$opens"
}

job_java() {
  local classpath opens
  job_build_if_stale "$(requested_analyzer "$@")"
  classpath="$LOCAL_CLASSPATH_FILE"
  opens="$(spark_add_opens)"
  # The machine's host name may resolve to a loopback address; Spark warns unless told which to use.
  # shellcheck disable=SC2086 # $opens is one space-separated list of flags by design
  SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}" \
  java $opens -Dfile.encoding=UTF-8 ${JAVA_OPTS:-} \
    -Dlog4j2.configurationFile="$STAT_BATCH_HOME/conf/log4j2.xml,$STAT_BATCH_HOME/scripts/lib/log4j2-local.xml" \
    -cp "$(local_jar):$(cat "$classpath")" "$@"
}
