"""The front matter's fast reader (`reading._simple_mapping`) reads exactly what PyYAML reads, or
declines (None) and leaves the text to PyYAML.

Front matters are written by yaml.safe_dump (plain and single-quoted values) and by hand (`key:
value` lines with any text after the colon), from the strings YAML treats specially (dates,
numbers, bool and null words, indicators, ": ", " #", quotes, non-printable characters) and
random text.
"""

from __future__ import annotations

import datetime
import os

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_render_yaml import TRICKY

from generator.reading import _load_yaml, _simple_mapping

EXAMPLES = 3000 if os.environ.get("HYPOTHESIS_PROFILE") == "thorough" else 600
KEYS = ["title", "url", "published", "Title", "a_1", "y", "on", "yes", "null", "No", "x1"]

text = st.one_of(
    st.sampled_from(TRICKY),
    st.text(max_size=40),
    st.text(alphabet=st.sampled_from("aAyY0129-:.#' \t_+eE~<=!\"|>,[]{}%@`&*?é\xa0"), max_size=12),
    st.lists(st.sampled_from(TRICKY), max_size=3).map(" ".join),
    st.dates().map(str),
    st.from_regex(r"[0-9]{1,4}([-:.][0-9]{1,2}){0,3}", fullmatch=True),
)
lines = st.lists(st.tuples(st.sampled_from(KEYS), text), min_size=1, max_size=4)


def _pyyaml(source: str):
    try:
        return yaml.safe_load(source)
    except Exception as exc:  # any failure: the fast reader must have declined
        return exc


def _check(source: str) -> None:
    fast = _simple_mapping(source)
    if fast is None:
        return
    expected = _pyyaml(source)
    assert fast == expected
    assert [type(v) for v in fast.values()] == [type(v) for v in expected.values()]


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines)
def test_hand_written_lines_are_read_as_pyyaml_reads_them(pairs) -> None:
    _check("".join(f"{key}: {value}\n" for key, value in pairs))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines)
def test_dumped_front_matter_is_read_as_pyyaml_reads_it(pairs) -> None:
    data = dict(pairs)
    _check(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100_000))


def test_every_tricky_string_plain_and_dumped() -> None:
    for s in TRICKY:
        _check(f"title: {s}\n")
        _check(yaml.safe_dump({"title": s}, allow_unicode=True, width=100_000))


def test_the_common_front_matter_takes_the_fast_path() -> None:
    source = (
        "title: 'Menteri: belum ada rincian'\n"
        "url: https://example.org/a?b=c#d\n"
        "published: 2026-01-06\n"
        "source: It's Pantau\n"
    )
    expected = {
        "title": "Menteri: belum ada rincian",
        "url": "https://example.org/a?b=c#d",
        "published": datetime.date(2026, 1, 6),
        "source": "It's Pantau",
    }
    assert _simple_mapping(source) == expected
    assert _load_yaml(source) == yaml.safe_load(source) == expected


def test_other_shapes_are_left_to_pyyaml() -> None:
    for source in (
        "",
        "title: x",  # no line break at the end
        'title: "x"\n',
        "tags: [a, b]\n",
        "title: x # a comment\n",
        "title:\n  x\n",
        "count: 3\n",
        "draft: yes\n",
        "published: 2026-02-30\n",
        "published: 2026-01-06 10:00:00\n",
        "# comment\ntitle: x\n",
        "title: x\n\n",
    ):
        assert _simple_mapping(source) is None, source
