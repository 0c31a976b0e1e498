"""generator/extract/wordstarts.py: the same matches as `finditer`, on any text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract.dates import rules as date_rules
from generator.extract.quotes import rules as quote_rules
from generator.extract.wordstarts import word_start_finditer
from generator.language import load

PATTERNS = [
    re.compile(r"(?<!\w)(?:kata|katanya|said|\d{1,4})(?!\w)"),
    re.compile(r"(?<!\w)(?i:ka(?:ta)?)(?P<enc>nya)?(?![a-z])"),
    re.compile(r"(?<!\w)x*"),  # may match empty: left to finditer
    *(date_rules(load(code)).core_words for code in ("id", "en")),
    *(quote_rules(load(code)).verb for code in ("id", "en")),
]
TEXTS = [
    "",
    "kata",
    "Kata dia, katanya 2024-10-05.",
    "(kata) _kata x_kata kata_ 12345 said: «said» “kata”",
    "dilaporkanKata Saudi said,said;said\nsaid\tkatanya",
    "Januari 2025, pada 17 Agustus; kemarin.",
]


def _same(pattern: re.Pattern, text: str) -> None:
    expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
    assert [(m.span(), m.groups()) for m in word_start_finditer(pattern)(text)] == expected


def test_known_texts() -> None:
    for pattern in PATTERNS:
        for text in TEXTS:
            _same(pattern, text)
            _same(pattern, text.lower())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("kat nyaKsid2019-_.,:;«“\n\té"), max_size=40))
def test_generated_texts(text: str) -> None:
    for pattern in PATTERNS:
        _same(pattern, text)


def test_other_patterns_are_refused() -> None:
    try:
        word_start_finditer(re.compile(r"kata"))
    except ValueError:
        return
    raise AssertionError("a pattern without (?<!\\w) must be refused")
