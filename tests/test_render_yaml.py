"""The front matter's fast path (`render._plain_yaml`) writes exactly what yaml.safe_dump writes,
or declines (`_Unsafe`) and leaves the document to PyYAML.

Generated front matters mix random Unicode text with the strings YAML treats specially: dates,
numbers, bool and null words in their case variants, indicators, ": ", " #", quotes, URLs, line
breaks and non-printable characters, None, empty lists and mappings, repeated objects.
"""

from __future__ import annotations

import os

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.render import _plain_yaml, _Unsafe, dump_yaml

OPTIONS = {"sort_keys": False, "allow_unicode": True, "width": 100_000}
EXAMPLES = 3000 if os.environ.get("HYPOTHESIS_PROFILE") == "thorough" else 600

TRICKY = [
    "", " ", "a", "-", "--- x", "... x", "- x", "? x", ": x", "x:", "x: y", "x #y", "x#y", "#x",
    "'x'", '"x"', "x'y", "it's", "~", "=", "<<", "!", "&a", "*a", "|", ">", "%x", "@x", "`x`",
    "null", "Null", "NULL", "yes", "Yes", "YES", "no", "No", "on", "ON", "off", "Off", "true",
    "True", "FALSE", "y", "n", "Y", "0", "-1", "+1", "0x1F", "0o17", "017", "1_000", "1:30",
    "190:20:30", "1e3", "1.5", ".5", "-.inf", ".NaN", "2026-01-06", "2026-1-6",
    "2001-12-14t21:59:43.10-05:00", "?0", "-0", ":x", "?", "-", ":", "---", "...", "..x",
    "2001-12-14 21:59:43.10 -5", "2026-01-06 ", " 2026-01-06", "https://example.com/a?b=c#d",
    "a, b", "[a]", "{a}", "a [b] {c}", "a\tb", "a\nb", "a\x85b", "a\u2028b", "a\x00b", "\ufeffa",
    "a\x7fb", "a\xa0b", "émigré", "日本語", "😀 emoji", "\U0010ffff", "a  b", "x" * 6000, "a :b",
    "a:b", "C#", "a ?b", "50%", "@", "a -b", "-a", ".a", "—dash", "«quote»", "“curly”",
]  # fmt: skip

text = st.one_of(
    st.sampled_from(TRICKY),
    st.text(max_size=40),
    st.text(alphabet=st.sampled_from("aAyYnN0129-:.#' \t\n_+eE~<=!\"|>,[]{}%@`&*?"), max_size=12),
    st.lists(st.sampled_from(TRICKY), max_size=3).map(" ".join),
    st.dates().map(str),
    st.from_regex(r"[0-9]{1,4}([-:.][0-9]{1,2}){0,3}", fullmatch=True),
)
scalar = st.one_of(st.none(), text, st.integers(), st.booleans())
key = st.one_of(
    st.sampled_from(["title", "slug", "date", "url", "tags", "source", "y", "on", "null", "a_1"]),
    st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True),
    text,
)
flat = st.dictionaries(key, scalar, max_size=5)
value = st.one_of(
    scalar,
    st.lists(st.one_of(scalar, flat), max_size=4),
    flat,
    st.lists(st.lists(scalar, max_size=2), max_size=2),  # deeper: always PyYAML's
)
front_matters = st.dictionaries(key, value, max_size=8)


def _check(data: dict) -> None:
    try:
        fast = _plain_yaml(data)
    except _Unsafe:
        return
    expected = yaml.safe_dump(data, **OPTIONS)
    assert fast == expected
    assert dump_yaml(data) == expected
    assert yaml.safe_load(fast) == data


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(front_matters)
@example({"title": "x", "tags": [], "source": {}, "actors": [{"name": "A", "type": "person"}]})
def test_fast_front_matter_is_what_safe_dump_writes(data: dict) -> None:
    _check(data)


def test_every_tricky_string_as_value_list_item_and_nested_value() -> None:
    for s in TRICKY:
        _check({"title": s, "tags": [s, None], "actors": [{"name": s}], "source": {"path": s}})


def test_a_list_met_twice_is_left_to_pyyaml() -> None:
    tags = ["a"]
    data = {"tags": tags, "more": tags}
    try:
        _plain_yaml(data)
    except _Unsafe:
        pass
    else:
        raise AssertionError("an alias must go to PyYAML")
    assert dump_yaml(data) == yaml.safe_dump(data, **OPTIONS)


def test_the_common_front_matter_takes_the_fast_path() -> None:
    data = {
        "title": "Menteri: belum ada rincian",
        "date": "2026-01-06",
        "published": None,
        "tags": ["Ukraina", '"koalisi"'],
        "actors": [{"name": "Jose Manuel Albares", "type": "person", "country": "ES"}],
        "source": {"path": "seeds/a.txt", "sha256": "0" * 64},
    }
    assert _plain_yaml(data) == yaml.safe_dump(data, **OPTIONS)
