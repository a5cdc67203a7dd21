#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang in build-fuzz/ and runs
# each for a bounded time, printing executions and time per target.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     SECONDS per target (default 60,
#                                             or $FUZZ_SECONDS); all targets by default
#
# Seeds come from tests/fuzz/corpus/<target>/ (read only); what the fuzzer
# learns goes to build-fuzz/corpus/<target>/. A crash stops the script with
# its input saved in build-fuzz/artifacts/<target>/: fix it, then copy the
# file to tests/fuzz/regressions/<target>/ so that ctest runs it for good.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-${FUZZ_SECONDS:-60}}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(pipeline read_text read_html read_jsonl lexicon); fi

# libFuzzer comes with clang's runtime libraries (Debian 12: clang, libclang-rt-14-dev).
if ! command -v clang++ >/dev/null || ! dpkg-query -W -f='${Status}' libclang-rt-14-dev 2>/dev/null | grep -q "install ok installed"; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "newsgraph fuzz: clang and libclang-rt-14-dev are needed (sudo apt-get install clang libclang-rt-14-dev)" >&2
    exit 2
  fi
  echo "newsgraph fuzz: installing clang libclang-rt-14-dev" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev >/dev/null ||
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev >/dev/null; }
fi
jobs="${FUZZ_BUILD_JOBS:-2}"
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DNEWSGRAPH_FUZZ=ON -DNEWSGRAPH_BUILD_TESTS=OFF >/dev/null
cmake --build build-fuzz -j"$jobs" --target $(printf 'fuzz_%s ' "${targets[@]}") >/dev/null

status=0
summary=()
for target in "${targets[@]}"; do
  work="build-fuzz/corpus/$target"
  artifacts="build-fuzz/artifacts/$target"
  mkdir -p "$work" "$artifacts"
  log="build-fuzz/fuzz_$target.log"
  start=$(date +%s)
  set +e
  # -timeout: one input running longer than 10 s counts as a hang;
  # -rss_limit_mb: one that needs more than 2 GB as a memory blow-up.
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    "build-fuzz/fuzz/fuzz_$target" "$work" "tests/fuzz/corpus/$target" "tests/fuzz/regressions/$target" \
    -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" >"$log" 2>&1
  rc=$?
  set -e
  elapsed=$(( $(date +%s) - start ))
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1 || true)
  line=$(printf '%-12s %10s executions in %4d s' "$target" "${runs:-?}" "$elapsed")
  if [ $rc -ne 0 ]; then
    line="$line  CRASH (exit $rc): see $log and $artifacts/"
    status=1
  fi
  echo "newsgraph fuzz: $line"
  summary+=("$line")
done
echo "newsgraph fuzz: summary"
printf '  %s\n' "${summary[@]}"
exit $status
