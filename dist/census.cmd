@echo off
rem census COMMAND [ARGS...]: the Model Census command line on Windows, from the release zip.
rem Needs only a Java 17+ runtime: %JAVA_HOME%\bin\java.exe, else java on the PATH; runs census.jar
rem beside this file, from any directory. Extra JVM flags: CENSUS_JAVA_OPTS (a -Xmx there wins).
rem serve gets the same default heap as the sh launcher (CENSUS_SERVE_HEAP).
setlocal
set "CENSUS_SERVE_HEAP=-Xmx512m"
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
set "HEAP="
set "JIT=-XX:TieredStopAtLevel=1"
if /i "%~1"=="serve" set "HEAP=%CENSUS_SERVE_HEAP%"
if /i "%~1"=="serve" set "JIT="
if /i "%~1"=="workbook" set "JIT="
if /i "%~1"=="bench" set "JIT="
if /i "%~1"=="bench-workbook" set "JIT="
rem Hangul: Java writes in the console's code page (949 on Korean Windows), so no chcp is needed.
"%JAVA%" %JIT% %HEAP% %CENSUS_JAVA_OPTS% "-Dcensus.home=%HERE:~0,-1%" -jar "%HERE%census.jar" %*
exit /b %ERRORLEVEL%
