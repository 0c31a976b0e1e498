"""Candidate actor mentions: the spans of an article that may name a person, an organization, a
country, a group, a news outlet or a place, with the cues found around each.

Names are found by capitalisation: a run of capitalised words (with name connectors such as
"von der" in between) is cut into parts at titles, forms of address and ranks, then each part is
typed by the words it holds (organization heads, country names from CLDR, media heads) and by the
words around it (org nouns, media cues, place prepositions). Lower-case mentions are found by cue
words: groups ("koalisi ..."), pronouns and enclitics after a quotation.

A name is typed by evidence, never by its shape alone: a title, form of address or rank before
it, a verb of saying next to it, a first name (Faker's name lists), an org head, legal form or
bracketed acronym, a place preposition or place noun. A capitalised run holding a common word
of the language (wordfreq) and no such cue names a thing, an event or a body, not a person; a
lone unknown word with no cue is left out (a guess costs more precision than it gains recall).

Everything is one linear pass over the tokens; all word lists come from `actor_lexicon`.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate, compress, count, repeat

from ..language import fold
from ..model import Document, SentenceSpan
from .actor_lexicon import TOKEN, ActorLexicon, match_at, possessive_ending
from .segment import one_hump

# A web address in a name ("Detik.com") marks a news outlet.
_DOMAIN = re.compile(r"\.(?:com|net|co|id|org|news|tv)\b", re.IGNORECASE)
_OPEN_QUOTES = '"“‘«'
_QUOTES = '"“”'
_CLAUSE_MARKS = '.!?:;"“‘«—'
_BRACKET_GAP = re.compile(r"\s*\(\s*|\s*\)\s*,?\s*")

# Strength of the cues for a type: an explicit cue beats a default guess.
STRONG, WEAK, DEFAULT = 3, 2, 1


@dataclass(slots=True)
class Tokens:
    """The article's words as parallel lists (cheaper than one object per word)."""

    start: list[int] = field(default_factory=list)
    end: list[int] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    fold: list[str] = field(default_factory=list)
    sent: list[int] = field(default_factory=list)  # index into doc.sentences
    initial: list[bool] = field(default_factory=list)  # first word of a sentence or quotation
    glued: list[bool] = field(default_factory=list)  # no space before it (lost in the source)
    capital: list[bool] = field(default_factory=list)
    gap: list[str] = field(default_factory=list)  # the text before it, since the last word
    n: int = 0  # the number of words, set once they are all read (read in every loop)

    def __len__(self) -> int:
        return self.n

    def is_acronym(self, i: int) -> bool:
        t = self.text[i]
        if len(t) < 2 or not t.isupper() or not t[0].isalpha():
            return False
        if t.isalpha():  # all letters, fast
            return True
        return sum(c.isalpha() for c in t) >= 2 and "_" not in t  # (not "DIRECT_SENTENCE")


@dataclass(slots=True, eq=False)
class Candidate:
    start: int
    end: int
    text: str
    sent: int
    first: int  # token range [first, last)
    last: int
    kind: str  # name, org, media, group, country, place, title, pronoun
    iso: str | None = None  # countries, and organizations named after one ("Mahkamah Agung Saudi")
    votes: dict[str, int] = field(default_factory=dict)
    quoted: bool = False
    subject: bool = False  # the first actor named in its sentence, outside quotations
    acronym: bool = False
    person_cue: bool = False  # a title, form of address or rank stands right before it
    common: bool = False  # most of its words are also written in lower case: a common phrase
    first_name: bool = False  # opens with a person's first name ("Maria ...")
    speaker: bool = False  # next to a verb of saying ("kata Pras", "Pras menegaskan")
    common_word: bool = False  # holds a common word, acronym or head ("Kelas", "Records", "APBN")
    rare_word: bool = False  # holds a word that may be part of a person's name
    place_cue: bool = False
    owner: bool = False  # written with a possessive ending: "Apple's Newton"
    role: str | None = None
    affiliation: int | None = None  # index of the affiliated candidate
    affiliation_iso: str | None = None
    default_country: bool = False  # a capitalised state title with no state named
    anaphor: bool = False  # title + demonstrative: points back to a person named before
    # Its title points back to an organization named before: "org" ("the company's director"),
    # "company" (a company's title with none named: "Chief executive Dana Reyes")
    org_reference: str | None = None
    # Named with a lawyer's title as whom it acts for ("kuasa hukum Rina Wulandari, Budi ...")
    client: bool = False
    relative: bool = False  # named as a person's relative ("istri Hendra"): an affiliation
    listed_role: bool = False  # its role is the next listed name's, before a role's introducer
    # The office its title names ("Kapolrestabes": "Polrestabes", "Kepala Dinas Pendidikan":
    # "Dinas Pendidikan"), whose place the affiliation is: that office there holds the title
    office: str | None = None
    rank: str | None = None  # the rank or titled address written before it ("Irjen", "Dr.")
    # The place closing its name after its bracketed short form, folded: "Pengadilan Negeri
    # (PN) Medan" ("medan",)
    place_words: tuple[str, ...] = ()
    speaker_enclitic: bool = False
    alias_of: int | None = None
    cluster: int = -1

    def vote(self, kind: str, strength: int) -> None:
        if self.votes.get(kind, 0) < strength:
            self.votes[kind] = strength


def tokenize(
    doc: Document,
    particles: frozenset[str] = frozenset(),
    whole: frozenset[str] = frozenset(),
    abbreviations: frozenset[str] = frozenset(),
    compounds: frozenset[str] = frozenset(),
) -> Tokens:
    """Every word of every sentence, with glued words split ("dilaporkanSaudi" -> two words)
    unless written so by name (`whole`: "YouTube"), and two words that are one (`compounds`:
    "Ibu Kota", the capital, whose first word alone is a form of address) joined. The stop
    after an initial or one of the `abbreviations` ("St. Thomas", "Mr. Kesk") opens no
    sentence."""
    toks = Tokens()
    text = doc.text
    # This runs once per word of the article, so the per-word work is left to C where it can
    # be: each sentence is split into words and the text between them in one call, their
    # offsets summed up from the lengths, and only the few words that are not plain (glued
    # ones, a possessive "s") are looked at one by one.
    starts, ends, sents, words = toks.start, toks.end, toks.sent, toks.text
    firsts: list[int] = []  # the index of each sentence's first word
    # the compounds the article writes at all (most write none: no sentence is read for them)
    compounds = frozenset(c for c in compounds if c in text.lower()) if compounds else compounds
    for index, sentence in enumerate(doc.sentences):
        parts = _TOKEN_SPLIT.split(text[sentence.start : sentence.end])
        count = len(parts) // 2  # [between, word, between, word, ..., between]
        offsets = list(accumulate(map(len, parts), initial=sentence.start))
        here = parts[1::2]
        here_starts = offsets[1 : 2 * count : 2]
        here_ends = offsets[2 : 2 * count + 1 : 2]
        special = [
            k
            for k, word in enumerate(here)
            if not (
                ((word.islower() or word.isupper()) and word != "s" and word != "S")
                or (word[1:].islower() and "-" not in word)
                or word.isdigit()
            )
        ]
        for k in reversed(special):  # from the end, so that the earlier indices hold
            pieces = _pieces(text, here[k], here_starts[k], whole, abbreviations)
            here_starts[k : k + 1] = [a for a, _b in pieces]
            here_ends[k : k + 1] = [b for _a, b in pieces]
            here[k : k + 1] = [text[a:b] for a, b in pieces]
        if compounds and any(c in text[sentence.start : sentence.end].lower() for c in compounds):
            _join_compounds(text, here, here_starts, here_ends, compounds)
        firsts.append(len(starts))
        starts += here_starts
        ends += here_ends
        words += here
        sents += [index] * len(here)
    n = toks.n = len(starts)
    toks.fold.extend(map(_FOLDS.__getitem__, words))
    toks.capital.extend(
        [word[0].isupper() or ("-" in word and _capitalised(word, particles)) for word in words]
    )
    gaps = toks.gap  # the text before each word, since the last ("" before the first)
    if n:
        gaps.append("")
        gaps += [text[end:start] for end, start in zip(ends[:-1], starts[1:], strict=True)]
    clause_mark = _CLAUSE_MARK.search
    # The stop after an initial ("Michael R. Doyle") does not open a sentence.
    toks.initial.extend(
        [
            gap != " "
            and bool(clause_mark(gap))
            and not (
                gap in (". ", ".")
                and (
                    (len(words[i - 1]) == 1 and words[i - 1].isupper())
                    or (abbreviations and _name_abbreviation(words[i - 1], abbreviations))
                )
            )
            for i, gap in enumerate(gaps)
        ]
    )
    toks.glued.extend(
        [not gap and text[start - 1].isalpha() for gap, start in zip(gaps, starts, strict=True)]
    )
    for i in firsts:
        if i < n:
            toks.initial[i] = True
            toks.glued[i] = False
    return toks


def _join_compounds(
    text: str, words: list[str], starts: list[int], ends: list[int], compounds: frozenset[str]
) -> None:
    """Joins, in one sentence's words, each two written with one space between them that are
    one of the `compounds` (folded, space-separated)."""
    folds = list(map(_FOLDS.__getitem__, words))
    for k in range(len(words) - 2, -1, -1):
        if (
            f"{folds[k]} {folds[k + 1]}" in compounds
            and starts[k + 1] == ends[k] + 1
            and text[ends[k]] == " "
        ):
            ends[k] = ends[k + 1]
            words[k] = text[starts[k] : ends[k]]
            del words[k + 1], starts[k + 1], ends[k + 1]


# A form of address or a title's short form glued by its stop to the name after it ("Prof.Ali")
_GLUED_STOP = re.compile(r"([A-Za-z]{1,5})\.([A-Z][a-z]+)")


def _pieces(
    text: str, word: str, start: int, whole: frozenset[str], abbreviations: frozenset[str]
) -> list[tuple[int, int]]:
    """The spans `tokenize` keeps of a word that is not plain: none for the possessive ending
    of "GM's", one for a word written so by name, two for one of the `abbreviations` glued by
    its stop to a name ("Prof.Ali", "dr.Asik"), else `_unglue`'s."""
    if word == "s" or word == "S":
        return [] if possessive_ending(text, start, word) else [(start, start + 1)]
    if whole and _FOLDS[word] in whole:
        return [(start, start + len(word))]
    glued = _GLUED_STOP.fullmatch(word) if "." in word else None
    if glued and _FOLDS[glued[1]] in abbreviations:
        return [(start, start + glued.end(1)), (start + glued.start(2), start + len(word))]
    return _unglue(word, start)


def _head_of_office(word: str, lex: ActorLexicon, offices: set[str]) -> bool:
    """'Kakorlantas' (the head, "Ka", of Korlantas), 'Wakapolda': a head's prefix glued to an
    office's name, which the text writes on its own or which is an organization's head."""
    for prefix in lex.head_prefixes:
        rest = word[len(prefix) :]
        known = rest in offices or rest in lex.org_heads
        if word.startswith(prefix) and len(rest) >= 4 and known:
            return True
    return False


def office_of_head(word: str, lex: ActorLexicon) -> str | None:
    """'Kapolsek' -> 'Polsek', 'Wakapolda' -> 'Polda': the office a head's title is glued to,
    when it is an organization's head."""
    folded = fold(word)
    for prefix in lex.head_prefixes:
        if folded.startswith(prefix) and folded[len(prefix) :] in lex.org_heads:
            rest = word[len(prefix) :]
            return rest[0].upper() + rest[1:]
    return None


def office_of_premises(word: str, lex: ActorLexicon) -> str | None:
    """'mapolsek' -> 'polsek': the office whose headquarters a glued prefix names (folded), when
    it is an organization's head."""
    for prefix in lex.premises_prefixes:
        if word.startswith(prefix) and word[len(prefix) :] in lex.org_heads:
            return word[len(prefix) :]
    return None


def _prefix_initials(words: list[str], letters: str) -> bool:
    """`letters` are, in order, the first one or more letters of each of `words`."""
    if not words:
        return not letters
    first = words[0]
    return any(
        letters[:n] == first[:n] and _prefix_initials(words[1:], letters[n:])
        for n in range(1, min(len(first), len(letters) - len(words) + 1) + 1)
    )


def _name_abbreviation(word: str, abbreviations: frozenset[str]) -> bool:
    """'St' of "St. Thomas" (not "ST", a degree, nor "DS", a person's initials)."""
    return _FOLDS[word] in abbreviations and not word.isupper()


class _Folds(dict):
    """`fold` of each word seen, as a dict lookup (words repeat within and across articles)."""

    def __missing__(self, word: str) -> str:
        if len(self) >= 1 << 18:
            self.clear()  # bounded, however many articles one process reads
        value = self[word] = fold(word)
        return value


_FOLDS = _Folds()


def name_number(word: str) -> bool:
    """A number that may stand inside an organization's name: short ("SMA Negeri 1", "Yonif
    501"), or of four digits opening with a zero ("Kodim 0501"), never a year."""
    return word.isdigit() and (len(word) <= 3 or (len(word) == 4 and word[0] == "0"))


def titled_occupation(word: str, lex: ActorLexicon) -> bool:
    """A noun of what a person is that, capitalised right before a name, is its title: one the
    language's data lists ("Hakim Dedi", "Bishop Henry"), or a word list's that is no first name
    ("Singer Dana Reyes"; not "Victor Miranda")."""
    return word in lex.listed_occupations or (
        word in lex.occupations and word not in lex.first_names
    )


# Capitals and digits that may name an actor: "G20", "A380" (not "B2B2C", "DC-9", "A380-800F")
_NUMBERED_NAME = re.compile(r"[A-Z]{1,4}\d{1,3}")
TERM_YEARS = re.compile(r"\d{4}(?:[-–]\d{4})?")  # "2018-2023": the years of a title's term
DOTTED = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "U.S", "U.N": a dotted short form, its last stop apart
_LETTER_CODE = re.compile(r"[A-Z](?:-[A-Z\d]+)+")  # "E-TLE", "F-WWOW": a scheme, a registration
# Roman numbers of ordinals and ranges ("triwulan II-IV", "Komisi XII"): a part of a name at most
# "IV", "II-IV", "IV-2025" (a year's quarter)
_ROMAN = re.compile(
    r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})(?:[-–](?:(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})|\d{4}))?"
)
_CLAUSE_MARK = re.compile(f"[{re.escape(_CLAUSE_MARKS)}]")
_TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")  # split() keeps the words and what is between


def _body_sentences(doc: Document, toks: Tokens) -> list[bool]:
    """Sentences written as prose: not titles, headings, or title-case lines inside the body
    ("Kemenag Kawal Asta Cita"), whose capitals say nothing about names."""
    words = [0] * len(doc.sentences)
    capitals = [0] * len(doc.sentences)
    for sent, text, capital in zip(toks.sent, toks.text, toks.capital, strict=True):
        if text[0].isalpha():
            words[sent] += 1
            capitals[sent] += capital
    return [
        s.kind == "sentence"
        and (
            not (
                words[n] >= 4
                # a line ending like a sentence is prose unless every word is capitalised (a
                # quotation or bracket closing it ends no sentence by itself: '... Selesai
                # lewat "Restorative Justice"')
                and capitals[n] >= (1.0 if _ends_sentence(s.text) else 0.6) * words[n]
            )
            or _labelled_name(s.text)
        )
        # "Prabowo Sedang Pelajari", "Pelaku Menghilang": a line of two or three capitalised
        # words with no stop, a heading
        and not (2 <= words[n] == capitals[n] <= 3 and s.text[-1:].isalpha() and _line(doc, s))
        for n, s in enumerate(doc.sentences)
    ]


def _ends_sentence(text: str) -> bool:
    """The text ends with a sentence's stop or a bracket, or with quotation marks closing a
    quoted sentence ('..."' ends one; '... lewat "Restorative Justice"' does not)."""
    quotes = "\"”'’"
    if text[-1:] in quotes:
        return text.rstrip(quotes)[-1:] in ".!?,"
    return text[-1:] in ".!?)"


def _line(doc: Document, s: SentenceSpan) -> bool:
    """The sentence is a whole line of the text."""
    text = doc.text
    return (s.start == 0 or text[s.start - 1] == "\n") and (
        s.end >= len(text) or text[s.end] == "\n"
    )


def _labelled_name(text: str) -> bool:
    """'Presiden Komisaris: Edwin Soeryadjaya': a line of a list, a short label then a name."""
    label, colon, rest = text.partition(": ")
    return (
        bool(colon) and len(label.split()) <= 4 and 2 <= len(rest.split()) <= 5 and ":" not in rest
    )


def _capitalised(word: str, particles: frozenset[str]) -> bool:
    if word[0].isupper():
        return True
    # "al-Derazi", "bin-Salman": a name particle glued to a capitalised name (not "se-Indonesia").
    dash = word.find("-")
    return 0 < dash < len(word) - 1 and word[dash + 1].isupper() and word[:dash] in particles


def _unglue(word: str, offset: int) -> list[tuple[int, int]]:
    """Split a word at a lower-to-upper case change ("dilaporkanSaudi"): a lost space."""
    if word.islower() or word.isupper():
        return [(offset, offset + len(word))]
    dash = word.find("-")
    if 1 < dash < len(word) - 4 and word[:dash].isupper() and word[dash + 1 :].islower():
        # "DPR-termasuk": a short name, a dash, then the sentence goes on (not "COVID-19", nor
        # an enclitic: "BLT-nya")
        return [(offset, offset + dash), (offset + dash + 1, offset + len(word))]
    tail = word[1:]
    if tail.islower() or not any(c.isupper() for c in tail):  # islower(): none upper, fast
        return [(offset, offset + len(word))]
    if len(word) <= 5 and word[0].isupper():
        return [(offset, offset + len(word))]  # a short name written so: "NeXT", "McCoy"
    if word[0].isupper() and one_hump(word):
        return [(offset, offset + len(word))]  # "MacDonald", "DeLaurier", "DeSantis"
    if word[0].isupper() and word.isalpha() and sum(c.isupper() for c in word) == 2:
        second = next(i for i in range(1, len(word)) if word[i].isupper())
        if second <= 6:  # a brand in two short humps: "WordPress", "PayPal" (not a verb and
            return [(offset, offset + len(word))]  # a name glued: "DilansirharianKota")
    pieces = []
    start = 0
    for i in range(1, len(word)):
        if word[i].isupper() and word[i - 1].islower() and i - start >= 2:
            pieces.append((offset + start, offset + i))
            start = i
    pieces.append((offset + start, offset + len(word)))
    return pieces


# Written as literals, not `["“”]|\n\n`: the regex engine then skips to the next of their first
# characters at once (a class in the alternation makes it try every position), twice as fast.
_QUOTE_OR_PARAGRAPH = re.compile('"|“|”|\n\n')


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """[start, end) of each quotation; straight quotes toggle, curly ones open and close."""
    ranges: list[tuple[int, int]] = []
    opened = -1
    for match in _QUOTE_OR_PARAGRAPH.finditer(text):
        mark = match.group()
        if mark == "\n\n":
            opened = -1  # a quotation never runs across paragraphs here: stops runaway quotes
        elif opened < 0 and mark != "”":
            opened = match.start()
        elif opened >= 0 and mark != "“":
            ranges.append((opened, match.end()))
            opened = -1
    return ranges


class Inside:
    """Membership test for sorted, non-overlapping ranges."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.starts = [r[0] for r in ranges]
        self.ranges = ranges

    def __call__(self, offset: int) -> bool:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and self.ranges[i][0] <= offset < self.ranges[i][1]


@dataclass(slots=True)
class Marks:
    """Per-token lexicon marks, computed once: role/domain phrases, countries, heads."""

    role: list[bool]
    domain: list[bool]
    role_start: list[int]  # length of a role phrase starting here, else 0
    country: list[int]  # length of a country name starting here, else 0
    country_iso: dict[int, str]
    region: list[int]
    org_head: list[bool]
    media_head: list[bool]
    office_heads: set[int]  # "Kapolrestabes": a head's prefix glued to an office's name


def mark(toks: Tokens, lex: ActorLexicon) -> Marks:
    n = toks.n
    f = toks.fold
    m = Marks(
        [False] * n, [False] * n, [0] * n, [0] * n, {}, [0] * n, [False] * n, [False] * n, set()
    )
    capital = toks.capital
    roles, domains = lex.roles, lex.role_domains
    offices = None  # capitalised words of the text, asked for by `_head_of_office`
    # A mark starts only at a capitalised word or a word of the role and domain tables (an
    # ordinal's, after a title, is marked below): these few are picked out in C, and only they
    # are read here.
    opening = set(compress(count(), capital))
    opening.update(compress(count(), map(roles.__contains__, f)))
    opening.update(compress(count(), map(domains.__contains__, f)))
    if lex.role_prefixes:
        # (the dashed words picked out in C first: a few of all)
        dashed = compress(count(), map(operator.contains, f, repeat("-")))
        opening.update(i for i in dashed if _prefixed_role(f[i], lex))
    for i in sorted(opening):
        word = f[i]
        if word not in roles and "-" in word and _prefixed_role(word, lex):
            m.role_start[i] = 1  # "AEG Live Co-CEO Paul Gongaware", "co-founder Rina Wati"
            m.role[i] = True
        elif word in roles:
            length = match_at(roles, f, i)
            if lex.enclitics and i + 1 < n and f[i + 1].endswith(lex.enclitics):
                # "kuasa hukumnya X": a title of two words, its last with a pronoun's ending
                stem = next(f[i + 1][: -len(e)] for e in lex.enclitics if f[i + 1].endswith(e))
                if (word, stem) in roles[word] and length < 2:
                    length = 2
            if length == 1 and word in lex.stop_abbreviations and not _stop_after(toks, i):
                continue  # "Lun Sen": a name's word, not "Sen." (a senator) before a name
            m.role_start[i] = length
            for k in range(i, i + length):
                m.role[k] = True
        elif capital[i] and plural_title(word, lex) and _opens_names(toks, lex, i):
            m.role_start[i] = 1  # "Presidents Leon Kovar of Ukraine and Boris Tal of Russia"
            m.role[i] = True
        elif capital[i] and word.startswith(lex.head_prefixes):
            if offices is None:
                offices = set(compress(f, capital))
            if _head_of_office(word, lex, offices):
                m.role_start[i] = 1
                m.role[i] = True
                m.office_heads.add(i)
        if word in domains and not _party_before_its_title(f, i, capital, lex):
            for k in range(i, i + match_at(domains, f, i)):
                m.domain[k] = True
        elif "-" in word and toks.text[i].isupper():
            # "Kepala Dinas PUPR-PKPP": two portfolios' short forms joined, the first one known
            first = word.partition("-")[0]
            m.domain[i] = match_at(domains, [first], 0) == 1
        if not capital[i]:
            continue  # names of countries, regions and organizations are capitalised
        if word in lex.countries:
            length, iso = lex.country_at(f, i)
            surname = (  # "Lia Jordan", "Tom Chad": a first name's surname
                length == 1
                and i > 0
                and capital[i - 1]
                and toks.gap[i] == " "
                and f[i - 1] in lex.first_names
                and f[i - 1] not in lex.common_words
                and toks.sent[i - 1] == toks.sent[i]
                and not match_at(lex.regions, f, i - 1)  # ("North America": a region)
            )
            if length and not surname:
                m.country[i] = length
                m.country_iso[i] = iso
        if word in lex.regions:
            m.region[i] = match_at(lex.regions, f, i)
        if word in lex.org_heads:
            for k in range(i, i + match_at(lex.org_heads, f, i)):
                m.org_head[k] = capital[k]
        elif capital[i] and lex.premises_prefixes and office_of_premises(word, lex):
            m.org_head[i] = True  # "Mapolsek Sayung": the headquarters of Polsek Sayung
        if word in lex.premises and (length := match_at(lex.premises, f, i)) > 1:
            for k in range(i, i + length):
                m.org_head[k] = capital[k]  # "Media Center Badan ...": opens a body's name
        if word in lex.media_heads:
            for k in range(i, i + match_at(lex.media_heads, f, i)):
                m.media_head[k] = capital[k]
    for i in compress(range(n), map(lex.name_titles.__contains__, f)):
        # "Wali Kota Sukamaju, Ratu Anggraini": a title that is a given name too opens the name
        # after another title's apposition comma (a holder's name, not a second title)
        if (
            m.role_start[i] == 1
            and 1 < i < n - 1
            and capital[i + 1]
            and toks.gap[i].strip() == ","
            and toks.sent[i + 1] == toks.sent[i]
            and any(m.role[x] and toks.sent[x] == toks.sent[i] for x in range(max(0, i - 4), i))
        ):
            m.role[i], m.role_start[i] = False, 0
    _person_named_with_head(toks, lex, m)
    _place_named_with_title(toks, lex, m)
    if lex.ordinal is not None:
        # "Presiden ke-7 Hendra Arief", "Presiden RI ke-7 Hendra Arief": the title's rank, right
        # after it or its country or region (read after the titles are all marked: only the
        # words right after one are tried)
        after_title = set(compress(range(1, n), m.role))
        for start in compress(range(1, n), m.role):  # (a title's next word: a place's start?)
            length = m.country[start] or m.region[start]
            if length and start + length < n:
                after_title.add(start + length)
        for i in sorted(after_title):
            if f[i] not in domains and lex.ordinal.fullmatch(f[i]):
                m.domain[i] = True
    # An office named after a title ("Kantor Staf Presiden"): a head, its title word no title
    for i in compress(range(n), map(lex.titled_offices.__contains__, f)):
        for k in range(i, i + match_at(lex.titled_offices, f, i)):
            m.org_head[k], m.role[k], m.role_start[k] = capital[k], False, 0
    # A rank of words written out holds no title ("Ajun Komisaris Budi": no company's commissioner)
    for i in compress(range(n), map(lex.ranks.__contains__, f)):
        length = match_at(lex.ranks, f, i)
        if length > 1:
            for k in range(i, i + length):
                m.role[k], m.role_start[k] = False, 0
    # A head word inside a country's name ("Amerika Serikat", "Uni Emirat Arab") is not a head.
    for i in m.country_iso:  # the tokens where a country's name starts
        for k in range(i, i + m.country[i]):
            m.org_head[k] = m.media_head[k] = False
    return m


def _party_before_its_title(f: list[str], i: int, capital: list[bool], lex: ActorLexicon) -> bool:
    """'Labour MP Dana Reyes': a party's form, capitalised, right before a title its members
    hold, is the party, no portfolio ("Labour Minister": the portfolio)."""
    length = match_at(lex.party_forms, f, i) if capital[i] else 0
    return bool(length) and i + length < len(f) and bool(match_at(lex.party_titles, f, i + length))


def _person_named_with_head(toks: Tokens, lex: ActorLexicon, m: Marks) -> None:
    """'CEO Apple, Tim Cook': a head of organizations' names that is a given name too, with
    one capitalised word after it that is no common word, short form or head, named right after
    another title's apposition comma, is a person's name there and wherever the text writes it
    ("ujar Tim Cook"), no organization's."""
    f, capital, n = toks.fold, toks.capital, toks.n
    heads = [
        i
        for i in compress(range(1, n - 1), map(lex.name_heads.__contains__, f[1:-1]))
        if capital[i]
        and capital[i + 1]
        and toks.sent[i + 1] == toks.sent[i]
        and toks.gap[i + 1] == " "
        and f[i + 1] not in lex.common_words
        and not toks.is_acronym(i + 1)
        and not m.org_head[i + 1]
        and not m.role[i + 1]
        and (i + 2 >= n or not capital[i + 2] or toks.gap[i + 2] != " ")
    ]
    named = {
        (f[i], f[i + 1])
        for i in heads
        if toks.gap[i].strip() == ","
        and any(m.role[x] and toks.sent[x] == toks.sent[i] for x in range(max(0, i - 4), i))
    }
    for i in heads:
        if (f[i], f[i + 1]) in named:
            m.org_head[i] = False


def _place_named_with_title(toks: Tokens, lex: ActorLexicon, m: Marks) -> None:
    """'di Raja Ampat': a title that is a given name too, with the word after it, named right
    after a place preposition somewhere in the text, is a place's name there and everywhere
    ("Raja Ampat merupakan wilayah konservasi"), no title and its holder."""
    f, capital = toks.fold, toks.capital
    titled = [
        i
        for i in compress(range(toks.n - 1), map(lex.name_titles.__contains__, f[:-1]))
        if capital[i] and capital[i + 1] and toks.sent[i + 1] == toks.sent[i]
    ]
    placed = {
        (f[i], f[i + 1])
        for i in titled
        if i > 0 and toks.sent[i - 1] == toks.sent[i] and f[i - 1] in lex.place_prepositions
    }
    for i in titled:
        if (f[i], f[i + 1]) in placed:
            m.role[i], m.role_start[i] = False, 0


def _prefixed_role(word: str, lex: ActorLexicon) -> bool:
    """'co-ceo', 'co-founder', 'ex-president': a title of one word after a prefix of the
    language's `role_prefixes` and a dash."""
    prefix, _, rest = word.partition("-")
    return prefix in lex.role_prefixes and (rest,) in lex.roles.get(rest, ())


def _stop_after(toks: Tokens, i: int) -> bool:
    return i + 1 < toks.n and toks.gap[i + 1].startswith(".")


def plural_title(word: str, lex: ActorLexicon) -> bool:
    """A one-word title in its plural form ("Presidents"), by the language's plural suffixes."""
    return any(
        word.endswith(ending) and match_at(lex.roles, [word[: -len(ending)]], 0) == 1
        for ending in lex.plural_suffixes
    )


def _opens_names(toks: Tokens, lex: ActorLexicon, i: int) -> bool:
    """Word i opens a run of capitalised words and a given name follows it ("Presidents Leon
    Kovar", not "Mortgage Bankers Association", "the Chiefs")."""
    return (
        (i == 0 or toks.sent[i - 1] != toks.sent[i] or not toks.capital[i - 1])
        and i + 1 < toks.n
        and toks.sent[i + 1] == toks.sent[i]
        and toks.fold[i + 1] in lex.first_names
    )


ADDRESS_PARTS = 5  # parts of an address between a title and its holder ("Desa X, Kecamatan Y,")
ADDRESS_WORDS = 4  # words of one part


class Finder:
    """Finds the candidate mentions of one document."""

    def __init__(self, doc: Document, lex: ActorLexicon) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex = lex
        self.toks = tokenize(
            doc, lex.connectors, lex.platforms, lex.stops_before_names, lex.compound_words
        )
        self.thing_ends: set[int] = set()  # where the names of things end (see `add`)
        self.thing_short_forms: set[str] = set()  # short forms of things spelled out so far
        self.marks = mark(self.toks, lex)
        quotes = self.quotes = quoted_ranges(doc.text)
        self.in_quote = Inside(quotes)
        self.quote_closers = {end - 1 for _start, end in quotes}
        toks = self.toks
        self.body = _body_sentences(doc, toks)
        # Words seen capitalised away from a sentence start, and words seen in lower case: a
        # sentence's first word is a name only if it is capitalised elsewhere too; a lone
        # capitalised word also written in lower case is a common word. Capitalised words are
        # a few of all, so they are listed once and the sets below read only them (or are
        # built in C: `compress` keeps the words whose flag is set).
        fold, words, capital, sent = toks.fold, toks.text, toks.capital, toks.sent
        body, initial = self.body, toks.initial
        capitalised = self.capitalised = list(compress(count(), capital))
        self.known_caps = {fold[i] for i in capitalised if body[sent[i]] and not initial[i]}
        self.lower_words = set(compress(fold, map(str.islower, words)))
        self.known_stems = set(compress(fold, capital))
        # Capitalised words that open a run of capitals somewhere (a name used on its own), not
        # as a bracketed short form ("Jawa Barat (Jabar)").
        gaps = toks.gap
        self.run_starts = {
            fold[i]
            for i in capitalised
            if (i == 0 or not capital[i - 1] or sent[i - 1] != sent[i] or gaps[i] != " ")
            and not gaps[i].endswith("(")
        }
        self.common_acronyms = self._common_acronyms()
        # the words a bracketed short form spells by their syllables ("Minerba"), and those
        # any short form spells, by initials too ("BMKG")
        brackets = list(compress(count(), map(str.endswith, toks.gap, repeat("("))))
        syllables = {a: self._syllables_spelled(a) for a in brackets}
        self.syllable_words = {w for words in syllables.values() for w in words}
        # a body's short form by syllables ("Badan Pangan Nasional (Bapanas)"): the body, never
        # a word of a person's name ("Sekretaris Utama Bapanas Sarwo Edhy")
        self.body_short_forms = {
            fold[a] for a, words in syllables.items() if any(self.marks.org_head[w] for w in words)
        }
        self.spelled_words = self._words_spelled_by_acronyms(brackets) | self.syllable_words
        self.spelled_inside = self._spelled_inside()
        self.head_openers: set[str] | None = None  # read by `_opens_headed_name`, built once
        self.candidates: list[Candidate] = []
        self.acronym_next: dict[str, set[str]] | None = None  # what follows each acronym
        self.bracketed_acronyms: set[str] | None = None  # short names spelled out before them
        self.placed_words: set[str] | None = None  # words written after a place preposition
        self.surnames: set[str] | None = None
        self.spoken_names: frozenset[str] | None = None  # see `_spoken_name`
        self.first_words: dict[str, list[int]] | None = None  # see `_written_apart`
        self.office_words: set[str] | None = None  # words written right after an office's head
        self.person_tokens: set[int] | None = None  # tokens of people's names (roles.py)
        self.cued_starts: set[int] | None = None  # where person-cued names start (roles.py)
        self.inner_name_tokens: set[int] | None = None  # names' words but their last (roles.py)
        self._enclitics = tuple("-" + e for e in lex.enclitics)  # "BLT-nya" keeps its name

    # --- tokens ---------------------------------------------------------------------------------

    def lexical(self, i: int) -> bool:
        """A word the lexicon knows as part of a name or title."""
        f = self.toks.fold[i]
        lex, m = self.lex, self.marks
        return bool(
            ("." in self.toks.text[i] and _DOMAIN.search(self.toks.text[i]))
            or m.role[i]
            or m.country[i]
            or m.region[i]
            or m.org_head[i]
            or m.media_head[i]
            or f in lex.honorifics
            or f in lex.name_prefixes
            or match_at(lex.ranks, self.toks.fold, i)
            or f in lex.group_cues
            or lex.demonym(f)
        )

    def _initials_after_person_noun(self, i: int) -> bool:
        """Word i is written in capitals right after a lower-case noun of a case's person or a
        word introducing a name ("tersangka RP", "berinisial RP"): a person's initials."""
        toks, lex = self.toks, self.lex
        return (
            i > 0
            and toks.text[i].isupper()
            and toks.text[i].isalpha()
            and len(toks.text[i]) <= 3  # (not "pelaku UMKM", the small businesses)
            and toks.gap[i] == " "
            and toks.text[i - 1].islower()
            and (toks.fold[i - 1] in lex.person_nouns or toks.fold[i - 1] in lex.name_introducers)
        )

    def breaks(self, i: int) -> bool:
        """Capitalised words that are never part of a name (but any word a bracketed short form
        after it spells: "PT Sinar Kita Jaya (SKJ)")."""
        if i in self.spelled_words:
            return False
        f = self.toks.fold[i]
        lex = self.lex
        if "-" in f:
            f = f.split("-")[0]  # "September-Oktober", "Bapak-Ibu"
            if f in lex.honorifics:
                return True
        if self._initials_after_person_noun(i):
            return False  # "tersangka RP": a person's initials, though "Rp" is money
        stop = (
            f in lex.stop_words
            or (
                lex.verb_shape is not None
                and lex.verb_shape.fullmatch(f) is not None
                and not self.toks.text[i].isupper()  # (a line in capitals says nothing)
            )
            or f in lex.calendar_words
            or f in lex.pronouns
            or self.toks.text[i] in lex.stop_acronyms
        )
        if stop and self.marks.domain[i] and i > 0 and self.toks.gap[i] == " ":
            m = self.marks
            # "Menteri Dalam Negeri", "Kementerian Dalam Negeri": a portfolio (not after a
            # common word: "pendidikan SDM kita")
            capital = self.toks.capital[i - 1]
            return not (m.role[i - 1] or (m.domain[i - 1] and capital) or m.org_head[i - 1])
        if stop and i > 0 and self.toks.gap[i] == " " and self.marks.org_head[i - 1]:
            return not self.toks.is_acronym(i)  # "Satgas PHK": a body named by what it is for
        if stop and self._initial_with_stop(i) and self._after_first_name(i, rare=False):
            return False  # "Tom A. Harlan": a middle initial, not the article
        if stop and f in lex.calendar_words and self._date_in_body_name(i):
            return False  # "Universitas Sebelas Maret", "Universitas 17 Agustus 1945": a name
        if stop and f in lex.calendar_words and self._given_name_between_names(i):
            return False  # "Direktur BI Juli Wirasena", "Director April Varga": a given name
        if stop and f in lex.calendar_words and self._given_name_before_surname(i):
            return False  # "Jan Harlowsky, an Ohio Democrat, said": a given name
        return stop

    def _date_in_body_name(self, i: int) -> bool:
        """Month word i follows a day written capitalised or in digits right after a body's
        head: the body is named after the date ("Universitas Sebelas Maret")."""
        toks = self.toks
        if i < 2 or toks.gap[i] != " " or toks.gap[i - 1] != " ":
            return False
        day = toks.fold[i - 1]
        return (
            (day in self.lex.number_words and toks.capital[i - 1]) or toks.text[i - 1].isdigit()
        ) and bool(self.marks.org_head[i - 2])

    def _given_name_before_surname(self, i: int) -> bool:
        """A calendar word that is also a given name, then a rare capitalised word that ends a
        subject: an apposition's comma or a verb of saying after it."""
        toks, lex = self.toks, self.lex
        k = i + 1
        if toks.fold[i] not in lex.first_names or k >= toks.n or toks.sent[k] != toks.sent[i]:
            return False
        if toks.gap[k] != " " or not toks.capital[k] or toks.fold[k] in lex.calendar_words:
            return False
        if not self._rare(k) or self.lexical(k):
            return False
        end = k + 1
        return (
            end >= toks.n
            or toks.sent[end] != toks.sent[i]
            or toks.gap[end].strip() == ","
            or toks.fold[end] in lex.speech_verbs
        )

    def _given_name_between_names(self, i: int) -> bool:
        """A calendar word that is also a given name, between a capitalised word and a name."""
        toks, lex = self.toks, self.lex
        # (the month first: `joins` asks this of every word of a run)
        if toks.fold[i] not in lex.calendar_words or toks.fold[i] not in lex.first_names:
            return False
        if i < 2 or i + 1 >= toks.n:
            return False
        if toks.sent[i - 2] != toks.sent[i - 1] or toks.sent[i + 1] != toks.sent[i]:
            return False  # "In April Varga left": the word before opens the sentence
        after = toks.fold[i + 1]
        return (
            (toks.capital[i - 1] or self.marks.role[i - 1])
            and toks.gap[i] == " "
            and toks.gap[i + 1] == " "
            and toks.capital[i + 1]
            and (after in lex.first_names or after in lex.last_names)
            and after not in lex.common_words
            and after not in lex.calendar_words
        )

    def _in_numbered_code(self, i: int) -> bool:
        """Token i is a part of a code of parts joined by slashes, one of them a number."""
        text, start, end = self.text, self.toks.start[i], self.toks.end[i]
        if text[start - 1 : start] != "/" and text[end : end + 1] != "/":
            return False  # ("TNI/Polri": two bodies; most words have no slash at all)
        left = start
        while left > 0 and not text[left - 1].isspace():
            left -= 1
        right = end
        while right < len(text) and not text[right].isspace():
            right += 1
        return any(c.isdigit() for c in text[left:right])

    def _compound_adjective(self, k: int) -> bool:
        """Token k is a capitalised name made an adjective by its dash ("Francisco-based")."""
        word = self.toks.text[k]
        return (
            "-" in word
            and self.toks.capital[k]
            and word.rpartition("-")[2] in self.lex.compound_suffixes
        )

    def nameish(self, i: int) -> bool:
        toks = self.toks
        if not toks.capital[i]:
            return False  # most words: tested first, as this runs once per word
        word = toks.text[i]
        if "-" in word:
            head, _, tail = word.rpartition("-")
            if tail in self.lex.compound_suffixes or head.lower() == tail:
                # "Chicago-based": a place made an adjective; "Negara-negara": a plural noun
                # opening a sentence (but "Kim Dae-sung" is a name)
                return False
        digits = not word.isalpha() and any(c.isdigit() for c in word)  # isalpha(): none, fast
        if digits and (not toks.is_acronym(i) or not _NUMBERED_NAME.fullmatch(word)):
            return False  # "Rp300.000", "PRINT-02", "COVID-19", "DC-9": an amount or a code
        if digits and word[3:4].isdigit() and fold(word[:3]) in self.lex.currencies:
            return False  # "USD100 juta", "SGD352": an amount glued to its currency
        if "-" in word and word.isupper() and _LETTER_CODE.fullmatch(word):
            return False
        if word.isupper() and toks.fold[i] in self.lex.currencies and self._money_code(i):
            return False  # "USD", "IDR", "ISK 600": a currency, not an actor
        if word.isupper() and self._in_numbered_code(i):
            return False  # "No. 24/105/KEP/DIR", "7/PID.SUS/2025/PN.Jkt": a register number
        # (a unit named by its number in a title is no code: "Ketua RT 05 RW 03")
        if (
            word.isupper()
            and i > 0
            and toks.text[i - 1].isdigit()
            and self.toks.gap[i] == " "
            and not self._numbered_unit_in_title(i)
        ):
            return False  # "600 SM", "Pasal 311 KUHP": an era, a unit or a code after its number
        after = self.text[toks.end[i] : toks.end[i] + 3].lstrip()[:1]
        if after == "$" or (
            after.isdigit()
            and not self._in_org_name(i)
            and not self._after_first_name(i)
            and not self._numbered_unit_in_title(i)
        ):  # "US$", "Rp 30" (not "Tony Blairwood 10 days ago")
            return False
        if (
            toks.glued[i]
            and i + 1 < toks.n
            and toks.glued[i + 1]
            and toks.sent[i + 1] == toks.sent[i]
        ):
            return False  # glued on both sides ("...dariNewsdariNew"): a fragment, not a word
        if self.breaks(i):
            return False
        if (
            toks.initial[i]
            and toks.fold[i] not in self.known_caps
            and not self.lexical(i)
            and not match_at(self.lex.party_forms, toks.fold, i)  # "Labour's Tom Harlan"
        ):
            # A sentence's first word is a name when another name follows it ("Maria Santos
            # said") and it is never written in lower case; or when a verb of saying follows
            # it and it is no common word ("Zorbat mengatakan").
            if self._speech_verb(i):
                return False  # "Replied Orvex Department spokesman ...": a verb opens it
            nxt = i + 1
            if (
                nxt < toks.n
                and toks.sent[nxt] == toks.sent[i]
                and (toks.fold[nxt] in self.lex.speech_verbs or self._title_then_name(nxt))
                and toks.fold[i] not in self.lower_words
                and self._rare(i)
            ):
                return True  # "Zorbat mengatakan", "Airbus CEO Tom Enders"
            if self._introduced_to_title(i) and toks.fold[i] not in self.lower_words:
                return True  # "Agusrianto, selaku Kabag Umum ...": a person given a title
            if (
                self._age_after(i + 1)
                and toks.fold[i] not in self.lower_words
                and self._could_be_aged(i, i + 1)
            ):
                return True  # "Sari (45), penjual minuman ...": a person, with the age
            f = toks.fold[i]
            if (f in self.lex.first_names or f in self.lex.last_names) and (
                (
                    f not in self.lower_words
                    and (f not in self.lex.frequent_words or self._described_after(i))
                )
                or self._described_as_one_of(i)
            ):
                # "Olivia mengawali kariernya": a person's name, rare as a word; "Budi,
                # pedagang di pasar itu, mengaku ...": one the apposition after it describes
                return True
            if (
                nxt < toks.n
                and toks.sent[nxt] == toks.sent[i]
                and self._title_then_name(nxt)
                and self._opens_headed_name(f)
            ):
                return True  # "Apple CEO Dana Reyes" where the text names "Apple Computer"
            return toks.is_acronym(i) or (
                nxt < toks.n
                and toks.sent[nxt] == toks.sent[i]
                and self.toks.gap[nxt] == " "
                and self.nameish(nxt)
                and toks.fold[i] not in self.lower_words
                and toks.fold[nxt] in self.known_caps
                and (not self.lexical(nxt) or self._head_closes(nxt))
            )
        return True

    def _described_after(self, i: int) -> bool:
        """After word i, a comma and (an article, then) a lower-case noun of what a person is:
        "Budi, pedagang ...", "Budi, salah satu wali murid ..."."""
        toks, lex = self.toks, self.lex
        k = i + 1
        if k >= toks.n or toks.sent[k] != toks.sent[i] or toks.gap[k].strip() != ",":
            return False
        k += match_at(lex.article_phrases, toks.fold, k)
        if k >= toks.n or toks.sent[k] != toks.sent[i] or not toks.text[k].islower():
            return False
        f = toks.fold[k]
        return f in lex.occupations or f in lex.described_nouns or f in lex.person_nouns

    def _described_as_one_of(self, i: int) -> bool:
        """Word i, then a comma, an article of more words and a noun of what a person is:
        "Hari, salah satu wali murid, ...": a person, though the word is a common one too."""
        k = i + 1
        toks = self.toks
        if k >= toks.n or toks.gap[k].strip() != ",":
            return False
        n = match_at(self.lex.article_phrases, toks.fold, k)
        return n > 1 and self._described_after(i)

    def _introduced_to_title(self, i: int) -> bool:
        """A rare word, then (after a comma) one of the `role_introducers` and a capitalised
        title: "Agusrianto, selaku Kabag SDM ...", "Rina selaku Ketua ..." (no place's name)."""
        toks, m = self.toks, self.marks
        k = i + 1
        if k >= toks.n or toks.sent[k] != toks.sent[i] or toks.gap[k].strip() not in ("", ","):
            return False
        n = match_at(self.lex.role_introducers, toks.fold, k)
        return (
            bool(n)
            and k + n < toks.n
            and toks.sent[k + n] == toks.sent[i]
            and toks.capital[k + n]
            and m.role[k + n]
            and self._rare(i)
            and not (m.region[i] or m.country[i] or m.org_head[i])
        )

    def _head_closes(self, k: int) -> bool:
        """'National Motors was ...': an organization's head ends the run at k, so the word
        before it is its name's ("Central Bank"), not a sentence's opening word. Only where
        heads follow their names (as org nouns follow them: "the Unite union"); elsewhere the
        word before a one-word body is the sentence's ("Personel Polri ...")."""
        toks, m = self.toks, self.marks
        if not (self.lex.org_noun_follows and m.org_head[k]):
            return False
        # heads in a row end the run too ("General Airways Corporation")
        while (
            k + 1 < toks.n
            and m.org_head[k + 1]
            and toks.sent[k + 1] == toks.sent[k]
            and self.toks.gap[k + 1] == " "
        ):
            k += 1
        return bool(
            not match_at(self.lex.org_heads, toks.fold, k) > 1
            and (
                k + 1 >= toks.n
                or toks.sent[k + 1] != toks.sent[k]
                or not toks.capital[k + 1]
                or self.toks.gap[k + 1] != " "  # "General Airways Corporation (GAC)"
            )
        )

    def _common_acronyms(self) -> set[str]:
        """Acronyms defined by a lower-case phrase, before or after them: 'hak asasi manusia
        (HAM)', 'kekayaan negara yang dipisahkan (KND)', 'PMN (penyertaan modal negara)',
        'non-delivery forward (NDF)' name no actor."""
        out: set[str] = set()
        toks = self.toks
        gaps = toks.gap
        # the gap first, over all words in C: a bracket before a word is rare
        bracketed = compress(count(), map(str.endswith, gaps, repeat("(")))
        for i in bracketed:
            if i > 0 and toks.is_acronym(i) and self._spelled(i, range(i - 1, -1, -1)):
                out.add(toks.fold[i])  # "hak asasi manusia (HAM)"
            elif i > 0 and toks.is_acronym(i - 1) and self._spelled(i - 1, range(i, toks.n)):
                out.add(toks.fold[i - 1])  # "PMN (penyertaan modal negara)"
        # a unit after a measure, wherever it is written: "0,11° LS", "2,5 GWh"
        units = {
            toks.fold[i + 1]
            for i in compress(count(), map(str.isdigit, toks.text))
            if i + 1 < toks.n and toks.is_acronym(i + 1) and self._measure_before(i + 1)
        }
        if units:  # (and never written otherwise)
            units.difference_update(
                toks.fold[k]
                for k in range(toks.n)
                if toks.fold[k] in units and not self._measure_before(k)
            )
        return out | units

    def _degree(self, k: int) -> bool:
        """The word at k is an academic degree, with stops or without ("S.I.K.", "SIK")."""
        return self.toks.fold[k].replace(".", "") in self.lex.degrees

    def _degree_after_name(self, i: int) -> bool:
        """The degree at i closes a list of them after a name, set off by commas."""
        toks = self.toks
        return (
            self._degree(i)
            and toks.gap[i].lstrip(".") == ", "  # (after a degree's stop: "S.I.K., M.H.")
            and toks.capital[i - 1]
            and toks.sent[i - 1] == toks.sent[i]
            and (i + 1 == toks.n or toks.sent[i + 1] != toks.sent[i] or toks.gap[i + 1][:1] in ",.")
        )

    def _measure_before(self, k: int) -> bool:
        """The word before k closes a number with a fraction or a degree sign ("0,11°")."""
        toks = self.toks
        return (
            k >= 2
            and toks.text[k - 1].isdigit()
            and toks.gap[k] in (" ", "° ", "°")
            and (
                toks.gap[k] != " " or (toks.gap[k - 1] in (",", ".") and toks.text[k - 2].isdigit())
            )
        )

    def _spelled(self, i: int, words: range) -> bool:
        """The lower-case words at `words` (read outwards from the acronym at i, in its sentence)
        spell its letters by their initials, each part of a dashed word too; a short word
        spelling none may stand between ("kekayaan negara yang dipisahkan")."""
        toks = self.toks
        letters = toks.text[i].replace("-", "").replace(".", "").lower()
        backwards = words.step < 0
        want = letters[::-1] if backwards else letters
        initials: list[str] = []
        for k in words:
            word = toks.text[k]
            if toks.sent[k] != toks.sent[i] or not word.islower() or len(initials) >= len(letters):
                break
            parts = [p[0] for p in word.split("-") if p]
            if backwards:
                parts.reverse()
            for spelt in (parts, [word[0]]):  # "non-delivery": n, d; "rata-rata": r
                if "".join(initials + spelt) == want[: len(initials) + len(spelt)]:
                    initials += spelt
                    break
            else:
                if len(word) <= 4:
                    continue  # "yang", "to", "of": a short word spelling no letter
                return False
        return len(initials) == len(letters) and len(letters) >= 2

    # --- runs of capitalised words --------------------------------------------------------------

    def find(self) -> list[Candidate]:
        toks = self.toks
        n = toks.n
        sent, body = toks.sent, self.body
        after = 0  # where the last run ended
        for i in self.capitalised:  # a run opens with a capitalised word, after the last run
            if (
                i < after
                or not body[sent[i]]
                or not self.nameish(i)
                or toks.fold[i] in self.common_acronyms
            ):
                continue
            j = i + 1
            while j < n and toks.sent[j] == toks.sent[i] and self.joins(j):
                if (
                    self.nameish(j)
                    or self._number_in_org(i, j)
                    or (
                        toks.fold[j] in self.lex.connectors
                        and j + 1 < n
                        and self.toks.gap[j + 1] == " "
                        and toks.sent[j + 1] == toks.sent[i]
                        and (self.nameish(j + 1) or toks.fold[j + 1] in self.lex.connectors)
                        and toks.fold[j + 1] not in self.lex.designators  # "for the No. 2"
                        and not self._person_then_relation(i, j)
                    )
                    or self._topic_after_head(j)
                ):
                    j += 1
                else:
                    break
            while j > i + 1 and toks.fold[j - 1] in self.lex.connectors:
                j -= 1
            j = self._portfolio_list_end(i, j)
            while (past := self._org_name_past_conjunction(i, j)) > j:
                j = past  # ("Badan Pengendalian dan Pengawasan ... Kelautan dan Perikanan")
            # (a number inside a body's name after a listed portfolio: "Wakasek Sarana dan
            # Prasarana SMPN 2 Jalancagak")
            while (
                j + 1 < n
                and toks.sent[j] == toks.sent[i]
                and self.joins(j)
                and self._number_in_org(i, j)
                and self.joins(j + 1)
                and toks.sent[j + 1] == toks.sent[i]
                and self.nameish(j + 1)
            ):
                j += 2
                while j < n and toks.sent[j] == toks.sent[i] and self.joins(j) and self.nameish(j):
                    j += 1
            if j > i + 1 and toks.fold[j - 1] in self.lex.designators:
                j -= 1  # "Adam Air Flight 574": the flight is the airline's, the actor the airline
            elif j == i + 1 and toks.fold[i] in self.lex.designators:
                after = j  # "Nomor: 12/2025", "Flight 574": a number's label, no name
                continue
            if j == i + 1 and self._degree_after_name(i):
                after = j  # "dr. Mesty Ariotedjo, Sp.A, MPH, dalam ...": her degrees
                continue
            if self._bracketed_short_title(i, j):
                after = j  # "Kepala Seksi Pidana Khusus (Kasi Pidsus)": the title again, short
                continue
            if j < n and toks.gap[j] == " " and self._compound_adjective(j):
                after = j  # "San Francisco-based": the place's first words, made an adjective
                continue
            name_end = j
            while (
                name_end > i + 1
                and self._degree(name_end - 1)
                and (self._degree(name_end - 2) or self._rare(name_end - 2))
            ):
                name_end -= 1  # "Agus Pratomo SH": a degree after a name is no part of it
            self.run(i, name_end)
            after = self._place_after_short_form(i, j) or j
        self.lowercase_mentions()
        self.candidates.sort(key=lambda c: (c.start, -c.end))
        self._surnames_named_as_countries()
        self.link_brackets()
        self.mark_context()
        return self.candidates

    def _place_after_short_form(self, i: int, j: int) -> int | None:
        """'Pengadilan Negeri (PN) Medan', 'Dinas Pendidikan (Disdik) Jawa Barat': an office's
        name, its short form in brackets, then the place it serves (a region's or a country's
        name, or after a word saying a place follows, one or two capitalised words): the place
        closes the office's name. So does the body's own name where no holder can follow the
        short form ('Kelompok Tani Hutan (KTH) Bina Lestari'). Returns where the closing words
        end, their words read."""
        toks, m, lex = self.toks, self.marks, self.lex
        p = j + 1  # the word after the bracketed short form
        if p >= toks.n or toks.sent[p] != toks.sent[i] or not toks.capital[p]:
            return None
        if (
            toks.gap[j].strip() != "("
            or toks.gap[p].strip() != ")"
            or not toks.gap[p].endswith(" ")
        ):
            return None
        office = next(
            (c for c in reversed(self.candidates) if c.last == j and c.kind == "org"), None
        )
        if office is None or not m.org_head[office.first] or office.last - office.first < 2:
            return None
        length, named = m.region[p] or m.country[p], False
        if length:
            while p + length < toks.n and toks.fold[p + length] in lex.place_tails:
                length += 1
        elif m.domain[p] and not m.role[p] and not lex.noun_last:
            # "Badan Penyelenggara Jaminan Sosial (BPJS) Kesehatan": the body's field
            while p + length < toks.n and m.domain[p + length] and toks.capital[p + length]:
                length += 1
        elif toks.fold[j - 1] in lex.regional_words:
            run = 1
            while (
                p + run < toks.n
                and toks.capital[p + run]
                and toks.gap[p + run] == " "
                and toks.sent[p + run] == toks.sent[p]
            ):
                run += 1
            length = run if run <= 2 else 0  # (not "UIN Maulana Malik Ibrahim": a name)
            while length and toks.fold[p + length - 1] in lex.designators:
                length -= 1  # "Pengadilan Negeri (PN) Lembata Nomor 1/...": a case's number
            if (
                length
                and p + length < toks.n
                and toks.gap[p + length] == " "
                and toks.sent[p + length] == toks.sent[p]
                and name_number(toks.text[p + length])
            ):
                length += 1  # "Sekolah Dasar Negeri (SDN) Tamberu 2": the school's number
            if run > 2 and self.placed(p):
                # "Kejaksaan Negeri (Kejari) Lembata Dedi Hartono" ("di Lembata" elsewhere):
                # the place's words, then a given name opening the holder's
                length = next(
                    (
                        q - p
                        for q in (p + 1, p + 2)
                        if q + 1 < p + run and toks.fold[q] in lex.first_names
                    ),
                    0,
                )
        if not length and (
            (title := self._title_opening(office.first)) is None
            or self._holder_named_before(title)
            or self._holder_after_body_name(p)
        ):
            # "Kelompok Tani Hutan (KTH) Bina Lestari", "Kantor Pelayanan Pajak (KPP) Pratama
            # Sukamaju": with no title before the body, or the title's holder named before it,
            # no holder's name can follow its short form; the capitalised words there close
            # the body's own name (a given name too: "Universitas Islam Negeri (UIN) Maulana
            # Malik Ibrahim")
            named = True
            run = self._body_name_run(p)
            if run < 3 and self._numbered_name_end(p + run, p):
                run += 2  # "Sekolah Dasar (SD) Prapag Lor 01": its last word and its number
            # (a longer run: no telling where a name starts; a run with a short form of its
            # own is a name of its own: "Badan Pusat Statistik (BPS) Indeks Pembangunan Manusia
            # (IPM)")
            followed = p + run < toks.n and (
                (toks.capital[p + run] and toks.gap[p + run] == " ")
                or toks.gap[p + run].strip() == "("
            )
            length = 0 if followed or not run else run
            if title is not None and (p + length >= toks.n or toks.gap[p + length].strip() != ","):
                length = 0  # (an apposition closes at a comma)
        if not length or m.role[p] or toks.fold[p] in lex.honorifics:
            return None
        if not named and (toks.fold[p] in lex.first_names or toks.fold[p] in lex.name_prefixes):
            return None
        office.text = f"{office.text} {self.text[toks.start[p] : toks.end[p + length - 1]]}"
        office.place_words = tuple(toks.fold[p : p + length])
        self.run(j, p)  # the short form, read before the place: the office's other name
        return p + length

    def _body_name_run(self, p: int) -> int:
        """How many words of a body's own name (up to three) run from word p, one space apart
        in one sentence."""
        toks = self.toks
        run = 0
        while (
            run < 3
            and p + run < toks.n
            and (run == 0 or (toks.gap[p + run] == " " and toks.sent[p + run] == toks.sent[p]))
            and self._body_name_word(p + run)
        ):
            run += 1
        return run

    def _holder_after_body_name(self, p: int) -> bool:
        """'Ketua Umum Dewan Pengurus Pusat (DPP) Gebu Minang, Oesman Sapta': one to three words
        of a body's name from word p (after its short form), closed by the comma a holder's
        name follows: the title's holder is there, so the words are the body's."""
        toks, lex = self.toks, self.lex
        if toks.fold[p] in lex.first_names or toks.fold[p] in lex.name_prefixes:
            return False  # ("Kepala BGN (BGN) Dadan Hindayana, Rina, ...": a list of people)
        run = self._body_name_run(p)
        if not (run > 0 and self.before_apposition(p + run)):
            return False
        end = p + run + 1  # (past the holder's name, to what follows it)
        while end < toks.n and toks.capital[end] and toks.gap[end] == " ":
            end += 1
        listed = end < toks.n and (
            toks.fold[end] in lex.conjunctions
            or (toks.gap[end].strip() == "," and toks.capital[end])
        )
        return not listed  # ("..., Rina Wati, dan Joko": names listed, the first no holder's)

    def _title_opening(self, first: int) -> int | None:
        """Where a title, an occupation or a person's noun opens the phrase whose capitalised
        words run up to word `first` ("Kepala Badan Gizi Nasional", "ekonom Universitas Gadjah
        Mada", "mahasiswa Universitas ..."), if one does."""
        toks, lex, role = self.toks, self.lex, self.marks.role
        nouns = (lex.occupations, lex.person_nouns, lex.described_nouns)
        passed = (lex.connectors, lex.conjunctions, lex.origin_words)
        k, origin = first, False
        while k >= 0 and toks.sent[k] == toks.sent[first]:
            word = toks.fold[k]
            # (a title's body named after "dari": "Wakil Ketua MPR dari Fraksi ..."; not where
            # people come from: "para petani dari Kelompok Tani ...")
            if role[k] or (not origin and any(word in words for words in nouns)):
                while k > 0 and toks.gap[k] == " " and role[k - 1]:
                    k -= 1  # (the title's first word: "Wakil Ketua")
                return k
            origin = origin or word in lex.origin_words
            if k < first and not (toks.capital[k] or any(word in words for words in passed)):
                return None
            # (over a bracketed short form too: "Direktur Utama (Dirut) PT ...", "Wakil Ketua
            # MPR dari Fraksi ...")
            if toks.gap[k].strip() not in ("", "(", ")"):
                return None
            k -= 1
        return None

    def _body_name_word(self, k: int) -> bool:
        """Word k may be a word of a body's own name: capitalised letters, no short form, head,
        title, country, legal form or unit before a number ("Bina", "Al-Hidayah"; not "DPR",
        "Kementerian", "Tbk", "Rp 5 miliar")."""
        toks = self.toks
        return self._plain_name_word(k) and not (
            k + 1 < toks.n and toks.text[k + 1][:1].isdigit()  # "Rp 1 triliun"
        )

    def _plain_name_word(self, k: int) -> bool:
        """Word k is capitalised letters and no short form, head, title, country or legal form."""
        toks, m = self.toks, self.marks
        return (
            toks.capital[k]
            and toks.text[k].replace("-", "").isalpha()
            and not toks.is_acronym(k)
            and not (m.org_head[k] or m.role[k] or m.country[k])
            and toks.fold[k] not in self.lex.legal_forms
        )

    def _numbered_name_end(self, k: int, p: int) -> bool:
        """Word k, in the run from p, is a body's name's last word with the body's number after
        it ("Prapag Lor 01", "Tamberu 2"; not money: "Rp 5 miliar")."""
        toks = self.toks
        return (
            k + 1 < toks.n
            and toks.sent[k + 1] == toks.sent[p]
            and (k == p or toks.gap[k] == " ")
            and toks.gap[k + 1] == " "
            and self._plain_name_word(k)
            and toks.fold[k] not in self.lex.currency_words
            and toks.fold[k] not in self.lex.stop_words  # ("Rp 6 triliun")
            and name_number(toks.text[k + 1])
        )

    def _holder_named_before(self, k: int) -> bool:
        """The title phrase opening at word k is an apposition to the name right before it
        ("Dedi Hartono, ketua Lembaga ..."; not "Kepada Kompas.com, Kepala ...")."""
        toks = self.toks
        if toks.gap[k].strip() != "," or k == 0 or toks.sent[k - 1] != toks.sent[k]:
            return False
        before = next((c for c in reversed(self.candidates) if c.last == k), None)
        return (
            before is not None
            and before.kind == "name"
            and not self.marks.role[before.first]
            and not _DOMAIN.search(before.text)
            and not (self.lex.outlets and self._outlet(before))
        )

    def _party_code(self, k: int) -> bool:
        """'R-S.C', 'D-Calif': a party's letter and a state's short form after a dash."""
        code, dash, state = self.toks.fold[k].partition("-")
        return (
            bool(dash)
            and code in self.lex.party_codes
            and (state.rstrip(".") in self.lex.state_short_forms or state in self.lex.regions)
        )

    def _surnames_named_as_countries(self) -> None:
        """'Judge Sadie Holland ... Holland went to work': a country's name alone, after a
        person's full name ending in it, is that person's surname; the person is one by a title
        or a form of address ("Kadin Indonesia" is no person, its "Indonesia" the state). (Two
        such people, "Sadie Holland" and "Steve Holland": the word alone is the nearest one's,
        `coref`.)"""
        toks, preps = self.toks, self.lex.place_prepositions
        seen: set[str] = set()
        for cand in self.candidates:
            a = cand.first
            if cand.kind == "name" and cand.last - a >= 2 and cand.first_name and cand.person_cue:
                seen.add(toks.fold[cand.last - 1])
            elif (
                cand.kind == "country"
                and cand.last - a == 1
                and toks.fold[a] in seen
                and not (a > 0 and toks.fold[a - 1] in preps)  # ("in Holland": the country)
            ):
                cand.kind, cand.iso = "name", None

    def _org_name_past_conjunction(self, i: int, j: int) -> int:
        """'Kementerian Hukum dan HAM', 'Pusat Penelitian Iklim dan Kesehatan': an organization's
        name goes on past a conjunction over capitalised common words or a short name, up to
        the head of the next organization ("... dan Kesehatan Universitas Sydney"); not over a
        person's name, a title or another head ("Kementerian Keuangan dan Kementerian ...")."""
        toks, m, lex = self.toks, self.marks, self.lex
        x = j + 1
        if x >= toks.n or toks.fold[j] not in lex.conjunctions:
            return j  # most runs: no conjunction after them
        roles = [k for k in range(i, j) if m.role[k]]
        start = roles[-1] + 1 if roles else i  # the name after a title ("Direktur Pusat ...")
        if j - start >= 2 and m.org_head[j - 1] and self._head_ends_run(x):
            return j  # two names each closed by its head: "Shanghai Gold Exchange dan Shanghai
            # Futures Exchange"
        if (
            j - start >= 2
            and toks.is_acronym(x)
            and x + 1 < toks.n
            and toks.capital[x + 1]
            and toks.gap[x + 1] == " "
            and not self._common_word(j - 1)
            and not m.domain[j - 1]
        ):
            return j  # a name closed by its own word, then a short name opening another's:
            # "RS Ngoerah dan FK Unud" (not "Kementerian Hukum dan HAM")
        # one word, then words ending in a head: one name ("Securities and Exchange Commission")
        one_word = (
            j - start == 1
            and x < toks.n
            and not toks.is_acronym(start)
            # ("Pemda dan Forum Koordinasi ...": a head opening a second body's name; not the
            # "Exchange" of "Securities and Exchange Commission")
            and not (m.org_head[x] and x + 1 < toks.n and not m.org_head[x + 1])
            and self._head_ends_run(x)
        )
        # ("Immigration and Customs Service": a common word, no head, no first name)
        common = one_word and toks.fold[start] in lex.common_words and not m.media_head[start]

        def inner(k: int) -> bool:
            # where heads close names, a head's word with more words after it closes nothing:
            # "Center for Strategic and International Studies", "... and International Trade"
            return (
                lex.org_noun_follows
                and m.org_head[k]
                and self._common_word(k)
                and k < self._run_last(k)
                and not m.org_head[self._run_last(k)]
            )

        if not (
            (any(m.org_head[start:j]) or (common and toks.fold[start] not in lex.first_names))
            and toks.sent[x] == toks.sent[i]
            and self.toks.gap[j] == " "
            and self.toks.gap[x] == " "
            and toks.capital[x]
            and toks.fold[x] not in lex.honorifics  # "... Stunting dan Ibu Hamil": no address
            # a name in words, not a short one ("Polri dan TNI": two bodies)
            and (
                (j - start >= 2 and (self._listed_word(x) or toks.is_acronym(x) or inner(x)))
                or one_word
            )
        ):
            return j
        # After a title the run goes on to its holder ("Kepala Pusat Data dan Informasi
        # Kementerian Sosial Andi Wirawan"), which `run` tells from the offices.
        while (
            x < toks.n
            and toks.sent[x] == toks.sent[i]
            and toks.capital[x]
            and (x == j + 1 or self.toks.gap[x] == " ")
            and not m.role[x]
            # (a head opens another body's name, "... dan Kementerian Sosial", but may close
            # this one's: "Department of Health and Human Services")
            and (
                roles
                or one_word
                or not m.org_head[x]
                or (x > j + 1 and x == self._run_last(x) and self._common_word(x))
                or (x == j + 1 and inner(x))
            )
        ):
            x += 1
        return x if x > j + 1 else j  # ("PT Aneka Jaya dan PT Prasarana": two, no "dan")

    def _run_last(self, x: int, titles: bool = True) -> int:
        """The last of the capitalised words from x, each a space after the one before (with
        `titles` False, up to a title: "Human Services Secretary Dana Reyes")."""
        toks, role = self.toks, self.marks.role
        k = x
        while (
            k + 1 < toks.n
            and toks.capital[k + 1]
            and toks.gap[k + 1] == " "
            and (titles or not role[k + 1])
        ):
            k += 1
        return k

    def _head_ends_run(self, x: int) -> bool:
        """The capitalised words from x end in an organization's head (before any title: "Health
        and Human Services Secretary Dana Reyes")."""
        k = self._run_last(x, titles=False)
        return k > x and self.marks.org_head[k] and self.toks.sent[k] == self.toks.sent[x]

    def _company_kind_ends_run(self, x: int) -> bool:
        """The capitalised words from x end in a company's kind ("Orvex Trust Corp.")."""
        k = self._run_last(x)
        last = self.toks.fold[k]
        return k > x and (last in self.lex.legal_forms or last in self.lex.company_heads)

    def _name_abbreviation(self, k: int) -> bool:
        return _name_abbreviation(self.toks.text[k], self.lex.name_abbreviations)

    def _portfolio_list_end(self, i: int, j: int) -> int:
        """'Direktur Penyuluhan, Pelayanan, dan Hubungan Masyarakat DJP Sartika', 'Menteri
        Pendidikan Dasar dan Menengah Abdul Fikri': a title's portfolio listed in capitalised
        common words, joined by commas and a conjunction, goes on past them to the office and
        the holder after it; the words become the title's. An office's name lists its portfolio
        so too ("Kementerian Pendidikan Tinggi, Sains, dan Teknologi RI"). Where the run (i..j)
        ends otherwise."""
        toks, m, lex = self.toks, self.marks, self.lex
        n = toks.n
        if j >= n or (toks.fold[j] not in lex.conjunctions and self.toks.gap[j].strip() != ","):
            return j  # most runs: neither a comma nor a conjunction after them
        # the title, or the head of an office's name ("Badan Meteorologi, Klimatologi, dan ...")
        heads = [k for k in range(i, j) if m.role[k] or m.org_head[k]]
        if not heads or heads[-1] == j - 1:
            return j
        titled = any(m.role[i:j])
        if not m.role[heads[-1]] and self.toks.gap[j] == " ":
            # an office's name, then a conjunction ("Direktur Pusat Penelitian Iklim dan
            # Kesehatan ...", "Badan Bantuan dan Pekerjaan PBB"): it goes on past it
            # (`_org_name_past_conjunction`), no list
            return j
        listed: list[int] = []
        x = j
        while x < n and toks.sent[x] == toks.sent[i]:
            gap = self.toks.gap[x].strip()  # "," or "" before an item; "dan" opens the last one
            conjunction = toks.fold[x] in lex.conjunctions and gap in ("", ",")
            ampersand = gap in ("&", ", &")  # "Communications, Relations & CSR"
            if not conjunction and not ampersand and gap != ",":
                return j
            start = x + 1 if conjunction else x
            conjunction = conjunction or ampersand
            if not (start < n and toks.sent[start] == toks.sent[i] and self._listed_word(start)):
                return j
            if conjunction and not ampersand and self.toks.gap[start] != " ":
                return j
            y = start
            while (
                y < n
                and toks.sent[y] == toks.sent[i]
                and self._listed_word(y)
                and (y == start or self.toks.gap[y] == " ")
            ):
                listed.append(y)
                y += 1
            if conjunction:
                if titled and any(
                    toks.fold[k] in lex.first_names and not m.role[k] and not m.domain[k]
                    for k in range(heads[-1] + 1, j)
                ):
                    # "Menteri Perdagangan Howard Lutnick dan Perwakilan Dagang ...": the
                    # title's holder named before the conjunction, no portfolio listed
                    return j
                if titled:
                    words = listed + [k for k in range(i, j) if not m.role[k]]
                else:
                    words = listed + list(range(heads[-1] + 1, j))
                common = [
                    k
                    for k in words
                    if m.domain[k] or self._common_word(k) or k in self.spelled_words
                ]
                if 2 * len(common) < len(words):
                    return j  # mostly rare words: names listed, not a portfolio
                if not titled and (y - start > 2 or not all(self._listed_word(k) for k in words)):
                    # an office's name lists a few common words ("Badan Teknologi, Informasi,
                    # dan Intelijen Keuangan"); "Sekolah Garuda, dan Program Hasil Terbaik
                    # Cepat" names two things
                    return j
                for k in words:
                    if self._portfolio_item_word(k):
                        m.domain[k] = True
                while (
                    y < n
                    and toks.sent[y] == toks.sent[i]
                    and self.joins(y)
                    and (self.nameish(y) or toks.fold[y] in lex.connectors)
                    and (titled or not m.org_head[y])  # (another office's name: not this one's)
                ):
                    y += 1  # the office and the holder after the list
                return y
            x = y
        return j

    def _listed_word(self, k: int) -> bool:
        """A word of a portfolio's listed item: a common word or a portfolio's, or one of the
        words a bracketed short form spells out ("Kawasan Permukiman (PKP)")."""
        return self._portfolio_item_word(k) and (
            self.marks.domain[k] or self._common_word(k) or k in self.spelled_words
        )

    def _words_spelled_by_acronyms(self, brackets: list[int]) -> set[int]:
        """The capitalised words before a bracketed short form (at `brackets`) whose initials
        spell it, over commas and lower-case joining words ("Badan Meteorologi, Klimatologi,
        dan Geofisika (BMKG)", "Perumahan dan Kawasan Permukiman (PKP)"): a name's words,
        whatever they are."""
        toks = self.toks
        out: set[int] = set()
        for a in brackets:
            letters = toks.text[a].upper().replace("-", "")  # ("PDI-P": P, D, I, P)
            if not toks.is_acronym(a) or not 2 <= len(letters) <= 8 or not letters.isalpha():
                continue
            words: list[int] = []
            k = a - 1
            while k >= 0 and toks.sent[k] == toks.sent[a] and len(words) < len(letters):
                if toks.capital[k]:
                    words.append(k)
                elif not (
                    toks.fold[k] in self.lex.conjunctions or toks.fold[k] in self.lex.connectors
                ):
                    break
                k -= 1
            if (
                len(words) == len(letters)
                and "".join(toks.text[w][0] for w in reversed(words)).upper() == letters
            ):
                out.update(words)
        return out

    def _syllables_spelled(self, a: int) -> list[int]:
        """The capitalised words before the bracketed short form at a whose letters it takes
        in order, syllables rather than initials ("Kependudukan dan Pencatatan Sipil
        (Dukcapil)", "Mineral dan Batu Bara (Minerba)"): the longest such stretch whose first
        word opens the short form and whose last word stands right before the bracket, holding
        a common word or a conjunction. A person's nickname is spelled by a name, which opens
        with a first name and holds neither ("Joko Widodo (Jokowi)")."""
        toks, lex = self.toks, self.lex
        short = toks.text[a]
        if len(short) < 4 or short.isupper() or not short[0].isupper() or not short.isalpha():
            return []
        letters = short.lower()
        best: list[int] = []
        words: list[int] = []
        common = False
        k = a - 1
        while k >= 0 and toks.sent[k] == toks.sent[a] and len(words) < 6:
            if toks.capital[k] and toks.text[k].isalpha() and not toks.is_acronym(k):
                words.insert(0, k)
                common = common or self._common_word(k)
            elif words and toks.fold[k] in lex.conjunctions:
                common = True
            else:
                break
            k -= 1
            first = toks.fold[words[0]]
            if not common or first[0] != letters[0] or first in lex.first_names:
                continue
            spelled = iter("".join(toks.fold[w] for w in words))
            if all(c in spelled for c in letters) and letters[-1] in toks.fold[a - 1]:
                best = list(words)
        return best

    def _spelled_inside(self) -> set[int]:
        """The words after the first of a name its bracketed short form spells, when the first
        is an organization's head and no title: "Ikatan Persaudaraan Haji Indonesia (IPHI)" is
        one name, its "Haji" no form of address and its "Guru" no title ("Kepala Staf Angkatan
        Darat (KSAD)" stays a title, "Rapat Dewan Gubernur (RDG)" a meeting)."""
        toks, m, spelled = self.toks, self.marks, self.spelled_words
        out: set[int] = set()
        for k in sorted(spelled):
            first = k
            while first - 1 in spelled and toks.sent[first - 1] == toks.sent[k]:
                first -= 1
            if k > first and m.org_head[first] and not m.role[first] and not m.domain[first]:
                out.add(k)
        return out

    def _portfolio_item_word(self, k: int) -> bool:
        """A capitalised word that may name part of a title's portfolio: no title, office,
        place, short name or person's name."""
        toks, m = self.toks, self.marks
        f = toks.fold[k]
        if not toks.capital[k] or m.role[k] or m.org_head[k] or m.country[k] or m.region[k]:
            return False
        if f in self.lex.honorifics:
            return False  # "... Stunting dan Ibu Hamil": a form of address
        if m.domain[k]:
            return True  # a portfolio's word, even short ("Hukum dan HAM")
        if k in self.syllable_words:
            return True  # "Mineral dan Batu Bara (Minerba)": a word of what a short form spells
        return (
            not toks.is_acronym(k)
            and f not in self.lex.first_names
            and f not in self.lex.last_names
        )

    def _person_then_relation(self, i: int, j: int) -> bool:
        """'Keith Morland of Orbela Financial', 'Senator Sherrod Brown of Ohio': a person's
        name (a first name, then rare words) before a relation word is whole; what follows is
        where the person works or comes from."""
        toks, lex, m = self.toks, self.lex, self.marks
        if toks.fold[j] not in lex.relations:
            return False
        start = i
        while i < j and (m.role[i] or m.domain[i] or toks.fold[i] in lex.honorifics):
            i += 1  # the title before the name
        if j - i == 1 and i == start and self._address_before(i):
            return True  # "Mr. Weil of Weil Associates": a form of address before the name
        if j - i == 1 and (i > start or (i > 0 and m.role[i - 1])) and self._rare(i):
            # "King Hassim of Jordan": one name after a title, then the country it is of
            after = j + 1
            if after < toks.n and toks.fold[after] in lex.articles:
                after += 1
            return after < toks.n and bool(m.country[after] or m.region[after])
        return (
            j - i >= 2
            and toks.fold[i] in lex.first_names
            and self._rare(j - 1)
            # (a name's particles between: "Nick Van den Brul of BNP Paribas")
            and all(
                self._rare(k) or self._initial_with_stop(k) or toks.fold[k] in lex.connectors
                for k in range(i + 1, j)
            )
        )

    def _speech_verb(self, i: int) -> bool:
        """A verb of saying that is no known name ("Replied", not "Said")."""
        f, lex = self.toks.fold[i], self.lex
        return f in lex.speech_verbs and f not in lex.first_names and f not in lex.last_names

    def _after_first_name(self, i: int, rare: bool = True) -> bool:
        """Word i (a rare word, unless `rare` is False) stands right after a capitalised given
        name: a surname, a middle initial."""
        toks = self.toks
        return (
            i > 0
            and toks.sent[i - 1] == toks.sent[i]
            and toks.gap[i] == " "
            and toks.capital[i - 1]
            and toks.fold[i - 1] in self.lex.first_names
            and (not rare or self._rare(i))
        )

    def _inner_initial(self, x: int, a: int, b: int) -> bool:
        """An initial inside the name a..b: before its last word, and when it opens the name,
        before a given name ("H. Marshall Schwarzer", "Daniel P. Davis"; not "Gen Z.")."""
        return (
            a <= x < b - 1
            and self._initial_with_stop(x)
            and (x > a or (b - a > 2 and self.toks.fold[x + 1] in self.lex.first_names))
        )

    def _money_code(self, i: int) -> bool:
        """A currency's code names the money: one the press writes alone ("kurs USD"), or any
        next to an amount ("ISK 600", "600 ISK"); other codes are bodies' short names far more
        often ("BGN" is Badan Gizi Nasional, not the lev; "BTN" a bank, not the ngultrum)."""
        toks = self.toks
        if toks.fold[i] in self.lex.currencies_alone:
            return True
        after = (
            i + 1 < toks.n and toks.sent[i + 1] == toks.sent[i] and toks.text[i + 1][:1].isdigit()
        )
        before = i > 0 and toks.sent[i - 1] == toks.sent[i] and toks.text[i - 1][-1:].isdigit()
        return after or before

    def _initial_with_stop(self, k: int) -> bool:
        """An initial written with its stop: one capital letter, then ". " ("Jonah S.
        Gellert")."""
        text = self.toks.text[k]
        return len(text) == 1 and text.isupper() and self.toks.gap[k + 1 : k + 2] == [". "]

    def _title_then_name(self, k: int) -> bool:
        """A title starts at token k and a capitalised word follows it ('CEO Tom', 'chief
        executive Robert')."""
        toks, m = self.toks, self.marks
        end = k + m.role_start[k] if m.role_start[k] else k
        while end < toks.n and (m.role[end] or m.domain[end]) and toks.sent[end] == toks.sent[k]:
            end += 1
        return end > k and end < toks.n and toks.sent[end] == toks.sent[k] and toks.capital[end]

    def _in_org_name(self, i: int) -> bool:
        """An organization's head word is this word or stands just before it ("SMA Negeri 4")."""
        toks, heads = self.toks, self.marks.org_head
        return any(
            heads[k] and toks.sent[k] == toks.sent[i] and (k == i or toks.capital[k])
            for k in range(max(0, i - 3), i + 1)
        )

    def _occupation_opening(self, k: int, i: int, j: int) -> bool:
        """The run i..j opens at k with a capitalised noun of what a person is, the capital the
        sentence's or the title's (no capitalised word before it), and a first name follows:
        "Hakim Dedi Hartono", "Artis Rina Wati" (not "Lukman Hakim", "Hunter Biden")."""
        toks = self.toks
        return (
            k == i
            and k + 1 < j
            and titled_occupation(toks.fold[k], self.lex)
            and toks.fold[k + 1] in self.lex.first_names
            and self.capital_alone(k)
        )

    def capital_alone(self, k: int) -> bool:
        """No capitalised word is joined right before token k: a capital there is the
        sentence's or a title's, not a name's ("Kemarin, Hakim Dedi"; not "Lukman Hakim")."""
        toks = self.toks
        return k == 0 or toks.gap[k] != " " or not toks.capital[k - 1]

    def _numbered_unit_in_title(self, i: int) -> bool:
        """Token i is a unit named by its number, in a title: right after the title's word or
        another such unit's number ("Ketua RT 05 RW 03"; a lone "RW 14" names nothing)."""
        toks, units = self.toks, self.lex.numbered_units
        if i == 0 or toks.fold[i] not in units:
            return False
        if toks.gap[i] != " ":
            return False
        if self.marks.role[i - 1]:
            return True
        return (
            i > 1
            and toks.text[i - 1].isdigit()
            and toks.gap[i - 1] == " "
            and self._numbered_unit_in_title(i - 2)
        )

    def _number_in_org(self, i: int, j: int) -> bool:
        """'SMA Negeri 1 Malang', 'PT Angkasa Pura 2': a short number inside an organization's
        name (not a year after it); 'Ketua RT 05 RW 03': a unit named by its number."""
        return (
            name_number(self.toks.text[j])
            and (
                any(self.marks.org_head[i:j])
                # (after a title only: "Kampung Muara RT 08" is the village, its unit aside)
                or (self.toks.fold[j - 1] in self.lex.numbered_units and any(self.marks.role[i:j]))
            )
        )

    def joins(self, j: int) -> bool:
        """Token j continues the run before it: a space, or an initial's stop ("Michael R. Fox")."""
        gap = self.toks.gap[j]
        if gap == " ":
            # "BI Juli Wirasena": a given name that is a month opens the holder's name after a
            # short form or a title (but "Raja Juli Antoni" is one name)
            return not (
                self._given_name_between_names(j)
                and (self.toks.is_acronym(j - 1) or self.lexical(j - 1))
            )
        if (
            gap.strip() in self.lex.possessives
            and self.toks.fold[j - 1] in self.lex.possessive_name_words
            and self.toks.capital[j - 1]
            and self.toks.capital[j]
        ):
            return True  # "the National People's Assembly": a possessive inside the name
        if gap == " & ":  # "CEO & Senior Vice President": one title of two
            m, toks = self.marks, self.toks
            if (m.role[j - 1] or m.domain[j - 1]) and (m.role[j] or m.domain[j]):
                return True
            # "Orvex & Talmont": one company's name of a word on each side (not two people's,
            # "Dana & Tom", nor a portfolio of common words, "Research & Development", nor
            # names of marks and things, "PUMA & Logo Kucing")
            after = j + 1
            return (
                not (self._common_word(j - 1) and self._common_word(j))
                and not (j > 1 and self.toks.gap[j - 1] == " " and toks.capital[j - 2])
                and not (after < toks.n and self.toks.gap[after] == " " and toks.capital[after])
                and not toks.is_acronym(j - 1)
                and not toks.is_acronym(j)
                and toks.capital[j - 1]
                and toks.capital[j]
                and not m.role[j - 1]
                and not m.role[j]
                and toks.fold[j - 1] not in self.lex.first_names
                and toks.fold[j] not in self.lex.first_names
            )
        previous = self.toks.text[j - 1]
        return gap == ". " and (
            (len(previous) == 1 and previous.isupper())
            or self._name_abbreviation(j - 1)
            # "U.S. Orvex Corp.": a dotted short form opening a company's name
            or (DOTTED.fullmatch(previous) is not None and self._company_kind_ends_run(j))
            # "Sen. Dana Reyes": a title's short form with its stop, then the holder's name
            or (self.toks.fold[j - 1] in self.lex.role_abbreviations and previous[0].isupper())
        )

    def _address_before(self, i: int) -> bool:
        """A form of address or a rank of one word right before token i, outside its run ("Mr.
        Kesk", "Mr Kesk", "Kol. Budi"; with a stop, one of the language's short forms)."""
        toks = self.toks
        f = toks.fold[i - 1] if i > 0 and toks.sent[i - 1] == toks.sent[i] else ""
        gap = toks.gap[i].strip()
        return bool(f) and (
            (
                gap == ""
                and (f in self.lex.honorifics or match_at(self.lex.ranks, toks.fold, i - 1, i) == 1)
            )
            or (gap == "." and f in self.lex.stops_before_names)
        )

    def _topic_after_head(self, j: int) -> bool:
        """'Committee on Foreign Relations', 'Council on Trade and Industry': after the head of a
        body named for its subject, the word naming the subject joins the name."""
        toks, lex = self.toks, self.lex
        return (
            toks.fold[j] in lex.topic_connectors
            and toks.fold[j - 1] in lex.topic_heads
            and j + 1 < toks.n
            and toks.gap[j + 1] == " "
            and toks.sent[j + 1] == toks.sent[j]
            and self.nameish(j + 1)
        )

    def _honorific_at(self, k: int) -> int:
        """The token after k when k is a form of address ("Pak"), else -1."""
        toks = self.toks
        return k + 1 if k >= 0 and toks.capital[k] and toks.fold[k] in self.lex.honorifics else -1

    def _add_holder(self, a: int, b: int, kind: str = "name", iso: str | None = None) -> None:
        """Words a..b, after a title and its office or place, are the title's holder."""
        cand = self.add(kind, a, b, iso) if a < b else None
        if cand:
            cand.person_cue = True
            cand.vote("person", STRONG)

    def _with_stop(self, k: int, words: int = 1) -> str:
        """The words from token k as written, with a stop right after them ("Dr.", "Kol.")."""
        stop = self.toks.end[k + words - 1]
        return self.text[self.toks.start[k] : stop + self.text.startswith(".", stop)]

    def run(self, i: int, j: int) -> None:
        """Cut a run of capitalised words into titles, forms of address and entity parts."""
        toks, m, lex = self.toks, self.marks, self.lex
        k = i
        # a title in lower case right before the run ("kata ketua KPU Afandi")
        lower_title = (
            i > 0
            and m.role[i - 1]
            and not toks.capital[i - 1]
            and toks.sent[i - 1] == toks.sent[i]
            and self.toks.gap[i] == " "
        )
        # a title/address/rank just before: the next name is a person; a title's short form in
        # brackets keeps it ("Sekretaris Jenderal (Sekjen) Partai Golkar Sarmuji")
        cue = (
            self._bracketed_title_before(i)
            or self._office_short_form_before(i)
            or lower_title
            or self._title_then_lower_portfolio(i)
            or self._titled_office_then_origin(i)
        )
        addressed = self._address_before(i)  # a form of address, no title: no portfolio after
        cue = cue or addressed
        # "kata bos Orvex Budi Santoso": a company's title, the company named between it and
        # its holder
        company_title = lower_title and self.title_in(i - 1, i, lex.company_roles)
        # "Wali Kota Sukamaju Budi Santosa": the place comes first; also after the title's
        # short form in brackets ("Wali Kota (Walkot) Sukamaju Budi Santosa")
        jurisdiction = cue and self._bracketed_jurisdiction(i)
        rank_text = None  # a rank or titled address before the next name, as written
        honored = self._honorific_at(i - 1) if addressed else -1  # where initials may follow
        before = toks.fold[i - 1] if addressed else ""
        if before and (before not in lex.honorifics or before in lex.titled_addresses):
            rank_text = self._with_stop(i - 1)  # "Kol. Budi", "Dr. Tom Harlan": outside the run
        of_body = False
        # "Ketua DPC Partai Maju Sukamaju itu": a title with a demonstrative after its office
        # points back to a person named before; no holder is named in it
        pointing = (
            (m.role[i] or (lower_title and m.role[i - 1]))
            and j < toks.n
            and toks.sent[j] == toks.sent[i]
            and self.toks.gap[j] == " "
            and toks.fold[j] in lex.demonstratives
        )
        if self._named_after_person(i, j):
            # "Jalan Kapten Maulana Lubis", "Universitas Jenderal Soedirman": a street or a body
            # named after a titled person is a place or an organization, no person here
            self.add("place" if toks.fold[i] in lex.place_heads else "org", i, j)
            return
        if (
            i + 1 < j
            and m.org_head[i]
            and not m.org_head[i + 1]  # (a head of two words: "Dewan Pimpinan ...")
            and m.role_start[i + 1]
            and not lex.org_noun_follows
            and toks.fold[i] not in lex.institutions  # ("sidang PBB Presiden Prabowo": two)
        ):
            # "Kantor Gubernur Jawa Tengah": where heads come first, a title right after one
            # names the office's holder in the office's name, no person here
            for x in range(i + 1, min(j, i + 1 + m.role_start[i + 1])):
                m.role[x] = False
            m.role_start[i + 1] = 0
        for x in range(i + 1, j - 1):
            if (
                m.org_head[x]
                and not m.role[x]
                and not m.org_head[x + 1]
                and m.role_start[x + 1]
                and toks.fold[x + 1] in lex.occupations
                and toks.fold[x] not in lex.institutions
                and not lex.org_noun_follows  # ("White House Chief of Staff John Sununu")
            ):
                # "Ketua Ikatan Dokter Indonesia", "Himpunan Pengusaha Muda": after a body's
                # head inside a run, a noun of what its members are is the body's name's word
                for y in range(x + 1, min(j, x + 1 + m.role_start[x + 1])):
                    m.role[y] = False
                m.role_start[x + 1] = 0
        for x in self.spelled_inside.intersection(range(i, j)):
            m.role[x] = False  # "Ikatan Persaudaraan Guru Indonesia (IPGI)": the name's word
            m.role_start[x] = 0
        while k < j:
            f = toks.fold[k]
            if m.org_head[k] and k == i and self._body_leads_role(k, j):
                # "Senate Majority Leader": the body is part of the title (not in "Ketua Dewan
                # Pimpinan Pusat": a title before the body makes it the title's office)
                m.domain[k] = True
            if m.role[k] or (m.domain[k] and self._domain_leads_role(k, j)):
                end = self._title_end(k, j)
                while end < j - 1 and self._portfolio_word(end):
                    m.domain[end] = True  # a common noun after a title belongs to it
                    end += 1
                end = self._unit_end(end, j)
                while end < j - 1 and toks.text[end].isupper() and _ROMAN.fullmatch(toks.text[end]):
                    m.domain[end] = True  # "Asisten II Setdaprov Riau ...": the title's number
                    end += 1
                if (
                    end < j - 2
                    and self._office_word(end)
                    and self._opens_holder(end + 1, j)
                    # (a region after a title is its place: "Gubernur Jateng Ahmad Luthfi"
                    # beside "Pemprov Jateng"; a body's short name its body: "Juru Bicara KPK
                    # Budi" beside "Rutan KPK")
                    and not m.region[end]
                    and not (toks.is_acronym(end) and not m.country[end])
                ):
                    m.domain[end] = True  # "Menteri Purna Agus ..." beside "Kementerian Purna"
                    end += 1
                # "Kapolrestabes Palembang Kombes ...": an office's head names the office's
                # place after the title, as a jurisdiction's title does
                jurisdiction = any(
                    match_at(lex.jurisdiction_roles, toks.fold, x, end) or x in m.office_heads
                    for x in range(k, end)
                )
                if not jurisdiction:  # "Wali Kota Padang Budi": the place, not a portfolio
                    end = self._portfolio_before_office(end, j, self.private_title(k, end))
                self._title(k, end, j)
                # "the Vice Chairman of Orvex": after the title's relation word its body, not
                # its holder
                of_body = toks.fold[end - 1] in lex.connectors
                company_title = self.title_in(k, end, lex.company_roles)
                cue = True
                k = end
                continue
            rank = match_at(lex.ranks, toks.fold, k, j) if f in lex.ranks else 0
            if k not in self.spelled_inside and (
                f in lex.honorifics
                or rank
                or (f in lex.person_nouns and k < j - 1)
                or self._occupation_opening(k, i, j)
            ):
                cue = True  # "Pak", "Irjen", "Tersangka DS", "Hakim Dedi": a person follows
                if self._honorific_at(k) > 0:
                    honored = k + 1  # ("Pak AHY": a person's initials after the address)
                if rank or f in lex.titled_addresses:
                    # "AKBP Budi": a police officer; "Letkol Budi": a soldier; "Dr Tom Harlan"
                    rank_text = self._with_stop(k, max(rank, 1))
                k += rank or 1
                continue
            end = self._part_end(k, j)
            # "Kabid Humas Polda Metro Jaya Kombes Ade": a rank or title after an office's name
            # cues the holder after it; the office's name is whole. "Dewi Lestari, CEO Ardana
            # Group, ...": a title in a person's apposition is followed by its organization.
            office = (end < j or self._rank_after_comma(end)) and (
                m.org_head[k]
                or toks.is_acronym(k)
                # ("Kepala Basarnas Marsdya TNI Budi": a rank after it closes the office's name)
                or (
                    cue
                    and 0 < match_at(lex.ranks, toks.fold, end) < j - end
                    and not (k > 0 and office_of_head(toks.fold[k - 1], lex))  # "Kapolsek Kuta"
                )
            )
            described = cue and (
                (k > i and self._apposition(i, j))
                # "Rina, pemilik Orvana Cleaning di Sukamaju": after a lower-case title in a
                # person's apposition, its body, a name holding a common word or a head (not
                # "Alex, asisten Patrick Kluivert": a person's)
                or (
                    k == i
                    and lower_title
                    and self._apposition(i - 1, j)
                    and any(self._common_word(x) or m.org_head[x] for x in range(i, j))
                )
            )
            # ("Profesor Dadan ini": no office, the holder himself; nor is a state's short name:
            # "putri Presiden Pertama RI Soekarno ini")
            pointed = pointing and (
                m.org_head[k]
                or (toks.is_acronym(k) and not m.country[k])
                # "Politisi Golkar itu": a member's title names the body, the person is before
                or (
                    end == j
                    and (
                        (k == i + 1 and toks.fold[i] in lex.member_titles)
                        or (k == i and lower_title and toks.fold[i - 1] in lex.member_titles)
                    )
                )
            )
            holder_after = cue and not office and not pointed and not described
            for kind, a, b, iso in self.split(k, end, holder_after):
                first_of_body, of_body = of_body, False  # (only the part right after the title)
                company = company_title and kind == "name" and self._company_named(a, b)
                company_title = False
                if company:
                    # "CEO Orvex Budi Santoso", "bos Orvex itu": the company, then the holder
                    self.add("org", a, company)
                    self._add_holder(company, b)
                    cue = company == b
                    continue
                if jurisdiction and kind == "org" and self._bare_name(a, b):
                    # "Bupati Cianjur Herman Suherman": the title's place, though its name is a
                    # word the lexicon knows (no head or short name makes it a body)
                    self.add("place", a, b)
                    jurisdiction = False
                    continue
                if (
                    kind == "name"
                    and cue
                    and b - a > 2
                    and toks.fold[a] in self.body_short_forms
                    and not toks.is_acronym(a + 1)
                ):
                    self.add("org", a, a + 1)  # "Sekretaris Utama Bapanas Sarwo Edhy"
                    holder = a + 1
                    if toks.fold[holder] in lex.place_heads:
                        # "Sekretaris Disbudpar Kabupaten Cianjur, Nenden": the office's place
                        # under its head, then the holder's given name (or none: after the comma)
                        holder = next(
                            (x for x in range(a + 3, b) if toks.fold[x] in lex.first_names), b
                        )
                        self.add("place", a + 1, holder)
                    elif self.placed(holder) and toks.fold[holder] not in lex.first_names:
                        holder += 1  # "Kepala Dikbud Kendari Saemina": its place, then the holder
                        self.add("place", a + 1, holder)
                    self._add_holder(holder, b)
                    cue = False
                    continue
                if kind == "name" and first_of_body and not self.placed(a):
                    holder = next((p for p in range(a + 1, b - 1) if self._opens_holder(p, b)), b)
                    self.add("org", a, holder)  # "President of Orvex Tom Harlan": its holder
                    self._add_holder(holder, b)
                    continue
                if kind == "name" and (
                    office or pointed or (described and toks.fold[a] not in lex.first_names)
                ):
                    kind = "org"  # "Ketua MUI Bidang Fatwa Prof ...": the office, whole
                if (
                    jurisdiction
                    and kind == "name"
                    and (
                        b == end < j
                        or self._placed_pair(a, b)
                        or self.before_apposition(b)
                        or self._place_alone(a, b, j)
                    )
                ):
                    # "Kapolsek Kuta Kompol Agus": the title's place, then a rank and the holder
                    # (all of it: "Wakapolresta Bandar Lampung AKBP Erwin", though the text has
                    # "di Bandar"); "Wali Kota Jambi Maulana" (the text has "di Jambi"); "Kadis
                    # Mataram, Yusuf"
                    ranked = b == end < j and match_at(lex.ranks, toks.fold, b) > 0
                    place = a + 1 if not ranked and self._placed_pair(a, b) else b
                    self.add("place", a, place)
                    self._add_holder(place, b, kind, iso)
                    jurisdiction = False
                    continue
                if jurisdiction and kind == "place" and toks.fold[a] in lex.place_heads:
                    # "Kepala Dinas PUPR Kota Padangsidimpuan Ahmad": the place under its head,
                    # then the holder's given name
                    holder = next(
                        (x for x in range(a + 2, b) if toks.fold[x] in lex.first_names), b
                    )
                    if holder < b:
                        self.add("place", a, holder)
                        self._add_holder(holder, b)
                        jurisdiction = False
                        continue
                if (
                    jurisdiction
                    and kind == "name"
                    and b - a >= 3
                    and toks.fold[a] not in lex.name_prefixes  # ("... PUPR-PKPP Muhammad Arief")
                ):
                    place = min(2, b - a - 2)  # the place's one or two words, then the name
                    if place == 2 and (
                        toks.fold[a + 1] in lex.first_names
                        or toks.fold[a + 1] in lex.name_prefixes  # "... Sukamaju IGN Suta"
                        or self._initial_with_stop(a + 2)
                    ):
                        # "Bupati Sukamaju Andi Fajar Lesmana": a first name opens it; "Wali Kota
                        # Sukamaju Dedo A. Ramli": an initial follows its first name
                        place = 1
                    self.add("place", a, a + place)
                    a += place
                cand = self.add(kind, a, b, iso)
                if cand and a == honored and b - a == 1 and toks.is_acronym(a):
                    cand.person_cue = True  # "Pak AHY", "Bu SMI": a person known by initials
                    cand.vote("person", STRONG)
                if cand and cand.kind == "name" and rank_text:
                    cand.rank, rank_text = rank_text, None
                portfolio = not (addressed and a == i) and self._portfolio_part(a, b)
                if cand and cand.kind == "name" and cue and portfolio:
                    cand.rare_word = False  # no word of a person's name: no holder
                if cand and cand.kind == "name" and cue and cand.rare_word:
                    # "Komandan Pusat Infanteri": after a title, a name of common words only is
                    # what the title is of, not its holder
                    cand.person_cue = True
                    cand.vote("person", STRONG)
                # "Wakil Ketua DPR RI Budi Santosa": the title's organization stands between it
                # and the name, which the title still cues.
                cue = cue and kind in ("org", "media")
                # "Gubernur DKI Jakarta Pramono": a one-word short form of the region before
                # its name; the place still comes before the holder
                jurisdiction = (
                    jurisdiction
                    and b - a == 1
                    and b < end
                    and toks.is_acronym(a)
                    and bool(m.region[b] or self.placed(b))
                )
            k = end

    def _named_after_person(self, i: int, j: int) -> bool:
        """A place's head (or, where heads come first, an organization's) right before a rank
        or a title and a name: the run is a name given after a person."""
        toks, m, lex = self.toks, self.marks, self.lex
        if i + 2 >= j or lex.org_noun_follows:
            return False
        stop = toks.gap[i + 1] == ". " and toks.fold[i] in lex.name_abbreviations  # "Jl. Kapten"
        if not (toks.gap[i + 1] == " " or stop):
            return False
        head = toks.fold[i] in lex.place_heads or (m.org_head[i] and not m.org_head[i + 1])
        rank = match_at(lex.ranks, toks.fold, i + 1, j) if toks.fold[i + 1] in lex.ranks else 0
        titled = rank or (m.role_start[i + 1] and toks.fold[i] in lex.place_heads)
        return bool(head and titled)

    def _place_alone(self, a: int, b: int, j: int) -> bool:
        """'disambut Kapolres Sukaraja dengan ...': one word closing the run after a jurisdiction's
        title, written after a place preposition elsewhere or a frequent word and no first
        name, is the jurisdiction, with no holder named."""
        f = self.toks.fold[a]
        return (
            b == a + 1 == j
            and f not in self.lex.first_names
            and (self.placed(a) or self._common_word(a))
        )

    def _apposition(self, i: int, j: int) -> bool:
        """The run i..j stands between commas right after a person's name ("Dewi Lestari, CEO
        Ardana Group, menegaskan"): it describes that person, it names no other."""
        toks = self.toks
        before = next((c for c in reversed(self.candidates) if c.kind != "title"), None)
        return (
            before is not None
            and before.kind == "name"
            and self._apposition_opens(before.last, i)
            and before.first_name
            and (
                j >= toks.n
                or toks.sent[j] != toks.sent[i]
                or self.toks.gap[j].strip() == "."
                # closed by a comma and the sentence's verb, not the next item of a list of
                # people ("..., Gubernur Bali Wayan Koster, Direktur Jenderal ...")
                # ("..., Sekretaris Dinas X Ferry Yunanda, dan Y": the list's last item next)
                or (
                    self.toks.gap[j].strip() == ","
                    and not toks.capital[j]
                    and toks.fold[j] not in self.lex.conjunctions
                )
                # or going on with where ("pemilik Orvana Cleaning di Sukamaju")
                or (self.toks.gap[j] == " " and toks.fold[j] in self.lex.place_prepositions)
                # or with the parts of an address, each closed by a comma, before the verb
                # ("Tomi, Kepala Dusun IV Harapan Indah, Bekasi, Jawa Barat, menyebut ...")
                or self.address_then_verb(j)
            )
        )

    def address_then_verb(self, j: int) -> bool:
        """After the comma before word j, the parts of an address, each closed by a comma, the
        last a region's or a country's name, and then a lower-case word (the sentence's verb),
        no conjunction: "Kepala Dusun IV Harapan Indah, Bekasi, Jawa Barat, menyebut"."""
        toks, m, lex = self.toks, self.marks, self.lex
        if j >= toks.n or toks.gap[j].strip() != ",":
            return False
        k, parts, known = j, 0, False
        for k, end in self._comma_parts(j):
            words = range(k, end)
            if not all(toks.capital[x] for x in words) or self._named_part(words):
                break
            known = bool(m.region[k] == end - k or m.country[k] == end - k)
            parts, k = parts + 1, end
        return (
            parts > 0
            and known  # (the last part a region or a country: an address, not a list of names)
            and k < toks.n
            and not toks.capital[k]
            and toks.fold[k] not in lex.conjunctions
        )

    def _apposition_opens(self, k: int, i: int) -> bool:
        """An apposition's comma right after the name ending at word k opens the run at word i:
        at once ("Dedi, Kapolres X"), after the person's age in brackets ("Dedi (70), Kapolres
        X") or before a lower-case word qualifying the title ("Dedi, mantan Kapolres X")."""
        toks = self.toks
        if k < i and toks.text[k].isdigit() and toks.gap[k].strip() == "(":
            k += 1  # ("Dedi (70), ...": the age, its closing bracket before the comma)
            if not toks.gap[k].strip().startswith(")"):
                return False
        if k >= toks.n or not toks.gap[k].strip().endswith(","):
            return False
        while k < i and not toks.capital[k] and match_at(self.lex.role_domains, toks.fold, k):
            k += match_at(self.lex.role_domains, toks.fold, k)
        return k == i

    def _office_word(self, k: int) -> bool:
        """A word the text also writes right after an office's head ("Kementerian Purna"):
        after a title and before its holder's name, the title's portfolio ("Menteri Purna")."""
        toks, m = self.toks, self.marks
        if self.office_words is None:
            self.office_words = {
                toks.fold[x + 1]
                for x in compress(range(toks.n - 1), m.org_head)  # the few heads, found in C
                if not m.role[x]  # "Sekretaris Kabinet Letkol ...": a title's word, no office
                and toks.capital[x + 1]
                and not (m.org_head[x + 1] or m.role[x + 1])
                and not match_at(self.lex.ranks, toks.fold, x + 1)
                and toks.sent[x + 1] == toks.sent[x]
                and self.toks.gap[x + 1] == " "
            }
        f = toks.fold[k]
        return f in self.office_words and f not in self.lex.first_names

    def _unit_end(self, k: int, j: int) -> int:
        """'Kepala Seksi Intelijen Kejari Sleman ...': a unit word after a title opens the unit's
        name, which belongs to the title; it runs to the organization's head or short name
        after it, or else over common words only."""
        toks, m, units = self.toks, self.marks, self.lex.units
        if k < j - 1 and toks.fold[k - 1] in units and toks.fold[k] not in units:
            k -= 1  # a title ending in its unit ("Kepala Bagian"): the unit's name follows
        while k < j - 1:
            if toks.fold[k] in self.lex.numbered_units and toks.text[k + 1].isdigit():
                m.domain[k] = m.domain[k + 1] = True  # "Ketua RT 05 RW 03": the unit's number
                k += 2
                continue
            if toks.fold[k] not in units:
                break
            if match_at(self.lex.org_heads, toks.fold, k, j) > 1:
                break  # "Kepala Satuan Tugas ...": a body's head of two words, no unit
            x = k + 1
            while x < j and not (m.org_head[x] or toks.is_acronym(x) or m.role[x]):
                if m.country[x] or m.region[x] or toks.fold[x] in self.lex.first_names:
                    break
                x += 1
            if not (x < j and (m.org_head[x] or toks.is_acronym(x))):
                x = k + 1
                while x < j - 1 and self._common_word(x) and not self.lexical(x):
                    x += 1
            for y in range(k, x):
                m.domain[y] = True
            k = x
        return k

    def private_title(self, a: int, b: int) -> bool:
        """Words a..b hold a title of a field or a company ("Pengamat", "CEO", "Direktur Utama"),
        not a state's office (perhaps with its portfolio: "Pengamat Pasar Modal")."""
        return self.title_in(a, b, self.lex.private_roles)

    def private_whole_title(self, a: int, b: int) -> bool:
        """As `private_title`, each title read whole: "Direktur Jenderal" is a state's office
        though "Direktur" is a company's."""
        fold, lex = self.toks.fold, self.lex
        x = a
        while x < b:
            length = match_at(lex.roles, fold, x, b)
            if length and " ".join(fold[x : x + length]) in lex.private_roles:
                return True
            if not length and fold[x] in lex.private_roles:
                return True  # (a private title written as a portfolio's word)
            x += length or 1
        return False

    def possessive(self, k: int) -> bool:
        """The gap before token k is a possessive ending ("Orvex's chief executive")."""
        return self.toks.gap[k].strip() in self.lex.possessives

    def title_in(self, a: int, b: int, titles: frozenset[str]) -> bool:
        """Words a..b hold one of `titles` (folded phrases)."""
        words = self.toks.fold[a:b]
        n = len(words)
        return any(" ".join(words[x:y]) in titles for x in range(n) for y in range(x + 1, n + 1))

    def _portfolio_before_office(self, k: int, j: int, private: bool) -> int:
        """'Kasi Tindak Pidana Khusus Kejaksaan Negeri ...', 'Pengamat Pasar Modal Budi ...':
        capitalised common words after a title, up to an office's head or short name, are the
        title's portfolio; after a field's title ("Pengamat"), up to its holder's name too (an
        office's title is followed by the office: "Ketua Umum Gerindra Prabowo")."""
        toks, m = self.toks, self.marks
        x = k
        shape = self.lex.field_shape
        while (
            x < j - 1
            and (self._common_word(x) or (shape is not None and shape.fullmatch(toks.fold[x])))
            and not self.lexical(x)
        ):
            if toks.fold[x] in self.lex.first_names or toks.fold[x] in self.lex.last_names:
                break
            x += 1
        holder = private and (
            self._opens_holder(x, j)
            or (2 <= j - x <= 3 and all(self._rare(y) and not self.placed(y) for y in range(x, j)))
        )
        if x == k or not (m.org_head[x] or toks.is_acronym(x) or holder):
            return k
        for y in range(k, x):
            m.domain[y] = True
        return x

    def _placed_pair(self, a: int, b: int) -> bool:
        """Two words after a jurisdiction title, the first written after a place preposition
        elsewhere in the text ("Wali Kota Jambi Maulana" ... "di Jambi")."""
        return b - a == 2 and self.placed(a)

    def placed(self, k: int) -> bool:
        """Word k is written after a place preposition or a place's head ("Kabupaten Sukamaju")
        somewhere in the text."""
        if self.placed_words is None:
            toks, preps, heads = self.toks, self.lex.place_prepositions, self.lex.place_heads
            fold, capital, gaps = toks.fold, toks.capital, toks.gap
            # the words after a preposition or a head, found in C (a set asked only "in")
            placed = set(compress(range(1, toks.n), map(preps.__contains__, fold)))
            headed = compress(range(1, toks.n), map(heads.__contains__, fold))
            role = self.marks.role  # (not a title's own head: "Wali Kota Dedi Hartono")
            placed.update(k for k in headed if capital[k] and gaps[k] == " " and not role[k - 1])
            self.placed_words = {fold[k] for k in placed}
        return self.toks.fold[k] in self.placed_words

    def _rank_after_comma(self, b: int) -> bool:
        """'Kabid Humas Polda Metro Jaya, Kombes Ade Ary': a rank opens the words after the comma
        that closes the run, so the holder is named there and the run is the office's name."""
        toks = self.toks
        return (
            b < toks.n
            and toks.sent[b] == toks.sent[b - 1]
            and toks.gap[b].strip() == ","
            and match_at(self.lex.ranks, toks.fold, b) > 0
        )

    def before_apposition(self, b: int) -> bool:
        """'Kepala Dinas Pendidikan Mataram, Yusuf, ...': the holder's name follows the comma,
        or follows the parts of an address after it ("Kepala Desa Sukamaju, Kecamatan Kestrel,
        Yusuf, ...")."""
        toks = self.toks
        if (
            b + 2 < toks.n
            and toks.fold[b] in self.lex.term_words
            and TERM_YEARS.fullmatch(toks.fold[b + 1])
        ):
            b += 2  # ("Direktur PT X Tahun 2021-2022, Budi": the term the title was held)
        if not (b < toks.n and toks.sent[b] == toks.sent[b - 1] and toks.gap[b].strip() == ","):
            return False
        holder = self.address_chain_end(b) or b
        return toks.capital[holder] and (
            toks.fold[holder] in self.lex.first_names
            or self._rare(holder)
            or bool(match_at(self.lex.ranks, toks.fold, holder))  # "Kapolres Sukamaju, AKBP ..."
            or toks.fold[holder] in self.lex.honorifics  # "Guru Besar UGM, Prof. Zainal"
            or (toks.fold[holder] in self.lex.name_heads and not self.marks.org_head[holder])
        )

    def address_chain_end(self, b: int) -> int | None:
        """'Kecamatan Kestrel, Kabupaten Serang, Yusuf': where the word after the parts of an
        address, each closed by a comma, stands (Yusuf), when word b opens such a part: a
        place's head and its name, a numbered unit ("RW 14"), or a place's name known as one
        (a region's, one written after a place preposition, or one closing with a compass
        word)."""
        toks, lex, m = self.toks, self.lex, self.marks
        k, parts = b, 0
        for k, end in self._comma_parts(b):
            words = range(k, end)
            if not all(toks.capital[x] or toks.text[x].isdigit() for x in words):
                break
            f = toks.fold[k]
            place = (
                (f in lex.place_heads and end - k >= 2)
                or (f in lex.numbered_units and end - k == 2 and toks.text[k + 1].isdigit())
                or m.region[k] == end - k
                or (end - k <= 2 and self.placed(k))
                or (end - k >= 2 and toks.fold[end - 1] in lex.place_tails)
            )
            if not place or self._named_part(words):
                break  # (no title nor body: "Sementara itu, Gubernur Jawa Tengah, Ahmad ...")
            parts += 1
            k = end
        return k if parts else None

    def _comma_parts(self, b: int) -> Iterator[tuple[int, int]]:
        """The parts of an address from word b: runs of up to `ADDRESS_WORDS` words one space
        apart, each closed by a comma in b's sentence, at most `ADDRESS_PARTS` of them, as
        (first, end) word ranges; the word after the last comma is where the next part or the
        address's end starts."""
        toks, k = self.toks, b
        for _ in range(ADDRESS_PARTS):
            if k >= toks.n or toks.sent[k] != toks.sent[b]:
                return
            end = k + 1
            while end < toks.n and toks.gap[end] == " " and end - k < ADDRESS_WORDS:
                end += 1
            if end >= toks.n or toks.gap[end].strip() != "," or toks.sent[end] != toks.sent[k]:
                return  # (each part closes at a comma, the holder's name after the last)
            yield k, end
            k = end

    def _named_part(self, words: range) -> bool:
        """A part holds a given name, a title or a body's head: a person or a body, no place."""
        toks, m, lex = self.toks, self.marks, self.lex
        return any(toks.fold[x] in lex.first_names or m.role[x] or m.org_head[x] for x in words)

    def _portfolio_part(self, a: int, b: int) -> bool:
        """'Kepala Satuan Tugas Koordinasi dan Supervisi KPK': one word after a title, no name,
        written in lower case in the text or joined by a conjunction to more portfolio words
        that end in an organization's head or short name: the title's portfolio, no holder."""
        toks, m, lex = self.toks, self.marks, self.lex
        f = toks.fold[a]
        if b - a != 1 or f in lex.first_names or f in lex.last_names:
            return False
        if f in self.lower_words or (self._common_word(a) and self.before_apposition(b)):
            return True  # "Kepala Badan Gizi Nasional, Dadan ...": the holder after the comma
        if b < toks.n and self.toks.gap[b].strip() == "(" and m.role[b]:
            return True  # "Kepala Seksi Pidana Khusus (Kasi Pidsus)": the title's short form
        n = toks.n
        if not (b + 1 < n and toks.fold[b] in lex.conjunctions and toks.sent[b] == toks.sent[a]):
            return False
        x = b + 1
        nxt = toks.fold[x]
        if self._common_word(x) and nxt not in lex.first_names and nxt not in lex.last_names:
            return toks.capital[x]  # "Menteri Pendidikan Dasar dan Menengah ...": more portfolio
        while (
            x < n and toks.sent[x] == toks.sent[a] and toks.capital[x] and self.toks.gap[x] == " "
        ):
            if m.org_head[x] or toks.is_acronym(x):
                return x > b + 1
            if m.role[x] or toks.fold[x] in lex.first_names:
                return False
            x += 1
        return False

    def _portfolio_word(self, k: int) -> bool:
        m = self.marks
        return self.toks.fold[k] in self.lower_words and not (
            m.country[k] or m.region[k] or m.org_head[k] or m.media_head[k] or m.role[k]
        )

    def _body_leads_role(self, k: int, j: int) -> bool:
        """'Senate Majority Leader', 'Party Chairman': a body's one-word name, portfolio words,
        then a capitalised title."""
        m, toks = self.marks, self.toks
        if k + 1 < j and m.org_head[k + 1]:
            return False
        x = k + 1
        while x < j and m.domain[x] and not m.role[x]:
            x += 1
        return x < j and m.role[x] and toks.text[x][0].isupper()

    def _domain_leads_role(self, k: int, j: int) -> bool:
        """'Finance Minister': portfolio words right before a title belong to it."""
        m = self.marks
        while k < j and m.domain[k] and not m.role[k]:
            k += 1
        return k < j and m.role[k]

    def _title_end(self, k: int, j: int) -> int:
        m, f, lex = self.marks, self.toks.fold, self.lex
        while k < j:
            joins = (
                (f[k] in lex.connectors or f[k] in lex.conjunctions)
                and k + 1 < j
                and (m.domain[k + 1] or m.role[k + 1])
                and not self.opens_org_name(k + 1)
            )
            if m.role[k] or m.domain[k] or joins:
                k += 1
            else:
                break
        return k

    def opens_org_name(self, k: int) -> bool:
        """'Chief Executive Officer of General Airways': capitalised portfolio words ("General")
        with an organization's head after them open the organization's name, not the title's."""
        toks, m = self.toks, self.marks
        while k < toks.n and m.domain[k] and not m.role[k] and toks.capital[k]:
            k += 1
        return (
            k < toks.n
            and self.toks.gap[k] == " "
            and not m.domain[k]
            and (m.org_head[k] or toks.fold[k] in self.lex.company_heads)
        )

    def _title(self, k: int, end: int, j: int) -> None:
        """A title with no name after it in the run: 'Presiden', 'Pak Mensos' (resolved later)."""
        toks = self.toks
        cand = Candidate(
            toks.start[k],
            toks.end[end - 1],
            self.text[toks.start[k] : toks.end[end - 1]],
            toks.sent[k],
            k,
            end,
            "title",
        )
        if j < toks.n and toks.sent[j] == toks.sent[k] and toks.fold[j] in self.lex.demonstratives:
            cand.anaphor = True  # "Politikus PDIP ini": the person just named
        self.candidates.append(cand)

    def _part_end(self, k: int, j: int) -> int:
        """Where an entity part starting at k ends: before the next title, address or rank."""
        toks, m, lex = self.toks, self.marks, self.lex
        e = k + 1
        while e < j:
            f = toks.fold[e]
            # (the table's look-up first: a call for the few words that may open a rank)
            address = e not in self.spelled_inside and (
                (f in lex.honorifics and not m.domain[e])  # (not "Kementerian Haji dan Umrah")
                or (
                    f in lex.ranks
                    and match_at(lex.ranks, toks.fold, e, j)
                    # ("Direktorat Jenderal Pajak": the rank's word inside a head of two words)
                    and not (m.org_head[e] and m.org_head[e - 1])
                )
            )
            if (
                m.domain[e]
                and not m.role[e]
                and not m.org_head[e]
                and m.org_head[e - 1]
                and self._domain_leads_role(e, j)
            ):
                break  # "White House Press Secretary": the portfolio after the body opens the title
            if m.role[e] or address:
                if not m.org_head[k] or address:
                    break  # a rank or a form of address always opens a person's name
                # Inside an organization's name a title word may belong to it ("Kantor Staf
                # Presiden"), unless a name follows it.
                if not any(m.country[x] or m.region[x] for x in range(k, e)):
                    break
            e += 1
        return e

    def split(self, a: int, b: int, after_title: bool = False):
        """Entity parts of a title-free stretch of capitalised words: (kind, first, last, iso)."""
        toks, m, lex = self.toks, self.marks, self.lex
        inner = None
        if not lex.name_abbreviations.isdisjoint(toks.fold[a + 1 : b]):  # most runs: none
            inner = next((x for x in range(a + 1, b) if self._name_abbreviation(x)), None)
        if inner is not None:
            # "Ford St. Thomas": the abbreviation opens a place's name
            yield from self.split(a, inner, after_title)
            yield from self.split(inner, b)
            return
        meeting = match_at(lex.meeting_heads, toks.fold, a, b) if b - a > 2 else 0
        if 0 < meeting < b - a and (m.org_head[a + meeting] or toks.is_acronym(a + meeting)):
            # "Rapat Paripurna DPR RI", "Rapat Kerja Komisi XI DPR": a meeting (no actor), then
            # the body holding it
            yield from self.split(a + meeting, b, after_title)
            return
        if b - a > 1 and self._thing_tail(a, b):
            # "Portville Air Show": an event, though "Air" heads airlines' names; "United States
            # Orvex Composite Index": an index, of the country named first
            if m.country[a] and a + m.country[a] < b:
                yield from self.split(a, a + m.country[a], after_title)
            return
        if b - a > 3 and not lex.company_heads.isdisjoint(toks.fold[a + 1 : b - 2]):
            company = next(
                (x for x in range(a + 1, b - 2) if toks.fold[x] in lex.company_heads),
                b,
            )
            person = company + 1
            if (
                2 <= b - person <= 3
                and toks.fold[person] in lex.first_names
                and not any(
                    toks.is_acronym(x) or m.country[x] or m.role[x] for x in range(person, b)
                )
            ):
                # "chairman of Orvex LLC Nora Herald": the company's name ends at its kind, and a
                # person's name follows (whatever its last word: "Press" heads no outlet here)
                yield from self.split(a, person, after_title)
                yield "name", person, b, None
                return
        holder = None
        # "Direktur PT Badja Karya Nusantara, Budi": the holder follows the comma, the company's
        # name runs to it however like a name its last words are
        company = after_title and toks.fold[a] in lex.legal_forms
        whole = company and self.before_apposition(b)
        if company and not whole:
            holder = self._company_named_before(a, b)
        elif after_title and not company and m.org_head[a]:
            holder = self._company_named_before(a, b, legal=False)
        if after_title and holder is None and not whole:
            holder = self._holder_start(a, b)
        if after_title and holder is None:
            holder = self._spoken_holder(a, b)  # "Direktur Eksekutif Indef Tauhid ... kata Tauhid"
        if after_title and holder is None:
            holder = self._holder_after_number(a, b)  # "Kepala SMPN 33 Sumiyati ... Sumiyati"
        if after_title and holder is None:
            holder = self._holder_after_place(a, b)
        if holder is not None:
            # "Ketua PW GP Ansor Jatim Rudi Santoso": the title's office, then its holder
            if holder - a == 1 and toks.fold[a] in lex.short_forms:
                yield "org", a, holder, None  # "Sekjen Kemenhub Dedi ...": the whole office
                yield "name", holder, b, None
                return
            for kind, x, y, iso in self.split(a, holder):
                yield ("org" if kind == "name" else kind), x, y, iso
            yield "name", holder, b, None
            return
        if b - a == 1 and self._party_code(a):
            return  # "Sen. Lindsey Graham, R-S.C.": the senator's party and state, no actor
        while a < b:
            f = toks.fold[a]
            if f in lex.platforms and b - a > 1:
                a += 1  # "Instagram Dinas Pendidikan": the channel of the account's owner
                continue
            if f in lex.closing_legal_forms and a > 0 and b - a > 1:
                a += 1  # "(Persero) Tbk Rudi": the form closes the company named before it
                continue
            if (
                # ("Gulf Research Center": a place's head opens an organization's name)
                # (where heads close names; "Gedung Aneka Bakti Kemensos" is a building)
                (
                    f in lex.place_heads
                    and not (lex.org_noun_follows and b - a > 2 and m.org_head[b - 1])
                )
                or (f in lex.name_abbreviations and self._name_abbreviation(a))
                or (b - a > 1 and toks.fold[b - 1] in lex.street_tails)
            ):
                # A place's head comes before any org head in it ("Jalan Kejaksaan", "Court
                # Street" are streets); a bare place head ("Jalan") names nothing.
                if b - a > 1:
                    yield "place", a, b, None
                return
            if (
                b - a == 1
                and (m.org_head[a] or m.media_head[a] or f in lex.group_cues)
                and f not in lex.institutions  # (but "Congress", "Senate": one body each)
                # (nor a national body's short form that spells out its whole name: "Kemenkeu")
                and not (f in lex.short_forms and self._national(a))
            ):
                if self._initials_of_a_person(a):
                    yield "name", a, b, None  # "tersangka berinisial RS": a person's initials
                return  # a bare head word ("Komisi", "Bank", "PT", "Polda") names nothing
            if (
                b - a > 1
                and m.org_head[a]
                and match_at(lex.org_heads, toks.fold, a, b) == b - a
                and match_at(lex.titled_offices, toks.fold, a, b) != b - a
            ):
                # nor does a head of two words alone ("Pemerintah Kota"; but an office named
                # after a title does: "Kantor Staf Presiden")
                return
            if f in lex.government_words and not after_title:
                # "Pemerintah Indonesia", "Government of Indonesia": the state acting, as
                # "pemerintah Indonesia", "the Indonesian government" are
                x = a + 1
                while x < b and toks.fold[x] in lex.connectors:
                    x += 1
                if x < b and m.country[x] and x + m.country[x] == b:
                    yield "country", x, b, m.country_iso.get(x)
                    return
            if m.org_head[a] or m.media_head[a] or f in lex.group_cues:
                # Head first ("Kementerian Luar Negeri Rusia", "Komisi Eropa Ursula von der
                # Leyen"): the name ends after the first run of country or region names.
                end, iso = self._after_place_run(a, b)
                while end < b and (
                    toks.fold[end] in lex.closing_legal_forms or end in self.spelled_words
                ):
                    # "PT Bank Sinar Indonesia Tbk": the form closes the name; "Partai
                    # Demokrasi Indonesia Perjuangan (PDIP)": its short form spells it all
                    end += 1
                # ("Kepala Divisi Bank Sinar Jaya, Rina": the holder named after the comma)
                apposition = self.before_apposition(b)
                if after_title and end == b and not apposition:
                    end = self._name_inside(a, b)
                if after_title and end == b and not apposition:
                    end = self._person_after_org(a, b)
                    if f in lex.legal_forms:
                        end = self._holder_after_company(a, b)
                kind = (
                    "group"
                    if f in lex.group_cues
                    else ("media" if any(m.media_head[a:end]) else "org")
                )
                yield kind, a, end, iso
                a = end
                continue
            body = self.acronym_of_place(a, b, after_title)
            if body:
                # "BPBD Jawa Barat", "KPU Kota Surabaya": a body's short name and the place it
                # serves name that body, not a place
                yield "org", a, body, self._inner_iso(a, body)
                a = body
                continue
            acronym_first = (
                after_title
                and toks.is_acronym(a)
                and f not in lex.name_prefixes
                and not m.country[a]
                and b - a > 1
            )
            if acronym_first and self.before_apposition(b):
                # "Ketua BEM Unsuka, Rina Wati": the holder is named after the comma; the run is
                # the title's office, whole
                yield "org", a, b, self._inner_iso(a, b)
                return
            if acronym_first and not self._name_initials(a, b):
                # "Ketua DPR RI Budi Santosa": the acronym, its country, then the title's holder.
                end = a + 1
                # (its region too: "Ketua DPRD Jatim Wardoyo")
                while end < b and (toks.is_acronym(end) or m.country[end] or m.region[end]):
                    end += m.country[end] or m.region[end] or 1
                end = min(end, b)
                if end + 2 < b and toks.fold[end] in lex.place_heads:
                    end += 2  # "Ketua DPRD Kota Sukamaju Budi": the body's place, then the name
                if (
                    end < b
                    and all(self._name_word(x) for x in range(end, b))
                    and any(self._rare(x) for x in range(end, b))  # not "PDI Perjuangan"
                ):
                    yield "org", a, end, self._inner_iso(a, end)
                    a = end
                    continue
            h = a
            while h < b and toks.is_acronym(h) and not m.country[h] and not m.org_head[h]:
                h += 1
            if (
                a < h < b - 1
                and toks.fold[h] in lex.body_heads
                and lex.body_heads.isdisjoint(toks.fold[a:h])
            ):
                # "anggota DPR Fraksi Partai Nasdem": a body, then a party's body inside it
                yield "org", a, h, self._inner_iso(a, h)
                a = h
                continue
            if a < h < b - 1 and m.org_head[h]:
                # "DPP Partai Golkar": a body's short name before its organization's full name
                end, iso = self._after_place_run(h, b)
                if after_title and end == b:
                    end = self._person_after_org(h, b)
                yield "org", a, end, iso
                a = end
                continue
            heads = [x for x in range(a, b) if m.org_head[x] or m.media_head[x]]
            if heads and heads[-1] == b - 2 and toks.fold[b - 1] in lex.place_tails:
                yield "place", a, b, None  # "Kestrel International Airport": a place
                return
            if (
                heads
                and not lex.org_noun_follows
                and not after_title  # (a title's portfolio: `_portfolio_before_office`)
                and heads[-1] > a
                # (the language's own words, not a name written in a language heads close:
                # "Asian Development Bank", "Musim Mas Group", "Fox News")
                and (
                    (
                        toks.fold[heads[-1]] in lex.own_words
                        and toks.fold[heads[-1]] not in lex.institutions  # ("Bareskrim Polri")
                        # (a unit's rarer words before a head word: "Permukiman Institut ...")
                        and all(toks.fold[x] in lex.unit_words for x in range(a, heads[-1]))
                    )
                    or (
                        (
                            toks.fold[heads[-1]] in lex.own_words
                            or toks.fold[heads[-1]] in lex.short_forms  # "Pusat Kemenkeu"
                            or toks.is_acronym(heads[-1])
                        )
                        and all(toks.fold[x] in lex.own_words for x in range(a, heads[-1]))
                    )
                )
                and not any(m.country[x] or m.region[x] for x in range(a, heads[-1]))
                and not any(m.org_head[x] or m.media_head[x] for x in range(a, heads[-1]))
                and not match_at(lex.thing_heads, toks.fold, a, b)  # ("Sidang Kabinet X")
                # (nor a holder's name after the body's: "... Hewan Kementerian Pertanian Agung")
                and not any(self._opens_holder(x, b) for x in range(heads[-1] + 2, b - 1))
            ):
                # "Fakultas Hukum Universitas Kestrel", "Putusan Mahkamah Konstitusi": where heads
                # come first, the language's own words before one of its heads are a unit of the
                # body or a word about it, the body named from its head on (with nothing after
                # the head, none: "Pegawai Pemerintah")
                a = heads[-1]
                continue
            if heads:
                # Head last ("Central Bank", "Pakistan International Airlines"): the name ends
                # at the last head and the country names right after it ("Bank Indonesia").
                end = heads[-1] + 1
                while end < b and (m.country[end] or m.region[end]):
                    end += m.country[end] or m.region[end]
                end = min(end, b)
                if end < b and self._written_alone(heads[-1], b):
                    end = b  # "... Kriminal Umum Polda Metro Jaya": "Polda Metro Jaya" elsewhere
                if end < b - 1 and toks.fold[end] in lex.connectors and self._common_tail(end, b):
                    end = b  # "Federal Service for the Financial Markets": one name
                kind = "media" if any(m.media_head[x] for x in heads) else "org"
                if kind == "media" and self._person_with_media_name(a, end, after_title):
                    yield "name", a, end, None  # "said Nora Herald, the vice chairman of Orvex"
                    return
                yield kind, a, end, self._inner_iso(a, end)
                a = end
                while a < b and (
                    toks.fold[a] in lex.connectors or toks.fold[a] in lex.conjunctions
                ):
                    # "Orvex Brothers PLC of the U.K.": the next name after "of the"; "White
                    # House and Republican sources": after "and"
                    a += 1
                continue
            length, iso = (m.country[a], m.country_iso.get(a)) if m.country[a] else (0, None)
            if length and a + length < b and toks.fold[a + length] in lex.place_tails:
                end = a + length + 1  # "Indonesia Timur": a part of the country, a place
                yield "place", a, end, None
                a = end
                continue
            if length and a + length <= b:
                if a + length == b:
                    yield "country", a, b, iso
                    return
                yield "country", a, a + length, iso
                a += length
                continue
            if m.region[a] and a + m.region[a] <= b:
                end = a + m.region[a]
                while end < b and toks.fold[end] in lex.place_tails:
                    end += 1  # "Jakarta Timur": the region's part, one place
                yield "place", a, end, None
                a = end
                continue
            # ("Former Liberal Democrat MP ...": a title's word may open the run)
            p = a + 1 if m.domain[a] and a + 1 < b else a
            party = (
                match_at(lex.party_forms, toks.fold, p, b) if toks.fold[p] in lex.party_forms else 0
            )
            if party and (p + party == b or self._person_named_after(p + party, b)):
                # "Lib Dems", "Liberal Democrat Sarah Teather": the party, then its member
                yield "org", p, p + party, None
                if p + party < b:
                    yield "name", p + party, b, None
                return
            if (
                b - a == 2
                and f not in lex.first_names
                and match_at(lex.party_forms, toks.fold, a + 1, b) == 1
            ):
                # "an Illinois Democrat": a member's place, then the party
                yield "place", a, a + 1, None
                yield "org", a + 1, b, None
                return
            iso = lex.demonym(f)
            if iso and a + 1 == b and self._government_after(b):
                yield "country", a, b + 1, iso  # "the Russian government": the state acting
                return
            if iso or lex.is_region_adjective(f):
                a += 1  # an adjective: read by roles and government phrases, not an actor
                continue
            iso = self._inner_iso(a, b)
            if b - a == 1 and "-" in toks.fold[a] and self._no_pair(a):
                return
            if b - a == 1 and self._place_pair(a):
                yield "place", a, b, None  # "Jakarta-Bandung": a route between two places
                return
            if toks.fold[a] in lex.place_heads or toks.fold[b - 1] in lex.place_tails:
                yield "place", a, b, None  # "Jalan Thamrin", "Jakarta Selatan"
                return
            # "Garuda Indonesia": a name with a country; "Orvex & Talmont": two names joined
            # by an ampersand make one company's, never one person's
            joined = any(toks.gap[x] == " & " for x in range(a + 1, b))
            yield ("org" if iso or joined else "name"), a, b, iso
            return

    def _person_named_after(self, a: int, b: int) -> bool:
        """Tokens [a, b) are a person's name: two or three name words, the first a first name."""
        return (
            2 <= b - a <= 3
            and self.toks.fold[a] in self.lex.first_names
            and all(self._name_word(x) for x in range(a, b))
        )

    def _person_with_media_name(self, a: int, b: int, after_title: bool) -> bool:
        """'Nora Herald', 'Dana Post': a first name and an outlet's head, the person's surname when
        a title cues him (before the name, or in an apposition after it: ', the chairman')."""
        toks, lex = self.toks, self.lex
        if b - a != 2 or toks.fold[a] not in lex.first_names or self.marks.region[a]:
            return False
        if after_title:
            return True
        k = b + 1
        while k < toks.n and toks.fold[k] in lex.articles | lex.definite_articles:
            k += 1
        return (
            b < toks.n
            and toks.gap[b].strip() == ","
            and k < toks.n
            and toks.sent[k] == toks.sent[a]
            and self.marks.role[k]
        )

    def _opens_headed_name(self, f: str) -> bool:
        """The word opens a run of capitals that ends in an organization's head somewhere in
        the text ("Apple Computer"): the organization's own first word."""
        if self.head_openers is None:
            toks, m = self.toks, self.marks
            openers: set[str] = set()
            for i in self.capitalised:
                j = i + 1
                while j < toks.n and toks.capital[j] and toks.gap[j] == " ":
                    j += 1
                if j - i > 1 and m.org_head[j - 1] and not m.org_head[i]:
                    openers.add(toks.fold[i])
            self.head_openers = openers
        return f in self.head_openers

    def _common_tail(self, k: int, b: int) -> bool:
        """After connectors from k, only capitalised common words up to b: what a body is for
        ("for the Financial Markets"), not a place ("Assembly of Louisville")."""
        while k < b and self.toks.fold[k] in self.lex.connectors:
            k += 1
        return k < b and all(
            self._common_word(x) and self.toks.fold[x] not in self.lex.designators
            for x in range(k, b)
        )  # (not "Velra Mart for the No. 2 spot": a number's label)

    def _place_pair(self, k: int) -> bool:
        """Two capitalised names joined by a hyphen ('Jakarta-Bandung', 'Paris-Berlin'): a pair of
        places (a route, a border), not one actor; but not a surname the text writes after a
        given name too ('Margalit Kaye-Torres ... Kaye-Torres said')."""
        parts = self.toks.text[k].split("-")
        return (
            len(parts) == 2
            and all(len(p) >= 3 and p[0].isupper() and not p.isupper() for p in parts)
            and self.toks.text[k] not in self._dashed_surnames
        )

    def _no_pair(self, k: int) -> bool:
        """A word with a dash that names no actor: a word doubled ("Undang-Undang", "Menteri-
        Menteri": a plural) or a pair of people whose given names the text writes opening a full
        name ("Presiden Prabowo Subianto" ... "kabinet Prabowo-Gibran")."""
        parts = self.toks.fold[k].split("-")
        return len(parts) == 2 and (
            parts[0] == parts[1] or any(p in self._full_name_starts for p in parts)
        )

    @cached_property
    def _full_name_starts(self) -> frozenset[str]:
        """Given names the text writes opening a person's full name ("Prabowo Subianto"), so a
        pair with one ("kabinet Prabowo-Gibran") is a pair of people, not of places."""
        toks, lex, m = self.toks, self.lex, self.marks
        return frozenset(
            toks.fold[x]
            for x in range(toks.n - 1)
            if toks.fold[x] in lex.first_names
            and toks.capital[x + 1]
            and toks.gap[x + 1] == " "
            and toks.sent[x + 1] == toks.sent[x]
            and not (m.region[x] or m.country[x] or m.region[x + 1] or m.country[x + 1])
            and not (self._common_word(x + 1) or m.role[x + 1] or m.org_head[x + 1])
        )

    @cached_property
    def _dashed_surnames(self) -> frozenset[str]:
        """Words with a dash written right after a given name, or after a capitalised word no
        list or lower-case use of the text knows ('Margalit Kaye-Torres')."""
        toks, lex = self.toks, self.lex
        return frozenset(
            toks.text[x]
            for x in range(1, toks.n)
            if "-" in toks.text[x]
            and toks.gap[x] == " "
            and toks.sent[x - 1] == toks.sent[x]
            and toks.capital[x - 1]
            and (toks.fold[x - 1] in lex.first_names or not self._common_word(x - 1))
            and not (self.marks.role[x - 1] or self.marks.org_head[x - 1])
            and toks.fold[x - 1] not in lex.place_heads
        )

    def _government_after(self, b: int) -> bool:
        toks = self.toks
        return (
            b < toks.n
            and toks.sent[b] == toks.sent[b - 1]
            and self.toks.gap[b] == " "
            and toks.fold[b] in self.lex.government_words
        )

    def _bracketed_short_title(self, i: int, j: int) -> bool:
        """Words i..j, alone in brackets right after a title, hold a title word themselves."""
        toks, m = self.toks, self.marks
        return (
            i > 0
            and j < toks.n
            and self.toks.gap[i].strip() == "("
            and self.toks.gap[j].strip().startswith(")")
            and toks.sent[i - 1] == toks.sent[i]
            and (m.role[i - 1] or m.domain[i - 1])
            and any(m.role[i:j])
        )

    def _titled_office_then_origin(self, i: int) -> bool:
        """'Anggota DPR dari Fraksi Partai Golkar Dave Laksono': a word naming where one comes
        from before run i, after a run of capitals that opens with a title: the run (of four
        words at least) names the body the title is held for and may end in its holder's name."""
        toks, m = self.toks, self.marks
        k = i - 1
        if k < 2 or toks.fold[k] not in self.lex.origin_words or toks.capital[k]:
            return False
        if toks.sent[k] != toks.sent[i] or toks.gap[i] != " " or toks.gap[k] != " ":
            return False
        j = i
        while j < toks.n and toks.capital[j] and toks.sent[j] == toks.sent[i]:
            j += 1
        if j - i < 4:
            return False  # a body's name and a holder's of two words at least
        x = k - 1
        while (
            x > 0
            and toks.capital[x - 1]
            and toks.gap[x] == " "
            and toks.sent[x - 1] == toks.sent[k]
        ):
            x -= 1
        return toks.capital[k - 1] and bool(m.role[x])

    def _bracketed_jurisdiction(self, i: int) -> bool:
        """The bracketed short title before run i is a jurisdiction's title ("(Walkot)")."""
        k = i - 1
        while k > 0 and self.toks.gap[k] == " ":
            k -= 1
        return any(match_at(self.lex.jurisdiction_roles, self.toks.fold, x, i) for x in range(k, i))

    def _title_then_lower_portfolio(self, i: int) -> bool:
        """'Ekonom senior Lembaga Kajian Nusantara Budi': a title, lower-case portfolio words,
        then run i, which holds the title's office and its holder."""
        toks, m = self.toks, self.marks
        k = i - 1
        while (
            k > 0
            and not toks.capital[k]
            and m.domain[k]
            and not m.role[k]
            and self.toks.gap[k + 1] == " "
            and toks.sent[k] == toks.sent[i]
        ):
            k -= 1
        if k < i - 1 and m.role[k] and toks.sent[k] == toks.sent[i] and self.toks.gap[k + 1] == " ":
            return True
        # "pakar hukum pidana Universitas Trisakti Budi": what a person is and its field, in
        # lower case words that are no verbs, then the body (named by its head) and its holder
        if not self.marks.org_head[i]:
            return False
        k = i - 1
        lex, verb = self.lex, self.lex.lower_verb_shape
        while (
            k > 0
            and i - 1 - k < 3
            and toks.text[k].isalpha()
            and toks.text[k].islower()
            and toks.fold[k] not in lex.occupations
            and not (verb and verb.fullmatch(toks.fold[k]))
            and toks.fold[k] not in lex.stop_words
            and toks.fold[k] not in lex.relations
            and toks.fold[k] not in lex.place_prepositions
            and toks.fold[k] not in lex.act_prepositions
            and toks.fold[k] not in lex.conjunctions
            and toks.fold[k] not in lex.relative_words
            and toks.fold[k] not in lex.demonstratives
            and self.toks.gap[k + 1] == " "
            and toks.sent[k] == toks.sent[i]
        ):
            k -= 1
        return (
            k < i - 1
            and toks.fold[k] in lex.occupations
            and toks.text[k].islower()
            and toks.sent[k] == toks.sent[i]
            and self.toks.gap[k + 1] == " "
        )

    def _office_short_form_before(self, i: int) -> bool:
        """'Ketua Tim Anggaran Pemerintah Daerah (TAPD) Pemkab Sukamaju Andi': run i opens
        after the short form in brackets of a title's office, so the title's holder is in it."""
        toks, m = self.toks, self.marks
        if i < 3 or self.toks.gap[i].strip() != ")" or toks.sent[i - 1] != toks.sent[i]:
            return False
        inner = i - 1
        if self.toks.gap[inner].strip() != "(" or not toks.is_acronym(inner):
            return False
        x = inner - 1
        while x > 0 and not m.role[x] and toks.capital[x] and self.toks.gap[x] == " ":
            x -= 1
        return (
            x < inner - 1
            and m.role[x]
            and toks.sent[x] == toks.sent[i]
            # another office opens the run, then the holder ("... (TAPD) Pemkab Sukamaju
            # Andi"); a run of a name alone is the holder's already
            and (m.org_head[i] or toks.is_acronym(i))
        )

    def _bracketed_title_before(self, i: int) -> bool:
        """'Sekretaris Jenderal (Sekjen) ...', 'Kepala Seksi Pidana Khusus (Kasi Pidsus) ...': run i
        opens after a bracket that closes a title's short form, right after the title."""
        toks, m = self.toks, self.marks
        if i < 3 or self.toks.gap[i].strip() != ")" or toks.sent[i - 1] != toks.sent[i]:
            return False
        inner = i - 1
        while inner > 1 and self.toks.gap[inner] == " " and i - inner < 3:
            inner -= 1  # "(Kasi Pidsus)": a short form of two words
        return (
            self.toks.gap[inner].strip() == "("
            and toks.sent[inner - 1] == toks.sent[i]
            and (m.role[inner - 1] or m.domain[inner - 1])
            and m.role[inner]  # "Sekjen", not the office's short form ("Disdik")
        )

    def _name_inside(self, a: int, b: int) -> int:
        """'Ketua Komisi Pemilihan Umum Daerah Andi Saputra': where a name the text uses on its
        own elsewhere ("Andi ...") starts inside an organization's run, the organization ends."""
        m = self.marks
        for p in range(a + 2, b):
            if (
                self.toks.fold[p] in self.run_starts
                # a name's word, or one before a name's (not "Anggaran" opening the headline,
                # before "Kementerian Keuangan"; "Bayu Aji", "M Akhirun")
                and (self._rare(p) or self.toks.initial[p] or (p + 1 < b and self._rare(p + 1)))
                and not self.toks.is_acronym(p)
                and not (m.org_head[p] or m.country[p] or m.region[p])
                and not self.placed(p)  # "di Sukamaju": a place used alone, not a name
                and self.toks.fold[p - 1] not in self.lex.conjunctions  # "... Iklim dan Kesehatan"
                and not self._number_in_org(a, p - 1)  # "SMA Negeri 1 Sukamaju": its town
                and p not in self.spelled_words  # "Badan Meteorologi, Klimatologi, ... (BMKG)"
            ):
                return p
        return b

    def rare(self, k: int) -> bool:
        """A word that may be part of a person's name (for the stages after this one)."""
        return self._rare(k)

    def _rare(self, k: int) -> bool:
        """A word that may be part of a person's name: no common word, acronym, country or head."""
        m, f = self.marks, self.toks.fold[k]
        if f in self.lex.first_names or f in self.lex.last_names or self._name_shaped(k):
            return True
        return not (
            self._common_word(k)
            or m.role[k]
            or m.domain[k]
            or self.toks.is_acronym(k)
            or m.country[k]
            or m.region[k]
            or m.org_head[k]
            or m.media_head[k]
        )

    def _generation(self, k: int, a: int) -> bool:
        """The last word of a person's name that numbers its generation ("Tom Harlan III")."""
        toks = self.toks
        return (
            k > a + 1
            and (k + 1 >= toks.n or toks.sent[k + 1] != toks.sent[k] or not toks.capital[k + 1])
            and len(toks.text[k]) > 1
            and _ROMAN.fullmatch(toks.text[k]) is not None
        )

    def _name_word(self, k: int) -> bool:
        """A word that may follow a first name: no acronym, country, head or title."""
        m = self.marks
        return not (
            self.toks.is_acronym(k)
            or m.country[k]
            or m.region[k]
            or m.org_head[k]
            or m.media_head[k]
            or m.role[k]
            or m.domain[k]
        )

    def _spoken_name(self, k: int) -> bool:
        """Word k is one the text writes alone right after a verb of saying ("..., kata
        Tauhid.") or a word giving a source ("Menurut Tauhid,"): a person's short name, so a
        run of capitals that holds it after its first word names the person from there
        ("Direktur Eksekutif Indef Tauhid Ahmad")."""
        if self.spoken_names is None:
            toks, n = self.toks, self.toks.n
            self.spoken_names = frozenset(
                toks.fold[x]
                for x in self.capitalised
                if x > 0
                and toks.sent[x - 1] == toks.sent[x]
                and toks.gap[x] == " "
                and (
                    (not toks.capital[x - 1] and self._speech_verb(x - 1))
                    or toks.fold[x - 1] in self.lex.source_words  # "Menurut Welfizon, ..."
                )
                and not self.lexical(x)
                and (
                    x + 1 >= n
                    or toks.sent[x + 1] != toks.sent[x]
                    or not toks.capital[x + 1]
                    or toks.gap[x + 1] != " "  # ("Menurut Welfizon, Transjakarta ...")
                )
            )
        return self.toks.fold[k] in self.spoken_names

    def _written_apart(self, a: int, b: int) -> bool:
        """The words a..b (two or more, a first name opening them) are written elsewhere in the
        text as a name of their own, no name's word joined before or after them ("ekonom Indef
        Dedi Hartono ... Menurut Dedi Hartono,"): a person's whole name."""
        return (
            b - a >= 2 and self.toks.fold[a] in self.lex.first_names and self._written_alone(a, b)
        )

    def _written_alone(self, a: int, b: int) -> bool:
        """The words a..b are written elsewhere in the text as a run of their own, no capitalised
        word joined before or after them ("Polda Metro Jaya sebelumnya ...")."""
        toks = self.toks
        words = toks.fold[a:b]
        if self.first_words is None:
            self.first_words = {}
            for x in self.capitalised:
                self.first_words.setdefault(toks.fold[x], []).append(x)
        return any(
            x != a
            and toks.fold[x : x + b - a] == words
            and (
                x == 0 or toks.gap[x] != " " or not toks.capital[x - 1] or self._common_word(x - 1)
            )
            and (x + b - a >= toks.n or toks.gap[x + b - a] != " " or not toks.capital[x + b - a])
            for x in self.first_words.get(words[0], ())
        )

    def _holder_after_place(self, a: int, b: int) -> int | None:
        """'Direktur Eksekutif Poltracking Indonesia Hanta Yuda': after a title, an office's
        name closed by a country's or a region's (`_after_place_run`), then two words or more
        of its holder's name."""
        m = self.marks
        end, _iso = self._after_place_run(a, b)
        if b - end < 2 or not all(self._name_word(y) for y in range(end, b)):
            return None
        if any(m.country[y] or m.region[y] or m.org_head[y] for y in range(end, b)):
            return None
        return end

    def _spoken_holder(self, a: int, b: int) -> int | None:
        """After a title, a word of the run after its first (to third) one the text uses alone
        as a name, with a word of the holder's name after it (a surname alone opens none), or
        the words from it on the text writes alone as a whole name, the words before it being
        no given name, form of address or jurisdiction's place ("Menteri Muhammad Tito
        Karnavian ... kata Tito", "Wali Kota Surabaya Eri Cahyadi ... kata Eri"; "Ketua Bawaslu
        Sumenep Dedi Hartono ... kata Dedi"): where the holder's name starts, the words before
        it being the office."""
        toks, lex = self.toks, self.lex
        if (
            b - a <= 2
            or not self.marks.role[a - 1]
            or any(
                match_at(lex.jurisdiction_roles, toks.fold, x, a) == a - x
                for x in range(max(0, a - 3), a)
            )
        ):
            return None
        for holder in range(a + 1, min(a + 4, b - 1)):
            if any(
                (self.lexical(x) and toks.fold[x] not in lex.legal_forms)  # ("PT Transjakarta")
                or toks.fold[x] in lex.first_names
                for x in range(a, holder)
            ):
                return None
            if self._spoken_name(holder) or self._written_apart(holder, b):
                if (
                    holder - a >= 2
                    and toks.is_acronym(holder - 2)
                    and (self._rare(holder - 1) or toks.fold[holder - 1] in lex.connectors)
                    and not self.placed(holder - 1)
                ):
                    # "Wakil Ketua DPR Sufmi Dasco Ahmad ... kata Dasco", "Presiden PKS Al
                    # Muzzammil Yusuf ... ungkap Muzzammil": the body's short name ends it
                    return holder - 1
                return holder
        return None

    def _holder_after_number(self, a: int, b: int) -> int | None:
        """'Kepala Sekolah SMPN 33 Sumiyati ... Sumiyati menyebutkan': after a title, a body's
        head and its number, then one or two capitalised words that the text writes elsewhere
        after a verb of saying, or opening a sentence before a lower-case word, and never after a
        place's word: the holder's name, the body the head and number."""
        toks, m = self.toks, self.marks
        if not (2 <= b - a - 1 <= 3 and m.org_head[a] and toks.text[a + 1].isdigit()):
            return None
        holder = a + 2
        if any(not toks.capital[x] or self.placed(x) or m.region[x] for x in range(holder, b)):
            return None
        if self._spoken_name(holder):
            return holder  # ("... kata Sumiyati")
        width = b - holder
        words = toks.fold[holder:b]
        return next(
            (
                holder
                for x in range(toks.n - width)
                if x != holder
                and toks.initial[x]  # opening its sentence, a lower-case word after it
                and toks.fold[x : x + width] == words
                and not toks.capital[x + width]
            ),
            None,
        )

    def _person_after_org(self, a: int, b: int) -> int:
        """'Sekretaris Jenderal Partai Hijau Sarmin Wijaya': after a title, an organization's
        name (its head and a word that is no first name) and then the rare words of its holder's
        name. An organization's name followed by its short form in brackets is whole."""
        if b < self.toks.n and self.toks.gap[b].strip() == "(":
            return b
        holder = self._holder_start(a, b)
        if holder is not None:
            return holder
        start = b
        while (
            start > a + 1
            and (self._rare(start - 1) or self.toks.fold[start - 1] in self.lex.first_names)
            and not self.placed(start - 1)
        ):
            if start - 1 == a + 1 and self.toks.fold[a + 1] not in self.lex.first_names:
                break
            if self._number_in_org(a, start - 1) or self._number_in_org(a, start - 2):
                break  # "Kepala SMA Negeri 1 Sukamaju, Rina": its number, then its town
            start -= 1
        while start < b and start - 1 > a and self.toks.fold[start - 1] in self.lex.name_prefixes:
            start -= 1  # "Polresta Sukamaju I Ketut Sukarta": the form of address is the name's
        return start

    def _holder_start(self, a: int, b: int) -> int | None:
        """'Kasi Pidsus Kejaksaan Negeri Sukamaju Dedi Kurnia', 'Ketua Umum Gerindra Budi
        Santoso': where, after a title, a run of an office's words ends in its holder's name: a
        first name opening two to four words that may all be a person's, after the office's
        name (two words at least after its head: "Yayasan Dharma Bakti" is one name), which is
        no person's name itself ("Presiden Susilo Bambang Yudhoyono")."""
        # An office's head needs a word of its name after it, unless it is a short form that
        # spells out the whole office ("Sekjen Kemenhub Dedi Kurnia").
        whole = self.toks.fold[a] in self.lex.short_forms
        least = a + 2 if self.marks.org_head[a] and not whole else a + 1
        for p in range(max(least, b - 4), b - 1):
            if self._opens_holder(p, b):
                while p - 1 > a and self.toks.fold[p - 1] in self.lex.name_prefixes:
                    p -= 1  # "... Darul Falah KH Abdul Hakim": the form of address is the name's
                f = self.toks.fold[p]
                if p > a and f in self.lex.name_prefixes and f not in self.lex.first_names:
                    return p  # "CEO Petronas Tengku Muhammad Taufik": a title of birth opens it
                if (
                    self._is_name_part(p - 1)
                    or self._initial_with_stop(p - 1)  # "AKBP Niko N. Adi Wirawan": one name
                    or all(self._rare(x) for x in range(a, p))
                ):
                    return None
                if p - 2 >= a and self._rare(p - 1) and not self.marks.org_head[p - 1]:
                    national = self.toks.fold[p - 2] in self.lex.short_forms
                    national = national and self._national(p - 2)
                    # (or a body's short name the text spells out: "Bank Indonesia (BI)")
                    national = national or (
                        self._spelled_out_before(p - 2)
                        and self.toks.fold[p] not in self.lex.name_prefixes  # "PP X KH Abdul"
                        and (b >= self.toks.n or self.toks.gap[b].strip() != "(")
                        and not self._spelled_out_before(p - 1, any_word=True)  # "UIN Maliki"
                    )
                    if self.marks.country[p - 2] or self.marks.region[p - 2] or national:
                        # "Kepala Departemen Komunikasi Bank Orvania Tirtan Budi Santosa": a
                        # name word no list holds, after the office's country or region, or a
                        # national body's short form, opens the holder's name (not after a
                        # regional office's: "Kejari Sukamaju Budi" names the town)
                        return p - 1
                return p
        if (
            whole
            and self._national(a)
            and 2 <= b - a - 1 <= 3
            and all(self._rare(x) and self._name_word(x) for x in range(a + 1, b))
        ):
            return a + 1  # "Dirjen Pajak Kemenkeu Raka Pradipta": the whole office, then its holder
        return None

    def _spelled_out_before(self, k: int, any_word: bool = False) -> bool:
        """Token k is an acronym (or, `any_word`, any word) the text writes in brackets after a
        name of two capitalised words or more ("Bank Indonesia (BI)", "... Ibrahim (Maliki)"):
        a whole body's short name."""
        toks = self.toks
        if not (any_word or toks.is_acronym(k)):
            return False
        if self.bracketed_acronyms is None:
            self.bracketed_acronyms = {
                toks.fold[x]
                for x in range(2, toks.n - 1)
                if toks.gap[x].endswith("(")
                and toks.gap[x + 1].startswith(")")
                and toks.capital[x]
                and toks.capital[x - 1]
                and toks.capital[x - 2]
                and toks.gap[x - 1] == " "
            }
        return toks.fold[k] in self.bracketed_acronyms

    def _national(self, k: int) -> bool:
        """The short form at k names one body of the whole state, so no place follows it: a
        ministry named by its portfolio ("Kemenkeu": "Kementerian Keuangan"), or an institution
        ("Kejagung"); not a regional office ("Kejari Sukamaju")."""
        lex, f = self.lex, self.toks.fold[k]
        spelled = lex.short_forms[f]
        return f in lex.institutions or any(
            match_at(lex.role_domains, list(spelled), x) == len(spelled) - x
            for x in range(1, len(spelled))
        )

    def _company_named(self, a: int, b: int) -> int:
        """Where the holder opens in the run a..b after a company's title ("CEO Orvex Budi
        Santoso": at "Budi"), b when the run names the company alone ("bos Orvex itu"), 0 when
        it opens with the holder. The company is one word, no name's word, that the text writes
        elsewhere on its own ("saham Orvex", "Orvex meluncurkan") and never opening a name of
        more words than itself ("Dirut Nicke" beside "Nicke Widyawati": a given name)."""
        toks, lex, initial = self.toks, self.lex, self.toks.initial
        f = toks.fold[a]
        if f in lex.first_names or f in lex.last_names or f in self._surnames():
            return 0
        if toks.is_acronym(a) or not self._rare(a):
            return 0
        holder = next((p for p in range(a + 1, b - 1) if self._opens_holder(p, b)), b)
        if holder - a != 1:
            return 0  # (a name of its own: "Dirut Tarvo Kesk", or more than one word before)
        alone = False
        for x in self.capitalised:
            if x == a or toks.fold[x] != f:
                continue
            after = x + 1 < toks.n and toks.sent[x + 1] == toks.sent[x] and toks.gap[x + 1] == " "
            if after and toks.capital[x + 1] and not self._common_word(x + 1):
                return 0  # "Nicke Widyawati": it opens a name elsewhere
            before = x > 0 and toks.sent[x - 1] == toks.sent[x] and toks.gap[x] == " "
            alone = alone or not (before and toks.capital[x - 1] and not initial[x - 1])
        return holder if alone else 0

    def _opens_holder(self, p: int, b: int) -> bool:
        """A first name opening the two to four words, up to b, of a person's name (an initial
        may stand inside it: "Wahyu A Widagdo")."""
        return (
            2 <= b - p <= 4
            and self.toks.fold[p] in self.lex.first_names
            and self._name_word(b - 1)
            and all(self._name_word(x) or self._initial(x) for x in range(p + 1, b - 1))
        )

    def _initial(self, k: int) -> bool:
        word = self.toks.text[k]
        return len(word) == 1 and word.isupper()

    def _is_name_part(self, k: int) -> bool:
        """Word k reads as part of a person's name going on ("Abdul" before "Hakim Mahfudz")."""
        f = self.toks.fold[k]
        return f in self.lex.first_names or f in self.lex.name_prefixes or f in self.lex.connectors

    def _name_initials(self, a: int, b: int) -> bool:
        """'Jaksa Agung ST Burhanuddin': one to three capitals right before the one word that
        ends the run are the person's initials, when the text never writes them before another
        word or alone (an organization's short name is: "DPR menyetujui"; and it comes before
        a full name: "Ketua MK Anwar Usman")."""
        toks = self.toks
        word = toks.text[a]
        if not (word.isalpha() and len(word) <= 3) or b != a + 2 or not self._rare(a + 1):
            return False
        if self.acronym_next is None:
            self.acronym_next = {}
            for k in range(toks.n):
                if toks.capital[k] and toks.text[k].isupper():
                    follows = k + 1 < toks.n and toks.sent[k + 1] == toks.sent[k]
                    nxt = toks.fold[k + 1] if follows and self.toks.gap[k + 1] == " " else ""
                    self.acronym_next.setdefault(toks.fold[k], set()).add(nxt)
        return self.acronym_next.get(toks.fold[a]) == {toks.fold[a + 1]}

    def _company_named_before(self, a: int, b: int, legal: bool = True) -> int | None:
        """'Direktur Utama PT Sinar Bakti Agus Pratomo' after 'PT Sinar Bakti' was named on its
        own: the company's name as the text wrote it before, then its holder's name."""
        fold = self.toks.fold
        named = {
            tuple(fold[c.first : c.last])
            for c in self.candidates
            if fold[c.first] == fold[a] and c.last - c.first > 1 and c.kind in ("name", "org")
        }
        for p in range(b - 2, a + 1, -1):
            if tuple(fold[a:p]) not in named:
                continue
            if self._opens_holder(p, b):
                return p
            if (
                not legal
                and 2 <= b - p <= 4
                and all(self._rare(x) and self._name_word(x) for x in range(p, b))
            ):
                # "Direktur Bisnis Bank Mega Syariah Rasmoro Pramono Aji" after "Bank Mega
                # Syariah" was named on its own: the rare words after the body's name are its
                # holder's, whatever the first
                return p
        return None

    def _holder_after_company(self, a: int, b: int) -> int:
        """Where a title's holder starts after a legal form: 'Direktur PT Maju Jaya Budi
        Santoso'. The company's name has two words at least, the holder's name opens with a
        first name and has two words; else the whole run is the company ("CV Putra Buana")."""
        fold = self.toks.fold
        for p in range(a + 3, b - 1):
            if fold[p] in self.lex.first_names and all(self._rare(x) for x in range(p, b)):
                return p
            if (
                fold[p - 1] in self.lex.legal_forms
                and 2 <= b - p <= 4
                and all(self._name_word(x) for x in range(p, b))
            ):
                return p  # "PT Aneka Tambang Tbk I Dewa Wirantaya": the name closes at its form
        return b

    def _bare_name(self, a: int, b: int) -> bool:
        """Words a..b are a name of one to three words with no head, short name or country."""
        m = self.marks
        return b - a <= 3 and not any(
            m.org_head[x] or m.media_head[x] or m.country[x] or self.toks.is_acronym(x)
            for x in range(a, b)
        )

    def acronym_of_place(self, a: int, b: int, after_title: bool) -> int:
        """Where a body's short name followed by its place ends ("DPRD Jawa Timur", "KPU Kota
        Surabaya", "BPBD Kabupaten Bandung Barat"), or 0: an acronym that is no place's or
        country's name itself, then a known region (perhaps after a place's head) or, after a
        place's head, a name the gazetteer lacks, then the place's tail. Only where heads come
        first: in English the place opens a name ("NCNB Texas National Bank")."""
        toks, m, lex = self.toks, self.marks, self.lex
        f = toks.fold[a]
        if (
            lex.noun_last  # ("NCNB Texas National Bank": the place inside a name)
            or b - a < 2
            or not toks.is_acronym(a)
            or m.country[a]
            or m.region[a]
            or f in lex.place_heads
            or f in lex.name_prefixes
        ):
            return 0
        x = a + 1
        head = toks.fold[x] in lex.place_heads and x + 1 < b
        if head:
            x += 1  # "Kota", "Provinsi"
        if m.region[x]:
            while x < b and m.region[x]:
                x += m.region[x]
        elif head and self._name_word(x):
            # after a place's head, a name the gazetteer lacks: "KPU Kota Bandung"; its one
            # word after a title (its holder may follow), else all of it ("Kabupaten Way Kanan")
            x += 1
            while not after_title and x < b and self._name_word(x):
                x += 1
        else:
            return 0
        while x < b and toks.fold[x] in lex.place_tails:
            x += 1  # "DPRD Kabupaten Bandung Barat"
        return min(x, b)

    def _after_place_run(self, a: int, b: int) -> tuple[int, str | None]:
        m = self.marks
        x = a + 1
        iso = None
        while x < b and not (m.country[x] or m.region[x]):
            x += 1
        if x >= b:
            return b, self._inner_iso(a, b)
        while x < b and (m.country[x] or m.region[x]):
            iso = iso or m.country_iso.get(x)
            x += m.country[x] or m.region[x]
        while x < b and self.toks.fold[x] in self.lex.place_tails:
            x += 1  # "Partai Gerakan Indonesia Raya": a place's tail closes the name too
        return min(x, b), iso

    def _inner_iso(self, a: int, b: int) -> str | None:
        m = self.marks
        if not any(m.country[a:b]):
            return None  # most runs: no country's name in them (a slice read in C)
        return next(
            (m.country_iso[x] for x in range(a, b) if m.country[x] and x + m.country[x] <= b), None
        )

    def _premises_of(self, k: int, b: int) -> bool:
        """Token k opens the organization's own name in [k, b): its head, or its short form."""
        m, toks = self.marks, self.toks
        if toks.is_acronym(k):
            # "Kantor DJP", "Pihak BPJS Kesehatan": a short name, perhaps with its field
            return all(m.domain[x] and toks.capital[x] for x in range(k + 1, b))
        # (not the second word of a head of two, "Kantor Wilayah", or of an office's name,
        # "Kantor Staf Presiden")
        return (
            m.org_head[k]
            and match_at(self.lex.org_heads, toks.fold, k - 1) < 2
            and match_at(self.lex.titled_offices, toks.fold, k - 1) < 2
        )

    def _names_a_currency(self, a: int, b: int) -> bool:
        """Words a..b, a country's name, stand right after or before a currency's word."""
        toks, words = self.toks, self.lex.currency_words
        before = a > 0 and toks.sent[a - 1] == toks.sent[a] and toks.gap[a] == " "
        # (a short form's stop may stand before it: "the U.S. dollar")
        after = b < toks.n and toks.sent[b] == toks.sent[a] and toks.gap[b] in (" ", ". ")
        return (before and toks.fold[a - 1] in words) or (after and toks.fold[b] in words)

    def add(self, kind: str, a: int, b: int, iso: str | None = None) -> Candidate | None:
        toks = self.toks
        if a >= b:
            return None
        if b - a > 1 and toks.fold[a] in self.lex.premises:
            length = match_at(self.lex.premises, toks.fold, a, b)
            if length and b - a > length and self._premises_of(a + length, b):
                a += length  # "Kantor Kementerian Keuangan": the building; the ministry acts
        if kind == "name" and b - a > 1 and self.party_number(a):
            a += 1  # "Terdakwa II Rina Wati": the party's number, no part of her name
        if toks.fold[a] in self.lex.conjunctions and not toks.capital[a]:
            a += 1  # "... Jakarta Utara dan Kepulauan Seribu": no name opens with "dan"
            if a >= b:
                return None
            if self.marks.country[a] == b - a:
                kind, iso = "country", self.marks.country_iso.get(a)  # "Uni Eropa dan AS"
        start, end = toks.start[a], toks.end[b - 1]
        end = self._without_enclitic(b - 1, end)
        if end <= start:
            return None
        text = self.text[start:end]
        if (
            kind in ("name", "org")
            and (
                match_at(self.lex.thing_heads, toks.fold, a, b)
                or self._thing_tail(a, b)
                or self._thing_after_own_words(a, b)
            )
            and not (b - a == 1 and self._described_as_one_of(a))  # ("Hari, salah satu ...")
        ):
            self.thing_ends.add(b)
            return None  # a law, a meeting, a programme: named like an actor but not one
        if kind == "country" and self._names_a_currency(a, b):
            return None  # "200 juta dollar AS", "5 U.S. dollars": money, no state acting
        if b - a == 1 and a in self.thing_ends and self.toks.gap[a].strip() == "(":
            if toks.is_acronym(a) and not self.marks.country[a]:  # (not "Dolar Amerika (AS)")
                self.thing_short_forms.add(toks.text[a])
            return None  # "Indeks Harga Konsumen (IHK)": the thing's short form
        if b - a == 1 and toks.text[a] in self.thing_short_forms:
            return None  # ... and so wherever the text writes it after ("HET", "RUPTL")
        if (
            b - a == 1
            and toks.fold[a] in self.lex.numbered_units
            and not self._named_after(a)
            # (not a person's initials: "RW selaku Direktur Keuangan", "berinisial RT")
            and not (a + 1 < toks.n and match_at(self.lex.role_introducers, toks.fold, a + 1))
            and not (a > 0 and toks.fold[a - 1] in self.lex.name_introducers)
        ):
            return None  # "di tingkat RT, RW": units in general, none named by its number
        if (
            b - a == 1
            and toks.is_acronym(a)
            and not self.marks.country[a]
            and self._acronym_as_noun(a)
        ):
            return None  # "tiga LP", "PP Nomor 28", "SEA Games": things counted or named
        # (the first word alone first: most names do not open with a Roman number)
        if _ROMAN.fullmatch(toks.text[a]) and all(
            _ROMAN.fullmatch(toks.text[x]) for x in range(a + 1, b)
        ):
            return None  # "II-IV", "IV": a number, no actor
        cand = Candidate(start, end, text, toks.sent[a], a, b, kind, iso=iso)
        cand.acronym = b - a == 1 and toks.is_acronym(a)
        if kind == "name" and b - a == 1 and not cand.acronym:
            if (
                toks.fold[a] in self.lower_words
                and not self._described_as_one_of(a)
                and not (toks.fold[a] in self.lex.outlets and self._media_cue_before(a))
            ) or (len(toks.text[a]) == 1 and not self._initials_after_person_noun(a)):
                # also written in lower case: a common word capitalised (not one described as
                # a person: "Hari, salah satu wali murid"; nor an outlet cited by name: "antara
                # lain ... dikutip dari Antara"); an initial (but "tersangka A": a person's)
                return None
            if toks.fold[a] in self.lex.name_prefixes:
                return None
        if kind == "name" and b - a > 1:
            lower = len([f for f in toks.fold[a:b] if f in self.lower_words])
            cand.common = 2 * lower > b - a
        if kind == "name" and not cand.acronym:
            rare = [
                self._rare(x)
                or self._inner_initial(x, a, b)
                or (x == a and b - a > 2 and self._initial_with_stop(x))  # "M. Iftitah ..."
                or (x + 1 < b and self._name_shaped(x + 1))  # the family name: "Shin Tae-hoon"
                for x in range(a, b)
            ]
            # A famous name is a frequent word too ("Jokowi", "Trump"): one word after a title
            # is its holder all the same.
            cand.common_word, cand.rare_word = not all(rare), any(rare) or b - a == 1
            # "Dana APBN": a first name is a cue only before other name words (frequent ones
            # too: "Donald Trump").
            opening = (
                a + 1 if b - a > 2 and self._initial_with_stop(a) else a
            )  # "H. Marshall Schwarzer"
            cand.first_name = toks.fold[opening] in self.lex.first_names and all(
                self._name_word(x) or self._generation(x, a) or self._initial_with_stop(x)
                for x in range(a + 1, b)
            )
            if toks.fold[opening] in self.lex.wordlike_names:  # "Summer Music Weekend"
                cand.first_name = cand.first_name and all(
                    rare[x - a] or self._generation(x, a) or self._initial_with_stop(x)
                    for x in range(opening + 1, b)
                )
        if kind == "name" and b - a == 1 and not cand.acronym and self._org_suffix(a):
            cand.vote("org", STRONG)  # "Gazprombank": a company's name ending in its kind
        if kind == "name" and toks.fold[a] in self.lex.name_prefixes:
            cand.person_cue = True
            cand.vote("person", STRONG)
        self.candidates.append(cand)
        return cand

    def party_number(self, k: int) -> bool:
        """A Roman number at token k after a noun of a case's party numbers that party
        ("Terdakwa II Rina Wati", "Teradu VI Dedi"); "I" does so only where the text numbers the
        noun past one (not "saksi I Wayan Sudana", a Balinese name)."""
        toks = self.toks
        if k == 0 or toks.sent[k - 1] != toks.sent[k] or not _ROMAN.fullmatch(toks.text[k]):
            return False
        noun = toks.fold[k - 1]
        if noun not in self.lex.person_nouns:
            return False
        return toks.text[k] != "I" or any(
            toks.fold[x - 1] == noun and toks.text[x] != "I" and _ROMAN.fullmatch(toks.text[x])
            for x in range(1, toks.n)
        )

    def _acronym_as_noun(self, k: int) -> bool:
        """The short form at token k names things, not an actor: counted ("tiga LP", "3 LP",
        not "Komisi 3 DPR"), a document before its number ("PP Nomor 28"), or the first word of
        an event's name ("SEA Games")."""
        toks, lex = self.toks, self.lex
        prev = k - 1 if k > 0 and toks.sent[k - 1] == toks.sent[k] and toks.gap[k] == " " else -1
        if prev >= 0 and (
            toks.fold[prev] in lex.count_determiners
            or (
                toks.text[prev].isdigit()
                and len(toks.text[prev]) <= 3
                and not (
                    prev > 0 and toks.sent[prev - 1] == toks.sent[k] and toks.capital[prev - 1]
                )
            )
        ):
            return True
        nxt = k + 1
        if nxt >= toks.n or toks.sent[nxt] != toks.sent[k] or toks.gap[nxt] != " ":
            return False
        if toks.capital[nxt] and toks.fold[nxt] in lex.thing_tails:
            return True
        return (
            toks.fold[nxt] in lex.document_numbers
            and not (prev >= 0 and toks.fold[prev] in lex.document_nouns)  # "putusan MK Nomor 3"
            and nxt + 1 < toks.n
            and toks.sent[nxt + 1] == toks.sent[k]
            and toks.text[nxt + 1][:1].isdigit()
        )

    def _named_after(self, k: int) -> bool:
        """A number or a capitalised word right after token k, in its sentence."""
        toks = self.toks
        n = k + 1
        return (
            n < toks.n
            and toks.sent[n] == toks.sent[k]
            and toks.gap[n] == " "
            and (toks.text[n][:1].isdigit() or toks.capital[n])
        )

    def _thing_after_own_words(self, a: int, b: int) -> bool:
        """'Pemutakhiran Rencana Kerja Pemerintah': where heads come first, the language's own
        words (no head among them) before a thing's head name that thing."""
        toks, lex, m = self.toks, self.lex, self.marks
        if lex.org_noun_follows:
            return False
        shape = lex.field_shape
        x = a
        while (
            x < b
            and (
                toks.fold[x] in lex.own_words
                or (shape is not None and shape.fullmatch(toks.fold[x]) is not None)
            )
            and not m.org_head[x]
            and not m.country[x]
            and toks.fold[x] not in lex.first_names  # (a person's: "Budi Hari Santoso")
        ):
            if x > a and match_at(lex.thing_heads, toks.fold, x, b):
                return True
            x += 1
        return False

    def _org_suffix(self, k: int) -> bool:
        word = self.toks.fold[k]
        suffixes = self.lex.org_suffixes
        if not word.endswith(suffixes):
            return False  # most words: one test in C for all the endings
        return any(word.endswith(s) and len(word) >= len(s) + 3 for s in suffixes)

    def _common_word(self, k: int) -> bool:
        f = self.toks.fold[k]
        return (
            (f in self.lex.common_words or f in self.lower_words)
            and not self.toks.is_acronym(k)
            and not self._name_shaped(k)
        )

    def _name_shaped(self, k: int) -> bool:
        """Word k has the shape of a part of a person's name ("Tae-hoon")."""
        shape = self.lex.name_shape
        return bool(shape and shape.fullmatch(self.toks.text[k]))

    def _without_enclitic(self, k: int, end: int) -> int:
        """'bank-bank Himbaranya' -> Himbara, when the bare name is written elsewhere; a name
        known only with the ending ("BLT-nya") is dropped."""
        word = self.toks.fold[k]
        for enclitic in self.lex.enclitics:
            if word.endswith(enclitic) and len(word) > len(enclitic) + 1:
                stem = word[: -len(enclitic)].rstrip("-")
                if stem in self.known_stems:
                    return end - (len(word) - len(stem))
                if word[: -len(enclitic)].endswith("-"):
                    return -1
        return end

    # --- lower-case mentions --------------------------------------------------------------------

    def lowercase_mentions(self) -> None:
        toks, lex = self.toks, self.lex
        quote_starts = {s: e for s, e in self.quotes}
        groups: list[tuple[int, int]] = []
        sent, body, pronouns, enclitics = toks.sent, self.body, lex.pronouns, lex.enclitics
        # The words that may be one, found in one pass: a pronoun or a group cue, or a word
        # ending in an enclitic that is not after a plain space (so may follow a quotation).
        cues = pronouns | lex.group_cues
        for i in [
            i
            for i, (f, gap) in enumerate(zip(toks.fold, toks.gap, strict=True))
            if f in cues or (gap != " " and f.endswith(enclitics))
        ]:
            if not body[sent[i]]:
                continue
            f = toks.fold[i]
            if f in pronouns:
                self.candidates.append(
                    Candidate(
                        toks.start[i], toks.end[i], toks.text[i], toks.sent[i], i, i + 1, "pronoun"
                    )
                )
            elif f.endswith(enclitics) and self._after_quote(i):
                for enclitic in lex.enclitics:
                    if f.endswith(enclitic) and len(f) > len(enclitic) + 2:
                        cand = Candidate(
                            toks.end[i] - len(enclitic),
                            toks.end[i],
                            self.text[toks.end[i] - len(enclitic) : toks.end[i]],
                            toks.sent[i],
                            i,
                            i + 1,
                            "pronoun",
                        )
                        cand.speaker_enclitic = True
                        self.candidates.append(cand)
                        break
            elif f in lex.group_cues and not toks.capital[i]:
                groups.append(self._group_span(i, quote_starts))
        self._group_mentions(groups)

    def _after_quote(self, i: int) -> bool:
        """The word right after a closing quotation mark ('"...," ujarnya', '"...," he said')."""
        if i == 0:
            return False
        gap = self.toks.gap[i]
        if gap.strip(" ,") not in ('"', "”", ',"', ",”"):
            return False
        mark = self.toks.end[i - 1] + max(gap.rfind('"'), gap.rfind("”"))
        return mark in self.quote_closers

    def _group_span(self, i: int, quote_starts: dict[int, int]) -> tuple[int, int]:
        """A group cue's phrase: the whole quotation it opens, or the cue with a name after it."""
        toks = self.toks
        start = toks.start[i]
        before = start - 1
        if before >= 0 and self.text[before] in _OPEN_QUOTES and before in quote_starts:
            end = quote_starts[before] - 1
            if 0 < end - start < 80:
                return start, end
        if (
            i + 1 < toks.n
            and self.toks.gap[i + 1] == " "
            and toks.capital[i + 1]
            and toks.sent[i + 1] == toks.sent[i]
        ):
            return start, toks.end[i + 1]
        return start, toks.end[i]

    def _group_mentions(self, spans: list[tuple[int, int]]) -> None:
        """Group phrases, plus the later unquoted repeats of a phrase first given in quotes."""
        phrases = {self.text[s:e].casefold() for s, e in spans if " " in self.text[s:e]}
        longest = {s: e for s, e in spans}
        lowered = self.text.casefold()  # same length as the text for the scripts we read
        if len(lowered) != len(self.text):
            phrases = set()
        for phrase in phrases:
            pos = lowered.find(phrase)
            while pos >= 0:
                longest[pos] = max(longest.get(pos, 0), pos + len(phrase))
                pos = lowered.find(phrase, pos + 1)
        spans = sorted(longest.items())
        toks = self.toks
        for s, e in spans:
            i = bisect.bisect_left(toks.start, s)
            if i >= toks.n or not self.body[toks.sent[i]]:
                continue
            last = bisect.bisect_left(toks.start, e)
            self.candidates.append(Candidate(s, e, self.text[s:e], toks.sent[i], i, last, "group"))

    # --- context --------------------------------------------------------------------------------

    def _outlet(self, cand: Candidate) -> bool:
        return " ".join(self.toks.fold[cand.first : cand.last]) in self.lex.outlets

    def link_brackets(self) -> None:
        """'Saudi Press Agency (SPA)', 'Joko Widodo (Jokowi)': the bracketed form is an alias."""
        cands = self.candidates
        for x in range(1, len(cands)):
            inner, outer = cands[x], cands[x - 1]
            if inner.sent != outer.sent or outer.kind == "pronoun":
                continue
            gap = self.text[outer.end : inner.start]
            if outer.kind == "title":
                if self._title_short_form(gap, inner):
                    inner.kind = "joined"  # "Kepala Dinas Pendidikan (Disdik)": the title's
                continue
            if (
                gap.strip() != "("
                and gap.rstrip().endswith("(")
                and all(fold(w) in self.lex.legal_forms for w in gap.rstrip()[:-1].split())
            ):
                gap = "("  # "PT Alamtri Resources Indonesia Tbk (ADRO)": past its legal form
            if gap.startswith(". ") and self.toks.fold[outer.last - 1] in self.lex.legal_forms:
                gap = gap[1:]  # "PT Barito Renewables Energy Tbk. (BREN)": its stop
            if gap.strip() == "(" and self.text[inner.end : inner.end + 1] == ")":
                if self._outlet(inner) and not self._outlet(outer):
                    continue  # "WASHINGTON (AP) —": a dateline's place, then its outlet
                if self.marks.org_head[inner.first] and inner.last - inner.first == 1:
                    inner.kind = "joined"  # "PT Kereta Api Indonesia (Persero)": a legal form
                    continue
                if outer.kind == "place" and inner.kind == "name":
                    inner.kind = "place"  # "Bupati Sukamaju Timur (Sutim)": the place, short
                if inner.acronym and x >= 2:
                    self._join_conjoined_expansion(cands[x - 2], outer, inner)
                    self._join_country_expansion(cands[x - 2], outer, inner)
                inner.alias_of = x - 1
                if inner.acronym and outer.kind == "name" and self._persons_initials(outer, inner):
                    outer.vote("person", STRONG)  # "Tarno Wiryo (TW)": a person's initials
                elif (
                    inner.acronym
                    and outer.kind == "name"
                    and outer.last - outer.first > 1
                    and self.toks.fold[outer.first] not in self.lex.first_names
                    and not self._thing_name(outer)
                ):
                    # an acronym expands to an organization's name (a person's initials follow
                    # a first name: "Bambang Rudi Tanoto (BRT)")
                    outer.vote("org", STRONG)

    def _persons_initials(self, outer: Candidate, inner: Candidate) -> bool:
        """The bracketed letters are the initials of a name of two to four words, each of which
        may be part of a person's name or a form of address kept in it ("Kang Tarno Wiryo
        (KTW)"; no common word, no organization's head: "Komisi Pemberantasan Korupsi (KPK)" is
        none)."""
        span = range(outer.first, outer.last)
        letters = inner.text.replace(".", "").upper()
        words = [self.toks.text[k].upper() for k in span]
        return (
            2 <= len(span) <= 4
            # (or the first letters of each word: "Isnan Wiryo (ISW)")
            and (self._initials(outer) == letters or _prefix_initials(words, letters))
            and all(
                (self._rare(k) or self.toks.fold[k] in self.lex.name_prefixes)
                and not self.marks.org_head[k]
                for k in span
            )
        )

    def _thing_tail(self, a: int, b: int) -> bool:
        """Words a..b end in a thing's last word ("... Act", "... War"), not the subject of a
        body named after its head and a connector ("Institute for the Study of War")."""
        fold, connectors = self.toks.fold, self.lex.connectors
        return fold[b - 1] in self.lex.thing_tails and not (
            self.marks.org_head[a] and any(fold[k] in connectors for k in range(a + 1, b - 1))
        )

    def _thing_name(self, cand: Candidate) -> bool:
        """'Tempat Pengolahan Sampah Terpadu (TPST)', 'Electronic Road Pricing (ERP)': common
        words only and no organization's head word name a facility, a scheme or a tax, which
        do not act (unlike 'Komisi Pemberantasan Korupsi (KPK)')."""
        span = range(cand.first, cand.last)
        return all(self._common_word(k) for k in span) and not any(
            self.marks.org_head[k] or self.marks.media_head[k] for k in span
        )

    def _title_short_form(self, gap: str, inner: Candidate) -> bool:
        """One bracketed word right after a title, no first name: the title's short form."""
        toks = self.toks
        return (
            gap.strip() == "("
            and self.text[inner.end : inner.end + 1] == ")"
            and inner.last - inner.first == 1
            and toks.fold[inner.first] not in self.lex.first_names
        )

    def _initials(self, cand: Candidate) -> str:
        toks = self.toks
        # (each word of a compound: "Ibu Kota Nusantara (IKN)")
        words = (toks.text[k].split(" ") for k in range(cand.first, cand.last) if toks.capital[k])
        return "".join(w[0] for parts in words for w in parts)

    def _join_conjoined_expansion(
        self, before: Candidate, outer: Candidate, inner: Candidate
    ) -> None:
        """'Anggaran Pendapatan dan Belanja Negara (APBN)': the acronym spells both names joined
        by one lower-case word, so they are one name."""
        letters = inner.text.replace("-", "").replace(".", "").upper()
        between = self.text[before.end : outer.start].strip()
        joined = between.islower() or between == "&"  # "... Defense & Space Company (EADS)"
        if before.sent != outer.sent or before.kind not in ("name", "org") or not joined:
            return
        if " " in between or self._initials(before) + self._initials(outer) != letters:
            return
        outer.start, outer.first = before.start, before.first
        outer.text = self.text[outer.start : outer.end]
        outer.kind = "org" if outer.kind == "org" or before.kind == "org" else outer.kind
        before.kind = "joined"  # no longer a mention of its own

    def _join_country_expansion(
        self, before: Candidate, outer: Candidate, inner: Candidate
    ) -> None:
        """'Indonesia Policy Forum (IPF)': the acronym spells a country's name and the name
        after it, so they are one organization's name."""
        letters = inner.text.replace("-", "").replace(".", "").upper()
        if (
            before.kind != "country"
            or outer.kind != "name"
            or before.sent != outer.sent
            or self.text[before.end : outer.start] != " "
            or self._initials(before) + self._initials(outer) != letters
        ):
            return
        outer.start, outer.first = before.start, before.first
        outer.text = self.text[outer.start : outer.end]
        outer.kind = "org"
        before.kind = "joined"  # no longer a mention of its own

    def mark_context(self) -> None:
        """Cues around each candidate: org nouns, media cues, place prepositions, quotes."""
        toks, lex = self.toks, self.lex
        first_in_sentence: set[int] = set()
        lists: list[list[Candidate]] = []  # names listed after an org noun, the first first
        for cand in self.candidates:
            cand.quoted = self.in_quote(cand.start)
            named = cand.kind in ("name", "org", "media", "pronoun", "title")
            if named and not cand.quoted and cand.sent not in first_in_sentence:
                first_in_sentence.add(cand.sent)
                cand.subject = True
            if cand.kind not in ("name", "org", "media"):
                continue
            a, b = cand.first, cand.last
            if lex.outlets and self._outlet(cand):
                cand.kind = "media"  # "AFP", "the BBC": an outlet known by name
            if "." in cand.text and _DOMAIN.search(cand.text):  # (a domain has a stop)
                cand.vote("media", STRONG)
            if a > 0 and toks.sent[a - 1] == cand.sent:
                prev = toks.fold[a - 1]
                back = a - 2 if (prev in lex.articles or lex.demonym(prev)) and a > 1 else a - 1
                if (
                    toks.fold[back] in lex.org_nouns
                    and toks.sent[back] == cand.sent
                    and "," not in self.toks.gap[a]  # not "the union, Tony Woodley": an apposition
                    # (not a name's last word: "Orvex Group Jim Harlan")
                    and (not toks.capital[back] or back == 0 or toks.sent[back - 1] != cand.sent)
                ):
                    cand.vote("org", STRONG)
                    lists.append([cand])
                elif lists and self._next_in_list(lists[-1][-1], cand) is not None:
                    lists[-1].append(cand)
                if self._media_cue_before(a) and not (cand.first_name and b - a > 1):
                    cand.vote("media", STRONG)  # (not "dilaporkan oleh Davide Farnoccia")
                if prev in lex.person_nouns and "," not in self.toks.gap[a]:
                    cand.vote("person", STRONG)  # "tersangka berinisial DS", "suspect Lee"
                    cand.person_cue = True
                elif self._initials_listed_after_person_noun(a):
                    cand.vote("person", STRONG)  # "berinisial S, DP, ABT, dan HS": four people
                    cand.person_cue = True
                if (
                    prev in lex.place_prepositions
                    and a > 1
                    and toks.sent[a - 2] == cand.sent
                    and toks.fold[a - 2] in lex.holding_nouns
                ):
                    cand.vote("org", STRONG)  # "a stake in Orvex", "investors in Orvex"
                elif prev in lex.place_prepositions or (
                    prev in lex.place_heads and toks.text[a - 1].islower() and toks.gap[a] == " "
                ):
                    cand.place_cue = True  # "di Paris", "kota Makassar"
            if (
                b - a > 1
                and toks.is_acronym(a)
                and not lex.noun_last
                and all(self.marks.domain[x] and toks.capital[x] for x in range(a + 1, b))
            ):
                cand.vote("org", STRONG)  # "BPJS Kesehatan": a body's short name and its field
            if self._initials_holding_title(a, b, cand.sent):
                cand.vote("person", STRONG)  # "RR selaku Direktur Utama PT X": initials
                cand.person_cue = True
            if b - a == 1 and toks.initial[a] and self._described_as_one_of(a):
                cand.vote("person", STRONG)  # "Hari, salah satu wali murid, ...": a person
            if cand.kind == "name" and self._age_after(b) and self._could_be_aged(a, b):
                cand.vote("person", STRONG)  # "Nani (52), warga RW 04": a person's age
                cand.person_cue = True
            if b < toks.n and toks.sent[b] == cand.sent and toks.fold[b] in lex.media_verbs:
                cand.vote("media", WEAK)
            if (
                b < toks.n
                and toks.sent[b] == cand.sent
                and self.toks.gap[b].strip() == ","
                and toks.fold[b].rstrip(".") in lex.state_short_forms
            ):
                cand.place_cue = True  # "Oak Hollow, Mich.": a town and its state
            cand.speaker = self._speech_verb_next(a, b)
            if self._subject_verb_after(a, b):
                cand.vote("org", WEAK)
            if self._org_noun_after(b, cand.sent) or self._company_attribute_after(b, cand.sent):
                cand.vote("org", STRONG)  # "the Unite union", "partai Golkar" after its name
            elif self._media_noun_after(b, cand.sent):
                cand.vote("media", STRONG)  # "the Tarvex news agency said"
            if self._org_apposition_after(b, cand.sent):
                cand.vote("org", STRONG)
        for names in lists:
            # "the auto companies Toyota, Nissan and Honda": a list closed by a conjunction (not
            # "fraksi PDIP, Suharsono", an apposition)
            if len(names) > 1 and self._next_in_list(names[-2], names[-1]):
                for cand in names[1:]:
                    cand.vote("org", STRONG)

    def _initials_holding_title(self, a: int, b: int, sent: int) -> bool:
        """Tokens a..b are a person's initials introduced to a capitalised title ("RR selaku
        Dirut PT X"); a body named so takes no title ("BI selaku bank sentral")."""
        toks = self.toks
        word = toks.text[a]
        if b != a + 1 or b >= toks.n or not word.isalpha() or not word.isupper():
            return False
        if not 2 <= len(word) <= 4:
            return False
        if a > 0 and toks.gap[a] == " " and (self.marks.role[a - 1] or toks.capital[a - 1]):
            return False  # "Gubernur BI sebagai Anggota": the body the title before it is of
        n = match_at(self.lex.role_introducers, toks.fold, b)
        return bool(
            n
            and b + n < toks.n
            and toks.sent[b + n] == sent
            and toks.capital[b + n]
            and self.marks.role[b + n]
        )

    def _initials_listed_after_person_noun(self, a: int) -> bool:
        """Token a is in a list of initials ("S, DP, ABT, dan HS") after a person noun."""
        toks, lex = self.toks, self.lex
        if not toks.text[a].isupper() or len(toks.text[a]) > 4:
            return False
        k = a - 1
        while k >= 0 and toks.sent[k] == toks.sent[a] and self.toks.gap[k + 1].strip() in ("", ","):
            word = toks.text[k]
            if toks.fold[k] in lex.person_nouns:
                return k < a - 1
            if not ((word.isupper() and len(word) <= 4) or toks.fold[k] in lex.conjunctions):
                return False
            k -= 1
        return False

    def _next_in_list(self, before: Candidate, cand: Candidate) -> bool | None:
        """`cand` follows `before` in a list: True after a conjunction, False after a comma
        alone, None when it does not."""
        if before.sent != cand.sent or cand.kind not in ("name", "org"):
            return None
        between = self.text[before.end : cand.start].strip()
        if between.startswith(","):
            between = between[1:].strip()
            if not between:
                return False
        return True if fold(between) in self.lex.conjunctions else None

    def _initials_of_a_person(self, k: int) -> bool:
        """Token k, written in capitals, is a person's initials the text introduces as such
        ("tersangka berinisial RS", "RS (34)"), though a head's short form spells them too."""
        toks, lex = self.toks, self.lex
        if not toks.is_acronym(k):
            return False
        before = toks.fold[k - 1] if k > 0 and toks.sent[k - 1] == toks.sent[k] else ""
        return (
            before in lex.name_introducers or before in lex.person_nouns or self._age_after(k + 1)
        )

    def _age_after(self, b: int) -> bool:
        """An age in brackets stands right after the words before token b: "(45)", "(52 tahun)"."""
        if b > self.toks.n or b < 1:
            return False
        return self.lex.age.match(self.text, self.toks.end[b - 1]) is not None

    def _could_be_aged(self, a: int, b: int) -> bool:
        """Words a..b may be a person's name, an age after them ("Sari (45)"): no word the
        lexicon knows (not "Ayat (1)" after "Pasal 55", "RSUD Lembang (2)"), no number before
        them, and not common words only ("Tanah Air")."""
        toks = self.toks
        return (
            not (a > 0 and toks.text[a - 1][:1].isdigit())
            and (
                not any(self.lexical(x) for x in range(a, b))
                or (b - a == 1 and self._initials_of_a_person(a))  # "RS (34)": initials
            )
            and not match_at(self.lex.thing_heads, toks.fold, a, b)
            and (b - a == 1 or not all(self._common_word(x) for x in range(a, b)))
        )

    def _speech_verb_next(self, a: int, b: int) -> bool:
        """'kata Pras', '"...," said Vance': a verb of saying before the name cues a person;
        after it ("Boeing said") only for a known person's name: organizations speak too."""
        toks, verbs, lex = self.toks, self.lex.speech_verbs, self.lex
        sent = toks.sent[a]
        before = a > 0 and toks.sent[a - 1] == sent and toks.fold[a - 1] in lex.speaker_after
        if before and self.toks.gap[a] == " ":
            return True
        after = b < toks.n and toks.sent[b] == sent and toks.fold[b] in verbs
        known = toks.fold[b - 1] in lex.first_names or toks.fold[b - 1] in lex.last_names
        return after and self.toks.gap[b] == " " and known

    def _subject_verb_after(self, a: int, b: int) -> bool:
        """'Boeing will begin production', 'after Zentrix announced': a lone word, no person's
        name, then one of the language's `subject_verbs` (where people go by one name, only a
        sentence's first word: "Pramono announced" is a person there)."""
        toks, lex = self.toks, self.lex
        return (
            b == a + 1
            and bool(lex.subject_verbs)
            and (toks.initial[a] or not lex.mononyms)
            and b < toks.n
            and toks.sent[b] == toks.sent[a]
            and self.toks.gap[b] == " "
            and toks.fold[b] in lex.subject_verbs
            and toks.fold[a] not in lex.first_names
            and toks.fold[a] not in lex.last_names
            and not toks.is_acronym(a)
            and toks.fold[a] not in self._surnames()  # "Mark Fenwick" ... "Fenwick had"
            # (not a place's name after its preposition: "Cuban exiles in Miami will ...")
            and not (
                a > 0
                and toks.sent[a - 1] == toks.sent[a]
                and toks.fold[a - 1] in lex.place_prepositions
            )
        )

    def _surnames(self) -> set[str]:
        """Last words of the text's names that open with a first name, or of two rare words no
        list marks ("Yitzhar Ravenal"): people's surnames."""
        if self.surnames is None:
            toks, first_names = self.toks, self.lex.first_names
            self.surnames = {
                toks.fold[c.last - 1]
                for c in self.candidates
                if c.kind == "name"
                and c.last - c.first >= 2
                and (toks.fold[c.first] in first_names or self._two_rare_words(c))
            }
        return self.surnames

    def _two_rare_words(self, c: Candidate) -> bool:
        """A name of two words that are neither common words nor marked by any list (title,
        head of an organization or outlet, country, region)."""
        m = self.marks
        return c.last - c.first == 2 and not any(
            self._common_word(k)
            or m.role[k]
            or m.domain[k]
            or m.org_head[k]
            or m.media_head[k]
            or m.country[k]
            or m.region[k]
            or self.toks.is_acronym(k)
            for k in range(c.first, c.last)
        )

    def _org_noun_after(self, b: int, sent: int) -> bool:
        """A lower-case org noun right after a name, closing the phrase ('the Unite union
        said'): not one that starts a new phrase ('Unite union members' is still a union)."""
        toks = self.toks
        return (
            b < toks.n
            and toks.sent[b] == sent
            and self.toks.gap[b] == " "
            and toks.text[b].islower()
            and toks.fold[b] in self.lex.org_nouns
            and self.lex.org_noun_follows
        )

    def _company_attribute_after(self, b: int, sent: int) -> bool:
        """A lower-case noun right after a name that only a company has ("Microsoft shares
        rose", "an Airbus spokesman said")."""
        toks = self.toks
        return (
            b < toks.n
            and toks.sent[b] == sent
            and toks.gap[b] == " "
            and toks.text[b].islower()
            and toks.fold[b] in self.lex.company_attributes
        )

    def _media_noun_after(self, b: int, sent: int) -> bool:
        """A lower-case noun naming an outlet right after a name ('the Tarvex news agency
        reported'), where such nouns follow the name they mark."""
        toks = self.toks
        return (
            self.lex.org_noun_follows
            and b < toks.n
            and toks.sent[b] == sent
            and self.toks.gap[b] == " "
            and toks.text[b].islower()
            and match_at(self.lex.media_nouns, toks.fold, b) > 0
        )

    def _media_cue_before(self, a: int) -> bool:
        toks, lex = self.toks, self.lex
        country = a  # "media Uzbekistan Tarvon", "kantor berita Rusia TASS": the outlet's state
        while (
            country > 0
            and a - country < 3
            and toks.sent[country - 1] == toks.sent[a]
            and (self.marks.country[country - 1] or lex.demonym(toks.fold[country - 1]))
        ):
            country -= 1
        if country < a and self._media_cue_ending(country):
            return True
        return self._media_cue_ending(a)

    def _media_cue_ending(self, a: int) -> bool:
        """A media cue ends right before token a (no comma between: "Dalam foto yang
        diunggah, Dasco tampak hadir" cites no outlet)."""
        toks, lex = self.toks, self.lex
        if a < toks.n and toks.gap[a].strip():
            return False
        for back in (1, 2, 3):
            k = a - back
            if k < 0 or toks.sent[k] != toks.sent[a]:
                return False
            if toks.fold[k] in lex.media_cues and match_at(lex.media_cues, toks.fold, k, a) == back:
                return True
        return False

    def _org_apposition_after(self, b: int, sent: int) -> bool:
        """'Magna, a Canadian automobile parts company': an org noun closes the apposition."""
        toks = self.toks
        if b >= toks.n or toks.sent[b] != sent or not self.toks.gap[b].startswith(","):
            return False
        if toks.fold[b] not in self.lex.articles:
            return False
        for k in range(b, min(b + 7, toks.n)):
            if toks.sent[k] != sent or (k > b and self.toks.gap[k].strip()):
                return False
            if self.marks.role[k] or toks.fold[k] in self.lex.relations:
                return False  # "Ann Lee, an analyst at the bank": a person's title and employer
            if toks.fold[k] in self.lex.org_nouns:
                # The apposition ends at the noun: "Magna, a Canadian ... company." (but not
                # "John Smith, the firm wanted ...", nor "Ann Lee, the company's director")
                if k + 1 >= toks.n or toks.sent[k + 1] != sent:
                    return True
                gap = self.toks.gap[k + 1].strip()
                return bool(gap) and not self.possessive(k + 1)
        return False
