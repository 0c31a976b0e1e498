"""Stage: direct quotations and who said them.

Works on `Document.text` offsets, not sentence by sentence: a quotation may span sentences and
paragraphs of the segmenter, and its attribution may stand on either side ('"...," kata Teddy.',
'Medvedev said: "..."') or between its two halves ('"...," he said, "but ..."').

Steps:

1. `quote_spans` pairs quotation marks (straight, curly, guillemets; single quotes only where
   they cannot be apostrophes) into outermost spans, one paragraph at a time.
2. `attribute` looks for a speech verb or an attribution pattern right after the closing mark,
   then right before the opening mark, and picks the speaker among the actors' mentions there.
   Pronouns and enclitics ("he said", "ungkapnya") resolve to the person who last spoke.
3. Spans without attribution count only when they look like quotations rather than scare quotes
   or titles: long enough and standing at the start of a sentence (they then continue the
   previous speaker), or long and inside a sentence with a speech verb.
4. Halves of a quotation split by its attribution are joined.

Every word of a language (speech verbs, pronouns, patterns) comes from the `quotes` section of
the language data.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ..language import Language
from ..model import Actor, Document, Mention, Quote, SentenceSpan
from .segment import stray_close
from .wordstarts import BEFORE_WORD, matches_at, word_start_finditer

OPENERS = {"“": "”", "«": "»", "„": "“", '"': '"'}
CLOSERS = {"”", "»", "“", '"'}
SINGLE_OPEN = {"‘", "'"}
SINGLE_CLOSE = {"’", "'"}
END_PUNCT = ".,!?…;:"
WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
# A capitalised name when no actor mention is available: 'Tony Woodley', 'Saudi Press Agency'.
# Glued text counts too ('dilaporkanSaudi Press Agency').
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][^\W_]*(?:[-.'’][^\W_]+)*"
NAME_RUN = re.compile(rf"(?<!\w){_CAPITALISED}(?:\s+{_CAPITALISED})*")

AFTER_VERB_WORDS = 6  # a speech verb after a quotation stands within its first words
AFTER_INVERTED_WORDS = 2  # 'kata Teddy', 'demikian kata Teddy'
AFTER_NAME_WORDS = 3  # more words before the verb after a person named right after a quotation
# A name of up to four words right after a quotation, then its apposition between commas:
# '"...," Dana Reyes, chief economist at Kestrel Investments, said'.
APPOSITION_AFTER = re.compile(
    r"[\s,]*(?:[^\W\d_][\w.'’-]*\s+){0,3}[^\W\d_][\w.'’-]*,[^,.;:\"“”]{1,100},"
)
OBJECT_WORDS = 14  # where the speaker named after the verb may stand ('said ... , Tony Woodley')
BEFORE_TAIL_WORDS = 6  # 'Djamal told reporters in Jakarta:' - words between verb and quote
SUBJECT_WORDS = 10  # a subject phrase longer than this is not a speaker's name
DESCRIBED_REACH = 8  # characters after a described speaker where the person's name may start
# A word of a described speaker; the stops inside a short form stay ("a U.S. Embassy official").
DESCRIBED_WORD = r"[^\W\d](?:[\w'’&-]|\.(?=\w)|(?<=(?<![\w.])[A-Z])\.|(?<=\.[A-Z])\.)*"
SUBJECT_OPENING_WORDS = 4  # where a sentence's subject starts at the latest ('President X ...')
NON_SPEAKERS = {"place"}
UNPUNCTUATED_QUOTE_WORDS = 8  # a quotation opening its sentence, no comma before its tag
SPEAKER_PARAGRAPHS = 2  # a pronoun refers to who spoke at most this many paragraphs earlier
HEARSAY_REACH = 20  # characters before a speech verb that may hold a word of hearsay


@dataclass(frozen=True, eq=False)
class QuoteRules:
    verb: re.Pattern  # speech verbs usable on either side; group `enc` = enclitic pronoun
    inverted: re.Pattern  # verbs that only follow a quotation: '"...," jelas dia'
    pronoun: re.Pattern
    connector_tail: re.Pattern  # what may stand between a verb and the quote it introduces
    patterns: tuple[re.Pattern, ...]
    restatements: tuple[re.Pattern, ...]
    source: re.Pattern  # where the outlet relaying the words is named: ends the attribution
    preposition: re.Pattern  # a word before a name that makes it a modifier ('premier of X')
    preposition_word: re.Pattern  # one of those words, whole
    min_words: int
    partial_min_words: int
    # 'said a Sukamaju parts supplier', 'ujar salah satu petugas': a speaker described, not named
    described: re.Pattern
    # 'the company said', 'kata perseroan': an organization named before, by a noun of its kind
    org_speaker: re.Pattern | None
    # 'ujar pria kelahiran Sukamaju ini': a speaker described and pointed back to, who is the
    # person the text speaks of, like a pronoun
    anaphor: re.Pattern | None
    # '"...," And it said', 'But the company said': words opening a subject, no part of it
    subject_opener: re.Pattern
    # 'Sebagaimana diketahui, X melaporkan ...': a sentence of background, whose speech verb's
    # subject is no one who just spoke
    background: re.Pattern
    # a word no speaker's name or description holds ('When the computers say', 'Two men
    # carried a banner that said'): a subject phrase with one is no speaker
    not_in_speaker: re.Pattern
    # 'an Upjohn spokesman said', 'a company spokesman said': a person described by a noun of
    # what one is (after an organization's name or noun), not named: the description speaks
    described_subject: re.Pattern | None
    # Where a speech verb may start in lowered ASCII text (see `_speech_verbs`); None when a verb
    # is not ASCII
    verb_starts: re.Pattern | None
    # only a conjunction before a speech verb after a quotation: '..." and said the state is':
    # the verb's subject is the sentence's, named before the quotation
    conjunction_only: re.Pattern
    # 'the paramedic said': a word pointing back (`role_pointers`) and one noun, the person
    # named before whose role ends in that noun
    role_pointer: re.Pattern | None
    articles: frozenset[str]  # the language's articles (actors' `articles`), folded
    # 'Prabowo juga disebut menekankan ...': words before a speech verb saying someone else
    # reports it; its subject is spoken of, not speaking
    hearsay: re.Pattern | None


@cache
def rules(language: Language) -> QuoteRules:
    enclitics = language.alternation("quotes", "enclitics")
    # Not followed by a lower-case letter: glued text ('dilaporkanSaudi') still counts.
    end = r"(?![a-z0-9à-ÿ])"

    def verbs(key: str) -> re.Pattern:
        words = language.words("quotes", key)
        return re.compile(rf"(?<!\w)(?i:{word_trie(words)})(?P<enc>{enclitics})?{end}")

    connectors = language.alternation("quotes", "connectors")
    section = language.section("quotes")
    return QuoteRules(
        verb=verbs("verbs"),
        inverted=verbs("inverted_verbs"),
        pronoun=re.compile(rf"(?<!\w)(?i:{language.alternation('quotes', 'pronouns')})(?!\w)"),
        connector_tail=re.compile(
            rf"\s*(?:(?i:{connectors})\s*)?[:,]?\s*"
            rf"|[^.!?\"“”]{{0,80}}[:,]\s*(?:(?i:{connectors})\s*)?"
        ),
        patterns=tuple(re.compile(p, re.IGNORECASE) for p in section.get("patterns") or []),
        restatements=tuple(re.compile(p, re.IGNORECASE) for p in section.get("restatements") or []),
        source=re.compile(rf"(?i:{language.alternation('quotes', 'source_markers')})"),
        preposition=re.compile(
            rf"(?<!\w)(?i:{language.alternation('quotes', 'prepositions')})\s+(?:\w+\s+){{0,1}}$"
        ),
        preposition_word=re.compile(rf"(?i:{language.alternation('quotes', 'prepositions')})"),
        min_words=int(section.get("min_words", 4)),
        partial_min_words=int(section.get("partial_min_words", 8)),
        described=_described(language),
        org_speaker=(
            re.compile(rf"(?:{section['org_speaker']})", re.IGNORECASE)
            if section.get("org_speaker")
            else None
        ),
        anaphor=_anaphor(language),
        subject_opener=re.compile(
            rf"\s*(?i:{language.alternation('quotes', 'subject_openers')})\s+(?=\w)"
        ),
        background=re.compile(
            rf"\s*(?i:{language.alternation('quotes', 'background_openers')})\s*,"
        ),
        described_subject=_described_subject(language),
        not_in_speaker=re.compile(
            rf"(?<!\w)(?i:{language.alternation('quotes', 'not_in_speaker')})(?!\w)"
        ),
        verb_starts=_verb_starts(language.words("quotes", "verbs")),
        conjunction_only=re.compile(
            rf"[\s,]*(?i:{language.alternation('actors', 'conjunctions')})\s*"
        ),
        articles=frozenset(w.casefold() for w in language.words("actors", "articles")),
        hearsay=(
            re.compile(rf"(?<!\w)(?i:{language.alternation('quotes', 'hearsay')})\s+$")
            if language.words("quotes", "hearsay")
            else None
        ),
        role_pointer=(
            re.compile(
                rf"\s*(?i:{language.alternation('quotes', 'role_pointers')})"
                r"\s+(?P<noun>[^\W\d_][\w-]*)\s*,?\s*"
            )
            if language.words("quotes", "role_pointers")
            else None
        ),
    )


def _verb_starts(words: list[str]) -> re.Pattern | None:
    """A character before a word, then (looked ahead at) one of the verbs in lower case."""
    if not all(word.isascii() for word in words):
        return None  # "ſ" ignoring case is "s": a verb's lowered form would not say
    return re.compile(f"{BEFORE_WORD}(?={word_trie([word.lower() for word in words])})")


def _described(language: Language) -> re.Pattern:
    """A describer ("a", "salah satu") and up to five words, none a preposition, after it."""
    describers = language.alternation("quotes", "describers")
    prepositions = language.alternation("quotes", "prepositions")
    word = DESCRIBED_WORD
    return re.compile(
        rf"\s*(?i:{describers})\s+(?P<who>{word}(?:\s+(?!(?i:{prepositions})\b){word}){{0,4}})"
    )


def _described_subject(language: Language) -> re.Pattern | None:
    """A describer ("a", "an"), up to four words, then one of the `speaker_nouns`, the whole
    subject of a speech verb: 'an Upjohn spokesman', 'a company spokesman'."""
    nouns = language.words("quotes", "speaker_nouns")
    if not nouns:
        return None
    describers = language.alternation("quotes", "describers")
    word = DESCRIBED_WORD
    return re.compile(
        rf"\s*(?i:{describers})\s+(?P<who>(?:{word}\s+){{0,4}}(?i:{word_trie(nouns)}))\s*,?\s*"
    )


def _anaphor(language: Language) -> re.Pattern | None:
    """A noun describing a person (`anaphor_nouns`) or a title (the actors' `roles`), up to
    five more words with no preposition among them, closed by a demonstrative at the clause's
    end ("pria kelahiran Sukamaju ini", "anggota Dewan Pakar Partai Karsa tersebut"); not "dokumen
    tersebut", "sumber itu", "warga tersebut": what is not named, or no person."""
    if not language.words("quotes", "anaphor_ends"):
        return None
    ends = language.alternation("quotes", "anaphor_ends")
    heads = word_trie(
        [w.casefold() for w in language.words("quotes", "anaphor_nouns")]
        + [w.casefold() for w in language.words("actors", "roles")]
    )
    prepositions = language.alternation("quotes", "prepositions")
    # (a number among them too: "pria berusia 51 tahun itu")
    word = rf"(?!(?:{prepositions}|{ends})\b)(?:[^\W\d][\w'’-]*|\d+)"
    return re.compile(
        rf"\s*(?:{heads})(?![\w-])(?:\s+{word}){{0,5}}\s+(?:{ends})(?=\s*(?:[.,;!?]|$))",
        re.IGNORECASE,
    )


def word_trie(words: list[str]) -> str:
    """A regex alternation of words, factored by common prefixes ('meng(?:aku|atakan)'): the
    engine then tries one branch per letter instead of every word at every position."""
    if not words:
        return "(?!)"
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        group = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{group})?" if "" in node else group

    return emit(tree)


# --- pairing quotation marks ---------------------------------------------------------------------


@dataclass
class QuoteSpan:
    start: int  # the opening mark
    end: int  # after the closing mark (or the paragraph's end when it never closes)
    inner_start: int
    inner_end: int
    closed: bool = True


def quote_spans(text: str) -> list[QuoteSpan]:
    """Outermost quotation spans, paragraph by paragraph (paragraphs are split by blank lines)."""
    return list(_quote_spans(text))


@lru_cache(maxsize=4)
def _quote_spans(text: str) -> tuple[QuoteSpan, ...]:
    """The spans of the last few texts: the quotes stage and the open questions stage both ask
    for an article's (the spans are never changed after)."""
    spans: list[QuoteSpan] = []
    paragraphs = _paragraphs(text)
    for index, (doubles_at, singles_at) in _marks_by_paragraph(text, paragraphs).items():
        start, end = paragraphs[index]
        doubles = _double_spans(text, end, doubles_at)
        spans.extend(doubles)
        if singles_at:
            spans.extend(_single_spans(text, start, end, doubles, singles_at))
    spans.sort(key=lambda s: s.start)
    return tuple(spans)


def _marks_by_paragraph(
    text: str, paragraphs: list[tuple[int, int]]
) -> dict[int, tuple[list[int], list[int]]]:
    """The offsets of the double and the single quotation marks in each paragraph that has any,
    by the paragraph's index. Searched in the whole text: most paragraphs have no mark, and
    searches for every paragraph cost more than pairing the marks."""
    starts = [start for start, _ in paragraphs]
    marks: dict[int, tuple[list[int], list[int]]] = {}
    for kind, chars in enumerate((DOUBLE_MARKS, SINGLE_MARKS)):
        for at in _offsets_of(text, chars):
            index = bisect.bisect_right(starts, at) - 1
            marks.setdefault(index, ([], []))[kind].append(at)
    return marks


def _offsets_of(text: str, chars: str) -> list[int]:
    """The offsets of any of `chars` in the text, in text order. One `str.find` loop per
    character rather than one regex search for their class: marks are few, a search for one
    character is many times faster than the engine's test of a class at every position (and
    ASCII text is not even searched for a character beyond it): 0.04 -> 0.005 ms per article."""
    found = []
    for ch in chars:
        at = text.find(ch)
        while at >= 0:
            found.append(at)
            at = text.find(ch, at + 1)
    found.sort()
    return found


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for match in PARAGRAPH_BREAK.finditer(text):
        out.append((start, match.start()))
        start = match.end()
    out.append((start, len(text)))
    return out


PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
DOUBLE_MARKS = '"“”«»„'
SINGLE_MARKS = "'‘’"


def _double_spans(text: str, end: int, marks: list[int]) -> list[QuoteSpan]:
    """Double-quoted spans of a paragraph ending at `end`, from the offsets of its marks."""
    spans: list[QuoteSpan] = []
    open_at, closer = -1, ""
    for i in marks:
        ch = text[i]
        if open_at < 0:
            if ch == '"' and stray_close(text, i):
                continue  # 'on tour," he said' with no mark before: the writer dropped it
            if ch in OPENERS and not (ch == "“" and text[i + 1 : i + 2] == " "):
                open_at, closer = i, OPENERS[ch]
        elif ch == '"' and closer == '"' and _reopens(text, i):
            # 'told us: "Lots of people say so. "I have always said ...' (a paragraph joined to
            # the next): the quote ran on to its sentence's end unclosed, and this mark opens
            # the next one (press convention at a paragraph break)
            spans.append(QuoteSpan(open_at, i - 1, open_at + 1, i - 1, closed=False))
            open_at = i
        elif ch == closer or (ch in CLOSERS and ch != '"' and closer != '"'):
            spans.append(QuoteSpan(open_at, i + 1, open_at + 1, i))
            open_at = -1
    if open_at >= 0 and end - open_at > 1:  # runs on to the paragraph's end (press convention)
        spans.append(QuoteSpan(open_at, end, open_at + 1, end, closed=False))
    return spans


def _reopens(text: str, i: int) -> bool:
    """A straight mark at `i`, inside an open straight quote, that can only open one: a
    sentence's stop and one space before it, a capital letter after it."""
    return i >= 2 and text[i - 1] == " " and text[i - 2] in ".!?" and text[i + 1 : i + 2].isupper()


def _single_spans(
    text: str, start: int, end: int, doubles: list[QuoteSpan], singles: list[int]
) -> list[QuoteSpan]:
    """Single-quoted spans outside double ones (`singles`: the offsets of the paragraph's single
    marks). An opening mark follows a space or bracket and precedes a letter; a closing one
    follows a letter or stop and precedes no letter, so 'GM's' and 'Motors'' alone never open
    anything. An opening mark with no close is ignored."""
    marks = [i for i in singles if not any(d.start <= i < d.end for d in doubles)]
    spans: list[QuoteSpan] = []
    taken_until = start
    for n, i in enumerate(marks):
        if i < taken_until or text[i] not in SINGLE_OPEN or not _opens(text, i, start):
            continue
        close = next((j for j in marks[n + 1 :] if _closes(text, j, end)), None)
        if close is not None and not any(i < d.start < close for d in doubles):
            spans.append(QuoteSpan(i, close + 1, i + 1, close))
            taken_until = close + 1
    return spans


def _opens(text: str, i: int, para_start: int) -> bool:
    before = text[i - 1] if i > para_start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-") and after.isalnum()


def _closes(text: str, j: int, end: int) -> bool:
    before, after = text[j - 1], text[j + 1] if j + 1 < end else " "
    return (
        text[j] in SINGLE_CLOSE
        and (before.isalnum() or before in END_PUNCT)
        and not after.isalnum()
    )


# --- attribution ---------------------------------------------------------------------------------


@dataclass
class Speaker:
    actor: str | None = None
    name: str | None = None


@dataclass
class Attribution:
    speaker: Speaker
    side: str  # "after", "before", "restatement"
    end: int  # where the attribution clause ends (for joining split quotes)


@dataclass
class Context:
    doc: Document
    rules: QuoteRules
    spans: list[QuoteSpan]
    actors: dict[str, Actor]
    mentions: list[Mention]  # outside quotations, with an actor, sorted by start
    starts: list[int]
    # (offset, speaker) of each person or organization who spoke ("jelas pihak KBRI ...")
    events: list[tuple[int, Speaker]] = field(default_factory=list)
    quoted: Callable[[int], bool] = lambda offset: False  # whether an offset is inside a span

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """The mentions of actors that may speak (no place does) between start and end."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end and self._type(m) != "place"]

    def is_person(self, mention: Mention) -> bool:
        return self._type(mention) == "person"

    def is_organization(self, mention: Mention) -> bool:
        return self._type(mention) == "organization"

    def _type(self, mention: Mention) -> str | None:
        actor = self.actors.get(mention.actor or "")
        return actor.type if actor is not None else None


def find_quotes(doc: Document, language: Language) -> None:
    """Fill doc.quotes."""
    ctx = _context(doc, language)
    doc.quotes = []
    parts: list[list[QuoteSpan]] = []  # every span of each quotation in doc.quotes
    speakers: list[Speaker] = []  # and its speaker
    joined: set[int] = set()  # second halves of split quotations, already taken
    for index, span in enumerate(ctx.spans):
        sentence = doc.sentence_at(span.start)
        if index in joined or sentence is None or sentence.kind != "sentence":
            continue
        attribution = attribute(ctx, index)
        if attribution is None and not _stands_alone(ctx, index):
            continue
        nobody = attribution and not (attribution.speaker.actor or attribution.speaker.name)
        if nobody and attribution.side != "restatement" and not _stands_alone(ctx, index):
            continue  # 'she was "shocked", he said' with nobody named: a quoted term
        halves = _split_halves(ctx, index, attribution)
        joined.update(index + 1 for _ in halves)
        if parts and _reopened(parts[-1][-1], span):
            # '"Lots of people say so. "I have always said ...," she said': one quotation
            # goes on, a quotation of its own by the same speaker
            speaker = speakers[-1]
            if attribution and not (speaker.actor or speaker.name):
                speaker = speakers[-1] = attribution.speaker
                doc.quotes[-1] = _quote(doc, parts[-1], speaker, ctx)
            parts.append([span, *halves])
            speakers.append(speaker)
            doc.quotes.append(_quote(doc, parts[-1], speaker, ctx))
            continue
        if attribution is None and parts and _next_paragraph(doc, parts[-1][-1], span):
            # a quotation left open at a paragraph's end goes on in the paragraph after
            parts[-1] += [span, *halves]
            doc.quotes[-1] = _quote(doc, parts[-1], speakers[-1], ctx)
            continue
        if attribution is None or attribution.side == "restatement":
            speaker = _inherited(ctx, doc, parts, span, partial=attribution is None)
        else:
            speaker = attribution.speaker
        parts.append([span, *halves])
        speakers.append(speaker)
        # (an organization speaks too: '"...," jelas pihak KBRI. ... "...," tutupnya.')
        if speaker.name or (
            speaker.actor and ctx.actors[speaker.actor].type in ("person", "organization")
        ):
            ctx.events.append((span.start, speaker))
        doc.quotes.append(_quote(doc, parts[-1], speaker, ctx))


def _reopened(last: QuoteSpan, span: QuoteSpan) -> bool:
    """`span` opens where the quotation `last` was cut off unclosed by its mark (`_reopens`)."""
    return not last.closed and last.end == span.start - 1


def _next_paragraph(doc: Document, last: QuoteSpan, span: QuoteSpan) -> bool:
    """`span` opens the paragraph right after the one where the quotation `last` was left open
    (news style marks each paragraph of a long quotation open, and only its end closed)."""
    before, here = doc.sentence_at(last.start), doc.sentence_at(span.start)
    if last.closed or before is None or here is None or span.start != here.start:
        return False
    previous = doc.sentence_at(here.start - 1) if here.start else None
    return here.paragraph == before.paragraph + 1 and (
        previous is None or previous.paragraph != here.paragraph
    )


def _context(doc: Document, language: Language) -> Context:
    spans = quote_spans(doc.text)
    quoted = _within(spans)
    mentions = sorted(
        (m for m in doc.mentions if m.actor and not quoted(m.start)),
        key=lambda m: m.start,
    )
    actors = {a.id: a for a in doc.actors}
    mentions = [
        m for m in mentions if m.actor in actors and actors[m.actor].type not in NON_SPEAKERS
    ]
    ctx = Context(doc, rules(language), spans, actors, mentions, [m.start for m in mentions])
    ctx.quoted = quoted
    ctx.events = _speech_subjects(ctx)
    return ctx


def _speech_subjects(ctx: Context) -> list[tuple[int, Speaker]]:
    """Persons who are the subject of a speech verb ('Gus Ipul menjelaskan ...'): the candidates
    a later 'ungkapnya' or 'he said' refers to. One per sentence: its first speech verb."""
    events: list[tuple[int, Speaker]] = []
    seen: set[str] = set()
    for match in _speech_verbs(ctx.doc.text, ctx.rules):
        sentence = ctx.doc.sentence_at(match.start())
        if sentence is None or sentence.kind != "sentence" or sentence.id in seen:
            continue
        if _in_quote(ctx, match.start()):
            continue
        seen.add(sentence.id)
        if ctx.rules.background.match(ctx.doc.text, sentence.start):
            continue  # what the writer recalls, no one speaking now
        hearsay = ctx.rules.hearsay
        if hearsay and hearsay.search(
            ctx.doc.text, max(sentence.start, match.start() - HEARSAY_REACH), match.start()
        ):
            continue  # "X disebut menekankan": reported by someone else, X is not speaking
        subject = _closest_person(ctx, sentence.start, match.start(), SUBJECT_WORDS)
        text = ctx.doc.text
        end = len(text[: match.start()].rstrip())
        described = ctx.rules.described.fullmatch(text, sentence.start, end)
        if subject:
            events.append((match.start(), Speaker(subject.actor)))
        elif described:
            # 'Seorang pejabat senior Gedung Putih mengatakan ...': a speaker described, not named
            events.append((match.start(), Speaker(None, described.group("who"))))
        elif not ctx.mentions:  # no actors at all: the name just before the verb
            name = _name_before(ctx, sentence.start, match.start())
            if name:
                events.append((match.start(), name))
    return events


def _speech_verbs(text: str, r: QuoteRules) -> list[re.Match]:
    """The matches of `r.verb` in the whole text, as its `finditer` gives them. Where the text is
    ASCII, the verb's words ignoring case are its lowered words in the lowered text: the places
    where one starts are found by a case-sensitive search of the lowered text (that skips from
    one character before a word to the next), and the verb is matched only there."""
    if r.verb_starts is None or not text.isascii():
        return word_start_finditer(r.verb)(text)
    # the text's first word has no character before it
    starts = [0, *(start.end() for start in r.verb_starts.finditer(text.lower()))]
    return matches_at(r.verb, text, starts)


def _name_before(ctx: Context, start: int, end: int) -> Speaker | None:
    """The capitalised name just before a speech verb; a capitalised pronoun ('Ia mengatakan')
    names nobody new."""
    runs = list(NAME_RUN.finditer(ctx.doc.text, start, end))
    if not runs or ctx.rules.pronoun.fullmatch(runs[-1].group()):
        return None
    if len(WORD.findall(ctx.doc.text, runs[-1].end(), end)) <= 1:
        return Speaker(None, runs[-1].group())
    return None


def _in_quote(ctx: Context, offset: int) -> bool:
    return ctx.quoted(offset)


def _within(spans: list[QuoteSpan]) -> Callable[[int], bool]:
    """Whether an offset lies inside one of the spans (between its marks): a binary search over
    their starts, where testing every span for every mention and verb was most of the cost."""
    starts = [s.inner_start for s in spans]  # sorted: spans come in text order
    reach = list(itertools.accumulate((s.inner_end for s in spans), max))  # furthest end so far

    def inside(offset: int) -> bool:
        at = bisect.bisect_right(starts, offset) - 1
        return at >= 0 and offset < reach[at]

    return inside


def _closest_person(ctx: Context, start: int, end: int, max_words: int) -> Mention | None:
    for mention in reversed(ctx.mentions_in(start, end)):
        if not ctx.is_person(mention):
            continue
        if len(WORD.findall(ctx.doc.text, mention.end, end)) <= max_words:
            return mention
        return None
    return None


def attribute(ctx: Context, index: int) -> Attribution | None:
    """Who the quotation at `index` is attributed to, from the clause right after it or right
    before it; None when neither names a speaker with a speech verb or pattern."""
    after = _after(ctx, index) if _may_end_clause(ctx, ctx.spans[index]) else None
    if after and (after.speaker.actor or after.speaker.name):
        return after
    return _before(ctx, index) or after


def _may_end_clause(ctx: Context, span: QuoteSpan) -> bool:
    """A quotation followed by its attribution ends in punctuation ('...," he said') or is set
    off by a comma or dash; '"coalition of the willing" said' is a name, not a quotation. A
    long one opening its sentence may do without ('"The funding has helped Orvex secure the
    largest project ever" he said.': the writer dropped the comma)."""
    text = ctx.doc.text
    inner = text[span.inner_start : span.inner_end].rstrip()
    after = text[span.end : span.end + 3].lstrip()
    if inner and (inner[-1] in END_PUNCT or after[:1] in {",", "—", "–", "-"}):
        return True
    sentence_start = _sentence_bounds(ctx, span.start)[0]
    return (
        _only_punctuation(text[sentence_start : span.start])
        and len(WORD.findall(inner)) >= UNPUNCTUATED_QUOTE_WORDS
    )


def _sentence_bounds(ctx: Context, offset: int) -> tuple[int, int]:
    sentence = ctx.doc.sentence_at(offset)
    return (sentence.start, sentence.end) if sentence else (offset, offset)


def _after(ctx: Context, index: int) -> Attribution | None:
    span, text, r = ctx.spans[index], ctx.doc.text, ctx.rules
    if not span.closed:
        return None
    start = span.end
    end = _sentence_bounds(ctx, max(span.end - 1, 0))[1]
    if index + 1 < len(ctx.spans):
        end = min(end, ctx.spans[index + 1].start)
    if end <= start:
        end = _exclaimed_attribution_end(ctx, index)
        if index + 1 < len(ctx.spans):
            end = min(end, ctx.spans[index + 1].start)
    source = r.source.search(text, start, end)
    if source:
        end = source.start()
    if end <= start:
        return None
    limit = _word_offset(text, start, end, AFTER_VERB_WORDS)
    for pattern in r.patterns:
        match = pattern.search(text, start, end)
        if match and match.start() <= limit:
            who = _named(ctx, match.start("who"), match.end("who"))
            if who:
                return Attribution(who, "after", end)
    inverted_limit = _word_offset(text, start, end, AFTER_INVERTED_WORDS)
    verbs = [m for m in r.inverted.finditer(text, start, inverted_limit)]
    verbs += [m for m in r.verb.finditer(text, start, limit)]
    opening = _word_offset(text, start, end, 1)  # where the second word after it begins
    first = ctx.mentions[
        bisect.bisect_left(ctx.starts, start) : bisect.bisect_right(ctx.starts, opening)
    ]
    named = any(ctx.is_person(m) for m in first)
    if not verbs and named:
        # '"...," Sven Olaf Kamphuis of CyberBunker told CNN': a person named right after the
        # quotation, with more words of who they are before the verb
        far = _word_offset(text, start, end, AFTER_VERB_WORDS + AFTER_NAME_WORDS)
        verbs = [m for m in r.verb.finditer(text, start, far)][:1]
    if not verbs:
        return _after_apposition(ctx, start, end) or _after_title_phrase(ctx, start, end)
    verb = min(verbs, key=lambda m: m.start())
    if r.conjunction_only.fullmatch(text, start, verb.start()):
        # '... denounced the "ruinous policies of war," and said the state is ...': the verb
        # shares the sentence's subject, named before the quotation
        opener = _sentence_subject(ctx, ctx.spans[index].start)
        return Attribution(opener, "after", end) if opener else None
    speaker = (
        _subject(ctx, start, verb.start()) or _enclitic(ctx, verb) or _object(ctx, verb.end(), end)
    )
    return Attribution(speaker or Speaker(), "after", end)


def _exclaimed_attribution_end(ctx: Context, index: int) -> int:
    """'"... ditutup!" Ungkap Wahyu.': after an exclamation or a question closing the
    quotation, the attribution may open a sentence of its own with a capital; where that sentence
    ends, or the quotation's end when the next sentence opens with no verb of saying."""
    span, text, r = ctx.spans[index], ctx.doc.text, ctx.rules
    inner = text[span.inner_start : span.inner_end].rstrip()
    at = len(text) - len(text[span.end :].lstrip())
    here, after = ctx.doc.sentence_at(span.start), ctx.doc.sentence_at(at)
    if (
        inner[-1:] not in ("!", "?")
        or here is None
        or after is None
        or after.start != at
        or after.paragraph != here.paragraph
        or not (r.inverted.match(text, at) or r.verb.match(text, at))
    ):
        return span.end
    return after.end


def _sentence_subject(ctx: Context, quote_start: int) -> Speaker | None:
    """The person the sentence opens with (after a title, within its first words), before
    the quotation at `quote_start`."""
    start = _sentence_bounds(ctx, quote_start)[0]
    limit = _word_offset(ctx.doc.text, start, quote_start, SUBJECT_OPENING_WORDS)
    persons = [m for m in ctx.mentions_in(start, quote_start) if ctx.is_person(m)]
    if persons and persons[0].start <= limit:
        return Speaker(persons[0].actor)
    return None


def _after_apposition(ctx: Context, start: int, end: int) -> Attribution | None:
    """'"...," Dana Reyes, chief economist at Kestrel Investments, said': a name, its
    apposition between commas, then the speech verb; the speaker is the name's person."""
    text = ctx.doc.text
    apposition = APPOSITION_AFTER.match(text, start, end)
    if apposition is None:
        return None
    limit = _word_offset(text, apposition.end(), end, AFTER_VERB_WORDS)
    verb = ctx.rules.verb.search(text, apposition.end(), limit)
    speaker = verb and _subject(ctx, start, verb.start())
    return Attribution(speaker, "after", end) if speaker and speaker.actor else None


def _after_title_phrase(ctx: Context, start: int, end: int) -> Attribution | None:
    """'"...," Friends of the Coast executive director Nora Blake said': a long title phrase
    before the name and its speech verb. The verb may stand up to a subject's length away when
    the person it names stands right before it."""
    text = ctx.doc.text
    limit = _word_offset(text, start, end, SUBJECT_WORDS + 1)
    verb = ctx.rules.verb.search(text, start, limit)
    if verb is None:
        return None
    persons = [m for m in ctx.mentions_in(start, verb.start()) if ctx.is_person(m)]
    if not persons or WORD.search(text, persons[-1].end, verb.start()):
        return None
    return Attribution(Speaker(persons[-1].actor), "after", end)


def _before(ctx: Context, index: int) -> Attribution | None:
    span, text, r = ctx.spans[index], ctx.doc.text, ctx.rules
    start = opens = _sentence_bounds(ctx, span.start)[0]
    if index > 0 and ctx.spans[index - 1].end > start:
        start = ctx.spans[index - 1].end
    if span.start <= start:
        return None
    for pattern in r.restatements:
        for match in pattern.finditer(text, start, span.start):
            if _only_punctuation(text[match.end() : span.start]) and index > 0:
                return Attribution(Speaker(), "restatement", span.start)
    for pattern in r.patterns:
        for match in pattern.finditer(text, start, span.start):
            tail = text[match.end() : span.start]
            if _only_punctuation(tail) or r.connector_tail.fullmatch(tail):
                who = _named(ctx, match.start("who"), match.end("who"))
                if who:
                    who = _person_of(ctx, who, start, match.start("who")) or who
                    return Attribution(who, "before", span.start)
    verbs = list(r.verb.finditer(text, start, span.start))
    for verb in reversed(verbs):
        tail = text[verb.end() : span.start]
        if len(WORD.findall(tail)) > BEFORE_TAIL_WORDS or not r.connector_tail.fullmatch(tail):
            continue
        speaker = (
            _subject(ctx, start, verb.start())
            or _enclitic(ctx, verb)
            or _object(ctx, verb.end(), span.start)
        )
        zone = text[start : verb.start()]
        if speaker is None and (
            _only_punctuation(zone) or (start > opens and zone.rstrip().endswith(","))
        ):
            # "Tom Varga called it "a return home," saying: "...": the verb's subject opens the
            # sentence, before the quotation before it; 'Rina Wati, one of the so-called "Class
            # of 97" elected then, told us: "...": the apposition around a quoted term ends
            speaker = _sentence_subject(ctx, span.start)
        return Attribution(speaker or Speaker(), "before", span.start)
    opening = r.verb.match(text, _sentence_bounds(ctx, span.start)[0])
    if opening and text[start : span.start].rstrip().endswith((":", ",")):
        # "Says Tom Varga, chief investment officer of Orvex: "...": the verb opens the
        # sentence, the speaker right after it
        speaker = _object(ctx, opening.end(), span.start)
        if speaker:
            return Attribution(speaker, "before", span.start)
    return None


def _person_of(ctx: Context, who: Speaker, start: int, at: int) -> Speaker | None:
    """'Tom Harlan of BNP Paribas described it as "..."': the organization a pattern named is
    where the person named right before it works; the person speaks."""
    if who.actor is None or ctx.actors[who.actor].type not in ("organization", "media"):
        return None
    persons = [m for m in ctx.mentions_in(start, at) if ctx.is_person(m)]
    between = ctx.doc.text[persons[-1].end : at].split() if persons else []
    if 1 <= len(between) <= 2 and ctx.rules.preposition_word.fullmatch(between[0]):
        return Speaker(persons[-1].actor)  # ("of", "of the", "dari")
    return None


def _only_punctuation(text: str) -> bool:
    return not any(ch.isalnum() for ch in text)


def _word_offset(text: str, start: int, end: int, words: int) -> int:
    """The offset where the `words`-th word after `start` begins (or `end`)."""
    for count, match in enumerate(WORD.finditer(text, start, end)):
        if count == words - 1:
            return match.start()
    return end


def _subject(ctx: Context, start: int, end: int) -> Speaker | None:
    """The speaker standing before a speech verb: the person closest to it, else the mention that
    heads the phrase, else the phrase itself when it is short, else a pronoun."""
    text = ctx.doc.text
    opener = ctx.rules.subject_opener.match(text, start, end)
    if opener:
        start = opener.end()  # "And it said", "But the company said"
    zone = text[start:end]
    if _only_punctuation(zone):
        return None
    described = ctx.rules.described_subject
    if described and (found := described.fullmatch(text, start, end)):
        return Speaker(None, found.group("who"))  # "an Upjohn spokesman said"
    body = _organization_named_before(ctx, zone, start)
    if body:
        return body
    mentions = ctx.mentions_in(start, end)
    persons = [m for m in mentions if ctx.is_person(m) and not _modifier(ctx, start, m)]
    if persons:
        return Speaker(persons[-1].actor)
    pronoun = ctx.rules.pronoun.search(text, start, end)
    if pronoun:
        return _resolve_pronoun(ctx, pronoun.start(), pronoun.end())
    pointer = ctx.rules.role_pointer
    found = pointer.fullmatch(text, start, end) if pointer else None
    holder = _role_holder(ctx, found.group("noun"), start) if found else None
    if holder:
        return holder  # 'the paramedic said of Murray': the paramedic named before
    fronted = zone.rstrip(" ,;:—–-").rfind(",")
    if fronted >= 0:
        # "In a statement, SIA said": a phrase put first, then the subject after its comma
        start, zone = start + fronted + 1, zone[fronted + 1 :]
        mentions = ctx.mentions_in(start, end)
    first_word = WORD.search(text, start, end)
    if mentions and first_word and mentions[0].start <= first_word.start() + 4:
        return Speaker(mentions[0].actor)
    words = WORD.findall(zone)
    if mentions or (zone.strip()[:1].isupper() and len(words) <= SUBJECT_WORDS):
        phrase = zone.strip(" ,;:—–-")
        if (
            0 < len(words) <= SUBJECT_WORDS
            and phrase[:1].isupper()
            and not ctx.rules.not_in_speaker.search(phrase)
            # ("The statement said": a sentence's capital on an article, no name after it)
            and not (
                words[0].casefold() in ctx.rules.articles
                and not any(w[:1].isupper() for w in words[1:])
            )
        ):
            return Speaker(None, phrase)
    return None


ORG_SPEAKER_REACH = 3  # sentences back where "the company" finds the company it stands for


ROLE_POINTER_SENTENCES = 8  # sentences back where "the paramedic" finds its paramedic


def _role_holder(ctx: Context, noun: str, before: int) -> Speaker | None:
    """The person named last before `before` (within a few sentences) whose role ends in
    `noun` ("a paramedic and firefighter", "the paramedic")."""
    here = ctx.doc.sentence_at(before)
    if here is None:
        return None
    first = max(0, ctx.doc.sentences.index(here) - ROLE_POINTER_SENTENCES)
    lo = bisect.bisect_left(ctx.starts, ctx.doc.sentences[first].start)
    hi = bisect.bisect_left(ctx.starts, before)
    wanted = noun.casefold()
    for mention in reversed(ctx.mentions[lo:hi]):
        actor = ctx.actors.get(mention.actor or "")
        if actor is None or actor.type != "person" or not actor.role:
            continue
        words = actor.role.casefold().replace(",", " ").split()
        if wanted in words[-3:]:
            return Speaker(actor.id)
    return None


def _organization_named_before(
    ctx: Context, zone: str, start: int, whole: bool = True
) -> Speaker | None:
    """'"...," the company said', '"...," kata perseroan': a noun of an organization's kind as the
    speaker (the whole subject before the verb, or what opens the words after it) is the
    organization named last before it, in the same or the sentences just before."""
    pattern = ctx.rules.org_speaker
    words = " ".join(zone.strip(" ,;:—–-").split())
    if pattern is None:
        return None
    found = pattern.fullmatch(words) if whole else pattern.match(words)
    if found is None:
        return None
    if not whole and (
        words[found.end() : found.end() + 1].isalnum()
        or words[found.end() : found.end() + 1] in ("'", "’")  # "the firm's chief executive"
        or any(ctx.is_person(m) for m in ctx.mentions_in(start, start + len(zone)))
    ):
        return None  # ("said the company spokesman, Dana Reyes": the person speaks)
    here = ctx.doc.sentence_at(start)
    if here is None:
        return None
    first = max(0, ctx.doc.sentences.index(here) - ORG_SPEAKER_REACH)
    earliest = ctx.doc.sentences[first].start
    lo = bisect.bisect_left(ctx.starts, earliest)
    hi = bisect.bisect_left(ctx.starts, start)
    for mention in reversed(ctx.mentions[lo:hi]):
        if ctx.is_organization(mention):
            return Speaker(mention.actor)
    return None


def _modifier(ctx: Context, start: int, mention: Mention) -> bool:
    """'The premier of the state of X said': X, after a preposition, is not who speaks."""
    return bool(ctx.rules.preposition.search(ctx.doc.text[start : mention.start]))


def _enclitic(ctx: Context, verb: re.Match) -> Speaker | None:
    if not verb.group("enc"):
        return None
    return _resolve_pronoun(ctx, verb.start("enc"), verb.end("enc"))


def _object(ctx: Context, start: int, end: int) -> Speaker | None:
    """The speaker standing after a speech verb: a pronoun right after it ('tegas dia'), else the
    first person named in the next words, else the first actor, else a capitalised name."""
    text = ctx.doc.text
    described = ctx.rules.described.match(text, start, end)
    body = _organization_named_before(ctx, text[start:end], start, whole=False)
    if body:
        return body
    reach, end = end, _word_offset(text, start, end, OBJECT_WORDS + 1)
    first = WORD.search(text, start, end)
    if first and ctx.rules.pronoun.fullmatch(first.group()):
        return _resolve_pronoun(ctx, first.start(), first.end())
    if first and ctx.rules.preposition_word.fullmatch(first.group()):
        return None  # '"...," kata dalam Konferensi Pers ...': where it was said, no speaker
    anaphor = ctx.rules.anaphor.match(text, start, end) if ctx.rules.anaphor else None
    if anaphor and not any(ctx.is_person(m) for m in ctx.mentions_in(start, anaphor.end())):
        return _resolve_pronoun(ctx, anaphor.start(), anaphor.end())
    mentions = ctx.mentions_in(start, end)
    if described:
        named = [
            m for m in mentions if ctx.is_person(m) and m.start <= described.end() + DESCRIBED_REACH
        ]
        if named:
            return Speaker(named[0].actor)  # 'said a buoyant Gen. Tom Harlan': named after all
        return Speaker(None, described.group("who"))  # a speaker described, not named
    person = next((m for m in mentions if ctx.is_person(m)), None)
    if person:
        return Speaker(person.actor)
    # (no person within the usual reach: perhaps after a long title)
    titled = _holder_after_long_title(ctx, start, reach)
    if titled:
        return titled
    if mentions and first and first.start() < mentions[0].start and first.group()[:1].isupper():
        # "ujar Wiranegara di gedung Kejagung": a name right after the verb that the actors
        # stage left unlinked, before the organization named later
        return _name_run(ctx, start, end) or Speaker(mentions[0].actor)
    if mentions:
        return Speaker(mentions[0].actor)
    return _name_run(ctx, start, end)


TITLE_WORDS = 30  # words of a long title before its holder's name after a speech verb


def _holder_after_long_title(ctx: Context, start: int, end: int) -> Speaker | None:
    """'kata Direktur Perlindungan Warga Negara Indonesia (WNI) dan Badan Hukum Indonesia
    Kementerian Luar Negeri (Kemlu) RI, Judha Nugraha, ...': a title of capitalised words right
    after the verb, longer than the usual reach, then its holder: the first person named after
    it, when only capitalised words, short forms in brackets, commas and at most two short
    lower-case words stand between."""
    text = ctx.doc.text
    first = WORD.search(text, start, end)
    if first is None or not first.group()[:1].isupper():
        return None
    far = _word_offset(text, start, end, TITLE_WORDS + 1)
    person = next((m for m in ctx.mentions_in(start, far) if ctx.is_person(m)), None)
    if person is None:
        return None
    between = WORD.findall(text, start, person.start)
    lower = [w for w in between if not (w[:1].isupper() or w[:1].isdigit())]
    if len(between) <= OBJECT_WORDS or len(lower) > 2 or any(len(w) > 3 for w in lower):
        return None  # (within the usual reach the usual reading holds)
    if any(c in text[start : person.start] for c in '.;:"“”'):
        return None
    return Speaker(person.actor)


def _named(ctx: Context, start: int, end: int) -> Speaker | None:
    """The speaker inside a pattern's `who` group."""
    mentions = ctx.mentions_in(start, end)
    person = next((m for m in mentions if ctx.is_person(m)), None)
    if person or mentions:
        return Speaker((person or mentions[0]).actor)
    pronoun = ctx.rules.pronoun.search(ctx.doc.text, start, end)
    if pronoun:
        return _resolve_pronoun(ctx, pronoun.start(), pronoun.end())
    return _name_run(ctx, start, end)


def _name_run(ctx: Context, start: int, end: int) -> Speaker | None:
    """No actor mention there (the actors stage missed it): a name right at the start ('kata
    Purbaya di Jakarta'), else a name set off by a comma at the clause's end ('said the head of
    X, Tony Woodley.'), else the first run of two or more capitalised words, else the first."""
    text = ctx.doc.text
    here = ctx.doc.sentence_at(start)
    # (a date is no name: '"...," the source said Monday')
    dated = {d.text.casefold() for d in ctx.doc.dates if here and d.sentence == here.id}
    runs = [
        r
        for r in NAME_RUN.finditer(text, start, end)
        if not ctx.rules.pronoun.fullmatch(r.group()) and r.group().casefold() not in dated
    ]
    if runs and not WORD.search(text, start, runs[0].start()):
        return Speaker(None, runs[0].group())
    last = runs[-1] if runs else None
    appositive = last and text[start : last.start()].rstrip().endswith(",")
    if last and appositive and _only_punctuation(text[last.end() : end]):
        return Speaker(None, last.group())
    names = [m.group() for m in runs]
    best = next((r for r in names if len(r.split()) >= 2), names[0] if names else None)
    return Speaker(None, best) if best else None


def _resolve_pronoun(ctx: Context, start: int, end: int) -> Speaker | None:
    """A pronoun or enclitic speaker: the person (or body) who last spoke (quoted, or subject of
    a speech verb) in this or the previous paragraphs, else the actors stage's resolution when it
    made a mention of the pronoun, else the last person named before it. Who spoke last beats who
    was named last: '... Begitu pula Menteri X. "...," ujarnya.' is still the earlier speaker."""
    earlier = [(offset, speaker) for offset, speaker in ctx.events if offset < start]
    if earlier:
        offset, speaker = max(earlier, key=lambda e: e[0])
        here, there = ctx.doc.sentence_at(start), ctx.doc.sentence_at(offset)
        if here and there and here.paragraph - there.paragraph <= SPEAKER_PARAGRAPHS:
            return speaker
    for mention in ctx.doc.mentions:
        actor = ctx.actors.get(mention.actor or "")
        if actor and actor.type == "person" and mention.start < end and start < mention.end:
            return Speaker(mention.actor)
    if earlier:
        return max(earlier, key=lambda e: e[0])[1]
    person = _closest_person(ctx, 0, start, len(ctx.doc.text))
    # Unresolved, the pronoun still is the speaker: never look further for another name.
    return Speaker(person.actor) if person else Speaker()


# --- quotations without attribution --------------------------------------------------------------


def _stands_alone(ctx: Context, index: int) -> bool:
    """A quotation without attribution next to it: at the start of a sentence and long enough
    (the speaker goes on), or long and inside a sentence whose subject speaks. Short quoted terms
    and titles are not quotations."""
    span, text, r = ctx.spans[index], ctx.doc.text, ctx.rules
    inner = text[span.inner_start : span.inner_end].strip()
    words = len(WORD.findall(inner))
    sentence_start, sentence_end = _sentence_bounds(ctx, span.start)
    lead_start = sentence_start
    if index > 0 and ctx.spans[index - 1].end > sentence_start:
        lead_start = ctx.spans[index - 1].end
    lead = text[lead_start : span.start]
    ends_clause = bool(inner) and inner[-1] in END_PUNCT
    closes_sentence = _only_punctuation(text[span.end : sentence_end])
    if _only_punctuation(lead):
        return words >= r.min_words and (ends_clause or closes_sentence)
    return words >= r.partial_min_words and bool(r.verb.search(text, sentence_start, span.start))


def _inherited(
    ctx: Context, doc: Document, quoted: list[list[QuoteSpan]], span: QuoteSpan, partial: bool
) -> Speaker:
    """An unattributed quotation (or one restating the last) continues the previous quotation's
    speaker in the same or the previous paragraph; a partial quotation inside a sentence belongs
    to the subject of the sentence's speech verb."""
    sentence = doc.sentence_at(span.start)
    if sentence is None:
        return Speaker()
    verb = ctx.rules.verb.search(doc.text, sentence.start, span.start) if partial else None
    if verb:
        subject = _subject(ctx, sentence.start, verb.start())
        if subject:
            return subject
    reported = _reported_before(ctx, sentence, quoted[-1][-1].end if quoted else 0)
    if reported:
        return reported
    if quoted:
        previous = doc.sentence_at(quoted[-1][0].start)
        if previous and sentence.paragraph - previous.paragraph <= 1:
            quote = doc.quotes[-1]
            return Speaker(quote.speaker_id, None if quote.speaker_id else quote.speaker)
    return Speaker()


def _reported_before(ctx: Context, sentence: SentenceSpan, since: int) -> Speaker | None:
    """'Mr. Price said restructuring would be a question of strategy. "We don't need the
    cash."': a quotation opening the sentence right after one, in its paragraph or opening the
    next, whose subject speaks (after the last quotation) is that subject's."""
    doc = ctx.doc
    if not sentence.start:
        return None
    before = doc.sentence_at(sentence.start - 1)
    if before is None:
        before = doc.sentence_at(len(doc.text[: sentence.start].rstrip()) - 1)
    if before is None or before.start < since:
        return None
    # (or the paragraph before, the quotation opening its own: 'Agus mengatakan bahwa pelaku
    # sering marah. ¶ "Kami enggak ngasih ..."', 'Rahim menambahkan, ¶ "Pelaku meminta ..."')
    if sentence.paragraph - before.paragraph > 1:
        return None
    verb = ctx.rules.verb.search(doc.text, before.start, before.end)
    if verb is None or ctx.quoted(verb.start()):
        return None
    # the name right before the verb ("Mr. Price said"), or opening the sentence with its
    # apposition before the verb ("Peter Cardillo, chief economist at Avalon, commented"); no
    # name a clause holds ("after the victim, Rina Wati, had finished ..., detectives said")
    subject = _closest_person(ctx, before.start, verb.start(), 0)
    if subject is None:
        named = ctx.mentions_in(before.start, verb.start())
        first = named[0] if named else None
        if (
            first is not None
            and ctx.is_person(first)
            and not doc.text[before.start : first.start].strip()
            and doc.text[first.end : first.end + 1] == ","
            and doc.text[verb.start() - 2 : verb.start()] == ", "
            and len(WORD.findall(doc.text, first.end, verb.start())) <= SUBJECT_WORDS
        ):
            subject = first
    return Speaker(subject.actor) if subject else None


# --- split quotations and output -----------------------------------------------------------------


def _split_halves(ctx: Context, index: int, attribution: Attribution | None) -> list[QuoteSpan]:
    """'"We hope," he said, "but ..."': the part after the attribution continues the quotation
    when the attribution ends in a comma and the quotation goes on mid-sentence."""
    if attribution is None or attribution.side != "after" or index + 1 >= len(ctx.spans):
        return []
    span, following = ctx.spans[index], ctx.spans[index + 1]
    text = ctx.doc.text
    if attribution.end != following.start or not text[span.end : following.start].rstrip().endswith(
        ","
    ):
        return []
    first = text[span.inner_start : span.inner_end].rstrip()
    second = text[following.inner_start : following.inner_end].lstrip()
    if second[:1].isupper():
        # '"We expect a short process," an official said, "People will be able to buy cars."':
        # a sentence of its own after the attribution, quoted apart (by the same speaker)
        return []
    if first.endswith(",") or (second[:1].islower()):
        return [following]
    return []


def _quote(doc: Document, parts: list[QuoteSpan], speaker: Speaker, ctx: Context) -> Quote:
    text = " ".join(doc.text[p.inner_start : p.inner_end].strip() for p in parts)
    text = " ".join(text.split()).rstrip(",;: ")
    ids = list(
        dict.fromkeys(
            sentence.id
            for part in parts
            for sentence in doc.sentences
            if sentence.start < part.inner_end and part.inner_start < sentence.end
        )
    )
    opening = doc.sentence_at(parts[0].start)
    name = ctx.actors[speaker.actor].name if speaker.actor else speaker.name
    return Quote(
        speaker=name,
        speaker_id=speaker.actor,
        text=text,
        sentence=opening.id if opening else (ids[0] if ids else ""),
        sentences=ids,
    )
