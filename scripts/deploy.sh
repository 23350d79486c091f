#!/usr/bin/env bash
# Deploys stat-batch to AWS with the AWS CLI v2: builds the job and launcher jars, uploads one release
# (job jar, job configuration, log configuration, dictionaries, Lambda jar) to s3://BUCKET/PREFIX/releases/RELEASE/, then
# creates or updates the CloudFormation stack of conf/infra/stat-batch.yaml: the launcher Lambda, the
# EventBridge rule cron(0 16 L * ? *) with its invoke permission, the alert topic and its key, the
# dead-letter queue, the EMR step-failure rule, the 09:00 KST freshness check, the alarms, the HTTP API
# POST /runs and the IAM policies. A dry run lists the stack's resources.
#   scripts/deploy.sh --bucket my-artefacts --region ap-northeast-2 --cluster-id j-ABC123 \
#       --db-secret-arn arn:aws:secretsmanager:ap-northeast-2:123456789012:secret:statbatch-db-AbCdEf
#   scripts/deploy.sh ... --dry-run      prints every command, runs none (not even the build)
#   scripts/deploy.sh --help
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: scripts/deploy.sh --bucket BUCKET --cluster-id j-... --db-secret-arn ARN [--region REGION] [options]

Builds, uploads a release to s3://BUCKET/PREFIX/releases/RELEASE/ and creates or updates the stack.
Commands run from the repository root and are printed before they run, each on one line after "+ ".

Required:
  --bucket BUCKET           S3 bucket for the release artefacts
  --cluster-id ID           the running EMR cluster that receives the monthly steps (j-...)
  --db-secret-arn ARN       full ARN of the Secrets Manager secret with the database credentials
                            (RDS format: username, password, host, port, dbname)
  --region REGION           AWS region; defaults to $AWS_REGION, then $AWS_DEFAULT_REGION

Options:
  --prefix PREFIX           key prefix in BUCKET (default: stat-batch)
  --stack-name NAME         CloudFormation stack (default: stat-batch); also names the function,
                            roles, topic and queue, so at most 55 characters
  --report-prefix S3URI     where the CSV reports go (default: s3://BUCKET/PREFIX/reports)
  --job-config FILE         the job configuration to ship (default: conf/stat-batch.conf); the report
                            prefix, topic, secret and region are set on the driver by the stack
  --input-prefix S3URI      input texts on S3 when the job reads files; grants the job read access
  --job-role NAME           IAM role of the EMR instance profile to attach the job's policy to
  --spark-submit-args ARGS  extra spark-submit arguments for every step (one quoted string)
  --alert-email ADDRESS     subscribe an e-mail address to the alert topic
  --subnet-ids IDS          comma-separated private subnets, when PostgreSQL is only reachable in a VPC
  --security-group-ids IDS  comma-separated security groups for the Lambda (with --subnet-ids)
  --db-migrate true|false   whether the launcher applies the stat table migrations (default: true)
  --release ID              release name (default: UTC time and git commit, e.g. 20260501T120000Z-4219405);
                            redeploying an existing release rolls back to it
  --skip-build              upload the jars already in job/target and launcher/target
  --dry-run                 print the commands without running any of them
  --help                    this text

Every stack parameter is passed on every deploy, so the stack always matches this command line:
an option left out clears what an earlier deploy set.
EOF
}

die() {
  echo "deploy.sh: $*" >&2
  echo "Run scripts/deploy.sh --help for the options." >&2
  exit 2
}

# A word as the shell reads it back: bare when it has only harmless characters, else single-quoted.
shell_word() {
  if [[ "$1" =~ ^[A-Za-z0-9_./:=,@%+-]+$ ]]; then
    printf '%s' "$1"
  else
    printf "'%s'" "${1//\'/\'\\\'\'}"
  fi
}

# Prints a command as one copy-pasteable line, then runs it unless this is a dry run.
run() {
  local word line="+"
  for word in "$@"; do
    line="$line $(shell_word "$word")"
  done
  echo "$line"
  if [ "$dry_run" = false ]; then
    "$@"
  fi
}

# The template's resources, "LogicalId Type" per line: the two-space keys under Resources: and their Type.
template_resources() {
  awk '/^Resources:/ { inside = 1; next }
       /^[^ #]/ { inside = 0 }
       inside && /^  [A-Za-z0-9]+:$/ { id = substr($1, 1, length($1) - 1) }
       inside && /^    Type: / && id != "" { print id, $2; id = "" }' "$1"
}

# Splits s3://bucket/key/prefix into "bucket" and "key/prefix" (without the trailing slash).
split_s3_uri() {
  local option="$1" uri="$2"
  [[ "$uri" =~ ^s3://([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])/+(.*[^/])/*$ ]] \
    || die "$option '$uri' is not s3://bucket/prefix (a bucket and a non-empty key prefix)"
  s3_bucket="${BASH_REMATCH[1]}"
  s3_key_prefix="${BASH_REMATCH[2]}"
}

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bucket="" prefix="stat-batch" stack_name="stat-batch" region="${AWS_REGION:-${AWS_DEFAULT_REGION:-}}"
cluster_id="" db_secret_arn="" report_prefix="" job_config="" input_prefix="" job_role=""
spark_submit_args="" alert_email="" subnet_ids="" security_group_ids="" db_migrate="true" release=""
skip_build=false dry_run=false

while [ $# -gt 0 ]; do
  option="$1"
  case "$option" in
    --help|-h) usage; exit 0 ;;
    --skip-build) skip_build=true; shift; continue ;;
    --dry-run) dry_run=true; shift; continue ;;
    --bucket|--prefix|--stack-name|--region|--cluster-id|--db-secret-arn|--report-prefix|--job-config \
      |--input-prefix|--job-role|--spark-submit-args|--alert-email|--subnet-ids|--security-group-ids \
      |--db-migrate|--release)
      [ $# -ge 2 ] || die "$option needs a value"
      value="$2"; shift 2 ;;
    *) die "unknown option '$option'" ;;
  esac
  case "$option" in
    --bucket) bucket="$value" ;;
    --prefix) prefix="$value" ;;
    --stack-name) stack_name="$value" ;;
    --region) region="$value" ;;
    --cluster-id) cluster_id="$value" ;;
    --db-secret-arn) db_secret_arn="$value" ;;
    --report-prefix) report_prefix="$value" ;;
    --job-config) job_config="$value" ;;
    --input-prefix) input_prefix="$value" ;;
    --job-role) job_role="$value" ;;
    --spark-submit-args) spark_submit_args="$value" ;;
    --alert-email) alert_email="$value" ;;
    --subnet-ids) subnet_ids="$value" ;;
    --security-group-ids) security_group_ids="$value" ;;
    --db-migrate) db_migrate="$value" ;;
    --release) release="$value" ;;
  esac
done

# Required options first, all named at once, so one run tells everything that is missing.
missing=()
[ -n "$bucket" ] || missing+=(--bucket)
[ -n "$cluster_id" ] || missing+=(--cluster-id)
[ -n "$db_secret_arn" ] || missing+=(--db-secret-arn)
[ -n "$region" ] || missing+=("--region (or AWS_REGION)")
[ ${#missing[@]} -eq 0 ] || die "missing required option(s): ${missing[*]}"

[[ "$bucket" =~ ^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$ ]] \
  || die "--bucket '$bucket' is not an S3 bucket name (3-63 lower-case letters, digits, dots, hyphens)"
prefix="${prefix#/}" prefix="${prefix%/}"
[[ "$prefix" =~ ^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$ ]] \
  || die "--prefix '$prefix' must be a non-empty key prefix of letters, digits, . _ - separated by /"
[[ "$stack_name" =~ ^[A-Za-z][A-Za-z0-9-]{0,54}$ ]] \
  || die "--stack-name '$stack_name' must start with a letter, use letters, digits and hyphens, and be at most 55 characters"
[[ "$region" =~ ^[a-z]{2}(-[a-z]+)+-[0-9]+$ ]] || die "--region '$region' is not an AWS region (e.g. ap-northeast-2)"
[[ "$cluster_id" =~ ^j-[A-Z0-9]+$ ]] || die "--cluster-id '$cluster_id' is not an EMR cluster id (j-...)"
[[ "$db_secret_arn" =~ ^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:.+$ ]] \
  || die "--db-secret-arn '$db_secret_arn' is not a Secrets Manager secret ARN (arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME-xxxxxx)"
[[ "$db_migrate" =~ ^(true|false)$ ]] || die "--db-migrate '$db_migrate' is not a boolean; give true or false"
if [ -n "$alert_email" ] && [[ ! "$alert_email" =~ ^[^@[:space:]]+@[^@[:space:]]+$ ]]; then
  die "--alert-email '$alert_email' is not an e-mail address"
fi
# A function in a VPC needs both its subnets and its security groups.
if [ -n "$subnet_ids" ] || [ -n "$security_group_ids" ]; then
  [ -n "$security_group_ids" ] || die "--subnet-ids '$subnet_ids' needs --security-group-ids too"
  [ -n "$subnet_ids" ] || die "--security-group-ids '$security_group_ids' needs --subnet-ids too"
  [[ "$subnet_ids" =~ ^subnet-[0-9a-f]+(,subnet-[0-9a-f]+)*$ ]] \
    || die "--subnet-ids '$subnet_ids' must be comma-separated subnet ids (subnet-...)"
  [[ "$security_group_ids" =~ ^sg-[0-9a-f]+(,sg-[0-9a-f]+)*$ ]] \
    || die "--security-group-ids '$security_group_ids' must be comma-separated security group ids (sg-...)"
fi

split_s3_uri --report-prefix "${report_prefix:-s3://$bucket/$prefix/reports}"
report_bucket="$s3_bucket" report_key_prefix="$s3_key_prefix"
input_bucket="" input_key_prefix=""
if [ -n "$input_prefix" ]; then
  split_s3_uri --input-prefix "$input_prefix"
  input_bucket="$s3_bucket" input_key_prefix="$s3_key_prefix"
fi

# A user's configuration file is named relative to where they ran the script, not the repository.
if [ -n "$job_config" ]; then
  if [ ! -f "$job_config" ] || [ ! -r "$job_config" ]; then
    die "--job-config '$job_config' is not a readable file"
  fi
  job_config="$(cd "$(dirname "$job_config")" && pwd)/$(basename "$job_config")"
else
  job_config="conf/stat-batch.conf"
fi

if [ -z "$release" ]; then
  release="$(date -u +%Y%m%dT%H%M%SZ)"
  commit="$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || true)"
  [ -z "$commit" ] || release="$release-$commit"
fi
[[ "$release" =~ ^[A-Za-z0-9._-]+$ ]] || die "--release '$release' may only use letters, digits, . _ -"

cd "$repo"
if [ "$dry_run" = false ]; then
  aws_version="$(aws --version 2>&1 || true)"
  [[ "$aws_version" == aws-cli/2.* ]] || die "the AWS CLI v2 is needed; aws --version says: ${aws_version:-nothing}"
fi

version="$(sed -n '/<artifactId>stat-batch-parent<\/artifactId>/{n;s:.*<version>\(.*\)</version>.*:\1:p;q;}' pom.xml)"
[ -n "$version" ] || die "could not read the project version from $repo/pom.xml"
job_jar="job/target/stat-batch-job-$version.jar"
launcher_jar="launcher/target/stat-batch-launcher-$version-lambda.jar"
release_uri="s3://$bucket/$prefix/releases/$release"

if [ "$skip_build" = false ]; then
  run mvn -B -q -DskipTests package -pl job,launcher -am
fi
if [ "$dry_run" = false ]; then
  for jar in "$job_jar" "$launcher_jar"; do
    [ -f "$jar" ] || die "$repo/$jar is missing; build it (drop --skip-build) or run mvn -B -DskipTests package -pl job,launcher -am"
  done
fi

run aws s3 cp "$job_jar" "$release_uri/stat-batch-job.jar" --region "$region" --only-show-errors
run aws s3 cp "$job_config" "$release_uri/conf/stat-batch.conf" --region "$region" --only-show-errors
run aws s3 cp conf/log4j2.xml "$release_uri/conf/log4j2.xml" --region "$region" --only-show-errors
for dictionary in conf/nlp/*.txt; do
  run aws s3 cp "$dictionary" "$release_uri/nlp/$(basename "$dictionary")" --region "$region" --only-show-errors
done
run aws s3 cp "$launcher_jar" "$release_uri/stat-batch-launcher-lambda.jar" --region "$region" --only-show-errors

run aws cloudformation deploy --region "$region" --stack-name "$stack_name" \
  --template-file conf/infra/stat-batch.yaml --capabilities CAPABILITY_NAMED_IAM --no-fail-on-empty-changeset \
  --parameter-overrides \
  "ArtifactBucket=$bucket" "ArtifactPrefix=$prefix" "ReleaseId=$release" "ClusterId=$cluster_id" \
  "DbSecretArn=$db_secret_arn" "DbMigrate=$db_migrate" \
  "ReportBucket=$report_bucket" "ReportKeyPrefix=$report_key_prefix" \
  "InputBucket=$input_bucket" "InputKeyPrefix=$input_key_prefix" "JobInstanceRoleName=$job_role" \
  "SparkSubmitArgs=$spark_submit_args" "AlertEmail=$alert_email" \
  "SubnetIds=$subnet_ids" "SecurityGroupIds=$security_group_ids"
run aws cloudformation describe-stacks --region "$region" --stack-name "$stack_name" \
  --query 'Stacks[0].Outputs' --output table

if [ "$dry_run" = true ]; then
  echo "The stack $stack_name holds these resources (conf/infra/stat-batch.yaml):"
  template_resources conf/infra/stat-batch.yaml | while read -r id type; do
    printf '  %-34s %s\n' "$id" "$type"
  done
  echo "Dry run: nothing was built, uploaded or deployed."
else
  echo "Deployed release $release to stack $stack_name ($region)."
fi
