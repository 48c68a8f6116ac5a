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
REM Java 21 or newer: "version "21..." up to "version "99..." in java -version
"%JAVA_EXE%" -version 2>&1 | findstr /R /C:"version \"2[1-9]" /C:"version \"[3-9][0-9]" >NUL
IF NOT ERRORLEVEL 1 GOTO java_ok
ECHO annual-report-check: 需要 Java 21 或更新版本（Java 21 or newer is required）：请安装 Java 21，或将 JAVA_HOME 设为 Java 21 的目录。 1>&2
ECHO   %JAVA_EXE% 1>&2
GOTO done

:java_ok
REM Start-up: class data sharing archive of the checker's classes, made on the first run and reused after; kept per
REM user and per checker version (re-made when the Java version changes). JVM logging only at error level, on stderr.
SET "CDS="
IF NOT DEFINED LOCALAPPDATA GOTO run
IF NOT EXIST "%LOCALAPPDATA%\annual-report-checker\" MKDIR "%LOCALAPPDATA%\annual-report-checker" >NUL 2>&1
IF EXIST "%LOCALAPPDATA%\annual-report-checker\" SET CDS="-XX:SharedArchiveFile=%LOCALAPPDATA%\annual-report-checker\checker-@VERSION@.jsa" -XX:+AutoCreateSharedArchive

:run
"%JAVA_EXE%" -Xlog:disable -Xlog:all=error:stderr %CDS% -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Djava.awt.headless=true %ANNUAL_REPORT_CHECK_OPTS% -cp "%APP_HOME%\lib\*" io.github.zwgk.annualreport.engine.cli.CheckCommand %*
SET "RC=%ERRORLEVEL%"

:done
IF DEFINED OLD_CP CHCP %OLD_CP% >NUL 2>&1
ENDLOCAL & EXIT /B %RC%
