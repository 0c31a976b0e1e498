"""The cue pattern's prefix lookahead (now with white-space runs in the prefixes) only ever
rejects positions where no cue matches: with and without it, the same matches and groups."""

from __future__ import annotations

import re
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract import questions
from generator.language import load

LEAD = r"(?<!\w)(?=\w)"


@cache
def _plain(cues: re.Pattern) -> re.Pattern:
    lookahead = questions._heads_lookahead(cues.pattern[len(LEAD) :])
    assert lookahead and lookahead in cues.pattern
    return re.compile(cues.pattern.replace(lookahead, "", 1))


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:yang|dan)\s+diduga\b",
        r"\bno\s+\w+(?:\s+\w+){0,2}\s+will\b",
        r"\bdi\s?mana\b|\bdi\s+sana\b",
        r"\bnot\s{1,2}yet\b|\bnot\s*now\b",
        r"\bas\s+if\b|\bas\s+long\s+as\b",
    ],
)
def test_white_space_runs_in_prefixes_reject_only_what_cannot_match(pattern: str) -> None:
    plain = re.compile(LEAD + "(?:" + pattern + ")")
    guarded = re.compile(LEAD + questions._heads_lookahead(pattern) + "(?:" + pattern + ")")
    text = (
        "yang diduga yang\tdiduga yang\n\ndiduga yang  dia dan diduga no one will no  x y will "
        "di mana dimana di  sana not  yet not   yet notyet not now as if as\u00a0if as long  as"
    )
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert plain.search(text)


def test_a_common_first_word_needs_its_next_word() -> None:
    lookahead = questions._heads_lookahead(r"\b(?:yang|dan)\s+diduga\b")
    assert re.match(lookahead, "yang  diduga") and re.match(lookahead, "dan\tdiduga")
    assert not re.match(lookahead, "yang lain") and not re.match(lookahead, "yangdiduga")


WORDS = {
    code: sorted({w for w in re.findall(r"[^\W\d_]+", questions.rules(load(code)).cues.pattern)})
    for code in ("en", "id")
}
SPACE = st.sampled_from([" ", "  ", "\t", "\n", "\u00a0", ", ", ". ", "-", ""])


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["en", "id"]), st.data())
def test_cues_with_and_without_the_lookahead_agree_on_random_text(code: str, data) -> None:
    words = data.draw(st.lists(st.sampled_from(WORDS[code]) | st.text(max_size=6), max_size=14))
    text = "".join(w + data.draw(SPACE) for w in words).lower()
    cues = questions.rules(load(code)).cues
    found = [(m.span(), m.lastgroup) for m in cues.finditer(text)]
    assert found == [(m.span(), m.lastgroup) for m in _plain(cues).finditer(text)]
