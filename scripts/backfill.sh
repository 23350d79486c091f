#!/usr/bin/env bash
# Runs the job once per month, oldest first, and stops at the first month that fails.
#   scripts/backfill.sh FROM TO [spark-submit args ...] [-- job args ...]
#   scripts/backfill.sh 2026-01 2026-06 --master yarn --deploy-mode cluster --conf spark.executor.memory=4g
#   JOB_JAR=s3://bucket/stat-batch-job.jar scripts/backfill.sh 2026-01 2026-06 --master yarn -- --config stat-batch.conf
# FROM and TO are months (YYYY-MM), both included. Each month is one
#   spark-submit --class com.statbatch.job.StatBatchJob [spark-submit args] JOB_JAR --period YYYY-MM [job args]
# spark-submit comes from PATH, else $SPARK_HOME/bin. JOB_JAR defaults to job/target/stat-batch-job-*.jar,
# built when missing or stale. Without spark-submit (a laptop) each month runs with java on a local master
# (as scripts/run-local.sh does); then only --master M and --conf K=V are understood among the extra args.
# The job finds its database as always (conf, DB_URL/DB_USER/DB_PASSWORD or db.secret-arn).
# Exit code: 0 when every month succeeded, else the failed month's exit code (2 for a usage error).
set -euo pipefail

MAIN_CLASS=com.statbatch.job.StatBatchJob
SCRIPT="$0"
ORIGINAL_ARGS=("$@")

usage() {
  sed -n '2,12s/^# \{0,1\}//p' "$SCRIPT" >&2
  exit 2
}

# YYYY-MM as a month number (year*12 + month-1), so months can be counted and compared.
month_index() {
  local value="$1"
  if [[ ! "$value" =~ ^([0-9]{4})-(0[1-9]|1[0-2])$ ]]; then
    echo "ERROR: '$value' is not a month; expected YYYY-MM, e.g. 2026-01" >&2
    exit 2
  fi
  echo $(( 10#${BASH_REMATCH[1]} * 12 + 10#${BASH_REMATCH[2]} - 1 ))
}

month_label() {
  printf '%04d-%02d' $(( $1 / 12 )) $(( $1 % 12 + 1 ))
}

[ $# -ge 2 ] || usage
case "$1" in -h|--help) usage ;; esac
first="$(month_index "$1")"
last="$(month_index "$2")"
if [ "$first" -gt "$last" ]; then
  echo "ERROR: FROM $1 is after TO $2; give the earliest month first." >&2
  exit 2
fi
shift 2
submit_args=()
job_args=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--" ]; then
    shift
    job_args=("$@")
    break
  fi
  submit_args+=("$1")
  shift
done

# The exact command that continues from a month, with the arguments quoted as given.
resume_command() {
  local rest=("${ORIGINAL_ARGS[@]:2}")
  printf '%q %s %s' "$SCRIPT" "$1" "$(month_label "$last")"
  [ ${#rest[@]} -eq 0 ] || printf ' %q' "${rest[@]}"
  echo
}

spark_submit="$(command -v spark-submit || true)"
if [ -z "$spark_submit" ] && [ -n "${SPARK_HOME:-}" ] && [ -x "$SPARK_HOME/bin/spark-submit" ]; then
  spark_submit="$SPARK_HOME/bin/spark-submit"
fi

if [ -n "$spark_submit" ]; then
  if [ -z "${JOB_JAR:-}" ]; then
    # shellcheck source=lib/job-java.sh
    source "$(dirname "$SCRIPT")/lib/job-java.sh"
    job_build_if_stale "$(requested_analyzer "${job_args[@]}")"
    JOB_JAR="$(job_jar)"
  fi
  run_month() {
    "$spark_submit" --class "$MAIN_CLASS" "${submit_args[@]}" "$JOB_JAR" --period "$1" "${job_args[@]}"
  }
  how="spark-submit ($spark_submit) with $JOB_JAR"
else
  # shellcheck source=lib/job-java.sh
  source "$(dirname "$SCRIPT")/lib/job-java.sh"
  jvm_flags=(-Dspark.master="local[*]")
  while [ ${#submit_args[@]} -gt 0 ]; do
    case "${submit_args[0]}" in
      --master) jvm_flags+=(-Dspark.master="${submit_args[1]:?--master needs a value}"); submit_args=("${submit_args[@]:2}") ;;
      --conf) jvm_flags+=(-D"${submit_args[1]:?--conf needs KEY=VALUE}"); submit_args=("${submit_args[@]:2}") ;;
      *) echo "ERROR: spark-submit is not on PATH (nor in \$SPARK_HOME/bin), so '${submit_args[0]}' cannot be passed on;" \
              "locally only --master M and --conf K=V work. Install Spark 3.5 or run on the EMR primary node." >&2
         exit 2 ;;
    esac
  done
  run_month() {
    job_java "${jvm_flags[@]}" "$MAIN_CLASS" --period "$1" "${job_args[@]}"
  }
  how="java on a local Spark master (spark-submit not found)"
fi

total=$(( last - first + 1 ))
echo "Backfill $(month_label "$first") .. $(month_label "$last"): $total month(s), one run each, via $how"
for (( m = first; m <= last; m++ )); do
  month="$(month_label "$m")"
  echo "[$(( m - first + 1 ))/$total] $month ..."
  started=$SECONDS
  if run_month "$month"; then
    echo "[$(( m - first + 1 ))/$total] $month succeeded in $(( SECONDS - started ))s"
  else
    code=$?
    echo "ERROR: $month failed (exit code $code) after $(( SECONDS - started ))s." >&2
    if [ "$m" -gt "$first" ]; then
      echo "Months $(month_label "$first") .. $(month_label $(( m - 1 ))) succeeded and are kept." >&2
    fi
    echo "Fix the cause (see the job's output above and stat_job_run), then resume with:" >&2
    echo "  $(resume_command "$month")" >&2
    exit "$code"
  fi
done
echo "OK: backfilled $total month(s), $(month_label "$first") .. $(month_label "$last")"
