# shellcheck shell=bash
# Sourced by scripts/run-local.sh and scripts/backfill.sh: runs a class of the job module on this
# machine with the classpath and JVM flags a local Spark master needs.
#   source scripts/lib/job-java.sh; job_java [JVM options] MAIN-CLASS [args]
# Builds job/ (and common/, udf/) when its jar is missing or older than any source, pom or conf file.
# Set MVN_ARGS (e.g. MVN_ARGS=-o) to pass flags to those Maven calls.

STAT_BATCH_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# The shaded jar spark-submit gets (not -tests or -sources); nothing when it is not built yet.
job_jar() {
  local jar
  for jar in "$STAT_BATCH_HOME"/job/target/stat-batch-job-*.jar; do
    case "$jar" in
      *-tests.jar|*-sources.jar) ;;
      *) [ -f "$jar" ] && echo "$jar" && return 0 ;;
    esac
  done
  return 0
}

# Builds job/ and what it depends on when the jar is missing or any input is newer than it.
job_build_if_stale() {
  local jar
  jar="$(job_jar)"
  if [ -n "$jar" ] && [ -z "$(find "$STAT_BATCH_HOME"/pom.xml "$STAT_BATCH_HOME"/common "$STAT_BATCH_HOME"/udf \
        "$STAT_BATCH_HOME"/job "$STAT_BATCH_HOME"/conf \
        \( -path '*/target' -o -path '*/src/test' \) -prune -o -type f -newer "$jar" -print -quit)" ]; then
    return 0
  fi
  echo "Building the job jar (mvn install -pl job -am; a few minutes on a fresh machine) ..." >&2
  # shellcheck disable=SC2086 # MVN_ARGS is a list of flags
  (cd "$STAT_BATCH_HOME" && mvn -B -q ${MVN_ARGS:-} -pl job -am -DskipTests install) >&2 \
    || { echo "ERROR: the Maven build failed (output above). Fix it, or run: mvn -B -pl job -am -DskipTests install" >&2
         return 1; }
}

# The job's runtime classpath beside its classes: our modules, their libraries, and Spark, Hadoop and
# embedded PostgreSQL (provided scope). Locally the job runs from job/target/classes and these jars,
# not from the shaded jar: that one expects the cluster's copies of Jackson, slf4j and Scala.
# Cached in job/target; refreshed when a pom changes.
job_classpath_file() {
  local file="$STAT_BATCH_HOME/job/target/local-classpath.txt"
  if [ ! -s "$file" ] || [ "$STAT_BATCH_HOME/pom.xml" -nt "$file" ] || [ "$STAT_BATCH_HOME/job/pom.xml" -nt "$file" ]; then
    echo "Resolving the job's classpath (cached in job/target/local-classpath.txt) ..." >&2
    # includeScope=compile means compile + provided + system: everything but test and runtime-only jars.
    # shellcheck disable=SC2086 # MVN_ARGS is a list of flags
    (cd "$STAT_BATCH_HOME" && mvn -B -q ${MVN_ARGS:-} -pl job dependency:build-classpath \
        -DincludeScope=compile -Dmdep.outputFile="$file") >&2 \
      || { echo "ERROR: could not resolve the job's dependencies (output above)." >&2; return 1; }
  fi
  echo "$file"
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
  job_build_if_stale
  classpath="$(job_classpath_file)"
  opens="$(spark_add_opens)"
  # The machine's host name may resolve to a loopback address; Spark warns unless told which to use.
  # shellcheck disable=SC2086 # $opens is one space-separated list of flags by design
  SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}" \
  java $opens -Dfile.encoding=UTF-8 ${JAVA_OPTS:-} \
    -Dlog4j2.configurationFile="$STAT_BATCH_HOME/conf/log4j2.xml,$STAT_BATCH_HOME/scripts/lib/log4j2-local.xml" \
    -cp "$STAT_BATCH_HOME/job/target/classes:$(cat "$classpath")" "$@"
}
