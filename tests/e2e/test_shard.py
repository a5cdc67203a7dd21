#!/usr/bin/env python3
"""End-to-end: the sharded reduce. Fragments are merged by N reducers, each
keeping its own shard (`newsgraph merge --shard K/N`); `newsgraph merge` of
the N shard files gives the bytes of one `newsgraph build`. Bad --shard
values, a missing or doubled shard and mixed inputs are refused clearly."""
import hashlib
import json
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from common import Checks, corpus_with_examples, check_contract, parse_args, run

args = parse_args()
binary = args.binary
source = Path(args.source)
work = Path(tempfile.mkdtemp(prefix="newsgraph-e2e-shard-"))
checks = Checks()

corpus = work / "corpus.jsonl"
lines = corpus_with_examples(source, corpus, 600, 11)
# A corrected article (one id and URL, a later date, half its text) and a second text under one id, undated apart.
for i, (date, keep_url) in enumerate([("2031-01-01", True), (None, False)]):
    article = json.loads(lines[10 + i])
    article["text"] = article["text"][: len(article["text"]) // 2]
    if date:
        article["date"] = date
    if not keep_url:
        article.pop("url", None)
    lines.append(json.dumps(article))
random.Random(4).shuffle(lines)
corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
frags = work / "frags"


def fnv1a_64(text):
    h = 0xCBF29CE484222325
    for byte in text.encode("utf-8"):
        h = ((h ^ byte) * 0x100000001B3) % (1 << 64)
    return h


def single_build_and_fragments():
    frags.mkdir()
    for n, start in enumerate(range(0, len(lines), 150)):
        chunk = work / f"chunk-{n}.jsonl"
        chunk.write_text("\n".join(lines[start:start + 150]) + "\n", encoding="utf-8")
        r = subprocess.run([binary, "extract", str(chunk), "-q", "--jobs", "2"], capture_output=True, timeout=300)
        assert r.returncode == 0, r.stderr
        (frags / f"part-{n}.jsonl").write_bytes(r.stdout)
    # The chunks were extracted under other paths: the reference is a build over the same chunks.
    run(binary, "build", *sorted(work.glob("chunk-*.jsonl")), "--out", work / "single", "--format", "json", "--jobs", "1", "-q",
        check=0)


def shard_merges(count, jobs, seed):
    parts = sorted(frags.iterdir())
    random.Random(seed).shuffle(parts)
    files = []
    for k in range(count):
        out = work / f"shards-{count}" / str(k)
        r = run(binary, "merge", *parts, "--shard", f"{k}/{count}", "--out", out, "--jobs", jobs, check=0)
        assert f"shard {k}/{count}:" in r.stderr, r.stderr
        assert sorted(p.name for p in out.iterdir()) == ["graph.json"]  # json alone, whatever the default formats
        files.append(out / "graph.json")
    return files


def four_shards_combine_to_the_build():
    files = shard_merges(4, 2, 1)
    head = json.loads(files[2].read_text(encoding="utf-8"))
    assert head["shard"] == {"k": 2, "n": 4}, head.get("shard")
    single = (work / "single" / "graph.json").read_bytes()
    random.Random(3).shuffle(files)
    r = run(binary, "merge", *files, "--out", work / "combined", "--format", "json", check=0)
    assert "4 shards combined" in r.stderr, r.stderr
    assert (work / "combined" / "graph.json").read_bytes() == single
    graph = json.loads(single)
    assert "shard" not in graph
    assert sum(len(json.loads(f.read_text(encoding="utf-8"))["nodes"]) for f in files) == len(graph["nodes"])
    # The contract holds for the combined graph (mentions checked against the texts, by their sha256).
    by_sha = {}
    for line in lines:
        text = json.loads(line)["text"].encode("utf-8")
        by_sha[hashlib.sha256(text).hexdigest()] = text
    check_contract(graph, {d["id"]: by_sha[d["sha256"]] for d in graph["documents"]})


def other_counts_and_jobs_give_the_same_bytes():
    single = (work / "single" / "graph.json").read_bytes()
    for count, jobs in ((1, 1), (3, 1), (7, 2)):
        files = shard_merges(count, jobs, count)
        out = work / f"combined-{count}"
        run(binary, "merge", *reversed(files), "--out", out, "--format", "json", "-q", check=0)
        assert (out / "graph.json").read_bytes() == single, f"{count} shards"


def bad_shard_values_are_refused():
    part = sorted(frags.iterdir())[0]
    table = [("4/4", "K counts from 0 to N-1"), ("1/0", "at least 1"), ("two/4", "expected K/N"), ("-1/4", "expected K/N"),
             ("1", "expected K/N"), ("0/70000", "at most 65536")]
    for value, problem in table:
        r = run(binary, "merge", part, "--shard", value, "--out", work / "bad", check=2)
        assert "--shard" in r.stderr and problem in r.stderr, (value, r.stderr)
    r = run(binary, "merge", part, "--shard", "0/2", "--out", work / "bad", "--format", "json,svg", check=2)
    assert "graph.json alone" in r.stderr, r.stderr
    r = run(binary, "merge", part, "--shard", "0/2", "--out", work / "bad", "--update", work / "single" / "graph.json", check=2)
    assert "--shard and --update" in r.stderr, r.stderr
    assert not (work / "bad" / "graph.json").exists()


def missing_doubled_and_mixed_shards_are_refused():
    four = [work / "shards-4" / str(k) / "graph.json" for k in range(4)]
    three = [work / "shards-3" / str(k) / "graph.json" for k in range(3)]
    table = [([four[0], four[1], four[3]], "3 of 4 shards given; missing: 2/4"),
             ([four[0], four[1], four[1], four[2], four[3]], "shard 1/4 again"),
             ([four[0], four[1], four[2], three[2]], "shards of different counts"),
             ([*four, sorted(frags.iterdir())[0]], "no shard, but")]
    for files, problem in table:
        out = work / "refused"
        r = run(binary, "merge", *files, "--out", out, "--format", "json", check=2)
        assert problem in r.stderr, (problem, r.stderr)
        assert not (out / "graph.json").exists()
    # A shard is no whole graph: an update refuses it.
    r = run(binary, "build", "--update", four[0], sorted(work.glob("chunk-*.jsonl"))[0], "--out", work / "refused", check=2)
    assert "a shard of a graph" in r.stderr, r.stderr


def graph_file(documents, nodes, edges):
    return {"format": "newsgraph", "version": 1, "generator": "test", "documents": documents, "nodes": nodes,
            "edges": edges, "meetings": [], "statements": []}


def edge_to_a_withdrawn_node_goes_as_in_one_merge():
    # Node Z stands on the first version of article "a" alone; an edge to it on article "b". The
    # correction of "a" withdraws the first version: Z goes, and with it the edge, in one merge and in
    # shards alike, also when the edge's shard is not Z's (the combining step leaves it out).
    def doc(doc_id, sha_digit, date):
        return {"id": doc_id, "source": f"https://news.example/{doc_id}", "title": None, "date": date,
                "sha256": sha_digit * 64, "bytes": 100, "text": "as_read", "meta": {}}
    z = {"id": "organization:zeta-works", "type": "organization", "label": "Zeta Works", "aliases": [], "attributes": {}}
    y = {"id": "person:yara-holt", "type": "person", "label": "Yara Holt", "aliases": [], "attributes": {}}
    edge = {"id": "e:yara-zeta", "type": "affiliated_with", "source": y["id"], "target": z["id"], "attributes": {},
            "evidence": [{"doc": "b", "start": 0, "end": 20}]}
    first = graph_file([doc("a", "1", "2025-01-01")], [dict(z, mentions=[{"doc": "a", "start": 0, "end": 10}])], [])
    second = graph_file([doc("a", "2", "2025-02-01"), doc("b", "3", "2025-01-05")],
                        [dict(y, mentions=[{"doc": "b", "start": 30, "end": 39}]), dict(z, mentions=[])], [edge])
    files = [work / "first.json", work / "second.json"]
    for path, graph in zip(files, (first, second)):
        path.write_text(json.dumps(graph), encoding="utf-8")
    run(binary, "merge", *files, "--out", work / "withdrawn-one", "--format", "json", "-q", check=0)
    expected = (work / "withdrawn-one" / "graph.json").read_bytes()
    assert b"e:yara-zeta" not in expected and b"zeta-works" not in expected
    count = next(n for n in range(2, 9) if fnv1a_64(edge["id"]) % n != fnv1a_64(z["id"]) % n)
    shards = []
    for k in range(count):
        out = work / "withdrawn-shards" / str(k)
        run(binary, "merge", *files, "--shard", f"{k}/{count}", "--out", out, "-q", check=0)
        shards.append(out / "graph.json")
    assert any(b"e:yara-zeta" in s.read_bytes() for s in shards)  # its shard kept it: only the ends tell
    run(binary, "merge", *shards, "--out", work / "withdrawn-combined", "-q", "--format", "json", check=0)
    assert (work / "withdrawn-combined" / "graph.json").read_bytes() == expected


checks.check("single build and fragments of the chunks", single_build_and_fragments)
checks.check("4 shards merged, then combined in any order = single build", four_shards_combine_to_the_build)
checks.check("1, 3 and 7 shards, 1 or 2 jobs: the same bytes", other_counts_and_jobs_give_the_same_bytes)
checks.check("bad --shard values and options are refused with the reason", bad_shard_values_are_refused)
checks.check("a missing, doubled or foreign shard is refused, nothing written", missing_doubled_and_mixed_shards_are_refused)
checks.check("an edge to a node a correction withdrew goes, sharded or not", edge_to_a_withdrawn_node_goes_as_in_one_merge)
shutil.rmtree(work, ignore_errors=True)
checks.finish()
