#!/usr/bin/env bash
# SDK-style entry point. ./run.sh test | check FILE... [--json]
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)

# Pick a JDK >= 21 (ACS 26.1 runs on Java 21): JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then return; fi
  local best="" bestv=0 d v
  for d in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home "${SDKMAN_DIR:-$HOME/.sdkman}"/candidates/java/*; do
    [ -x "$d/bin/javac" ] || continue
    v=$(java_major "$d"); [ -n "$v" ] || continue
    if [ "$v" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best=$d; bestv=$v; fi
  done
  if [ -z "$best" ]; then echo "run.sh: no JDK >= 21 found (set JAVA_HOME)" >&2; exit 2; fi
  export JAVA_HOME=$best
}
pick_jdk
export PATH="$JAVA_HOME/bin:$PATH"
MVN=${MVN:-mvn}
MVN_ARGS=(-B -ntp)

# The Alfresco modules need org.alfresco artifacts from Alfresco's public repository. ALFRESCO_MODULES=on|off|auto.
alfresco_profile() {
  case "${ALFRESCO_MODULES:-auto}" in
    on) echo "-Palfresco"; return;;
    off) echo ""; return;;
  esac
  if "$MVN" "${MVN_ARGS[@]}" -q -N dependency:get -Dtransitive=false \
       -Dartifact=org.alfresco:acs-community-packaging:26.1.0:pom \
       -DremoteRepositories=alfresco-public::default::https://artifacts.alfresco.com/nexus/content/groups/public \
       >/dev/null 2>&1; then
    echo "-Palfresco"
  else
    echo ""
  fi
}

cmd=${1:-help}; shift || true
case "$cmd" in
  test)
    profile=$(alfresco_profile)
    if [ -z "$profile" ]; then
      echo "NOTICE: skipping platform-module and share-module: Alfresco's artifacts (org.alfresco:acs-community-packaging:26.1.0) cannot be resolved from https://artifacts.alfresco.com (offline or blocked). Building and testing report-analysis and conformance-tests."
    fi
    "$MVN" "${MVN_ARGS[@]}" $profile verify "$@"
    ;;
  check)
    jar_cp=report-analysis/target/classpath.txt
    if [ ! -f "$jar_cp" ] || [ -n "$(find report-analysis/src -newer "$jar_cp" -print -quit)" ]; then
      "$MVN" "${MVN_ARGS[@]}" -q -pl report-analysis -DskipTests package >&2
    fi
    exec "$JAVA_HOME/bin/java" -cp "report-analysis/target/classes:$(cat "$jar_cp")" \
      io.github.zwgk.annualreport.engine.cli.CheckCommand "$@"
    ;;
  *)
    echo "usage: ./run.sh test | check FILE... [--json]" >&2; exit 2;;
esac
