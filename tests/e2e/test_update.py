#!/usr/bin/env python3
"""End-to-end: `build --update` as a user runs it, from several shells at
once and with articles their publishers corrected. The articles are written
for this test."""
import fcntl
import json
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from common import Checks, check_contract, parse_args, run

args = parse_args()
binary = args.binary
source = Path(args.source)
work = Path(tempfile.mkdtemp(prefix="newsgraph-e2e-update-"))
checks = Checks()

PEOPLE = ["Anna Keller", "Boris Lang", "Omar Haddad", "Lena Vogt", "Ivo Marek", "Sara Lind", "Tomas Berg", "Nadia Roth"]
CITIES = ["Vienna", "Geneva", "Lisbon", "Oslo", "Prague", "Madrid"]


def corpus(name, count, seed):
    """A JSON Lines file of `count` short articles, ids prefixed with `name`."""
    lines = []
    for i in range(count):
        a = PEOPLE[(seed + i) % len(PEOPLE)]
        b = PEOPLE[(seed + 3 * i + 1) % len(PEOPLE)]
        if a == b:
            b = PEOPLE[(PEOPLE.index(a) + 1) % len(PEOPLE)]
        city = CITIES[(seed + i) % len(CITIES)]
        text = (f"Finance Minister {a} met Trade Minister {b} in {city} on Monday, officials said.\n\n"
                f"\"We agreed on the next steps for item {i} of {name},\" {a.split()[1]} told reporters.\n")
        lines.append(json.dumps({"id": f"{name}-{i}", "url": f"https://news.example/{name}/{i}", "text": text}))
    path = work / f"{name}.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


def documents(graph_path):
    return {d["id"] for d in json.loads(graph_path.read_text())["documents"]}


# --- two updates at once (issue 19) ----------------------------------------------

def two_concurrent_updates_lose_nothing():
    out = work / "archive"
    shutil.rmtree(out, ignore_errors=True)
    graph = out / "graph.json"
    run(binary, "build", corpus("base", 50, 0), "--out", out, "--format", "json", "-q", check=0)
    # Large enough that each run reads, folds and writes over a second: the runs overlap.
    first, second = corpus("first", 1500, 1), corpus("second", 1500, 2)
    for attempt in range(2):
        procs = [subprocess.Popen([binary, "build", "--update", graph, path, "--out", out, "--format", "json", "-q",
                                   "--jobs", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for path in (first, second)]
        results = [p.communicate(timeout=300) + (p.returncode,) for p in procs]
        for out_text, err, code in results:
            assert code == 0, f"exit {code}: {err}"
        ids = documents(graph)
        for name in ("base", "first", "second"):
            count = 50 if name == "base" else 1500
            missing = [f"{name}-{i}" for i in range(count) if f"{name}-{i}" not in ids]
            assert not missing, f"attempt {attempt}: {len(missing)} articles of {name} lost, e.g. {missing[:3]}"


def an_update_waits_while_the_graph_is_locked():
    out = work / "locked"
    shutil.rmtree(out, ignore_errors=True)
    graph = out / "graph.json"
    run(binary, "build", corpus("base", 5, 0), "--out", out, "--format", "json", "-q", check=0)
    with open(out / "graph.json.lock", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        proc = subprocess.Popen([binary, "build", "--update", graph, corpus("late", 5, 3), "--out", out, "--format", "json"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(1.5)
        assert proc.poll() is None, "the update did not wait for the lock"
        assert "base-0" in documents(graph) and "late-0" not in documents(graph)
        fcntl.flock(held, fcntl.LOCK_UN)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "is updating this graph; waiting" in err, err
    assert {"base-0", "late-0"} <= documents(graph)


checks.check("two build --update runs on one graph at once: both succeed, no article lost",
             two_concurrent_updates_lose_nothing)
checks.check("an update waits while another holds the graph's lock, and says so", an_update_waits_while_the_graph_is_locked)

if __name__ == "__main__":
    shutil.rmtree(work, ignore_errors=True)
    checks.finish()
