"""The briefing data model.

Two layers:

* `Document` is the working state the extraction stages read and fill in. It keeps character
  offsets so every finding can be traced to the exact span it came from.
* `Briefing` is what leaves the generator: the JSON of `briefings extract --format json`, the data
  the Markdown template draws, and (through msgspec) the source of `schema/briefing.schema.json`.

Sentence ids ("s1", "s2", ...) are the provenance that ties every actor, date, quote and open
question to the text; they double as the anchors of the briefing page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

ActorType = Literal["person", "organization", "country", "group", "media", "place"]
QuestionKind = Literal["pending", "no_comment", "conditional", "disputed", "expected"]
Qualifier = Literal["early", "mid", "late"]
SentenceKind = Literal["title", "heading", "sentence"]


# --- output model -------------------------------------------------------------------------------


@dataclass
class Sentence:
    id: str
    text: str
    kind: SentenceKind = "sentence"
    paragraph: int = 0


@dataclass
class Actor:
    id: str
    name: str
    type: ActorType
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2: the actor's own code or its state's
    mentions: list[str] = field(default_factory=list)  # sentence ids, in text order


@dataclass
class DateMention:
    text: str
    value: str  # ISO 8601 at the precision written: YYYY, YYYY-MM or YYYY-MM-DD
    qualifier: Qualifier | None
    sentence: str


@dataclass
class TimelineEvent:
    date: str
    qualifier: Qualifier | None
    text: str  # the sentence that dates the event
    actors: list[str]  # actor ids
    sentence: str


@dataclass
class Quote:
    speaker: str | None  # the speaker's actor name, None when nobody can be named
    speaker_id: str | None
    text: str
    sentence: str  # where the quote opens
    sentences: list[str] = field(default_factory=list)  # every sentence the quote spans


@dataclass
class OpenQuestion:
    question: str
    kind: QuestionKind
    evidence: list[str]  # sentence ids


@dataclass
class KeyPoint:
    text: str
    sentences: list[str]


@dataclass
class SourceInfo:
    path: str
    sha256: str
    format: Literal["txt", "md", "html"]


@dataclass
class Briefing:
    title: str
    slug: str
    language: str
    source: SourceInfo
    outlet: str | None
    url: str | None
    published: str | None  # stated publication date (ISO), if any
    reference_date: str | None  # the date relative expressions were resolved against
    bottom_line: str
    key_points: list[KeyPoint]
    sentences: list[Sentence]
    actors: list[Actor]
    dates: list[DateMention]
    timeline: list[TimelineEvent]
    quotes: list[Quote]
    open_questions: list[OpenQuestion]
    tags: list[str]
    warnings: list[str]
    generator: str


# --- working state ------------------------------------------------------------------------------


@dataclass
class Span:
    """A stretch of the body text: [start, end) in `Document.text`."""

    start: int
    end: int
    text: str


@dataclass
class SentenceSpan:
    id: str
    start: int
    end: int
    text: str
    kind: SentenceKind = "sentence"
    paragraph: int = 0


@dataclass
class Mention:
    """One occurrence of an actor in the text."""

    start: int
    end: int
    text: str
    sentence: str
    actor: str | None = None  # actor id, once resolved


@dataclass
class Document:
    """Everything the stages share. Stages read earlier fields and fill later ones."""

    path: str
    text: str  # the cleaned body the sentence offsets point into
    language: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    tags: list[str] = field(default_factory=list)
    dateline: list[str] = field(default_factory=list)  # the place a dateline names ("Tupelo", ...)
    warnings: list[str] = field(default_factory=list)
    sentences: list[SentenceSpan] = field(default_factory=list)
    reference_date: str | None = None
    actors: list[Actor] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    open_questions: list[OpenQuestion] = field(default_factory=list)

    def sentence_at(self, offset: int) -> SentenceSpan | None:
        """The sentence holding a character offset (binary search: sentences are sorted)."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if offset < s.start:
                hi = mid
            elif offset >= s.end:
                lo = mid + 1
            else:
                return s
        return None
