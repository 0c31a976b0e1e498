"""Dates shown at the precision they were written: a month stays a month ("March 2025"), a year
stays a year, a qualifier stays a word ("late March 2025"). Names come from CLDR via Babel."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ..language import LanguageError, load

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
QUALIFIER_ORDER = {"early": 0, None: 1, "mid": 1, "late": 2}


def precision(value: str) -> str:
    """'day', 'month', 'year', or 'unknown' for anything else."""
    match = _ISO.match(value or "")
    if not match:
        return "unknown"
    return "day" if match.group(3) else "month" if match.group(2) else "year"


def sort_key(value: str | None, qualifier: str | None = None) -> tuple:
    """Chronological order; a month sorts before its days, "early" before "late"."""
    match = _ISO.match(value or "")
    if not match:
        return (1, value or "", 0)
    year, month, day = (int(g) if g else 0 for g in match.groups())
    return (0, year, month, day, QUALIFIER_ORDER.get(qualifier, 1))


@cache
def _label(language: str, key: str) -> str:
    try:
        return load(language).label(key)
    except LanguageError:
        return load("en").label(key)


def format_date(value: str | None, qualifier: str | None = None, language: str = "en") -> str:
    """A human date at the precision written, in `language` (unknown values shown as given)."""
    if not value:
        return ""
    text = _format_plain(value, language)
    if qualifier:
        template = _label(language, "date_with_qualifier")
        word = _label(language, f"qualifier_{qualifier}")
        text = template.replace("{qualifier}", word).replace("{date}", text)
    return text


@cache
def _format_plain(value: str, language: str) -> str:
    from babel.dates import format_date as babel_date
    from babel.dates import format_skeleton

    match = _ISO.match(value)
    if not match:
        return value
    year, month, day = match.groups()
    try:
        if day:
            return babel_date(dt.date(int(year), int(month), int(day)), "long", locale=language)
        if month:
            return format_skeleton("yMMMM", dt.date(int(year), int(month), 1), locale=language)
    except (ValueError, LookupError):
        return value
    except Exception:  # an unknown locale in Babel: the ISO value is still honest
        return value
    return year


def month_key(value: str | None) -> str:
    """'YYYY-MM' of a date (for grouping), '' when it has no month."""
    match = _ISO.match(value or "")
    return f"{match.group(1)}-{match.group(2)}" if match and match.group(2) else ""
