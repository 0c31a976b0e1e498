"""generator/render.py: whatever the article says, the briefing's structure is the template's.

Every text field of a briefing is filled with hostile text, rendered, and read back three ways:
the front matter with a YAML parser, the body with markdown-it-py and with Python-Markdown as
MkDocs configures it, whose HTML must hold no element or attribute the text asked for.
"""

from __future__ import annotations

import re

import lxml.html
import markdown
import pytest
import yaml
from markdown_it import MarkdownIt

from generator.model import (
    Actor,
    Briefing,
    DateMention,
    KeyPoint,
    OpenQuestion,
    Quote,
    Sentence,
    SourceInfo,
    TimelineEvent,
)
from generator.render import (
    NOTES_MARKER,
    anchor,
    escape_markdown,
    front_matter,
    render_markdown,
)

PAYLOADS = [
    "<script>window.__pwned = 1</script>",
    "<img src=x onerror=alert(1)>",
    "<iframe src=javascript:alert(1)></iframe>",
    "[click](javascript:alert(1)) and ![i](data:text/html,<script>alert(1)</script>)",
    "<javascript:alert(1)> <https://example.org>",
    "<!-- comment --> --> <!--",
    "| cell | injected |",
    "# heading",
    "## Notes {: #notes }",
    "```python",
    "~~~",
    "    indented code",
    "---",
    "===",
    "* * *",
    "1. list",
    "> quote",
    "{{ 7 * 7 }} {% if true %}jinja{% endif %} {# c #}",
    'title: "x"\n---\nkey: [a, b]: c',
    "text {: onclick=alert(1) .evil }",
    "*emph* __strong__ `code` \\ backslash",
    "&lt;script&gt; &#60;b&#62; &amp;",
    "[TOC]",
    "a\u2028b\x85c\x02wzxhzdk:0\x03d",
    "<style>body{display:none}</style>",
    "<a href='javascript:alert(1)'>x</a>",
    "\x00\x1b[31m ESC",
]

H2 = ["Key points", "Actors", "Timeline", "Quotes", "Open questions", "Source text", "Notes"]
MKDOCS_EXTENSIONS = ["tables", "attr_list", "toc"]


def hostile(payload: str) -> Briefing:
    sentences = [
        Sentence("s0", payload, "title"),
        Sentence("s1", payload),
        Sentence("s2", payload, "heading"),
        Sentence("s3", "Plain sentence."),
    ]
    return Briefing(
        title=payload,
        slug="x",
        language="en",
        source=SourceInfo(f"seeds/{payload}.txt", "0" * 64, "txt"),
        outlet=payload,
        url=payload,
        published="2025-01-02",
        reference_date=None,
        bottom_line=payload,
        key_points=[KeyPoint(payload, ["s1"])],
        sentences=sentences,
        actors=[Actor("a1", payload, "person", [payload], payload, payload, None, ["s1", "s3"])],
        dates=[DateMention(payload, "2025", None, "s1")],
        timeline=[TimelineEvent("2025", "early", payload, ["a1"], "s1")],
        quotes=[Quote(payload, "a1", payload, "s1", ["s1", "s3"])],
        open_questions=[OpenQuestion(payload, "pending", ["s1"])],
        tags=[payload, "ok"],
        warnings=[payload],
        generator="test",
    )


def split(text: str) -> tuple[dict, str]:
    """Front matter and body, the way MkDocs finds them (the first line that is only ---)."""
    match = re.match(r"^---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*\n(.*)\Z", text, re.DOTALL)
    assert match, "the file opens with front matter"
    return yaml.safe_load(match.group(1)), match.group(2)


def html_of(body: str):
    return lxml.html.fragment_fromstring(
        markdown.markdown(body, extensions=MKDOCS_EXTENSIONS), create_parent="div"
    )


@pytest.mark.parametrize("payload", PAYLOADS)
def test_front_matter_round_trips_any_text(payload):
    b = hostile(payload)
    meta, _ = split(render_markdown(b, {"content_sha256": "x"}))
    assert meta["title"] == b.title
    assert meta["tags"] == [payload, "ok"]
    assert meta["actors"][0]["name"] == payload
    assert meta["source"]["path"] == b.source.path
    assert list(meta) == [*front_matter(b), "content_sha256"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_markdown_structure_is_the_templates(payload):
    _, body = split(render_markdown(hostile(payload)))
    tokens = MarkdownIt("commonmark").enable("table").parse(body)
    headings = [
        (tok.tag, re.sub(r"\s*\{:.*\}$", "", tokens[i + 1].content))
        for i, tok in enumerate(tokens)
        if tok.type == "heading_open"
    ]
    assert [h for h in headings if h[0] == "h1"] == [("h1", headings[0][1])]
    assert [text for tag, text in headings if tag == "h2"] == H2
    assert [tag for tag, _ in headings if tag not in {"h1", "h2"}] == ["h4"]  # the one heading
    html = [t.content.strip() for t in tokens if t.type in {"html_block", "html_inline"}]
    assert html == [NOTES_MARKER]  # the template's own marker, nothing from the text
    assert not [t for t in tokens if t.type in {"fence", "code_block"}]
    tables = [t for t in tokens if t.type == "table_open"]
    assert len(tables) == 2
    rows = [t for t in tokens if t.type == "tr_open"]
    assert len(rows) == 4  # a header and one row per table: no cell or row was opened by text


@pytest.mark.parametrize("payload", PAYLOADS)
def test_python_markdown_html_has_only_the_templates_elements(payload):
    _, body = split(render_markdown(hostile(payload)))
    root = html_of(body)
    tags = {el.tag for el in root.iter() if isinstance(el.tag, str)}
    assert tags <= {"div", "h1", "h2", "h4", "p", "strong", "ul", "li", "a", "table", "thead",
                    "tbody", "tr", "th", "td", "blockquote"}  # fmt: skip
    others = [lxml.html.tostring(el, encoding="unicode") for el in root.iter()
              if not isinstance(el.tag, str)]  # fmt: skip
    assert others == [NOTES_MARKER], "the only comment is the template's notes marker"
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for name, value in el.attrib.items():
            assert not name.startswith("on"), (name, value)
            assert name in {"id", "class", "href", "data-n", "style"}, name
        if el.tag == "a":
            assert re.fullmatch(r"#s\d+", el.get("href", "")), el.get("href")
    assert [h.text_content() for h in root.iter("h2")] == H2
    assert len(root.findall(".//h1")) == 1
    ids = [el.get("id") for el in root.iter() if el.get("id")]
    assert {"s0", "s1", "s2", "s3", "notes"} <= set(ids)


@pytest.mark.parametrize("payload", [p for p in PAYLOADS if "\x02" not in p and "\x00" not in p])
def test_text_reads_back_as_written(payload):
    """Escaping is invisible: the sentence's HTML text is the sentence (whitespace collapsed)."""
    _, body = split(render_markdown(hostile(payload)))
    root = html_of(body)
    (sentence,) = [el for el in root.iter() if el.get("id") == "s1"]
    expected = " ".join(payload.replace("\x1b", " ").split())
    assert " ".join(sentence.text_content().split()) == expected


def test_notes_are_carried_over_once_and_verbatim():
    b = hostile("Plain.")
    notes = NOTES_MARKER + "\n\nMy <b>own</b> notes | with {{ markup }}\n\n---\n"
    text = render_markdown(b, notes=notes)
    assert text.count(NOTES_MARKER) == 1
    assert text.endswith(notes)
    again = render_markdown(b, notes=text[text.index(NOTES_MARKER) :])
    assert again == text


def test_escape_markdown_cases():
    assert escape_markdown(None) == ""
    assert escape_markdown("# x") == "\\# x"
    assert escape_markdown("12. x") == "12\\. x"
    assert escape_markdown("=== x") == "&#61;== x"
    assert escape_markdown("a\nb\tc") == "a b c"
    assert escape_markdown("<b>|</b>") == "&lt;b&gt;&#124;&lt;/b&gt;"
    assert escape_markdown("[x](y)") == "\\[x\\](y)"


@pytest.mark.parametrize("bad", ["s1)", "x", "s", "s1 onclick", 1, None, "s12345678"])
def test_anchor_refuses_anything_but_a_sentence_id(bad):
    with pytest.raises(ValueError):
        anchor(bad)
    assert anchor("s12") == "s12"
