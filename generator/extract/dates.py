"""Stage: dates, normalized to ISO 8601 at the precision written.

Two passes over the text:

1. *Find*: one compiled regular expression per language (built from CLDR month and weekday names
   and the `dates:` section of the language file) finds every candidate span: calendar dates
   ("6 Januari", "November 28, 2007", "Kamis (1/2/2024)"), months and years with a cue ("tahun
   2011", "since 1989", "Desember 2025"), weekdays ("on Wednesday", "hari Senin"), relative units
   ("tahun lalu", "this year", "pekan lalu"), counted units ("two weeks ago", "tiga hari lalu")
   and relative days ("kemarin", "yesterday"), each with an optional qualifier ("akhir", "early").
2. *Resolve*: each candidate gets a value at the precision written (YYYY, YYYY-MM, YYYY-MM-DD).
   What the text leaves out (the year of "6 Januari", the day of "on Wednesday") comes from the
   publication date or, without one, from the article's own dated narrative, with the tense around
   the span deciding between the last and the next occurrence.

A week is no precision of those: "last week" is its month when the whole week lies in one, else
no date. Durations ("3 bulan", "two years"), times, money and counts are no dates here. Nothing
in this module names a word of any language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, cached_property
from itertools import pairwise

from ..language import Language, fold
from ..model import DateMention, Document
from .wordstarts import word_start_finditer

YEARS = range(1800, 2101)  # a four-digit number outside this span is a count, not a year
WEEKDAY_SLIP_DAYS = 31  # a day this near the publication keeps its year whatever its weekday
PREFIX_WORDS = 5  # words a qualifier, cue or shift may take before a date's core word
LOOKBACK_CHARS = 60
TENSE_WINDOW = 6  # words before a span searched for a tense cue
HABITUAL_REACH = 3  # words before a month where "biasanya", "every" make it one that recurs
# With a publication date, a later date counts this much "further" than an earlier one: news
# reports mostly look back, but "completed in October" written in June is this October.
PAST_FUTURE_WEIGHT = 1.5
# A day (or month) without a year this close after the publication is this year's even in a
# past-tense sentence ("the offer was extended to Nov. 16" in late October): a year back would
# be eleven months away, and news writes the year of a date that old.
NEAR_AFTER_DAYS = 31
RESULTS_DAYS = 100  # a part of a year over by no more than this is still ahead in a future tense
YEAR_RANGE = 30  # "2025-2045": a span of years with no cue is a date when this short


# --- patterns, built once per language ----------------------------------------------------------


@dataclass(frozen=True)
class Rules:
    scan: re.Pattern
    number_scan: re.Pattern  # the forms of `scan` that may begin with a digit, and only those
    core: frozenset[str]  # folded words one of which every date holds (numbers aside)
    starters: frozenset[str]  # folded words a date's span may begin with
    # The starters of ASCII letters, as bytes; None when a starter is a number (see `_letter_words`)
    letter_starters: frozenset[bytes] | None
    core_words: re.Pattern  # finds the core words and numbers in lower-cased text
    core_words_any_case: re.Pattern
    months: dict[str, int]  # folded name -> month
    full_months: frozenset[str]  # folded wide names (a bare month must be one of these)
    weekdays: dict[str, int]
    units: dict[str, str]  # folded unit word -> year|month|week|day
    count_units: dict[str, str]  # the same after a number ("two weeks ago"): plural forms too
    count_words: dict[str, int]  # folded number word -> its number ("two" -> 2)
    # after a count of months or years only, from the publication too: "a year earlier"
    period_shifts: dict[str, int]
    part_ordinals: dict[str, int]  # "third" -> 3, "last" -> -1: a numbered part of a year
    year_parts: dict[str, int]  # "quarter" -> 4: how many of that part a year has
    parts_need_year: frozenset[str]  # "half": a date only with its year named ("a match's half")
    comparatives: frozenset[str]  # after a count and shift, a comparison: "a month earlier than"
    habitual: frozenset[str]  # "biasanya Desember", "every January": what recurs, no date
    qualifiers: dict[str, str]  # folded phrase -> early|mid|late
    seasons: dict[str, str]  # folded season -> the part of its year: "summer" -> mid
    shift_before: dict[str, int]
    shift_after: dict[str, int]
    relative_days: dict[str, int]
    day_offsets: dict[str, int]
    day_first: bool
    future_cues: frozenset[str]
    past_cues: frozenset[str]
    past_suffixes: tuple[str, ...]
    blockers: frozenset[str]  # a word right before a span that makes it a count or a repetition
    numbering: re.Pattern  # "Nomor 7 " right before a year: the year is part of a number
    year_name_stops: frozenset[str]  # words a number after which is no year: "UUD 1945", "Rp"
    past_suffix_blockers: frozenset[str]
    back_cues: re.Pattern
    fixed_days: dict[str, tuple[int, int]]  # folded name -> (month, day): "natal" -> (12, 25)
    year_list: re.Pattern  # ", 2023, dan 2024" right after a year: more years of the same cue
    cue_words: frozenset[str]  # one-word year cues ("since", "in"): before a month, it is a date
    range_gap: re.Pattern  # " hingga ", " to ", " - ": all that stands between a range's two dates


def _phrase(words) -> str:
    """Alternation of phrases, longest first, spaces matching any run of white space."""
    items = sorted({str(w) for w in words}, key=lambda s: (-len(s), s))
    if not items:
        return "(?!)"
    return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in items)


def _by_first_character(words) -> str:
    """The same alternation as `_phrase`, its phrases grouped under their first character
    (`s(?:eptember|aturday|ep)`): at a word start the regex engine then tests one branch per
    first character instead of one per phrase. Only for case-sensitive patterns: there phrases
    of different first characters never match at the same place, so the grouping changes no
    match, and inside a group the phrases keep their order (longest first)."""
    groups: dict[str, list[str]] = {}
    for phrase in sorted({str(w) for w in words}, key=lambda s: (-len(s), s)):
        first, *rest = phrase.split()
        tail = r"\s+".join(re.escape(part) for part in rest)
        rest_of_first = re.escape(first[1:]) + (r"\s+" + tail if rest else "")
        groups.setdefault(first[0], []).append(rest_of_first)
    if not groups:
        return "(?!)"
    return "|".join(f"{re.escape(first)}(?:{'|'.join(tails)})" for first, tails in groups.items())


def _folded(mapping: dict) -> dict:
    return {" ".join(fold(str(k)).split()): v for k, v in (mapping or {}).items()}


@cache
def rules(language: Language) -> Rules:
    data = language.section("dates")
    months = language.months
    longest: dict[int, str] = {}
    for name, number in months.items():
        if len(name) > len(longest.get(number, "")):
            longest[number] = name
    extra_months = {fold(str(k)) for k in (data.get("months") or {})}
    full_months = frozenset(longest.values()) | {m for m in extra_months if len(m) > 4}
    # Abbreviated weekday names ("Sun", "Wed", "Sat") are ordinary words too often: only names
    # that shorten no other name of their day (both "Jumat" and "Jum'at" are written out).
    weekdays = {
        name: number
        for name, number in language.weekdays.items()
        if not any(
            other != name and other.startswith(name) and n == number
            for other, n in language.weekdays.items()
        )
    }
    weekdays.update(_folded(data.get("weekdays")))

    units: dict[str, str] = {}
    for unit, words in (data.get("units") or {}).items():
        for word in words or []:
            units[" ".join(fold(str(word)).split())] = str(unit)
    qualifiers: dict[str, str] = {}
    for kind, words in (data.get("qualifiers") or {}).items():
        for word in words or []:
            qualifiers[" ".join(fold(str(word)).split())] = str(kind)
    # A season named with a shift is a part of a year: "last fall", "this summer".
    seasons = {
        " ".join(fold(str(k)).split()): str(v) for k, v in (data.get("seasons") or {}).items()
    }
    units.update(dict.fromkeys(seasons, "year"))
    count_units = {
        " ".join(fold(str(word)).split()): str(unit)
        for unit, words in (data.get("count_units") or data.get("units") or {}).items()
        for word in words or []
    }
    count_words = _folded(data.get("count_words"))
    shift_before = _folded(data.get("shift_before"))
    shift_after = _folded(data.get("shift_after"))
    relative_days = _folded(data.get("relative_days"))
    day_offsets = _folded(data.get("day_offsets"))
    fixed_days = {
        " ".join(fold(str(name)).split()): (int(str(md)[:2]), int(str(md)[3:5]))
        for name, md in (data.get("fixed_days") or {}).items()
    }

    month = _phrase(months)
    weekday = _phrase(weekdays)
    unit = _phrase(units)
    year_unit = _phrase([w for w, kind in units.items() if kind == "year" and w not in seasons])
    week_unit = _phrase([w for w, kind in units.items() if kind == "week" and w not in seasons])
    qual = _phrase(qualifiers)
    before = _phrase(shift_before)
    after = _phrase(shift_after)
    period_shifts = _folded(data.get("period_shifts"))
    moves = _phrase([w for w, shift in shift_after.items() if shift] + list(period_shifts))
    counts = _phrase(count_words)
    counted = _phrase(count_units)
    suffix = _phrase(data.get("ordinal_suffixes") or [])
    of = _phrase(data.get("of_words") or [])
    cue = _phrase(data.get("year_cues") or [])
    rng = _phrase(data.get("range_words") or [])
    # "19-20 Agustus", "19 dan 20 Agustus", "August 19 and 20": two days of one month
    days = _phrase([*(data.get("range_words") or []), *(data.get("list_words") or [])])
    det = _phrase(data.get("year_determiners") or [])
    periods = _phrase(data.get("year_periods") or [])
    part_ordinals = _folded(data.get("part_ordinals"))
    year_parts = _folded(data.get("year_parts"))
    ords, parts = _phrase(part_ordinals), _phrase(year_parts)
    reldays = _phrase(relative_days)
    offsets = _phrase(day_offsets)
    fixed = _phrase(fixed_days)

    year = r"(?:1[89]|20|21)\d\d(?![\d.,]\d|-[^\W\d_])"  # not "1980-an" (a decade)
    day = rf"(?:[012]?\d|3[01])(?:{suffix})?(?![\d:.,/]\d)"
    b = r"(?<![\w/.,:-])"  # a span starts after neither a word character nor a number's inside
    e = r"(?!\w)"
    numeric = (
        r"(?P<n1>\d{1,2})(?P<sep>[/.-])(?P<n2>\d{1,2})(?:(?P=sep)(?P<n3>\d{4}|\d{2}))?(?![\d/])"
    )

    def shift_a(name: str) -> str:
        return rf"(?:\s+(?P<{name}>{after}){e})?"

    def year_named(p: str) -> str:
        """'tahun lalu', 'last year', 'of next year' after a month or a day: their year."""
        return (
            rf"\s+(?:(?:{of})\s+)?(?P<{p}_ry>(?P<{p}_rb>{before})\s+(?:{year_unit}){e}|"
            rf"(?:{year_unit})\s+(?P<{p}_ra>{after}){e})"
        )

    branches = [
        # 2025-10-19
        rf"(?P<iso>(?P<iy>\d{{4}})-(?P<im>\d\d)-(?P<id>\d\d)){e}",
        # Minggu (19/10), Kamis, 1/2/2024: a weekday with the numeric date that wins over it
        rf"(?P<wdn>(?P<wdn_day>{weekday}){e}[\s,]*\(?\s*{numeric}\s*\)?)",
        # 19/10/2025 on its own (needs the year: a bare 1/2 is a fraction or a score)
        rf"(?P<num>(?P<u1>\d{{1,2}})(?P<usep>[/.])(?P<u2>\d{{1,2}})(?P=usep)"
        rf"(?P<u3>\d{{4}}|(?<=/\d/)\d\d|(?<=/\d\d/)\d\d)(?![/.]?\d)){e}",
        # [qualifier] 6 Januari [2026] [lalu]
        rf"(?P<dm>(?:(?P<dm_q>{qual})[\s-]+(?:(?:{of})\s+)?)?(?:(?P<dm_d0>{day})\s*(?:{days})\s*)?"
        rf"(?P<dm_d>{day})\s+(?:(?:{of})\s+)?"
        rf"(?P<dm_m>{month})\.?(?:,?\s+(?P<dm_y>{year})|{year_named('dm')})?{e}{shift_a('dm_a')})",
        # [qualifier] November 28[,] [2007]
        rf"(?P<md>(?:(?P<md_q>{qual})[\s-]+(?:(?:{of})\s+)?)?(?P<md_m>{month})\.?\s+"
        rf"(?P<md_d>{day}){e}(?:\s*(?:{days})\s*(?P<md_d2>{day}){e})?"
        rf"(?:,?\s+(?P<md_y>{year})|{year_named('md')})?{e})",
        # [qualifier] [bulan] Desember [of] 2025 | [qualifier] [last] April [lalu]
        # | Juli tahun lalu, September last year: a month of a year named from the publication
        rf"(?P<my>(?:(?P<my_q>{qual})[\s-]+(?:(?:{of})\s+)?)?(?:(?P<my_b>{before})\s+)?"
        rf"(?:(?P<my_u>{unit})\s+)?(?P<my_m>{month})\.?{e}(?:\s*(?:{days})\s*(?P<my_m2>{month})\.?{e})?"
        rf"(?:,?\s+(?:(?:{of})\s+)?(?P<my_y>{year}){e}|{year_named('my')})?"
        rf"{shift_a('my_a')})",
        # Natal 2025, Christmas 2008: a day with a fixed date, named with its year
        rf"(?P<fx>(?P<fx_n>{fixed})\s+(?P<fx_y>{year}){e})",
        # [qualifier] [tahun|in|since] 2011 [- 2012]
        rf"(?P<yr>(?:(?P<yr_q>{qual})[\s-]+(?:(?:{of})\s+)?(?:(?P<yr_uq>{unit})\s+)?|"
        rf"(?P<yr_c>{cue})\s+(?:(?P<yr_cq>{qual})[\s-]+)?(?:(?P<yr_cu>{unit})\s+)?)"
        rf"(?P<yr_y>{year}){e}(?:\s*(?:{rng})\s*(?P<yr_y2>{year}){e})?)",
        # kuartal III-2025, semester I 2025: a part of a year, dated by its year
        rf"(?P<py>(?:{periods})\s+(?:[IV]{{1,3}}|[1-4])\s*[-/]?\s*(?P<py_y>{year}){e})",
        # the third quarter, fourth-quarter results, next year's first quarter, the last half of
        # 1989, paruh kedua tahun ini: a numbered part of a year, dated by its year
        rf"(?P<op>(?:(?P<op_b>{before})\s+(?:{year_unit})['’]s\s+)?"
        rf"(?:(?P<op_o>{ords})[\s-]+(?P<op_p>{parts})|(?P<op_p2>{parts})\s+(?P<op_o2>{ords})){e}"
        rf"(?:\s+(?:(?:{of})\s+)?(?:(?:{year_unit})\s+)?(?P<op_y>{year}){e}|{year_named('op')})?)",
        # a 2010 raid, the 2008 Olympics: a year used as an adjective, after a determiner
        rf"(?P<yd>(?:{det})\s+(?P<yd_y>{year})(?=\s+[^\W\d_]))",
        # 2025-2029 with no cue: two years joined by a dash, the later one within YEAR_RANGE
        rf"(?P<yy>(?<![\d/.,-])(?P<yy_y>{year})\s*[-–]\s*(?P<yy_y2>{year}){e})",
        # Piala Dunia 2026, Euro 2024: the year of an event, named after its name (read by
        # `_named_year`)
        rf"(?P<yn>(?<=[^\W\d_] )(?P<yn_y>{year}){e})",
        # two weeks ago / 10 hari lalu: a number of units from the publication date
        rf"(?P<ago>(?P<ago_n>\d{{1,2}}|{counts})\s+(?P<ago_u>{counted}){e}\s+(?P<ago_a>{moves}){e})",
        # [qualifier] tahun ini / last year / bulan lalu / pekan depan
        rf"(?P<rel>(?:(?P<rel_q>{qual})[\s-]+(?:(?:{of})\s+)?)?(?:(?P<rel_b>{before})\s+)?"
        rf"(?P<rel_u>{unit}){e}{shift_a('rel_a')}"
        r"(?(rel_b)|(?(rel_a)|(?(rel_q)|(?!)))))",  # a unit alone ("hari", "year") is no date
        # [last] Senin [lalu] / [hari] Senin / Senin pekan depan, Monday next week
        rf"(?P<wd>(?:(?P<wd_b>{before})\s+)?(?:(?:{unit})\s+)?(?P<wd_day>{weekday}){e}"
        rf"(?:\s+(?:{week_unit})\s+(?P<wd_wa>{after}){e}|\s+(?P<wd_wb>{before})\s+(?:{week_unit}){e}"
        rf"|{shift_a('wd_a')}))",
        # kemarin / yesterday
        rf"(?P<rd>{reldays}){e}",
        # sehari sebelumnya / a day before
        rf"(?P<off>{offsets}){e}",
    ]
    scan = re.compile(b + "(?:" + "|".join(branches) + ")", re.IGNORECASE)
    number_forms = [branch for branch in branches if _may_begin_with_digit(branch)]
    core = set(months) | set(weekdays) | set(units) | set(year_parts)
    starters = frozenset(
        phrase.split()[0]
        for phrase in (
            *qualifiers,
            *shift_before,
            *relative_days,
            *day_offsets,
            *_folded({w: 1 for w in data.get("year_cues") or []}),
            *_folded({w: 1 for w in data.get("year_determiners") or []}),
            *_folded({w: 1 for w in data.get("year_periods") or []}),
            *part_ordinals,
            *year_parts,
            *fixed_days,
            *count_words,
        )
    )
    for phrase in (*relative_days, *day_offsets, *units, *count_units):
        core.add(max(phrase.split(), key=len))
    return Rules(
        scan=scan,
        number_scan=re.compile(b + "(?:" + ("|".join(number_forms) or "(?!)") + ")", re.I),
        core=frozenset(core),
        core_words=re.compile(rf"(?<!\w)(?:\d{{1,4}}|{_by_first_character(core)})(?!\w)"),
        core_words_any_case=re.compile(rf"(?<!\w)(?:\d{{1,4}}|{_phrase(core)})(?!\w)", re.I),
        starters=starters,
        letter_starters=(
            None
            if any(word.isdigit() for word in starters)
            else frozenset(word.encode() for word in starters if word.isascii())
        ),
        months=months,
        full_months=full_months,
        weekdays=weekdays,
        units=units,
        count_units=count_units,
        count_words=count_words,
        period_shifts=period_shifts,
        part_ordinals=part_ordinals,
        year_parts=year_parts,
        parts_need_year=frozenset(_folded({w: 1 for w in data.get("parts_need_year") or []})),
        comparatives=frozenset(_key(str(w)) for w in data.get("comparatives") or []),
        habitual=frozenset(_key(str(w)) for w in data.get("habitual_words") or []),
        qualifiers=qualifiers,
        seasons=seasons,
        shift_before=shift_before,
        shift_after=shift_after,
        relative_days=relative_days,
        day_offsets=day_offsets,
        day_first=str(data.get("numeric_order", "dmy")).lower().startswith("d"),
        future_cues=frozenset(_folded({w: 1 for w in data.get("future_cues") or []})),
        cue_words=frozenset(
            w for w in _folded({w: 1 for w in data.get("year_cues") or []}) if " " not in w
        ),
        past_suffixes=tuple(str(x) for x in data.get("past_suffixes") or []) or ("\0",),
        past_suffix_blockers=frozenset(
            _folded({w: 1 for w in data.get("past_suffix_blockers") or []})
        ),
        blockers=frozenset(_folded({w: 1 for w in data.get("not_after") or []})),
        numbering=re.compile(
            rf"(?<!\w)(?:{_phrase(data.get('numbering_words') or [])})\.?\s*\d+[\s/]*$", re.I
        ),
        year_name_stops=frozenset(_folded({w: 1 for w in data.get("year_name_stops") or []})),
        past_cues=frozenset(_folded({w: 1 for w in data.get("past_cues") or []})),
        back_cues=re.compile(rf"(?<!\w)(?:{_phrase(data.get('back_cues') or [])})(?!\w)", re.I),
        fixed_days=fixed_days,
        range_gap=re.compile(rf"\s*(?:{rng})\s*", re.IGNORECASE),
        year_list=re.compile(
            rf"(?:\s*,\s*(?:(?P<c>{_phrase(data.get('list_words') or [])})\s+)?|"
            rf"\s+(?P<c2>{_phrase(data.get('list_words') or [])})\s+)(?P<y>{year}){e}",
            re.IGNORECASE,
        ),
    )


# --- which forms a number may begin ---------------------------------------------------------------
# Most numbers in a text are no date ("5 orang", "2 tahun"), and trying the whole scan at one costs
# a test of every form, though only a few (a calendar date, "6 Januari") can begin with a digit.
# Those few, read off the parsed forms, are tried first: where none of them matches, the scan
# cannot match either (its other forms need a letter there), so it is not run.

_C = re._constants


def _may_begin_with_digit(pattern: str) -> bool:
    """Whether a match of `pattern` may begin with a digit or be empty; True where its parsed
    form does not tell (a class of categories, a back reference)."""
    digit, empty = _first_of_sequence(re._parser.parse(pattern, re.IGNORECASE))
    return digit or empty


def _first_of_sequence(items) -> tuple[bool, bool]:
    """(may the first character be a digit, may the sequence consume nothing)."""
    digit = False
    for item in items:
        item_digit, item_empty = _first_of_item(item)
        digit = digit or item_digit
        if not item_empty:
            return digit, False
    return digit, True


def _first_of_item(item: tuple) -> tuple[bool, bool]:
    op, arg = item
    if op is _C.LITERAL:  # no letter matches a digit, even ignoring case
        return chr(arg).isdigit(), False
    if op is _C.IN:  # a class of literals and white space; anything else may be a digit
        return not all(_no_digit_in_class(kind, code) for kind, code in arg), False
    if op is _C.ASSERT_NOT and not arg[1]:  # (?!), an empty list of the data: never matches
        return False, False
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):  # zero width: what follows comes first
        return False, True
    if op is _C.SUBPATTERN:
        return _first_of_sequence(arg[3])
    if op is _C.BRANCH:
        firsts = [_first_of_sequence(branch) for branch in arg[1]]
        return any(d for d, _ in firsts), any(e for _, e in firsts)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        low, _, sub = arg
        digit, empty = _first_of_sequence(sub)
        return digit, empty or low == 0
    return True, True  # any character, a back reference, a conditional: may be anything


def _no_digit_in_class(kind, code) -> bool:
    if kind is _C.LITERAL:
        return not chr(code).isdigit()
    return kind is _C.CATEGORY and code is _C.CATEGORY_SPACE


# --- values -------------------------------------------------------------------------------------


@dataclass
class Value:
    """A resolved date: year always, month and day when written (or implied by a weekday)."""

    year: int
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def of(cls, d: date) -> Value:
        return cls(d.year, d.month, d.day)


def _parse_iso(text: str | None) -> Value | None:
    if not text:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", text.strip()[:10])
    if not match:
        return None
    y, m, d = (int(g) if g else None for g in match.groups())
    return Value(y, m, d)  # type: ignore[arg-type]


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


@dataclass
class Context:
    """What resolution needs to know about the article and the span's surroundings.

    Tense and stepping back are read from the text only when a value needs them."""

    published: date | None
    anchor: Value | None  # the latest dated point of the narrative so far
    doc: Document
    offset: int
    rules: Rules

    @cached_property
    def tense(self) -> int:
        """-1 past, +1 future, 0 unknown."""
        return _tense(self.doc, self.offset, self.rules)

    @cached_property
    def back(self) -> bool:
        """The sentence steps back in time ("Sebelumnya, ...")."""
        return _steps_back(self.doc, self.offset, self.rules)


def _weekday_year(v: Value, day: date, weekday: int, published: date | None):
    """'Selasa (7/10/2024)' published in October 2025: the weekday is that of 7/10/2025 and
    not of 7/10/2024, so the year is a slip for the publication's (the date kept otherwise)."""
    if published is None or day.year == published.year:
        return v, day
    fixed = _valid(published.year, day.month, day.day)
    if fixed is None or fixed.weekday() != weekday or abs((fixed - published).days) > 62:
        return v, day
    return Value(fixed.year, fixed.month, fixed.day), fixed


def _year_of_weekday(v: Value, weekday: int | None, published: date | None) -> int:
    """'Senin (2/12)' with no year: when the year picked puts the day over a month away from
    the publication and not on that weekday, and the year before or after does, that year
    ('Senin (2/12)' published in October 2025 is 2 December 2024, a Monday; but 'Sabtu
    (19/10)' published the next day is that day, a slip of the weekday)."""
    day = _valid(v.year, v.month, v.day)  # type: ignore[arg-type]
    if weekday is None or day is None or day.weekday() == weekday or published is None:
        return v.year
    if abs((day - published).days) <= WEEKDAY_SLIP_DAYS:
        return v.year
    for year in (v.year - 1, v.year + 1):
        other = _valid(year, v.month, v.day)  # type: ignore[arg-type]
        if other is not None and other.weekday() == weekday:
            return year
    return v.year


def _pick_year(month: int, day: int | None, ctx: Context, shift: int | None) -> int | None:
    """The year of a day/month (or a month) written without one.

    `shift` is an explicit "lalu"/"next" (-1/+1/0); otherwise the tense and the narrative decide:
    a past reading never lies after the reference, a future one never before it, and with neither
    the nearest year wins (later ones count double against a publication date: news reports).
    """
    ref = _reference(ctx)
    if ref is None:
        return None
    ref_day = ref.day or (15 if day is not None else None)
    ref_month = ref.month or 6

    def key(y: int) -> tuple[int, int]:
        if day is None:
            return (y * 12 + month, (ref.year * 12 + ref_month))
        when = _valid(y, month, day) or _valid(y, month, 28)
        refd = _valid(ref.year, ref_month, ref_day or 15)
        return (when.toordinal(), refd.toordinal())  # type: ignore[union-attr]

    candidates = (ref.year - 1, ref.year, ref.year + 1)
    direction = shift if shift else (-1 if ctx.back else ctx.tense)
    if shift == 0:
        return ref.year
    if direction < 0:
        strict = shift == -1 and day is None  # "April lalu" in April means last year's
        fits = [
            y
            for y in candidates
            if key(y)[0] < key(y)[1] or (not strict and key(y)[0] == key(y)[1])
        ]
        if shift is None and ctx.published is not None and _just_after(key(ref.year), day):
            return ref.year
        return max(fits) if fits else None
    if direction > 0:
        strict = shift == 1 and day is None
        fits = [
            y
            for y in candidates
            if key(y)[0] > key(y)[1] or (not strict and key(y)[0] == key(y)[1])
        ]
        return min(fits) if fits else None
    weight = PAST_FUTURE_WEIGHT if ctx.published else 1

    def distance(y: int) -> int:
        when, refd = key(y)
        return (when - refd) * weight if when > refd else refd - when

    return min(candidates, key=distance)


def _just_after(key: tuple[int, int], day: int | None) -> bool:
    """A date's key (see `_pick_year`) no more than NEAR_AFTER_DAYS after the reference's (a
    month: the month right after it)."""
    when, ref = key
    return 0 < when - ref <= (NEAR_AFTER_DAYS if day is not None else 1)


def _reference(ctx: Context) -> Value | None:
    if ctx.published is not None:
        return Value.of(ctx.published)
    return ctx.anchor


def _ref_day(ctx: Context) -> date | None:
    """A day to count weekdays and "yesterday" from: the publication date, else a dated anchor."""
    if ctx.published is not None:
        return ctx.published
    a = ctx.anchor
    if a is not None and a.month is not None and a.day is not None:
        return _valid(a.year, a.month, a.day)
    return None


def _weekday(target: int, ctx: Context, shift: int | None) -> date | None:
    ref = _ref_day(ctx)
    if ref is None:
        return None
    back = (ref.weekday() - target) % 7
    ahead = (target - ref.weekday()) % 7
    if shift == -1:
        return ref - timedelta(days=back or 7)
    if shift == 1:
        return ref + timedelta(days=ahead or 7)
    if shift == 0:  # "this Friday": the one of this week, whichever side
        return ref + timedelta(days=ahead if ahead <= back else -back)
    if ctx.tense > 0:  # ("akan digelar Senin" on a Monday: that day, "next Monday" says so)
        return ref + timedelta(days=ahead)
    return ref - timedelta(days=back)


# --- the stage ----------------------------------------------------------------------------------


@dataclass
class Found:
    """A date span [start, end) of Document.text and its value."""

    start: int
    end: int
    value: Value
    qualifier: str | None
    explicit: bool  # the text wrote the year itself
    counted: bool = False  # "two weeks ago", "last week": from the reference date, no anchor


_WORD = re.compile(r"[\w']+")
_NEXT_WORD = re.compile(r"[\s,]*(\w+)")
_PREVIOUS_WORD = re.compile(r"(\w+)\s+$")
_TOKEN = re.compile(r"\d+|[^\W\d_]+")


def find_dates(doc: Document, language: Language) -> None:
    """Fill doc.dates (and doc.reference_date when it can be inferred)."""
    found, reference = date_spans(doc, language)
    doc.dates = _mentions(doc, found)
    if reference is not None:
        doc.reference_date = reference


def date_spans(doc: Document, language: Language) -> tuple[list[Found], str | None]:
    """Every date span of the text with its value, and the reference date they were resolved
    against: the publication date or, without one, the latest dated point the inference used."""
    r = rules(language)
    published = None
    if doc.published:
        p = _parse_iso(doc.published)
        if p and p.month and p.day:
            published = _valid(p.year, p.month, p.day)
    matches = _scan(doc.text, r)
    anchors = _explicit_anchors(matches, r)
    range_ends = _range_ends(matches, anchors, doc.text, r)
    found: list[Found] = []
    weekday_seen: dict[int, Value] = {}
    used_anchor: Value | None = None
    for match in matches:
        before = _PREVIOUS_WORD.search(doc.text, max(0, match.start() - 30), match.start())
        if before and _casefold(before.group(1)) in r.blockers:
            continue  # "dua tahun lalu" (two years ago), "setiap hari Rabu" (every Wednesday)
        anchor = _anchor_before(found, anchors, match.start())
        ctx = Context(published, anchor, doc, match.start(), r)
        item = _resolve(match, r, ctx, doc.text, found, weekday_seen)
        if item is None:
            continue
        end = range_ends.get(match.start())
        if end is not None and not item.explicit and not item.counted and item.value.month:
            item.value.year = _year_before(item.value, end)  # "14 Oktober hingga 14 November 2025"
            item.explicit = True
        found.append(item)
        found[-1:] = _with_other_day_or_month(match, item, r)
        second = "yr_y2" if match.group("yr_y2") else "yy_y2" if match.group("yy_y2") else None
        if second:  # "2009-2010": both years are dates
            year = Value(int(match.group(second)))
            found.append(Found(match.start(second), match.end(second), year, None, True))
        elif match.group("yr_y"):
            found.extend(_listed_years(doc.text, match.end(), r))
        if not item.explicit and published is None and anchor is not None:
            used_anchor = anchor if used_anchor is None else _later(used_anchor, anchor)
    if published is not None:
        return found, published.isoformat()
    return found, used_anchor.iso() if used_anchor is not None else None


def _with_other_day_or_month(match: re.Match, item: Found, r: Rules) -> list[Found]:
    """'19-20 Agustus 2025', 'August 19 and 20', 'Juli-September': the date and the other day
    or month written with it, in text order. Both are read from the whole span ("19" alone
    says nothing)."""
    value, g = item.value, match.group
    other = None
    if g("my_m2") and value.month is not None:
        second = r.months.get(_key(g("my_m2")))
        if second is not None and second > value.month:
            other = Value(value.year, second)
    for name, later in (("dm_d0", False), ("md_d2", True)):
        if g(name) and value.day is not None:
            day = _valid(value.year, value.month or 0, int(re.match(r"\d+", g(name)).group()))
            if day is not None and (day.day > value.day) == later:
                other = Value.of(day)
    if other is None:
        return [item]
    found = Found(item.start, item.end, other, item.qualifier, item.explicit)
    earlier = (other.month or 0, other.day or 0) < (value.month or 0, value.day or 0)
    return [found, item] if earlier else [item, found]


def _listed_years(text: str, end: int, r: Rules) -> list[Found]:
    """'pada tahun 2020, 2023, dan 2024': the years listed after a year its cue dated. A list
    ends with a list word before its last item; without one ("In 2010, 2000 people came") the
    number after the comma is no year."""
    out: list[Found] = []
    listed = r.year_list.match(text, end)
    while listed is not None:
        out.append(Found(listed.start("y"), listed.end("y"), Value(int(listed["y"])), None, True))
        if listed["c"] or listed["c2"]:
            return out  # the last item
        listed = r.year_list.match(text, listed.end())
    return []


def _range_ends(
    matches: list[re.Match], anchors: list[tuple[int, Value]], text: str, r: Rules
) -> dict[int, Value]:
    """A date without its year that opens a range whose closing date writes one ("14 Oktober
    hingga 14 November 2025", "December 3 to January 8, 2025"): its start -> the closing date."""
    written = dict(anchors)
    out: dict[int, Value] = {}
    for a, b in pairwise(matches):
        closing = written.get(b.start())
        if (
            closing is not None
            and closing.month
            and r.range_gap.fullmatch(text, a.end(), b.start())
        ):
            out[a.start()] = closing
    return out


def _year_before(opening: Value, closing: Value) -> int:
    """The year of a range's opening date: the closing date's, or the one before when the opening
    month and day come later in the calendar ("December 3 to January 8, 2025": 2024)."""
    later = (opening.month or 0, opening.day or 0) > (closing.month or 0, closing.day or 99)
    return closing.year - 1 if later else closing.year


def _later(a: Value, b: Value) -> Value:
    return a if (a.year, a.month or 0, a.day or 0) >= (b.year, b.month or 0, b.day or 0) else b


def _explicit_anchors(matches: list[re.Match], r: Rules) -> list[tuple[int, Value]]:
    """Dates whose year is written, in text order: the narrative's fixed points."""
    out: list[tuple[int, Value]] = []
    for m in matches:
        value = None
        if m.group("iso"):
            value = _parse_iso(m.group("iso"))
        elif m.group("num"):
            value = _numeric(m.group("u1"), m.group("u2"), m.group("u3"), r.day_first)
        elif m.group("dm") and m.group("dm_y"):
            value = Value(int(m.group("dm_y")), r.months.get(_key(m.group("dm_m"))))
        elif m.group("md") and m.group("md_y"):
            value = Value(int(m.group("md_y")), r.months.get(_key(m.group("md_m"))))
        elif m.group("my") and m.group("my_y"):
            value = Value(int(m.group("my_y")), r.months.get(_key(m.group("my_m"))))
        elif m.group("wdn") and m.group("n3"):
            value = _numeric(m.group("n1"), m.group("n2"), m.group("n3"), r.day_first)
        if value is not None:
            out.append((m.start(), value))
    return out


def _anchor_before(
    found: list[Found], anchors: list[tuple[int, Value]], offset: int
) -> Value | None:
    """The latest dated point before `offset` (resolved dates count: the story moves on);
    before any, the first date written with its year."""
    for item in reversed(found):
        if item.counted:
            continue  # ("a week ago ... today": both from the same reference date)
        if item.value.month is not None or item.explicit:
            return item.value
    return anchors[0][1] if anchors else None


def _key(text: str) -> str:
    return " ".join(fold(text).rstrip(".").split())


def _numeric(a: str, b: str, y: str | None, day_first: bool) -> Value | None:
    day, month = (int(a), int(b)) if day_first else (int(b), int(a))
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    year = 0
    if y:
        year = int(y) + (2000 if len(y) == 2 else 0)
        if _valid(year, month, day) is None:
            return None
    return Value(year, month, day)


def _tense(doc: Document, offset: int, r: Rules) -> int:
    """+1 when the nearest cue word before the span (same sentence) is a future one, -1 past."""
    sentence = doc.sentence_at(offset)
    start = sentence.start if sentence else max(0, offset - 80)
    # (one word more than the window: the past cue that may stand before a future one)
    words = [_casefold(w) for w in _WORD.findall(doc.text[start:offset])[-TENSE_WINDOW - 1 :]]
    for i in range(len(words) - 1, max(len(words) - TENSE_WINDOW, 0) - 1, -1):
        for size in (3, 2, 1):  # cue phrases up to three words
            phrase = " ".join(words[max(0, i - size + 1) : i + 1])
            if phrase in r.future_cues:
                before = i - size
                # ("sudah mulai disalurkan": begun already, a past cue before the future one)
                return -1 if before >= 0 and words[before] in r.past_cues else 1
            if phrase in r.past_cues:
                return -1
        past_form = len(words[i]) >= 5 and words[i].endswith(r.past_suffixes)
        if past_form and (i == 0 or words[i - 1] not in r.past_suffix_blockers):
            return -1
    return 0


def _steps_back(doc: Document, offset: int, r: Rules) -> bool:
    sentence = doc.sentence_at(offset)
    if sentence is None:
        return False
    return bool(r.back_cues.search(doc.text, sentence.start, offset))


def _casefold(word: str) -> str:
    return word.casefold() if word.isascii() else fold(word)


def _date_number(digits: str) -> bool:
    """A number that can be a day, a month or a year (not 300, 35 or 000)."""
    if len(digits) <= 2:
        return 0 < int(digits) <= 31
    return len(digits) == 4 and int(digits) in YEARS


def _scan(text: str, r: Rules) -> list[re.Match]:
    """The candidate spans, left to right, without overlaps.

    Running the full pattern at every word start is slow; every date holds a core word (a
    number, a month, weekday, unit or relative-day word), so the pattern is tried only there and
    at the words just before it that a date may start with (qualifiers, cues, shifts)."""
    out: list[re.Match] = []
    end = 0
    lowered: str | None = text.lower()  # matching lower case without IGNORECASE: twice as fast
    if len(lowered) != len(text):
        lowered = None  # a character lowered to two: offsets would shift
    if lowered is not None:
        cores = word_start_finditer(r.core_words)(lowered)
    else:
        cores = r.core_words_any_case.finditer(text)
    for core in cores:
        at = core.start()
        if at < end or (core.group()[0].isdigit() and not _date_number(core.group())):
            continue
        for begin in [*_prefix_starts(text, max(end, at - LOOKBACK_CHARS), at, r, lowered), at]:
            if text[begin].isdigit() and not r.number_scan.match(text, begin):
                continue  # no form that begins with a number fits here
            match = r.scan.match(text, begin)
            if match and match.end() > at:
                out.append(match)
                end = match.end()
                break
    return out


def _prefix_starts(text: str, lo: int, hi: int, r: Rules, lowered: str | None = None) -> list[int]:
    """Offsets of the last few words before `hi` that a date may start with. Most often none
    is: where the stretch is ASCII, its runs of letters say so at once (`_letter_words`), and
    the words of `lowered` (the text in lower case, offsets unchanged) are their own case folds."""
    if lowered is not None and text[lo:hi].isascii():
        if r.letter_starters is not None and r.letter_starters.isdisjoint(
            _letter_words(lowered, lo, hi)
        ):
            return []
        words = list(_TOKEN.finditer(lowered, lo, hi))[-PREFIX_WORDS:]
        return [w.start() for w in words if w.group() in r.starters]
    words = list(_TOKEN.finditer(text, lo, hi))[-PREFIX_WORDS:]
    return [w.start() for w in words if _casefold(w.group()) in r.starters]


# Every character of ASCII but the letters, as a space: what is left are the words of letters.
_LETTERS_ONLY = bytes.maketrans(
    bytes(c for c in range(128) if not chr(c).isalpha()),
    b" " * sum(1 for c in range(128) if not chr(c).isalpha()),
)


def _letter_words(lowered: str, lo: int, hi: int) -> list[bytes]:
    """The last few runs of letters of an ASCII stretch: a superset of the words of letters among
    its last `PREFIX_WORDS` words (`_TOKEN` counts numbers as words too), so when no starter is
    among them, none is among those words. A byte translation and a split are ten times faster
    than the regex's words (its class of letters is tested by Unicode category)."""
    return lowered[lo:hi].encode().translate(_LETTERS_ONLY).split()[-PREFIX_WORDS:]


def _qualifier(text: str | None, r: Rules) -> str | None:
    return r.qualifiers.get(_key(text)) if text else None


def _shift(before: str | None, after: str | None, r: Rules) -> int | None:
    if before:
        return r.shift_before.get(_key(before))
    if after:
        return r.shift_after.get(_key(after))
    return None


def _resolve(
    m: re.Match,
    r: Rules,
    ctx: Context,
    text: str,
    found: list[Found],
    weekday_seen: dict[int, Value],
) -> Found | None:
    """One candidate span -> its value, or None when it is no date at the precisions we write."""
    g = m.group
    start, end = m.start(), m.end()

    def done(value: Value | None, qualifier: str | None = None, explicit: bool = False):
        if value is None or value.year not in YEARS:
            return None
        return Found(start, end, value, qualifier, explicit)

    if g("iso"):
        v = _parse_iso(g("iso"))
        return done(v if v and _valid(v.year, v.month or 1, v.day or 1) else None, None, True)
    if g("wdn"):
        v = _numeric(g("n1"), g("n2"), g("n3"), r.day_first)
        if v is None:
            return None
        target = r.weekdays.get(_key(g("wdn_day")))
        if not v.year:
            v.year = _pick_year(v.month, v.day, ctx, None) or 0  # type: ignore[arg-type]
            if not v.year or _valid(v.year, v.month, v.day) is None:  # type: ignore[arg-type]
                return None
            v.year = _year_of_weekday(v, target, ctx.published)
        day = _valid(v.year, v.month, v.day)  # type: ignore[arg-type]
        if target is not None and day is not None and day.weekday() != target:
            v, day = _weekday_year(v, day, target, ctx.published)
        if target is not None and day is not None and day.weekday() == target:
            weekday_seen.setdefault(target, v)  # a later bare mention of it is this same day
        return done(v, None, bool(g("n3")))
    if g("num"):
        if _numbered_after(text, start, r):
            return None  # "RT 03/02/01", "Nomor 12/3/2025": a unit's or a document's number
        return done(_numeric(g("u1"), g("u2"), g("u3"), r.day_first), None, True)
    if g("dm") or g("md"):
        p = "dm" if g("dm") else "md"
        month = r.months.get(_key(g(f"{p}_m")))
        day = int(re.match(r"\d+", g(f"{p}_d")).group())  # type: ignore[union-attr]
        qualifier = _qualifier(g(f"{p}_q"), r)
        if month is None:
            return None
        if g(f"{p}_y"):
            year = int(g(f"{p}_y"))
        elif g(f"{p}_ry"):  # "3 November tahun lalu", "Nov. 3 last year"
            ref, shift = _reference(ctx), _shift(g(f"{p}_rb"), g(f"{p}_ra"), r)
            year = ref.year + shift if ref and shift is not None else 0
        else:
            shift = _shift(None, g("dm_a") if p == "dm" else None, r)
            year = _pick_year(month, day, ctx, shift) or 0
        if _valid(year, month, day) is None:
            return None
        return done(Value(year, month, day), qualifier, bool(g(f"{p}_y")))
    if g("fx"):
        month, day = r.fixed_days.get(_key(g("fx_n")), (0, 0))
        year = int(g("fx_y"))
        return done(Value(year, month, day) if _valid(year, month, day) else None, None, True)
    if g("my"):
        return _month(m, r, ctx, text, done)
    if g("yr"):
        return _year(m, r, done, text)
    if g("yd"):
        return Found(m.start("yd_y"), end, Value(int(g("yd_y"))), None, True)
    if g("yn"):
        return _named_year(m, r, text, end)
    if g("yy"):
        first, second = int(g("yy_y")), int(g("yy_y2"))
        if not 0 < second - first <= YEAR_RANGE:
            return None  # "2000-3000 orang": a count
        return Found(m.start("yy_y"), m.end("yy_y"), Value(first), None, True)
    if g("py"):
        return Found(m.start("py_y"), end, Value(int(g("py_y"))), None, True)
    if g("op"):
        return _year_part(m, r, ctx, done)
    if g("ago"):
        item = _counted_units(m, r, ctx, done)
        if item is not None:
            item.counted = True
        return item
    if ctx.published is None and (g("rel") or g("wd") or g("rd") or g("ago")):
        # "last year", "on Monday", "yesterday", "two weeks ago" count from the day the story
        # was published: unknown, they name no date (another date in the text is no "now")
        return None
    if g("rel"):
        return _relative_unit(m, r, ctx, text, done)
    if g("wd"):
        return _bare_weekday(m, r, ctx, text, weekday_seen, done)
    if g("rd"):
        ref = _ref_day(ctx)
        shift = r.relative_days.get(_key(g("rd")))
        if ref is None or shift is None:
            return None
        return done(Value.of(ref + timedelta(days=shift)))
    if g("off"):
        last = next((f.value for f in reversed(found) if f.value.day is not None), None)
        if last is None:
            return None
        base = _valid(last.year, last.month, last.day)  # type: ignore[arg-type]
        delta = r.day_offsets.get(_key(g("off")), 0)
        return done(Value.of(base + timedelta(days=delta)) if base else None)
    return None


def _year_part(m: re.Match, r: Rules, ctx: Context, done) -> Found | None:
    """'the third quarter', 'next year's first quarter', 'the last half of 1989': the year (a
    part of a year has no month precision), qualified early for its first part and late for its
    last; with no year written and none named ("next year's"), `_part_year`'s."""
    g = m.group
    part = _key(g("op_p") or g("op_p2"))
    parts = r.year_parts.get(part)
    number = r.part_ordinals.get(_key(g("op_o") or g("op_o2")))
    if not parts or number is None or number > parts:
        return None
    number = parts if number < 0 else number
    qualifier = "early" if number == 1 else ("late" if number == parts else None)
    if g("op_y"):
        return done(Value(int(g("op_y"))), qualifier, True)
    ref = _reference(ctx)
    if g("op_b") or g("op_ry"):  # "next year's first quarter", "paruh kedua tahun ini"
        shift = _shift(g("op_b") or g("op_rb"), g("op_ra"), r)
        return done(Value(ref.year + shift) if ref and shift is not None else None, qualifier)
    if part in r.parts_need_year:
        return None  # "in the first half": of a match as likely as of a year
    return done(_part_year(number, parts, ctx), qualifier)


def _part_year(number: int, parts: int, ctx: Context) -> Value | None:
    """The year of a numbered part written without one: in a past-tense sentence the latest that
    has begun by the reference day; in a future one the earliest not over by more than
    RESULTS_DAYS (results are reported after a quarter ends: "will report third-quarter
    results" in October); with no tense the nearest."""
    ref = _reference(ctx)
    if ref is None:
        return None
    day = _valid(ref.year, ref.month or 6, ref.day or 15)
    if day is None:
        return None
    months = 12 // parts

    def span(year: int) -> tuple[date, date]:
        first = date(year, 1 + (number - 1) * months, 1)
        last = date(year + (number == parts), 1 + number * months % 12, 1) - timedelta(days=1)
        return first, last

    years = (ref.year - 1, ref.year, ref.year + 1)
    direction = -1 if ctx.back else ctx.tense
    if direction < 0:
        fits = [y for y in years if span(y)[0] <= day]
        return Value(max(fits)) if fits else None
    if direction > 0:
        fits = [y for y in years if span(y)[1] >= day - timedelta(days=RESULTS_DAYS)]
        return Value(min(fits)) if fits else None

    def distance(year: int) -> int:
        first, last = span(year)
        return max((first - day).days, (day - last).days, 0)

    return Value(min(years, key=distance))


def _month(m: re.Match, r: Rules, ctx: Context, text: str, done) -> Found | None:
    g = m.group
    name = _key(g("my_m"))
    month = r.months.get(name)
    if month is None:
        return None
    qualifier = _qualifier(g("my_q"), r)
    if g("my_y"):
        return done(Value(int(g("my_y")), month), qualifier, True)
    if g("my_u") and r.units.get(_key(g("my_u"))) not in {"month"}:
        return None
    cued = bool(qualifier or g("my_b") or g("my_a") or g("my_u"))
    if not cued and not _bare_month_ok(m, name, r, text):
        return None
    before = text[max(0, m.start() - 40) : m.start()].split()[-HABITUAL_REACH:]
    if not cued and any(_key(w) in r.habitual for w in before):
        # "biasanya Desember-Januari atau Januari-Februari", "every January": months that recur
        return None
    if not g("my_m")[:1].isupper() and not qualifier:
        return None  # "This may be ...": a month is written with its capital
    if g("my_ry"):  # "Juli tahun lalu": the month of the year before the publication's
        ref, shift = _reference(ctx), _shift(g("my_rb"), g("my_ra"), r)
        return done(
            Value(ref.year + shift, month) if ref and shift is not None else None, qualifier
        )
    shift = _shift(g("my_b"), g("my_a"), r)
    year = _pick_year(month, None, ctx, shift)
    return done(Value(year, month) if year else None, qualifier)


def _bare_month_ok(m: re.Match, name: str, r: Rules, text: str) -> bool:
    """A month name alone is a date when written in full and capitalized, and not part of a
    name ("Theresa May", "April Jones": a capitalized word right before or after it)."""
    word = m.group("my_m")
    if name not in r.full_months or not word[:1].isupper():
        return False
    before = text[max(0, m.start() - 40) : m.start()]
    prev = re.search(r"(\S+)\s+$", before)
    if prev and _key(prev.group(1)) in r.cue_words:
        return True  # "Since December Zentrix and ...": a cue before it, whatever follows
    if prev and prev.group(1)[:1].isupper() and prev.group(1)[-1:].isalpha():
        return False  # "Theresa May": a name's part (a cue opening the sentence was let through)
    nxt = re.match(r"\s+(\S+)", text[m.end("my_m") : m.end("my_m") + 40])
    return not (nxt and nxt.group(1)[:1].isupper() and nxt.group(1)[-1:].isalpha())


def _numbered_after(text: str, start: int, r: Rules) -> bool:
    """The word right before `start` is one after which a number is no date (`year_name_stops`:
    "RT 03/02/01" numbers neighbourhood units; "Nomor 12/3/2025" a document)."""
    prev = re.search(r"(\S+) $", text[max(0, start - 40) : start])
    return bool(prev) and _key(prev.group(1)) in r.year_name_stops


def _named_year(m: re.Match, r: Rules, text: str, end: int) -> Found | None:
    """'Piala Dunia 2026', 'Euro 2024', 'APBN 2025': a year right after a capitalised name is
    the year of what the name names, unless the word before says the number is no year ("UUD
    1945" names a constitution, "Rp 2000" is money, "Russell 2000" an index) or it is a month's
    name (read as a month elsewhere) or a document's number ("Nomor 7 2014")."""
    prev = re.search(r"(\S+) $", text[max(0, m.start() - 40) : m.start()])
    if not prev:
        return None
    word = prev.group(1)
    if not (word[:1].isupper() and word[-1:].isalpha()):
        return None
    key = _key(word)
    if key in r.year_name_stops or key in r.months or key in r.cue_words:
        return None
    if r.numbering.search(text, max(0, m.start() - 20), m.start()):
        return None
    return Found(m.start("yn_y"), end, Value(int(m.group("yn_y"))), None, True)


def _year(m: re.Match, r: Rules, done, text: str) -> Found | None:
    g = m.group
    if r.numbering.search(text, max(0, m.start() - 20), m.start()):
        return None  # "Undang-Undang Nomor 7 Tahun 2014": part of a document's number
    qualifier = _qualifier(g("yr_q") or g("yr_cq"), r)
    unit = g("yr_uq") or g("yr_cu")
    if unit and r.units.get(_key(unit)) != "year":
        return None
    found = done(Value(int(g("yr_y"))), qualifier, True)
    if found is not None and g("yr_c") and r.units.get(_key(g("yr_c"))) != "year":
        # a cue word ("sejak", "in") is context, not part of the date as written
        found.start = (
            m.start("yr_cq") if g("yr_cq") else m.start("yr_cu") if unit else m.start("yr_y")
        )
    if found is not None and g("yr_y2"):
        found.end = m.end("yr_y")
    return found


def _relative_unit(m: re.Match, r: Rules, ctx: Context, text: str, done) -> Found | None:
    g = m.group
    unit = r.units.get(_key(g("rel_u")))
    shift = _shift(g("rel_b"), g("rel_a"), r)
    bare = shift is None and not (g("rel_b") or g("rel_a"))
    if bare and g("rel_q") and unit in ("year", "month"):
        shift = 0  # "hingga akhir tahun", "awal bulan": a part of this year or month
    if shift is None or unit is None:
        return None
    if re.search(r"\d\s*$", text[max(0, m.start() - 8) : m.start()]):
        return None  # "3 bulan ini": a count of months, not this month
    qualifier = _qualifier(g("rel_q"), r) or r.seasons.get(_key(g("rel_u")))
    if unit == "week":  # ("the Senate voted this week", "akhir minggu ini": the week's month)
        # (the qualifier is the week's, not the month's: it is dropped)
        item = done(_week_month(ctx, shift))
        if item is not None:
            item.counted = True  # a month that stands for a week: no anchor for a day
        return item
    if unit == "day":
        ref_day = _ref_day(ctx)
        return done(Value.of(ref_day + timedelta(days=shift)) if ref_day else None, qualifier)
    ref = _reference(ctx)
    if ref is None:
        return None
    if unit == "year":
        return done(Value(ref.year + shift), qualifier)
    if ref.month is None:
        return None
    index = ref.year * 12 + ref.month - 1 + shift
    return done(Value(index // 12, index % 12 + 1), qualifier)


def _week_month(ctx: Context, shift: int) -> Value | None:
    """'last week', 'pekan depan': the month of that week (Monday to Sunday), when the whole
    week lies in one month; a week is no precision an ISO date is written at."""
    ref = _ref_day(ctx)
    if ref is None:
        return None
    monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=shift)
    sunday = monday + timedelta(days=6)
    if (monday.year, monday.month) != (sunday.year, sunday.month):
        return None
    return Value(monday.year, monday.month)


def _counted_units(m: re.Match, r: Rules, ctx: Context, done) -> Found | None:
    """'two weeks ago', '10 hari lalu', 'tiga bulan mendatang': that many units from the
    publication date, at the unit's precision (a week's count gives the day)."""
    g = m.group
    number = g("ago_n")
    count = int(number) if number.isdigit() else r.count_words.get(_key(number))
    unit = r.count_units.get(_key(g("ago_u")))
    shift = r.shift_after.get(_key(g("ago_a")))
    if shift is None and unit in ("month", "year"):
        shift = r.period_shifts.get(_key(g("ago_a")))  # "a year earlier": the period before
    if not count or unit is None or not shift:
        return None
    after = m.string[m.end() : m.end() + 40].split(maxsplit=1)
    if after and _key(after[0]) in r.comparatives:
        return None  # "started a month earlier than usual": how much earlier, no date
    steps = count * shift
    if unit in ("day", "week"):
        day = _ref_day(ctx)
        return done(
            Value.of(day + timedelta(days=steps * (7 if unit == "week" else 1))) if day else None
        )
    ref = _reference(ctx)
    if ref is None or (unit == "month" and ref.month is None):
        return None
    if unit == "month":
        index = ref.year * 12 + ref.month - 1 + steps  # type: ignore[operator]
        return done(Value(index // 12, index % 12 + 1))
    return done(Value(ref.year + steps))


def _bare_weekday(
    m: re.Match, r: Rules, ctx: Context, text: str, seen: dict[int, Value], done
) -> Found | None:
    g = m.group
    word = g("wd_day")
    if not word[:1].isupper():
        return None  # weekday names are capitalized; lower case is another word ("minggu" = week)
    target = r.weekdays.get(_key(word))
    following = _NEXT_WORD.match(text, m.end())
    if following and (following.group(1)[0].isdigit() or _key(following.group(1)) in r.months):
        return None  # "Senin, 23 Desember 2024": the calendar date that follows is the value
    if target is None:
        return None
    weeks = _shift(g("wd_wb"), g("wd_wa"), r)
    if weeks is not None:
        # "Senin pekan depan", "Monday last week": that weekday of the week before or after
        ref = _ref_day(ctx)
        if ref is None:
            return None
        return done(Value.of(ref + timedelta(days=7 * weeks + target - ref.weekday())))
    shift = _shift(g("wd_b"), g("wd_a"), r)
    if shift is None and target in seen:
        return done(seen[target])  # the same bare weekday again: the same day
    day = _weekday(target, ctx, shift)
    if day is None:
        return None
    value = Value.of(day)
    seen.setdefault(target, value)  # a later bare mention of this weekday is the same day
    return done(value)


def _mentions(doc: Document, found: list[Found]) -> list[DateMention]:
    out: list[DateMention] = []
    seen: set[tuple[str, str]] = set()
    for item in found:
        sentence = doc.sentence_at(item.start)
        if sentence is None:
            continue
        value = item.value.iso()
        if (value, sentence.id) in seen:
            continue
        seen.add((value, sentence.id))
        text = doc.text[item.start : item.end].strip().rstrip(".,")
        out.append(DateMention(text, value, item.qualifier, sentence.id))  # type: ignore[arg-type]
    return out
