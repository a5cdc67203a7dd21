"""Inputs that broke the reader (issue 19), through the real binary: deep
JSON Lines metadata, a huge line, forged messages in file names, symbolic
links out of a folder, NFD names; and `newsgraph text` shows the text that
offsets refer to."""
import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import Checks, parse_args, run  # noqa: E402

STORY = "Japanese Finance Minister Katsunobu Kato met U.S. Treasury Secretary Scott Bessent in Washington on Thursday."


def main():
    args = parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="newsgraph-read-"))
    checks = Checks()

    def deep_meta():
        deep = tmp / "deep.jsonl"
        depth = 100000
        deep.write_text(json.dumps({"id": "d", "text": STORY})[:-1] + ',"x":' + "[" * depth + "]" * depth + "}\n")
        for cmd in (["build", deep, "--out", tmp / "deep-out", "--format", "json", "-q"], ["extract", deep, "-q"]):
            r = run(args.binary, *cmd, check=0)
            assert "nested deeper than 32 levels" in r.stderr, r.stderr
        graph = (tmp / "deep-out" / "graph.json").read_text()
        assert len(graph) < 100000, len(graph)
        assert json.loads(graph)["documents"][0]["meta"] == {}

    def long_line_memory():
        # A 60 MB line that is not JSON: skipped while reading, memory stays near the cap.
        big = tmp / "big.jsonl"
        with open(big, "w") as f:
            f.write(json.dumps({"id": "a", "text": STORY}) + "\n")
            f.write('{"text":"' + "x" * 60_000_000 + "\n")
            f.write(json.dumps({"id": "c", "text": STORY}) + "\n")
        r = subprocess.run([args.binary, "extract", big, "--max-document-bytes", "64k", "--jobs", "1", "-q"],
                           capture_output=True, text=True, timeout=300)
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        assert r.returncode == 1, r.stderr
        assert f"{big}:2: line of 60000009 bytes skipped: longer than 524288 bytes" in r.stderr, r.stderr
        assert len(r.stdout.splitlines()) == 2
        assert peak_mb < 150, f"peak RSS {peak_mb:.0f} MB for a 60 MB line"  # the first child: the peak is its own
        big.unlink()

    def forged_names():
        d = tmp / "names"
        d.mkdir()
        (d / "ok.txt").write_text(STORY)
        (d / "a\nnewsgraph: all inputs fine\x1b[2J.txt").write_text("")
        r = run(args.binary, "build", d, "--out", tmp / "names-out", "--format", "json", "-q", check=1)
        lines = r.stderr.splitlines()
        assert not any(line.startswith("newsgraph: all inputs fine") for line in lines), r.stderr
        assert "\x1b" not in r.stderr
        assert any("a\\nnewsgraph: all inputs fine\\x1B[2J.txt: empty file" in line for line in lines), r.stderr

    def links_out_of_folder():
        d, outside = tmp / "linked", tmp / "outside"
        d.mkdir()
        outside.mkdir()
        (d / "story.txt").write_text(STORY)
        (outside / "passwd.txt").write_text("root:x:0:0:Secret Person:/root:/bin/bash\n")
        os.symlink(outside / "passwd.txt", d / "passwd.txt")
        r = run(args.binary, "text", d, "-q", check=1)
        assert "outside the folder being read: not followed (--follow-links follows it)" in r.stderr, r.stderr
        assert [json.loads(line)["id"] for line in r.stdout.splitlines()] == ["story"]
        r = run(args.binary, "text", d, "--follow-links", "-q", check=0)
        assert [json.loads(line)["id"] for line in r.stdout.splitlines()] == ["passwd", "story"]

    def nfd_names_merge():
        d = tmp / "nfd"
        d.mkdir()
        nfc = "Colombian Foreign Minister Jos\u00e9 Pe\u00f1a met Peru's minister in Lima on Monday."
        nfd = "Colombian Foreign Minister Jose\u0301 Pen\u0303a met Peru's minister again in Cusco on Friday."
        (d / "a.txt").write_text(nfc, encoding="utf-8")
        (d / "b.txt").write_text(nfd, encoding="utf-8")
        run(args.binary, "build", d, "--out", tmp / "nfd-out", "--format", "json", "-q", check=0)
        graph = json.loads((tmp / "nfd-out" / "graph.json").read_text(encoding="utf-8"))
        people = [n for n in graph["nodes"] if n["type"] == "person"]
        assert [p["label"] for p in people] == ["Jos\u00e9 Pe\u00f1a"], people
        assert {m["doc"] for m in people[0]["mentions"]} == {"a", "b"}
        # `text` shows the normalized text every offset refers to.
        r = run(args.binary, "text", d / "b.txt", "-q", check=0)
        text = json.loads(r.stdout)["text"]
        m = [m for m in people[0]["mentions"] if m["doc"] == "b"][0]
        assert text.encode("utf-8")[m["start"]:m["end"]].decode("utf-8") == "Jos\u00e9 Pe\u00f1a"

    def text_command_like_build():
        d = tmp / "mixed"
        d.mkdir()
        (d / "a.txt").write_text(STORY)
        (d / "b.jsonl").write_text(json.dumps({"id": "j1", "url": "https://x.example/1", "title": "T", "date": "2025-05-02",
                                               "text": STORY}) + "\n{broken\n")
        (d / "c.html").write_text("<html><head><title>Page</title></head><body><p>" + STORY + "</p></body></html>")
        r = run(args.binary, "text", d, "--jobs", "2", check=1)
        records = [json.loads(line) for line in r.stdout.splitlines()]
        assert [x["id"] for x in records] == ["a", "j1", "c"], records
        assert records[1] == {"id": "j1", "source": "https://x.example/1", "date": "2025-05-02", "title": "T", "text": STORY}
        assert records[2]["title"] == "Page" and records[2]["text"] == STORY
        assert f"newsgraph: {d / 'b.jsonl'}:2: not valid JSON" in r.stderr, r.stderr
        assert "1 input(s) skipped" in r.stderr

    checks.check("a 60 MB JSON Lines line is skipped in bounded memory", long_line_memory)
    checks.check("a JSON Lines record with 100k nested arrays: build and extract go on, meta left out", deep_meta)
    checks.check("file names cannot forge message lines or drive the terminal", forged_names)
    checks.check("symbolic links out of an input folder are not followed unless --follow-links", links_out_of_folder)
    checks.check("an NFD name merges with the NFC one; text shows the normalized text", nfd_names_merge)
    checks.check("newsgraph text: same inputs, order and errors as build", text_command_like_build)
    subprocess.run(["rm", "-rf", str(tmp)])
    checks.finish()


if __name__ == "__main__":
    main()
