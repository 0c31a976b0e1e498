"""The aggregates of the site, computed once per build from every briefing's record."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..slugs import slugify
from .actors import SiteActor, merge_actors
from .data import OpenQuestion, Quote, Record, TimelineEvent
from .dates import sort_key

PAGE_SIZE = 30  # briefings per home page (mkdocs.yml: extra.home_page_size)
QUESTION_KINDS = ("pending", "disputed", "conditional", "expected", "no_comment")


@dataclass
class Event:
    slug: str  # the briefing
    event: TimelineEvent
    actors: list[str]  # site actor slugs


@dataclass
class QuoteRef:
    slug: str
    quote: Quote


@dataclass
class QuestionRef:
    slug: str
    question: OpenQuestion


@dataclass
class SiteIndex:
    records: list[Record]  # newest first; undated last
    actors: list[SiteActor]  # by name
    actor_of: dict[tuple[str, str], str]  # (briefing slug, actor id) -> site actor slug
    events: list[Event]  # chronological
    questions: dict[str, list[QuestionRef]]  # kind -> questions, newest briefing first
    tags: dict[str, list[str]]  # tag -> briefing slugs, most used tag first
    tag_slugs: dict[str, str]
    by_slug: dict[str, Record] = field(default_factory=dict)
    actor_by_slug: dict[str, SiteActor] = field(default_factory=dict)
    actor_events: dict[str, list[Event]] = field(default_factory=dict)
    actor_quotes: dict[str, list[QuoteRef]] = field(default_factory=dict)
    page_size: int = PAGE_SIZE

    @property
    def home_pages(self) -> int:
        return max(1, math.ceil(len(self.records) / self.page_size))

    def home_page(self, number: int) -> list[Record]:
        start = (number - 1) * self.page_size
        return self.records[start : start + self.page_size]

    def actor_link(self, slug: str, actor_id: str | None) -> str | None:
        """The site actor slug of a briefing's actor id, if any."""
        if actor_id is None:
            return None
        return self.actor_of.get((slug, actor_id))


def newest_first(records: list[Record]) -> list[Record]:
    """Dated briefings newest first, then undated ones; ties by title, then slug."""
    dated = [r for r in records if r.date]
    undated = [r for r in records if not r.date]
    dated.sort(key=lambda r: (r.title.casefold(), r.slug))
    dated.sort(key=lambda r: sort_key(r.date), reverse=True)
    undated.sort(key=lambda r: (r.title.casefold(), r.slug))
    return dated + undated


def build_index(records: list[Record], page_size: int = PAGE_SIZE) -> SiteIndex:
    records = newest_first(records)
    actors, actor_of = merge_actors(records)
    events: list[Event] = []
    questions: dict[str, list[QuestionRef]] = defaultdict(list)
    actor_events: dict[str, list[Event]] = defaultdict(list)
    actor_quotes: dict[str, list[QuoteRef]] = defaultdict(list)
    tag_members: dict[str, list[str]] = defaultdict(list)
    for r in records:
        for e in r.timeline:
            linked = list(
                dict.fromkeys(actor_of[(r.slug, a)] for a in e.actors if (r.slug, a) in actor_of)
            )
            event = Event(r.slug, e, linked)
            events.append(event)
            for actor in linked:
                actor_events[actor].append(event)
        for q in r.quotes:
            speaker = actor_of.get((r.slug, q.speaker_id)) if q.speaker_id else None
            if speaker:
                actor_quotes[speaker].append(QuoteRef(r.slug, q))
        for oq in r.open_questions:
            questions[oq.kind].append(QuestionRef(r.slug, oq))
        for tag in dict.fromkeys(r.tags):
            tag_members[tag].append(r.slug)
    position = {r.slug: i for i, r in enumerate(records)}
    events.sort(key=lambda ev: (sort_key(ev.event.date, ev.event.qualifier), position[ev.slug]))
    for evs in actor_events.values():
        evs.sort(key=lambda ev: (sort_key(ev.event.date, ev.event.qualifier), position[ev.slug]))
    counts = Counter({tag: len(slugs) for tag, slugs in tag_members.items()})
    tags = {
        tag: tag_members[tag] for tag, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    }
    taken: set[str] = set()
    tag_slugs = {}
    for tag in sorted(tags):
        slug = slugify(tag) or "tag"
        candidate, n = slug, 2
        while candidate in taken:
            candidate, n = f"{slug}-{n}", n + 1
        taken.add(candidate)
        tag_slugs[tag] = candidate
    ordered_questions = {k: questions[k] for k in QUESTION_KINDS if questions.get(k)}
    ordered_questions.update({k: v for k, v in questions.items() if k not in ordered_questions})
    return SiteIndex(
        records=records,
        actors=actors,
        actor_of=actor_of,
        events=events,
        questions=ordered_questions,
        tags=tags,
        tag_slugs=tag_slugs,
        by_slug={r.slug: r for r in records},
        actor_by_slug={a.slug: a for a in actors},
        actor_events=dict(actor_events),
        actor_quotes=dict(actor_quotes),
        page_size=max(1, int(page_size)),
    )
