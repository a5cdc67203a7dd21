#!/usr/bin/env bash
# Builds newsgraph with AddressSanitizer and UndefinedBehaviorSanitizer in
# build-asan/ (-DNEWSGRAPH_SANITIZE=ON) and runs the whole ctest suite there:
# unit tests, fuzz seeds and regressions, and the end-to-end tests (which
# run the sanitized binary). Any report fails the run.
#   scripts/sanitize.sh [ctest arguments...]     e.g. -R e2e
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="${SANITIZE_JOBS:-2}"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNEWSGRAPH_SANITIZE=ON >/dev/null
cmake --build build-asan -j"$jobs"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
# Graphviz, fontconfig and pango keep caches until exit; our own leaks still fail.
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$PWD/tests/sanitizer/lsan.supp:print_suppressions=0}"
ctest --test-dir build-asan --output-on-failure -j"$jobs" "$@"
