@echo off
rem The foerderregeln command line: runs lib\foerderregeln.jar of this distribution with the Java
rem of JAVA_HOME, or the java on the PATH (Java 17 or later). JAVA_OPTS are passed to the JVM.
setlocal
set "FOERDERREGELN_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA_EXE=java"
)
"%JAVA_EXE%" %JAVA_OPTS% -Dfoerderregeln.launcher=foerderregeln -jar "%FOERDERREGELN_HOME%\lib\foerderregeln.jar" %*
exit /b %ERRORLEVEL%
