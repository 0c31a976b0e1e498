"""Stage: the timeline: each dated event with its date, the actors in it and its sentence."""

from __future__ import annotations

from ..language import Language
from ..model import Document, TimelineEvent

_QUALIFIER_ORDER = {"early": 0, None: 1, "mid": 1, "late": 2}


def build_timeline(doc: Document, language: Language) -> list[TimelineEvent]:
    """One event per (date value, sentence), in date order; ties keep text order."""
    by_sentence = {s.id: s for s in doc.sentences}
    actors_in: dict[str, list[str]] = {}
    for mention in doc.mentions:
        if mention.actor and mention.actor not in actors_in.setdefault(mention.sentence, []):
            actors_in[mention.sentence].append(mention.actor)
    order = {s.id: i for i, s in enumerate(doc.sentences)}
    events: dict[tuple[str, str], TimelineEvent] = {}
    for date in doc.dates:
        key = (date.value, date.sentence)
        if key in events or date.sentence not in by_sentence:
            continue
        events[key] = TimelineEvent(
            date=date.value,
            qualifier=date.qualifier,
            text=by_sentence[date.sentence].text,
            actors=actors_in.get(date.sentence, []),
            sentence=date.sentence,
        )
    return sorted(
        events.values(),
        key=lambda e: (e.date, _QUALIFIER_ORDER.get(e.qualifier, 1), order[e.sentence]),
    )
