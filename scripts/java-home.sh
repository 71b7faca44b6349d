#!/usr/bin/env bash
# Sourced by run-local.sh and .ci/run: exports JAVA_HOME of a JDK >= 21.
# Honours JAVA_HOME when it is new enough, otherwise takes the newest JDK >= 21 under /usr/lib/jvm (or on the PATH).

keji_java_major() {
    # prints the feature version of the JDK at $1, e.g. 25
    local release="$1/release"
    if [ -f "$release" ]; then
        sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
    elif [ -x "$1/bin/java" ]; then
        "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
    fi
}

keji_select_java() {
    local minimum=21 candidate major best="" best_major=0
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
        major=$(keji_java_major "$JAVA_HOME")
        if [ "${major:-0}" -ge "$minimum" ]; then
            export JAVA_HOME
            return 0
        fi
    fi
    for candidate in /usr/lib/jvm/* /opt/java/* /usr/local/lib/jvm/*; do
        [ -x "$candidate/bin/javac" ] || continue
        major=$(keji_java_major "$candidate")
        if [ "${major:-0}" -ge "$minimum" ] && [ "$major" -gt "$best_major" ]; then
            best="$candidate"
            best_major="$major"
        fi
    done
    if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
        candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
        major=$(keji_java_major "$candidate")
        [ "${major:-0}" -ge "$minimum" ] && best="$candidate"
    fi
    if [ -z "$best" ]; then
        echo "Keji needs a JDK $minimum or newer: install one or set JAVA_HOME." >&2
        return 1
    fi
    export JAVA_HOME="$best"
}
