#!/usr/bin/env bash
# Builds what is needed and starts Keji locally: embedded PostgreSQL and Kafka, the four services and the gateway.
# Ports (overridable): gateway 8080, services 8081-8084, PostgreSQL 15432, Kafka 19092, e.g. KEJI_GATEWAY_PORT=9080.
# Ctrl-C or SIGTERM stops everything. Extra arguments go to Maven, e.g. ./run-local.sh -o for an offline build.
set -euo pipefail

KEJI_COMMAND_STARTED_MS=$(date +%s%3N)
export KEJI_COMMAND_STARTED_MS
cd "$(dirname "$0")"
# shellcheck source=scripts/java-home.sh
. scripts/java-home.sh
keji_java_home

echo "Keji: building with $JAVA_HOME (./mvnw -q -DskipTests package) ..."
./mvnw -q -DskipTests package "$@"

# exec: Ctrl-C and SIGTERM reach the launcher JVM itself, whose shutdown hook stops every process it started
exec "$JAVA_HOME/bin/java" -Dkeji.root="$PWD" -cp "deploy/local/target/keji-local.jar:deploy/local/target/lib/*" \
    org.keji.launcher.Launcher
