"""Stage: open questions: what a reader should watch, with the sentences that raise it.

Five kinds (model.QuestionKind): pending (not decided or known yet), no_comment (someone declined
to say), conditional (depends on something), disputed (claims conflict), expected (announced, not
yet happened). Each kind has cue patterns in the `questions` section of the language data:

* a sentence with a `strong` cue raises a point of that kind; `negative` patterns blank out what
  looks like a cue but is not one ("akan terus", "will continue": an ongoing state, not news);
* a sentence with only `weak` cues raises one when it has two of them, or joins a neighbouring
  point of the same kind ("The UK, however, welcomed ..." next to "... is unacceptable");
* titles and headings never raise a point alone; they add evidence to a point of their kind.

Neighbouring sentences of the same kind are one point. Each point becomes a question from the
kind's template, filled with the evidence clause verbatim (nothing invented) and, where the
template wants one, the actor it is about.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from ..language import Language
from ..model import Document, Mention, OpenQuestion, SentenceSpan
from .quotes import quote_spans

STRONG, WEAK = 2, 1  # a sentence raises a point at STRONG
QUOTATION_MIN_WORDS = 4  # a quoted stretch this long is someone's words, not a quoted term
MERGE_GAP = 2  # sentences of one kind this close (in sentences) are one point
TOPIC_MIN_WORDS, TOPIC_MAX_WORDS = 7, 24
CLAUSE_BREAK = re.compile(r"[.!?;:]\s|,\s(?!\d)|\s[—–-]{1,2}\s|[\"“”«»]")
WORD = re.compile(r"[^\W_]+(?:[-'’.,][^\W_]+)*")


@dataclass(frozen=True, eq=False)
class QuestionRules:
    kinds: tuple[str, ...]  # in order of precedence
    cues: re.Pattern  # every cue of every kind in one pattern; groups named n_I, s_I, w_I
    templates: dict[str, str]
    openers: re.Pattern
    quoted_weak: frozenset[str]  # kinds whose strong cues are weak inside a quotation


@cache
def rules(language: Language) -> QuestionRules:
    section = language.section("questions")
    names = {
        "{weekday}": _names(language.weekdays),
        "{month}": _names(language.months),
    }

    def alternation(patterns: list[str]) -> str:
        expanded = []
        for pattern in patterns:
            for placeholder, names_alternation in names.items():
                pattern = pattern.replace(placeholder, names_alternation)
            expanded.append(f"(?:{pattern})")
        return "|".join(expanded)

    # One pattern, one pass over the text: negatives first (a match consumes its words, so
    # "akan terus" hides "akan"), then each kind's strong and weak cues in order of precedence.
    table = section.get("kinds") or {}
    kinds = tuple(str(k) for k in table)
    groups = [
        f"(?P<{prefix}_{i}>{alternation(cues.get(key) or [])})"
        for prefix, key in (("n", "negative"), ("s", "strong"), ("w", "weak"))
        for i, cues in enumerate(table.values())
        if cues.get(key)
    ]
    openers = language.alternation("questions", "clause_openers")
    return QuestionRules(
        kinds=kinds,
        # Every cue starts a word: the leading test skips the other positions at once. Cues are
        # lower case and run over lower-cased text (twice as fast as IGNORECASE).
        cues=re.compile(r"(?<!\w)(?=\w)(?:" + ("|".join(groups) or "(?!)") + ")"),
        templates={str(k): str(v) for k, v in (section.get("templates") or {}).items()},
        quoted_weak=frozenset(str(k) for k in section.get("quoted_weak") or []),
        openers=re.compile(rf"^(?:(?:{openers})\b[\s,]*)+", re.IGNORECASE),
    )


def _names(table: dict[str, int]) -> str:
    words = sorted((n for n in table if len(n) > 2), key=len, reverse=True)
    return "|".join(re.escape(w) for w in words) or "(?!)"


# --- finding the points --------------------------------------------------------------------------


@dataclass
class Cue:
    kind: str
    score: int
    start: int  # offset of the cue in the sentence's text
    end: int


@dataclass
class Point:
    kind: str
    sentences: list[SentenceSpan] = field(default_factory=list)
    cues: list[Cue] = field(default_factory=list)
    last_index: int = -1  # index (among body sentences) of its last sentence


def find_open_questions(doc: Document, language: Language) -> None:
    """Fill doc.open_questions."""
    r = rules(language)
    doc.open_questions = []
    points = group_points(doc, r, _cues_by_sentence(doc, r))
    by_sentence: dict[str, list[Mention]] = {}
    for mention in doc.mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    for point in points:
        doc.open_questions.append(_question(doc, point, r, by_sentence))


def _lower(text: str) -> str:
    """Lower case with the same offsets (a few characters lower to two; those stay as they are)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def _cues_by_sentence(doc: Document, r: QuestionRules) -> dict[str, list[re.Match]]:
    found: dict[str, list[re.Match]] = {}
    for match in r.cues.finditer(_lower(doc.text)):
        sentence = doc.sentence_at(match.start())
        if sentence is not None:
            found.setdefault(sentence.id, []).append(match)
    return found


def sentence_cue(
    text: str,
    r: QuestionRules,
    matches: list[re.Match] | None = None,
    quoted: Callable[[int], bool] | None = None,
) -> Cue | None:
    """The kind a sentence's cues point to: the highest score, earlier kinds winning ties.
    `matches` are its cue matches when the whole text was searched at once; inside a quotation
    (`quoted`), the strong cues of the `quoted_weak` kinds count as weak: a speaker's "if" or
    "arbitrary" is more often rhetoric than an open point."""
    found = list(r.cues.finditer(_lower(text))) if matches is None else matches
    best: Cue | None = None
    for index, kind in enumerate(r.kinds):
        strong, weak, demoted = [], [], []
        for m in found:
            if m.lastgroup == f"w_{index}":
                weak.append(m)
            elif m.lastgroup == f"s_{index}":
                inside = quoted is not None and kind in r.quoted_weak and quoted(m.start())
                (demoted if inside else strong).append(m)
        # One cue repeated is rhetoric; several different ones still raise the point.
        weak += list({m.group(): m for m in demoted}.values())
        score = STRONG if strong else min(WEAK * len(weak), STRONG)
        if not score or (best and best.score >= score):
            continue
        where = (strong or weak)[0]
        best = Cue(kind, score, where.start(), where.end())
    return best


def group_points(
    doc: Document, r: QuestionRules, matches: dict[str, list[re.Match]]
) -> list[Point]:
    """Sentences raising a point, grouped: strong ones, then weak ones near a raised sentence of
    their kind (repeatedly, so a run of weak sentences joins its strong neighbour); raised
    sentences of one kind close together make one point."""
    body = [s for s in doc.sentences if s.kind == "sentence"]
    quoted = _quoted(doc, r)
    cues = [_cue_in(s, r, matches, quoted) for s in body]
    raised = [cue is not None and cue.score >= STRONG for cue in cues]
    changed = True
    while changed:
        changed = False
        for index, cue in enumerate(cues):
            if cue is None or raised[index]:
                continue
            for other in range(index - MERGE_GAP, index + MERGE_GAP + 1):
                neighbour = cues[other] if 0 <= other < len(cues) else None
                if neighbour and raised[other] and neighbour.kind == cue.kind:
                    raised[index] = changed = True
                    break
    points: list[Point] = []
    open_by_kind: dict[str, Point] = {}
    for index, (sentence, cue) in enumerate(zip(body, cues, strict=True)):
        if cue is None or not raised[index]:
            continue
        current = open_by_kind.get(cue.kind)
        if current is None or index - current.last_index > MERGE_GAP:
            current = open_by_kind[cue.kind] = Point(cue.kind)
            points.append(current)
        current.sentences.append(sentence)
        current.cues.append(cue)
        current.last_index = index
    _add_headlines(doc, r, points, matches)
    return points


def _quoted(doc: Document, r: QuestionRules) -> Callable[[int], bool]:
    """Whether an offset lies inside a quotation (not a quoted term: at least a few words)."""
    spans = [
        (s.inner_start, s.inner_end)
        for s in quote_spans(doc.text)
        if len(WORD.findall(doc.text, s.inner_start, s.inner_end)) >= QUOTATION_MIN_WORDS
    ]
    starts = [a for a, _ in spans]

    def inside(offset: int) -> bool:
        at = bisect.bisect_right(starts, offset) - 1
        return at >= 0 and offset < spans[at][1]

    return inside


def _cue_in(
    sentence: SentenceSpan,
    r: QuestionRules,
    matches: dict[str, list[re.Match]],
    quoted: Callable[[int], bool] | None = None,
) -> Cue | None:
    """The sentence's cue, with offsets relative to the sentence."""
    cue = sentence_cue(sentence.text, r, matches.get(sentence.id, []), quoted)
    if cue is not None:
        cue.start -= sentence.start
        cue.end -= sentence.start
    return cue


def _add_headlines(
    doc: Document, r: QuestionRules, points: list[Point], matches: dict[str, list[re.Match]]
) -> None:
    """A title adds evidence to the first point of its kind, a heading to the first one after it."""
    for sentence in doc.sentences:
        if sentence.kind == "sentence":
            continue
        cue = _cue_in(sentence, r, matches)
        if cue is None:
            continue
        candidates = [p for p in points if p.kind == cue.kind]
        if sentence.kind == "heading":
            candidates = [p for p in candidates if p.sentences[0].start > sentence.start]
        if candidates:
            candidates[0].sentences.insert(0, sentence)
            candidates[0].cues.insert(0, cue)


# --- phrasing ------------------------------------------------------------------------------------


def _question(
    doc: Document, point: Point, r: QuestionRules, by_sentence: dict[str, list[Mention]]
) -> OpenQuestion:
    body = [
        (s, c) for s, c in zip(point.sentences, point.cues, strict=True) if s.kind == "sentence"
    ]
    sentence, cue = max(body or list(zip(point.sentences, point.cues, strict=True)), key=_strength)
    topic = topic_clause(sentence, cue, r, by_sentence.get(sentence.id, []))
    actor = _actor(doc, sentence, cue, by_sentence.get(sentence.id, []))
    template = r.templates.get(f"{point.kind}_actor") if actor else None
    template = template or r.templates.get(point.kind) or "{topic}?"
    question = template.replace("{actor}", actor or "").replace("{topic}", topic)
    evidence = [s.id for s in sorted(point.sentences, key=lambda s: s.start)]
    return OpenQuestion(question=question, kind=point.kind, evidence=evidence)  # type: ignore[arg-type]


def _strength(item: tuple[SentenceSpan, Cue]) -> int:
    return item[1].score


def topic_clause(
    sentence: SentenceSpan, cue: Cue, r: QuestionRules, mentions: list[Mention]
) -> str:
    """The clause of the sentence holding the cue, widened to neighbouring clauses until it says
    enough, cut to a readable length around the cue; verbatim apart from case and punctuation."""
    text = sentence.text
    bounds = [0] + [m.end() for m in CLAUSE_BREAK.finditer(text)] + [len(text)]
    clauses = [(a, b) for a, b in itertools.pairwise(bounds) if b > a]
    at = next((i for i, (a, b) in enumerate(clauses) if a <= cue.start < b), len(clauses) - 1)
    lo = hi = at
    while _words(text, clauses[lo][0], clauses[hi][1]) < TOPIC_MIN_WORDS:
        if lo > 0 and (hi + 1 >= len(clauses) or at - lo <= hi - at):
            lo -= 1
        elif hi + 1 < len(clauses):
            hi += 1
        else:
            break
    start, end = clauses[lo][0], clauses[hi][1]
    words = list(WORD.finditer(text, start, end))
    if len(words) > TOPIC_MAX_WORDS:
        first = max(0, min(_word_index(words, cue.start) - 4, len(words) - TOPIC_MAX_WORDS))
        start, end = words[first].start(), words[first + TOPIC_MAX_WORDS - 1].end()
    return _tidy(text, start, end, r, sentence, mentions)


def _words(text: str, start: int, end: int) -> int:
    return len(WORD.findall(text, start, end))


def _word_index(words: list[re.Match], offset: int) -> int:
    return next((i for i, w in enumerate(words) if w.end() > offset), len(words) - 1)


def _tidy(
    text: str,
    start: int,
    end: int,
    r: QuestionRules,
    sentence: SentenceSpan,
    mentions: list[Mention],
) -> str:
    clause = text[start:end].strip(" \"“”«»‘’'()[],;:.—–-")
    opener = r.openers.match(clause)
    if opener and opener.end() < len(clause):
        clause = clause[opener.end() :]
    clause = " ".join(clause.split())
    clause = _balance_brackets(clause)
    offset = sentence.start + text.find(clause)
    named = any(m.start <= offset < m.end for m in mentions)
    first = clause.split(" ", 1)[0]
    if clause and not named and first[1:].islower():
        clause = clause[0].lower() + clause[1:]
    return clause.rstrip("?!.…")


def _balance_brackets(clause: str) -> str:
    """Cut an opening bracket left unclosed by the cut ('... bruto (PDB' -> '... bruto')."""
    opened = clause.rfind("(")
    if opened > clause.rfind(")"):
        clause = clause[:opened].rstrip(" ,;:")
    if clause.count(")") > clause.count("("):
        clause = clause.replace(")", "")
    return clause


def _actor(doc: Document, sentence: SentenceSpan, cue: Cue, mentions: list[Mention]) -> str | None:
    """The actor named last before the cue in its sentence (the one who declines, plans, ...)."""
    actors = {a.id: a for a in doc.actors}
    before = [
        m
        for m in mentions
        if m.actor in actors
        and m.start < sentence.start + cue.start
        and actors[m.actor].type != "place"
    ]
    if not before:
        return None
    return actors[before[-1].actor].name
