#!/usr/bin/env bash
# Prints Keji's throughput and latency next to the targets of DESIGN.md, as ratios to pgbench on the same machine.
# Usage: scripts/benchmark.sh [seconds per measurement, default 15]. Never run by the build or CI.
# Builds (./mvnw -q -DskipTests package; extra Maven arguments via KEJI_BENCHMARK_MAVEN_ARGS, e.g. -o), then starts
# PostgreSQL, Kafka, the services and the gateway on free ports with full-JIT JVM options (KEJI_SERVICE_JVM_OPTIONS
# replaces them), runs pgbench and the HTTP load, prints a table and stops everything.
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=scripts/java-home.sh
. scripts/java-home.sh
keji_java_home

echo "Keji benchmark: building with $JAVA_HOME (./mvnw -q -DskipTests package) ..."
# shellcheck disable=SC2086
./mvnw -q -DskipTests package ${KEJI_BENCHMARK_MAVEN_ARGS:-}

exec "$JAVA_HOME/bin/java" -Xmx1g -Dkeji.root="$PWD" \
    -cp "deploy/local/target/keji-local.jar:deploy/local/target/lib/*" org.keji.launcher.Benchmark "$@"
