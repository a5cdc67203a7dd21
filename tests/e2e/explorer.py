"""Helpers for the explorer page tests: read the graph embedded in a
graph.html, and run explorer_browser.mjs (headless Chromium) on a plan."""
import json
import re
import subprocess
import tempfile
from pathlib import Path

GRAPH_ELEMENT = re.compile(r'<script type="application/json" id="graph-data">(.*?)</script>', re.S)
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def embedded_graph(html):
    found = GRAPH_ELEMENT.findall(html)
    assert len(found) == 1, f"{len(found)} graph elements in the page"
    return json.loads(found[0])


def browse(source, page, steps, timeout=300, **options):
    """Opens `page` in Chromium, runs `steps`; returns the browser's report."""
    plan = {"page": str(page), "steps": steps, **options}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(plan, f)
    script = Path(source) / "tests" / "e2e" / "explorer_browser.mjs"
    r = subprocess.run(["node", str(script), str(source), f.name], capture_output=True, text=True, timeout=timeout)
    Path(f.name).unlink()
    if r.returncode != 0:
        raise AssertionError(f"explorer_browser.mjs: exit {r.returncode}\n{r.stderr[-3000:]}")
    return json.loads(r.stdout)


def edge_date(graph, edge):
    """When an edge happened, as the page is meant to tell: its meeting's ISO
    date, else the earliest date of its articles, else '' (undated)."""
    meetings = {m["id"]: m for m in graph["meetings"]}
    docs = {d["id"]: d for d in graph["documents"]}
    meeting = meetings.get(edge["attributes"].get("meeting"))
    if meeting and meeting["date"] and ISO_DATE.match(meeting["date"]):
        return meeting["date"]
    dates = [docs[s["doc"]]["date"] for s in edge["evidence"] if docs[s["doc"]]["date"]]
    return min((d for d in dates if ISO_DATE.match(d)), default="")


def meeting_edges(graph):
    """The `met` edges between two people: the lines of the meetings view."""
    people = {n["id"] for n in graph["nodes"] if n["type"] == "person"}
    return [e for e in graph["edges"] if e["type"] == "met" and e["source"] in people and e["target"] in people]


def no_requests_but(report, page):
    """Every request the page made: only the page file itself."""
    others = [u for u in report["requests"] if u != Path(page).resolve().as_uri()]
    assert not others, f"the page asked for {others}"
