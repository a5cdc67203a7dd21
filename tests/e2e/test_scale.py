#!/usr/bin/env python3
"""End-to-end: input formats (JSON Lines, HTML, globs, stdin), --jobs
determinism, progress/summary, --update, and extract/merge."""
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from common import Checks, check_contract, parse_args, run

args = parse_args()
binary = args.binary
examples = Path(args.source) / "examples" / "articles"
work = Path(tempfile.mkdtemp(prefix="newsgraph-e2e-scale-"))
checks = Checks()

# A JSON Lines corpus from the example articles, each one several times over
# with other names, plus a few bad lines.
articles = sorted(examples.glob("*.txt"))
records = []
for i, path in enumerate(articles):
    text = path.read_text(encoding="utf-8")
    records.append({"id": path.stem, "url": f"https://news.example/{path.stem}", "date": "2025-03-12",
                    "title": path.stem.replace("-", " "), "text": text, "section": "world", "rank": i})
    for n, (old, new) in enumerate((("Duarte", "Moreira"), ("Mwangi", "Otieno"), ("Whitfield", "Hargreave"))):
        if old in text:
            records.append({"id": f"{path.stem}-{n}", "url": f"https://news.example/{path.stem}/{n}",
                            "date": f"2025-04-0{n + 1}", "text": text.replace(old, new)})
corpus = work / "corpus.jsonl"
lines = [json.dumps(r, ensure_ascii=False) for r in records]
bad = ['{"id": "broken", "text": "unterminated', '', '{"id": "no-text"}', '[1, 2]']
corpus.write_text("\n".join(lines[:2] + bad + lines[2:]) + "\n", encoding="utf-8")


def graph_of(out):
    return json.loads((out / "graph.json").read_text(encoding="utf-8"))


def jsonl_bad_lines_reported_and_skipped():
    out = work / "jsonl"
    r = run(binary, "build", corpus, "--out", out, "--format", "json", "--jobs", "2", check=1)
    assert f"newsgraph: {corpus}:3: not valid JSON at column" in r.stderr, r.stderr
    assert f'newsgraph: {corpus}:5: no "text" field' in r.stderr, r.stderr
    assert f"newsgraph: {corpus}:6: not a JSON object (expected one article per line)" in r.stderr, r.stderr
    assert "3 input(s) skipped" in r.stderr
    graph = graph_of(out)
    assert len(graph["documents"]) == len(records)
    texts = {r["id"]: r["text"].encode("utf-8") for r in records}
    check_contract(graph, texts)
    doc = next(d for d in graph["documents"] if d["id"] == articles[0].stem)
    assert doc["source"] == f"https://news.example/{articles[0].stem}"
    assert doc["meta"] == {"rank": 0, "section": "world"}, doc["meta"]
    assert doc["text"] == "as_read" and doc["date"] == "2025-03-12"


def same_bytes_for_every_jobs():
    outputs = []
    for jobs in (1, 2, 3):
        out = work / f"jobs{jobs}"
        run(binary, "build", corpus, examples, "--out", out, "--format", "json,dot", "--jobs", jobs, check=1)
        outputs.append(((out / "graph.json").read_bytes(), (out / "graph.dot").read_bytes()))
    assert outputs[0] == outputs[1] == outputs[2]


def summary_line():
    r = run(binary, "build", examples, "--out", work / "summary", "--format", "json", check=0)
    line = r.stderr.strip().splitlines()[-1]
    assert line.startswith("newsgraph: 3 documents, ") and " nodes, " in line and " edges, " in line, line
    assert " meetings, " in line and " statements, " in line and line.endswith(f" s -> {work / 'summary'}"), line
    assert "\r" not in r.stderr  # no progress bar when stderr is not a terminal
    r = run(binary, "build", examples, "--out", work / "summary", "--format", "json", "--quiet", check=0)
    assert r.stderr == ""


def html_pages_and_globs():
    pages = work / "pages"
    pages.mkdir()
    (pages / "one.html").write_text(
        "<html><head><title>Lisbon talks</title><meta name='date' content='2025-03-12'></head><body>"
        "<nav>Home World</nav><article><h1>Portugal and Canada agree</h1><p>Portuguese Foreign Minister "
        "Helena Duarte met Canadian Trade Minister Marcus Whitfield in Lisbon on Tuesday.</p>"
        "<script>track('Barbara')</script></article><footer>Copyright</footer></body></html>", encoding="utf-8")
    shutil.copy(articles[0], pages / "two.txt")
    out = work / "html"
    run(binary, "build", str(pages / "*.html"), str(pages / "*.txt"), "--out", out, "--format", "json", check=0)
    graph = graph_of(out)
    docs = {d["id"]: d for d in graph["documents"]}
    assert set(docs) == {"one", "two"}, docs
    assert docs["one"]["text"] == "extracted" and docs["one"]["title"] == "Lisbon talks"
    assert docs["one"]["date"] == "2025-03-12"
    assert "Barbara" not in json.dumps(graph)
    nodes = {n["id"] for n in graph["nodes"]}
    assert "person:helena-duarte" in nodes and "person:marcus-whitfield" in nodes
    r = run(binary, "build", str(pages / "*.pdf"), "--out", work / "none", check=2)
    assert f"newsgraph: {pages / '*.pdf'}: no file matches this pattern" in r.stderr


def stdin_input():
    out = work / "stdin"
    r = subprocess.run([binary, "build", "-", "--out", str(out), "--format", "json"], input=corpus.read_bytes(),
                       capture_output=True, timeout=300)
    assert r.returncode == 1, r.stderr
    assert b"newsgraph: -:3: not valid JSON" in r.stderr
    assert (out / "graph.json").read_bytes() == (work / "jsonl" / "graph.json").read_bytes()


def update_adds_without_duplicates():
    archive = work / "archive"
    run(binary, "build", articles[0], "--out", archive, "--format", "json", check=0)
    before = graph_of(archive)
    run(binary, "build", "--update", archive / "graph.json", articles[1], articles[2], "--out", archive,
        "--format", "json", check=0)
    after = graph_of(archive)
    single = work / "single"
    run(binary, "build", examples, "--out", single, "--format", "json", check=0)
    assert (archive / "graph.json").read_bytes() == (single / "graph.json").read_bytes()
    assert {n["id"] for n in before["nodes"]} <= {n["id"] for n in after["nodes"]}
    # The same articles again (one under another name): nothing changes.
    again = work / "again"
    again.mkdir()
    shutil.copy(articles[1], again / "zz-copy.txt")
    run(binary, "build", "--update", archive / "graph.json", examples, again, "--out", archive, "--format", "json",
        check=0)
    assert (archive / "graph.json").read_bytes() == (single / "graph.json").read_bytes()
    # A missing --update graph starts a new one; a broken one stops the run.
    fresh = work / "fresh"
    run(binary, "build", "--update", fresh / "graph.json", examples, "--out", fresh, "--format", "json", check=0)
    assert (fresh / "graph.json").read_bytes() == (single / "graph.json").read_bytes()
    broken = work / "broken.json"
    broken.write_text("{\"format\": \"newsgraph\"", encoding="utf-8")
    r = run(binary, "build", "--update", broken, examples, "--out", work / "b", "--format", "json", check=2)
    assert f"newsgraph: {broken}: not JSON" in r.stderr, r.stderr


def extract_then_merge():
    frags = work / "fragments.jsonl"
    r = subprocess.run([binary, "extract", str(corpus), "--jobs", "2", "-q"], capture_output=True, timeout=300)
    assert r.returncode == 1 and b":3: not valid JSON" in r.stderr
    frags.write_bytes(r.stdout)
    lines = r.stdout.decode("utf-8").splitlines()
    assert len(lines) == len(records)
    for line in lines:
        fragment = json.loads(line)
        assert fragment["format"] == "newsgraph" and len(fragment["documents"]) == 1
    halves = [work / "h1.jsonl", work / "h2.jsonl"]
    halves[0].write_text("\n".join(reversed(lines[: len(lines) // 2])) + "\n", encoding="utf-8")
    halves[1].write_text("\n".join(lines[len(lines) // 2:]) + "\n", encoding="utf-8")
    run(binary, "merge", halves[1], "--out", work / "m1", "--format", "json", check=0)
    run(binary, "merge", halves[0], work / "m1" / "graph.json", "--out", work / "m2", "--format", "json", check=0)
    assert (work / "m2" / "graph.json").read_bytes() == (work / "jsonl" / "graph.json").read_bytes()
    r = run(binary, "merge", halves[0], work / "nope.jsonl", "--out", work / "m3", "--format", "json", check=1)
    assert "nope.jsonl: no such file or directory" in r.stderr, r.stderr


checks.check("JSON Lines: bad lines reported as file:line and skipped, meta kept", jsonl_bad_lines_reported_and_skipped)
checks.check("--jobs 1, 2, 3 give byte-identical JSON and DOT", same_bytes_for_every_jobs)
checks.check("one summary line with seconds; --quiet is silent", summary_line)
checks.check("HTML pages and glob patterns", html_pages_and_globs)
checks.check("- reads JSON Lines from standard input", stdin_input)
checks.check("--update adds articles; the same articles again change nothing", update_adds_without_duplicates)
checks.check("extract fragments, merge halves in any order = one build", extract_then_merge)
shutil.rmtree(work, ignore_errors=True)
checks.finish()
