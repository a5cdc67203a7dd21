#!/usr/bin/env python3
"""newsgraph on a Dask cluster: the map/reduce of `newsgraph extract` and
`newsgraph merge`, with the reduce cut into shards.

  scripts/newsgraph-dask.py ARCHIVE/*.jsonl --out out                 # a local cluster
  scripts/newsgraph-dask.py 'news/2024-*' --scheduler tcp://head:8786 \\
      --work /shared/newsgraph-work --out /shared/out --shards 8 --binary /opt/newsgraph/newsgraph

Map: the inputs (article files, JSON Lines files, folders, glob patterns)
are cut into partitions of about --partition-size articles; each partition
is one task that runs `newsgraph extract` and writes its fragments to a
file in the work folder. Reduce: one task per shard K runs `newsgraph merge
--shard K/N` over all fragment files, so each reducer holds 1/N of the
graph; a last task combines the N shards into OUT/graph.json (written
whole or not at all): the bytes `newsgraph build` writes for the same
inputs. Only file paths go through the scheduler: the work folder, the
inputs, the output folder and the binary must be at the same paths on
every worker (a shared file system).

A JSON Lines file larger than a partition is cut into chunk files in the
work folder; its records without a "url" then name the chunk as their
source (CHUNK:LINE) where a build over the file names the file.

Without --scheduler, a local cluster of --workers processes is started
(and stopped at the end). Exit status: 0 done, 1 done with inputs skipped
(their messages are shown), 2 nothing written (a bad argument, an
unreachable scheduler, a failed task: its command and stderr are shown).
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
DEBIAN_PYTHON = "/usr/bin/python3"


def say(message):
    print(f"newsgraph-dask: {message}", file=sys.stderr, flush=True)


class Failure(Exception):
    """A problem that stops the run, told in one message."""


# --- tasks (run on the workers; arguments and results are paths and counts) ---

def run_binary(command):
    """Runs newsgraph; exit 0 or 1 (inputs skipped) is success, returning its stderr."""
    r = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if r.returncode not in (0, 1):
        raise RuntimeError(f"`{' '.join(command)}` failed with exit status {r.returncode}:\n{r.stderr.strip()}")
    return r.stderr


def extract_task(binary, paths, fragment_path, jobs):
    """Map: the fragments of one partition, into fragment_path (renamed into place when complete)."""
    partial = fragment_path + ".partial"
    with open(partial, "wb") as out:
        r = subprocess.run([binary, "extract", *paths, "--quiet", "--jobs", str(jobs)], stdout=out, stderr=subprocess.PIPE,
                           text=False)
    stderr = r.stderr.decode("utf-8", "replace")
    # A partition of nothing readable is skipped, as a build skips such inputs and goes on.
    nothing_read = r.returncode == 2 and "no article could be read" in stderr
    if r.returncode not in (0, 1) and not nothing_read:
        os.unlink(partial)
        shown = " ".join(paths[:3]) + (f" ... ({len(paths)} files)" if len(paths) > 3 else "")
        raise RuntimeError(f"`{binary} extract {shown}` failed with exit status {r.returncode}:\n{stderr.strip()}")
    with open(partial, "rb") as written:
        fragments = sum(1 for _ in written)
    os.replace(partial, fragment_path)
    return {"fragments": fragments, "stderr": stderr, "skipped": r.returncode != 0}


def merge_shard_task(binary, fragments_dir, shard, count, out_dir, jobs):
    """Reduce: shard K of N of everything in the fragments folder."""
    stderr = run_binary([binary, "merge", fragments_dir, "--shard", f"{shard}/{count}", "--out", out_dir, "--quiet",
                         "--jobs", str(jobs)])
    return {"graph": os.path.join(out_dir, "graph.json"), "stderr": stderr}


def combine_task(binary, shard_graphs, out_dir, formats):
    """The N shards into OUT/graph.json; returns newsgraph's summary line."""
    return run_binary([binary, "merge", *shard_graphs, "--out", out_dir, "--format", formats])


# --- the client ---

def parse_args(argv):
    ap = argparse.ArgumentParser(prog="newsgraph-dask.py", description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__.split("\n\n", 1)[1])
    ap.add_argument("inputs", nargs="+", help="article files (.txt, .html, .jsonl), folders of them, glob patterns")
    ap.add_argument("--out", required=True, help="output folder: graph.json (and --format's other files)")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://HOST:PORT); default: a local cluster")
    ap.add_argument("--connect-timeout", type=float, default=15, help="seconds to wait for the scheduler (default 15)")
    ap.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster (default 2)")
    ap.add_argument("--shards", type=int, default=4, help="reducers, each merging 1/N of the graph (default 4)")
    ap.add_argument("--partition-size", type=int, default=5000, help="articles per map task (default 5000)")
    ap.add_argument("--work", help="folder for fragments and shards that every worker reaches at this path "
                                   "(default: a temporary folder; required with --scheduler)")
    ap.add_argument("--keep-work", action="store_true", help="leave the run's fragments and shards in the work folder")
    ap.add_argument("--binary", help="newsgraph on the workers (default: build/newsgraph of this checkout, else PATH)")
    ap.add_argument("--jobs-per-task", type=int, default=1, help="--jobs of each newsgraph task (default 1)")
    ap.add_argument("--format", default="json", help="outputs of the final merge, as newsgraph --format (default json)")
    ap.add_argument("--dashboard", default="127.0.0.1:8787", help="local cluster's dashboard address (default 127.0.0.1:8787)")
    args = ap.parse_args(argv)
    for name in ("workers", "shards", "partition_size", "jobs_per_task"):
        if getattr(args, name) < 1:
            ap.error(f"--{name.replace('_', '-')} must be at least 1")
    if args.shards > 65536:
        ap.error("--shards must be at most 65536")
    if args.scheduler and not args.work:
        ap.error("--work is needed with --scheduler: a folder that every worker reaches at the same path")
    if args.scheduler and not re.fullmatch(r"((tcp|tls|ucx|ws|wss)://)?[^\s/:]+(:\d+)?/?", args.scheduler):
        ap.error(f"--scheduler {args.scheduler!r}: expected an address such as tcp://HOST:8786")
    return args


def find_binary(given):
    if given:
        path = Path(given)
    else:
        local = Path(__file__).resolve().parent.parent / "build" / "newsgraph"
        path = local if local.exists() else Path(shutil.which("newsgraph") or "newsgraph")
    if not (path.is_file() and os.access(path, os.X_OK)):
        raise Failure(f"no newsgraph binary at {path} (--binary PATH)")
    return str(path.resolve())


def expand_inputs(inputs):
    """Every article file, sorted within each input, as absolute paths."""
    files = []
    for given in inputs:
        matches = sorted(glob.glob(given)) if glob.has_magic(given) else [given]
        if not matches:
            raise Failure(f"{given}: no file matches this pattern")
        for match in matches:
            path = Path(match)
            if path.is_dir():
                found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
                if not found:
                    raise Failure(f"{match}: folder holds no articles ({', '.join(ARTICLE_SUFFIXES)})")
                files.extend(str(p.resolve()) for p in found)
            elif path.is_file():
                files.append(str(path.resolve()))
            else:
                raise Failure(f"{match}: no such file or folder")
    return files


def count_lines(path):
    with open(path, "rb") as f:
        return sum(1 for line in f if line.strip())


def cut_jsonl(path, size, chunks_dir, first_index):
    """A large JSON Lines file as chunk files of `size` records in chunks_dir."""
    chunks, out, count = [], None, 0
    with open(path, "rb") as f:
        for line in f:
            if out is None or count == size:
                if out:
                    out.close()
                chunks.append(os.path.join(chunks_dir, f"chunk-{first_index + len(chunks):06d}.jsonl"))
                out, count = open(chunks[-1], "wb"), 0
            out.write(line if line.endswith(b"\n") else line + b"\n")
            count += bool(line.strip())
    if out:
        out.close()
    return chunks


def partitions(files, size, chunks_dir):
    """Lists of paths of about `size` articles each (a JSON Lines file counts its records)."""
    units = []  # (path, articles)
    for path in files:
        if not path.lower().endswith(".jsonl"):
            units.append((path, 1))
            continue
        records = count_lines(path)
        if records <= size:
            units.append((path, records))
        else:
            os.makedirs(chunks_dir, exist_ok=True)
            units.extend((c, size) for c in cut_jsonl(path, size, chunks_dir, len(units)))
    parts, current, weight = [], [], 0
    for path, articles in units:
        if current and weight + articles > size:
            parts.append(current)
            current, weight = [], 0
        current.append(path)
        weight += articles
    if current:
        parts.append(current)
    return parts


def connect(args):
    """A Client on the scheduler given, or on a local cluster started here (returned to be closed)."""
    from distributed import Client, LocalCluster
    if args.scheduler:
        try:
            return Client(args.scheduler, timeout=f"{args.connect_timeout}s"), None
        except (OSError, TimeoutError) as err:
            raise Failure(f"cannot reach the Dask scheduler at {args.scheduler}: {err}") from None
    cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=args.dashboard, silence_logs=40)
    return Client(cluster), cluster


def show_dashboard(client):
    link = client.dashboard_link
    try:
        import bokeh  # noqa: F401 - the dashboard's plots (the task stream) need it
        say(f"dashboard: {link} (task stream: {link.replace('/status', '/tasks')})")
    except ImportError:
        say(f"dashboard: {link.replace('/status', '/info/main/workers.html')} (workers and tasks; the task stream "
            "plots need bokeh, which Debian 12 does not package)")


def wait_all(futures, what):
    """Results in submission order; progress on stderr; the first failure stops the run."""
    from distributed import as_completed
    done = 0
    for future in as_completed(futures):
        if future.status == "error":
            raise Failure(f"a {what} task failed: {future.exception()}")
        done += 1
        if done == len(futures) or done % max(1, len(futures) // 10) == 0:
            say(f"{what}: {done}/{len(futures)} tasks done")
    return [f.result() for f in futures]


def tell_skipped(results):
    skipped = False
    for result in results:
        if result["stderr"].strip():
            sys.stderr.write(result["stderr"] if result["stderr"].endswith("\n") else result["stderr"] + "\n")
        skipped = skipped or result.get("skipped", False)
    return skipped


def run(args, client, binary, parts, run_dir):
    fragments_dir = os.path.join(run_dir, "fragments")
    os.makedirs(fragments_dir)
    say(f"{len(parts)} partitions, {args.shards} shards; work folder {run_dir}")
    maps = [client.submit(extract_task, binary, part, os.path.join(fragments_dir, f"part-{i:06d}.jsonl"), args.jobs_per_task,
                          key=f"extract-{i:06d}-{os.path.basename(run_dir)}") for i, part in enumerate(parts)]
    map_results = wait_all(maps, "map (newsgraph extract)")
    skipped = tell_skipped(map_results)
    reduces = [client.submit(merge_shard_task, binary, fragments_dir, k, args.shards,
                             os.path.join(run_dir, "shards", str(k)), args.jobs_per_task,
                             key=f"merge-shard-{k}-of-{args.shards}-{os.path.basename(run_dir)}") for k in range(args.shards)]
    shard_graphs = [r["graph"] for r in wait_all(reduces, "reduce (newsgraph merge --shard)")]
    combine = client.submit(combine_task, binary, shard_graphs, args.out, args.format,
                            key=f"combine-{os.path.basename(run_dir)}")
    summary = wait_all([combine], "combine (newsgraph merge of the shards)")[0]
    return sum(r["fragments"] for r in map_results), summary, skipped


def counts_of(summary):
    """nodes and edges from newsgraph's summary line."""
    found = dict((name, int(n)) for n, name in re.findall(r"(\d+) (nodes|edges)", summary))
    return found.get("nodes", 0), found.get("edges", 0)


def ensure_distributed():
    """Imports distributed, or runs this script again with Debian's Python, which has python3-distributed."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        if os.path.exists(DEBIAN_PYTHON) and os.path.realpath(sys.executable) != os.path.realpath(DEBIAN_PYTHON):
            os.execv(DEBIAN_PYTHON, [DEBIAN_PYTHON, os.path.abspath(__file__), *sys.argv[1:]])
        raise Failure("the Python module 'distributed' is missing (Debian: apt-get install python3-distributed; "
                      "scripts/setup.sh installs it)") from None


def main(argv):
    args = parse_args(argv)
    started = time.monotonic()
    client = cluster = run_dir = None
    try:
        ensure_distributed()
        binary = find_binary(args.binary)
        files = expand_inputs(args.inputs)
        args.out = os.path.abspath(args.out)
        os.makedirs(args.out, exist_ok=True)
        work = os.path.abspath(args.work) if args.work else tempfile.gettempdir()
        os.makedirs(work, exist_ok=True)
        run_dir = tempfile.mkdtemp(prefix="newsgraph-dask-", dir=work)
        parts = partitions(files, args.partition_size, os.path.join(run_dir, "chunks"))
        say(f"{len(files)} input files")
        client, cluster = connect(args)
        show_dashboard(client)
        articles, summary, skipped = run(args, client, binary, parts, run_dir)
    except Failure as err:
        say(str(err))
        return 2
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
        if run_dir and not args.keep_work:
            shutil.rmtree(run_dir, ignore_errors=True)
    nodes, edges = counts_of(summary)
    say(f"{articles} articles, {nodes} nodes, {edges} edges, {args.shards} shards, {time.monotonic() - started:.1f} s "
        f"-> {os.path.join(args.out, 'graph.json')}")
    return 1 if skipped else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
