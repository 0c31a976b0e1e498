"""The `briefings` command line."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__

SEEDS = Path("seeds")
OUT = Path("briefings")


def folder_options(command):
    """--seeds-dir and --out, shared by the commands that read seeds and briefings."""
    command = click.option(
        "--out",
        "out_dir",
        type=click.Path(path_type=Path),
        default=OUT,
        show_default=True,
        help="Folder the briefings are written to.",
    )(command)
    return click.option(
        "--seeds-dir",
        type=click.Path(path_type=Path),
        default=SEEDS,
        show_default=True,
        help="Folder of seed articles.",
    )(command)


def _err(message: str) -> None:
    click.echo(message, err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefings")
def main() -> None:
    """Briefings: news articles in seeds/ become briefing notes in briefings/ and a site."""


@main.command()
@click.argument("seeds", nargs=-1, type=click.Path(path_type=Path))
@folder_options
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes (default: all cores).",
)
@click.option("--prune", is_flag=True, help="Remove briefings whose seed is gone.")
@click.option(
    "--force",
    is_flag=True,
    help="Regenerate everything, overwriting hand edits outside the notes section.",
)
@click.option("-q", "--quiet", is_flag=True, help="Only the summary line and errors.")
def generate(
    seeds: tuple[Path, ...],
    seeds_dir: Path,
    out_dir: Path,
    jobs: int | None,
    prune: bool,
    force: bool,
    quiet: bool,
) -> None:
    """Turn seed articles (default: all of seeds/) into briefings/*.md.

    Unchanged seeds are skipped (content-hash cache). Exits 1 if any seed failed; every other
    seed is still generated."""
    report = run_generate(
        list(seeds), seeds_dir, out_dir, jobs=jobs, prune=prune, force=force, quiet=quiet
    )
    sys.exit(0 if report.ok else 1)


def run_generate(seeds, seeds_dir, out_dir, *, jobs=None, prune=False, force=False, quiet=False):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    from .generate import generate as do_generate
    from .settings import site_language

    progress = Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        transient=True,
        disable=quiet or not sys.stderr.isatty(),
    )
    try:
        with progress:
            task = progress.add_task("extracting", total=None)
            report = do_generate(
                seeds,
                seeds_dir,
                out_dir,
                jobs=jobs,
                prune=prune,
                force=force,
                progress=lambda n: progress.advance(task, n),
                on_total=lambda n: progress.update(task, total=n),
                labels=site_language(),
            )
    except OSError as exc:  # the output folder itself cannot be made or read: one line, exit 1
        _err(f"error: {exc.filename or out_dir}: {exc.strerror or exc}")
        sys.exit(1)
    for line in report.skipped:
        _err(f"note: {line}")
    if not quiet:
        for line in report.warnings:
            _err(f"warning: {line}")
    for line in report.orphaned:
        _err(f"orphaned: {line}")
    for line in report.failed:
        _err(f"error: {line}")
    click.echo(report.summary())
    return report


@main.command()
@folder_options
def check(seeds_dir: Path, out_dir: Path) -> None:
    """Write nothing; exit 1 listing every stale, missing, orphaned or hand-edited briefing."""
    from .generate import check as do_check
    from .settings import site_language

    result = do_check(seeds_dir, out_dir, labels=site_language())
    for problem in result.problems:
        click.echo(problem)
    if result.ok:
        click.echo("all briefings are up to date")
    sys.exit(0 if result.ok else 1)


@main.command()
@click.argument("file", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option(
    "--format", "fmt", type=click.Choice(["json", "md"]), default="json", show_default=True
)
def extract(file: Path, fmt: str) -> None:
    """Print one article's briefing on stdout."""
    from .generate import Seed, _build_safely, render_file, seed_key

    override = next(
        (o for o in (file.with_suffix(".yml"), file.with_suffix(".yaml")) if o.is_file()), None
    )
    from .settings import site_language

    built = _build_safely(Seed(file, seed_key(file), override, labels=site_language()))
    if not hasattr(built, "briefing"):
        _err(f"error: {built.message}")
        sys.exit(1)
    for warning in built.briefing.warnings:
        _err(f"warning: {file}: {warning}")
    if fmt == "json":
        from .render import to_json

        sys.stdout.write(to_json(built.briefing).decode("utf-8"))
    else:
        sys.stdout.write(render_file(built, ""))


@main.command()
def schema() -> None:
    """Print the JSON Schema of a briefing's JSON (committed as schema/briefing.schema.json)."""
    from .render import json_schema

    sys.stdout.write(json_schema())


@main.command()
@click.option(
    "-f",
    "--config-file",
    type=click.Path(path_type=Path),
    default=Path("mkdocs.yml"),
    show_default=True,
)
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None)
def build(config_file: Path, jobs: int | None) -> None:
    """Generate the briefings, then `mkdocs build --strict` the site into site/."""
    report = run_generate([], SEEDS, OUT, jobs=jobs, quiet=True)
    from .site_build import build_site

    ok = build_site(config_file)
    sys.exit(0 if ok and report.ok else 1)


@main.command()
@click.option(
    "-f",
    "--config-file",
    type=click.Path(path_type=Path),
    default=Path("mkdocs.yml"),
    show_default=True,
)
@click.option("-a", "--dev-addr", default="127.0.0.1:8000", show_default=True)
def serve(config_file: Path, dev_addr: str) -> None:
    """Live preview: editing or adding a seed regenerates its briefing and reloads the page."""
    from .site_build import serve as do_serve

    run_generate([], SEEDS, OUT, quiet=True)
    do_serve(config_file, dev_addr, lambda: run_generate([], SEEDS, OUT, quiet=True))


@main.command(name="eval")
@click.argument("gold_dir", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.argument("articles_dir", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option(
    "--min",
    "minimums",
    multiple=True,
    metavar="FIELD=VALUE",
    help="Fail (exit 1) when a total is below VALUE, e.g. --min actors.f1=0.9",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help="List each article's misses: actors, roles, dates, quotes, questions.",
)
@click.option(
    "--against",
    type=click.Path(path_type=Path, exists=True, file_okay=False),
    metavar="OTHER_GOLD_DIR",
    help="Score a second annotation of the same articles (same file names) in place of the "
    "extraction: how far two annotators agree, by the same rules.",
)
def eval_command(
    gold_dir: Path,
    articles_dir: Path,
    minimums: tuple[str, ...],
    as_json: bool,
    verbose: bool,
    against: Path | None,
) -> None:
    """Score the extraction against gold annotations (format: shared/eval/README.md).

    \b
    FIELD names for --min (totals are micro-averaged over the articles):
      actors.precision actors.recall actors.f1 actors.type actors.role actors.affiliation
      dates.precision dates.recall dates.f1 dates.anchored
      quotes.precision quotes.recall quotes.f1
      questions.precision questions.recall questions.f1
    Exit 1 when a total is below a bar or a gold file cannot be scored."""
    from .evaluate import main as eval_main

    sys.exit(eval_main(gold_dir, articles_dir, list(minimums), as_json, verbose, against))


if __name__ == "__main__":
    main()
