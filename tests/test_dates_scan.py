"""The date scan's shortcuts find what the plain forms find: the core words grouped under their
first character match as the plain alternation does, and the lowered-text test of the words
before a core word agrees with the case-folded one."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract import dates
from generator.language import load

CODES = ("en", "id")
WORDS = {
    code: sorted(dates.rules(load(code)).core | dates.rules(load(code)).starters) for code in CODES
}
SPACE = st.sampled_from([" ", "  ", "\n", ", ", ". ", "-", "'", "", "1", "2024"])


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(CODES), st.data())
def test_grouped_core_words_match_as_the_plain_alternation(code: str, data) -> None:
    r = dates.rules(load(code))
    plain = re.compile(rf"(?<!\w)(?:\d{{1,4}}|{dates._phrase(r.core)})(?!\w)")
    words = data.draw(st.lists(st.sampled_from(WORDS[code]) | st.text(max_size=4), max_size=14))
    text = "".join(w + data.draw(SPACE) for w in words).lower()
    assert [m.span() for m in r.core_words.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(CODES), st.data())
def test_prefix_starts_with_and_without_the_lowered_text_agree(code: str, data) -> None:
    r = dates.rules(load(code))
    words = data.draw(st.lists(st.sampled_from(WORDS[code]) | st.text(max_size=4), max_size=10))
    text = "".join(w.title() if data.draw(st.booleans()) else w for w in words)
    text = " ".join([text, *words])
    lowered = text.lower()
    if len(lowered) != len(text):
        return
    hi = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, hi))
    assert dates._prefix_starts(text, lo, hi, r, lowered) == dates._prefix_starts(text, lo, hi, r)


NUMBERS = ["2024", "12", "1/2/2024", "19/10", "2025-10-19", "3", "31", "1st", "5th", "(", ")"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(CODES), st.data())
def test_the_forms_tried_first_at_a_digit_miss_no_date_the_whole_scan_finds(code: str, data):
    r = dates.rules(load(code))
    words = data.draw(st.lists(st.sampled_from(WORDS[code] + NUMBERS), min_size=1, max_size=8))
    text = "".join(w + data.draw(SPACE) for w in words)
    if data.draw(st.booleans()):
        text = text.title()
    for at in (i for i, ch in enumerate(text) if ch.isdigit()):
        assert not r.scan.match(text, at) or r.number_scan.match(text, at)
