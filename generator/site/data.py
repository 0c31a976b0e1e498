"""Reading the briefings' JSON (briefings/.data/SLUG.json) into light records.

The aggregate pages need each briefing's metadata, actors, timeline, quotes and questions, but not
its sentences, which are most of the bytes. msgspec decodes straight into these structs and skips
every field they do not name, so a site of 10,000 briefings stays small in memory.
"""

from __future__ import annotations

import logging
from pathlib import Path

import msgspec

log = logging.getLogger("briefings.site")


class Actor(msgspec.Struct):
    id: str
    name: str
    type: str
    aliases: list[str] = []
    role: str | None = None
    affiliation: str | None = None
    country: str | None = None
    mentions: list[str] = []


class TimelineEvent(msgspec.Struct):
    date: str
    qualifier: str | None
    text: str
    actors: list[str]
    sentence: str


class Quote(msgspec.Struct):
    speaker: str | None
    speaker_id: str | None
    text: str
    sentence: str
    sentences: list[str] = []


class OpenQuestion(msgspec.Struct):
    question: str
    kind: str
    evidence: list[str]


class KeyPoint(msgspec.Struct):
    text: str
    sentences: list[str]


class Sentence(msgspec.Struct):
    id: str
    text: str
    kind: str = "sentence"
    paragraph: int = 0


class Record(msgspec.Struct):
    """One briefing as the site sees it. `slug` is the page's file stem (the URL)."""

    title: str
    slug: str
    language: str
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    reference_date: str | None = None
    bottom_line: str = ""
    key_points: list[KeyPoint] = []
    actors: list[Actor] = []
    timeline: list[TimelineEvent] = []
    quotes: list[Quote] = []
    open_questions: list[OpenQuestion] = []
    tags: list[str] = []

    @property
    def date(self) -> str | None:
        """The briefing's date from its metadata: publication, else the reference date."""
        return self.published or self.reference_date


class FullRecord(Record):
    """A record with its sentences: what the briefing page itself draws."""

    sentences: list[Sentence] = []


_decoder = msgspec.json.Decoder(Record)
_full_decoder = msgspec.json.Decoder(FullRecord)


def load_full(data_dir: Path, slug: str) -> FullRecord | None:
    try:
        record = _full_decoder.decode((data_dir / f"{slug}.json").read_bytes())
    except (OSError, msgspec.DecodeError, msgspec.ValidationError) as exc:
        log.warning("skipping %s: %s", slug, exc)
        return None
    record.slug = slug
    return record


def notes_of(markdown: str) -> str:
    """The analyst's part of a briefing file: everything below the notes marker."""
    from ..render import NOTES_MARKER

    index = markdown.find(NOTES_MARKER)
    return markdown[index + len(NOTES_MARKER) :].lstrip("\n") if index >= 0 else ""


def load_record(path: Path) -> Record | None:
    """One data file, or None (logged) when it is missing or not a briefing."""
    try:
        record = _decoder.decode(path.read_bytes())
    except (OSError, msgspec.DecodeError, msgspec.ValidationError) as exc:
        log.warning("skipping %s: %s", path, exc)
        return None
    record.slug = path.stem  # the file name is the URL, whatever the JSON says
    return record


def load_records(data_dir: Path, slugs: list[str]) -> list[Record]:
    """The records of the briefings `slugs` (the Markdown pages MkDocs found)."""
    records = []
    for slug in slugs:
        record = load_record(data_dir / f"{slug}.json")
        if record is not None:
            records.append(record)
    return records


def safe_url(url: str | None) -> str | None:
    """The URL when it is http(s) with a host, else None: only these become links."""
    if not url:
        return None
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if (
        parts.scheme.lower() in {"http", "https"}
        and parts.netloc
        and not any(ch.isspace() or ord(ch) < 32 for ch in url.strip())
    ):
        return url.strip()
    return None
