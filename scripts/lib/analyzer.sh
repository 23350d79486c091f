# shellcheck shell=bash
# Sourced by the scripts that build and run an analyzer: which analyzer a command line asks for, and
# the Maven flags that build it. KOMORAN is compiled only under the Maven profile "komoran"; its
# library comes from JitPack, or from ../shared/komoran/m2 (same coordinates) when that is beside
# the project, as on the build machines, which cannot reach JitPack.

ANALYZER_PROJECT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# The shared copy of KOMORAN's Maven repository, when it is there; nothing otherwise.
komoran_shared_repository() {
  local dir="$ANALYZER_PROJECT_ROOT/../shared/komoran/m2"
  [ -d "$dir" ] && (cd "$dir" && pwd)
  return 0
}

# The Maven flags that build and test KOMORAN: the profile, and the shared repository when present.
komoran_maven_args() {
  local shared
  shared="$(komoran_shared_repository)"
  echo "-Pkomoran${shared:+ -Dkomoran.repository=file://$shared}"
}

# nori or komoran: what "$@" (a script's arguments) and NLP_ANALYZER ask for, in the order the
# configuration layers apply: a --config file, then the environment, then --set nlp.analyzer=... and
# --analyzer. The file is read for an nlp.analyzer or nlp { analyzer ... } line, not parsed as HOCON.
requested_analyzer() {
  local analyzer=nori from_file="" from_flags="" arg previous=""
  for arg in "$@"; do
    case "$previous" in
      --config) from_file="$(analyzer_in_file "$arg")" ;;
      --set) case "$arg" in nlp.analyzer=*) from_flags="${arg#nlp.analyzer=}" ;; esac ;;
      --analyzer) from_flags="$arg" ;;
    esac
    case "$arg" in
      --config=*) from_file="$(analyzer_in_file "${arg#--config=}")" ;;
      --set=nlp.analyzer=*) from_flags="${arg#--set=nlp.analyzer=}" ;;
      --analyzer=*) from_flags="${arg#--analyzer=}" ;;
    esac
    previous="$arg"
  done
  for value in "$from_file" "${NLP_ANALYZER:-}" "$from_flags"; do
    [ -n "$value" ] && analyzer="$value"
  done
  echo "$analyzer" | tr '[:upper:]' '[:lower:]'
}

analyzer_in_file() {
  [ -f "$1" ] || return 0
  sed -n -E 's/^[[:space:]]*(nlp\.)?analyzer[[:space:]]*[=:][[:space:]]*"?([A-Za-z]+)"?.*$/\2/p' "$1" | tail -n 1
}

# True when the jar has the entry. Zip archives store entry names uncompressed, so no unzip is needed.
jar_has_entry() {
  [ -f "$1" ] && grep -q -a -F "$2" "$1"
}

# The class every KOMORAN build of udf/ carries, and the one a job jar gets from the library.
# shellcheck disable=SC2034 # used by the scripts that source this file
KOMORAN_BACKEND_ENTRY=com/statbatch/udf/komoran/KomoranTokenizerFactory.class
# shellcheck disable=SC2034 # used by the scripts that source this file
KOMORAN_LIBRARY_ENTRY=kr/co/shineware/nlp/komoran/core/Komoran.class
