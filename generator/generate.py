"""Seeds -> briefings on disk: discovery, the content-hash cache, atomic writes, `check`.

The briefing files are their own cache: each front matter records the seed's sha256, the
override file's sha256 and the generator fingerprint, so an unchanged seed is recognised by
reading one small YAML header, without extracting anything. A `content_sha256` of what the
generator wrote tells a hand edit from a stale file.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from . import __version__
from .reading import OVERRIDE_SUFFIXES, SUPPORTED, SeedError, read_seed
from .render import NOTES_MARKER, render_markdown, to_json
from .slugs import RESERVED, disambiguate, is_variant, slugify

DATA_DIR = ".data"  # beside the briefings; MkDocs skips dot-folders, the site hooks read it
# Temporary files are hidden (MkDocs skips dot-files) and named so that cleaning up after a killed
# run can never remove a file the generator did not write.
TMP_SUFFIX = ".briefings-tmp"
PARENT_POLL = 0.5  # seconds between a worker's checks that its parent still runs
_HASH_LINE = re.compile(r"^content_sha256: .*\n", re.MULTILINE)


# --- fingerprint --------------------------------------------------------------------------------


# Code that never shapes a briefing: the site, the evaluation, the command line's plumbing.
# Changing it must not make every briefing stale.
NOT_OUTPUT_SHAPING = ("site/", "site_build.py", "evaluate.py", "cli.py", "__main__.py")
# Kinds of file that shape output: code, language data (word lists too), templates, schemas.
SHAPING_SUFFIXES = frozenset({".py", ".yaml", ".txt", ".j2", ".json"})


@cache
def generator_version(labels: str | None = None) -> str:
    """The version plus a digest of the code, language data and templates that shape output,
    and the labels' language when the site sets one (it changes every briefing's text)."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        if path.suffix not in SHAPING_SUFFIXES or "__pycache__" in path.parts:
            continue
        if relative.startswith(NOT_OUTPUT_SHAPING):
            continue
        digest.update(relative.encode())
        digest.update(path.read_bytes().replace(b"\r\n", b"\n"))
    version = f"{__version__}+{digest.hexdigest()[:10]}"
    return f"{version} labels={labels}" if labels else version


# --- discovery ----------------------------------------------------------------------------------


@dataclass
class Seed:
    path: Path  # as given, relative to the project when possible
    key: str  # POSIX path recorded in the briefing: identifies the seed across runs
    override: Path | None
    labels: str | None = None  # the site's label language; None: each briefing's own language

    @property
    def override_sha(self) -> str | None:
        if self.override is None:
            return None
        return hashlib.sha256(self.override.read_bytes()).hexdigest()


@dataclass
class Report:
    generated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # one line each: "path: reason"
    skipped: list[str] = field(default_factory=list)  # notes, not failures
    pruned: list[str] = field(default_factory=list)
    orphaned: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        parts = [
            f"{len(self.generated)} generated",
            f"{len(self.unchanged)} unchanged",
            f"{len(self.failed)} failed",
        ]
        if self.pruned:
            parts.append(f"{len(self.pruned)} pruned")
        if self.orphaned:
            parts.append(f"{len(self.orphaned)} orphaned (use --prune to remove)")
        return ", ".join(parts)


def seed_key(path: Path) -> str:
    """The seed's path relative to the project, symlinks not followed: a link to another seed is
    a seed of its own, with its own briefing."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(os.getcwd()).as_posix()
    except ValueError:
        return absolute.as_posix()


def discover(
    targets: Iterable[Path], seeds_dir: Path, report: Report, labels: str | None = None
) -> list[Seed]:
    """The seeds named (files or folders), sorted, with notes for what is skipped and failures
    for what is refused. Hidden folders (.git, editors' caches) are not searched; a hidden file
    with a seed's extension is a seed like any other."""
    files: list[Path] = []
    for target in targets:
        if target.is_dir():
            found, linked = _walk(target)
            files.extend(found)
            note = "skipped, a symlinked folder is not followed"
            report.skipped.extend(f"{d}: {note}" for d in linked)
        elif os.path.lexists(target):
            files.append(target)
        else:
            report.failed.append(f"{target}: no such file or folder")
    seeds: list[Seed] = []
    folder = _SeedsFolder.of(seeds_dir)  # resolved once: resolving costs as much as a seed
    for path in sorted(dict.fromkeys(files)):
        suffix = path.suffix.lower()
        if suffix in OVERRIDE_SUFFIXES:
            continue  # an override file, read with its seed
        if suffix not in SUPPORTED:
            report.skipped.append(f"{path}: skipped, unsupported file type {suffix or '(none)'!r}")
            continue
        refusal = _refusal(path, folder)
        if refusal:
            report.failed.append(f"{_printable(path)}: refused, {refusal}")
            continue
        override = next(
            (o for o in (path.with_suffix(s) for s in OVERRIDE_SUFFIXES) if o.is_file()), None
        )
        seeds.append(Seed(path=path, key=seed_key(path), override=override, labels=labels))
    return seeds


def _walk(folder: Path) -> tuple[list[Path], list[Path]]:
    """Every entry below `folder` that is not a folder, hidden folders left out; and the symlinked
    folders, which are not followed (a link may point anywhere, or to itself)."""
    found: list[Path] = []
    linked: list[Path] = []
    for parent, dirs, names in os.walk(folder):
        linked.extend(Path(parent, d) for d in sorted(dirs) if os.path.islink(Path(parent, d)))
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and Path(parent, d) not in linked)
        found.extend(Path(parent, name) for name in names)
    return found, linked


@dataclass(frozen=True)
class _SeedsFolder:
    path: Path
    root: Path | None  # resolved; None when it cannot be (a symlink loop)
    base: Path  # absolute, links kept

    @classmethod
    def of(cls, seeds_dir: Path) -> _SeedsFolder:
        try:
            root: Path | None = seeds_dir.resolve()
        except (OSError, RuntimeError):
            root = None
        return cls(seeds_dir, root, Path(os.path.abspath(seeds_dir)))


def _refusal(path: Path, folder: _SeedsFolder) -> str | None:
    """Why a seed file cannot be taken, or None: a name that is not text, or a symlink that
    leads out of the seeds folder (the generator reads only what was put in seeds/)."""
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError:
        return "its file name is not valid UTF-8 (rename it)"
    try:
        real = path.resolve(strict=False)
    except (OSError, RuntimeError):
        return "symlink loop"
    root, base = folder.root, folder.base
    if root is None:
        return "symlink loop"
    absolute = Path(os.path.abspath(path))
    if absolute.is_relative_to(base):
        literal = root / absolute.relative_to(base)
    else:  # named on the command line: only the file itself may not be a link out
        literal = absolute.parent.resolve() / absolute.name
    if real != literal and not real.is_relative_to(root):
        return f"symlink points outside {folder.path}/"
    return None


def _printable(path: Path) -> str:
    return str(path).encode("utf-8", "backslashreplace").decode("utf-8")


# --- existing briefings -------------------------------------------------------------------------


@dataclass
class Existing:
    path: Path
    meta: dict
    text: str

    @property
    def source_key(self) -> str | None:
        source = self.meta.get("source")
        return source.get("path") if isinstance(source, dict) else None

    @property
    def generated(self) -> bool:
        return bool(self.meta.get("generator")) and self.source_key is not None

    def cache_key(self) -> tuple:
        source = self.meta.get("source") or {}
        return (source.get("sha256"), self.meta.get("overrides_sha256"), self.meta.get("generator"))

    def hand_edited(self) -> bool:
        recorded = self.meta.get("content_sha256")
        return recorded is not None and recorded != content_hash(self.text)

    def notes(self) -> str:
        index = self.text.find(NOTES_MARKER)
        return self.text[index:] if index >= 0 else ""

    def has_notes(self) -> bool:
        """Whether the analyst wrote anything below the notes marker."""
        return bool(self.notes()[len(NOTES_MARKER) :].strip())


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_front_matter(text: str) -> dict:
    if not text.startswith("---\n"):
        return {}
    end = text.find("\n---\n", 3)
    if end < 0:
        return {}
    try:
        data = yaml.load(text[4 : end + 1], Loader=_LOADER)  # a safe loader
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


# The fields the cache and `check` read. In block-style YAML a line at column 0 starts a top-level
# key, so these keys' lines can be cut out and parsed alone: a small part of a front matter that
# also lists every actor. Anything unusual (flow style, quoted keys, a missing field) falls back
# to parsing the whole front matter.
_CACHE_FIELDS = re.compile(
    r"^(?:source|generator|overrides_sha256|content_sha256):.*\n(?:[ \t].*\n)*", re.MULTILINE
)


def read_cache_fields(text: str) -> dict:
    """What `read_front_matter` gives for the cache's fields, read faster."""
    end = text.find("\n---\n", 3) if text.startswith("---\n") else -1
    if end < 0:
        return {}
    head = "".join(m.group(0) for m in _CACHE_FIELDS.finditer(text, 4, end + 1))
    try:
        data = yaml.load(head, Loader=_LOADER)  # a safe loader
    except yaml.YAMLError:
        data = None
    if isinstance(data, dict) and isinstance(data.get("source"), dict) and "content_sha256" in data:
        return data
    return read_front_matter(text)


def scan_briefings(out_dir: Path) -> dict[Path, Existing]:
    found: dict[Path, Existing] = {}
    if not out_dir.is_dir():
        return found
    for path in sorted(out_dir.glob("*.md")):
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        found[path] = Existing(path, read_cache_fields(text), text)
    return found


def owned_briefings(existing: dict[Path, Existing]) -> tuple[dict[str, Existing], list[Existing]]:
    """The briefings the generator wrote, by seed key, and the extra ones. Two files for one seed
    happen only when a run was killed between writing a renamed briefing and removing the old
    one: the newer is the seed's, the other an extra."""
    by_key: dict[str, list[Existing]] = {}
    for entry in existing.values():
        if entry.generated:
            by_key.setdefault(entry.source_key, []).append(entry)
    owned: dict[str, Existing] = {}
    extras: list[Existing] = []
    for key, entries in by_key.items():
        entries.sort(key=lambda e: (_mtime(e.path), e.path.name))
        owned[key] = entries[-1]
        extras.extend(entries[:-1])
    return owned, sorted(extras, key=lambda e: e.path)


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def content_hash(text: str) -> str:
    """Digest of what the generator wrote: the file up to the notes, minus the digest line."""
    index = text.find(NOTES_MARKER)
    generated = text[: index if index >= 0 else len(text)]
    return hashlib.sha256(_HASH_LINE.sub("", generated, count=1).encode("utf-8")).hexdigest()


# --- building one briefing ----------------------------------------------------------------------


@dataclass
class Built:
    seed: Seed
    slug: str
    briefing: object  # model.Briefing
    meta: dict
    # (slug, json, markdown) rendered by a worker process, so that the parent, which claims slugs
    # and writes, does not render every briefing alone; used only if the slug it claims matches.
    rendered: tuple[str, bytes, str] | None = None


def build_one(seed: Seed) -> Built:
    """Read, extract and apply overrides for one seed. Raises SeedError."""
    from .extract.pipeline import extract
    from .overrides import apply_overrides, apply_to_source, load_overrides

    overrides = load_overrides(seed.override) if seed.override else None
    source = read_seed(seed.path)
    source.path = seed.key
    if overrides:
        apply_to_source(source.meta, overrides)
    briefing = extract(source)
    briefing.generator = generator_version(seed.labels)
    if overrides:
        apply_overrides(briefing, overrides)
    briefing.slug = slugify(briefing.title)
    meta = {"overrides_sha256": seed.override_sha} if seed.override else {}
    return Built(seed, briefing.slug, briefing, meta)


@dataclass
class Failure:
    seed: Seed
    message: str  # "path: reason", one line


def _build_safely(seed: Seed) -> Built | Failure:
    try:
        return build_one(seed)
    except SeedError as exc:
        return Failure(seed, str(exc))
    except RecursionError:
        return Failure(seed, f"{seed.path}: too deeply nested to process")
    except Exception as exc:  # a bug must not stop the other seeds: report it as a failure
        return Failure(seed, f"{seed.path}: internal error ({type(exc).__name__}: {exc})")


def render_file(built: Built, notes: str) -> str:
    briefing = built.briefing
    briefing.slug = built.slug
    meta = dict(built.meta)
    meta["content_sha256"] = "pending"  # placeholder: the digest covers everything but itself
    text = render_markdown(briefing, meta, notes=notes, labels=built.seed.labels)
    return text.replace("content_sha256: pending\n", f"content_sha256: {content_hash(text)}\n", 1)


def write_atomic(path: Path, data: str | bytes, *, sync_folder: bool = True) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename over `path`:
    a reader (or a crash) sees the old file or the new one, never half of one. A caller writing
    many files may pass `sync_folder=False` and sync the folder once after the last rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TMP_SUFFIX, dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if sync_folder:
        _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (a power cut could otherwise undo it)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename is still atomic
    finally:
        os.close(fd)


@cache
def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _clean_temporaries(out_dir: Path) -> None:
    """Remove what a killed run left half-written: only our own temporary files, by their name."""
    for folder in (out_dir, out_dir / DATA_DIR):
        if folder.is_dir():
            for tmp in folder.glob(f".*{TMP_SUFFIX}"):
                tmp.unlink(missing_ok=True)


# --- generate -----------------------------------------------------------------------------------


def generate(
    targets: list[Path],
    seeds_dir: Path,
    out_dir: Path,
    *,
    jobs: int | None = None,
    prune: bool = False,
    force: bool = False,
    progress: Callable[[int], object] | None = None,
    on_total: Callable[[int], object] | None = None,
    labels: str | None = None,
) -> Report:
    """`labels`: the language of the briefings' labels (the site's setting); None gives each
    briefing the labels of its own language."""
    report = Report()
    if not targets and not seeds_dir.is_dir():
        report.failed.append(f"{seeds_dir}: seeds folder not found")
        return report
    seeds = discover(targets or [seeds_dir], seeds_dir, report, labels)
    _clean_temporaries(out_dir)
    existing = scan_briefings(out_dir)
    owned, extras = owned_briefings(existing)
    version = generator_version(labels)

    todo: list[Seed] = []
    for seed in seeds:
        current = owned.get(seed.key)
        try:
            key = (_sha256_file(seed.path), seed.override_sha, version)
        except OSError as exc:
            report.failed.append(f"{seed.path}: cannot be read: {exc.strerror or exc}")
            continue
        data_file = out_dir / DATA_DIR / f"{current.path.stem}.json" if current else None
        if current and not force and current.cache_key() == key and data_file.is_file():
            report.unchanged.append(str(current.path))
            continue
        todo.append(seed)

    if on_total:
        on_total(len(todo))
    notes = {s.key: owned[s.key].notes() for s in todo if s.key in owned}
    results = _run(todo, jobs, progress, notes)

    taken = {p.stem: e for p, e in existing.items()}
    failed_keys: set[str] = set()
    for built in results:
        if isinstance(built, Failure):
            report.failed.append(built.message)
            failed_keys.add(built.seed.key)
            continue
        previous = owned.get(built.seed.key)
        if previous is not None and previous.hand_edited() and not force:
            report.failed.append(f"{previous.path}: {HAND_EDIT}; not overwritten ({KEEP_EDIT})")
            failed_keys.add(built.seed.key)
            continue
        try:
            _write_built(built, previous, taken, out_dir, report)
        except OSError as exc:
            report.failed.append(f"{built.seed.path}: cannot write its briefing: {exc}")
            failed_keys.add(built.seed.key)

    if report.generated:  # make the renames durable (write_atomic left the folders unsynced)
        for folder in (out_dir / DATA_DIR, out_dir):
            _fsync_folder(folder)

    _remove_pageless_data(out_dir)
    for extra in extras:  # a killed run's leftover: the seed's briefing was written elsewhere
        if extra.hand_edited() or extra.notes() != owned[extra.source_key].notes():
            report.orphaned.append(f"{extra.path}: a second briefing of {extra.source_key}")
        else:
            _remove_briefing(extra.path, out_dir)

    if not targets or seeds_dir in targets:
        live = {s.key for s in seeds} | failed_keys
        for key, entry in sorted(owned.items(), key=lambda kv: str(kv[1].path)):
            if key in live or os.path.lexists(key):
                continue
            _orphan(entry, key, out_dir, report, prune=prune, force=force)
    return report


# What `generate` and `check` say about a hand edit, and how to keep it.
HAND_EDIT = "edited by hand outside the notes section"
KEEP_EDIT = (
    "to keep the edit, move it below the notes marker or into the seed's override file; "
    "`briefings generate --force` discards it"
)


def _write_built(
    built: Built, previous: Existing | None, taken: dict[str, Existing], out_dir: Path, report
) -> None:
    """Write one briefing (data first, page last, each atomically), then retire its old name."""
    built.slug = _claim_slug(built, previous, taken)
    target = out_dir / f"{built.slug}.md"
    notes = previous.notes() if previous is not None else ""
    if built.rendered is not None and built.rendered[0] == built.slug:
        data, markdown = built.rendered[1], built.rendered[2]
    else:
        data, markdown = to_json(built.briefing), render_file(built, notes)
    # The folders are synced once, after the last briefing (`generate`): a folder fsync per
    # file doubled the cost of writing.
    write_atomic(out_dir / DATA_DIR / f"{built.slug}.json", data, sync_folder=False)
    write_atomic(target, markdown, sync_folder=False)
    if previous is not None and previous.path != target:
        _remove_briefing(previous.path, out_dir)
        taken.pop(previous.path.stem, None)
    taken[built.slug] = Existing(target, {"source": {"path": built.seed.key}}, "")
    report.generated.append(str(target))
    for warning in built.briefing.warnings:
        report.warnings.append(f"{built.seed.path}: {warning}")


def _orphan(entry: Existing, key: str, out_dir: Path, report, *, prune: bool, force: bool) -> None:
    """A briefing whose seed is gone: reported; removed only with --prune, and then only if
    nothing of the analyst's would go with it (unless --force)."""
    if not prune:
        report.orphaned.append(f"{entry.path}: its seed {key} is gone")
    elif (entry.has_notes() or entry.hand_edited()) and not force:
        report.orphaned.append(
            f"{entry.path}: its seed {key} is gone; not pruned, it holds notes or hand edits "
            "(`--prune --force` removes it)"
        )
    else:
        _remove_briefing(entry.path, out_dir)
        report.pruned.append(str(entry.path))


def _claim_slug(built: Built, previous: Existing | None, taken: dict[str, Existing]) -> str:
    """The title's slug, unless another seed, a file the generator did not write or one of the
    site's own pages has it. A seed keeps the name it has (a newcomer with the same title never
    takes it over), and a newcomer's suffix comes from its own path, so names stay stable."""
    slug = built.slug
    if previous is not None and is_variant(previous.path.stem, slug):
        return previous.path.stem
    candidates = [slug] if slug not in RESERVED else []
    candidates += [disambiguate(slug, built.seed.key, n) for n in (6, 10, 16, 64)]
    for candidate in candidates:
        holder = taken.get(candidate)
        if holder is None or holder.source_key == built.seed.key:
            return candidate
    raise OSError(f"no free file name for {slug!r}")  # 64 hex digits of sha256 collided


def _remove_pageless_data(out_dir: Path) -> None:
    """A data file is written before its page: a run killed between the two leaves the data of a
    page that never came (its seed's title changing again later, nothing else would remove it)."""
    folder = out_dir / DATA_DIR
    if folder.is_dir():
        for data in folder.glob("*.json"):
            if not (out_dir / f"{data.stem}.md").exists():
                data.unlink(missing_ok=True)


def _remove_briefing(path: Path, out_dir: Path) -> None:
    path.unlink(missing_ok=True)
    (out_dir / DATA_DIR / f"{path.stem}.json").unlink(missing_ok=True)


def _build_and_render(job: tuple[Seed, str]) -> Built | Failure:
    """In a worker: build one seed and render its files for the slug its title gives, with the
    notes of its previous briefing (what the parent would do, in parallel). A rendering error
    is left for the parent to meet, as without workers."""
    seed, notes = job
    built = _build_safely(seed)
    if isinstance(built, Built):
        try:
            data = to_json(built.briefing)
            built.rendered = (built.slug, data, render_file(built, notes))
        except Exception:
            built.rendered = None
    return built


def _run(
    todo: list[Seed], jobs: int | None, progress, notes: dict[str, str] | None = None
) -> Iterator[Built | Failure]:
    """The results in the order of `todo`, each as soon as it is ready: the caller writes (and
    waits on fsync) while the workers are still extracting."""
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(todo) < 8:
        for seed in todo:
            result = _build_safely(seed)
            if progress:
                progress(1)
            yield result
        return
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=_exit_with_parent, initargs=(os.getpid(),)
    ) as pool:
        jobs_in = [(seed, (notes or {}).get(seed.key, "")) for seed in todo]
        # Small chunks: results reach the parent (which writes them) steadily, and no worker is
        # left with a long last chunk; a task's hand-over costs far less than its extraction.
        chunks = max(1, min(4, len(todo) // (jobs * 8)))
        for result in pool.map(_build_and_render, jobs_in, chunksize=chunks):
            if progress:
                progress(1)
            yield result


def _exit_with_parent(parent: int) -> None:
    """A worker's watch on its parent: a run killed outright (SIGKILL, a CI timeout) leaves
    forked workers waiting on a queue whose other end they hold themselves, forever. Each
    worker ends itself once its parent is gone."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# --- check --------------------------------------------------------------------------------------


@dataclass
class CheckResult:
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(seeds_dir: Path, out_dir: Path, labels: str | None = None) -> CheckResult:
    """Writes nothing. Lists every briefing that is stale, missing, orphaned or edited by hand."""
    result = CheckResult()
    report = Report()
    if not seeds_dir.is_dir():
        result.problems.append(f"{seeds_dir}: seeds folder not found")
        return result
    seeds = discover([seeds_dir], seeds_dir, report, labels)
    result.problems.extend(report.failed)
    owned, extras = owned_briefings(scan_briefings(out_dir))
    version = generator_version(labels)
    for seed in seeds:
        entry = owned.get(seed.key)
        if entry is None:
            result.problems.append(f"{seed.path}: missing briefing (run `briefings generate`)")
            continue
        if entry.hand_edited():
            override = seed.override or seed.path.with_suffix(".yml")
            keep = KEEP_EDIT.replace("the seed's override file", str(override))
            result.problems.append(f"{entry.path}: {HAND_EDIT} ({keep})")
        try:
            key = (_sha256_file(seed.path), seed.override_sha, version)
        except OSError as exc:
            result.problems.append(f"{seed.path}: cannot be read: {exc.strerror or exc}")
            continue
        recorded = entry.cache_key()
        if recorded != key:
            why = []
            if key[0] != recorded[0]:
                why.append("seed changed")
            if key[1] != recorded[1]:
                why.append("override file changed")
            if key[2] != recorded[2]:
                why.append(f"generator changed ({recorded[2]} -> {version})")
            result.problems.append(
                f"{entry.path}: stale, {', '.join(why)} (run `briefings generate`)"
            )
        elif not (out_dir / DATA_DIR / f"{entry.path.stem}.json").is_file():
            result.problems.append(f"{entry.path}: stale, its data file is missing")
    keys = {s.key for s in seeds}
    for key, entry in sorted(owned.items(), key=lambda kv: str(kv[1].path)):
        if key not in keys and not os.path.lexists(key):
            result.problems.append(
                f"{entry.path}: orphaned, its seed {key} is gone (`briefings generate --prune`)"
            )
    for extra in extras:
        result.problems.append(
            f"{extra.path}: a second briefing of {extra.source_key} (left by an interrupted run; "
            "`briefings generate` removes it)"
        )
    return result
