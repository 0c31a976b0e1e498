"""Whole-text searches for patterns that start at a word start, made fast on ASCII text.

A pattern that opens with `(?<!\\w)` (date cores, speech verbs) is tried by the regex engine at
every character of the text, and most of its time goes to those attempts. Where the text is
ASCII, the characters before a word start are a small known set: a pattern that first consumes
one of them lets the engine skip straight from one to the next (its search for a pattern
beginning with a character class), and the real pattern is then matched right after each. The
matches are the very ones `pattern.finditer(text)` yields, in the same order; any other text (or
an empty match, whose successor finditer finds by its own rules) is searched as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

WORD_START = r"(?<!\w)"
# In ASCII text, the characters \w does not match: one of them stands before every word start
# but the text's first.
_ASCII_NON_WORD = "".join(c for c in map(chr, range(128)) if not re.match(r"\w", c))
BEFORE_WORD = f"[{re.escape(_ASCII_NON_WORD)}]"


@cache  # one per pattern (the stages' patterns live as long as the process)
def word_start_finditer(pattern: re.Pattern) -> Callable[[str], list[re.Match]]:
    """A function giving the list of `pattern.finditer(text)` for a pattern beginning with
    `(?<!\\w)`. The words to try it at are found by the whole pattern in a lookahead, so each
    match is made twice: for patterns that match at few words (not for one whose words pass a
    cheap first test often and then fail, as the open questions' cues do)."""
    if not pattern.pattern.startswith(WORD_START):
        raise ValueError(f"not a word-start pattern: {pattern.pattern[:40]!r}")
    rest = pattern.pattern[len(WORD_START) :]
    candidates = re.compile(f"{BEFORE_WORD}(?={rest})", pattern.flags)

    def finditer(text: str) -> list[re.Match]:
        if not text.isascii():
            return list(pattern.finditer(text))
        # the text's first word has no character before it
        return matches_at(pattern, text, [0, *(c.end() for c in candidates.finditer(text))])

    return finditer


def matches_at(pattern: re.Pattern, text: str, starts: list[int]) -> list[re.Match]:
    """`list(pattern.finditer(text))`, the pattern tried only at `starts`: ascending offsets
    that hold every offset where a match of it may begin."""
    found: list[re.Match] = []
    end = 0
    for at in starts:
        if at < end:
            continue  # inside the last match: finditer goes on after it
        match = pattern.match(text, at)
        if match is None:
            continue
        if match.end() == at:
            return list(pattern.finditer(text))  # an empty match: finditer's own rules
        found.append(match)
        end = match.end()
    return found
