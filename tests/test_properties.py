"""Property-based tests: random Unicode text, random Markdown, random front matter and random bytes
go through the real generator (a file on disk -> build_one -> the files it writes).

For every input: the generator never crashes (a seed it cannot use is a one-line SeedError), the
Markdown parses with markdown-it-py into exactly the template's h2 sections in order, its HTML
under Python-Markdown (as MkDocs renders it) holds only the template's elements, the front matter
parses as YAML with the expected keys, and the JSON validates against the committed schema.

Examples per property: the "default" profile runs 200 (100 for raw bytes), "thorough" 2000;
choose with HYPOTHESIS_PROFILE=thorough. `pytest --hypothesis-show-statistics` reports counts.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

import jsonschema
import lxml.html
import markdown
import pytest
import yaml
from conftest import REPO
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from generator.generate import Built, Seed, build_one, content_hash, render_file
from generator.language import available, load
from generator.reading import SeedError
from generator.render import NOTES_MARKER, to_json

settings.register_profile(
    "default",
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("thorough", parent=settings.get_profile("default"), max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

SECTIONS = ["key_points", "actors", "timeline", "quotes", "open_questions", "source_text", "notes"]
REQUIRED_KEYS = {"title", "slug", "language", "source", "generator", "content_sha256", "actors"}
ALLOWED_TAGS = {"div", "h1", "h2", "h4", "p", "strong", "ul", "li", "a", "table", "thead", "tbody",
                "tr", "th", "td", "blockquote"}  # fmt: skip
SCHEMA = jsonschema.Draft202012Validator(
    json.loads((REPO / "schema" / "briefing.schema.json").read_text(encoding="utf-8"))
)

# --- strategies ---------------------------------------------------------------------------------

SENTENCES = [
    "Finance Minister Maria Lopez said on Monday, 3 March 2025, that the vote would wait.",
    '"We need more time," Lopez told reporters in Jakarta.',
    "Menteri Keuangan Sri Rahayu mengatakan pada Senin (3/3/2025) bahwa rapat ditunda.",
    "“Kami butuh waktu,” kata Rahayu kepada wartawan di Jakarta.",
    "It remains unclear when the subsidy will end.",
    "The World Bank warned in early January 2025 that costs could rise.",
]
HOSTILE = [
    "<script>window.__pwned=1</script>", "<img src=x onerror=alert(1)>", "<iframe src=x>",
    "[a](javascript:alert(1))", "![i](data:text/html,x)", "<!-- c -->", "| a | b |", "# h",
    "```", "~~~", "---", "===", "{{ 7*7 }}", "{% raw %}", "{: onclick=x }", "&amp;", "[TOC]",
    "\\", "*", "_", "`", ">", "1. ", "- ", "    ", "\t", "\u2028", "\x85", "\ufeff", "\u200b",
    "\x00", "\x02", "\x1b", "\r", "\r\n", "\n", "\n\n", "é", "ß", "İ", "日本", "🙂", "\u202e",
]  # fmt: skip

# Phrases the extraction rules look around, cut where the text may end: a rule reading past
# the last word must not fail.
PARTIAL = [
    "Ann Vickers, an", "Marisela, istri", "Pedro Alvarez, the boy's", "Sen.", "Sen. Dana", "Kantor",
    "Direktur Utama PT Sinar", "kuartal IV-", "19 dan 20", "Juli-", "``So,''", "NAIROBI (AP) _",
    "Wali Kota Sukamaju, Ratu", "Chairman and", "Vice Chairman of", "periode 2018-2023,",
    "Bupati Sukamaju Andi", "Kim Dae-", "Selasa (7/10/2024)", "PT Aneka Jaya dan",
]  # fmt: skip

unicode_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=300)
fragments = st.one_of(
    unicode_text, st.sampled_from(SENTENCES), st.sampled_from(HOSTILE), st.sampled_from(PARTIAL)
)
article_text = st.lists(fragments, max_size=30).map("".join)

line = st.lists(st.one_of(st.sampled_from(SENTENCES), st.sampled_from(HOSTILE), unicode_text),
                min_size=1, max_size=4).map(" ".join)  # fmt: skip
markdown_block = st.one_of(
    line,
    st.builds(lambda n, t: "#" * n + " " + t, st.integers(1, 7), line),
    st.builds(lambda t: f"{t}\n" + "=" * 3, line),
    st.builds(lambda t: f"```\n{t}\n```", line),
    st.builds(lambda t: f"    {t}", line),
    st.builds(lambda t: f"> {t}\n> > {t}", line),
    st.builds(lambda a, b: f"- {a}\n  - {b}\n1. {a}", line, line),
    st.builds(lambda a, b: f"| {a} | {b} |\n| --- | --- |\n| {b} | {a} |", line, line),
    st.builds(lambda t: f"<div onclick=x>\n{t}\n</div>", line),
    st.builds(
        lambda t, u: f"[{t}]({u}) ![{t}]({u}) <{u}>",
        line,
        st.sampled_from(
            ["javascript:alert(1)", "data:text/html,x", "https://example.org/a b", "#s1"]
        ),
    ),
    st.builds(lambda t: f"*{t}* **{t}** `{t}` ~~{t}~~", line),
    st.just("---"),
    st.just("***"),
)
markdown_text = st.lists(markdown_block, max_size=15).map("\n\n".join)

yaml_scalar = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), unicode_text,
    st.sampled_from(HOSTILE), st.dates(), st.sampled_from(
        ["javascript:alert(1)", "https://example.org/x", "2025-02-30", "../../etc/passwd", "id"])
)  # fmt: skip
yaml_value = st.recursive(
    yaml_scalar,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=8,
)
front_keys = st.one_of(
    st.sampled_from(["title", "source", "outlet", "url", "published", "language", "tags"]),
    st.text(max_size=12),
)
front_matter = st.dictionaries(front_keys, yaml_value, max_size=8)

# --- the properties -----------------------------------------------------------------------------


def generate(raw: bytes, suffix: str) -> tuple[str, bytes, Built] | None:
    """The generator on one seed file: (markdown, json, built), or None for a refused seed."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"seed{suffix}"
        path.write_bytes(raw)
        try:
            built = build_one(Seed(path, f"seeds/seed{suffix}", None))
        except SeedError as exc:
            assert "\n" not in str(exc) and str(exc).startswith(str(path))
            return None
    return render_file(built, ""), to_json(built.briefing), built


def check_output(text: str, data: bytes, built: Built) -> None:
    match = re.match(r"^---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*\n(.*)\Z", text, re.DOTALL)
    assert match, "front matter first"
    meta = yaml.safe_load(match.group(1))
    assert set(meta) >= REQUIRED_KEYS
    assert meta["title"] == built.briefing.title
    assert meta["content_sha256"] == content_hash(text)
    body = match.group(2)

    code = built.briefing.language
    labels = load(code if code in available() else "en").label
    expected = [" ".join(labels(s).split()) for s in SECTIONS]
    tokens = MarkdownIt("commonmark").enable("table").parse(body)
    headings = [
        (tok.tag, re.sub(r"\s*\{:[^}]*\}$", "", tokens[i + 1].content))
        for i, tok in enumerate(tokens)
        if tok.type == "heading_open"
    ]
    assert [h for h, _ in headings].count("h1") == 1 and headings[0][0] == "h1"
    assert [t for h, t in headings if h == "h2"] == expected
    assert {h for h, _ in headings} <= {"h1", "h2", "h4"}
    html_tokens = [t.content.strip() for t in tokens if t.type in {"html_block", "html_inline"}]
    assert html_tokens == [NOTES_MARKER]
    assert not [t for t in tokens if t.type in {"fence", "code_block"}]

    root = lxml.html.fragment_fromstring(
        markdown.markdown(body, extensions=["tables", "attr_list", "toc"]), create_parent="div"
    )
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        assert el.tag in ALLOWED_TAGS, el.tag
        assert not [a for a in el.attrib if a.startswith("on")]
        if el.tag == "a":
            assert re.fullmatch(r"#s\d+", el.get("href", ""))
    assert [" ".join(h.text_content().split()) for h in root.iter("h2")] == expected

    SCHEMA.validate(json.loads(data))


@given(article_text)
def test_random_text(text):
    out = generate(text.encode("utf-8"), ".txt")
    if out is not None:
        check_output(*out)


@given(markdown_text)
def test_random_markdown(text):
    out = generate(text.encode("utf-8"), ".md")
    if out is not None:
        check_output(*out)


@given(front_matter, st.sampled_from(SENTENCES), st.sampled_from([".md", ".txt"]))
def test_random_front_matter(meta, sentence, suffix):
    head = yaml.safe_dump(meta, allow_unicode=True)
    out = generate(f"---\n{head}---\n{sentence}\n".encode(), suffix)
    assert out is not None, "a mapping with a body is always a briefing"
    check_output(*out)
    url = out[2].briefing.url
    assert url is None or re.match(r"https?://", url)


@settings(max_examples=max(100, settings().max_examples // 2))
@given(st.binary(max_size=2000), st.sampled_from([".txt", ".md", ".html"]))
def test_random_bytes(raw, suffix):
    out = generate(raw, suffix)
    if out is not None:
        check_output(*out)


@pytest.mark.parametrize("partial", PARTIAL)
def test_a_text_may_end_in_the_middle_of_any_phrase_a_rule_reads(partial):
    for text in (partial, f"Rapat itu lama. {partial}", f"The talks went on. {partial}"):
        out = generate(text.encode("utf-8"), ".txt")
        if out is not None:
            check_output(*out)
