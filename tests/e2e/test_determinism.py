#!/usr/bin/env python3
"""End-to-end: the same articles give the same graph.json, byte for byte, in
any order, with any job count, and through extract + merge in any split.

The corpus is real prose (tests/data/recurring, written for the project) in
which people, offices and countries recur across articles, some only implied
("White House spokeswoman" acts for the United States, a country the article
never names). Extraction must be a pure function of one article: nothing one
article adds to the graph may change what another contributes."""
import itertools
import json
import random
import shutil
import tempfile
from pathlib import Path

from common import Checks, check_contract, parse_args, run

args = parse_args()
binary = args.binary
source = Path(args.source)
work = Path(tempfile.mkdtemp(prefix="newsgraph-e2e-determinism-"))
checks = Checks()
articles = sorted((source / "tests" / "data" / "recurring").glob("*.txt"))
assert len(articles) >= 8


def build(name, inputs, jobs):
    out = work / name
    run(binary, "build", *inputs, "--out", out, "--format", "json", "--jobs", jobs, "-q", check=0)
    return (out / "graph.json").read_bytes()


reference = build("reference", articles, 1)


def every_order_and_job_count():
    orders = [list(reversed(articles))] + [random.Random(seed).sample(articles, len(articles)) for seed in range(4)]
    for i, order in enumerate(orders):
        for jobs in (1, 2, 3):
            assert build(f"order{i}-j{jobs}", order, jobs) == reference, f"order {i}, {jobs} job(s)"


def every_pair_both_ways():
    # The smallest witness of a leak: A then B against B then A, on one worker.
    for a, b in itertools.combinations(articles, 2):
        assert build("ab", [a, b], 1) == build("ba", [b, a], 1), f"{a.name} + {b.name} depends on the order"


def one_article_alone_is_its_own_graph():
    # An article's nodes and edges do not depend on the other articles: its
    # part of the merged graph equals its graph built alone.
    graph = json.loads(reference)
    for path in articles:
        alone = json.loads(build("alone", [path], 1))
        doc = alone["documents"][0]["id"]
        edges = {e["id"] for e in graph["edges"] if any(ev["doc"] == doc for ev in e["evidence"])}
        assert edges == {e["id"] for e in alone["edges"]}, path.name


def extract_and_merge_in_any_split():
    frags = []
    for i, chunk in enumerate((articles[:3], articles[3:5], articles[5:])):
        r = run(binary, "extract", *chunk, "--jobs", "2", "-q", check=0)
        frag = work / f"frag{i}.jsonl"
        frag.write_text(r.stdout, encoding="utf-8")
        frags.append(frag)
    run(binary, "merge", frags[2], frags[0], "--out", work / "m1", "--format", "json", check=0)
    run(binary, "merge", work / "m1" / "graph.json", frags[1], "--out", work / "m2", "--format", "json", check=0)
    assert (work / "m2" / "graph.json").read_bytes() == reference


def the_graph_keeps_the_contract():
    graph = json.loads(reference)
    texts = {}
    for d in graph["documents"]:
        texts[d["id"]] = Path(d["source"]).read_bytes()
    check_contract(graph, texts)


checks.check("every order and job count gives the same bytes", every_order_and_job_count)
checks.check("every pair of articles gives the same bytes both ways", every_pair_both_ways)
checks.check("an article's edges are those of the article alone", one_article_alone_is_its_own_graph)
checks.check("extract + merge in any split gives the bytes of build", extract_and_merge_in_any_split)
checks.check("the merged graph keeps the contract", the_graph_keeps_the_contract)
shutil.rmtree(work, ignore_errors=True)
checks.finish()
