"""Pagefind over the built site: a chunked index loaded on demand, one per page language (each
stemmed for its language). Only the briefing pages carry `data-pagefind-body`, so the aggregate
pages stay out of the index; sections that repeat the source text carry `data-pagefind-ignore`.

Pagefind holds everything it indexes in memory (about 0.2 MB per briefing), so a large site is
indexed in bundles of at most CHUNK briefings, one Pagefind run after another (site/pagefind/,
site/pagefind-2/, ...), split by slug prefix; the search page merges them
in the browser. Pagefind only reads the briefing pages (SLUG/index.html), so the hooks start it
as soon as MkDocs has written them and draw the aggregate pages meanwhile: on a two-core machine
the two halves of the work overlap.
"""

from __future__ import annotations

import os
import string
import subprocess
import threading
from pathlib import Path

# Briefings are SLUG/index.html; the glob spares Pagefind the many deeper aggregate pages
# (actors/NAME/...), which are not indexed anyway.
GLOB = "*/index.html"
CHUNK = 2500  # briefings per Pagefind run (mkdocs.yml: extra.search_chunk_size)
_SLUG_CHARS = set(string.ascii_lowercase + string.digits + "-_")  # nothing a glob reads


class SearchIndexError(Exception):
    pass


def pagefind_binary() -> str:
    """The binary of the pinned `pagefind[extended]` package, or $BRIEFINGS_PAGEFIND."""
    override = os.environ.get("BRIEFINGS_PAGEFIND")
    if override:
        return override
    from pagefind.service import get_executable

    binary = get_executable()
    if binary is None:
        raise SearchIndexError("pagefind binary not found (pip install 'pagefind[extended]')")
    return str(binary)


def bundles(slugs: list[str], chunk: int = CHUNK) -> list[tuple[str, str]]:
    """(glob, output folder) of each Pagefind run: one for the whole site when it is small,
    else slug prefixes packed into bundles of about `chunk` briefings each (a prefix with more
    is split by its next character, so "briefing-0..." and "briefing-1..." can part)."""
    if len(slugs) <= chunk or not all(s and set(s) <= _SLUG_CHARS for s in slugs):
        return [(GLOB, "pagefind")]
    patterns: list[tuple[str, int]] = []

    def split(prefix: str, members: list[str]) -> None:
        if len(members) <= chunk:
            patterns.append((f"{prefix}*", len(members)))
            return
        exact = sum(1 for m in members if m == prefix)
        if exact:
            patterns.append((prefix, exact))  # the slug that is the prefix itself
        following: dict[str, list[str]] = {}
        for m in members:
            if len(m) > len(prefix):
                following.setdefault(m[len(prefix)], []).append(m)
        for ch in sorted(following):
            split(prefix + ch, following[ch])

    split("", sorted(set(slugs)))
    groups: list[list[str]] = [[]]
    held = 0
    for pattern, count in patterns:
        if groups[-1] and held + count > chunk:
            groups.append([])
            held = 0
        groups[-1].append(pattern)
        held += count
    out = []
    for i, group in enumerate(groups):
        glob = f"{group[0]}/index.html" if len(group) == 1 else f"{{{','.join(group)}}}/index.html"
        out.append((glob, "pagefind" if i == 0 else f"pagefind-{i + 1}"))
    return out


def _run_pagefind(site_dir: Path, glob: str, output: str, timeout: float) -> str:
    try:
        result = subprocess.run(
            [
                pagefind_binary(),
                "--site",
                str(site_dir),
                "--glob",
                glob,
                "--output-subdir",
                output,
                "--quiet",
            ],
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=timeout,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SearchIndexError(f"pagefind could not run: {exc}") from exc
    text = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or not (site_dir / output / "pagefind.js").is_file():
        raise SearchIndexError(f"pagefind failed (exit {result.returncode}): {text}")
    return text


class SearchIndexJob:
    """The Pagefind runs of a site, one after another in a background thread; `wait()` returns
    the output folders or raises SearchIndexError."""

    def __init__(
        self, site_dir: Path, slugs: list[str], chunk: int = CHUNK, timeout: float = 1800
    ) -> None:
        self.site_dir = site_dir
        self.plan = bundles(slugs, chunk)
        self.timeout = timeout
        self.error: SearchIndexError | None = None
        self._cancelled = threading.Event()
        pagefind_binary()  # fail now, not in the thread, when there is no binary
        self.thread = threading.Thread(target=self._run, name="pagefind", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        for glob, output in self.plan:
            if self._cancelled.is_set():
                return
            try:
                _run_pagefind(self.site_dir, glob, output, self.timeout)
            except SearchIndexError as exc:
                self.error = exc
                return

    def wait(self) -> list[str]:
        self.thread.join()
        if self.error is not None:
            raise self.error
        return [output for _, output in self.plan]

    def cancel(self) -> None:
        self._cancelled.set()


def build_search_index(
    site_dir: Path, slugs: list[str] | None = None, chunk: int = CHUNK
) -> list[str]:
    """Run Pagefind on `site_dir` and wait; returns the bundle folders. Raises SearchIndexError."""
    if not site_dir.is_dir():
        raise SearchIndexError(f"{site_dir}: no such folder")
    if slugs is None:
        slugs = [p.parent.name for p in site_dir.glob(GLOB)]
    return SearchIndexJob(site_dir, slugs, chunk).wait()
