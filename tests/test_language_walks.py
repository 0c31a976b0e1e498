"""Language detection remembers py3langid's byte walk per (state, word): the scores must be the
ones py3langid's own walk gives, bit for bit, the first time and when replayed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from py3langid.langid import LanguageIdentifier

from generator import language

TEXTS = [
    "Menteri Keuangan mengatakan rapat anggaran ditunda hingga pekan depan karena data belum ada.",
    "The finance minister said the budget meeting was postponed until next week.",
    "",
    " ",
    "  two  spaces  and a trailing one ",
    "Ok.",
    "日本語のテキストと English words",
    "ÀÉÎ õ ß İstanbul",
    "123 456 7.89",
    "A" * 300,
]


def _same_scores(identifier, text: str) -> None:
    encoded = identifier._encode(text)
    ours = identifier._raw_score(encoded)
    theirs = LanguageIdentifier._raw_score(identifier, encoded)
    assert ours.dtype == theirs.dtype
    assert ours.tobytes() == theirs.tobytes()


def test_remembered_walks_score_like_py3langid() -> None:
    identifier = language._identifier(language.available())
    for _ in range(2):  # the second time every walk is replayed
        for text in TEXTS:
            _same_scores(identifier, text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["yang", "the", "dan", " ", "  ", "é", "x"]) | st.text(), max_size=8)
)
def test_random_texts_score_like_py3langid(parts: list) -> None:
    identifier = language._identifier(language.available())
    text = " ".join(parts)
    _same_scores(identifier, text)
    _same_scores(identifier, text)
