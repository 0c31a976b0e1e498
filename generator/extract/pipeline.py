"""The extraction pipeline: an ordered list of named stages over one `Document`.

    segment -> actors -> dates -> quotes -> open questions -> timeline, summary

Each stage is a plain function `(doc, language) -> None` that reads what earlier stages left on
the document and adds its own findings. The order is data (`STAGES`), so a stage can be tested
alone, swapped or switched off by name.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from .. import __version__
from ..language import DETECT_CHARS, Language, LanguageError, detect, load
from ..model import Briefing, Document, Sentence, SourceInfo
from ..reading import Source
from . import actors, dates, questions, quotes
from .segment import segment
from .summary import summarize
from .timeline import build_timeline

Stage = Callable[[Document, Language], None]

STAGES: list[tuple[str, Stage]] = [
    ("actors", actors.find_actors),
    ("dates", dates.find_dates),
    ("quotes", quotes.find_quotes),
    ("open_questions", questions.find_open_questions),
]


def build_document(source: Source) -> tuple[Document, Language]:
    meta = source.meta
    doc = Document(
        path=source.path,
        text="",
        language="",
        title=meta.get("title"),
        outlet=meta.get("outlet"),
        url=meta.get("url"),
        published=meta.get("published"),
        tags=list(meta.get("tags", [])),
        warnings=list(source.warnings),
    )
    code = meta.get("language") or detect(detection_sample(source.blocks))
    try:
        language = load(code)
    except LanguageError:
        doc.warnings.append(f"no language data for {code!r}; using English rules")
        language = load("en")
    doc.language = code
    segment(doc, source.blocks, language)
    return doc, language


def detection_sample(blocks) -> str:
    """The text language detection reads: the first 40 blocks, joined by spaces, but only as far
    as `detect` reads (its first DETECT_CHARS characters), so a long article is not joined whole
    to be cut after."""
    parts: list[str] = []
    joined = -1  # the length of the parts joined so far
    for block in blocks[:40]:
        parts.append(block.text)
        joined += len(block.text) + 1
        if joined >= DETECT_CHARS:
            break
    return " ".join(parts)


def run_stages(doc: Document, language: Language, stages=None) -> None:
    for _name, stage in stages or STAGES:
        stage(doc, language)


def extract(source: Source, slug: str = "") -> Briefing:
    doc, language = build_document(source)
    run_stages(doc, language)
    _settle(language.code)
    return to_briefing(doc, language, source, slug)


_SETTLED: set[str] = set()


def _settle(code: str) -> None:
    """After a process's first article in a language: its data, word lists and compiled patterns
    now live as long as the process, so they leave the cyclic garbage collector's care
    (`gc.freeze`); otherwise every full collection walks them again (~4 % of extraction time)."""
    if code not in _SETTLED:
        _SETTLED.add(code)
        gc.collect()  # what is garbage now must not be frozen with the rest
        gc.freeze()


def to_briefing(doc: Document, language: Language, source: Source, slug: str) -> Briefing:
    from ..slugs import slugify

    line, points, tags = summarize(doc, language)
    title = doc.title or fallback_title(doc)
    return Briefing(
        title=title,
        slug=slug or slugify(title),
        language=doc.language,
        source=SourceInfo(path=source.path, sha256=source.sha256, format=source.format),
        outlet=doc.outlet,
        url=doc.url,
        published=doc.published,
        reference_date=doc.reference_date or doc.published,
        bottom_line=line,
        key_points=points,
        sentences=[Sentence(s.id, s.text, s.kind, s.paragraph) for s in doc.sentences],
        actors=doc.actors,
        dates=doc.dates,
        timeline=build_timeline(doc, language),
        quotes=doc.quotes,
        open_questions=doc.open_questions,
        tags=tags,
        warnings=doc.warnings,
        generator=__version__,
    )


def fallback_title(doc: Document, limit: int = 90) -> str:
    """No title given: the lead sentence, cut at a word boundary."""
    first = next((s.text for s in doc.sentences if s.kind != "title"), "") or doc.path
    if len(first) <= limit:
        return first.rstrip(".")
    cut = first.rfind(" ", 0, limit)
    return first[: cut if cut > 20 else limit].rstrip(",;: ") + "…"
