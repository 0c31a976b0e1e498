"""A rewrite rule's probe (a part of every match, searched for in the whole sentence) only ever
rules out sentences where no window matches: whatever window of a text a rule matches, its probe
matches the text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract import questions
from generator.language import load


def _rules(code: str) -> tuple[questions.Rewrite, ...]:
    return questions.phrasing(load(code)).rewrites


WORDS = {
    code: sorted({w for r in _rules(code) for w in re.findall(r"[^\W\d_]+", r.pattern.pattern)})
    for code in ("en", "id")
}
SPACE = st.sampled_from([" ", "  ", "\t", ", ", ". ", "-", "'", ""])


@pytest.mark.parametrize(
    ("pattern", "window", "text"),
    [
        (r"^(?P<s>.+?)\s+(?:will|would)\s+(?!not\b)(?P<p>.+)", "it will no", "it will not"),
        (r"^(?P<s>.*?)\s*(?<!tidak )\b(?:akan)\s+(?P<p>.+)", "akan pergi", "tidak akan pergi"),
        (r"(?P<x>\w+)ed\b", "walked", "walkedout"),
        (r"^(?P<s>[^,]+?)\s+must\s+(?P<p>.+)$", "they must go", "x, they must go"),
    ],
)
def test_a_window_match_is_found_in_its_text(pattern: str, window: str, text: str) -> None:
    """Anchors and lookarounds see a window's edges, not the text's: the probe leaves them out."""
    assert re.search(pattern, window, re.IGNORECASE) and not re.search(pattern, text, re.I)
    probe = questions._probe(pattern, re.IGNORECASE)
    assert probe is not None and probe.search(text)


def test_a_pattern_of_assertions_and_repeats_has_no_probe() -> None:
    assert questions._probe(r"^(?P<s>.+?)\b(?P<p>.*)$", re.IGNORECASE) is None


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["en", "id"]), st.data())
def test_no_window_a_rule_matches_escapes_its_probe(code: str, data) -> None:
    words = data.draw(st.lists(st.sampled_from(WORDS[code]) | st.text(max_size=5), max_size=12))
    text = "".join(w + data.draw(SPACE) for w in words)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for rule in _rules(code):
        if rule.pattern.search(text[start:end]) and rule.probe is not None:
            assert rule.probe.search(text), rule.pattern.pattern
