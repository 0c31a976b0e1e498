"""`briefings eval GOLD_DIR ARTICLES_DIR`: score the extraction against gold annotations.

Each `GOLD_DIR/*.yaml` annotates one article (format: shared/eval/README.md). Its `article` is
looked up in ARTICLES_DIR, then in the `seeds` folder beside the gold folder's parent
(`eval/gold/x.yaml` -> `seeds/<article>`). The article is read and extracted for real
(`reading.read_seed`, `extract.pipeline.extract`), and the briefing is scored with the README's
matching rules:

* Names are compared after folding case and accents, dropping quotation marks and trimming the
  punctuation around them. A predicted actor matches a gold actor when any of its name+aliases
  equals any of the gold name+aliases; each gold actor is matched at most once, so a second
  predicted actor for the same gold actor is a false positive (it should have been merged).
  Predicted places, and predicted actors that match only an optional actor, are ignored.
* Role: one gold form is contained, as whole words, in the predicted role. Affiliation: one gold
  form equals or is contained in the predicted affiliation, or equals the predicted country code.
  Both are scored over matched gold actors that have the field; type over all matched actors.
* Dates: the sets of distinct ISO values. Anchored: the share of gold dates for which a predicted
  date with the same value sits in a sentence containing the gold evidence phrase.
* Quotes: the speaker is the gold speaker (its actor's name or any alias, against the predicted
  speaker and its actor's aliases) and the predicted text starts with `starts`; each predicted
  quote matches at most one gold quote.
* Open questions: a predicted question is right when one of its evidence sentences contains an
  evidence phrase of any gold question (optional or not); precision = right / predicted. A required
  gold question is found when a predicted question cites a sentence holding one of its phrases;
  recall = found / required.

With `--against OTHER_GOLD_DIR`, a second annotation of the same articles (same file names)
stands in for the extraction: how far two annotators agree, by the same rules. Its actors keep
their names and aliases, with their first role and affiliation forms as the prediction (and the
first ISO code among the affiliations as the country); its dates, quotes and questions sit in the
sentences of the article that hold their evidence phrases and `starts`. Scoring the gold against
itself gives 1 everywhere.

Totals are micro-averaged: the counts are summed over the articles, then divided. Each total
share also gets its 95 % Wilson score interval (in the report and in `--json`): a set of 18
articles holds a few dozen roles, and its figure is known to about +-0.13.

Score names for `--min FIELD=VALUE` (VALUE between 0 and 1; exit 1 when a total is below it):

    actors.precision  actors.recall  actors.f1  actors.type  actors.role  actors.affiliation
    dates.precision   dates.recall   dates.f1   dates.anchored
    quotes.precision  quotes.recall  quotes.f1
    questions.precision  questions.recall  questions.f1

A score with nothing to measure (no predictions for a precision, say) is shown as "n/a" and fails
any bar. The exit code is 1 when a bar is missed or a gold file could not be scored, 2 when a
`--min` is malformed, else 0.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import click
import yaml

from .language import fold
from .model import Actor, Briefing, DateMention, OpenQuestion, Quote

GROUPS = ("actors", "dates", "quotes", "questions")
ACCURACIES = {"actors": ("type", "role", "affiliation"), "dates": ("anchored",)}
FIELDS: tuple[str, ...] = tuple(
    f"{group}.{name}"
    for group in GROUPS
    for name in ("precision", "recall", "f1", *ACCURACIES.get(group, ()))
)

# Straight, curly and angle quotation marks and apostrophes: dropped before comparing, so a
# typographic apostrophe in the article and a straight one in the gold file agree.
_QUOTE_MARKS = dict.fromkeys(map(ord, "\"'`´‘’‚‛“”„‟«»‹›「」『』"))
_WORD = re.compile(r"\w+")


class GoldError(Exception):
    """A gold file that cannot be used. str() is the one-line reason."""


# --- normalization ------------------------------------------------------------------------------


def _plain(text: str) -> str:
    """Folded, quotation marks dropped, whitespace collapsed."""
    return " ".join(fold(str(text)).translate(_QUOTE_MARKS).split())


def _is_edge(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


def _strip_punctuation(text: str) -> str:
    start, end = 0, len(text)
    while start < end and _is_edge(text[start]):
        start += 1
    while end > start and _is_edge(text[end - 1]):
        end -= 1
    return text[start:end]


def normalize(text: str) -> str:
    """The key names and quote openings are compared by: case, accents, quotation marks and the
    punctuation around the text ignored."""
    return _strip_punctuation(_plain(text))


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(_plain(text)))


def contains_words(haystack: str | None, needle: str) -> bool:
    """Whether `needle` occurs in `haystack` as a run of whole words (so the gold affiliation "US"
    is not found inside "Russia", but "Menteri Luar Negeri" is inside "Menteri Luar Negeri RI")."""
    if not haystack:
        return False
    hay, need = _words(haystack), _words(needle)
    if not need:
        return False
    return any(hay[i : i + len(need)] == need for i in range(len(hay) - len(need) + 1))


def contains_phrase(sentence: str, phrase: str) -> bool:
    """Evidence containment: case, accents, quotation marks and whitespace ignored."""
    needle = normalize(phrase)
    return bool(needle) and needle in _plain(sentence)


# --- gold files ---------------------------------------------------------------------------------


@dataclass
class GoldActor:
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    role: list[str] = field(default_factory=list)
    affiliation: list[str] = field(default_factory=list)

    @property
    def keys(self) -> set[str]:
        return {normalize(n) for n in [self.name, *self.aliases]} - {""}


@dataclass
class GoldDate:
    text: str
    value: str
    evidence: str
    qualifier: str | None = None


@dataclass
class GoldQuote:
    speaker: str
    starts: str


@dataclass
class GoldQuestion:
    about: str
    kind: str
    evidence: list[str]
    optional: bool = False


@dataclass
class Gold:
    path: Path
    article: str
    language: str | None
    actors: list[GoldActor]
    optional_actors: list[str]
    dates: list[GoldDate]
    quotes: list[GoldQuote]
    questions: list[GoldQuestion]


def _text_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [_scalar(v) for v in value if v is not None]
    return [_scalar(value)]


def _scalar(value: object) -> str:
    # YAML reads 2025-10-19 as a date and 1989 as an int; the gold means the ISO text.
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    return str(value)


def load_gold(path: Path) -> Gold:
    """Read one gold file. Raises GoldError with the reason."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise GoldError(f"cannot be read: {exc}") from None
    if not isinstance(data, dict) or not data.get("article"):
        raise GoldError("not a gold annotation (no 'article')")
    try:
        return Gold(
            path=path,
            article=str(data["article"]),
            language=data.get("language"),
            actors=[
                GoldActor(
                    name=_scalar(a["name"]),
                    type=str(a.get("type", "")),
                    aliases=_text_list(a.get("aliases")),
                    role=_text_list(a.get("role")),
                    affiliation=_text_list(a.get("affiliation")),
                )
                for a in data.get("actors") or []
            ],
            optional_actors=_text_list(data.get("optional_actors")),
            dates=[
                GoldDate(
                    text=_scalar(d.get("text", "")),
                    value=_scalar(d["value"]),
                    evidence=_scalar(d.get("evidence", "")),
                    qualifier=d.get("qualifier"),
                )
                for d in data.get("dates") or []
            ],
            quotes=[
                GoldQuote(speaker=_scalar(q["speaker"]), starts=_scalar(q["starts"]))
                for q in data.get("quotes") or []
            ],
            questions=[
                GoldQuestion(
                    about=str(q.get("about", "")),
                    kind=str(q.get("kind", "")),
                    evidence=_text_list(q.get("evidence")),
                    optional=bool(q.get("optional", False)),
                )
                for q in data.get("open_questions") or []
            ],
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise GoldError(f"malformed entry ({type(exc).__name__}: {exc})") from None


def find_article(gold: Gold, gold_dir: Path, articles_dir: Path) -> Path | None:
    """ARTICLES_DIR/<article>, else seeds/<article> beside the gold folder's parent."""
    for folder in (articles_dir, gold_dir.resolve().parent.parent / "seeds"):
        candidate = folder / gold.article
        if candidate.is_file():
            return candidate
    return None


# --- scores -------------------------------------------------------------------------------------


Z95 = 1.959964  # the normal quantile of a two-sided 95 % interval


@dataclass
class Ratio:
    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.hits + other.hits, self.total + other.total)

    def interval(self, z: float = Z95) -> tuple[float, float] | None:
        """The Wilson score interval of the share (95 % by default); None when there is nothing
        to count. With the few dozen roles of an 18-article set it is wide: 28/38 is 0.58-0.85."""
        if not self.total:
            return None
        n, p = self.total, self.hits / self.total
        centre = p + z * z / (2 * n)
        half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
        scale = 1 + z * z / n
        low = 0.0 if self.hits == 0 else max(0.0, (centre - half) / scale)
        high = (
            1.0 if self.hits == n else min(1.0, (centre + half) / scale)
        )  # (exactly, not 0.99...)
        return low, high


def f1(precision: Ratio, recall: Ratio) -> float | None:
    """Harmonic mean; 0 when one side is empty and the other is not, None when both are."""
    if not precision.total and not recall.total:
        return None
    p, r = precision.value, recall.value
    if p is None or r is None or p + r == 0:
        return 0.0
    return 2 * p * r / (p + r)


@dataclass
class Scores:
    """The ratios of one article (or of the total: summed counts, i.e. micro-averaged)."""

    ratios: dict[str, Ratio] = field(default_factory=dict)

    def __add__(self, other: Scores) -> Scores:
        keys = list(dict.fromkeys([*self.ratios, *other.ratios]))
        return Scores({k: self.ratios.get(k, Ratio()) + other.ratios.get(k, Ratio()) for k in keys})

    def ratio(self, name: str) -> Ratio:
        return self.ratios.get(name, Ratio())

    def value(self, name: str) -> float | None:
        group, _, metric = name.partition(".")
        if metric == "f1":
            return f1(self.ratio(f"{group}.precision"), self.ratio(f"{group}.recall"))
        return self.ratio(name).value

    def as_dict(self) -> dict[str, float | None]:
        return {name: self.value(name) for name in FIELDS}


@dataclass
class ArticleResult:
    gold: Gold
    article: Path
    briefing: Briefing
    scores: Scores
    misses: dict[str, list[str]]  # category -> one line per miss, in the order of MISS_ORDER


MISS_ORDER = (
    "missed actors",
    "false-positive actors",
    "wrong types",
    "wrong roles",
    "wrong affiliations",
    "ignored places that are gold actors",
    "missed dates",
    "extra dates",
    "unanchored dates",
    "missed quotes",
    "extra quotes",
    "wrong questions",
    "missed questions",
)


class _Misses(dict):
    def add(self, category: str, line: str) -> None:
        self.setdefault(category, []).append(line)


def _matching(candidates: list[list[int]]) -> dict[int, int]:
    """Maximum bipartite matching, left -> right, trying each left's candidates in order
    (Kuhn's augmenting paths): a predicted item takes a gold item another could do without."""
    owner: dict[int, int] = {}  # right -> left

    def claim(left: int, seen: set[int]) -> bool:
        for right in candidates[left]:
            if right in seen:
                continue
            seen.add(right)
            if right not in owner or claim(owner[right], seen):
                owner[right] = left
                return True
        return False

    for left in range(len(candidates)):
        claim(left, set())
    return {left: right for right, left in owner.items()}


def _actor_keys(actor: Actor) -> set[str]:
    return {normalize(n) for n in [actor.name, *actor.aliases]} - {""}


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def score_actors(gold: Gold, briefing: Briefing, misses: _Misses) -> dict[str, Ratio]:
    optional = {normalize(n) for n in gold.optional_actors}
    gold_keys = [g.keys for g in gold.actors]
    scored: list[Actor] = []
    candidates: list[list[int]] = []
    for actor in briefing.actors:
        keys = _actor_keys(actor)
        hits = [i for i, gk in enumerate(gold_keys) if keys & gk]
        if actor.type == "place":
            for i in hits:
                misses.add(
                    "ignored places that are gold actors",
                    f"{actor.name!r} predicted as place; gold {gold.actors[i].name!r} is "
                    f"{gold.actors[i].type}",
                )
            continue
        if not hits and keys & optional:
            continue
        # Prefer the gold actor whose name is the predicted name, then any alias match.
        hits.sort(key=lambda i: normalize(actor.name) != normalize(gold.actors[i].name))
        scored.append(actor)
        candidates.append(hits)
    pairs = _matching(candidates)

    for i, actor in enumerate(scored):
        if i in pairs:
            continue
        dup = [gold.actors[g].name for g in candidates[i]]
        why = f"duplicate of gold {dup[0]!r} (merge it)" if dup else "not in gold"
        first = f", first in {actor.mentions[0]}" if actor.mentions else ""
        misses.add("false-positive actors", f"{actor.name!r} [{actor.type}]: {why}{first}")
    matched = {g: scored[i] for i, g in pairs.items()}
    for g, gold_actor in enumerate(gold.actors):
        if g not in matched:
            misses.add("missed actors", _missed_actor(gold_actor, briefing))

    type_ok, role_ok, aff_ok = Ratio(), Ratio(), Ratio()
    for g in sorted(matched):
        gold_actor, actor = gold.actors[g], matched[g]
        ok = actor.type == gold_actor.type
        type_ok += Ratio(int(ok), 1)
        if not ok:
            misses.add(
                "wrong types",
                f"{gold_actor.name!r}: predicted {actor.type}, gold {gold_actor.type}",
            )
        if gold_actor.role:
            ok = any(contains_words(actor.role, form) for form in gold_actor.role)
            role_ok += Ratio(int(ok), 1)
            if not ok:
                misses.add(
                    "wrong roles",
                    f"{gold_actor.name!r}: predicted {actor.role!r}, gold any of {gold_actor.role}",
                )
        if gold_actor.affiliation:
            ok = _affiliation_ok(actor, gold_actor.affiliation)
            aff_ok += Ratio(int(ok), 1)
            if not ok:
                misses.add(
                    "wrong affiliations",
                    f"{gold_actor.name!r}: predicted {actor.affiliation!r} (country "
                    f"{actor.country!r}), gold any of {gold_actor.affiliation}",
                )
    return {
        "actors.precision": Ratio(len(pairs), len(scored)),
        "actors.recall": Ratio(len(pairs), len(gold.actors)),
        "actors.type": type_ok,
        "actors.role": role_ok,
        "actors.affiliation": aff_ok,
    }


def _missed_actor(gold_actor: GoldActor, briefing: Briefing) -> str:
    """The gold actor, where the text names it, and predictions that name it only in part
    (a name cut too short or run on too far, e.g. a title glued to the name)."""
    forms = [gold_actor.name, *gold_actor.aliases]

    def overlaps(a: Actor) -> bool:
        names = [a.name, *a.aliases]
        return any(contains_words(n, f) or contains_words(f, n) for n in names for f in forms)

    near = [a.name for a in briefing.actors if overlaps(a)]
    hint = f"; near: {', '.join(repr(n) for n in dict.fromkeys(near))}" if near else ""
    shown = ", ".join(repr(n) for n in forms[:4])
    where = _where(briefing, forms, contains_words)
    return f"{gold_actor.name!r} [{gold_actor.type}] (any of {shown}) {where}{hint}"


def _affiliation_ok(actor: Actor, forms: list[str]) -> bool:
    country = normalize(actor.country) if actor.country else None
    return any(
        contains_words(actor.affiliation, form) or (country and normalize(form) == country)
        for form in forms
    )


def _sentence_texts(briefing: Briefing) -> dict[str, str]:
    return {s.id: s.text for s in briefing.sentences}


def _where(
    briefing: Briefing,
    phrases: Iterable[str],
    holds: Callable[[str, str], bool] = contains_phrase,
) -> str:
    """The first sentence holding one of the phrases, for the verbose hints: 'in s4'."""
    phrases = list(phrases)
    for sentence in briefing.sentences:
        if any(holds(sentence.text, ph) for ph in phrases):
            return f"in {sentence.id}"
    return "not in the text as written"


def score_dates(gold: Gold, briefing: Briefing, misses: _Misses) -> dict[str, Ratio]:
    texts = _sentence_texts(briefing)
    predicted: dict[str, list[str]] = {}  # value -> sentence ids
    for d in briefing.dates:
        predicted.setdefault(d.value.strip(), []).append(d.sentence)
    gold_values = {d.value for d in gold.dates}
    hits = len(gold_values & set(predicted))

    anchored = Ratio()
    for d in gold.dates:
        where = predicted.get(d.value, [])
        ok = any(contains_phrase(texts.get(sid, ""), d.evidence) for sid in where)
        anchored += Ratio(int(ok), 1)
        if d.value not in predicted:
            misses.add(
                "missed dates",
                f"{d.value} ({d.text!r}) {_where(briefing, [d.evidence])}: "
                f"{_short(d.evidence, 50)!r}",
            )
        elif not ok:
            misses.add(
                "unanchored dates",
                f"{d.value} found in {', '.join(dict.fromkeys(where))} but gold sentence holds "
                f"{_short(d.evidence, 50)!r}",
            )
    for d in briefing.dates:
        if d.value.strip() not in gold_values:
            misses.add(
                "extra dates",
                f"{d.value} from {d.text!r} in {d.sentence}: {_short(texts.get(d.sentence, ''))!r}",
            )
    return {
        "dates.precision": Ratio(hits, len(predicted)),
        "dates.recall": Ratio(hits, len(gold_values)),
        "dates.anchored": anchored,
    }


def _gold_speaker_keys(gold: Gold, speaker: str) -> set[str]:
    """The gold speaker's actor name and aliases (just the speaker if no gold actor has it)."""
    key = normalize(speaker)
    for actor in gold.actors:
        if key in actor.keys:
            return actor.keys
    return {key}


def score_quotes(gold: Gold, briefing: Briefing, misses: _Misses) -> dict[str, Ratio]:
    actors = {a.id: a for a in briefing.actors}
    speaker_keys: list[set[str]] = []
    for q in briefing.quotes:
        keys = {normalize(q.speaker)} if q.speaker else set()
        if q.speaker_id in actors:
            keys |= _actor_keys(actors[q.speaker_id])
        speaker_keys.append(keys - {""})
    openings = [normalize(q.text) for q in briefing.quotes]

    candidates: list[list[int]] = []
    for g in gold.quotes:
        wanted, starts = _gold_speaker_keys(gold, g.speaker), normalize(g.starts)
        candidates.append(
            [
                p
                for p in range(len(briefing.quotes))
                if speaker_keys[p] & wanted and openings[p].startswith(starts)
            ]
        )
    pairs = _matching(candidates)

    for g, gq in enumerate(gold.quotes):
        if g in pairs:
            continue
        same_text = [
            briefing.quotes[p] for p, o in enumerate(openings) if o.startswith(normalize(gq.starts))
        ]
        wanted = _gold_speaker_keys(gold, gq.speaker)
        by_speaker = [
            _short(briefing.quotes[p].text, 40)
            for p, keys in enumerate(speaker_keys)
            if keys & wanted and p not in pairs.values()
        ]
        if same_text:
            hint = f"text found, attributed to {same_text[0].speaker!r} ({same_text[0].sentence})"
        elif by_speaker:
            hint = f"the speaker's other predicted quotes start {by_speaker}"
        else:
            hint = f"no predicted quote starts so; {_where(briefing, [gq.starts])}"
        misses.add("missed quotes", f"{gq.speaker!r}: {gq.starts!r}: {hint}")
    used = set(pairs.values())
    for p, q in enumerate(briefing.quotes):
        if p not in used:
            misses.add("extra quotes", f"{q.speaker!r} in {q.sentence}: {_short(q.text, 60)!r}")
    return {
        "quotes.precision": Ratio(len(pairs), len(briefing.quotes)),
        "quotes.recall": Ratio(len(pairs), len(gold.quotes)),
    }


def score_questions(gold: Gold, briefing: Briefing, misses: _Misses) -> dict[str, Ratio]:
    texts = _sentence_texts(briefing)

    def cites(question: OpenQuestion, phrases: list[str]) -> bool:
        return any(
            contains_phrase(texts.get(sid, ""), ph) for sid in question.evidence for ph in phrases
        )

    every_phrase = [ph for g in gold.questions for ph in g.evidence]
    right = 0
    for q in briefing.open_questions:
        if cites(q, every_phrase):
            right += 1
        else:
            misses.add(
                "wrong questions",
                f"[{q.kind}] {_short(q.question, 60)!r} "
                f"citing {', '.join(q.evidence) or 'no sentence'}",
            )
    required = [g for g in gold.questions if not g.optional]
    found = 0
    for g in required:
        if any(cites(q, g.evidence) for q in briefing.open_questions):
            found += 1
        else:
            evidence = f" {_where(briefing, g.evidence)}: {g.evidence}" if g.evidence else ""
            misses.add("missed questions", f"[{g.kind}] {_short(g.about, 60)!r}{evidence}")
    return {
        "questions.precision": Ratio(right, len(briefing.open_questions)),
        "questions.recall": Ratio(found, len(required)),
    }


SCORERS: tuple[Callable[[Gold, Briefing, _Misses], dict[str, Ratio]], ...] = (
    score_actors,
    score_dates,
    score_quotes,
    score_questions,
)


def score_briefing(gold: Gold, briefing: Briefing) -> tuple[Scores, dict[str, list[str]]]:
    """Score one briefing against its gold; returns the ratios and the misses by category."""
    misses = _Misses()
    ratios: dict[str, Ratio] = {}
    for scorer in SCORERS:
        ratios.update(scorer(gold, briefing, misses))
    ordered = {k: misses[k] for k in MISS_ORDER if k in misses}
    return Scores(ratios), ordered


# --- running ------------------------------------------------------------------------------------


@dataclass
class Evaluation:
    results: list[ArticleResult]
    errors: list[str]  # "gold file: reason"

    @property
    def total(self) -> Scores:
        total = Scores()
        for r in self.results:
            total = total + r.scores
        return total


_ISO_CODE = re.compile(r"[A-Z]{2}")


def briefing_from_gold(other: Gold, extracted: Briefing) -> Briefing:
    """A second annotator's gold as a briefing of the same article: its actors, dates, quotes
    and questions placed in the extracted briefing's sentences (see the module docstring)."""
    sentences = extracted.sentences

    def holding(phrase: str) -> list[str]:
        return [s.id for s in sentences if contains_phrase(s.text, phrase)]

    actors = [
        Actor(
            f"a{i}",
            g.name,
            g.type,  # type: ignore[arg-type]
            aliases=list(g.aliases),
            role=g.role[0] if g.role else None,
            affiliation=g.affiliation[0] if g.affiliation else None,
            country=next((f for f in g.affiliation if _ISO_CODE.fullmatch(f)), None),
        )
        for i, g in enumerate(other.actors)
    ]
    dates = [
        DateMention(d.text, d.value, d.qualifier, (holding(d.evidence) or [""])[0])  # type: ignore[arg-type]
        for d in other.dates
    ]
    quotes = []
    for q in other.quotes:
        # the quotation read from its sentence, from where `starts` opens it, in any capitals and
        # spacing (so a longer `starts` of the gold still matches)
        sentence = next((s for s in sentences if contains_phrase(s.text, q.starts)), None)
        pattern = r"\s+".join(map(re.escape, q.starts.split()))
        found = re.search(pattern, sentence.text, re.I) if sentence else None
        opening = sentence.text[found.start() :] if sentence and found else q.starts
        speaker = next((a for a in actors if normalize(q.speaker) in _actor_keys(a)), None)
        quotes.append(
            Quote(
                q.speaker, speaker.id if speaker else None, opening, sentence.id if sentence else ""
            )
        )
    questions = [
        OpenQuestion(
            q.about,
            q.kind,  # type: ignore[arg-type]
            sorted({sid for phrase in q.evidence for sid in holding(phrase)}, key=_sentence_order),
        )
        for q in other.questions
    ]
    return replace(
        extracted, actors=actors, dates=dates, timeline=[], quotes=quotes, open_questions=questions
    )


def _sentence_order(sid: str) -> int:
    return int(sid[1:]) if sid[1:].isdigit() else 0


def evaluate(gold_dir: Path, articles_dir: Path, against: Path | None = None) -> Evaluation:
    """Score each gold file's article: its extraction, or with `against`, the other gold
    directory's annotation of it (same file name)."""
    from .extract.pipeline import extract
    from .reading import read_seed

    results: list[ArticleResult] = []
    errors: list[str] = []
    paths = sorted({*gold_dir.glob("*.yaml"), *gold_dir.glob("*.yml")})
    if not paths:
        errors.append(f"{gold_dir}: no gold files (*.yaml)")
    for path in paths:
        try:
            gold = load_gold(path)
        except GoldError as exc:
            errors.append(f"{path.name}: {exc}")
            continue
        article = find_article(gold, gold_dir, articles_dir)
        if article is None:
            errors.append(f"{path.name}: article {gold.article!r} not found in {articles_dir}")
            continue
        other = None
        if against is not None:
            try:
                other = load_gold(against / path.name)
            except (GoldError, OSError) as exc:
                errors.append(f"{path.name}: no second annotation in {against}: {exc}")
                continue
        try:
            briefing = extract(read_seed(article), slug=article.stem)
        except Exception as exc:  # a stage under development must not stop the other articles
            errors.append(f"{path.name}: extraction failed: {type(exc).__name__}: {exc}")
            continue
        if other is not None:
            briefing = briefing_from_gold(other, briefing)
        scores, misses = score_briefing(gold, briefing)
        results.append(ArticleResult(gold, article, briefing, scores, misses))
    return Evaluation(results, errors)


def parse_minimums(specs: Iterable[str]) -> dict[str, float]:
    """`FIELD=VALUE` -> {field: value}. Raises ValueError naming the bad spec."""
    bars: dict[str, float] = {}
    for spec in specs:
        name, sep, raw = spec.partition("=")
        name = name.strip()
        if not sep or name not in FIELDS:
            raise ValueError(
                f"--min {spec!r}: expected FIELD=VALUE, FIELD one of {', '.join(FIELDS)}"
            )
        try:
            value = float(raw)
        except ValueError:
            raise ValueError(f"--min {spec!r}: {raw!r} is not a number") from None
        if not 0 <= value <= 1:
            raise ValueError(f"--min {spec!r}: the value must be between 0 and 1")
        bars[name] = value
    return bars


def failed_bars(total: Scores, bars: dict[str, float]) -> list[str]:
    lines = []
    for name, bar in bars.items():
        value = total.value(name)
        if value is None:
            lines.append(f"{name}: n/a (nothing to measure), required {bar:.2f}")
        elif value < bar:
            lines.append(f"{name}: {value:.3f} < {bar:.2f}")
    return lines


# --- output -------------------------------------------------------------------------------------


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def _cell(ratio: Ratio) -> str:
    return f"{_num(ratio.value):>4} ({ratio.hits}/{ratio.total})"


def format_scores(title: str, scores: Scores) -> list[str]:
    """One small aligned table: a row per field with precision, recall, F1 and accuracies."""
    header = f"  {'':<10} {'precision':<15} {'recall':<15} {'F1':<5} accuracy"
    lines = [title, header]
    for group in GROUPS:
        extras = "   ".join(
            f"{name} {_cell(scores.ratio(f'{group}.{name}'))}" for name in ACCURACIES.get(group, ())
        )
        lines.append(
            f"  {group:<10} {_cell(scores.ratio(f'{group}.precision')):<15} "
            f"{_cell(scores.ratio(f'{group}.recall')):<15} {_num(scores.value(f'{group}.f1')):<5} "
            f"{extras}".rstrip()
        )
    return lines


def format_intervals(scores: Scores) -> list[str]:
    """The totals' 95 % Wilson intervals: how far a figure from this many items may be from the
    rate on all text of the kind (F1 has none: it is no share of counted items)."""
    cells = []
    for name in FIELDS:
        bounds = scores.ratio(name).interval() if not name.endswith(".f1") else None
        if bounds:
            cells.append(f"{name} {bounds[0]:.2f}-{bounds[1]:.2f}")
    if not cells:
        return []
    lines, row = ["  95 % intervals (Wilson):"], "   "
    for cell in cells:
        if len(row) + len(cell) + 2 > 100:
            lines.append(row.rstrip(","))
            row = "   "
        row += f" {cell},"
    lines.append(row.rstrip(","))
    return lines


def format_summary(evaluation: Evaluation) -> list[str]:
    """One row per article and the total: the headline figure of each field, for a quick look."""
    columns = [
        ("actors", "actors.f1"),
        ("type", "actors.type"),
        ("role", "actors.role"),
        ("affil", "actors.affiliation"),
        ("dates", "dates.f1"),
        ("anchor", "dates.anchored"),
        ("quotes", "quotes.f1"),
        ("q.prec", "questions.precision"),
        ("q.rec", "questions.recall"),
    ]
    rows = [(r.article.name, r.scores) for r in evaluation.results]
    rows.append(("TOTAL (micro)", evaluation.total))
    width = max(len(name) for name, _ in rows)
    lines = [f"{'article':<{width}}  " + " ".join(f"{h:>6}" for h, _ in columns)]
    for name, scores in rows:
        lines.append(
            f"{name:<{width}}  " + " ".join(f"{_num(scores.value(f)):>6}" for _, f in columns)
        )
    return lines


def format_report(evaluation: Evaluation, verbose: bool) -> str:
    lines: list[str] = []
    for result in evaluation.results:
        title = f"{result.article.name} [{result.briefing.language}]"
        lines += format_scores(title, result.scores)
        if verbose:
            lines += _format_misses(result.misses)
        lines.append("")
    n = len(evaluation.results)
    lines += format_scores(
        f"TOTAL over {n} article{'s' if n != 1 else ''} "
        "(micro-averaged: counts summed over articles, then divided)",
        evaluation.total,
    )
    lines += format_intervals(evaluation.total)
    lines += ["", "F1 and accuracies by article (F1 for actors, dates, quotes):"]
    lines += format_summary(evaluation)
    return "\n".join(lines)


def _format_misses(misses: dict[str, list[str]]) -> list[str]:
    if not misses:
        return ["  no misses"]
    lines = []
    for category, items in misses.items():
        lines.append(f"  {category} ({len(items)}):")
        lines += [f"    - {item}" for item in items]
    return lines


def to_json(evaluation: Evaluation) -> dict:
    def counts(scores: Scores) -> dict[str, list[int]]:
        return {k: [r.hits, r.total] for k, r in scores.ratios.items()}

    return {
        "averaging": "micro: counts summed over articles, then divided",
        "fields": list(FIELDS),
        "articles": [
            {
                "article": r.gold.article,
                "gold": r.gold.path.name,
                "path": str(r.article),
                "language": r.briefing.language,
                "scores": r.scores.as_dict(),
                "counts": counts(r.scores),
                "misses": r.misses,
            }
            for r in evaluation.results
        ],
        "total": {
            "scores": evaluation.total.as_dict(),
            "counts": counts(evaluation.total),
            "intervals": {
                k: list(bounds)
                for k, r in evaluation.total.ratios.items()
                if (bounds := r.interval()) is not None
            },
        },
        "errors": evaluation.errors,
    }


def main(
    gold_dir: Path,
    articles_dir: Path,
    minimums: list[str],
    as_json: bool,
    verbose: bool = False,
    against: Path | None = None,
) -> int:
    """Run the evaluation and print it; returns the exit code (see the module docstring)."""
    try:
        bars = parse_minimums(minimums)
    except ValueError as exc:
        click.echo(f"error: {exc}", err=True)
        return 2
    evaluation = evaluate(gold_dir, articles_dir, against)
    if as_json:
        click.echo(json.dumps(to_json(evaluation), indent=2, ensure_ascii=False))
    else:
        click.echo(format_report(evaluation, verbose))
    for line in evaluation.errors:
        click.echo(f"error: {line}", err=True)
    failures = failed_bars(evaluation.total, bars)
    for line in failures:
        click.echo(f"below the bar: {line}", err=True)
    return 1 if failures or evaluation.errors else 0
