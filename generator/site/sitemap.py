"""The sitemap: every page of the site, not only those MkDocs built.

MkDocs writes sitemap.xml from its own pages (the briefings and the first home page); the
aggregate pages are drawn after it, so the sitemap is written again once they exist. A briefing's
`lastmod` is its own date, never the build's; without `site_url` the sitemap stays empty, as
MkDocs leaves it (a sitemap needs absolute URLs).
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote
from xml.sax.saxutils import escape


def build_sitemap(site_url: str | None, pages: Iterable[tuple[str, str | None]]) -> str:
    """`pages`: (path relative to the site root, ISO date or None)."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    if site_url:
        root = site_url.rstrip("/") + "/"
        for path, date in pages:
            lines.append(f"  <url><loc>{escape(root + quote(path))}</loc>")
            if date:
                lines.append(f"    <lastmod>{escape(date)}</lastmod>")
            lines.append("  </url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def write_sitemap(site_dir: Path, xml: str) -> None:
    (site_dir / "sitemap.xml").write_text(xml, encoding="utf-8")
    with gzip.GzipFile(site_dir / "sitemap.xml.gz", "wb", mtime=0) as fh:
        fh.write(xml.encode("utf-8"))
