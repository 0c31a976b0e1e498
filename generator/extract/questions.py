"""Stage: open questions: what a reader should watch, with the sentences that raise it.

Five kinds (model.QuestionKind): pending (not decided or known yet), no_comment (someone declined
to say), conditional (depends on something), disputed (claims conflict), expected (announced, not
yet happened). Each kind has cue patterns in the `questions` section of the language data:

* a sentence with a `strong` cue raises a point of that kind; `negative` patterns blank out what
  looks like a cue but is not one ("akan terus", "will continue": an ongoing state, not news);
* inside a quotation the strong cues of some kinds count as weak (a speaker's "if" is more often
  rhetoric than a condition), except the `firm` ones: cues whose form already says the point is
  real ("kalau sudah ada X", "only once X"), strong wherever they stand;
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
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from ..language import Language, fold
from ..model import Document, Mention, OpenQuestion, SentenceSpan
from .actor_lexicon import lexicon
from .quotes import quote_spans
from .segment import abbreviation_stop

STRONG, WEAK = 2, 1  # a sentence raises a point at STRONG
EXPECTED = "expected"  # the kind a date ahead of the article's points to
QUOTATION_MIN_WORDS = 4  # a quoted stretch this long is someone's words, not a quoted term
MERGE_GAP = 2  # sentences of one kind this close (in sentences) are one point
TOPIC_MIN_WORDS = 7  # a fallback question's clause is widened to at least this many words
WORD = re.compile(r"[^\W_]+(?:[-'’.,][^\W_]+)*")


@dataclass(frozen=True, eq=False)
class QuestionRules:
    kinds: tuple[str, ...]  # in order of precedence
    cues: re.Pattern  # every cue of every kind in one pattern; groups named n_I, f_I, s_I, w_I
    quoted_weak: frozenset[str]  # kinds whose strong cues are weak inside a quotation
    roles: dict[str, tuple[int, str]]  # group name -> (index of its kind, "f", "s" or "w")


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
    # "akan terus" hides "akan"), then each kind's firm, strong and weak cues in order of
    # precedence.
    table = section.get("kinds") or {}
    kinds = tuple(str(k) for k in table)
    groups = [
        _guarded(f"(?P<{prefix}_{i}>{alternation(cues.get(key) or [])})")
        for prefix, key in (("n", "negative"), ("f", "firm"), ("s", "strong"), ("w", "weak"))
        for i, cues in enumerate(table.values())
        if cues.get(key)
    ]
    body = "(?:" + ("|".join(groups) or "(?!)") + ")"
    return QuestionRules(
        kinds=kinds,
        # Every cue starts a word: the leading test skips the other positions at once. Cues are
        # lower case and run over lower-cased text (twice as fast as IGNORECASE).
        cues=re.compile(r"(?<!\w)(?=\w)" + _heads_lookahead(body) + body),
        quoted_weak=frozenset(str(k) for k in section.get("quoted_weak") or []),
        roles={f"{prefix}_{i}": (i, prefix) for prefix in "fsw" for i in range(len(kinds))},
    )


# --- a cheap test before the cues -----------------------------------------------------------------
# Trying the whole alternation at every word start costs most of the stage. Every cue begins with
# one of a few short literal prefixes, read off the parsed pattern; a lookahead on a trie of those
# prefixes rejects most words at once. It only ever rejects positions where no cue can match, so
# the matches are the same. A run of white space (`\s+`) is part of a prefix too, so a common
# first word ("and", "not") passes only when the next word can follow it in a cue.

HEAD_CHARS = 8  # characters (a white-space run counts one) in a prefix
SPACES = "\ue000"  # stands for `\s+` in a prefix (a private-use character no cue spells)
_SPACE_CLASS = list(re._parser.parse(r"\s")[0:1])  # [(IN, [(CATEGORY, CATEGORY_SPACE)])]


def _guarded(group: str) -> str:
    """A group of alternatives behind the lookahead on their own beginnings. The engine enters
    every alternative of a group it tries (one opening with `\\b`, or any under IGNORECASE, is
    never skipped on its first character), and most places a group is tried at cannot begin any
    of them: one test rules them all out at once (the cues' scan 0.19 -> 0.15 ms per article:
    at a word start that passed the lookahead of all cues, most groups of cues cannot match)."""
    return _heads_lookahead(group) + group


def _heads_lookahead(pattern: str) -> str:
    """A lookahead on the possible beginnings of `pattern`, or '' when one may begin anyhow."""
    heads = {head for head, _ in _heads_of(re._parser.parse(pattern))}
    return "" if "" in heads else f"(?={_trie(heads)})"


def _heads_of(items: Iterable[tuple]) -> set[tuple[str, bool]]:
    """The possible beginnings (up to HEAD_CHARS) of a parsed sequence, each with whether the
    rest of the sequence may still extend it."""
    out = {("", True)}
    for item in items:
        grown = set()
        for head, open_ in out:
            if not open_:
                grown.add((head, False))
                continue
            for tail, complete in _heads_of_item(item):
                both = head + tail
                grown.add((both[:HEAD_CHARS], complete and len(both) < HEAD_CHARS))
        out = grown
        if not any(open_ for _, open_ in out):
            break
    return out


def _heads_of_item(item: tuple) -> set[tuple[str, bool]]:
    op, arg = item
    c = re._constants
    if op is c.LITERAL:
        return {(chr(arg), True)} if chr(arg) != SPACES else {("", False)}
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero width: nothing consumed
        return {("", True)}
    if op is c.SUBPATTERN:
        return _heads_of(arg[3])
    if op is c.BRANCH:
        return set().union(*(_heads_of(branch) for branch in arg[1]))
    if op is c.IN and all(kind is c.LITERAL for kind, _ in arg):
        return {(chr(code), True) for _, code in arg}
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1 and list(arg[2]) == _SPACE_CLASS:
        return {(SPACES, True)}  # \s+: one or more white-space characters, then the rest
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, _, sub = arg
        once = {(head, False) for head, _ in _heads_of(sub)}  # later repeats: not followed
        return once | ({("", True)} if low == 0 else set())
    return {("", False)}  # a class, any character, a back reference: anything may begin here


def _trie(words: Iterable[str]) -> str:
    """An alternation of `words` sharing their prefixes (one test per character, not per word);
    a word that begins another stands for both."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word[1:])
    parts = []
    for first, rests in sorted(by_first.items()):
        escaped = r"\s+" if first == SPACES else re.escape(first)
        parts.append(escaped if "" in rests else f"{escaped}(?:{_trie(rests)})")
    return "|".join(parts)


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
    matches = _cues_by_sentence(doc, r)
    points = group_points(doc, r, matches, _dated_ahead(doc))
    by_sentence: dict[str, list[Mention]] = {}
    for mention in doc.mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    names = _Names(doc)
    asked: dict[tuple[str, str], OpenQuestion] = {}
    order = {s.id: s.start for s in doc.sentences}
    for point in points:
        question = _question(doc, point, r, phrasing(language), by_sentence, matches, names)
        if question is None:
            continue
        same = asked.get((question.kind, question.question))
        if same is not None:
            # Points far apart that ask the very same question are one point raised twice.
            same.evidence = sorted({*same.evidence, *question.evidence}, key=order.__getitem__)
            continue
        asked[(question.kind, question.question)] = question
        doc.open_questions.append(question)


APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'"})  # ’ and ʼ, one character each


def _lower(text: str) -> str:
    """Lower case with the same offsets (a few characters lower to two; those stay as they are),
    typographic apostrophes written as the ASCII one the cues are written with ("didn’t")."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return lowered.translate(APOSTROPHES)


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
    if not found:
        return None  # most sentences: no cue, nothing to weigh
    # The matches of each kind, sorted once by their group (negatives belong to no kind).
    by_kind: dict[int, tuple[list[re.Match], list[re.Match], list[re.Match]]] = {}
    for m in found:
        role = r.roles.get(m.lastgroup or "")
        if role is None:
            continue
        index, prefix = role
        if index not in by_kind:
            by_kind[index] = ([], [], [])
        strong, weak, demoted = by_kind[index]
        if prefix == "w":
            weak.append(m)
        elif prefix == "f":
            strong.append(m)
        else:
            inside = quoted is not None and r.kinds[index] in r.quoted_weak and quoted(m.start())
            (demoted if inside else strong).append(m)
    best: Cue | None = None
    for index in sorted(by_kind):  # the order of precedence
        kind = r.kinds[index]
        strong, weak, demoted = by_kind[index]
        # One cue repeated is rhetoric; several different ones still raise the point.
        weak += list({m.group(): m for m in demoted}.values())
        score = STRONG if strong else min(WEAK * len(weak), STRONG)
        if not score or (best and best.score >= score):
            continue
        where = (strong or weak)[0]
        best = Cue(kind, score, where.start(), where.end())
    return best


def _weak_of(found: Iterable[re.Match], r: QuestionRules, kind: str) -> bool:
    """Whether a weak cue of `kind` is among a sentence's cue matches."""
    for m in found:
        role = r.roles.get(m.lastgroup or "")
        if role is not None and role[1] == "w" and r.kinds[role[0]] == kind:
            return True
    return False


def group_points(
    doc: Document,
    r: QuestionRules,
    matches: dict[str, list[re.Match]],
    ahead: dict[str, tuple[int, int]] | None = None,
) -> list[Point]:
    """Sentences raising a point, grouped: strong ones, then weak ones near a raised sentence of
    their kind (repeatedly, so a run of weak sentences joins its strong neighbour); raised
    sentences of one kind close together make one point. A date later than the article's
    (`ahead`: sentence -> the date's span in it) is a weak cue of what is expected: with a word
    of a plan it raises the point ("akan digelar pada 10 November"), alone it joins one."""
    body = [s for s in doc.sentences if s.kind == "sentence"]
    quoted = _quoted(doc, r)
    # A sentence without cue matches has no cue (sentence_cue returns None at once).
    cues = [_cue_in(s, r, matches, quoted) if s.id in matches else None for s in body]
    if ahead and EXPECTED in r.kinds:
        for index, sentence in enumerate(body):
            span, cue = ahead.get(sentence.id), cues[index]
            if span is None:
                continue
            if cue is None:
                cues[index] = Cue(EXPECTED, WEAK, *span)
            elif cue.kind == EXPECTED and cue.score < STRONG:
                cue.score = STRONG
            elif cue.score < STRONG and _weak_of(matches.get(sentence.id, ()), r, EXPECTED):
                # a weak word of a plan beside a weak cue of another kind: the date decides
                # ("mulai 1 Oktober 2025, peserta ... wajib ...")
                cues[index] = Cue(EXPECTED, STRONG, *span)
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


def _dated_ahead(doc: Document) -> dict[str, tuple[int, int]]:
    """Sentence id -> the span (in the sentence) of the first date it holds that is later than
    the article's own date, compared at the date's precision ("2026" after "2025-11-06")."""
    today = doc.reference_date or doc.published
    if not today:
        return {}
    by_id = {s.id: s for s in doc.sentences}
    out: dict[str, tuple[int, int]] = {}
    for date in doc.dates:
        sentence = by_id.get(date.sentence)
        if sentence is None or date.sentence in out or date.value <= today[: len(date.value)]:
            continue
        at = sentence.text.find(date.text)
        if at >= 0:
            out[date.sentence] = (at, at + len(date.text))
    return out


def _quoted(doc: Document, r: QuestionRules) -> Callable[[int], bool]:
    """Whether an offset lies inside a quotation (not a quoted term: at least a few words).
    The quotations are found when first asked about (a third of articles never ask)."""
    spans: list[tuple[int, int]] | None = None
    starts: list[int] = []

    def inside(offset: int) -> bool:
        nonlocal spans
        if spans is None:
            spans = [
                (s.inner_start, s.inner_end)
                for s in quote_spans(doc.text)
                if _has_words(doc.text, s.inner_start, s.inner_end, QUOTATION_MIN_WORDS)
            ]
            starts.extend(a for a, _ in spans)
        at = bisect.bisect_right(starts, offset) - 1
        return at >= 0 and offset < spans[at][1]

    return inside


def _has_words(text: str, start: int, end: int, count: int) -> bool:
    """Whether text[start:end] holds at least `count` words: counted only that far (a quotation
    runs to hundreds)."""
    return len(list(itertools.islice(WORD.finditer(text, start, end), count))) >= count


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
# A point becomes a question by a rewrite rule of the language data (`questions.phrasing.rules`):
# a pattern over a clause of an evidence sentence, whose named groups fill a template ("belum ada
# X" -> "Kapan ada X?", "S would P" -> "Will S P?"). The text comes from the article; the code
# only cuts it at clause boundaries, drops what cannot end a question, turns a pronoun subject into
# the actor it stands for, and keeps the question short.

MAX_QUESTION_WORDS = 25
MIN_TAIL_WORDS = 4  # a rule whose other parts leave fewer words than this for its last is skipped
SUBJECT_MAX_WORDS = 10
WINDOW_BACK, WINDOW_FORWARD = 3, 2  # clauses a rule may look at before and after the cue's own
PRONOUN_SENTENCES = 3  # how far back a pronoun subject looks for its actor
# Where a clause ends: sentence punctuation, a comma not inside a number, a spaced dash. A full
# stop before a number or a lower-case word inside a sentence ends an abbreviation ("payable Dec.
# 15"), not a clause. Its first character is matched before the rest is told apart: the engine
# then stops only at those.
CLAUSE_END = re.compile(
    r"[.!?;:,\s](?:(?<=[!?;:])(?=\s|$)|(?<=\.)(?=\s|$)(?!\s+[\da-z])|(?<=,)(?<!\d,)|(?<=,)(?!\d)"
    r"|(?<=\s)[—–-]{1,2}\s)"
)
QUOTE_MARKS = '"“”«»'
APPOSITIVE = re.compile(r",[^,]+,")  # "Barra, 51, will" -> "Barra will"
EDGE_PUNCTUATION = " \t\n,;:.!?…—–-"
DOTTED_END = re.compile(r"(?<!\w)(?:[^\W\d_]\.){2,}$")  # an acronym with stops ends the text


@dataclass(frozen=True)
class Rewrite:
    kinds: frozenset[str]
    pattern: re.Pattern
    ask: str
    fields: tuple[str, ...]  # the template's placeholders
    where: frozenset[str]  # kinds of sentence it reads (titles speak in headline grammar)
    spans_clauses: bool  # its pattern reads across a comma
    probe: re.Pattern | None  # a part of every match: none in the sentence, none in its windows
    words: re.Pattern | None  # the probe's literal words, lower case: searched in lowered text
    # its subject ({s}) is a matter, not who acts ("Bagaimana kelanjutan {s}?" asks about a case,
    # never about "Purbaya Yudhi Sadewa")
    matter: bool = False


@dataclass(frozen=True, eq=False)
class Phrasing:
    rewrites: tuple[Rewrite, ...]
    rewrites_of: dict[str, tuple[Rewrite, ...]]  # kind -> its rules, in the data's order
    fallbacks: dict[str, str]
    openers: re.Pattern  # words that open a clause but say nothing on their own
    reporting: re.Pattern  # words after which a reported clause starts ("bahwa", "that")
    clause_ends: re.Pattern  # words that start a new clause ("tetapi", "but")
    dangling: re.Pattern  # words a question cannot end on ("oleh", "of the")
    dangling_end: re.Pattern  # the last of those words, with the space or comma before it
    dangling_reach: int  # how far from the end of a text `dangling_end` can start
    phrase_starts: re.Pattern  # words before which a long clause may be cut ("yang", "which")
    pronouns: dict[str, frozenset[str]]  # subject pronoun -> actor types it can stand for
    auxiliaries: dict[str, str]  # form of the `aux` group in a question ("would" -> "will")
    titles: frozenset[str]  # first words of roles ("Presiden"), capital before a name
    not_in_subject: re.Pattern  # words no subject holds (auxiliaries, conjunctions)
    first_person: frozenset[str]  # "I": a subject only as the speaker of its quotation
    clause_subjects: frozenset[str]  # "they": after other words, a clause's own subject
    first_person_plural: frozenset[str]  # "we": a subject only as the speaker's side
    speaker_words: frozenset[str]  # "I", "we", "our": no question keeps a speaker's own words
    final: frozenset[str]  # function words no question ends on: it was cut mid-construction
    general: dict[str, str]  # per kind, a question naming the point's topic (`{topic}`)
    attribution: re.Pattern  # a word tagging who spoke ("ujar", "said"), before its speaker
    fragment: re.Pattern  # the data's shapes of a question with no subject, from its start
    language: Language  # (its abbreviations: "U.S." ends no clause)
    name_article: str  # the article some names stand after ("the United States"), or ""


FIELD = re.compile(r"\{(\w+)\}")


@cache
def phrasing(language: Language) -> Phrasing:
    section = language.section("questions").get("phrasing") or {}

    def words(key: str) -> str:
        items = sorted({str(w) for w in section.get(key) or []}, key=len, reverse=True)
        return "|".join(re.escape(w) for w in items) or "(?!)"

    def guarded(key: str) -> str:
        """The words searched for at every word start (or space) of a text: behind a lookahead
        on their beginnings, where most places begin none of them."""
        return _guarded(f"(?:{words(key)})")

    rewrites = []
    for rule in section.get("rules") or []:
        kinds = rule.get("kind") or []
        where = rule.get("where") or ["sentence"]
        ask = str(rule["ask"])
        rewrites.append(
            Rewrite(
                kinds=frozenset([kinds] if isinstance(kinds, str) else kinds),
                pattern=re.compile(str(rule["match"]), re.IGNORECASE),
                ask=ask,
                fields=tuple(FIELD.findall(ask)),
                where=frozenset([where] if isinstance(where, str) else where),
                spans_clauses="," in str(rule["match"]),
                probe=_probe(str(rule["match"]), re.IGNORECASE),
                words=_words(str(rule["match"]), re.IGNORECASE),
                matter=rule.get("subject") == "matter",
            )
        )
    return Phrasing(
        rewrites=tuple(rewrites),
        rewrites_of={
            kind: tuple(rule for rule in rewrites if kind in rule.kinds)
            for kind in {kind for rule in rewrites for kind in rule.kinds}
        },
        fallbacks={str(k): str(v) for k, v in (section.get("fallback") or {}).items()},
        # No "^": match(text, pos) anchors at pos, where "^" would not match.
        openers=re.compile(_guarded(rf"(?:(?:{words('openers')})(?!\w)[\s,]*)+"), re.IGNORECASE),
        reporting=re.compile(rf"(?<!\w){guarded('reporting')}(?!\w)", re.IGNORECASE),
        clause_ends=re.compile(rf"\s(?={guarded('clause_ends')}(?!\w))", re.IGNORECASE),
        dangling=re.compile(rf"(?:[\s,]+(?:{words('dangling')}))+$", re.IGNORECASE),
        dangling_end=re.compile(rf"[\s,](?:{words('dangling')})$", re.IGNORECASE),
        # A space or comma, the longest word, and the line break `$` may stand before.
        dangling_reach=max((len(str(w)) for w in section.get("dangling") or []), default=0) + 2,
        phrase_starts=re.compile(rf"\s(?={guarded('phrase_starts')}(?!\w))", re.IGNORECASE),
        pronouns={
            fold(str(k)): frozenset(str(t) for t in v or [])
            for k, v in (section.get("pronouns") or {}).items()
        },
        auxiliaries={fold(str(k)): str(v) for k, v in (section.get("auxiliaries") or {}).items()},
        not_in_subject=re.compile(rf"(?<!\w){guarded('not_in_subject')}(?!\w)", re.IGNORECASE),
        first_person=frozenset(fold(str(w)) for w in section.get("first_person") or []),
        clause_subjects=frozenset(fold(str(w)) for w in section.get("clause_subjects") or []),
        first_person_plural=frozenset(
            fold(str(w)) for w in section.get("first_person_plural") or []
        ),
        speaker_words=frozenset(fold(str(w)) for w in section.get("speaker_words") or []),
        # The last word of each entry is enough: "tersebut yang" ends on "yang", itself a word
        # no question ends on.
        final=frozenset(
            fold(str(w).split()[-1])
            for key in ("dangling", "clause_ends", "not_final")
            for w in section.get(key) or []
            if str(w).split()
        ),
        general={str(k): str(v) for k, v in (section.get("general") or {}).items()},
        fragment=re.compile(
            "|".join(f"(?:{f})" for f in section.get("fragments") or []) or "(?!)", re.IGNORECASE
        ),
        attribution=re.compile(rf"(?<!\w){guarded('speech_tags')}\s+", re.IGNORECASE),
        titles=frozenset(
            fold(w.split()[0]) for w in language.words("actors", "roles") if w.split()
        ),
        language=language,
        name_article=str(section.get("name_article") or ""),
    )


# --- a cheap test before a rule -------------------------------------------------------------------
# Most rules cannot match a given sentence at all: the verb they are about is not in it. Every
# window a rule is tried on is cut from its sentence, so one search of the whole sentence for a
# part that every match must contain rules out all its windows at once. That part is the longest
# run of the pattern's top-level items that read nothing but the characters they consume (no
# anchors, lookarounds or back references: a window's edges change what those see), less the
# repeats at its ends (the `.+?` before a verb adds nothing and makes the search quadratic).
# Whatever such a run matches inside a window it matches at the same place in the sentence, so a
# sentence without it has no window the rule matches: skipping it changes no result.

_C = re._constants
_PLAIN_LEAVES = frozenset([_C.LITERAL, _C.NOT_LITERAL, _C.ANY, _C.IN])
_REPEATS = frozenset([_C.MAX_REPEAT, _C.MIN_REPEAT])


def _probe(pattern: str, flags: int) -> re.Pattern | None:
    """A pattern for a part of every match of `pattern` that the sentence around a window can be
    searched for, or None when the pattern has no such part."""
    parsed = re._parser.parse(pattern, flags)
    run = _core(parsed)
    if not run:
        return None
    return re._compiler.compile(re._parser.SubPattern(parsed.state, run), flags)


def _core(parsed: re._parser.SubPattern) -> list[tuple]:
    """The longest run of top-level items reading only what they consume, less its end repeats."""
    runs: list[list[tuple]] = [[]]
    for item in parsed.data:
        if _reads_only_itself(item):
            runs[-1].append(item)
        else:
            runs.append([])
    return max((_trimmed(run) for run in runs), key=len)


def _reads_only_itself(item: tuple) -> bool:
    """Whether a parsed item matches by the characters it consumes alone."""
    op, arg = item
    if op in _PLAIN_LEAVES:
        return True
    if op is _C.SUBPATTERN:
        return all(_reads_only_itself(i) for i in arg[3])
    if op is _C.BRANCH:
        return all(_reads_only_itself(i) for branch in arg[1] for i in branch)
    if op in _REPEATS:
        return all(_reads_only_itself(i) for i in arg[2])
    return False  # anchors, lookarounds, back references, atomic groups


def _trimmed(run: list[tuple]) -> list[tuple]:
    """A run without the repeats (or groups of nothing but repeats) at its ends."""
    start, end = 0, len(run)
    while start < end and _only_repeats(run[start]):
        start += 1
    while end > start and _only_repeats(run[end - 1]):
        end -= 1
    return run[start:end]


def _only_repeats(item: tuple) -> bool:
    op, arg = item
    if op is _C.SUBPATTERN:
        return all(_only_repeats(i) for i in arg[3])
    return op in _REPEATS


# Faster still: most probes hold a literal word, or one of a few ("will|would"), and a
# case-sensitive search of the lowered sentence for it is four to ten times faster than the
# probe's case-insensitive one. Lowering both sides keeps every match, with one exception: a few
# characters beyond ASCII match an ASCII letter only when case is ignored (the Kelvin sign, the
# long s, the dotted and dotless i). A sentence holding one is searched with the probe instead.

_FOLDS_TO_ASCII = re.compile(r"[^\x00-\x7f](?<=(?i:[\x00-\x7f]))")


def _words(pattern: str, flags: int) -> re.Pattern | None:
    """Lower-case ASCII words, one of which every match of `pattern` holds, as one pattern to
    search lowered text with; None when no item of the probe's run begins with such words."""
    run = _core(re._parser.parse(pattern, flags))
    options = [_starts(run[i:]) for i in range(len(run))]
    usable = [o for o in options if o and all(w.isascii() for w in o)]
    if not usable:
        return None
    best = max(usable, key=lambda words: min(len(w) for w in words))
    return re.compile("|".join(re.escape(w) for w in sorted({w.lower() for w in best})))


def _starts(items: list[tuple]) -> list[str] | None:
    """The literal words one of which every match of a parsed sequence starts with, or None."""
    count = next((i for i, (op, _) in enumerate(items) if op is not _C.LITERAL), len(items))
    if count:  # literal characters, then whatever words the rest starts with
        prefix = "".join(chr(arg) for _, arg in items[:count])
        return [prefix + word for word in _starts(items[count:]) or [""]]
    if not items:
        return None
    op, arg = items[0]
    if op is _C.SUBPATTERN and not arg[1] and not arg[2]:  # a group that sets no flag
        return _starts(list(arg[3]))
    if op is _C.BRANCH:
        branches = [_starts(list(branch)) for branch in arg[1]]
        if not all(branches):
            return None
        return [word for words in branches if words for word in words]
    return None


def _lowered_for_words(text: str) -> str | None:
    """The text in lower case for a rule's `words`, or None when it holds a character that
    matches an ASCII letter only ignoring case."""
    if not text.isascii() and _FOLDS_TO_ASCII.search(text):
        return None
    return text.lower()


def _may_match(rule: Rewrite, text: str, lowered: str | None) -> bool:
    """False when no window of `text` can match the rule."""
    if rule.words is not None and lowered is not None:
        return rule.words.search(lowered) is not None
    return rule.probe is None or rule.probe.search(text) is not None


@dataclass
class Evidence:
    """One sentence of a point, with what phrasing needs to know about it."""

    sentence: SentenceSpan
    cues: list[tuple[int, int]]  # offsets (in the sentence) of its cues of the point's kind
    clauses: list[tuple[int, int]]  # its clauses, in order
    at: int  # index of the clause holding the first cue
    mentions: list[Mention]
    names: Container[str] = frozenset()  # words written with a capital inside sentences


class _Names:
    """Words the article writes with a capital after a lower-case word and never in lower case:
    names, even those the actor stages did not mark ("Cisco has promised ..." keeps its capital,
    "The" after "that The Times" does not). Only a few words per article are asked about (most
    questions never ask: their first word is a name, a title or lower case already), so each is
    looked up in the text rather than every word of every sentence listed: substring searches,
    each occurrence checked at its edges as `WORD` cuts words, the same answer."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word[:1].isupper() or not WORD.fullmatch(word):
            return False
        known = self.known.get(word)
        if known is None:
            known = _after_lower_word(self.doc, word) and not _written_lower(self.doc, word)
            self.known[word] = known
        return known


WORD_JOINERS = "-'’.,"  # the characters WORD joins its runs with


def _after_lower_word(doc: Document, word: str) -> bool:
    """Whether a sentence holds `word` right after a word that ends in a lower-case letter."""
    text = doc.text
    for at in _word_occurrences(text, word):
        sentence = doc.sentence_at(at)
        if sentence is None or sentence.kind != "sentence":
            continue
        before = at - 1  # the last letter or digit before it is the end of the word before
        while before >= sentence.start and not text[before].isalnum():
            before -= 1
        if before >= sentence.start and text[before].islower():
            return True
    return False


def _written_lower(doc: Document, word: str) -> bool:
    """Whether a sentence holds `word` in lower case as a word of its own."""
    low = word.lower()
    if not low.islower() or not WORD.fullmatch(low):
        return False
    for at in _word_occurrences(doc.text, low):
        sentence = doc.sentence_at(at)
        if sentence is not None and sentence.kind == "sentence":
            return True
    return False


def _word_occurrences(text: str, word: str) -> Iterator[int]:
    """Where `word` (one whole `WORD` match) stands in the text as the very word `WORD` would
    find there, not as a part of a longer one."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not _word_goes_on(text, at - 1, at - 2) and not _word_goes_on(text, end, end + 1):
            yield at
        at = text.find(word, at + 1)


def _word_goes_on(text: str, edge: int, beyond: int) -> bool:
    """Whether a `WORD` match reaches over the character at `edge` (before or after a stretch):
    a letter or digit does, a joiner does when a letter or digit stands beyond it."""
    if not 0 <= edge < len(text):
        return False
    ch = text[edge]
    if ch.isalnum():
        return True
    return ch in WORD_JOINERS and 0 <= beyond < len(text) and text[beyond].isalnum()


def _question(
    doc: Document,
    point: Point,
    r: QuestionRules,
    p: Phrasing,
    by_sentence: dict[str, list[Mention]],
    matches: dict[str, list[re.Match]],
    names: Container[str] = frozenset(),
) -> OpenQuestion | None:
    evidence = [
        _evidence(s, c, point.kind, r, p, by_sentence.get(s.id, []), matches.get(s.id, []))
        for s, c in sorted(zip(point.sentences, point.cues, strict=True), key=_precedence)
    ]
    for item in evidence:
        item.names = names
    question = _rewrite(doc, evidence, point.kind, p)  # valid when there is one
    if question is None:
        question = _fallback(doc, evidence[0], point.kind, p)
        if not valid_question(question, p):
            question = _general(doc, evidence, point.kind, p)
    if question is None:
        return None  # nothing well-formed to ask: no question rather than a fragment
    ids = [s.id for s in sorted(point.sentences, key=lambda s: s.start)]
    return OpenQuestion(question=question, kind=point.kind, evidence=ids)  # type: ignore[arg-type]


# --- validation ----------------------------------------------------------------------------------
# Every question passes a last check, the same for every language (the word classes come from the
# data): a rule that cut a clause mid-construction, kept a speaker's "we" or lost its subject is
# rebuilt from the next rule, the fallback or the kind's general form, or the point is dropped.

MIN_QUESTION_WORDS = 4
PAIRS = (("(", ")"), ("[", "]"), ("“", "”"), ("«", "»"), ("``", "''"))


def valid_question(question: str, p: Phrasing) -> bool:
    """Whether a question is well formed: one "?" at its end, a capital at its start, at least
    four words and more than a name, no function word at its end, no first-person word of a
    quotation nor its tag ("said X"), every quotation mark and bracket it closes opened, and
    none of the language's shapes of a fragment."""
    if not question.endswith("?") or question.count("?") > 1 or not question[:1].isupper():
        return False
    words = WORD.findall(question)
    if len(words) < MIN_QUESTION_WORDS or fold(words[-1]) in p.final:
        return False
    if all(w[:1].isupper() or w[:1].isdigit() for w in words[1:]):
        return False  # "Apakah Lurah Bambang Irawan?": a name, no clause
    if any(fold(w) in p.speaker_words and not _acronym(w) for w in words):
        return False
    if p.fragment.match(question):
        return False  # "Apakah akan meminimalisir ...?": the language's shape of a fragment
    if any(question[m.end() : m.end() + 1].isupper() for m in p.attribution.finditer(question)):
        return False  # "... tercapai ujar Susi Wijono?": a quotation's tag came along
    plain = question.replace("``", "").replace("''", "")
    if plain.count('"') % 2:
        return False
    return all(question.count(a) == question.count(b) for a, b in PAIRS)


def _acronym(word: str) -> bool:
    """Whether a word is written in capitals ("US" is no "us")."""
    return len(word) > 1 and word.isupper()


def _general(doc: Document, evidence: list[Evidence], kind: str, p: Phrasing) -> str | None:
    """The kind's general question about the actor the point is about (named before the cue, else
    first in its sentences); None when there is no such actor or no template."""
    template = p.general.get(kind)
    if not template:
        return None
    for item in evidence:
        topic = _actor(doc, item.sentence, item.cues[0][0], item.mentions) or _first_actor(
            doc, item.mentions
        )
        topic = topic and _as_written(doc, topic, p)
        if topic:
            question = _finish(template.replace("{topic}", topic))
            if valid_question(question, p):
                return question
    return None


def _first_actor(doc: Document, mentions: list[Mention]) -> str | None:
    actors = {a.id: a for a in doc.actors}
    for mention in mentions:
        actor = actors.get(mention.actor or "")
        if actor and actor.type != "media":
            return actor.name
    return None


def _precedence(item: tuple[SentenceSpan, Cue]) -> tuple[int, int, int]:
    """Body sentences before titles and headings, strong cues first, then text order."""
    sentence, cue = item
    return (sentence.kind != "sentence", -cue.score, sentence.start)


def _evidence(
    sentence: SentenceSpan,
    cue: Cue,
    kind: str,
    r: QuestionRules,
    p: Phrasing,
    mentions: list[Mention],
    matches: list[re.Match],
) -> Evidence:
    text = sentence.text
    index = r.kinds.index(kind)
    names = (f"f_{index}", f"s_{index}", f"w_{index}")
    at = sentence.start
    cues = [(m.start() - at, m.end() - at) for m in matches if m.lastgroup in names]
    cues = cues or [(cue.start, cue.end)]
    bounds = {0, len(text)}
    bounds.update(map(re.Match.end, _clause_stops(text, 0, len(text), p)))
    bounds.update(map(re.Match.end, p.clause_ends.finditer(text)))
    ordered = sorted(bounds)
    clauses = [(a, b) for a, b in itertools.pairwise(ordered) if text[a:b].strip(EDGE_PUNCTUATION)]
    first = cues[0][0]
    at = next((i for i, (a, b) in enumerate(clauses) if a <= first < b), len(clauses) - 1)
    return Evidence(sentence, cues, clauses or [(0, len(text))], max(at, 0), mentions)


def _clause_stops(text: str, start: int, end: int, p: Phrasing) -> Iterator[re.Match]:
    """Where clauses end between `start` and `end`; not at the full stop of an abbreviation
    ("Dutschke will appear in U.S. District Court": no clause ends after "U.S."), unless it may
    end a sentence and a word that opens one follows ("an attack on the U.S. However, ...")."""
    for stop in CLAUSE_END.finditer(text, start, end):
        closes = (
            abbreviation_stop(text, stop.start() + 1, p.language)
            if text[stop.start()] == "."
            else ""
        )
        if not closes:
            yield stop
        elif closes == "final":
            at = len(text) - len(text[stop.end() :].lstrip())
            following = WORD.match(text, at)
            if following and (fold(following.group()) in p.final or p.openers.match(text, at)):
                yield stop


def _windows(item: Evidence) -> list[tuple[int, int, int]]:
    """Stretches of clauses around each cue's clause, narrowest first: (start, end, how many
    clauses it reaches past the cue's)."""
    n = len(item.clauses)
    ats = dict.fromkeys(
        next((i for i, (a, b) in enumerate(item.clauses) if a <= cue < b), n - 1)
        for cue, _ in item.cues
    )
    windows: dict[tuple[int, int, int], None] = {}
    for at in ats:
        spans = [
            (back, forward)
            for back in range(min(at, WINDOW_BACK) + 1)
            for forward in range(min(n - 1 - at, WINDOW_FORWARD) + 1)
        ]
        spans.sort(key=lambda bf: (bf[0] + bf[1], bf[1]))
        for back, forward in spans:
            windows[(item.clauses[at - back][0], item.clauses[at + forward][1], forward)] = None
    return list(windows)


def _rewrite(doc: Document, evidence: list[Evidence], kind: str, p: Phrasing) -> str | None:
    """The first rule (in the data's order) that fits one of the evidence sentences."""
    windows = [
        [_window(item.sentence.text, a, b, f, p) for a, b, f in _windows(item)] for item in evidence
    ]
    lowered = [_lowered_for_words(item.sentence.text) for item in evidence]
    for rule in p.rewrites_of.get(kind, ()):
        for item, spans, low in zip(evidence, windows, lowered, strict=True):
            if item.sentence.kind not in rule.where:
                continue
            if not _may_match(rule, item.sentence.text, low):
                continue  # no part the rule needs is in the sentence: no window matches
            # Only a rule that spells out a comma reads past the end of the cue's clause.
            for start, forward, window in spans:
                if forward and not rule.spans_clauses:
                    continue
                for m in rule.pattern.finditer(window):
                    a, b = start + m.start(), start + m.end()
                    if not any(c < b and d > a for c, d in item.cues):
                        continue
                    question = _fill(doc, item, rule, m, start, p)
                    if question and valid_question(question, p):
                        return question
    return None


def _window(text: str, start: int, end: int, forward: int, p: Phrasing) -> tuple[int, int, str]:
    """A window's start, clauses forward and text, cut once for all the rules tried on it."""
    start = _skip_openers(text, start, end, p)
    return start, forward, text[start:end]


def _skip_openers(text: str, start: int, end: int, p: Phrasing) -> int:
    """Where the clause's words start: past spaces, quotation marks and empty openers."""
    while start < end and (text[start].isspace() or text[start] in QUOTE_MARKS + ",;:(—–-"):
        start += 1
    opener = p.openers.match(text, start, end)
    return opener.end() if opener and opener.end() < end else start


def _fill(
    doc: Document, item: Evidence, rule: Rewrite, m: re.Match, base: int, p: Phrasing
) -> str | None:
    """The rule's question from its match (offsets in the match are from `base`), or None when
    a group it needs is missing or unusable."""
    values: dict[str, str] = {}
    groups = [f for f in rule.fields if f in m.re.groupindex]
    last = max(groups, key=lambda g: m.end(g), default=None)
    for name in rule.fields:
        if name == "actor":
            actor = _actor(doc, item.sentence, item.cues[0][0], item.mentions)
            if actor is None:
                return None
            values[name] = _as_written(doc, actor, p)
        elif name in groups:
            value = _group(doc, item, m, base, name, p)
            if value is None:
                return None
            values[name] = value
        else:
            values[name] = ""
    if not any(values[g] for g in groups):
        return None
    if "s" in groups and not values["s"] and (m.group("s") or "").strip(EDGE_PUNCTUATION):
        return None  # the article had words before the verb but none made a subject: a fragment
    if rule.matter and _names_an_actor(doc, values.get("s", "")):
        return None  # an actor where the rule asks about a matter: another rule asks better
    if last is not None and values[last]:
        others = _word_count(FIELD.sub(lambda f: "" if f[1] == last else values[f[1]], rule.ask))
        if others > MAX_QUESTION_WORDS - MIN_TAIL_WORDS:
            return None  # no room left for the last part: a shorter rule says it better
        values[last] = _shorten(values[last], MAX_QUESTION_WORDS - others, p)
    return _finish(FIELD.sub(lambda f: values[f[1]], rule.ask))


def _names_an_actor(doc: Document, value: str) -> bool:
    """Whether a question's part is nothing but a person's or an organization's name."""
    words = fold(value.strip(EDGE_PUNCTUATION))
    return bool(words) and any(
        words == fold(name)
        for actor in doc.actors
        if actor.type in ("person", "organization")
        for name in (actor.name, *actor.aliases)
    )


def _group(
    doc: Document, item: Evidence, m: re.Match, base: int, name: str, p: Phrasing
) -> str | None:
    """A group's words, tidied; a subject (`s`) is cut to what follows a word of saying, and
    stands for its actor when it is a pronoun. None when the group cannot be used."""
    start, end = m.span(name)
    if start < 0:
        return ""
    start, end = start + base, end + base
    text = item.sentence.text
    if name == "aux":
        word = fold(text[start:end].strip())
        return p.auxiliaries.get(word, word)
    if name == "s":
        start, end = _subject_span(text, start, end, p)
        if start >= end:
            return ""
        inner = APPOSITIVE.sub("", text[start:end])
        words = WORD.findall(inner)
        if len(words) > SUBJECT_MAX_WORDS or not any(w[:1].isalpha() for w in words):
            return None
        if p.not_in_subject.search(text, start, end) or _appositive(text, start, end):
            return None
        if len(words) == 1 and fold(words[0]) in p.first_person:
            return _speaker(doc, item)  # "I will ..." inside a quotation: its speaker will
        if len(words) == 1 and fold(words[0]) in p.first_person_plural:
            return _speaker(doc, item, side=True)  # "we will ...": the speaker's body will
        if len(words) > 1 and any(fold(w) in p.clause_subjects for w in words[1:]):
            return None  # "the FBI tells suspects they": a clause holding its own subject
        if len(words) == 1 and fold(words[0]) in p.pronouns:
            pronoun = WORD.search(text, start, end)  # (not its aside: "it, too, may ...")
            if pronoun is None:
                return None
            found = _pronoun(doc, item, pronoun.start(), pronoun.end(), p)
            return found or _lower_first(item, pronoun.start(), pronoun.group(), p)
        if "," in inner.strip(EDGE_PUNCTUATION):
            return None  # a clause before the subject, not a subject
        if inner.strip(EDGE_PUNCTUATION) and inner != text[start:end]:
            value = _tidy_words(inner, p)
            return _lower_first(item, start, value, p)
    stop = next(_clause_stops(text, start, end, p), None)
    if stop and name != "s":
        end = stop.start()  # what is asked about ends with its clause
        if DOTTED_END.search(text, start, end + 1):
            end += 1  # (with the stop of an acronym that ends it: "an attack on the U.S.")
    value = _tidy_words(text[start:end], p)
    if not value:
        # Only connectives or function words where the rule wanted words: not this rule.
        return None if text[start:end].strip(EDGE_PUNCTUATION + QUOTE_MARKS) else ""
    return _lower_first(item, start + text[start:end].find(value[:1]), value, p)


def _speaker(doc: Document, item: Evidence, side: bool = False) -> str | None:
    """Who speaks in the quotation holding the sentence (with `side`, the body the speaker
    belongs to when known: "we" is the ministry); None when nobody is named."""
    for quote in doc.quotes:
        if quote.speaker and item.sentence.id in (quote.sentences or [quote.sentence]):
            if side:
                actor = next((a for a in doc.actors if a.id == quote.speaker_id), None)
                if actor is not None and actor.affiliation:
                    return actor.affiliation
            return quote.speaker
    return None


def _appositive(text: str, start: int, end: int) -> bool:
    """Whether a stretch sits between two commas ("Barra, 51, will"): it describes the subject
    before it and is no subject itself."""
    return text[:start].rstrip().endswith(",") and text[start:end].rstrip().endswith(",")


def _subject_span(text: str, start: int, end: int, p: Phrasing) -> tuple[int, int]:
    """The subject after the last word of saying in it ("X said that S" -> S); when nothing
    follows that word, the one who says is the subject ("ia mengaku akan ..." -> "ia")."""
    while start < end and text[start] in ' ,;:"“”(':
        start += 1
    opener = p.openers.match(text, start, end)
    if opener and opener.end() < end:
        start = opener.end()
    while said := list(p.reporting.finditer(text, start, end)):
        after = said[-1].end()
        if text[after:end].strip(EDGE_PUNCTUATION + QUOTE_MARKS):
            return _skip_openers(text, after, end, p), end
        end = said[-1].start()
    return start, end


def _pronoun(doc: Document, item: Evidence, start: int, end: int, p: Phrasing) -> str | None:
    """The actor a pronoun subject stands for: the actor stages' own link when they made one,
    else the nearest actor before it, in its sentence or a few before, of a type it can be."""
    offset = item.sentence.start + start
    actors = {a.id: a for a in doc.actors}
    for mention in item.mentions:
        if mention.start <= offset < mention.end and mention.actor in actors:
            return _as_written(doc, actors[mention.actor].name, p)
    types = p.pronouns.get(fold(item.sentence.text[start:end].strip(EDGE_PUNCTUATION)))
    if types is None:
        return None  # (the words were tidied away from the text: no pronoun is found there)
    # A person is followed across sentences; "it" or "they" only within its own (the company
    # that "said it would"): further back it is as often a thing as an actor.
    floor = _sentence_floor(doc, item.sentence) if types == {"person"} else item.sentence.start
    best = None
    for mention in doc.mentions:
        if mention.start >= offset:
            break
        actor = actors.get(mention.actor or "")
        if actor and actor.type in types and mention.start >= floor:
            best = actor
    return _as_written(doc, best.name, p) if best else None


def _sentence_floor(doc: Document, sentence: SentenceSpan) -> int:
    index = next((i for i, s in enumerate(doc.sentences) if s.id == sentence.id), 0)
    return doc.sentences[max(0, index - PRONOUN_SENTENCES)].start


def _tidy_words(value: str, p: Phrasing) -> str:
    value = _without_edges(" ".join(value.split()))
    value = _balance(value)
    previous = None
    while value != previous:
        previous = value
        value = _without_edges(_drop_dangling(value, p))
        value = _balance(value)
    return value


def _drop_dangling(value: str, p: Phrasing) -> str:
    """`value` without the words no question ends on at its end. A run of them ends in one, so a
    search of the last few characters for it rules out most values at once; the run's pattern
    itself starts a repeat at every position of the value (~5 us for a clause of ten words)."""
    if not p.dangling_end.search(value, max(len(value) - p.dangling_reach, 0)):
        return value
    return p.dangling.sub("", value)


def _balance(value: str) -> str:
    """Cut an opening bracket left unclosed ('... bruto (PDB' -> '... bruto'); drop quotation
    marks that do not pair up."""
    opened = value.rfind("(")
    if opened > value.rfind(")"):
        value = value[:opened].rstrip(" ,;:")
    if value.count(")") > value.count("("):
        value = value.replace(")", "")
    if value.count("[") != value.count("]"):
        value = value.replace("[", "").replace("]", "")
    straight = value.count('"')
    curly = value.count("“") - value.count("”")
    if straight % 2 or curly:
        value = "".join(ch for ch in value if ch not in QUOTE_MARKS)
    return _without_edges(value)


def _without_edges(value: str) -> str:
    """`value` without punctuation at its edges, but with the stop of an acronym it ends on
    ("an attack on the U.S.")."""
    kept = value.rstrip(EDGE_PUNCTUATION.replace(".", ""))
    if kept.endswith(".") and DOTTED_END.search(kept):
        return kept.lstrip(EDGE_PUNCTUATION)
    return value.strip(EDGE_PUNCTUATION)


def _lower_first(item: Evidence, start: int, value: str, p: Phrasing) -> str:
    """Lower the first letter of a clause's first word when only its place in the sentence
    made it capital (not a name, not an acronym, not a title before a name)."""
    first, _, rest = value.partition(" ")
    if not first[:1].isupper() or not (first[1:].islower() or len(first) == 1):
        return value
    if item.sentence.kind != "sentence":
        return value  # a headline's capitals say nothing about where a name starts
    if fold(first) in p.final and not (len(first) > 1 and first.isupper()):
        return value[0].lower() + value[1:]  # "A New York man": a function word opens no name
    following = rest.split(" ", 1)[0]
    if following[:1].isupper() and (fold(first) in p.titles or not following.isupper()):
        return value  # "Presiden Ramaphosa", "Marta Silva": a title or a name goes on
    offset = item.sentence.start + start
    if any(m.start <= offset < m.end and fold(m.text) not in p.pronouns for m in item.mentions):
        return value
    before = item.sentence.text[:start].rstrip(" " + QUOTE_MARKS + "(")
    if before and before[-1].isalnum():
        return value  # capital inside a clause: a name
    if first in item.names:
        return value  # the article capitalises it elsewhere inside a sentence: a name
    if lexicon(p.language).demonym(fold(first)):
        return value  # "Nigerian security forces": a country's adjective keeps its capital
    return value[0].lower() + value[1:]


def _shorten(value: str, limit: int, p: Phrasing) -> str:
    """At most `limit` words, cut where a phrase ends: before a relative or prepositional
    phrase when there is one, else after the last whole word, then without dangling words."""
    limit = max(limit, 3)
    if _word_count(value) <= limit:
        return value
    cuts = [m.start() for m in p.phrase_starts.finditer(value)]
    fitting = [c for c in cuts if 3 <= _word_count(value[:c]) <= limit]
    if fitting:
        return _tidy_words(value[: fitting[-1]], p)
    words = list(WORD.finditer(value))
    return _tidy_words(value[: words[limit - 1].end()], p)


def _word_count(text: str) -> int:
    return len(WORD.findall(text))


def _finish(question: str) -> str:
    question = " ".join(question.split())
    # The words now stand one space apart: a space before a comma or "?" is that space alone.
    question = question.replace(" ,", ",").replace(" ?", "?").rstrip("?").strip(" ,;:!…")
    if not DOTTED_END.search(question):
        question = question.rstrip(" ,;:.!…")  # (but "... an attack on the U.S.?")
    question = question.rstrip("?").rstrip(" ,;:") + "?"
    return question[:1].upper() + question[1:]


def _fallback(doc: Document, item: Evidence, kind: str, p: Phrasing) -> str:
    """The kind's fallback template around the cue's clause: from after a word of saying before
    the cue, widened to neighbouring clauses (not past a sentence stop) until it says enough."""
    text, clauses, at = item.sentence.text, item.clauses, item.at
    start = _skip_openers(text, clauses[at][0], clauses[at][1], p)
    while _is_opener(text, start, clauses[at][1], p) and at + 1 < len(clauses):
        at += 1  # the cue was a connective ("Namun,"): the point is the clause it opens
        start = _skip_openers(text, clauses[at][0], clauses[at][1], p)
    cue = item.cues[0][0]
    said = list(p.reporting.finditer(text, start, cue if cue > start else clauses[at][1]))
    while said and not text[said[-1].end() : clauses[at][1]].strip(EDGE_PUNCTUATION):
        at += 1 if at + 1 < len(clauses) else 0  # "X mengatakan, ..." : what follows is said
        if not text[said[-1].end() : clauses[at][1]].strip(EDGE_PUNCTUATION):
            break
    if said:
        start = _skip_openers(text, said[-1].end(), clauses[at][1], p)
    lo = hi = at
    while _word_count(text[start : clauses[hi][1]]) < TOPIC_MIN_WORDS:
        if (
            hi + 1 < len(clauses)
            and not _stops(text, clauses[hi])
            and not _tags_quotation(text, clauses[hi + 1], p)
        ):
            hi += 1
        elif not said and lo > 0 and not _stops(text, clauses[lo - 1]):
            lo -= 1
            start = _skip_openers(text, clauses[lo][0], clauses[lo][1], p)
        else:
            break
    while not said and lo > 0 and not _stops(text, clauses[lo - 1]):
        first = WORD.match(text, start)
        if not first or not p.not_in_subject.fullmatch(first.group()):
            break  # the clause has its subject
        if _word_count(text[clauses[lo - 1][0] : clauses[hi][1]]) > MAX_QUESTION_WORDS:
            break
        lo -= 1
        start = _skip_openers(text, clauses[lo][0], clauses[lo][1], p)
    end = clauses[hi][1]
    clause = _tidy_words(text[start:end], p)
    first = WORD.match(clause)
    if first and fold(first.group()) in p.pronouns:
        offset = start + text[start:end].find(clause[:1])
        actor = _pronoun(doc, item, offset, offset + first.end(), p)
        if actor:
            clause = actor + clause[first.end() :]
    clause = _lower_first(item, start + text[start:end].find(clause[:1]), clause, p)
    actor = _actor(doc, item.sentence, item.cues[0][0], item.mentions) or ""
    actor = actor and _as_written(doc, actor, p)
    template = (actor and p.fallbacks.get(f"{kind}_actor")) or p.fallbacks.get(kind) or "{clause}?"
    others = _word_count(FIELD.sub(lambda f: actor if f[1] == "actor" else "", template))
    clause = _shorten(clause, MAX_QUESTION_WORDS - others, p)
    return _finish(template.replace("{clause}", clause).replace("{actor}", actor))


def _is_opener(text: str, start: int, end: int, p: Phrasing) -> bool:
    """Whether a clause holds nothing but connectives."""
    opener = p.openers.match(text, start, end)
    rest = text[opener.end() if opener else start : end]
    return bool(opener) and not rest.strip(EDGE_PUNCTUATION + QUOTE_MARKS)


def _tags_quotation(text: str, clause: tuple[int, int], p: Phrasing) -> bool:
    """Whether a clause tags a quotation with its speaker ("kata Dedi Hartono"): a question widened
    into it would copy the tag."""
    words = text[clause[0] : clause[1]].lstrip(EDGE_PUNCTUATION + QUOTE_MARKS)
    return p.attribution.match(words) is not None


def _stops(text: str, clause: tuple[int, int]) -> bool:
    """Whether a clause ends its sentence's thought (a full stop, question mark, colon ...)."""
    return text[clause[0] : clause[1]].rstrip()[-1:] in ".!?;:"


def _as_written(doc: Document, name: str, p: Phrasing) -> str:
    """A name as the article writes it: after the language's article when most of its
    occurrences stand after one ("the United States", "the White House"); never a person's ("the
    Elian Gonzalez case" is the case's article)."""
    if not p.name_article or any(a.name == name and a.type == "person" for a in doc.actors):
        return name
    found = re.findall(
        rf"(?:(?<!\w)({p.name_article})\s+)?(?<!\w){re.escape(name)}(?!\w)", doc.text, re.I
    )
    if 2 * sum(1 for article in found if article) <= len(found):
        return name
    return f"{p.name_article} {name}"


def _actor(doc: Document, sentence: SentenceSpan, cue: int, mentions: list[Mention]) -> str | None:
    """The actor named last before the cue in its sentence (the one who declines, plans, ...)."""
    actors = {a.id: a for a in doc.actors}
    before = [
        m
        for m in mentions
        if m.actor in actors
        and m.start < sentence.start + cue
        and actors[m.actor].type not in ("place", "media")
    ]
    if not before:
        return None
    return actors[before[-1].actor].name
