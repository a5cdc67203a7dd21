#!/usr/bin/env python3
"""End-to-end: the bad-input matrix of issue #7. Every input is generated
here in a temporary folder (nothing big is committed) and removed at the end.

For each case: the message on stderr (`newsgraph: PATH[:LINE]: problem`), the
exit status (0 all used, 1 some skipped, 2 usage or fatal) and that the good
inputs of the same run still gave their nodes."""
import json
import os
import random
import shutil
import signal
import struct
import subprocess
import tempfile
import time
import zipfile
from pathlib import Path

from common import Checks, parse_args

args = parse_args()
binary = args.binary
work = Path(tempfile.mkdtemp(prefix="newsgraph-bad-"))
checks = Checks()


def article(surname):
    """One sentence that gives the node person:aiko-<surname>."""
    return (f"Japanese Prime Minister Aiko {surname.capitalize()} met Brazilian President "
            f"Tomas Ferreira in Tokyo on Monday.\n")


def node_ids(out):
    return {n["id"] for n in json.loads((out / "graph.json").read_text(encoding="utf-8"))["nodes"]}


def run(*argv, timeout=120, **kw):
    return subprocess.run([binary, *map(str, argv)], capture_output=True, text=True, errors="replace",
                          timeout=timeout, **kw)


def expect(r, code, *messages):
    assert r.returncode == code, f"exit {r.returncode}, expected {code}\nstderr: {r.stderr[-3000:]}"
    for m in messages:
        assert m in r.stderr, f"{m!r} not in stderr:\n{r.stderr[-3000:]}"
    for line in r.stderr.splitlines():
        assert line.startswith("newsgraph: "), f"stray stderr line: {line!r}"


# ---------------------------------------------------------------- the matrix
# name -> (file name, bytes, message or None, skipped?, node expected?)
good = work / "good.txt"
good.write_text(article("goodwin"), encoding="utf-8")
elf_head = Path(binary).read_bytes()[:4096]
zip_path = work / "archive.zip"
with zipfile.ZipFile(zip_path, "w") as z:
    z.writestr("a.txt", "inside a zip")
png = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + bytes(17)

matrix = [
    ("empty file", "empty.txt", b"", "empty.txt: empty file", True, None),
    ("white space only", "blank.txt", b"  \n\t\r\n \n", "blank.txt: no text (only white space)", True, None),
    ("PDF", "report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "report.txt: not a text file: PDF document", True, None),
    ("PNG", "image.txt", png, "image.txt: not a text file: PNG image", True, None),
    ("zip", "archive.txt", zip_path.read_bytes(), "archive.txt: not a text file: zip archive", True, None),
    ("ELF executable", "program.txt", elf_head, "program.txt: not a text file: ELF executable", True, None),
    ("random control bytes", "noise.txt", bytes(random.Random(7).randrange(0, 32) for _ in range(3000)),
     "noise.txt: not a text file: binary data", True, None),
    ("invalid UTF-8 repaired", "latin1.txt", b"Caf\xe9 news. " + article("latinone").encode(),
     "latin1.txt: invalid UTF-8 at byte 3 (replaced with U+FFFD)", False, "person:aiko-latinone"),
    ("UTF-16LE with BOM", "utf16le.txt", b"\xff\xfe" + article("sixteenle").encode("utf-16-le"), None, False,
     "person:aiko-sixteenle"),
    ("UTF-16BE with BOM", "utf16be.txt", b"\xfe\xff" + article("sixteenbe").encode("utf-16-be"), None, False,
     "person:aiko-sixteenbe"),
    ("UTF-32LE with BOM", "utf32.txt", b"\xff\xfe\x00\x00" + article("thirtytwo").encode("utf-32-le"), None, False,
     "person:aiko-thirtytwo"),
    ("CRLF line ends", "crlf.txt", ("Headline\r\n" + article("crlfline")).replace("\n", "\r\n").encode(), None, False,
     "person:aiko-crlfline"),
    ("CR-only line ends", "cr.txt", ("TOKYO\r" + article("crline").strip() + "\rShare this article\r").encode(), None,
     False, "person:aiko-crline"),
    ("NUL bytes", "nul.txt", b"\x00\x00" + article("nulbyte").encode() + b"\x00", "nul.txt: 3 NUL bytes replaced with spaces",
     False, "person:aiko-nulbyte"),
    ("unclosed HTML", "page.html",
     f"<html><body><div><p>{article('htmlopen')}<div><span><b>".encode(), None, False, "person:aiko-htmlopen"),
]


def matrix_run():
    src = work / "matrix"
    src.mkdir()
    for _, name, data, _, _, _ in matrix:
        (src / name).write_bytes(data)
    shutil.copy(good, src / "good.txt")
    out = work / "matrix-out"
    r = run("build", src, "--out", out, "--format", "json")
    skipped = sum(1 for case in matrix if case[4])
    expect(r, 1, f"{skipped} input(s) skipped: ")
    ids = node_ids(out)
    assert "person:aiko-goodwin" in ids, "the good article lost its nodes"
    failures = []
    for title, name, _, message, is_skipped, node in matrix:
        if message and message not in r.stderr:
            failures.append(f"{title}: no {message!r}")
        if node and node not in ids:
            failures.append(f"{title}: node {node} missing")
        summary = r.stderr.splitlines()[-1]
        if is_skipped != (str(src / name) in summary):
            failures.append(f"{title}: {'not ' if is_skipped else ''}in the skipped summary")
    assert not failures, "\n".join(failures) + "\n" + r.stderr


def strict_refuses_invalid_utf8():
    src = work / "strict"
    src.mkdir()
    (src / "latin1.txt").write_bytes(b"Caf\xe9 " + article("strictly").encode())
    shutil.copy(good, src / "good.txt")
    r = run("build", src, "--out", work / "strict-out", "--format", "json", "--strict")
    expect(r, 1, f"{src / 'latin1.txt'}: invalid UTF-8 at byte 3 (refused: --strict)", "1 input(s) skipped")
    ids = node_ids(work / "strict-out")
    assert "person:aiko-goodwin" in ids and "person:aiko-strictly" not in ids


def huge_file_without_newline():
    big = work / "huge.txt"
    with open(big, "wb") as f:
        f.write(article("hugefile").strip().encode() + b" ")
        chunk = b"word " * 200_000  # 1 MB
        for _ in range(200):
            f.write(chunk)
    assert big.stat().st_size > 200_000_000
    started = time.monotonic()
    r = run("build", big, good, "--out", work / "huge-out", "--format", "json", timeout=300)
    elapsed = time.monotonic() - started
    big.unlink()
    expect(r, 0, "huge.txt: file of 200000", "bytes: only its first 2097", "(limit: --max-document-bytes 2097152)",
           "huge.txt:1: ", "split into pieces (limit: --max-sentence-tokens)")
    assert {"person:aiko-hugefile", "person:aiko-goodwin"} <= node_ids(work / "huge-out")
    assert elapsed < 60, f"{elapsed:.0f} s for a file that the cap reduces to 2 MiB"


def million_short_lines():
    lines = work / "lines.txt"
    with open(lines, "wb") as f:
        f.write(article("manylines").encode())
        f.write(b"a\n" * 1_000_000)
    started = time.monotonic()
    r = run("build", lines, "--out", work / "lines-out", "--format", "json")
    expect(r, 0)
    assert "person:aiko-manylines" in node_ids(work / "lines-out")
    assert time.monotonic() - started < 60


def quote_heavy_paragraphs():
    # Quotes repeated in one paragraph were quadratic (each quote walked to the
    # paragraph's end, each pronoun back over every mention): 2 MiB took 88 s.
    patterns = ['"We will go there soon," Ferreira said. ',
                '"We will go there soon," Tomas Ferreira said. He said "we will stay" and ',
                '\u201cWe will go.\u201d \u201cThey will not.\u201d ',
                "''We expect a deal by spring,'' Ferreira said, and he added \"nothing is settled\". ",
                '"a" "b" \u201c']
    for n, pattern in enumerate(patterns):
        path = work / f"quotes-{n}.txt"
        repeats = 2 * 1024 * 1024 // len(pattern.encode())
        path.write_text(article("quoteheavy") + "\n" + pattern * repeats, encoding="utf-8")
        started = time.monotonic()
        r = run("build", path, "--out", work / f"quotes-out-{n}", "--format", "json")
        elapsed = time.monotonic() - started
        assert r.returncode == 0, r.stderr[-2000:]
        assert "person:aiko-quoteheavy" in node_ids(work / f"quotes-out-{n}")
        assert elapsed < 30, f"{elapsed:.0f} s for 2 MiB of quotes ({pattern!r})"
    statements = json.loads((work / "quotes-out-0" / "graph.json").read_text(encoding="utf-8"))["statements"]
    assert any(st["speaker"] == "person:tomas-ferreira" for st in statements)


def many_attributes():
    page = work / "attributes.html"
    attributes = " ".join(f'data-a{i}="x"' for i in range(175_000))
    page.write_text(f"<html><body><p {attributes}>{article('attributes')}</p></body></html>", encoding="utf-8")
    started = time.monotonic()
    r = run("build", page, "--out", work / "attributes-out", "--format", "json")
    elapsed = time.monotonic() - started
    expect(r, 0, "attributes.html: 1 tag(s) with more than 256 attributes")
    assert "person:aiko-attributes" in node_ids(work / "attributes-out")
    assert elapsed < 30, f"{elapsed:.0f} s for one tag with 175k attributes (was 122 s)"


def deep_html():
    page = work / "deep.html"
    page.write_text("<div>" * 100_000 + "<p>" + article("deephtml") + "</p>", encoding="utf-8")
    r = run("build", page, good, "--out", work / "deep-out", "--format", "json")
    # libxml2 may give up on the depth: then the page is skipped by name; it never crashes.
    assert r.returncode in (0, 1), r.stderr
    if r.returncode == 1:
        expect(r, 1, f"{page}: ", "1 input(s) skipped")
    assert "person:aiko-goodwin" in node_ids(work / "deep-out")


def jsonl_bad_lines():
    feed = work / "feed.jsonl"
    good_line = json.dumps({"id": "j1", "text": article("jsonline")})
    feed.write_text("\n".join([
        good_line,
        "{not json at all",
        '{"id": "t", "text": "truncated',
        "[1, 2, 3]",
        '"a string"',
        '{"id": "no-text"}',
        '{"id": "big", "text": "x", "n": 1e99999}',  # once a crash of the whole run (found by fuzzing)
        "",
        json.dumps({"id": "j2", "text": article("jsontwo")}),
    ]) + "\n", encoding="utf-8")
    r = run("build", feed, "--out", work / "jsonl-out", "--format", "json")
    expect(r, 1, f"{feed}:2: ", f"{feed}:3: ", f"{feed}:4: ", f"{feed}:5: ", f"{feed}:6: ",
           f"{feed}:7: not valid JSON (a number out of range)", "6 input(s) skipped")
    assert {"person:aiko-jsonline", "person:aiko-jsontwo"} <= node_ids(work / "jsonl-out")


def links_and_special_files():
    src = work / "links"
    src.mkdir()
    shutil.copy(good, src / "good.txt")
    (src / "dangling.txt").symlink_to(src / "gone.txt")
    (src / "loop-a.txt").symlink_to(src / "loop-b.txt")
    (src / "loop-b.txt").symlink_to(src / "loop-a.txt")
    (src / "sub").mkdir()
    (src / "sub" / "back").symlink_to(src)  # a folder loop
    os.mkfifo(src / "pipe.txt")
    r = run("build", src, "--out", work / "links-out", "--format", "json", timeout=60)
    expect(r, 1, f"{src / 'dangling.txt'}: dangling symbolic link",
           f"{src / 'loop-a.txt'}: symbolic link loop", f"{src / 'loop-b.txt'}: symbolic link loop",
           f"{src / 'sub' / 'back'}: symbolic link loop (leads back to a folder being read), not followed",
           f"{src / 'pipe.txt'}: a named pipe, not an article file", "5 input(s) skipped")
    assert "person:aiko-goodwin" in node_ids(work / "links-out")
    # A named pipe given by name: refused at once, never waited on.
    r = run("build", src / "pipe.txt", good, "--out", work / "pipe-out", "--format", "json", timeout=60)
    expect(r, 1, f"{src / 'pipe.txt'}: is a named pipe, not an article file")


def directory_and_file_swapped():
    folder = work / "folder.txt"
    folder.mkdir()
    (folder / "inside.txt").write_text(article("insidefolder"), encoding="utf-8")
    # A folder named like an article is read as a folder.
    r = run("build", folder, "--out", work / "swap-out", "--format", "json")
    expect(r, 0)
    assert "person:aiko-insidefolder" in node_ids(work / "swap-out")
    # A file used as a folder.
    r = run("build", f"{good}/", folder, "--out", work / "swap-out2", "--format", "json")
    expect(r, 1, f"{good}/: not a directory")
    # A folder as --lexicon, a file as --out: usage errors, nothing written.
    r = run("build", good, "--out", work / "swap-out3", "--lexicon", folder)
    assert r.returncode == 2 and "--lexicon" in r.stderr, r.stderr
    r = run("build", good, "--out", good)
    expect(r, 2, f"{good}: output path exists and is not a directory")


def unreadable_file():
    if os.geteuid() != 0:
        users = None
    else:
        # As root permissions do not stop reads: run the binary as nobody.
        users = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
        if shutil.which("setpriv") is None or subprocess.run(users + [binary, "--version"], capture_output=True).returncode:
            print("note: running as root and cannot switch to user nobody; unreadable-file case skipped")
            return
    src = work / "perm"
    src.mkdir()
    shutil.copy(good, src / "good.txt")
    secret = src / "secret.txt"
    secret.write_text(article("secretive"), encoding="utf-8")
    secret.chmod(0)
    out = work / "perm-out"
    out.mkdir()
    for p in (work, src, out):
        p.chmod(0o777 if p == out else 0o755)
    (src / "good.txt").chmod(0o644)
    cmd = (users or []) + [binary, "build", str(src), "--out", str(out), "--format", "json", "--jobs", "1"]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    expect(r, 1, f"{secret}: cannot open file for reading: Permission denied", "1 input(s) skipped")
    assert "person:aiko-goodwin" in node_ids(out) and "person:aiko-secretive" not in node_ids(out)


def full_output_location():
    out = work / "full"
    out.mkdir()
    first = run("build", good, "--out", out, "--format", "json")
    expect(first, 0)
    before = (out / "graph.json").read_bytes()
    # A corpus whose graph no longer fits.
    corpus = work / "full-corpus"
    corpus.mkdir()
    for i in range(300):
        (corpus / f"a{i}.txt").write_text(article(f"filler{chr(97 + i % 26)}{chr(97 + i // 26)}"), encoding="utf-8")
    mounted = False
    if os.geteuid() == 0:
        m = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={len(before) + 8192}", "tmpfs", str(out)],
                           capture_output=True)
        mounted = m.returncode == 0
    try:
        if mounted:
            # A tiny tmpfs holding the previous graph: the new one cannot be written.
            (out / "graph.json").write_bytes(before)
            r = run("build", corpus, "--out", out, "--format", "json")
            expect(r, 2, f"{out / 'graph.json'}: write failed: No space left on device")
            how = "tmpfs"
        else:
            # No mount: a file size limit makes write() fail the same way (EFBIG).
            import resource

            def limit():
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                resource.setrlimit(resource.RLIMIT_FSIZE, (len(before) + 4096, len(before) + 4096))

            r = run("build", corpus, "--out", out, "--format", "json", preexec_fn=limit)
            expect(r, 2, f"{out / 'graph.json'}: write failed: File too large")
            how = "RLIMIT_FSIZE"
        assert (out / "graph.json").read_bytes() == before, "the previous graph was damaged"
        assert not [p.name for p in out.iterdir() if p.name != "graph.json"], "temporary file left behind"
        print(f"note: full output location simulated with {how}")
    finally:
        if mounted:
            subprocess.run(["umount", str(out)], check=False)


def extract_to_full_stdout():
    # The fragments cannot be written: the error names standard output.
    with open("/dev/full", "wb") as full:
        r = subprocess.run([binary, "extract", str(good)], stdout=full, stderr=subprocess.PIPE, text=True, timeout=60)
    expect(r, 2, "standard output: No space left on device")


def kill_never_truncates():
    corpus = work / "kill-corpus"
    corpus.mkdir()
    filler = "".join(article(f"pad{i}") for i in range(40))
    for i in range(400):
        (corpus / f"k{i:03d}.txt").write_text(f"Story {i}.\n" + filler, encoding="utf-8")
    out = work / "kill-out"
    expect(run("build", good, "--out", out, "--format", "json,dot"), 0)
    previous = {name: (out / name).read_bytes() for name in ("graph.json", "graph.dot")}
    full = work / "kill-full"
    started = time.monotonic()
    expect(run("build", corpus, "--out", full, "--format", "json,dot", "-q"), 0)
    duration = time.monotonic() - started
    complete = {name: (full / name).read_bytes() for name in ("graph.json", "graph.dot")}
    rng = random.Random(11)
    outcomes = set()
    for attempt in range(6):
        p = subprocess.Popen([binary, "build", corpus, "--out", out, "--format", "json,dot", "-q"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.05, duration * 1.1))
        p.send_signal(signal.SIGKILL)
        p.wait()
        for name in ("graph.json", "graph.dot"):
            now = (out / name).read_bytes()
            assert now in (previous[name], complete[name]), f"attempt {attempt}: {name} is neither old nor complete"
            outcomes.add("new" if now == complete[name] else "old")
        json.loads((out / "graph.json").read_bytes())
        for leftover in out.glob(".graph.*"):
            leftover.unlink()  # a killed writer may leave its temporary file (never graph.json itself)
    print(f"note: {duration:.1f} s per run; SIGKILL outcomes: {sorted(outcomes)}")


def limits_and_determinism():
    src = work / "limits"
    src.mkdir()
    (src / "long.txt").write_text(article("longsentence").strip() + " and" + " more words" * 2000 + "\n",
                                  encoding="utf-8")
    shutil.copy(good, src / "good.txt")
    (src / "bad.txt").write_bytes(b"%PDF-1.4\n")
    r = run("build", src, "--out", work / "lim1", "--format", "json")
    expect(r, 1, f"{src / 'long.txt'}:1: a sentence longer than 250 tokens (longest 40",
           "split into pieces (limit: --max-sentence-tokens)")
    r = run("build", src, "--out", work / "lim2", "--format", "json", "--max-sentence-tokens", "5000")
    assert "--max-sentence-tokens" not in r.stderr, r.stderr
    r = run("build", src, "--out", work / "lim3", "--format", "json", "--max-document-bytes", "1k")
    expect(r, 1, f"{src / 'long.txt'}: file of ", "bytes: only its first", "(limit: --max-document-bytes 1024)")
    r = run("build", src, "--out", work / "lim4", "--format", "json", "--max-mentions", "2")
    expect(r, 1, "more than 2 names and titles", "(limit: --max-mentions)")
    r = run("build", src, "--out", work / "lim5", "--max-sentence-tokens", "0")
    assert r.returncode == 2, r.stderr
    # The same inputs, bad ones included, give the same bytes whatever --jobs.
    outs = []
    for jobs in (1, 2, 4):
        out = work / f"det{jobs}"
        expect(run("build", src, work / "matrix", "--out", out, "--format", "json,dot", "--jobs", jobs), 1)
        outs.append({name: (out / name).read_bytes() for name in ("graph.json", "graph.dot")})
    assert outs[0] == outs[1] == outs[2], "outputs differ between --jobs values"


checks.check("the matrix in one folder: messages, exit 1, summary, good nodes kept", matrix_run)
checks.check("--strict skips invalid UTF-8", strict_refuses_invalid_utf8)
checks.check("200 MB without a newline: cut, bounded time", huge_file_without_newline)
checks.check("one million short lines", million_short_lines)
checks.check("deeply nested HTML", deep_html)
checks.check("2 MiB of quotes in one paragraph: statements, bounded time", quote_heavy_paragraphs)
checks.check("an HTML tag with 175k attributes: warning, bounded time", many_attributes)
checks.check("JSON Lines: malformed, truncated, non-object lines", jsonl_bad_lines)
checks.check("dangling links, link loops, folder loops, named pipes", links_and_special_files)
checks.check("a folder given as a file and a file as a folder", directory_and_file_swapped)
checks.check("unreadable file (as nobody when run as root)", unreadable_file)
checks.check("full output location: clear error, previous graph kept", full_output_location)
checks.check("extract to a full standard output: clear error, exit 2", extract_to_full_stdout)
checks.check("SIGKILL mid-run never leaves a truncated graph", kill_never_truncates)
checks.check("limits: warnings, options; byte-identical across --jobs", limits_and_determinism)
subprocess.run(["chmod", "-R", "u+rwX", str(work)], check=False)
shutil.rmtree(work, ignore_errors=True)
checks.finish()
