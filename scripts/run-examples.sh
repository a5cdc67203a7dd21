#!/usr/bin/env bash
# README command 1: install what is missing, build, and run newsgraph on the
# example articles that ship in examples/, writing graphs/examples/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
build/newsgraph build examples/articles --out graphs/examples --format json,dot,svg,png,html
build/newsgraph build examples/articles --out graphs/examples/meetings --format svg,png --view meetings -q
echo "wrote graphs/examples/graph.json, graph.dot, graph.svg, graph.png, graph.html, meetings/graph.svg, meetings/graph.png"
