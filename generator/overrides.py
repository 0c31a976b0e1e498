"""Analyst overrides: `seeds/NAME.yml` beside `seeds/NAME.txt`, applied on every run.

The file corrects what extraction got wrong, and survives regeneration because it is an input,
not an edit of the output (format: README.md, "Correcting a briefing"). Two steps:

* `apply_to_source` before extraction: title, outlet, url and published replace the seed's own,
  so relative dates resolve against the corrected publication date;
* `apply_overrides` after it: tags, actors (rename, fix, merge, drop), dates (fix, drop) and open
  questions (add, drop).

Everything is validated: an unknown key, a value of the wrong kind or a reference to an actor,
date, question or sentence the briefing does not have is a `SeedError` naming the override file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

import msgspec
import yaml

from .model import ActorType, Briefing, OpenQuestion, QuestionKind
from .reading import SeedError, is_web_url

DROP = "drop"
MAX_BYTES = 1024 * 1024  # an override file is a few lines; anything bigger is a mistake

_UNSET = msgspec.UNSET
Unset = msgspec.UnsetType


class ActorFix(msgspec.Struct, forbid_unknown_fields=True):
    """What may be said of one actor. A key given as null clears that field."""

    name: str | Unset = _UNSET
    role: str | Unset | None = _UNSET
    affiliation: str | Unset | None = _UNSET
    type: ActorType | Unset = _UNSET
    country: str | Unset | None = _UNSET
    merge: str | Unset = _UNSET


class QuestionAdd(msgspec.Struct, forbid_unknown_fields=True):
    question: str
    kind: QuestionKind = "pending"
    evidence: list[str] = []


class QuestionFixes(msgspec.Struct, forbid_unknown_fields=True):
    add: list[str | QuestionAdd] = []
    drop: list[str] = []


class _Meta(msgspec.Struct, forbid_unknown_fields=True):
    title: str | Unset = _UNSET
    outlet: str | Unset | None = _UNSET
    url: str | Unset | None = _UNSET
    published: str | Unset | None = _UNSET
    tags: list[str] | Unset = _UNSET


SECTIONS = {
    "title": "the briefing's title",
    "outlet": "the outlet's name (null clears it)",
    "url": "the article's http(s) address (null clears it)",
    "published": "the publication date, YYYY-MM-DD (null clears it)",
    "tags": "the tags, replacing the generated ones",
    "actors": "per actor (by name, alias or id): name, role, affiliation, type, country, "
    "merge, or `drop`",
    "dates": "per date as written in the text (or its value): a corrected value, or `drop`",
    "questions": "add (questions) and drop (their text)",
}


@dataclass
class Overrides:
    path: Path
    meta: dict[str, Any] = field(default_factory=dict)  # title/outlet/url/published: value|None
    tags: list[str] | None = None
    actors: dict[str, ActorFix | Literal["drop"]] = field(default_factory=dict)
    dates: dict[str, str] = field(default_factory=dict)  # as written -> ISO value or "drop"
    questions: QuestionFixes = field(default_factory=QuestionFixes)

    def error(self, reason: str) -> SeedError:
        return SeedError(self.path, reason)


# --- reading and validating the file ------------------------------------------------------------


def load_overrides(path: Path) -> Overrides:
    """Read and validate an override file (everything that can be checked without the briefing)."""
    overrides = Overrides(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise overrides.error(f"cannot be read: {exc.strerror or exc}") from None
    if len(raw) > MAX_BYTES:
        raise overrides.error("override file too large (over 1 MB)")
    try:
        data = yaml.safe_load(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise overrides.error("override file is not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise overrides.error(f"malformed override file{where}: {problem}") from None
    if data is None:
        return overrides
    if not isinstance(data, dict):
        raise overrides.error(f"override file must be a mapping, not {type(data).__name__}")
    data = _plain(data)
    unknown = sorted(str(k) for k in data if k not in SECTIONS)
    if unknown:
        raise overrides.error(f"unknown key {unknown[0]!r} (known keys: {', '.join(SECTIONS)})")
    meta = _convert(
        overrides, {k: v for k, v in data.items() if k in _Meta.__struct_fields__}, _Meta, ""
    )
    _read_meta(overrides, meta)
    overrides.actors = _read_actors(overrides, data.get("actors"))
    overrides.dates = _read_dates(overrides, data.get("dates"))
    if data.get("questions") is not None:
        overrides.questions = _convert(overrides, data["questions"], QuestionFixes, "questions")
    return overrides


def _plain(value: Any) -> Any:
    """YAML's dates as ISO text, keys as text: the file is read as the analyst typed it."""
    if isinstance(value, dict):
        return {_plain_key(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()[:10]
    return value


def _plain_key(key: Any) -> str:
    return key.isoformat()[:10] if isinstance(key, date) else str(key)


def _convert(overrides: Overrides, value: Any, kind: Any, where: str) -> Any:
    try:
        return msgspec.convert(value, kind)
    except msgspec.ValidationError as exc:
        message = str(exc).replace("Object contains unknown field", "unknown key")
        message = message.replace("`$", f"`{where}" if where else "`").replace("``", "`")
        prefix = f"{where}: " if where and "`" + where not in message else ""
        raise overrides.error(f"{prefix}{message}") from None


def _read_meta(overrides: Overrides, meta: _Meta) -> None:
    for key in ("title", "outlet", "url", "published"):
        value = getattr(meta, key)
        if value is _UNSET:
            continue
        text = _one_line(value) if value is not None else None
        if key == "title" and not text:
            raise overrides.error("title: must not be empty")
        if key == "url" and text is not None and not is_web_url(text):
            raise overrides.error(f"url: not an http(s) address: {text[:60]!r}")
        if key == "published" and text is not None and not _is_day(text):
            raise overrides.error(f"published: not a date (YYYY-MM-DD): {text[:40]!r}")
        overrides.meta[key] = text or None
    if meta.tags is not _UNSET:
        overrides.tags = list(dict.fromkeys(t for t in map(_one_line, meta.tags) if t))


def _read_actors(overrides: Overrides, value: Any) -> dict[str, ActorFix | Literal["drop"]]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise overrides.error("actors: must map actor names to fixes (or `drop`)")
    fixes: dict[str, ActorFix | Literal["drop"]] = {}
    for name, fix in value.items():
        where = f"actors: {name!r}"
        if fix == DROP:
            fixes[name] = DROP
            continue
        if not isinstance(fix, dict):
            raise overrides.error(f"{where}: expected fixes (name, role, ...) or `drop`")
        converted = _convert(overrides, fix, ActorFix, where)
        if isinstance(converted.country, str) and not re.fullmatch(r"[A-Z]{2}", converted.country):
            raise overrides.error(f"{where}: country must be an ISO code like ID or US")
        if isinstance(converted.name, str) and not _one_line(converted.name):
            raise overrides.error(f"{where}: name must not be empty")
        fixes[name] = converted
    return fixes


def _read_dates(overrides: Overrides, value: Any) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise overrides.error("dates: must map dates as written to a value (or `drop`)")
    fixes: dict[str, str] = {}
    for written, fix in value.items():
        fix = str(fix) if isinstance(fix, int) and not isinstance(fix, bool) else fix
        if fix != DROP and not (isinstance(fix, str) and _is_iso(fix)):
            raise overrides.error(
                f"dates: {written!r}: expected YYYY, YYYY-MM, YYYY-MM-DD or `drop`, got {fix!r}"
            )
        fixes[written] = fix
    return fixes


_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _is_iso(text: str) -> bool:
    match = _ISO.fullmatch(text)
    if not match:
        return False
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _is_day(text: str) -> bool:
    return _is_iso(text) and len(text) == 10


def _one_line(value: object) -> str:
    return " ".join(str(value).split())


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


# --- applying -----------------------------------------------------------------------------------


def apply_to_source(meta: dict, overrides: Overrides) -> None:
    """Before extraction: the corrected title, outlet, url and publication date win."""
    for key, value in overrides.meta.items():
        if value is None:
            meta.pop(key, None)
        else:
            meta[key] = value


def apply_overrides(briefing: Briefing, overrides: Overrides) -> None:
    """After extraction: actors, dates, questions, tags. Raises SeedError on a bad reference."""
    for key, value in overrides.meta.items():  # again: extraction may have found its own
        setattr(briefing, key, value)
    _apply_actors(briefing, overrides)
    _apply_dates(briefing, overrides)
    _apply_questions(briefing, overrides)
    if overrides.tags is not None:
        briefing.tags = list(overrides.tags)


def _find_actor(briefing: Briefing, reference: str):
    wanted = _fold(reference)
    for actor in briefing.actors:
        if wanted in {actor.id.casefold(), _fold(actor.name), *map(_fold, actor.aliases)}:
            return actor
    return None


def _missing_actor(overrides: Overrides, briefing: Briefing, reference: str) -> SeedError:
    names = ", ".join(repr(a.name) for a in briefing.actors[:12]) or "none"
    return overrides.error(f"actors: no actor {reference!r} in the briefing (its actors: {names})")


def _apply_actors(briefing: Briefing, overrides: Overrides) -> None:
    # Resolve every reference first, so a missing one fails before anything changes, and so the
    # names in the file mean the actors as extracted, whatever order the fixes are applied in.
    resolved = []
    for reference, fix in overrides.actors.items():
        actor = _find_actor(briefing, reference)
        if actor is None:
            raise _missing_actor(overrides, briefing, reference)
        resolved.append((actor, fix))
    for actor, fix in resolved:
        if isinstance(fix, ActorFix):
            _fix_actor(briefing, actor, fix)
    for actor, fix in resolved:
        if isinstance(fix, ActorFix) and fix.merge is not _UNSET:
            target = _find_actor(briefing, fix.merge)
            if target is None:
                raise _missing_actor(overrides, briefing, fix.merge)
            if target is actor:
                raise overrides.error(f"actors: {actor.name!r} cannot be merged into itself")
            _merge_actor(briefing, actor, target)
    for actor, fix in resolved:
        if fix == DROP and actor in briefing.actors:
            _drop_actor(briefing, actor)


def _fix_actor(briefing: Briefing, actor, fix: ActorFix) -> None:
    for key in ("role", "affiliation", "type", "country"):
        value = getattr(fix, key)
        if value is not _UNSET:
            setattr(actor, key, _one_line(value) if isinstance(value, str) else value)
    if fix.name is not _UNSET:
        old, new = actor.name, _one_line(fix.name)
        if new != old:
            actor.name = new
            actor.aliases = [a for a in dict.fromkeys([old, *actor.aliases]) if a != new]
            _rename_everywhere(briefing, actor.id, old, new)


def _rename_everywhere(briefing: Briefing, actor_id: str, old: str, new: str | None) -> None:
    for quote in briefing.quotes:
        if quote.speaker_id == actor_id:
            quote.speaker = new
            if new is None:
                quote.speaker_id = None
    if new is None:
        briefing.tags = [t for t in briefing.tags if t != old]
    else:
        briefing.tags = list(dict.fromkeys(new if t == old else t for t in briefing.tags))


def _merge_actor(briefing: Briefing, actor, target) -> None:
    """Fold `actor` into `target`: its names become aliases, its mentions, quotes and timeline
    events become the target's; the target's own fields win, the actor's fill the gaps."""
    order = {s.id: i for i, s in enumerate(briefing.sentences)}
    names = [actor.name, *actor.aliases, *target.aliases]
    target.aliases = [n for n in dict.fromkeys(names) if n != target.name]
    target.mentions = sorted(
        set(target.mentions) | set(actor.mentions), key=lambda s: order.get(s, 0)
    )
    for key in ("role", "affiliation", "country"):
        if getattr(target, key) is None:
            setattr(target, key, getattr(actor, key))
    for quote in briefing.quotes:
        if quote.speaker_id == actor.id:
            quote.speaker_id, quote.speaker = target.id, target.name
    for event in briefing.timeline:
        event.actors = list(dict.fromkeys(target.id if a == actor.id else a for a in event.actors))
    briefing.tags = [t for t in briefing.tags if t != actor.name]
    briefing.actors.remove(actor)


def _drop_actor(briefing: Briefing, actor) -> None:
    _rename_everywhere(briefing, actor.id, actor.name, None)
    for event in briefing.timeline:
        event.actors = [a for a in event.actors if a != actor.id]
    briefing.actors.remove(actor)


_QUALIFIER_ORDER = {"early": 0, None: 1, "mid": 1, "late": 2}  # as the timeline stage sorts


def _apply_dates(briefing: Briefing, overrides: Overrides) -> None:
    if not overrides.dates:
        return
    for written, fix in overrides.dates.items():
        matches = [
            d for d in briefing.dates if _fold(d.text) == _fold(written) or d.value == written
        ]
        if not matches:
            known = ", ".join(repr(d.text) for d in briefing.dates[:12]) or "none"
            raise overrides.error(
                f"dates: no date {written!r} in the briefing (its dates: {known})"
            )
        for mention in matches:
            events = [
                e for e in briefing.timeline
                if e.sentence == mention.sentence and e.date == mention.value
            ]  # fmt: skip
            if fix == DROP:
                briefing.dates.remove(mention)
                briefing.timeline = [e for e in briefing.timeline if e not in events]
            else:
                mention.value = fix
                for event in events:
                    event.date = fix
    order = {s.id: i for i, s in enumerate(briefing.sentences)}
    briefing.timeline.sort(
        key=lambda e: (e.date, _QUALIFIER_ORDER.get(e.qualifier, 1), order.get(e.sentence, 0))
    )


def _apply_questions(briefing: Briefing, overrides: Overrides) -> None:
    fixes = overrides.questions
    for text in fixes.drop:
        kept = [q for q in briefing.open_questions if _fold(q.question) != _fold(text)]
        if len(kept) == len(briefing.open_questions):
            known = "; ".join(repr(q.question) for q in briefing.open_questions[:8]) or "none"
            raise overrides.error(
                f"questions: drop: no question {text!r} in the briefing (its questions: {known})"
            )
        briefing.open_questions = kept
    sentence_ids = {s.id for s in briefing.sentences}
    for item in fixes.add:
        add = item if isinstance(item, QuestionAdd) else QuestionAdd(question=item)
        question = _one_line(add.question)
        if not question:
            raise overrides.error("questions: add: a question must not be empty")
        missing = [sid for sid in add.evidence if sid not in sentence_ids]
        if missing:
            raise overrides.error(f"questions: add: no sentence {missing[0]!r} in the briefing")
        briefing.open_questions.append(OpenQuestion(question, add.kind, list(add.evidence)))
