#!/usr/bin/env bash
# SDK-style entry point (Alfresco SDK 4.15 all-in-one verbs, plus the offline checker and the benchmark).
#   ./run.sh test | check FILE|FOLDER... [--json|--csv] | dist | bench [ARGS...]
#   ./run.sh build_start | start | stop | purge | tail [SERVICE...] | reload_acs | reload_share | build_test
# docs/OPERATIONS.md explains each verb and the docker stack.
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
alfresco_reachable() {
  "$MVN" "${MVN_ARGS[@]}" -q -N dependency:get -Dtransitive=false \
       -Dartifact=org.alfresco:acs-community-packaging:26.1.0:pom \
       -DremoteRepositories=alfresco-public::default::https://artifacts.alfresco.com/nexus/content/groups/public \
       >/dev/null 2>&1
}
alfresco_profile() {
  case "${ALFRESCO_MODULES:-auto}" in
    on) echo "-Palfresco"; return;;
    off) echo ""; return;;
  esac
  if alfresco_reachable; then echo "-Palfresco"; else echo ""; fi
}

# ---- docker stack (docker/docker-compose.yml) ------------------------------------------------------------------
# The root pom's version: the AMPs' file names carry it; docker-compose.yml passes it to the Dockerfiles (AR_VERSION).
VERSION=$(sed -n 's:^    <version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)
export AR_VERSION=$VERSION
PLATFORM_AMP=platform-module/target/annual-report-platform-$VERSION.amp
SHARE_AMP=share-module/target/annual-report-share-$VERSION.amp
# docker/.env: the stack's settings and secrets (not committed); docker compose reads it from the compose file's folder.
ENV_FILE=$ROOT/docker/.env
# The offline checker's distribution (checker-dist): the zip, and the same unpacked under target
DIST_ZIP=checker-dist/target/annual-report-checker-$VERSION.zip
DIST_DIR=checker-dist/target/annual-report-checker-$VERSION

compose() {
  if [ -f "$ENV_FILE" ]; then docker compose -f "$ROOT/docker/docker-compose.yml" "$@"; return; fi
  # No docker/.env yet (stop, purge or tail before the first start): Compose still insists on every required
  # variable, so hand it unusable placeholders; "up" never gets here (stack_up creates docker/.env first).
  local placeholders; placeholders=$(mktemp)
  sed 's/^\([A-Z][A-Z0-9_]*\)=$/\1=not-set/' "$ROOT/docker/.env.example" > "$placeholders"
  docker compose --env-file "$placeholders" -f "$ROOT/docker/docker-compose.yml" "$@" || { rm -f "$placeholders"; return 1; }
  rm -f "$placeholders"
}
# env_value NAME: NAME's value in docker/.env (empty if it is not there)
env_value() { [ -f "$ENV_FILE" ] && sed -n "s/^$1=//p" "$ENV_FILE" | tail -n 1 || true; }
# Creates docker/.env with random secrets on the first start (scripts/init-env.sh). A stack whose volumes were made
# with other secrets (e.g. before docker/.env existed) cannot take new ones: say so instead of a broken start.
ensure_env() {
  if [ -f "$ENV_FILE" ]; then return; fi
  if docker volume inspect annual-report_pg-data >/dev/null 2>&1; then
    cat >&2 <<'EOF2'
run.sh: docker/.env is missing, but the stack's volumes exist: they were created with other secrets (database
password, metadata keystore), which a new docker/.env with random secrets would not open.
Either delete the stack's data and start afresh:   ./run.sh purge && ./run.sh start
or write docker/.env by hand with the values the volumes were created with (docker/.env.example, docs/OPERATIONS.md).
EOF2
    exit 2
  fi
  "$ROOT/scripts/init-env.sh" "$ENV_FILE"
}
# The addresses the smoke checks and the sample data use: the proxy's public address unless ALFRESCO_URL/SHARE_URL say otherwise.
stack_urls() {
  local public; public=$(env_value PUBLIC_URL)
  public=${public:-http://localhost:8080}
  ALFRESCO_URL=${ALFRESCO_URL:-$public/alfresco}
  SHARE_URL=${SHARE_URL:-$public/share}
  ALFRESCO_ADMIN=${ALFRESCO_ADMIN:-admin:$(env_value ALFRESCO_ADMIN_PASSWORD)}
  export ALFRESCO_URL SHARE_URL ALFRESCO_ADMIN
}
need_docker() {
  command -v docker >/dev/null 2>&1 || { echo "run.sh: docker is not installed (https://docs.docker.com/get-docker/)" >&2; exit 2; }
  docker compose version >/dev/null 2>&1 || { echo "run.sh: Docker Compose v2 ('docker compose') is required" >&2; exit 2; }
  docker info >/dev/null 2>&1 || { echo "run.sh: the Docker daemon is not running or not reachable by $(id -un)" >&2; exit 2; }
}
# The AMPs need Alfresco's artifacts: say so plainly instead of a page of Maven resolution errors.
need_alfresco_repository() {
  if [ "${ALFRESCO_MODULES:-auto}" != on ] && ! alfresco_reachable; then
    cat >&2 <<'EOF'
run.sh: cannot build the Alfresco modules: Alfresco's Maven repository
  https://artifacts.alfresco.com/nexus/content/groups/public
does not answer (offline, proxy or firewall), and org.alfresco:acs-community-packaging:26.1.0 is not in ~/.m2.
platform-module and share-module compile against Alfresco's own artifacts, which are published only there.
Check the network (or configure a Maven mirror/proxy in ~/.m2/settings.xml) and retry;
ALFRESCO_MODULES=on skips this check. The engine alone builds offline: ./run.sh test, ./run.sh check FILE.
EOF
    exit 3
  fi
}
build_modules() { # build_modules "AMP..." MAVEN_ARGS... : builds with -Palfresco, then checks the AMPs are there
  local amps=$1 f; shift
  need_alfresco_repository
  "$MVN" "${MVN_ARGS[@]}" -Palfresco "$@"
  for f in $amps; do
    [ -f "$f" ] || { echo "run.sh: the build did not produce $f (docker/*/Dockerfile copies it)" >&2; exit 1; }
  done
}
stack_up() { # stack_up [SERVICE...]: build images, start, wait until the health checks pass
  ensure_env
  stack_urls
  echo "Starting the stack (first start: pulls about 5 GB of images and bootstraps the repository, 5-10 minutes)..."
  if ! compose up -d --build --wait "$@"; then
    compose ps >&2 || true
    echo "run.sh: the stack did not become healthy; last repository log lines:" >&2
    compose logs --tail=80 alfresco >&2 || true
    exit 1
  fi
  compose ps
  cat <<EOF

  Share       $SHARE_URL          (user admin, password: ALFRESCO_ADMIN_PASSWORD in docker/.env)
  Repository  $ALFRESCO_URL
  REST API    $ALFRESCO_URL/api/-default-/public/alfresco/versions/1
  Logs        ./run.sh tail [proxy|alfresco|share|solr6|...]
  Sample data scripts/load-sample-data.sh
  Before anyone else uses it: docs/OPERATIONS.md, "Production checklist"
EOF
}
stack_down() { if command -v docker >/dev/null 2>&1; then compose down "$@"; fi; }
# Checks that the running stack does what a user needs: both modules live, sample reports validated, web script up.
smoke() {
  local code
  stack_urls
  echo "Smoke checks:"
  compose exec -T share sh -c 'java -jar /usr/local/tomcat/alfresco-mmt/alfresco-mmt*.jar list /usr/local/tomcat/webapps/share' \
    | grep -q annual-report-share || { echo "FAILED: annual-report-share is not installed in Share" >&2; return 1; }
  echo "  Share module annual-report-share installed"
  code=$(curl -s -o /dev/null -w '%{http_code}' "$SHARE_URL/page")
  case "$code" in 200|302) echo "  Share answers ($code)";; *) echo "FAILED: $SHARE_URL/page answered $code" >&2; return 1;; esac
  "$ROOT/scripts/load-sample-data.sh" --check
  code=$(curl -s -o /dev/null -w '%{http_code}' -u "$ALFRESCO_ADMIN" "$ALFRESCO_URL/service/annual-report/statistics?format=json")
  [ "$code" = 200 ] || { echo "FAILED: GET /alfresco/service/annual-report/statistics answered $code" >&2; return 1; }
  echo "  web script /alfresco/service/annual-report/statistics answers 200"
  # The proxy must refuse the Solr API even with the right shared secret (docker/proxy/http.conf).
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Alfresco-Search-Secret: $(env_value SOLR_SHARED_SECRET)" \
         "$ALFRESCO_URL/service/api/solr/textContent?nodeId=1")
  [ "$code" = 403 ] || { echo "FAILED: the proxy let GET /alfresco/service/api/solr/textContent through ($code)" >&2; return 1; }
  echo "  the proxy refuses /alfresco/service/api/solr (403)"
  echo "Smoke checks passed."
}

usage() {
  cat >&2 <<'EOF'
usage: ./run.sh VERB
  test                 build and run every test that needs no Alfresco server (Alfresco modules too when reachable)
  check FILE|FOLDER... [--json | --csv [--bom]] [--previous FILE] [--lang zh|en]
                       check reports offline (the distribution's launcher; builds it when sources changed)
  dist                 build the offline checker's zip into dist/ (engine, libraries, launchers, README-zh.txt)
  bench [ARGS...]      run the engine benchmark (report-analysis, profile bench) when it is built
  api_check            type-check platform-module (main + test) against Alfresco's real sources (git mirrors,
                       see ../shared/tools/alfresco-api-check) with the engine, JUnit and Mockito on the classpath
  build_start          build the modules (-Palfresco), then build and start the docker stack
                       (the first start writes docker/.env with random secrets: scripts/init-env.sh)
  start                start the stack (builds the modules first if their AMPs are missing)
  stop                 stop the stack (data is kept)
  purge                stop the stack and delete its volumes (repository, database, index)
  tail [SERVICE...]    follow the stack's logs
  reload_acs           rebuild the platform module and restart the repository container
  reload_share         rebuild the Share module and restart the Share container
  build_test           build with tests, start, load the sample data, run the smoke checks, stop
                       (AR_KEEP_STACK=1 keeps the stack running)
EOF
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
    # The distribution's own launcher (checker-dist), unpacked in checker-dist/target: the same quiet logging and
    # start-up options as the zip a clerk runs. Rebuilt only when a source of the engine or of the distribution changed.
    launcher=$DIST_DIR/bin/annual-report-check
    if [ ! -x "$launcher" ] || [ -n "$(find report-analysis/src report-analysis/pom.xml checker-dist/src checker-dist/pom.xml pom.xml -newer "$launcher" -print -quit)" ]; then
      "$MVN" "${MVN_ARGS[@]}" -q -pl checker-dist -am -DskipTests package >&2
    fi
    exec "$launcher" "$@"
    ;;
  dist)
    "$MVN" "${MVN_ARGS[@]}" -pl checker-dist -am -DskipTests package "$@"
    mkdir -p dist
    cp "$DIST_ZIP" dist/
    echo "dist/$(basename "$DIST_ZIP") ($(du -h "dist/$(basename "$DIST_ZIP")" | cut -f1)): unzip anywhere, run bin/annual-report-check (Linux/macOS) or bin\annual-report-check.bat (Windows) with a Java 21 runtime"
    ;;
  bench)
    bench_src=$(find report-analysis/src -path '*/engine/bench/Benchmark.java' -print -quit 2>/dev/null || true)
    if [ -z "$bench_src" ]; then
      echo "run.sh: the benchmark is not built: report-analysis has no io.github.zwgk.annualreport.engine.bench.Benchmark" >&2
      exit 2
    fi
    bench_profile=()
    grep -q '<id>bench</id>' report-analysis/pom.xml pom.xml 2>/dev/null && bench_profile=(-Pbench)
    "$MVN" "${MVN_ARGS[@]}" -q -pl report-analysis "${bench_profile[@]}" -DskipTests package >&2
    exec "$JAVA_HOME/bin/java" -cp "report-analysis/target/classes:report-analysis/target/test-classes:$(cat report-analysis/target/classpath.txt)" \
      io.github.zwgk.annualreport.engine.bench.Benchmark "$@"
    ;;
  api_check)
    # The checker resolves Alfresco and its libraries itself; the module's own Maven Central dependencies (the
    # engine and what the unit tests use) must be handed to it, or every JUnit/Mockito import is an error.
    tool=${ALFRESCO_API_CHECK:-$ROOT/../shared/tools/alfresco-api-check/alfresco-api-check}
    mirrors=${ALFRESCO_MIRRORS:-}
    if [ -z "$mirrors" ]; then
      repo=$(find / -maxdepth 4 -type d -name 'Alfresco+alfresco-community-repo' -not -path '/proc/*' 2>/dev/null | head -n 1 || true)
      [ -n "$repo" ] && mirrors=$(dirname "$repo")
    fi
    if [ ! -x "$tool" ] || [ -z "$mirrors" ]; then
      echo "run.sh: api_check needs the alfresco-api-check tool (ALFRESCO_API_CHECK) and the git mirrors of Alfresco's sources (ALFRESCO_MIRRORS)" >&2
      exit 2
    fi
    "$MVN" "${MVN_ARGS[@]}" -q -pl report-analysis -DskipTests package >&2
    prop() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" pom.xml | head -n 1; }
    m2=$("$MVN" "${MVN_ARGS[@]}" -q -Dstyle.color=never help:evaluate -Dexpression=settings.localRepository -DforceStdout 2>/dev/null \
         | sed 's/\x1b\[[0-9;]*m//g' || true)
    [ -d "$m2" ] || m2=$HOME/.m2/repository
    cp="$ROOT/report-analysis/target/classes:$(cat report-analysis/target/classpath.txt)"
    junit=$(prop junit.version); mockito=$(prop mockito.version); assertj=$(prop assertj.version)
    for gav in org.junit.jupiter:junit-jupiter-api:$junit org.junit.jupiter:junit-jupiter-params:$junit \
               org.mockito:mockito-core:$mockito org.mockito:mockito-junit-jupiter:$mockito \
               org.assertj:assertj-core:$assertj org.apiguardian:apiguardian-api:1.1.2 org.opentest4j:opentest4j:1.3.0; do
      IFS=: read -r g a v <<<"$gav"
      jar="$m2/${g//.//}/$a/$v/$a-$v.jar"
      [ -f "$jar" ] || "$MVN" "${MVN_ARGS[@]}" -q dependency:get -Dtransitive=false -Dartifact="$gav" >&2
      cp+=":$jar"
    done
    exec "$tool" --repo-mirror "$mirrors/Alfresco+alfresco-community-repo/repo" \
      --surf-mirror "$mirrors/Alfresco+surf-webscripts/repo" --classpath-extra "$cp" \
      platform-module/src/main/java platform-module/src/test/java "$@"
    ;;
  build_start)
    need_docker
    stack_down
    build_modules "$PLATFORM_AMP $SHARE_AMP" -DskipTests package
    stack_up
    ;;
  start)
    need_docker
    if [ ! -f "$PLATFORM_AMP" ] || [ ! -f "$SHARE_AMP" ]; then
      echo "The Alfresco modules are not built yet: building them first (as ./run.sh build_start)."
      build_modules "$PLATFORM_AMP $SHARE_AMP" -DskipTests package
    fi
    stack_up
    ;;
  stop)
    need_docker
    stack_down
    ;;
  purge)
    need_docker
    stack_down -v --remove-orphans
    ;;
  tail)
    need_docker
    compose logs -f --tail=200 "$@"
    ;;
  reload_acs)
    need_docker
    build_modules "$PLATFORM_AMP" -DskipTests -pl platform-module -am package
    stack_up --no-deps alfresco
    ;;
  reload_share)
    need_docker
    build_modules "$SHARE_AMP" -DskipTests -pl share-module -am package
    stack_up --no-deps share
    ;;
  build_test)
    need_docker
    stack_down
    build_modules "$PLATFORM_AMP $SHARE_AMP" verify
    stack_up
    status=0
    smoke || status=$?
    if [ "$status" -ne 0 ]; then compose logs --tail=200 alfresco >&2 || true; fi
    if [ "${AR_KEEP_STACK:-0}" != 1 ]; then stack_down; fi
    exit "$status"
    ;;
  help|-h|--help)
    usage; exit 0;;
  *)
    usage; exit 2;;
esac
