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
    "talks": "Finance Minister Anna Keller met Trade Minister Boris Lang in Vienna on Monday.\n\n"
             "\"We made real progress on the tariffs,\" Keller told reporters after the talks.\n",
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

# --- labels (issue 19) ------------------------------------------------------------

def relabel(frag, node_id, label):
    """The fragment with `node_id` named `label` by its document (its spans unchanged)."""
    for n in frag["nodes"]:
        if n["id"] == node_id:
            old = n["label"]
            n["label"] = label
            if "label_documents" in n:
                n["label_documents"] = {label: n["label_documents"].pop(old)}
    return frag


def labels_go_by_documents_not_bytes():
    talks, visit, call = fragment("talks"), fragment("visit"), fragment("call")
    keller = "person:anna-keller"
    assert node(talks, keller)["label"] == "Anna Keller"
    odd_forms = ["\u0410nna Keller",                       # a Cyrillic capital A
                 "\uff21\uff4e\uff4e\uff41 \uff2b\uff45\uff4c\uff4c\uff45\uff52",  # fullwidth letters
                 "Anna Keller " + "x" * 1_000_000]          # a megabyte
    for odd in odd_forms:
        inputs = [write_fragments("n1.jsonl", [talks]), write_fragments("n2.jsonl", [visit]),
                  write_fragments("odd.jsonl", [relabel(json.loads(json.dumps(call)), keller, odd)])]
        outputs = set()
        for order in ([0, 1, 2], [2, 1, 0], [1, 2, 0]):
            _, graph = merge(*[inputs[i] for i in order], out="labels")
            outputs.add(graph.read_bytes())
        assert len(outputs) == 1, "the label depends on the order"
        merged = json.loads(outputs.pop())
        keller_node = node(merged, keller)
        assert keller_node["label"] == "Anna Keller", keller_node["label"][:40]
        assert odd in keller_node["aliases"]  # kept, as a form one document used
        # One normal article against one odd: a tie in documents, the well-formed form wins.
        _, graph = merge(inputs[2], inputs[0], out="tie")
        assert node(json.loads(graph.read_text()), keller)["label"] == "Anna Keller"


def label_votes_travel_through_graph_json():
    # The odd form and one normal article merged first; the second normal
    # article merged into that graph.json later must still outvote it.
    talks, visit, call = fragment("talks"), fragment("visit"), fragment("call")
    keller = "person:anna-keller"
    long_form = "Anna Keller, the finance minister of the republic"
    odd = write_fragments("odd.jsonl", [relabel(call, keller, long_form)])
    _, first = merge(odd, write_fragments("n1.jsonl", [talks]), out="first")
    assert node(json.loads(first.read_text()), keller)["label"] == long_form  # one document each: the longer form
    _, later = merge(first, write_fragments("n2.jsonl", [visit]), out="later")
    assert node(json.loads(later.read_text()), keller)["label"] == "Anna Keller"
    _, at_once = merge(odd, write_fragments("n1.jsonl", [talks]), write_fragments("n2.jsonl", [visit]), out="at-once")
    assert later.read_bytes() == at_once.read_bytes()


def one_name_in_nfc_and_nfd_is_one_form():
    talks, visit = fragment("talks"), fragment("visit")
    keller = "person:anna-keller"
    nfd = write_fragments("nfd.jsonl", [relabel(talks, keller, "Anna Kelle\u0301r")])
    nfc = write_fragments("nfc.jsonl", [relabel(visit, keller, "Anna Kell\u00e9r")])
    _, graph = merge(nfd, nfc, out="nfc")
    n = node(json.loads(graph.read_text()), keller)
    assert n["label"] == "Anna Kell\u00e9r" and n["label_documents"] == {"Anna Kell\u00e9r": ["talks", "visit"]}, n


checks.check("the label is the well-formed form most documents use, not the longest in bytes (Cyrillic A, fullwidth, 1 MB)",
             labels_go_by_documents_not_bytes)
checks.check("label votes travel in graph.json: merging later gives the label merging at once gives",
             label_votes_travel_through_graph_json)
checks.check("a name in NFD and in NFC is one form, kept in NFC", one_name_in_nfc_and_nfd_is_one_form)

# --- records that name what is not there (issue 19) --------------------------------

def broken_fragments():
    """(what is wrong, the fragment, words the error must hold) for fragments the validator would refuse."""
    def changed(change):
        f = fragment("talks")
        change(f)
        return f
    ghost = "person:nobody"
    return [
        ("a meeting participant that is no node",
         changed(lambda f: f["meetings"][0]["participants"].append(ghost)), ["meetings[0]", ghost]),
        ("a statement speaker that is no node",
         changed(lambda f: f["statements"][0].update(speaker=ghost)), ["statements[0]", ghost]),
        ("a statement about no node",
         changed(lambda f: f["statements"][0]["about"].append(ghost)), ["statements[0]", ghost]),
        ("an unknown edge type",
         changed(lambda f: f["edges"][0].update(type="frobnicates")), ["edges[0]", "frobnicates"]),
        ("a met edge whose meeting is not there",
         changed(lambda f: [e["attributes"].update(meeting="m:0000") for e in f["edges"] if e["type"] == "met"]),
         ["m:0000"]),
        ("a span past the end of its document",
         changed(lambda f: f["nodes"][0]["mentions"][0].update(end=10**6)), ["nodes[0]", "past the end"]),
        ("a node id twice",
         changed(lambda f: f["nodes"].append(dict(f["nodes"][0]))), ["appears twice"]),
    ]


def texts_of(graph):
    return {d["id"]: (work / f"{d['id']}.txt").read_bytes() for d in graph["documents"]}


def merge_refuses_what_names_nothing():
    good = write_fragments("good.jsonl", [fragment("visit")])
    for what, broken, words in broken_fragments():
        bad = write_fragments("bad.jsonl", [fragment("call"), broken])
        r, graph = merge(good, bad, out="refused", check=1)
        for word in ["bad.jsonl:2:"] + words:
            assert word in r.stderr, f"{what}: {word!r} not in {r.stderr!r}"
        merged = json.loads(graph.read_text())
        check_contract(merged, texts_of(merged))  # the rest is merged, and valid
        assert {d["id"] for d in merged["documents"]} == {"visit", "call"}, what


def update_refuses_a_graph_that_names_nothing():
    out = work / "archive"
    for what, broken, words in broken_fragments():
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()
        (out / "graph.json").write_text(json.dumps(broken, indent=1))
        before = (out / "graph.json").read_bytes()
        r = run(binary, "build", "--update", out / "graph.json", write("visit.txt", ARTICLES["visit"]),
                "--out", out, "--format", "json", "-q", check=2)
        for word in ["graph.json"] + words:
            assert word in r.stderr, f"{what}: {word!r} not in {r.stderr!r}"
        assert (out / "graph.json").read_bytes() == before, f"{what}: the graph was replaced"


checks.check("merge skips a fragment naming missing nodes, records or an unknown edge type, naming file, line and record",
             merge_refuses_what_names_nothing)
checks.check("build --update refuses such a graph and replaces nothing", update_refuses_a_graph_that_names_nothing)

if __name__ == "__main__":
    shutil.rmtree(work, ignore_errors=True)
    checks.finish()
