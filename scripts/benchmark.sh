#!/usr/bin/env bash
# Prints Keji's throughput, latency, CPU per request and memory next to the targets of DESIGN.md, as ratios to
# pgbench on the same machine in the same run. Never run by the build or CI.
# Usage: scripts/benchmark.sh [seconds per round, default 10] [maximum rounds per figure, default 8]
# Builds (./mvnw -q -DskipTests package; extra Maven arguments via KEJI_BENCHMARK_MAVEN_ARGS, e.g. -o), finds wrk
# (PATH, else installs Debian's wrk when run as root with apt-get, else the Java load generator is used and the output
# says so; KEJI_BENCHMARK_CLIENT=java forces it), then starts PostgreSQL, Kafka, the services and the gateway on free
# ports with full-JIT JVM options (KEJI_SERVICE_JVM_OPTIONS replaces them), runs pgbench and the HTTP load, prints a
# table and stops everything.
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=scripts/java-home.sh
. scripts/java-home.sh
keji_java_home

if [ "${KEJI_BENCHMARK_CLIENT:-}" != "java" ] && ! command -v wrk >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Keji benchmark: wrk not on PATH, installing Debian's wrk (apt-get install -y -q wrk) ..."
        { DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk \
            || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk; }; } >/dev/null 2>&1 \
            || echo "Keji benchmark: could not install wrk."
    fi
fi
if [ "${KEJI_BENCHMARK_CLIENT:-}" != "java" ] && command -v wrk >/dev/null 2>&1; then
    KEJI_WRK="$(command -v wrk)"
    export KEJI_WRK
else
    echo "Keji benchmark: no wrk — the HTTP load comes from the Java load generator instead."
fi

echo "Keji benchmark: building with $JAVA_HOME (./mvnw -q -DskipTests package) ..."
# shellcheck disable=SC2086
./mvnw -q -DskipTests package ${KEJI_BENCHMARK_MAVEN_ARGS:-}

exec "$JAVA_HOME/bin/java" -Xmx1g -Dkeji.root="$PWD" \
    -cp "deploy/local/target/keji-local.jar:deploy/local/target/lib/*" org.keji.launcher.Benchmark "$@"
