"""Pagefind over the built site: a chunked index loaded on demand, one per page language (each
stemmed for its language). Only the briefing pages carry `data-pagefind-body`, so the aggregate
pages stay out of the index; sections that repeat the source text carry `data-pagefind-ignore`.

Pagefind runs as a separate process and only reads the briefing pages (SLUG/index.html), so the
hooks start it as soon as MkDocs has written them and draw the aggregate pages meanwhile: on a
two-core machine the two halves of the work overlap.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

# Briefings are SLUG/index.html; the glob spares Pagefind the many deeper aggregate pages
# (actors/NAME/...), which are not indexed anyway.
GLOB = "*/index.html"


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


class SearchIndexJob:
    """A running Pagefind; `wait()` returns its summary or raises SearchIndexError."""

    def __init__(self, site_dir: Path) -> None:
        self.site_dir = site_dir
        self.output = tempfile.TemporaryFile(mode="w+", encoding="utf-8")  # noqa: SIM115 - wait() closes it
        try:
            self.process = subprocess.Popen(
                [pagefind_binary(), "--site", str(site_dir), "--glob", GLOB, "--quiet"],
                stdout=self.output,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        except OSError as exc:
            self.output.close()
            raise SearchIndexError(f"pagefind could not run: {exc}") from exc

    def wait(self, timeout: float = 1800) -> str:
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            self.process.kill()
            self.process.wait()
            raise SearchIndexError(f"pagefind took longer than {timeout:.0f} s") from exc
        finally:
            self.output.seek(0)
            text = self.output.read().strip()
            self.output.close()
        if code != 0 or not (self.site_dir / "pagefind" / "pagefind.js").is_file():
            raise SearchIndexError(f"pagefind failed (exit {code}): {text}")
        return text

    def cancel(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


def build_search_index(site_dir: Path) -> str:
    """Run Pagefind on `site_dir` and wait for it. Raises SearchIndexError."""
    if not site_dir.is_dir():
        raise SearchIndexError(f"{site_dir}: no such folder")
    return SearchIndexJob(site_dir).wait()
