#!/usr/bin/env python3
"""End-to-end: scripts/newsgraph-dask.py on a real Dask cluster on this
machine: Debian's dask-scheduler and two dask-worker processes on
127.0.0.1, 2,000 generated articles, 4 shards. graph.json must be the bytes
of one `newsgraph build`; an unreachable scheduler and a failing task stop
the run with a clear message. The cluster is stopped whatever happens."""
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import Checks, parse_args, run

args = parse_args()
binary = str(Path(args.binary).resolve())
source = Path(args.source)
script = source / "scripts" / "newsgraph-dask.py"
work = Path(tempfile.mkdtemp(prefix="newsgraph-e2e-dask-"))
checks = Checks()


def python_with_distributed():
    """This Python when it has the distributed module, else Debian's (python3-distributed, scripts/setup.sh)."""
    for candidate in (sys.executable, "/usr/bin/python3"):
        if candidate and subprocess.run([candidate, "-c", "import distributed"], capture_output=True).returncode == 0:
            return candidate
    raise SystemExit("no Python with the module 'distributed' (scripts/setup.sh installs python3-distributed)")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, process, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the scheduler exited with status {process.returncode}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError(f"the scheduler did not listen on port {port} within {seconds} s")


python = python_with_distributed()
tools = {name: shutil.which(name) or f"/usr/bin/{name}" for name in ("dask-scheduler", "dask-worker")}
inputs = []


def make_corpus():
    corpus = work / "corpus.jsonl"
    subprocess.run(["python3", str(source / "scripts" / "gen_corpus.py"), "--count", "2000", "--seed", "21", "--out", str(corpus)],
                   check=True)
    lines = corpus.read_text(encoding="utf-8").splitlines()
    # Five files: one partition holds several, and a file larger than a partition is cut into chunks.
    articles = work / "articles"
    articles.mkdir()
    for n, size in enumerate((700, 100, 100, 500, 600)):
        start = sum((700, 100, 100, 500, 600)[:n])
        (articles / f"dump-{n}.jsonl").write_text("\n".join(lines[start:start + size]) + "\n", encoding="utf-8")
    inputs.extend(sorted(articles.iterdir()))
    corpus.unlink()
    run(binary, "build", *inputs, "--out", work / "single", "--format", "json", "-q", check=0)


def run_script(*extra, timeout=300):
    return subprocess.run([python, str(script), *map(str, extra)], capture_output=True, text=True, timeout=timeout)


def on_cluster(scheduler):
    def four_shards_equal_the_build():
        started = time.monotonic()
        # A generous connect timeout: a cluster just started on a loaded machine can take a while to answer.
        r = run_script(*inputs, "--scheduler", scheduler, "--work", work / "shared", "--out", work / "out", "--shards", 4,
                       "--partition-size", 300, "--binary", binary, "--connect-timeout", 90)
        assert r.returncode == 0, r.stderr
        assert "dashboard: http://" in r.stderr, r.stderr
        last = r.stderr.strip().splitlines()[-1]
        assert "2000 articles" in last and "4 shards" in last and " nodes" in last and " edges" in last, last
        assert (work / "out" / "graph.json").read_bytes() == (work / "single" / "graph.json").read_bytes()
        assert list((work / "shared").iterdir()) == [], "the run's work folder is left behind"
        registered = (work / "cluster.log").read_text(encoding="utf-8").count("Register worker")
        assert registered == 2, f"{registered} workers registered with the scheduler"
        print(f"     ({time.monotonic() - started:.1f} s on the cluster)")

    def failing_task_shows_its_stderr():
        fake = work / "broken-newsgraph"
        fake.write_text("#!/bin/sh\necho 'newsgraph: the disk is on fire' >&2\nexit 2\n")
        fake.chmod(0o755)
        r = run_script(inputs[1], "--scheduler", scheduler, "--work", work / "shared", "--out", work / "broken", "--binary", fake,
                       "--connect-timeout", 90)
        assert r.returncode == 2, r.stderr
        assert "task failed" in r.stderr and "the disk is on fire" in r.stderr and "exit status 2" in r.stderr, r.stderr
        assert not (work / "broken" / "graph.json").exists()

    return four_shards_equal_the_build, failing_task_shows_its_stderr


def unreachable_scheduler_is_told():
    port = free_port()  # nothing listens there
    r = run_script(inputs[1], "--scheduler", f"tcp://127.0.0.1:{port}", "--work", work / "shared", "--out", work / "none",
                   "--connect-timeout", 2, "--binary", binary, timeout=120)
    assert r.returncode == 2, r.stderr
    assert f"cannot reach the Dask scheduler at tcp://127.0.0.1:{port}" in r.stderr, r.stderr
    r = run_script(inputs[1], "--scheduler", "http://127.0.0.1:8787", "--work", work / "shared", "--out", work / "none")
    assert r.returncode == 2 and "expected an address such as tcp://HOST:8786" in r.stderr, r.stderr


def start_cluster(processes):
    port, dashboard = free_port(), free_port()
    logs = open(work / "cluster.log", "w")
    processes.append(subprocess.Popen([tools["dask-scheduler"], "--host", "127.0.0.1", "--port", str(port),
                                       "--dashboard-address", f"127.0.0.1:{dashboard}"], stdout=logs, stderr=logs))
    wait_for_port(port, processes[0])
    scheduler = f"tcp://127.0.0.1:{port}"
    for n in range(2):
        processes.append(subprocess.Popen([tools["dask-worker"], scheduler, "--host", "127.0.0.1", "--nworkers", "1",
                                           "--nthreads", "1", "--no-dashboard", "--local-directory", str(work / f"worker-{n}")],
                                          stdout=logs, stderr=logs))
    return scheduler


def stop_cluster(processes):
    for p in reversed(processes):
        p.terminate()
    for p in processes:
        try:
            p.wait(timeout=20)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


processes = []
try:
    checks.check("a corpus of 2,000 articles in five files, and its single build", make_corpus)
    cluster = start_cluster(processes)
    equal, failing = on_cluster(cluster)
    checks.check("dask-scheduler + 2 dask-workers, 4 shards: graph.json = single build", equal)
    checks.check("a failing task stops the run with its command and stderr", failing)
    checks.check("an unreachable or malformed scheduler address is told, exit 2", unreachable_scheduler_is_told)
finally:
    stop_cluster(processes)
    shutil.rmtree(work, ignore_errors=True)
checks.finish()
