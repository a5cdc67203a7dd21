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

# --- corrected articles (issue 16) ------------------------------------------------

STORY_V1 = ("Finance Minister Anna Keller met Trade Minister Boris Lang in Vienna on Monday.\n\n"
            "\"We made real progress on the tariffs,\" Keller told reporters after the talks.\n")
# The publisher's correction: the minister was Boris Lange, and the talks were on Tuesday.
STORY_V2 = ("Finance Minister Anna Keller met Trade Minister Boris Lange in Vienna on Tuesday.\n\n"
            "\"We made real progress on the tariffs,\" Keller told reporters after the talks.\n")
VISIT = "Anna Keller later met Omar Haddad in Geneva, officials said.\n"


def build(out, *inputs, update=None, command="build", check=0):
    extra = ["--update", out / "graph.json"] if update else []
    r = run(binary, command, *extra, *inputs, "--out", out, "--format", "json", "-q", check=check)
    return r


def folder(name, files):
    path = work / name
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    for file_name, text in files.items():
        (path / file_name).write_text(text)
    return path


def graph_of(out):
    return json.loads((out / "graph.json").read_text())


def a_corrected_file_replaces_its_old_text():
    articles = folder("articles", {"story.txt": STORY_V1, "visit.txt": VISIT})
    out = work / "corrected"
    shutil.rmtree(out, ignore_errors=True)
    build(out, articles)
    assert len(graph_of(out)["meetings"]) == 2
    (articles / "story.txt").write_text(STORY_V2)  # the same file, corrected
    r = build(out, articles / "story.txt", update=True)
    assert "replaced by its corrected version" in r.stderr, r.stderr
    updated = graph_of(out)
    fresh = work / "fresh"
    shutil.rmtree(fresh, ignore_errors=True)
    build(fresh, articles)
    # One meeting per article, the corrected one; Lang gone, Lange there; the graph of the corrected articles.
    assert sorted(d["id"] for d in updated["documents"]) == ["story", "visit"]
    assert len(updated["meetings"]) == 2, "the corrected article's meeting is duplicated"
    ids = {n["id"] for n in updated["nodes"]}
    assert "person:boris-lange" in ids and "person:boris-lang" not in ids, sorted(ids)
    check_contract(updated, {"story": STORY_V2.encode(), "visit": VISIT.encode()})
    assert (out / "graph.json").read_bytes() == (fresh / "graph.json").read_bytes(), "update and a fresh build differ"


def jsonl_record(id_, url, text, date=None):
    record = {"id": id_, "url": url, "text": text}
    if date:
        record["date"] = date
    return json.dumps(record) + "\n"


def a_record_with_the_same_id_or_url_replaces_its_old_text():
    for same in ("id", "url"):
        first = work / "dump-1.jsonl"
        first.write_text(jsonl_record("wire-77", "https://news.example/77", STORY_V1) + jsonl_record("wire-78", "https://news.example/78", VISIT))
        second = work / "dump-2.jsonl"
        second.write_text(jsonl_record("wire-77" if same == "id" else "wire-77b",
                                       "https://news.example/77" if same == "url" else "https://news.example/77-corrected",
                                       STORY_V2))
        out = work / f"by-{same}"
        shutil.rmtree(out, ignore_errors=True)
        build(out, first)
        build(out, second, update=True)
        graph = graph_of(out)
        assert len(graph["documents"]) == 2 and len(graph["meetings"]) == 2, (same, [d["id"] for d in graph["documents"]])
        assert any(d["sha256"] == sha256(STORY_V2) for d in graph["documents"]), same
        # merge --update with the correction's fragment gives the same graph.
        frag = work / "correction.jsonl"
        frag.write_text(run(binary, "extract", second, "-q", check=0).stdout)
        merged = work / f"merged-by-{same}"
        shutil.rmtree(merged, ignore_errors=True)
        build(merged, first)
        build(merged, frag, update=True, command="merge")
        assert (merged / "graph.json").read_bytes() == (out / "graph.json").read_bytes(), same


def sha256(text):
    import hashlib
    return hashlib.sha256(text.encode()).hexdigest()


def in_one_run_the_later_date_wins_in_any_order():
    old = jsonl_record("wire-77", "https://news.example/77", STORY_V1, "2025-05-05")
    new = jsonl_record("wire-77", "https://news.example/77", STORY_V2, "2025-05-06")
    visit = jsonl_record("wire-78", "https://news.example/78", VISIT, "2025-05-06")
    outputs = set()
    for name, lines in (("ab", [old, new, visit]), ("ba", [visit, new, old])):
        corpus_file = work / f"{name}.jsonl"
        corpus_file.write_text("".join(lines))
        out = work / f"dated-{name}"
        shutil.rmtree(out, ignore_errors=True)
        r = build(out, corpus_file)
        assert "replaced by its corrected version" in r.stderr and "dated 2025-05-06" in r.stderr, r.stderr
        outputs.add((out / "graph.json").read_bytes())
    assert len(outputs) == 1, "the order decides which version stays"
    only_new = work / "only-new.jsonl"
    only_new.write_text(new + visit)
    out = work / "dated-only-new"
    shutil.rmtree(out, ignore_errors=True)
    build(out, only_new)
    assert outputs.pop() == (out / "graph.json").read_bytes()


def undated_versions_in_one_run_are_all_kept_with_a_warning():
    corpus_file = work / "undated.jsonl"
    corpus_file.write_text(jsonl_record("wire-77", "https://news.example/77", STORY_V1) +
                           jsonl_record("wire-77", "https://news.example/77", STORY_V2))
    out = work / "undated"
    shutil.rmtree(out, ignore_errors=True)
    r = build(out, corpus_file)
    assert "nothing tells which is the correction" in r.stderr, r.stderr
    assert len(graph_of(out)["documents"]) == 2


def different_articles_are_never_versions():
    # One file name in two folders; JSON Lines records with neither id nor URL at one line of two dumps.
    out = work / "distinct"
    shutil.rmtree(out, ignore_errors=True)
    a = folder("2025-05-01", {"story.txt": STORY_V1})
    b = folder("2025-05-02", {"story.txt": VISIT})
    r = build(out, a, b)
    assert "replaced" not in r.stderr and len(graph_of(out)["documents"]) == 2, r.stderr
    for name, text in (("day-1.jsonl", STORY_V1), ("day-2.jsonl", VISIT)):
        (work / name).write_text(json.dumps({"text": text}) + "\n")
    out = work / "no-ids"
    shutil.rmtree(out, ignore_errors=True)
    build(out, work / "day-1.jsonl")
    r = build(out, work / "day-2.jsonl", update=True)
    assert "replaced" not in r.stderr and len(graph_of(out)["documents"]) == 2, r.stderr


checks.check("--update: a corrected file replaces its old text: its meeting and names withdrawn, as a fresh build",
             a_corrected_file_replaces_its_old_text)
checks.check("--update and merge --update: a record with the same id, or the same URL, replaces its old text",
             a_record_with_the_same_id_or_url_replaces_its_old_text)
checks.check("both versions in one run: the later date wins, in any order, as if only it were given",
             in_one_run_the_later_date_wins_in_any_order)
checks.check("both versions in one run and no date tells: both kept, with a warning",
             undated_versions_in_one_run_are_all_kept_with_a_warning)
checks.check("one file name in two folders, or records without id and URL, are different articles",
             different_articles_are_never_versions)

if __name__ == "__main__":
    shutil.rmtree(work, ignore_errors=True)
    checks.finish()
