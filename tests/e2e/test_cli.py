#!/usr/bin/env python3
"""End-to-end: the built binary on the example articles, and its errors."""
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from common import Checks, check_contract, parse_args, run

args = parse_args()
binary = args.binary
examples = Path(args.source) / "examples" / "articles"
work = Path(tempfile.mkdtemp(prefix="newsgraph-e2e-"))
checks = Checks()


def build_examples():
    out = work / "out"
    r = run(binary, "build", examples, "--out", out, "--format", "json,dot,svg", check=0)
    for name in ("graph.json", "graph.dot", "graph.svg"):
        assert (out / name).stat().st_size > 0, name
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    texts = {d["id"]: Path(d["source"]).read_bytes() for d in graph["documents"]}
    assert len(graph["documents"]) == len(list(examples.glob("*.txt")))
    nodes = check_contract(graph, texts)
    # What the example articles say, plainly: these must be in the graph.
    for node_id in ("person:helena-duarte", "person:marcus-whitfield", "country:PT", "country:CA",
                    "person:daniel-mwangi", "person:tesfaye-alemu", "country:JP", "country:KR"):
        assert node_id in nodes, node_id
    pairs = {frozenset((e["source"], e["target"])) for e in graph["edges"] if e["type"] == "met"}
    assert frozenset(("person:helena-duarte", "person:marcus-whitfield")) in pairs
    assert any(s["speaker"] == "person:helena-duarte" and s["kind"] == "direct" for s in graph["statements"])
    assert "Barbara" not in json.dumps(graph)
    # The summary line last; before it, what the pictures left out.
    assert r.stderr.splitlines()[-1].startswith("newsgraph: 3 documents"), r.stderr


def dot_accepts_output():
    out = work / "out"
    r = subprocess.run(["dot", "-Tsvg", str(out / "graph.dot")], capture_output=True)
    assert r.returncode == 0, r.stderr
    assert b"<svg" in r.stdout


def second_run_identical():
    out2 = work / "out2"
    run(binary, "build", examples, "--out", out2, "--format", "json,dot,svg", check=0)
    for name in ("graph.json", "graph.dot", "graph.svg"):
        assert (work / "out" / name).read_bytes() == (out2 / name).read_bytes(), name


def missing_input():
    out = work / "missing-out"
    r = run(binary, "build", work / "no-such.txt", "--out", out, check=2)
    assert f"newsgraph: {work / 'no-such.txt'}: no such file or directory" in r.stderr, r.stderr
    assert not (out / "graph.json").exists()


def empty_directory():
    empty = work / "empty"
    empty.mkdir()
    out = work / "empty-out"
    r = run(binary, "build", empty, "--out", out, check=2)
    assert f"newsgraph: {empty}: directory holds no articles (*.txt, *.jsonl, *.html)" in r.stderr, r.stderr
    assert not (out / "graph.json").exists()


def unwritable_out():
    blocker = work / "a-file"
    blocker.write_text("x")
    r = run(binary, "build", examples, "--out", blocker / "sub", check=2)
    assert f"newsgraph: {blocker / 'sub'}: cannot create output directory" in r.stderr, r.stderr


def some_inputs_skipped():
    out = work / "partial"
    r = run(binary, "build", examples / "ceasefire-call.txt", work / "nope.txt", "--out", out, check=1)
    assert "nope.txt: no such file or directory" in r.stderr
    assert "1 input(s) skipped" in r.stderr
    graph = json.loads((out / "graph.json").read_text(encoding="utf-8"))
    assert len(graph["documents"]) == 1


def existing_graph_kept_on_failure():
    out = work / "out"
    before = (out / "graph.json").read_bytes()
    run(binary, "build", work / "no-such.txt", "--out", out, check=2)
    assert (out / "graph.json").read_bytes() == before
    assert not [p for p in out.iterdir() if p.name.startswith(".")], "temporary file left behind"


def help_and_version():
    r = run(binary, "build", "--help", check=0)
    assert "--out" in r.stdout and "--format" in r.stdout
    r = run(binary, "--help", check=0)
    assert "Examples:" in r.stdout and "Exit status" in r.stdout
    r = run(binary, "--version", check=0)
    assert r.stdout.startswith("newsgraph ")
    r = run(binary, "build", examples, "--out", work / "x", "--format", "bogus", check=2)
    assert 'unknown format "bogus"' in r.stderr


def option_description(help_text, option):
    """The description of `option` in a --help text: the words after its signature, continuation lines included."""
    lines = help_text.splitlines()
    for i, line in enumerate(lines):
        if re.match(r"\s+(-\w,)?" + re.escape(option) + r"\b", line):
            parts = re.split(r"\s{2,}", line.strip(), maxsplit=1)
            text = parts[1] if len(parts) > 1 else ""
            for following in lines[i + 1:]:
                if not following.startswith(" " * 10):
                    break
                text += " " + following.strip()
            return text
    raise AssertionError(f"{option} is not in the help")


def listed_values(description):
    """'Outputs (comma-separated): json, neo4j (folder of CSV), html' -> {'json', 'neo4j', 'html'}."""
    values = description.split(": ", 1)[1]
    return {re.sub(r"\s*\(.*?\)", "", v).strip() for v in values.split(", ")}


def accepted_values(option, pattern):
    """The values the binary accepts for `option`, from its message about a value it does not."""
    r = run(binary, "build", examples, "--out", work / "bad", option, "bogus", check=2)
    found = re.search(pattern, r.stderr)
    assert found, r.stderr
    return {v.strip() for v in re.split(r"[,\s]+", found.group(1)) if v.strip()}


def help_lists_every_format_and_layout():
    formats = accepted_values("--format", r'unknown format "bogus" \(([^)]*)\)')
    layouts = accepted_values("--layout", r"bogus not in \{([^}]*)\}")
    assert {"json", "dot", "svg", "html", "graphml"} <= formats, formats
    assert {"dot", "neato", "sfdp"} <= layouts, layouts
    for command in ("build", "merge"):
        help_text = run(binary, command, "--help", check=0).stdout
        assert listed_values(option_description(help_text, "--format")) == formats, command
        assert listed_values(option_description(help_text, "--layout")) == layouts, command
    # Every one the help lists is real: the binary writes it.
    for fmt in sorted(formats):
        out = work / f"format-{fmt}"
        run(binary, "build", examples, "--out", out, "--format", fmt, "--quiet", check=0)
        assert any(p.name.startswith("graph") or p.name == fmt for p in out.iterdir()), fmt
    for layout in sorted(layouts):
        out = work / f"layout-{layout}"
        run(binary, "build", examples, "--out", out, "--format", "svg", "--layout", layout, "--quiet", check=0)
        assert (out / "graph.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml"), layout


checks.check("build the examples: contract, expected nodes, meetings, statements", build_examples)
checks.check("dot -Tsvg accepts graph.dot", dot_accepts_output)
checks.check("a second run gives identical bytes", second_run_identical)
checks.check("missing input: message, exit 2, no output", missing_input)
checks.check("directory without articles: message, exit 2, no output", empty_directory)
checks.check("unwritable --out: message, exit 2", unwritable_out)
checks.check("one bad input among good ones: exit 1, graph of the rest", some_inputs_skipped)
checks.check("a failed run keeps the existing graph", existing_graph_kept_on_failure)
checks.check("--help, --version, bad --format", help_and_version)
checks.check("the help lists every format and layout the binary takes, and each works", help_lists_every_format_and_layout)
shutil.rmtree(work, ignore_errors=True)
checks.finish()
