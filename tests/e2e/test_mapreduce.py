#!/usr/bin/env python3
"""End-to-end: the map/reduce recipe of the README, run with GNU parallel.
A corpus is split into chunks, each chunk extracted by its own process
(`newsgraph extract`), the fragments merged (`newsgraph merge`), and the
result compared byte for byte with a single `newsgraph build`."""
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from common import Checks, corpus_with_examples, parse_args, run

args = parse_args()
binary = args.binary
source = Path(args.source)
work = Path(tempfile.mkdtemp(prefix="newsgraph-e2e-mapreduce-"))
checks = Checks()

corpus = work / "corpus.jsonl"
lines = corpus_with_examples(source, corpus, 400, 3)
# Plus the example articles (above), and one article twice (another id, same text).
twin = json.loads(lines[5])
twin["id"] = "a-twin"
lines.append(json.dumps(twin))
random.Random(1).shuffle(lines)
corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")


def single_build():
    run(binary, "build", corpus, "--out", work / "single", "--format", "json", "--jobs", "1", check=0)


def gnu_parallel_map_reduce():
    chunks = work / "chunks"
    chunks.mkdir()
    subprocess.run(["split", "-l", "50", "-d", str(corpus), str(chunks / "part-")], check=True)
    assert len(list(chunks.iterdir())) >= 8
    frags = work / "frags"
    frags.mkdir()
    # Map: one extract process per chunk, four at a time, fed on stdin as Spark's rdd.pipe would.
    r = subprocess.run(["parallel", "--will-cite", "-j", "4", f"{binary} extract - --jobs 1 -q < {{}} > {frags}/{{/}}.jsonl",
                        ":::", *sorted(str(p) for p in chunks.iterdir())], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    # Reduce in two levels and in a shuffled order: merge is associative and commutative.
    parts = sorted(frags.iterdir())
    random.Random(2).shuffle(parts)
    half = len(parts) // 2
    run(binary, "merge", *parts[:half], "--out", work / "r1", "--format", "json", check=0)
    run(binary, "merge", *parts[half:], "--out", work / "r2", "--format", "json", check=0)
    run(binary, "merge", work / "r2" / "graph.json", work / "r1" / "graph.json", "--out", work / "reduced",
        "--format", "json", check=0)
    assert (work / "reduced" / "graph.json").read_bytes() == (work / "single" / "graph.json").read_bytes()


def whole_corpus_extract_is_the_chunks_in_order():
    # Several 1 MB blocks of fragments, on 2 jobs: the same lines as the chunks' fragments, in order.
    r = subprocess.run([binary, "extract", str(corpus), "--jobs", "2", "-q"], capture_output=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert len(r.stdout) > 3 * (1 << 20), len(r.stdout)
    chunks = b"".join(p.read_bytes() for p in sorted((work / "frags").iterdir()))
    assert r.stdout == chunks


def hadoop_style_reducer_on_stdin():
    # Hadoop Streaming hands the reducer every mapper output on stdin.
    frags = b"".join(p.read_bytes() for p in sorted((work / "frags").iterdir(), reverse=True))
    r = subprocess.run([binary, "merge", "-", "--out", str(work / "stdin-reduced"), "--format", "json"], input=frags,
                       capture_output=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert (work / "stdin-reduced" / "graph.json").read_bytes() == (work / "single" / "graph.json").read_bytes()
    graph = json.loads((work / "single" / "graph.json").read_text(encoding="utf-8"))
    assert len(graph["documents"]) == len(lines) - 1  # the twin is the same document


checks.check("single build of the corpus", single_build)
checks.check("GNU parallel: split, extract per chunk, merge in two levels = single build", gnu_parallel_map_reduce)
checks.check("extract of the whole corpus = the chunks' fragments in order", whole_corpus_extract_is_the_chunks_in_order)
checks.check("merge reading all fragments on stdin = single build", hadoop_style_reducer_on_stdin)
shutil.rmtree(work, ignore_errors=True)
checks.finish()
