#!/usr/bin/env bash
# Benchmark (not a test): throughput and peak memory of newsgraph, for 1 and
# 2 jobs, extraction alone (`extract` to /dev/null) and build-to-JSON
# (`build --format json`); each REPEAT times, the fastest shown. Two corpora
# (written under $WORK, never committed):
# - synthetic: COUNT articles from scripts/gen_corpus.py;
# - real: the development articles (REAL, a folder of .txt files), COPIES
#   times over, each copy made distinct by a line of its own so that none is
#   skipped as a duplicate: the speed on news as it is written.
#
# - shards (only when named): the reduce alone, on the fragments of
#   SHARD_ARTICLES synthetic articles (default 40000): one plain `merge`
#   against each of the N reducers of `merge --shard K/N` (N in SHARD_COUNTS,
#   default "4 8") and the `merge` that combines their shards; wall time and
#   peak RSS of each process, the combined graph.json checked against the
#   plain merge's. SHARD_JOBS (default 2) is every merge's --jobs.
#
#   scripts/bench.sh                      # both; 100k synthetic articles, build/newsgraph
#   CORPORA=real scripts/bench.sh         # the real text alone
#   CORPORA=shards scripts/bench.sh       # one reducer against N sharded ones
#   COUNT=20000 BIN=build-scale/newsgraph scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-build/newsgraph}
COUNT=${COUNT:-100000}
REAL=${REAL:-../shared/eval/dev}
COPIES=${COPIES:-100}
CORPORA=${CORPORA:-"synthetic real"}
WORK=${WORK:-/tmp/newsgraph-bench}
JOBS=${JOBS:-"1 2"}
mkdir -p "$WORK"

# Size of a corpus's article texts themselves (not the JSON around them), its words and articles.
corpus_size() {
  python3 -c '
import json, sys
b = w = n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    t = json.loads(line)["text"]
    b += len(t.encode("utf-8")); w += len(t.split()); n += 1
print(b, w, n)' "$1"
}

declare -A SECONDS_OF  # "step jobs" -> seconds, for the speedup lines
# Each measurement is run REPEAT times (default 3): the table shows the
# fastest run (the one the rest of the machine disturbed least, on a shared
# VM) and, last, the slowest, so the spread is in view.
REPEAT=${REPEAT:-3}
measure() {  # step jobs command...
  local step=$1 jobs=$2
  shift 2
  local runs=()
  for _ in $(seq "$REPEAT"); do
    /usr/bin/time -o "$WORK/time.txt" -f '%e %M' "$@" >/dev/null 2>&1
    runs+=("$(tail -1 "$WORK/time.txt")")
  done
  local best slowest
  best=$(printf '%s\n' "${runs[@]}" | sort -n | head -1)
  slowest=$(printf '%s\n' "${runs[@]}" | sort -n | tail -1)
  local secs=${best% *} rss_kb=${best#* }
  SECONDS_OF["$step $jobs"]=$secs
  python3 -c '
import sys
step, jobs, secs, rss, tb, w, n, slow = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7]), float(sys.argv[8])
secs = max(secs, 0.01)
print(f"{step:<8} {jobs:>4} {secs:8.2f} {tb / 1e6 / secs:8.1f} {w / secs:10.0f} {n / secs:9.0f} {rss / 1024:7.0f} MB {slow:8.2f}")
' "$step" "$jobs" "$secs" "$rss_kb" "$text_bytes" "$words" "$articles" "${slowest% *}"
}

# Measures corpus $1 (JSON Lines) named $2: extraction, then build, at each job count.
bench_corpus() {
  local corpus=$1 name=$2
  read -r text_bytes words articles < <(corpus_size "$corpus")
  local file_bytes
  file_bytes=$(stat -c %s "$corpus")
  echo "$name corpus: $articles articles, $((file_bytes / 1000000)) MB of JSON Lines, $((text_bytes / 1000000)) MB of text, $words words; $(nproc) cores"
  printf '%-8s %4s %8s %8s %10s %9s %10s %8s\n' step jobs seconds 'MB/s' 'words/s' 'docs/s' 'peak RSS' slowest
  for jobs in $JOBS; do
    measure extract "$jobs" sh -c "'$BIN' extract '$corpus' --jobs $jobs --quiet > /dev/null"
  done
  for jobs in $JOBS; do
    measure build "$jobs" "$BIN" build "$corpus" --out "$WORK/out-$name-$jobs" --format json --jobs "$jobs" --quiet
  done
  if [ "$(echo $JOBS | wc -w)" -gt 1 ] && cmp -s "$WORK/out-$name-${JOBS%% *}/graph.json" "$WORK/out-$name-${JOBS##* }/graph.json"; then
    echo "graph.json identical for jobs: $JOBS"
  fi
  # Speedup of the most jobs over the fewest, per step (wall time of one job / wall time of N jobs).
  local first=${JOBS%% *} last=${JOBS##* }
  if [ "$first" != "$last" ]; then
    for step in extract build; do
      python3 -c 'import sys; print(f"{sys.argv[1]:<8} speedup {sys.argv[3]} jobs vs {sys.argv[2]}: {float(sys.argv[4]) / max(float(sys.argv[5]), 0.01):.2f}x")' \
        "$step" "$first" "$last" "${SECONDS_OF["$step $first"]}" "${SECONDS_OF["$step $last"]}"
    done
  fi
}

# One run of a command: "seconds peak-RSS-in-MB".
time_once() {
  /usr/bin/time -o "$WORK/time.txt" -f '%e %M' "$@" >/dev/null 2>&1
  awk '{ printf "%.2f %.0f\n", $1, $2 / 1024 }' "$WORK/time.txt"
}

# The reduce alone: a plain merge of all fragments against N shard merges and their combination.
bench_shards() {
  local articles=${SHARD_ARTICLES:-40000} jobs=${SHARD_JOBS:-2} dir="$WORK/shards"
  local corpus="$WORK/corpus-$articles.jsonl" frags="$dir/fragments"
  if [ ! -s "$corpus" ]; then
    echo "writing $articles articles to $corpus" >&2
    python3 scripts/gen_corpus.py --count "$articles" --out "$corpus"
  fi
  rm -rf "$dir" && mkdir -p "$frags"
  # Fragments in 8 files, as 8 map tasks would leave them.
  split -n l/8 -d --additional-suffix=.jsonl "$corpus" "$dir/part-"
  for part in "$dir"/part-*.jsonl; do "$BIN" extract "$part" --jobs "$jobs" --quiet > "$frags/$(basename "$part")"; done
  echo "shards: the reduce of $articles articles ($(du -sm "$frags" | cut -f1) MB of fragments in 8 files); --jobs $jobs; $(nproc) cores"
  printf '%-22s %8s %10s\n' step seconds 'peak RSS'
  read -r secs mb < <(time_once "$BIN" merge "$frags" --out "$dir/plain" --format json --jobs "$jobs" --quiet)
  printf '%-22s %8s %7s MB\n' "merge (one reducer)" "$secs" "$mb"
  local single_mb=$mb
  for n in ${SHARD_COUNTS:-4 8}; do
    local biggest=0 shard_files=()
    for k in $(seq 0 $((n - 1))); do
      read -r secs mb < <(time_once "$BIN" merge "$frags" --shard "$k/$n" --out "$dir/$n/$k" --jobs "$jobs" --quiet)
      printf '%-22s %8s %7s MB\n' "merge --shard $k/$n" "$secs" "$mb"
      [ "$mb" -gt "$biggest" ] && biggest=$mb
      shard_files+=("$dir/$n/$k/graph.json")
    done
    read -r secs mb < <(time_once "$BIN" merge "${shard_files[@]}" --out "$dir/$n/combined" --format json --quiet)
    printf '%-22s %8s %7s MB\n' "combine $n shards" "$secs" "$mb"
    local same="differs from"
    cmp -s "$dir/$n/combined/graph.json" "$dir/plain/graph.json" && same="identical to"
    echo "$n shards: largest reducer $biggest MB = $((100 * biggest / single_mb))% of one reducer's $single_mb MB; graph.json $same the plain merge's"
  done
}

for which in $CORPORA; do
  case $which in
    shards)
      bench_shards
      ;;
    synthetic)
      corpus="$WORK/corpus-$COUNT.jsonl"
      if [ ! -s "$corpus" ]; then
        echo "writing $COUNT articles to $corpus" >&2
        python3 scripts/gen_corpus.py --count "$COUNT" --out "$corpus"
      fi
      bench_corpus "$corpus" synthetic
      ;;
    real)
      if ! ls "$REAL"/*.txt >/dev/null 2>&1; then
        echo "real corpus: no .txt articles in $REAL (set REAL=DIR); skipped" >&2
        continue
      fi
      corpus="$WORK/real-$COPIES.jsonl"
      python3 -c '
import json, sys
from pathlib import Path
articles = sorted(Path(sys.argv[1]).glob("*.txt"))
with open(sys.argv[3], "w", encoding="utf-8") as out:
    for copy in range(int(sys.argv[2])):
        for path in articles:
            text = path.read_text(encoding="utf-8")
            # A line of its own makes each copy a distinct article (duplicates are skipped by their hash).
            out.write(json.dumps({"id": f"{path.stem}-{copy}", "text": text + f"\ncopy {copy} of this article\n"}) + "\n")
' "$REAL" "$COPIES" "$corpus"
      bench_corpus "$corpus" real
      ;;
    *) echo "bench: unknown corpus '$which' (synthetic, real, shards)" >&2; exit 2 ;;
  esac
done
