# Sourced by ./mvnw, ./deadline and .ci/run (POSIX sh): makes JAVA_HOME a JDK 21 or newer.
# The build needs JDK 21+; on a machine whose default java is older (these machines default to 17)
# with a newer JDK installed beside it, the newcomer's two README commands work as written.
# Kept: a JAVA_HOME that is already 21+. Else the JDK of `javac` on the PATH, if 21+. Else the
# newest 21+ JDK in the usual places (/usr/lib/jvm, /opt, SDKMAN!, IntelliJ's ~/.jdks, macOS).
# Found none: JAVA_HOME is left alone, and the build's enforcer says what to install.
# (The Maven wrapper script ./mvnw sources this file; regenerating the wrapper drops that line.)
hk_java_major() {
  "$1" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}
hk_usable() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ "$(hk_java_major "$1/bin/java")" -ge 21 ] 2>/dev/null
}
if [ -n "${JAVA_HOME-}" ] && hk_usable "$JAVA_HOME"; then
  :
else
  hk_found=""
  if command -v javac >/dev/null 2>&1; then
    hk_home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)" 2>/dev/null || command -v javac)")")
    if hk_usable "$hk_home"; then hk_found=$hk_home; fi
  fi
  if [ -z "$hk_found" ]; then
    case $- in *f*) hk_noglob=1; set +f ;; *) hk_noglob=0 ;; esac
    hk_best=0
    for hk_candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* "${HOME:-/nonexistent}"/.sdkman/candidates/java/* \
        "${HOME:-/nonexistent}"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
      [ -d "$hk_candidate" ] || continue
      [ ! -L "$hk_candidate" ] || continue
      if hk_usable "$hk_candidate"; then
        hk_major=$(hk_java_major "$hk_candidate/bin/java")
        if [ "$hk_major" -gt "$hk_best" ]; then hk_best=$hk_major; hk_found=$hk_candidate; fi
      fi
    done
    if [ "$hk_noglob" = 1 ]; then set -f; fi
  fi
  if [ -n "$hk_found" ]; then
    JAVA_HOME=$hk_found
    export JAVA_HOME
    if [ -z "${HK_JDK_QUIET-}" ]; then
      echo "(the default java is older than 21: using the JDK at $JAVA_HOME)" >&2
    fi
    HK_JDK_QUIET=1
    export HK_JDK_QUIET
  fi
fi
