#!/usr/bin/env bash
# README command 2: install what is missing, build, and run every test (ctest).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
# Kuzu and Neo4j's Cypher parser for the graph-database test: the npm packages pinned by tests/kuzu/package-lock.json.
if [ ! -d tests/kuzu/node_modules/kuzu ] || [ ! -d tests/kuzu/node_modules/@neo4j-cypher/language-support ]; then
  (cd tests/kuzu && npm ci --no-audit --no-fund --loglevel=error)
fi
ctest --test-dir build --output-on-failure -j"$(nproc)"
