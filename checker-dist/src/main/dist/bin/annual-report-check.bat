@ECHO OFF
SETLOCAL ENABLEEXTENSIONS
REM The console shows the checker's UTF-8 output (and this file's messages): code page 65001 while it runs, the
REM previous one restored after. Nothing but ASCII before this point: cmd reads each line in the current code page.
SET "OLD_CP="
FOR /F "tokens=2 delims=:" %%C IN ('chcp') DO SET "OLD_CP=%%C"
IF DEFINED OLD_CP SET "OLD_CP=%OLD_CP: =%"
IF DEFINED OLD_CP SET "OLD_CP=%OLD_CP:.=%"
CHCP 65001 >NUL 2>&1

REM 政府信息公开工作年度报告 离线检查 - the offline checker of government information-disclosure annual reports.
REM   annual-report-check.bat 报告.docx ^| 报告文件夹 ... [--json ^| --csv [--bom]] [--previous FILE] [--lang zh^|en]
REM Needs a Java 21 (or newer) runtime: JAVA_HOME, else java.exe on PATH. Wildcards (*.docx) are expanded by the checker.
REM Exit codes: 0 valid (warnings allowed), 1 invalid / not a report, 2 unreadable file, bad usage or no suitable Java.
SET "APP_HOME=%~dp0.."
SET "RC=2"
SET "JAVA_EXE="
IF NOT DEFINED JAVA_HOME GOTO java_on_path
SET "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
IF EXIST "%JAVA_EXE%" GOTO java_found
ECHO annual-report-check: JAVA_HOME 中没有 bin\java.exe（JAVA_HOME has no bin\java.exe）：请安装 Java 21 或更新版本，或改正 JAVA_HOME。 1>&2
ECHO   JAVA_HOME=%JAVA_HOME% 1>&2
GOTO done

:java_on_path
FOR %%J IN (java.exe) DO SET "JAVA_EXE=%%~$PATH:J"
IF DEFINED JAVA_EXE GOTO java_found
ECHO annual-report-check: 未找到 Java（no Java found）：请安装 Java 21 或更新版本（例如 https://adoptium.net 的 Temurin 21 JRE），或设置 JAVA_HOME。 1>&2
GOTO done

:java_found
REM Java 21 or newer: "version "21..." up to "version "99..." in java -version; its version names the CDS archive
SET "VERSION_FILE=%TEMP%\annual-report-check-%RANDOM%%RANDOM%.txt"
"%JAVA_EXE%" -version 2> "%VERSION_FILE%"
SET "JAVA_VERSION="
FOR /F "usebackq tokens=3" %%V IN ("%VERSION_FILE%") DO IF NOT DEFINED JAVA_VERSION SET "JAVA_VERSION=%%~V"
findstr /R /C:"version \"2[1-9]" /C:"version \"[3-9][0-9]" "%VERSION_FILE%" >NUL 2>&1
SET "NOT_21=%ERRORLEVEL%"
DEL "%VERSION_FILE%" >NUL 2>&1
IF "%NOT_21%"=="0" GOTO java_ok
ECHO annual-report-check: 需要 Java 21 或更新版本（Java 21 or newer is required）：请安装 Java 21，或将 JAVA_HOME 设为 Java 21 的目录。 1>&2
ECHO   %JAVA_EXE% 1>&2
GOTO done

:java_ok
REM Start-up: a class data sharing archive of the checker's classes, written after the first run that checked a report
REM (not --help/--version, not a usage error: the archive holds the classes that run loaded) and used by every later
REM run. One per user, checker version and Java version. The JVM's own logging and warnings are off: they would go to
REM standard output, which holds only the result; an archive that cannot be used is skipped silently.
SET "CDS="
SET "ARCHIVE="
SET "DUMP="
SET "NO_CDS="
FOR %%A IN (%*) DO CALL :help_argument "%%~A"
IF DEFINED NO_CDS GOTO run
IF NOT DEFINED LOCALAPPDATA GOTO run
IF NOT EXIST "%LOCALAPPDATA%\annual-report-checker\" MKDIR "%LOCALAPPDATA%\annual-report-checker" >NUL 2>&1
IF NOT EXIST "%LOCALAPPDATA%\annual-report-checker\" GOTO run
SET "ARCHIVE=%LOCALAPPDATA%\annual-report-checker\checker-@VERSION@-java%JAVA_VERSION%.jsa"
REM an archive is some tens of MB: a small file is not one (remove it, the next run makes one)
IF EXIST "%ARCHIVE%" FOR %%F IN ("%ARCHIVE%") DO IF %%~zF LSS 1000000 DEL "%ARCHIVE%" >NUL 2>&1
IF EXIST "%ARCHIVE%" SET CDS="-XX:SharedArchiveFile=%ARCHIVE%"
IF EXIST "%ARCHIVE%" GOTO run
SET "DUMP=%ARCHIVE%.%RANDOM%.tmp"
SET CDS="-XX:ArchiveClassesAtExit=%DUMP%"

:run
"%JAVA_EXE%" -Xlog:disable -XX:-PrintWarnings %CDS% -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Djava.awt.headless=true %ANNUAL_REPORT_CHECK_OPTS% -cp "%APP_HOME%\lib\*" io.github.zwgk.annualreport.engine.cli.CheckCommand %*
SET "RC=%ERRORLEVEL%"
REM exit 0 or 1: reports were checked, the archive holds what a check loads; else it is not kept
IF NOT DEFINED DUMP GOTO done
IF %RC% GEQ 0 IF %RC% LEQ 1 IF EXIST "%DUMP%" MOVE /Y "%DUMP%" "%ARCHIVE%" >NUL 2>&1
IF EXIST "%DUMP%" DEL "%DUMP%" >NUL 2>&1

:done
IF DEFINED OLD_CP CHCP %OLD_CP% >NUL 2>&1
ENDLOCAL & EXIT /B %RC%

:help_argument
IF /I "%~1"=="-h" SET "NO_CDS=1"
IF /I "%~1"=="--help" SET "NO_CDS=1"
IF "%~1"=="-V" SET "NO_CDS=1"
IF /I "%~1"=="--version" SET "NO_CDS=1"
EXIT /B 0
