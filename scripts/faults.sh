#!/usr/bin/env bash
# The fault suite: steady create load through the gateway while Kafka, enterprise-service and PostgreSQL fail in turn;
# prints per phase sent / acknowledged / stored / replicated / duplicated / 5xx / 503s / retries and exits non-zero if
# a write was lost or applied twice or a 5xx other than 503 problem+json was answered. Never run by the build or CI.
# Usage: scripts/faults.sh. Builds (./mvnw -q -DskipTests package; extra Maven arguments via KEJI_FAULTS_MAVEN_ARGS,
# e.g. -o), then starts the suite on free ports (service JVM options: KEJI_SERVICE_JVM_OPTIONS) and stops it at the end.
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=scripts/java-home.sh
. scripts/java-home.sh
keji_java_home

echo "Keji fault suite: building with $JAVA_HOME (./mvnw -q -DskipTests package) ..."
# shellcheck disable=SC2086
./mvnw -q -DskipTests package ${KEJI_FAULTS_MAVEN_ARGS:-}

exec "$JAVA_HOME/bin/java" -Xmx1g -Dkeji.root="$PWD" \
    -cp "deploy/local/target/keji-local.jar:deploy/local/target/lib/*" org.keji.launcher.Faults "$@"
