"""Where one article's time goes: `python bench/stages.py [--count 300] [--cprofile]`.

Times each step of the per-article path on the benchmark corpus (bench/corpus.py), in this one
process, with `time.perf_counter` around each call (no profiler overhead): reading, language
detection, segmentation, every stage of `pipeline.STAGES`, assembling the briefing, rendering the
Markdown and the JSON. `--cprofile` adds the 25 functions with the most own time.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from corpus import iter_seed_files, write_corpus


def timed(totals: dict[str, float], name: str, call, *args):
    start = time.perf_counter()
    result = call(*args)
    totals[name] += time.perf_counter() - start
    return result


def one_article(path: Path, totals: dict[str, float]) -> None:
    from generator.extract import pipeline
    from generator.extract.segment import segment
    from generator.language import detect, load
    from generator.render import render_markdown, to_json

    source = timed(totals, "read_seed", pipeline_read, path)
    code = source.meta.get("language") or timed(totals, "detect language", _detect, source, detect)
    language = load(code)
    pipeline._settle(code)  # as `extract` does after a language's first article: gc.freeze
    doc, _ = _document(source, code, pipeline)
    timed(totals, "segment", segment, doc, source.blocks, language)
    for name, stage in pipeline.STAGES:
        timed(totals, f"stage {name}", stage, doc, language)
    briefing = timed(totals, "to_briefing", pipeline.to_briefing, doc, language, source, "")
    timed(totals, "render markdown", render_markdown, briefing, {"content_sha256": "x"})
    timed(totals, "to_json", to_json, briefing)


def _detect(source, detect):
    """The detection `pipeline.build_document` makes, its sample's joining included."""
    try:
        from generator.extract.pipeline import detection_sample
    except ImportError:  # a checkout from before detection_sample (an A/B against the base)
        return detect(" ".join(b.text for b in source.blocks[:40]))
    return detect(detection_sample(source.blocks))


def pipeline_read(path: Path):
    from generator.reading import read_seed

    return read_seed(path)


def _document(source, code, pipeline):
    """The empty Document `build_document` starts from, without its detection and segmenting."""
    from generator.model import Document

    meta = source.meta
    doc = Document(
        path=source.path,
        text="",
        language=code,
        title=meta.get("title"),
        outlet=meta.get("outlet"),
        url=meta.get("url"),
        published=meta.get("published"),
        tags=list(meta.get("tags", [])),
        warnings=list(source.warnings),
    )
    return doc, None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--cprofile", action="store_true")
    parser.add_argument(
        "--seeds",
        type=Path,
        help="profile the first COUNT seeds of this folder instead of writing the corpus (a "
        "worktree outside the checkout's parent has no ../shared, so its corpus is generated)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefings-profile-") as tmp:
        if args.seeds:
            paths = sorted(iter_seed_files(args.seeds))[: args.count]
            print(f"{len(paths)} seeds of {args.seeds}")
        else:
            print(write_corpus(Path(tmp), args.count))
            paths = list(iter_seed_files(Path(tmp)))
        warm: dict[str, float] = defaultdict(float)
        one_article(paths[0], warm)  # imports, language data, compiled patterns
        print(f"first article (warm-up): {sum(warm.values()) * 1000:.0f} ms")
        for name, seconds in warm.items():
            print(f"  {name:<24} {seconds * 1000:8.1f} ms")
        totals: dict[str, float] = defaultdict(float)
        profiler = cProfile.Profile() if args.cprofile else None
        if profiler:
            profiler.enable()
        for path in paths:
            one_article(path, totals)
        if profiler:
            profiler.disable()
        total = sum(totals.values())
        print(f"\n{len(paths)} articles: {total / len(paths) * 1000:.2f} ms per article")
        for name, seconds in sorted(totals.items(), key=lambda kv: -kv[1]):
            share = seconds / total * 100
            print(f"  {name:<24} {seconds / len(paths) * 1000:8.3f} ms  {share:5.1f} %")
        if profiler:
            pstats.Stats(profiler).sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    main()
