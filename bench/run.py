"""Speed benchmark: `make bench` or `python bench/run.py [--sizes 100,1000,10000]`.

For each corpus size N (see bench/corpus.py) it builds a throwaway project (seeds/, mkdocs.yml,
theme/) in a temporary folder and measures, each as a fresh process the way a user runs it:

* extraction throughput: read + extract every seed in one process (no workers, nothing written)
* `briefings generate` cold (all cores), again with nothing changed, again after one seed changed
* `briefings check` on the up-to-date tree
* `briefings build`: the site (MkDocs, plus the search index when the build makes one)
* `python -c 'import generator.cli'`: start-up

with wall time, CPU time (user + system, workers included: what other work on the machine does
not inflate), the peak RSS of the largest single process (exact, from wait4) and the peak RSS
of the whole process tree (sampled every 20 ms from /proc, so workers count too). Figures are
printed as a Markdown table; `--json FILE` also writes them as JSON. No figure is asserted: the
targets are listed in BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from corpus import ROOT, SHARED_CSV, write_corpus

PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


@dataclass
class Measure:
    size: int
    step: str
    seconds: float
    max_rss_mb: float  # the largest single process of the run (wait4)
    tree_rss_mb: float  # peak of the summed RSS of the process and its descendants (sampled)
    note: str = ""
    load: float = 0.0  # the machine's 1-minute load average when the step started
    cpu_seconds: float = 0.0  # user + system time of the process and its workers


# --- measuring a subprocess ---------------------------------------------------------------------


def _stat(pid: int) -> tuple[int, int] | None:
    """(parent pid, resident bytes) of a process, None if it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            stat = fh.read()
        with open(f"/proc/{pid}/statm", "rb") as fh:
            resident = int(fh.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return None
    fields = stat[stat.rfind(b")") + 2 :].split()
    return int(fields[1]), resident


def tree_rss(root: int) -> int:
    """Summed RSS of `root` and all its descendants, from one pass over /proc."""
    parents: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        found = _stat(int(entry))
        if found is not None:
            parents.setdefault(found[0], []).append(int(entry))
            rss[int(entry)] = found[1]
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(parents.get(pid, []))
    return total


def run_measured(cmd: list[str], cwd: Path, size: int, step: str) -> Measure:
    """Run `cmd`, wait for it with wait4 (its rusage), and sample its tree's RSS meanwhile."""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    peak = [0]
    done = threading.Event()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    can_sample = Path("/proc/self/statm").exists()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss(proc.pid))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    if can_sample:
        sampler.start()
    output = proc.stdout.read().decode("utf-8", "replace")
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    if can_sample:
        sampler.join()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}:\n{output[-3000:]}")
    last = output.strip().splitlines()[-1] if output.strip() else ""
    cpu = usage.ru_utime + usage.ru_stime
    return Measure(size, step, seconds, usage.ru_maxrss / 1024, peak[0] / 2**20, last, load, cpu)


# --- the throwaway project ----------------------------------------------------------------------


def make_project(root: Path, size: int, source: Path = SHARED_CSV) -> str:
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "theme", root / "theme", ignore=shutil.ignore_patterns("__pycache__"))
    return write_corpus(root / "seeds", size, source=source)


def change_one_seed(seeds: Path) -> None:
    """Edit one seed the way an analyst would: a sentence added at the end."""
    path = sorted(seeds.glob("b*.txt"))[len(list(seeds.glob("b*.txt"))) // 2]
    with path.open("a", encoding="utf-8") as fh:
        fh.write("\nThis sentence was added by the benchmark.\n")


def briefings(*args: str) -> list[str]:
    return [sys.executable, "-m", "generator", *args]


def snapshot_code(work: Path) -> Path:
    """A copy of generator/ that every step imports (through PYTHONPATH): other people editing
    the checkout mid-run would otherwise change the generator fingerprint between steps."""
    src = work / "src"
    shutil.copytree(
        ROOT / "generator", src / "generator", ignore=shutil.ignore_patterns("__pycache__")
    )
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(src), os.environ.get("PYTHONPATH", "")) if p
    )
    return src


def bench_size(
    size: int,
    work: Path,
    jobs: int | None,
    extract_max: int,
    site: bool,
    source: Path,
    extract_runs: int = 3,
) -> list:
    project = work / f"n{size}"
    origin = make_project(project, size, source)
    print(f"\n## N = {size}: {origin}", flush=True)
    results: list[Measure] = []

    def step(name: str, cmd: list[str]) -> None:
        if name.startswith("extract"):
            measure = _median_run(
                [run_measured(cmd, project, size, name) for _ in range(max(1, extract_runs))]
            )
        else:
            measure = run_measured(cmd, project, size, name)
        results.append(measure)
        print(
            f"  {name:<26} {measure.seconds:8.2f} s  cpu {measure.cpu_seconds:7.2f} s  "
            f"max RSS {measure.max_rss_mb:6.0f} MB  "
            f"tree {measure.tree_rss_mb:7.0f} MB  load {measure.load:4.1f}  {measure.note}",
            flush=True,
        )

    limit = min(size, extract_max)
    step(
        f"extract x{limit} (1 process)",
        [sys.executable, __file__, "--extract-only", str(project / "seeds"), "--limit", str(limit)],
    )
    jobs_args = ["-j", str(jobs)] if jobs else []
    step("generate cold", briefings("generate", "-q", *jobs_args))
    step("generate unchanged", briefings("generate", "-q", *jobs_args))
    change_one_seed(project / "seeds")
    step("generate 1 seed changed", briefings("generate", "-q", *jobs_args))
    step("check (up to date)", briefings("check"))
    if site:
        step("build site", briefings("build", *jobs_args))
    shutil.rmtree(project, ignore_errors=True)
    return results


def _median_run(runs: list[Measure]) -> Measure:
    """Of several runs of the extraction step (fresh processes, the same articles), the one with
    the median time per seed-sized article, its note naming every run's: this host's speed
    swings by a third from minute to minute, and one run says more about the minute than about
    the code."""

    def per_article(measure: Measure) -> float:
        try:
            return float(json.loads(measure.note).get("seed_sized_ms") or measure.seconds)
        except (json.JSONDecodeError, AttributeError):
            return measure.seconds

    ordered = sorted(runs, key=per_article)
    middle = ordered[(len(ordered) - 1) // 2]
    note = _throughput_note(middle.note)
    if len(runs) > 1:
        each = ", ".join(f"{per_article(m):.1f}" for m in runs)
        note += f"; median of {len(runs)} runs (seed-sized ms: {each})"
    middle.note = note
    return middle


def _throughput_note(line: str) -> str:
    try:
        data = json.loads(line)
    except json.JSONDecodeError:
        return line[:100]
    seed_sized = (
        f"; seed-sized ({data['seed_chars']} chars, {data['seed_sized']} articles within 20 %): "
        f"{data['seed_sized_ms']:.1f} ms each, {1000 / data['seed_sized_ms']:.0f}/s"
        if data.get("seed_sized_ms")
        else ""
    )
    return (
        f"{data['per_second']:.0f} articles/s ({data['per_cpu_second']:.0f} per CPU-second), "
        f"mean {data['mean_chars']:.0f} chars{seed_sized}, "
        f"median {data['median_ms']:.1f} ms, "
        f"p95 {data['p95_ms']:.1f} ms, max {data['max_ms']:.0f} ms; "
        f"first article {data['warm_up_s']:.2f} s"
    )


# --- extraction alone (runs as its own process) -------------------------------------------------


def extract_only(seeds: Path, limit: int) -> None:
    """Read and extract seeds in this one process; print one JSON line of figures."""
    from generator.extract.pipeline import extract
    from generator.reading import read_seed

    paths = sorted(p for p in seeds.iterdir() if p.suffix in {".txt", ".md", ".html"})[:limit]
    t0 = time.perf_counter()
    extract(read_seed(paths[0]))  # warm-up: imports, language data, compiled patterns
    import ftfy  # noqa: F401  (imported by the first seed with mojibake: a once-per-process cost)

    warm_up = time.perf_counter() - t0
    times = []
    sizes = []
    start, cpu_start = time.perf_counter(), time.process_time()
    for path in paths:
        t = time.perf_counter()
        source = read_seed(path)
        extract(source)
        times.append(time.perf_counter() - t)
        sizes.append(sum(len(block.text) for block in source.blocks))
    total = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    seed = _seed_size()
    # The target is per seed-sized article: the corpus's articles within 20 % of the seed's size.
    near = [t for t, n in zip(times, sizes, strict=True) if abs(n - seed) <= 0.2 * seed]
    times.sort()
    print(
        json.dumps(
            {
                "articles": len(paths),
                "seconds": total,
                "per_second": len(paths) / total,
                "per_cpu_second": len(paths) / cpu,
                "median_ms": statistics.median(times) * 1000,
                "p95_ms": times[int(len(times) * 0.95) - 1 if len(times) > 1 else 0] * 1000,
                "max_ms": times[-1] * 1000,
                "warm_up_s": warm_up,
                "mean_chars": statistics.mean(sizes),
                "seed_chars": seed,
                "seed_sized": len(near),
                "seed_sized_ms": statistics.mean(near) * 1000 if near else None,
            }
        )
    )


def _seed_size() -> int:
    """Characters of text in the project's own seed articles (the issue's "seed-sized"), mean."""
    from generator.reading import read_seed

    paths = [p for p in (ROOT / "seeds").glob("*") if p.suffix in {".txt", ".md", ".html"}]
    sizes = [sum(len(b.text) for b in read_seed(p).blocks) for p in paths]
    return round(statistics.mean(sizes)) if sizes else 2500


# --- main ---------------------------------------------------------------------------------------


def machine() -> str:
    model = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{os.cpu_count()} cores, {model}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def startup(work: Path) -> Measure:
    best = None
    for _ in range(5):
        m = run_measured([sys.executable, "-c", "import generator.cli"], work, 0, "import cli")
        best = m if best is None or m.seconds < best.seconds else best
    return best


def print_table(results: list[Measure]) -> None:
    print("\n| N | step | seconds | CPU s | max RSS MB | tree RSS MB | load | note |")
    print("|---:|---|---:|---:|---:|---:|---:|---|")
    for m in results:
        note = m.note.replace("|", "/")
        print(
            f"| {m.size} | {m.step} | {m.seconds:.2f} | {m.cpu_seconds:.2f} | {m.max_rss_mb:.0f} | "
            f"{m.tree_rss_mb:.0f} | {m.load:.1f} | {note} |"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000", help="comma-separated corpus sizes")
    parser.add_argument("-j", "--jobs", type=int, default=None, help="workers (default: all)")
    parser.add_argument(
        "--extract-max",
        type=int,
        default=2000,
        help="articles timed in the one-process extraction step",
    )
    parser.add_argument(
        "--extract-runs",
        type=int,
        default=3,
        help="runs of the extraction step; the median one is reported",
    )
    parser.add_argument("--no-site", action="store_true", help="skip the site build")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=SHARED_CSV,
        help="the articles' CSV (absent: generated English text)",
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--workdir", type=Path, help="where the projects go (default: temp)")
    parser.add_argument(
        "--live",
        action="store_true",
        help="run the checkout's generator/, not a snapshot taken at the start",
    )
    parser.add_argument("--extract-only", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--limit", type=int, default=10**9, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.extract_only:
        extract_only(args.extract_only, args.limit)
        return 0

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    print(f"machine: {machine()}")
    busy = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    if busy > (os.cpu_count() or 1) / 2:
        print(f"warning: load average {busy:.1f} before starting: other work shares the cores")
    work = Path(tempfile.mkdtemp(prefix="briefings-bench-", dir=args.workdir))
    results: list[Measure] = []
    try:
        if not args.live:
            snapshot_code(work)
        start = startup(work)
        print(f"start-up: `import generator.cli` {start.seconds * 1000:.0f} ms (best of 5)")
        results.append(start)
        for size in sizes:
            results += bench_size(
                size,
                work,
                args.jobs,
                args.extract_max,
                not args.no_site,
                args.corpus,
                args.extract_runs,
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_table(results)
    if args.json:
        args.json.write_text(
            json.dumps({"machine": machine(), "results": [asdict(m) for m in results]}, indent=2)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
