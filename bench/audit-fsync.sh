#!/usr/bin/env bash
# What durability costs: audit-log appends per second with a force (fsync) per acknowledged record, group
# commit under concurrency, against no force at all. Usage: bench/audit-fsync.sh [records per round, 2000]
# Writes into a temporary folder on the same file system as the data folder (./data by default).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mvn -o -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >&2
mkdir -p "${DATA_DIR:-data}"
dir="$(mktemp -d "${DATA_DIR:-data}/audit-bench.XXXXXX")"
trap 'rm -rf "$dir"' EXIT
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" cn.quanze.web.AuditLogBench "${1:-2000}" "$dir"
