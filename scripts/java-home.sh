# Sourced by run-local.sh and .ci/run: `keji_java_home` exports JAVA_HOME of a JDK >= 21 and puts its java first
# on PATH. It keeps JAVA_HOME when that is already recent enough, else takes the newest JDK under /usr/lib/jvm.

keji_java_major() {
    # the major version of "$1/bin/java" (17, 21, 25, ...), or nothing if it does not run
    [ -x "$1/bin/java" ] || return 1
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

keji_java_home() {
    local minimum=21 candidate major best="" best_major=0
    if [ -n "${JAVA_HOME:-}" ]; then
        major=$(keji_java_major "$JAVA_HOME")
        if [ -n "$major" ] && [ "$major" -ge "$minimum" ]; then
            export PATH="$JAVA_HOME/bin:$PATH"
            return 0
        fi
    fi
    for candidate in /usr/lib/jvm/*; do
        [ -d "$candidate" ] || continue
        major=$(keji_java_major "$candidate") || continue
        if [ -n "$major" ] && [ "$major" -ge "$minimum" ] && [ "$major" -gt "$best_major" ]; then
            best="$candidate"
            best_major="$major"
        fi
    done
    if [ -z "$best" ]; then
        echo "Keji needs a JDK $minimum or newer: set JAVA_HOME to one (none found under /usr/lib/jvm)." >&2
        return 1
    fi
    export JAVA_HOME="$best"
    export PATH="$JAVA_HOME/bin:$PATH"
}
