@ECHO OFF
REM SDK-style entry point for Windows: the same verbs as run.sh (docs/OPERATIONS.md).
REM Needs JAVA_HOME pointing at a JDK 21 or newer, Maven 3.9 (mvn on PATH) and Docker Desktop (compose v2).
REM The sample data loader (scripts\load-sample-data.sh) runs through bash from Git for Windows or WSL.
SETLOCAL ENABLEEXTENSIONS
CD /D "%~dp0"
SET "ROOT=%CD%"
SET "COMPOSE_FILE_PATH=%ROOT%\docker\docker-compose.yml"
SET "MVN_ARGS=-B -ntp"
IF NOT DEFINED ALFRESCO_URL SET "ALFRESCO_URL=http://localhost:8080/alfresco"
IF NOT DEFINED SHARE_URL SET "SHARE_URL=http://localhost:8080/share"

IF NOT DEFINED JAVA_HOME (
    ECHO run.bat: set JAVA_HOME to a JDK 21 or newer 1>&2
    EXIT /B 2
)
IF NOT EXIST "%JAVA_HOME%\bin\javac.exe" (
    ECHO run.bat: JAVA_HOME=%JAVA_HOME% is not a JDK ^(no bin\javac.exe^) 1>&2
    EXIT /B 2
)
"%JAVA_HOME%\bin\java" -version 2>&1 | findstr /R /C:"version \"2[1-9]" /C:"version \"[3-9][0-9]" >NUL
IF ERRORLEVEL 1 (
    ECHO run.bat: JAVA_HOME=%JAVA_HOME% is older than Java 21 1>&2
    EXIT /B 2
)
SET "PATH=%JAVA_HOME%\bin;%PATH%"
IF NOT DEFINED MVN SET "MVN=mvn"

REM The root pom's version (first <version> line): the AMPs' file names carry it, compose passes it on.
FOR /F "tokens=3 delims=<>" %%V IN ('findstr /R /C:"^    <version>" pom.xml') DO (
    IF NOT DEFINED AR_VERSION SET "AR_VERSION=%%V"
)
SET "PLATFORM_AMP=platform-module\target\annual-report-platform-%AR_VERSION%.amp"
SET "SHARE_AMP=share-module\target\annual-report-share-%AR_VERSION%.amp"
REM The offline checker's distribution (checker-dist): the zip, and the same unpacked under target
SET "DIST_ZIP=checker-dist\target\annual-report-checker-%AR_VERSION%.zip"
SET "DIST_DIR=checker-dist\target\annual-report-checker-%AR_VERSION%"

SET "VERB=%~1"
IF "%VERB%"=="" GOTO usage
SHIFT
IF /I "%VERB%"=="test" GOTO verb_test
IF /I "%VERB%"=="check" GOTO verb_check
IF /I "%VERB%"=="dist" GOTO verb_dist
IF /I "%VERB%"=="bench" GOTO verb_bench
IF /I "%VERB%"=="build_start" GOTO verb_build_start
IF /I "%VERB%"=="start" GOTO verb_start
IF /I "%VERB%"=="stop" GOTO verb_stop
IF /I "%VERB%"=="purge" GOTO verb_purge
IF /I "%VERB%"=="tail" GOTO verb_tail
IF /I "%VERB%"=="reload_acs" GOTO verb_reload_acs
IF /I "%VERB%"=="reload_share" GOTO verb_reload_share
IF /I "%VERB%"=="build_test" GOTO verb_build_test
GOTO usage

:verb_test
CALL :alfresco_reachable
IF ERRORLEVEL 1 (
    ECHO NOTICE: skipping platform-module and share-module: Alfresco's artifacts cannot be resolved from https://artifacts.alfresco.com. Building and testing report-analysis and conformance-tests.
    CALL %MVN% %MVN_ARGS% verify
) ELSE (
    CALL %MVN% %MVN_ARGS% -Palfresco verify
)
EXIT /B %ERRORLEVEL%

:verb_check
REM The distribution's own launcher, unpacked in checker-dist\target (the same quiet logging and start-up options as
REM the zip a clerk runs); rebuilt only when a source of the engine or of the distribution is newer than it.
SET "LAUNCHER=%DIST_DIR%\bin\annual-report-check.bat"
SET "NEED_BUILD=1"
IF EXIST "%LAUNCHER%" (
    powershell -NoProfile -NonInteractive -Command "$t = (Get-Item -LiteralPath $env:LAUNCHER).LastWriteTime; $newer = Get-ChildItem -Recurse -File -LiteralPath report-analysis\src, checker-dist\src, report-analysis\pom.xml, checker-dist\pom.xml, pom.xml | Where-Object { $_.LastWriteTime -gt $t } | Select-Object -First 1; if ($newer) { exit 1 } else { exit 0 }" >NUL 2>&1
    IF NOT ERRORLEVEL 1 SET "NEED_BUILD="
)
IF DEFINED NEED_BUILD (
    CALL %MVN% %MVN_ARGS% -q -pl checker-dist -am -DskipTests package 1>&2
    IF ERRORLEVEL 1 EXIT /B 1
)
SHIFT
REM all the arguments after the verb, however many (%* still holds the verb: drop it)
SET "CHECK_ARGS="
:collect_check_args
IF [%0]==[] GOTO run_check
SET CHECK_ARGS=%CHECK_ARGS% %0
SHIFT
GOTO collect_check_args
:run_check
CALL "%LAUNCHER%" %CHECK_ARGS%
EXIT /B %ERRORLEVEL%

:verb_dist
CALL %MVN% %MVN_ARGS% -pl checker-dist -am -DskipTests package
IF ERRORLEVEL 1 EXIT /B 1
IF NOT EXIST dist MKDIR dist
COPY /Y "%DIST_ZIP%" dist\ >NUL
ECHO dist\annual-report-checker-%AR_VERSION%.zip: unzip anywhere, run bin\annual-report-check.bat (Windows) or bin/annual-report-check (Linux/macOS) with a Java 21 runtime
EXIT /B 0

:verb_bench
SET "BENCH_SRC=io\github\zwgk\annualreport\engine\bench\Benchmark.java"
SET "HAS_BENCH="
IF EXIST "report-analysis\src\main\java\%BENCH_SRC%" SET "HAS_BENCH=1"
IF EXIST "report-analysis\src\test\java\%BENCH_SRC%" SET "HAS_BENCH=1"
IF NOT DEFINED HAS_BENCH (
    ECHO run.bat: the benchmark is not built: report-analysis has no io.github.zwgk.annualreport.engine.bench.Benchmark 1>&2
    EXIT /B 2
)
SET "BENCH_PROFILE="
findstr /C:"<id>bench</id>" report-analysis\pom.xml pom.xml >NUL 2>&1 && SET "BENCH_PROFILE=-Pbench"
CALL %MVN% %MVN_ARGS% -q -pl report-analysis %BENCH_PROFILE% -DskipTests package 1>&2
IF ERRORLEVEL 1 EXIT /B 1
SET /P BENCH_CP=<report-analysis\target\classpath.txt
"%JAVA_HOME%\bin\java" -cp "report-analysis\target\classes;report-analysis\target\test-classes;%BENCH_CP%" io.github.zwgk.annualreport.engine.bench.Benchmark %1 %2 %3 %4 %5 %6 %7 %8 %9
EXIT /B %ERRORLEVEL%

:verb_build_start
CALL :need_docker || EXIT /B 2
CALL :down
CALL :build_modules -DskipTests package || EXIT /B 1
CALL :up || EXIT /B 1
EXIT /B 0

:verb_start
CALL :need_docker || EXIT /B 2
SET "NEED_BUILD="
IF NOT EXIST "%PLATFORM_AMP%" SET "NEED_BUILD=1"
IF NOT EXIST "%SHARE_AMP%" SET "NEED_BUILD=1"
IF DEFINED NEED_BUILD (
    ECHO The Alfresco modules are not built yet: building them first ^(as run.bat build_start^).
    CALL :build_modules -DskipTests package || EXIT /B 1
)
CALL :up || EXIT /B 1
EXIT /B 0

:verb_stop
CALL :need_docker || EXIT /B 2
CALL :down
EXIT /B %ERRORLEVEL%

:verb_purge
CALL :need_docker || EXIT /B 2
CALL :down -v --remove-orphans
EXIT /B %ERRORLEVEL%

:verb_tail
CALL :need_docker || EXIT /B 2
docker compose -f "%COMPOSE_FILE_PATH%" logs -f --tail=200 %1 %2 %3 %4 %5 %6
EXIT /B %ERRORLEVEL%

:verb_reload_acs
CALL :need_docker || EXIT /B 2
CALL :build_modules -DskipTests -pl platform-module -am package || EXIT /B 1
CALL :up --no-deps alfresco || EXIT /B 1
EXIT /B 0

:verb_reload_share
CALL :need_docker || EXIT /B 2
CALL :build_modules -DskipTests -pl share-module -am package || EXIT /B 1
CALL :up --no-deps share || EXIT /B 1
EXIT /B 0

:verb_build_test
CALL :need_docker || EXIT /B 2
CALL :down
CALL :build_modules verify || EXIT /B 1
CALL :up || EXIT /B 1
WHERE bash >NUL 2>&1
IF ERRORLEVEL 1 (
    ECHO run.bat: build_test loads the sample data with bash ^(Git for Windows or WSL^); bash is not on PATH 1>&2
    EXIT /B 2
)
bash scripts/load-sample-data.sh --check
SET "STATUS=%ERRORLEVEL%"
IF NOT "%AR_KEEP_STACK%"=="1" CALL :down
EXIT /B %STATUS%

:usage
ECHO usage: run.bat VERB 1>&2
ECHO   test ^| check FILE^|FOLDER... [--json ^| --csv [--bom]] ^| dist ^| bench [ARGS...] 1>&2
ECHO   build_start ^| start ^| stop ^| purge ^| tail [SERVICE...] ^| reload_acs ^| reload_share ^| build_test 1>&2
ECHO   see docs/OPERATIONS.md 1>&2
EXIT /B 2

REM ---- subroutines ---------------------------------------------------------------------------------------------
:alfresco_reachable
CALL %MVN% %MVN_ARGS% -q -N dependency:get -Dtransitive=false -Dartifact=org.alfresco:acs-community-packaging:26.1.0:pom -DremoteRepositories=alfresco-public::default::https://artifacts.alfresco.com/nexus/content/groups/public >NUL 2>&1
EXIT /B %ERRORLEVEL%

:need_docker
docker compose version >NUL 2>&1
IF ERRORLEVEL 1 (
    ECHO run.bat: Docker Desktop with Compose v2 ^('docker compose'^) is required 1>&2
    EXIT /B 2
)
EXIT /B 0

:build_modules
IF /I NOT "%ALFRESCO_MODULES%"=="on" (
    CALL :alfresco_reachable
    IF ERRORLEVEL 1 (
        ECHO run.bat: cannot build the Alfresco modules: Alfresco's Maven repository https://artifacts.alfresco.com/nexus/content/groups/public does not answer. platform-module and share-module compile against Alfresco's own artifacts, published only there. Check the network or a Maven mirror in settings.xml; ALFRESCO_MODULES=on skips this check. 1>&2
        EXIT /B 3
    )
)
CALL %MVN% %MVN_ARGS% -Palfresco %*
EXIT /B %ERRORLEVEL%

:up
CALL :ensure_env || EXIT /B 2
ECHO Starting the stack (first start pulls about 5 GB of images and takes 5-10 minutes)...
docker compose -f "%COMPOSE_FILE_PATH%" up -d --build --wait %*
IF ERRORLEVEL 1 (
    docker compose -f "%COMPOSE_FILE_PATH%" ps
    docker compose -f "%COMPOSE_FILE_PATH%" logs --tail=80 alfresco
    ECHO run.bat: the stack did not become healthy 1>&2
    EXIT /B 1
)
docker compose -f "%COMPOSE_FILE_PATH%" ps
ECHO.
ECHO   Share       %SHARE_URL%   (user admin, password: ALFRESCO_ADMIN_PASSWORD in docker\.env)
ECHO   Repository  %ALFRESCO_URL%
ECHO   Logs        run.bat tail [proxy^|alfresco^|share^|solr6^|...]
ECHO   Before anyone else uses it: docs/OPERATIONS.md, "Production checklist"
EXIT /B 0

REM docker\.env holds the stack's secrets (not committed). The first start creates it with random ones through
REM scripts/init-env.sh (bash from Git for Windows or WSL); volumes made with other secrets stop the start instead.
:ensure_env
IF EXIST "%ROOT%\docker\.env" EXIT /B 0
docker volume inspect annual-report_pg-data >NUL 2>&1
IF NOT ERRORLEVEL 1 (
    ECHO run.bat: docker\.env is missing, but the stack's volumes exist: they were made with other secrets. Delete them with run.bat purge, or write docker\.env with the old values ^(docs/OPERATIONS.md^). 1>&2
    EXIT /B 2
)
WHERE bash >NUL 2>&1
IF ERRORLEVEL 1 (
    ECHO run.bat: docker\.env is missing and bash ^(Git for Windows or WSL^) is not on PATH to create it: copy docker\.env.example to docker\.env and fill in every empty value ^(docs/OPERATIONS.md^). 1>&2
    EXIT /B 2
)
bash scripts/init-env.sh docker/.env
EXIT /B %ERRORLEVEL%

:down
IF NOT EXIST "%ROOT%\docker\.env" GOTO down_without_env
docker compose -f "%COMPOSE_FILE_PATH%" down %*
EXIT /B %ERRORLEVEL%
:down_without_env
REM No docker\.env yet: Compose still requires every secret, so give it unusable placeholders just to stop.
SETLOCAL
FOR %%V IN (POSTGRES_PASSWORD SOLR_SHARED_SECRET ACTIVEMQ_ADMIN_PASSWORD METADATA_KEYSTORE_PASSWORD ALFRESCO_ADMIN_PASSWORD ALFRESCO_ADMIN_PASSWORD_HASH) DO SET "%%V=not-set"
docker compose --env-file "%ROOT%\docker\.env.example" -f "%COMPOSE_FILE_PATH%" down %*
ENDLOCAL & EXIT /B %ERRORLEVEL%
