#!/usr/bin/env python3
"""End-to-end golden test: graphs/examples is what the program makes of
examples/articles. The commands of scripts/run-examples.sh are run again
(json and dot: the pictures depend on the Graphviz version) into a temporary
folder, and the results must equal the committed graph.json and graph.dot
byte for byte. A change of output therefore comes with the committed files
made again (scripts/run-examples.sh)."""
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from common import Checks, parse_args

args = parse_args()
binary = str(Path(args.binary).resolve())
source = Path(args.source).resolve()
work = Path(tempfile.mkdtemp(prefix="newsgraph-e2e-golden-"))
checks = Checks()
committed = source / "graphs" / "examples"


def example_commands():
    """The `build/newsgraph build ...` lines of run-examples.sh, as argument lists."""
    script = (source / "scripts" / "run-examples.sh").read_text()
    commands = [line.split()[1:] for line in script.splitlines() if re.match(r"\s*build/newsgraph build ", line)]
    assert commands, "run-examples.sh runs no build"
    return commands


def rebuild(command):
    """Runs one example command with --out moved into the temporary folder and
    only the text formats; returns the folder it wrote and the one it stands for."""
    out_at = command.index("--out") + 1
    committed_out = source / command[out_at]
    out = work / command[out_at]
    formats = command[command.index("--format") + 1].split(",")
    text_formats = [f for f in formats if f in ("json", "dot")]
    if not text_formats:
        return None, committed_out
    args = list(command)
    args[out_at] = str(out)
    args[args.index("--format") + 1] = ",".join(text_formats)
    # Run from the source folder: the documents' sources are the relative paths the script gives.
    r = subprocess.run([binary, *args, "-q"], cwd=source, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, f"{args}: exit {r.returncode}: {r.stderr}"
    return out, committed_out


def examples_are_the_committed_files():
    compared = 0
    for command in example_commands():
        out, committed_out = rebuild(command)
        if out is None:
            continue
        for name in ("graph.json", "graph.dot"):
            made = out / name
            if not made.exists():
                continue
            expected = committed_out / name
            assert expected.exists(), f"{expected} is not committed"
            assert made.read_bytes() == expected.read_bytes(), (
                f"{expected.relative_to(source)} differs from what the program makes now; "
                "run scripts/run-examples.sh and commit the new files if the change is meant")
            compared += 1
    assert compared >= 2, f"only {compared} files compared"


checks.check("graphs/examples: graph.json and graph.dot are what the program makes of examples/articles",
             examples_are_the_committed_files)
shutil.rmtree(work, ignore_errors=True)
checks.finish()
