"""Pagefind over the built site: a chunked index loaded on demand, one per page language (each
stemmed for its language). Only the briefing pages carry `data-pagefind-body`, so the aggregate
pages stay out of the index; sections that repeat the source text carry
`data-pagefind-ignore`."""

from __future__ import annotations

import subprocess
from pathlib import Path


class SearchIndexError(Exception):
    pass


def pagefind_binary() -> str:
    from pagefind.service import get_executable

    binary = get_executable()
    if binary is None:
        raise SearchIndexError(
            "the pagefind binary was not found (pip install 'pagefind[extended]')"
        )
    return str(binary)


def build_search_index(site_dir: Path) -> str:
    """Run Pagefind offline on `site_dir`; returns its summary. Raises SearchIndexError."""
    try:
        result = subprocess.run(
            # Briefings are SLUG/index.html; the glob spares Pagefind from reading the many
            # deeper aggregate pages (actors/NAME/...), which are not indexed anyway.
            [pagefind_binary(), "--site", str(site_dir), "--glob", "*/index.html", "--quiet"],
            capture_output=True,
            text=True,
            timeout=1800,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SearchIndexError(f"pagefind could not run: {exc}") from exc
    if result.returncode != 0 or not (site_dir / "pagefind" / "pagefind.js").is_file():
        detail = (result.stderr or result.stdout).strip()
        raise SearchIndexError(f"pagefind failed (exit {result.returncode}): {detail}")
    return result.stdout.strip()
