#!/usr/bin/env python3
"""End-to-end: how `merge` and `build --update` settle what two inputs say
differently, and what they refuse. Fragments are made by `extract` from
articles written for this test, then changed by hand where a test needs an
input the pipeline would not make."""
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from common import Checks, check_contract, parse_args, run

args = parse_args()
binary = args.binary
source = Path(args.source)
work = Path(tempfile.mkdtemp(prefix="newsgraph-e2e-merge-rules-"))
checks = Checks()

ARTICLES = {
    "talks": "Finance Minister Anna Keller met Trade Minister Boris Lang in Vienna on Monday.\n"
             "\"We made progress,\" Keller said after the talks.\n",
    "visit": "Boris Lang met Anna Keller again in Geneva on Friday, officials said.\n",
    "call": "Anna Keller spoke by phone with Omar Haddad on Tuesday.\n",
}


def write(name, text):
    path = work / name
    path.write_text(text, encoding="utf-8")
    return path


def fragment(name):
    """The fragment extract makes of one article, as a dict."""
    path = write(f"{name}.txt", ARTICLES[name])
    r = run(binary, "extract", path, "-q", check=0)
    return json.loads(r.stdout)


def write_fragments(name, fragments):
    return write(name, "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in fragments))


def merge(*inputs, out="merged", check=0):
    target = work / out
    shutil.rmtree(target, ignore_errors=True)
    r = run(binary, "merge", *inputs, "--out", target, "--format", "json", "-q", check=check)
    return r, target / "graph.json"


def node(graph, node_id):
    return next(n for n in graph["nodes"] if n["id"] == node_id)


# --- one id, two types (issue 19) ------------------------------------------------

def two_types_settle_the_same_in_either_order():
    a = fragment("talks")
    b = fragment("visit")
    for n in b["nodes"]:
        if n["id"] == "person:anna-keller":
            n["type"] = "organization"
    fa = write_fragments("a.jsonl", [a])
    fb = write_fragments("b.jsonl", [b])
    r_ab, ab = merge(fa, fb, out="ab")
    ab_bytes = ab.read_bytes()
    r_ba, ba = merge(fb, fa, out="ba")
    assert ab_bytes == ba.read_bytes(), "merge depends on the order when a node has two types"
    assert node(json.loads(ab_bytes), "person:anna-keller")["type"] == "person"  # the type its id names
    for r in (r_ab, r_ba):
        assert "person:anna-keller" in r.stderr and "two types" in r.stderr, r.stderr


checks.check("one id given two types: the type its id names, in either order, with a warning naming the id",
             two_types_settle_the_same_in_either_order)

if __name__ == "__main__":
    shutil.rmtree(work, ignore_errors=True)
    checks.finish()
