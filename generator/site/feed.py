"""The Atom feed: the latest briefings with their full content.

Dates come from each briefing's metadata (publication date, else reference date); a briefing
with neither is dated by its data file, the moment the generator wrote it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from .data import Record
from .dates import precision

FEED_SIZE = 50


def atom_time(value: str | None, fallback: float) -> str:
    """RFC 3339 for a date written at any precision (a month is its first day)."""
    if value and precision(value) != "unknown":
        parts = [*value.split("-"), "01", "01"]
        return f"{parts[0]}-{parts[1]}-{parts[2]}T00:00:00Z"
    stamp = dt.datetime.fromtimestamp(fallback, tz=dt.UTC).replace(microsecond=0)
    return stamp.isoformat().replace("+00:00", "Z")


def build_feed(
    records: list[Record],
    contents: dict[str, str],
    *,
    site_name: str,
    site_url: str | None,
    data_dir: Path,
) -> str:
    """Atom XML for the first FEED_SIZE `records` (already newest first). `contents` maps a slug
    to its page's HTML body; links are relative to the feed unless `site_url` is set."""
    root = (site_url or "").rstrip("/") + "/" if site_url else ""
    entries = []
    times = []
    for record in records[:FEED_SIZE]:
        try:
            fallback = (data_dir / f"{record.slug}.json").stat().st_mtime
        except OSError:
            fallback = 0.0
        updated = atom_time(record.date, fallback)
        times.append(updated)
        link = f"{root}{record.slug}/"
        entry_id = link if root else f"urn:briefings:{record.slug}"
        categories = "".join(f"<category term={quoteattr(t)}/>" for t in record.tags)
        entries.append(
            "<entry>"
            f"<title>{escape(record.title)}</title>"
            f"<id>{escape(entry_id)}</id>"
            f'<link rel="alternate" type="text/html" href={quoteattr(link)}/>'
            f"<updated>{updated}</updated>"
            + (f"<published>{updated}</published>" if record.date else "")
            + f"<summary>{escape(record.bottom_line)}</summary>"
            f"{categories}"
            f'<content type="html" xml:lang={quoteattr(record.language)}>'
            f"{escape(contents.get(record.slug, ''))}</content>"
            "</entry>"
        )
    updated = max(times) if times else atom_time(None, 0.0)
    self_link = f"{root}feed.xml" if root else "feed.xml"
    base = f" xml:base={quoteattr(root)}" if root else ""
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<feed xmlns="http://www.w3.org/2005/Atom"{base}>'
        f"<title>{escape(site_name)}</title>"
        f"<id>{escape(root or 'urn:briefings:feed')}</id>"
        f'<link rel="self" type="application/atom+xml" href={quoteattr(self_link)}/>'
        f'<link rel="alternate" type="text/html" href={quoteattr(root or "./")}/>'
        f"<updated>{updated}</updated>"
        "<author><name>" + escape(site_name) + "</name></author>" + "".join(entries) + "</feed>\n"
    )
