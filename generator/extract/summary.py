"""Stage: the bottom line, key points and tags, chosen from the article's own sentences.

Extractive on purpose: every word of a summary is a sentence of the source, linked to it, so
nothing is invented. News leads carry the bottom line; key points are the sentences that carry
the most findings (actors, dates, quotes, open questions), kept in text order.
"""

from __future__ import annotations

from collections import Counter

from ..language import Language
from ..model import Document, KeyPoint

MAX_KEY_POINTS = 5
MAX_TAGS = 6


def body_sentences(doc: Document):
    return [s for s in doc.sentences if s.kind == "sentence"]


def bottom_line(doc: Document) -> tuple[str, list[str]]:
    body = body_sentences(doc)
    if not body:
        return (doc.title or ""), []
    first = body[0]
    chosen = [first]
    # A lead that is only a quote or very short says little alone: add the next sentence.
    opens_with_quote = first.text.lstrip()[:1] in "\"“'‘"
    if (len(first.text) < 60 or opens_with_quote) and len(body) > 1:
        chosen.append(body[1])
    return " ".join(s.text for s in chosen), [s.id for s in chosen]


def key_points(doc: Document, skip: set[str]) -> list[KeyPoint]:
    # Counted from iterables: Counter counts those in C, one Python step less per finding.
    score: Counter[str] = Counter(mention.sentence for mention in doc.mentions)
    score.update(quote.sentence for quote in doc.quotes)
    twice = [date.sentence for date in doc.dates]
    twice += [sid for question in doc.open_questions for sid in question.evidence]
    score.update(twice + twice)
    body = [s for s in body_sentences(doc) if s.id not in skip]
    # The best-scored sentences, ties to the earlier; a sentence with no finding is no point.
    # Body is in text order already, so its index is the position (list.index would be O(n^2)).
    scored = [(-score[s.id], i) for i, s in enumerate(body) if s.id in score]
    chosen = {i for _, i in sorted(scored)[:MAX_KEY_POINTS]}
    return [KeyPoint(text=s.text, sentences=[s.id]) for i, s in enumerate(body) if i in chosen]


def tags(doc: Document) -> list[str]:
    """Front-matter tags first, then the most-mentioned organizations, countries and groups."""
    out = list(dict.fromkeys(doc.tags))
    ranked = sorted(
        (a for a in doc.actors if a.type in {"organization", "country", "group"}),
        key=lambda a: (-len(a.mentions), a.name),
    )
    for actor in ranked:
        if len(out) >= MAX_TAGS:
            break
        if actor.name not in out:
            out.append(actor.name)
    return out


def summarize(doc: Document, language: Language):
    line, used = bottom_line(doc)
    return line, key_points(doc, set(used)), tags(doc)
