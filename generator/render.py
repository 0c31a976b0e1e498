"""Briefing -> Markdown file (YAML front matter + body drawn by a Jinja2 template).

Escaping happens in exactly one place per output:

* YAML front matter: `yaml.safe_dump` of a plain dict (never templated text).
* Markdown body: the Jinja2 environment's `finalize` hook runs every `{{ value }}` through
  `escape_markdown`, so article text cannot open a tag, a link, a table cell, a heading or a code
  fence, whatever the template does. Only values the template marks with `|trusted`, the
  links `|cite` builds from checked sentence ids (our own anchors and numbers) and the UI labels
  (escaped by the same function once per language) skip it.
* JSON: msgspec's encoder.

Article text never reaches the template source, so Jinja syntax in a seed is just text.
"""

from __future__ import annotations

import re
from functools import cache

import msgspec
import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .language import Language, load
from .model import Briefing

NOTES_MARKER = "<!-- briefings:notes (everything below this line is kept on regeneration) -->"
TEMPLATES = __import__("pathlib").Path(__file__).parent / "templates"


class Trusted(str):
    """Text the generator wrote itself (anchors, numbers, links between our pages)."""


# One translation: control characters to spaces (Python-Markdown's own placeholders are built
# from STX/ETX, so text must never carry them), then & < > | ~ as entities.
_ENTITIES = str.maketrans(
    {
        **{c: " " for c in [*range(0x00, 0x20), *range(0x7F, 0xA0)]},
        "&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;", "~": "&#126;",
    }
)  # fmt: skip
# ... and the inline syntax characters (emphasis, code, links, attribute lists) behind a backslash.
_ESCAPES = {**_ENTITIES, **{ord(c): "\\" + c for c in "\\`*_{}[]"}}
# Any character `_ESCAPES` changes: most text holds none, and one regex search for them costs a
# fraction of the translation, which looks every character up in the table.
_TO_ESCAPE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_ESCAPES)) + "]")
_LINE_START = re.compile(r"^(?:[#+!-]|\d{1,9}(?=[.)]))")
_BLOCK_FIRST = frozenset("=#+!-")  # with the decimal digits: what may open a block


def escape_markdown(value: object) -> str:
    """Make text inert in Markdown and HTML, yet readable in the file.

    One line (no block can start or end inside it); & < > | ~ as entities (no tag, comment,
    autolink, table cell or fence); a backslash before the inline syntax characters (no emphasis,
    code, link or attribute list); and a backslash before anything that starts a block when it
    opens a line (heading, list, rule)."""
    if value is None:
        return ""
    if isinstance(value, Trusted):
        return str(value)
    # The escapes (a C pass, when there is one to make), then one line: the escaped characters
    # are no whitespace, so the order is free.
    text = str(value)
    if _TO_ESCAPE.search(text):
        text = text.translate(_ESCAPES)
    if not _is_one_line(text):
        text = " ".join(text.split())
    first = text[:1]
    if not first or (first not in _BLOCK_FIRST and not first.isdecimal()):
        return text  # most text: nothing can open a block (\d is what isdecimal() accepts)
    if first == "=":  # a setext underline
        return "&#61;" + text[1:]
    match = _LINE_START.match(text)
    if match:  # "# x" -> "\# x", "1. x" -> "1\. x"
        cut = match.end() if match.group(0)[0].isdigit() else 0
        text = text[:cut] + "\\" + text[cut:]
    return text


def _is_one_line(text: str) -> bool:
    """Whether `" ".join(text.split())` is `text` itself, told without splitting: an ASCII text
    with no control character left has no whitespace but the space, so it is one line unless it
    has two spaces in a row or one at an end. Other text may hold Unicode spaces: not told."""
    return text.isascii() and "  " not in text and text[:1] != " " and text[-1:] != " "


_SENTENCE_ID = re.compile(r"s\d{1,7}")


# Checked ids and their links, kept: every briefing cites the same few hundred ids.
_ANCHORS: dict[str, tuple[Trusted, Trusted, str]] = {}


def _checked(value: object) -> tuple[Trusted, Trusted, str]:
    """(the id, its number, its link) for a sentence id; anything else raises."""
    if type(value) is str:
        known = _ANCHORS.get(value)
        if known is not None:
            return known
    if not isinstance(value, str) or not _SENTENCE_ID.fullmatch(value):
        raise ValueError(f"not a sentence id: {str(value)[:40]!r}")
    known = (Trusted(value), Trusted(value[1:]), f"[{value[1:]}](#{value})")
    if type(value) is str and len(_ANCHORS) < 100_000:
        _ANCHORS[value] = known
    return known


def anchor(value: object) -> Trusted:
    """A sentence id ("s12"), written as is in anchors and links; anything else is a bug that
    must not reach the page, so it raises."""
    return _checked(value)[0]


def sentence_number(value: object) -> Trusted:
    """The number of a sentence id ("s12" -> "12"), checked as `anchor` checks it."""
    return _checked(value)[1]


def cite(ids: list[str]) -> Trusted:
    """Links to sentences ("[12](#s12), [14](#s14)"), every id checked by `anchor`: one Python
    call per cell instead of a template macro."""
    return Trusted(", ".join([_checked(sid)[2] for sid in ids]))


class _Labels(dict):
    """A language's UI labels, looked up (`Language.label` falls back to English) and escaped
    once each: the same text `finalize` would write, without escaping it in every cell."""

    def __init__(self, language: Language) -> None:
        super().__init__()
        self.language = language

    def __missing__(self, key: str) -> Trusted:
        value = self[key] = Trusted(escape_markdown(self.language.label(key)))
        return value


@cache
def _labels(language: Language) -> _Labels:
    return _Labels(language)


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=False,  # Markdown, not HTML: escaping is `finalize`'s job
        finalize=escape_markdown,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["trusted"] = Trusted
    env.filters["anchor"] = anchor
    env.filters["sentence_number"] = sentence_number
    env.filters["cite"] = cite
    return env


def front_matter(briefing: Briefing, extra: dict | None = None) -> dict:
    """The page's metadata: what MkDocs, the site and `briefings check` read without the body."""
    data = {
        "title": briefing.title,
        "slug": briefing.slug,
        "language": briefing.language,
        "date": briefing.published or briefing.reference_date,
        "published": briefing.published,
        "reference_date": briefing.reference_date,
        "outlet": briefing.outlet,
        "url": briefing.url,
        "bottom_line": briefing.bottom_line,
        "tags": briefing.tags,
        "actors": [
            {
                k: v
                for k, v in (
                    ("name", a.name),
                    ("type", a.type),
                    ("role", a.role),
                    ("affiliation", a.affiliation),
                    ("country", a.country),
                )
                if v
            }
            for a in briefing.actors
        ],
        "source": {"path": briefing.source.path, "sha256": briefing.source.sha256},
        "generator": briefing.generator,
    }
    data.update(extra or {})
    return data


_C_DUMPER = getattr(yaml, "CSafeDumper", None)


def dump_yaml(data: dict) -> str:
    try:
        return _plain_yaml(data)
    except _Unsafe:
        pass
    options = {"sort_keys": False, "allow_unicode": True, "width": 100_000}
    if _C_DUMPER is not None:
        # libyaml writes the same text several times faster, except that it escapes some
        # characters the Python emitter writes as they are (emoji, NEL): whatever it escapes goes
        # to the Python emitter, so the output never depends on libyaml being there.
        text = yaml.dump(data, Dumper=_C_DUMPER, **options)
        if "\\" not in text:
            return text
    return yaml.safe_dump(data, **options)


# --- the common front matter without PyYAML's representer ---------------------------------------
# Most front matters are a mapping of short one-line strings, None, lists of them and flat
# mappings. `_plain_yaml` writes those itself, and only in the forms PyYAML's emitter would choose
# (Emitter.analyze_scalar, choose_scalar_style; the resolver's implicit patterns): a string as
# it is when PyYAML would write it plain, else in single quotes (an indicator, ": ", " #", a
# leading or trailing space, or text the resolver would read back as a date, number, bool or
# null). Anything else (another type, a line break, a tab, a control or non-printable character,
# a long string, an alias, deeper nesting, an unusual key) raises `_Unsafe`, and `yaml` writes
# the whole document as before. tests/test_render_yaml.py checks it against yaml.safe_dump.


class _Unsafe(Exception):
    """The value is outside what `_plain_yaml` writes exactly as PyYAML does."""


# Characters PyYAML writes as they are with allow_unicode (printable, no line break, no tab).
_PLAIN_CHARS = re.compile(
    r"[^\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff\U0010ffff]+"
)
_INDICATORS = frozenset("#,[]{}&*!|>'\"%@` ")  # no plain scalar starts with these (or a space)
_PLAIN_MAX = 5_000  # far below the width (100,000) at which PyYAML would fold a line
_KEY = re.compile(r"[a-z][a-z0-9_]{0,63}")
_IMPLICIT = yaml.SafeDumper.yaml_implicit_resolvers


def _implicit(value: str) -> bool:
    """Whether PyYAML's resolver reads the plain text as something else than a string."""
    for resolvers in (_IMPLICIT.get(value[0]), _IMPLICIT.get(None)):
        if resolvers:
            for _, regexp in resolvers:
                if regexp.match(value):
                    return True
    return False


# Short strings already written, and how: actor types, countries, names and dates repeat from
# briefing to briefing (four scalars in five were written before on 1,000 articles).
_SCALARS: dict[str, str] = {}
_SCALARS_MAX = 20_000
_SCALAR_KEPT_LEN = 100  # titles and bottom lines are longer, and seldom repeat


def _scalar(value: object) -> str:
    if value is None:
        return "null"
    if type(value) is not str:
        raise _Unsafe
    known = _SCALARS.get(value)
    if known is None:
        known = _string_scalar(value)
        if len(value) <= _SCALAR_KEPT_LEN and len(_SCALARS) < _SCALARS_MAX:
            _SCALARS[value] = known
    return known


def _string_scalar(value: str) -> str:
    if not value:
        return "''"
    if len(value) > _PLAIN_MAX or not _PLAIN_CHARS.fullmatch(value):
        raise _Unsafe  # a line break, a control character, a long line: PyYAML decides
    first = value[0]
    if not (
        first in _INDICATORS
        or (first in "?:-" and value[1:2] in ("", " "))  # followed by a space or the end
        or value.startswith(("---", "..."))
        or value[-1] in " :"
        or ": " in value
        or " #" in value
        or _implicit(value)
    ):
        return value
    # Not plain, or plain but read back as another type: single quotes (no line break, no
    # special character, so PyYAML would not choose double quotes), a quote doubled.
    return "'" + value.replace("'", "''") + "'"


_GOOD_KEYS: set[str] = set()  # keys already found plain (a few dozen)


def _key(key: object) -> str:
    if type(key) is str and key in _GOOD_KEYS:
        return key
    if type(key) is not str or not _KEY.fullmatch(key) or _implicit(key):
        raise _Unsafe
    if len(_GOOD_KEYS) < 1000:
        _GOOD_KEYS.add(key)
    return key


def _plain_yaml(data: dict) -> str:
    """`data` as yaml.safe_dump(sort_keys=False, allow_unicode=True, width=100_000) writes it,
    or `_Unsafe` when it is not one of the simple shapes this writes."""
    if type(data) is not dict or not data:
        raise _Unsafe
    seen = {id(data)}  # PyYAML writes a list or mapping met twice as an alias

    def once(obj: object) -> None:
        if id(obj) in seen:
            raise _Unsafe
        seen.add(id(obj))

    out = []
    for key, value in data.items():
        name = _key(key)
        if type(value) is list:
            once(value)
            if not value:
                out.append(f"{name}: []\n")
                continue
            out.append(f"{name}:\n")
            for item in value:
                if type(item) is not dict:
                    out.append(f"- {_scalar(item)}\n")
                    continue
                once(item)
                if not item:
                    raise _Unsafe
                lead = "- "
                for k, v in item.items():
                    out.append(f"{lead}{_key(k)}: {_scalar(v)}\n")
                    lead = "  "
        elif type(value) is dict:
            once(value)
            if not value:
                out.append(f"{name}: {{}}\n")
                continue
            out.append(f"{name}:\n")
            for k, v in value.items():
                out.append(f"  {_key(k)}: {_scalar(v)}\n")
        else:
            out.append(f"{name}: {_scalar(value)}\n")
    return "".join(out)


def render_body(briefing: Briefing, language: Language | None = None) -> str:
    language = language or load(briefing.language if briefing.language in _codes() else "en")
    template = environment().get_template("briefing.md.j2")
    return template.render(
        b=briefing,
        labels=_labels(language),
        actors_by_id={a.id: a for a in briefing.actors},
        notes_marker=Trusted(NOTES_MARKER),
    )


def render_markdown(
    briefing: Briefing, extra_meta: dict | None = None, notes: str = "", labels: str | None = None
) -> str:
    """The whole file. `notes` is the analyst's part of the previous file, from the notes marker
    on (as `generate.Existing.notes` returns it): it replaces the template's bare marker, so the
    marker is written once and everything after it is carried over byte for byte."""
    body = render_body(briefing, load(labels) if labels else None)
    text = f"---\n{dump_yaml(front_matter(briefing, extra_meta))}---\n\n{body}"
    if not notes:
        return text
    # Article text cannot contain the marker (escape_markdown turns "<" into "&lt;"), so its one
    # occurrence is the template's, at the end.
    cut = text.index(NOTES_MARKER)
    if notes.startswith(NOTES_MARKER):
        return text[:cut] + notes
    return text[:cut] + NOTES_MARKER + "\n" + notes


def json_schema() -> str:
    """The JSON Schema of `to_json`'s output, generated from the model (schema/briefing.schema.json
    is this text, committed; a test keeps the two equal)."""
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema"}
    schema.update(msgspec.json.schema(Briefing))
    return msgspec.json.format(msgspec.json.encode(schema), indent=2).decode("utf-8") + "\n"


def to_json(briefing: Briefing) -> bytes:
    return msgspec.json.format(msgspec.json.encode(briefing), indent=2) + b"\n"


def _codes() -> tuple[str, ...]:
    from .language import available

    return available()
