"""`newsgraph text` on the news-shaped pages in tests/data/pages: each page's
.expect names the sentences that must be in its text (+), the page chrome that
must not (-), and the title, date, author and warnings the record must carry.
Then `build` on a page and `build` on its text saved as .txt must give the
same nodes. Prints precision/recall of the expected lines as a figure."""
import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import Checks, parse_args, run  # noqa: E402


def squash(s):
    return " ".join(s.split())


def read_expect(path):
    expect = {"+": [], "-": [], "title": None, "date": None, "author": None, "warning": []}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("+ ") or line.startswith("- "):
            expect[line[0]].append(line[2:])
        elif ": " in line:
            key, value = line.split(": ", 1)
            if key == "warning":
                expect["warning"].append(value)
            else:
                expect[key] = value
    return expect


def main():
    args = parse_args()
    pages = sorted((Path(args.source) / "tests" / "data" / "pages").glob("*.html"))
    checks = Checks()
    found = missing = leaked = 0
    tmp = Path(tempfile.mkdtemp(prefix="newsgraph-pages-"))
    try:
        assert len(pages) >= 15, f"only {len(pages)} pages"
        for page in pages:
            expect = read_expect(page.with_suffix(".expect"))
            r = run(args.binary, "text", page, "-q")
            record = json.loads(r.stdout) if r.returncode == 0 and r.stdout else None

            def content(record=record, r=r, expect=expect):
                assert record is not None, f"exit {r.returncode}: {r.stderr}"
                text = squash(record["text"])
                absent = [s for s in expect["+"] if squash(s) not in text]
                present = [s for s in expect["-"] if squash(s) in text]
                assert not absent and not present, f"missing {absent}, chrome {present}\n--- text:\n{record['text']}"

            def metadata(record=record, r=r, expect=expect):
                assert record is not None
                for key in ("title", "date", "author"):
                    if expect[key] is not None:
                        assert record.get(key) == expect[key], f"{key}: {record.get(key)!r}"
                for warning in expect["warning"]:
                    assert warning in r.stderr, f"no warning {warning!r} in {r.stderr!r}"

            checks.check(f"{page.name}: story in, chrome out", content)
            checks.check(f"{page.name}: title, date, byline, warnings", metadata)
            if record is not None:
                text = squash(record["text"])
                found += sum(squash(s) in text for s in expect["+"])
                missing += sum(squash(s) not in text for s in expect["+"])
                leaked += sum(squash(s) in text for s in expect["-"])

            def same_nodes(page=page, record=record):
                assert record is not None
                work = tmp / page.stem
                (work / "html").mkdir(parents=True)
                (work / "txt").mkdir()
                shutil.copy(page, work / "html" / page.name)
                (work / "txt" / (page.stem + ".txt")).write_text(record["text"], encoding="utf-8")
                graphs = []
                for kind in ("html", "txt"):
                    run(args.binary, "build", work / kind, "--out", work / (kind + "-out"), "--format", "json", "-q", check=0)
                    graphs.append(json.loads((work / (kind + "-out") / "graph.json").read_text(encoding="utf-8")))
                assert graphs[0]["nodes"] == graphs[1]["nodes"], "the nodes differ"
                assert graphs[0]["nodes"], "no nodes at all"

            checks.check(f"{page.name}: build on the page = build on its text", same_nodes)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"pages: {len(pages)}; must-have sentences found {found} of {found + missing}; chrome lines leaked {leaked}")
    checks.finish()


if __name__ == "__main__":
    main()
