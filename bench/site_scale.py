"""How the site build scales: N synthetic briefings, a full `mkdocs build --strict` with the
aggregate pages, the feed and the Pagefind index, timed.

    .venv/bin/python bench/site_scale.py              # N = 100, 1000, 3000
    .venv/bin/python bench/site_scale.py --big        # ... and 10000
    .venv/bin/python bench/site_scale.py --sizes 500 --json

The briefings are model.Briefing objects rendered by the real renderer (generator/render.py), so
the Markdown and JSON are exactly what `briefings generate` writes. Their words are synthetic;
actors come from a pool with a long tail (a few people in many briefings, most in one or two),
like a news archive. Each build runs in a fresh process; the peak memory is the largest resident
size of that process or of Pagefind. Besides wall-clock seconds it prints the CPU seconds (user +
system, the build and Pagefind together), which other work on the machine does not inflate.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.model import (  # noqa: E402
    Actor,
    Briefing,
    KeyPoint,
    OpenQuestion,
    Quote,
    Sentence,
    SourceInfo,
    TimelineEvent,
)
from generator.render import render_markdown, to_json  # noqa: E402

SYLLABLES = [
    "ka",
    "ri",
    "mo",
    "tan",
    "se",
    "lu",
    "bar",
    "pe",
    "no",
    "di",
    "ra",
    "ho",
    "ven",
    "sa",
    "ti",
    "el",
    "mar",
    "gu",
    "wi",
    "do",
    "pra",
    "lin",
    "kor",
    "ba",
    "an",
    "me",
    "su",
]
KINDS = ["pending", "no_comment", "conditional", "disputed", "expected"]


def word(rng: random.Random, syllables: int = 2) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables))


def name(rng: random.Random, words: int) -> str:
    return " ".join(word(rng, rng.randint(2, 3)).capitalize() for _ in range(words))


class Pools:
    """People, organizations, countries and tags shared by all briefings (seeded: repeatable)."""

    def __init__(self, n: int, seed: int = 7) -> None:
        rng = random.Random(seed)
        self.people = [name(rng, rng.choice([2, 2, 3])) for _ in range(max(50, n))]
        self.orgs = [f"{name(rng, 1)} {word(rng).capitalize()}" for _ in range(max(20, n // 5))]
        self.countries = [
            ("ES", "Spain"),
            ("ID", "Indonesia"),
            ("FR", "France"),
            ("US", "USA"),
            ("UA", "Ukraine"),
            ("RU", "Russia"),
            ("JP", "Japan"),
            ("BR", "Brazil"),
        ]
        self.tags = [word(rng, 3) for _ in range(max(20, n // 20))]

    def pick(self, rng: random.Random, items: list, k: int) -> list:
        # A long tail: index ~ exponential, so the first items recur across many briefings.
        out: list = []
        while len(out) < k:
            i = min(int(rng.expovariate(1 / max(1, len(items) / 8))), len(items) - 1)
            if items[i] not in out:
                out.append(items[i])
        return out


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(word(rng, rng.randint(1, 3)) for _ in range(n)).capitalize() + "."


def synthetic_briefing(i: int, pools: Pools) -> Briefing:
    rng = random.Random(i)
    language = "id" if i % 2 else "en"
    title = f"{sentence(rng, 7)[:-1]} {i}"
    sentences = [Sentence("s0", title, "title", 0)]
    for n in range(1, rng.randint(18, 32)):
        sentences.append(Sentence(f"s{n}", sentence(rng, rng.randint(10, 28)), "sentence", n))
    ids = [s.id for s in sentences[1:]]
    actors = []
    for k, person in enumerate(pools.pick(rng, pools.people, rng.randint(3, 6))):
        display = person.split()[-1] if rng.random() < 0.2 else person  # surname-only mentions
        actors.append(
            Actor(
                f"a{k}",
                display,
                "person",
                [],
                word(rng, 3),
                None,
                None,
                sorted(rng.sample(ids, 3), key=ids.index),
            )
        )
    for k, org in enumerate(pools.pick(rng, pools.orgs, rng.randint(1, 3))):
        actors.append(
            Actor(
                f"o{k}",
                org,
                "organization",
                [],
                None,
                None,
                None,
                sorted(rng.sample(ids, 2), key=ids.index),
            )
        )
    for k, (code, country) in enumerate(rng.sample(pools.countries, 2)):
        actors.append(Actor(f"c{k}", country, "country", [], None, None, code, [rng.choice(ids)]))
    year = 2015 + i % 11
    published = f"{year}-{1 + i % 12:02}-{1 + i % 28:02}"
    timeline = []
    for _ in range(rng.randint(2, 5)):
        precision = rng.choice(["day", "month", "year"])
        value = published[: {"day": 10, "month": 7, "year": 4}[precision]]
        sid = rng.choice(ids)
        timeline.append(
            TimelineEvent(
                value,
                rng.choice([None, None, "early", "late"]),
                sentences[int(sid[1:])].text,
                [actors[0].id],
                sid,
            )
        )
    quotes = [
        Quote(actors[q].name, actors[q].id, sentence(rng, 12)[:-1], sid, [sid])
        for q, sid in enumerate(rng.sample(ids, rng.randint(1, 3)))
    ]
    questions = [
        OpenQuestion(sentence(rng, 8)[:-1] + "?", rng.choice(KINDS), [rng.choice(ids)])
        for _ in range(rng.randint(1, 3))
    ]
    return Briefing(
        title=title,
        slug=f"briefing-{i:05}",
        language=language,
        source=SourceInfo(f"seeds/{i:05}.txt", f"{i:064x}", "txt"),
        outlet=name(rng, 1),
        url=f"https://example.org/{i}",
        published=published,
        reference_date=published,
        bottom_line=sentences[1].text,
        key_points=[KeyPoint(s.text, [s.id]) for s in sentences[1:4]],
        sentences=sentences,
        actors=actors,
        dates=[],
        timeline=timeline,
        quotes=quotes,
        open_questions=questions,
        tags=rng.sample(pools.tags, rng.randint(2, 4)),
        warnings=[],
        generator="bench",
    )


def _write_range(args: tuple[Path, int, int, int]) -> None:
    out, start, stop, total = args
    pools = Pools(total)
    for i in range(start, stop):
        b = synthetic_briefing(i, pools)
        (out / f"{b.slug}.md").write_text(render_markdown(b), encoding="utf-8")
        (out / ".data" / f"{b.slug}.json").write_bytes(to_json(b))


def make_project(root: Path, n: int, jobs: int = 2) -> None:
    """mkdocs.yml and theme/ of the repository, N synthetic briefings in briefings/."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "theme", root / "theme", ignore=shutil.ignore_patterns("__pycache__"))
    out = root / "briefings"
    (out / ".data").mkdir(parents=True, exist_ok=True)
    step = max(1, -(-n // (jobs * 4)))
    chunks = [(out, s, min(n, s + step), n) for s in range(0, n, step)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(_write_range, chunks))


BUILD = (
    "import sys; from pathlib import Path; sys.path.insert(0, {repo!r}); "
    "from generator.site_build import build_site; "
    "sys.exit(0 if build_site(Path('mkdocs.yml')) else 1)"
)


def time_build(root: Path) -> dict:
    """One full build in a fresh process: seconds, peak memory (MB), pages written."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    before, cpu_before = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", BUILD.format(repo=str(REPO))],
        cwd=root,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime - cpu_before
    if result.returncode != 0:
        raise RuntimeError(f"build failed:\n{result.stderr[-3000:]}")
    site = root / "site"
    pages = sum(1 for p in site.rglob("index.html") if "pagefind" not in p.parts)
    return {
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),  # user + system of the build and Pagefind
        "peak_mb": round(max(peak, before) / 1024, 1),
        "pages": pages,
        "search_bytes": sum(  # every bundle: pagefind/, pagefind-2/, ...
            p.stat().st_size for d in site.glob("pagefind*") for p in d.rglob("*") if p.is_file()
        ),
    }


def run(sizes: list[int], keep: Path | None = None) -> list[dict]:
    rows = []
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix=f"site-scale-{n}-") as tmp:
            root = (keep / str(n)) if keep else Path(tmp)
            start = time.perf_counter()
            make_project(root, n)
            prepared = time.perf_counter() - start
            row = {"briefings": n, "prepare_seconds": round(prepared, 1), **time_build(root)}
            rows.append(row)
            print(
                f"N={n:>6}  build {row['seconds']:>7.2f} s (cpu {row['cpu_seconds']:>6.1f} s)  "
                f"peak {row['peak_mb']:>7.1f} MB  "
                f"pages {row['pages']:>6}  search index {row['search_bytes'] / 1e6:.1f} MB  "
                f"(writing the briefings took {prepared:.1f} s)",
                file=sys.stderr,
                flush=True,
            )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 3000])
    parser.add_argument("--big", action="store_true", help="also N = 10000")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--keep", type=Path, help="build in KEEP/N instead of a temp folder")
    args = parser.parse_args()
    sizes = args.sizes + ([10_000] if args.big and 10_000 not in args.sizes else [])
    rows = run(sizes, args.keep)
    if args.json:
        print(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
