@echo off
rem Quanze on Windows: runs quanze.jar beside this file (or target\quanze.jar in the project folder).
rem Needs Java 17 or later on PATH (java -version). Example: quanze check --body 东冶镇 --item 121
setlocal
chcp 65001 >nul
set "HERE=%~dp0"
set "JAR=%HERE%quanze.jar"
if not exist "%JAR%" set "JAR=%HERE%target\quanze.jar"
if not exist "%JAR%" (
  echo 找不到 quanze.jar：请把本文件放在 quanze.jar 旁边，或在项目目录中先运行 mvn package 1>&2
  exit /b 2
)
rem One-shot commands favour start-up; serve gets the full JIT (as in the ./quanze launcher).
set "OPTS=-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -Dquanze.rules.dialect=mvel"
if /i "%~1"=="serve" set "OPTS=-Xshare:auto"
java %OPTS% -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -jar "%JAR%" %*
exit /b %ERRORLEVEL%
