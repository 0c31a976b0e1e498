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
# Characters beyond ASCII that match an ASCII letter when case is ignored (Kelvin sign, long s,
# dotted and dotless i), and ordinary ones: the lowered-text test must not miss what they match.
ODD = st.sampled_from(["\u212a", "\u017f", "\u0130", "\u0131", "\u00e9", "\u201c", "I", "S", "K"])


def _spelled_oddly(word: str, data) -> str:
    return "".join(
        data.draw(ODD) if ch in "iskIK" and data.draw(st.booleans()) else ch for ch in word
    )


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
    if data.draw(st.booleans()):
        words = [_spelled_oddly(w, data) for w in words]
    text = "".join(w + data.draw(SPACE) for w in words)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    lowered = questions._lowered_for_words(text)
    for rule in _rules(code):
        if rule.pattern.search(text[start:end]):
            assert rule.probe is None or rule.probe.search(text), rule.pattern.pattern
            assert questions._may_match(rule, text, lowered), rule.pattern.pattern


@pytest.mark.parametrize("odd", ["\u212a", "\u017f", "\u0130", "\u0131"])
def test_a_character_matching_ascii_only_ignoring_case_turns_the_word_test_off(odd: str) -> None:
    assert re.search("[iks]", odd, re.IGNORECASE)
    assert questions._lowered_for_words(f"x \u201c{odd}\u201d") is None
    assert questions._lowered_for_words("Caf\u00e9 \u201cX\u201d") == "caf\u00e9 \u201cx\u201d"


@pytest.mark.parametrize("code", ["en", "id"])
def test_words_spelled_with_such_characters_still_reach_their_rule(code: str) -> None:
    odd = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}
    for rule in _rules(code):
        if rule.words is None or rule.probe is None:
            continue
        for word in rule.words.pattern.split("|"):
            for at, ch in enumerate(word):
                for other in odd.get(ch, ""):
                    text = f"x {word[:at]}{other}{word[at + 1 :]} y"
                    if rule.probe.search(text):
                        assert questions._may_match(rule, text, questions._lowered_for_words(text))
