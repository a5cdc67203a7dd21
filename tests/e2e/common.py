"""Helpers for the end-to-end tests: run the real binary, check the JSON contract."""
import argparse
import json
import subprocess
import sys
import unicodedata
from pathlib import Path


def parse_args():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--source", required=True)
    return ap.parse_args()


def run(binary, *args, check=None):
    r = subprocess.run([binary, *map(str, args)], capture_output=True, text=True, timeout=300)
    if check is not None and r.returncode != check:
        raise AssertionError(f"{args}: exit {r.returncode}, expected {check}\nstderr: {r.stderr}")
    return r


def corpus_with_examples(source, corpus, count, seed):
    """Generates `count` articles (scripts/gen_corpus.py) into `corpus` and returns its
    JSON Lines, the example articles (examples/articles) appended, one a line."""
    subprocess.run(["python3", str(source / "scripts" / "gen_corpus.py"), "--count", str(count), "--seed", str(seed),
                    "--out", str(corpus)], check=True)
    lines = corpus.read_text(encoding="utf-8").splitlines()
    for path in sorted((source / "examples" / "articles").glob("*.txt")):
        lines.append(json.dumps({"id": path.stem, "url": str(path), "text": path.read_text(encoding="utf-8")}))
    return lines


def fold(s):
    s = unicodedata.normalize("NFKC", s)
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"')):
        s = s.replace(a, b)
    return " ".join(s.split()).lower()


def check_contract(graph, texts):
    """Asserts the graph-json contract; `texts` maps document id -> bytes."""
    problems = []
    assert graph["format"] == "newsgraph" and graph["version"] == 1
    for key in ("documents", "nodes", "edges", "meetings", "statements"):
        assert isinstance(graph[key], list), key
    nodes = {}
    for n in graph["nodes"]:
        if n["id"] in nodes:
            problems.append(f"node id twice: {n['id']}")
        nodes[n["id"]] = n
        for key in ("type", "label", "aliases", "attributes", "mentions"):
            if key not in n:
                problems.append(f"{n['id']}: no {key}")
        forms = {fold(n["label"])} | {fold(a) for a in n["aliases"]}
        for m in n["mentions"]:
            raw = texts[m["doc"]]
            surface = raw[m["start"]:m["end"]].decode("utf-8")
            if fold(surface) not in forms:
                problems.append(f"{n['id']}: mention {surface!r} is not its label or an alias")
    edge_ids = set()
    for e in graph["edges"]:
        if e["id"] in edge_ids:
            problems.append(f"edge id twice: {e['id']}")
        edge_ids.add(e["id"])
        for end in ("source", "target"):
            if e[end] not in nodes:
                problems.append(f"edge {e['id']}: unknown {end} {e[end]}")
        if not e["evidence"]:
            problems.append(f"edge {e['id']}: no evidence")
    for m in graph["meetings"]:
        for p in m["participants"]:
            if p not in nodes:
                problems.append(f"meeting {m['id']}: unknown participant {p}")
        if m["status"] not in ("held", "planned", "cancelled"):
            problems.append(f"meeting {m['id']}: bad status")
        if not m["evidence"]:
            problems.append(f"meeting {m['id']}: no evidence")
    for s in graph["statements"]:
        if s["speaker"] not in nodes:
            problems.append(f"statement {s['id']}: unknown speaker")
        for a in s["about"]:
            if a not in nodes:
                problems.append(f"statement {s['id']}: unknown about {a}")
        if s["kind"] not in ("direct", "indirect") or not s["text"]:
            problems.append(f"statement {s['id']}: bad kind or empty text")
    assert not problems, "\n".join(problems)
    return nodes


class Checks:
    """Collects failures so that one run reports all of them."""

    def __init__(self):
        self.failures = []
        self.count = 0

    def check(self, name, fn):
        self.count += 1
        try:
            fn()
            print(f"ok   {name}")
        except Exception as err:  # noqa: BLE001 - report every failure
            self.failures.append(name)
            print(f"FAIL {name}: {err}")

    def finish(self):
        print(f"{self.count - len(self.failures)} passed, {len(self.failures)} failed")
        sys.exit(1 if self.failures else 0)
