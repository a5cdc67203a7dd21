#!/usr/bin/env bash
# Installs, with apt-get, whatever newsgraph needs to build and test that this
# Debian 12 machine does not have yet. Does nothing when everything is there.
# Usage: scripts/setup.sh [--with-db]   (--with-db adds the graph-database test tools)
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libboost-graph-dev nlohmann-json3-dev libsimdjson-dev libjemalloc-dev
  libgraphviz-dev graphviz
  doctest-dev libcli11-dev libicu-dev iso-codes libssl-dev
  libxml2-dev parallel
  python3
  # scripts/newsgraph-dask.py and its test (tests/e2e/test_dask.py): Dask distributed, for Debian's /usr/bin/python3
  python3-distributed
  # graph-database tests (tests/e2e/test_exports_db.py): NetworkX, Apache Jena TDB2, Redland (rapper,
  # rdfproc), Node for Kuzu and Neo4j's Cypher parser
  python3-networkx libapache-jena-java default-jre-headless raptor2-utils redland-utils nodejs
  # the explorer page's browser tests (tests/e2e/test_explorer*.py)
  chromium
)
# npm comes with some nodejs builds (NodeSource); Debian's own is a separate package.
if ! command -v npm >/dev/null 2>&1; then packages+=(npm); fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "newsgraph setup: missing packages: ${missing[*]}" >&2
    echo "newsgraph setup: run as root (or: sudo apt-get install ${missing[*]})" >&2
    exit 1
  fi
  echo "newsgraph setup: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The explorer page (graph.html) embeds Cytoscape.js at build time; its tests
# drive Chromium with playwright-core. Both are pinned by web/explorer/package-lock.json.
explorer="$(dirname "$0")/../web/explorer"
if [ ! "$explorer/node_modules/.package-lock.json" -nt "$explorer/package-lock.json" ]; then
  echo "newsgraph setup: npm ci in web/explorer" >&2
  (cd "$explorer" && npm ci --no-audit --no-fund --loglevel=error)
fi
