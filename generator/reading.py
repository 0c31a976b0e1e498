"""Seed files in, clean text blocks out.

Everything about bytes, encodings, file formats and front matter lives here, so the extraction
stages only ever see a list of `Block`s of clean Unicode text. A seed that cannot be read raises
`SeedError`, whose message names the file and the reason in one line.
"""

from __future__ import annotations

import hashlib
import re
import stat
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

import yaml

SUPPORTED = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
OVERRIDE_SUFFIXES = (".yml", ".yaml")
# Beyond this a "seed" is not an article. The limit bounds time and memory: extraction is roughly
# linear, about 70 MB of memory and 3 s per MB of text.
MAX_BYTES = 8 * 1024 * 1024

FRONT_MATTER_KEYS = {"title", "source", "outlet", "url", "published", "language", "tags"}

BlockKind = Literal["title", "heading", "paragraph"]


class SeedError(Exception):
    """A seed that cannot be turned into a briefing. str() is the one-line reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass
class Block:
    kind: BlockKind
    text: str


@dataclass
class Source:
    path: str
    format: Literal["txt", "md", "html"]
    sha256: str
    blocks: list[Block]
    meta: dict = field(default_factory=dict)  # front matter / header / HTML metadata, normalized
    warnings: list[str] = field(default_factory=list)


# --- bytes to text ------------------------------------------------------------------------------

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Every other line end (lone CR, NEL, Unicode line and paragraph separators) becomes \n, so no
# later stage meets a line break it does not split on.
_LINE_ENDS = dict.fromkeys(map(ord, "\r\x85\u2028\u2029"), "\n")
_OTHER_LINE_ENDS = "\x85\u2028\u2029"  # the non-ASCII keys of _LINE_ENDS
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
# Fast tests before the translations above: most seeds have none of these characters.
_ZERO_WIDTH_CHARS = "".join(map(chr, _ZERO_WIDTH))
_VISIBLE = re.compile("[^\\s" + "".join(map(chr, _ZERO_WIDTH)) + "]")  # str.isspace() is \s
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")


# C0 control bytes no text editor writes (tab, line feed, form feed, carriage return and escape
# are left out): more than a few in the first 8 KB means the file is not text.
_BINARY_BYTES = bytes(c for c in range(32) if c not in (9, 10, 12, 13, 27))


def decode(raw: bytes, path: Path | str) -> tuple[str, list[str]]:
    """Bytes to normalized text: BOM dropped, any line ends made \\n, NFC, mojibake repaired."""
    warnings: list[str] = []
    if not raw.strip():
        raise SeedError(path, "empty file (nothing but whitespace)")
    head = raw[:8192]
    if _bom_encoding(raw) == "utf-8-sig":
        if b"\x00" in head:
            raise SeedError(path, "binary file (contains NUL bytes), not an article")
        binary = len(head) - len(head.translate(None, _BINARY_BYTES))  # one pass, all counted
        if binary > max(8, len(head) // 100):
            raise SeedError(path, "binary file (control bytes), not an article")
    try:
        text = raw.decode(_bom_encoding(raw))
    except UnicodeDecodeError:
        text, encoding = _decode_legacy(raw, path)
        warnings.append(f"not valid UTF-8; decoded as {encoding}")
    if _has_other_line_ends(text):
        text = text.replace("\r\n", "\n").translate(_LINE_ENDS)
    text = _fix_mojibake(text, warnings)
    # Zero-width characters are dropped later, from the body and the metadata values: dropped
    # here they could change the structure of the front matter's YAML.
    text = _nfc(text).lstrip("\ufeff")
    if _has_control(text):
        text = _CONTROL.sub(" ", text)
    if not _VISIBLE.search(text):  # nothing but whitespace and zero-width characters
        raise SeedError(path, "empty file (nothing but whitespace)")
    if _looks_binary(text):
        raise SeedError(path, "binary file (mostly non-text characters), not an article")
    return text, warnings


# A YAML escape ("\\n", "\\x1F", "\\U0008A40C"): NFC must not compose its last character
# with a combining mark after it ("\\n" and U+0331 into "\\ṉ", "...C" and U+0327 into "...Ç":
# escapes YAML refuses).
_ESCAPE = re.compile(r"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", re.DOTALL)


# The three characters NFC turns into ASCII ("\u037e" into ";", "\u1fef" into "`", the Kelvin
# sign into "K"): kept as written, so no front matter's YAML gains a syntax character.
_TO_ASCII = re.compile("[\u037e\u1fef\u212a]")


def _nfc(text: str) -> str:
    """NFC, each escape kept apart from what follows it, and no character turned into ASCII."""
    if text.isascii():
        return text
    if _TO_ASCII.search(text):
        cuts = sorted({x for m in _TO_ASCII.finditer(text) for x in m.span()})
        pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
        return "".join(p if _TO_ASCII.fullmatch(p) else _nfc(p) for p in pieces)
    if "\\" not in text:
        return unicodedata.normalize("NFC", text)
    cuts = [m.end() for m in _ESCAPE.finditer(text)]
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return "".join(unicodedata.normalize("NFC", piece) for piece in pieces)


_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def _has_control(text: str) -> bool:
    """Whether the text holds a character of `_CONTROL`. Those are ASCII, one byte each in UTF-8
    and never a byte of another character, so the encoded text is searched: deleting bytes
    is several times faster than a regex scan of the string, and most seeds have none."""
    encoded = text.encode("utf-8", "surrogatepass")
    return len(encoded.translate(None, _CONTROL_BYTES)) != len(encoded)


def _has_other_line_ends(text: str) -> bool:
    """Whether the text holds a line end other than \\n. The other line ends are \\r and three
    non-ASCII characters: a substring test for each is a fast C search, where translating a
    non-ASCII text looks up every character in `_LINE_ENDS` (half a millisecond a seed)."""
    if "\r" in text:
        return True
    return not text.isascii() and any(ch in text for ch in _OTHER_LINE_ENDS)


def _has_zero_width(text: str) -> bool:
    """Whether the text holds a zero-width character: none is ASCII, and a substring test per
    character is a fast C search where a character class is a slow regex scan."""
    return not text.isascii() and any(ch in text for ch in _ZERO_WIDTH_CHARS)


def _bom_encoding(raw: bytes) -> str:
    """UTF-8 (its BOM dropped if present) unless a UTF-16/32 byte order mark says otherwise."""
    return next((name for bom, name in _BOMS if raw.startswith(bom)), "utf-8-sig")


# When a seed is not UTF-8, it is most likely cp1252 (the Western superset of latin-1). A detector
# cannot tell the Latin code pages apart on a short text (it guesses cp1250 for French, even EBCDIC
# for a lone "€"), so its guess is trusted only when it names another script's encoding.
_OTHER_SCRIPTS = {
    "big5",
    "big5hkscs",
    "cp1251",
    "cp1253",
    "cp1255",
    "cp1256",
    "cp874",
    "cp932",
    "cp949",
    "euc_jis_2004",
    "euc_jp",
    "euc_kr",
    "gb18030",
    "gb2312",
    "gbk",
    "hz",
    "iso2022_jp",
    "iso2022_kr",
    "iso8859_5",
    "iso8859_6",
    "iso8859_7",
    "iso8859_8",
    "koi8_r",
    "koi8_u",
    "mac_cyrillic",
    "shift_jis",
    "shift_jis_2004",
    "tis_620",
    "utf_16",
    "utf_16_be",
    "utf_16_le",
    "utf_32",
    "utf_32_be",
    "utf_32_le",
}


def _decode_legacy(raw: bytes, path: Path | str) -> tuple[str, str]:
    """Not UTF-8: cp1252 (or latin-1, which never fails), unless the bytes are clearly another
    script's encoding (Cyrillic, CJK, UTF-16 with a BOM...)."""
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:200_000]).best()
    guess = best.encoding.lower() if best is not None else "cp1252"
    if guess in _OTHER_SCRIPTS:
        try:
            return raw.decode(guess), guess
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d are undefined in cp1252
        return raw.decode("latin-1"), "latin-1"


# UTF-8 read as cp1252 or Latin-1: a lead byte's character (Â-ô) before a continuation byte's
# (U+0080-U+00BF, or cp1252's letters for 0x80-0x9F): "Ã©" for "é", "Ä\x81" for "ā", "Å¼" for
# "ż", "á¸¥" for "ḥ". Legitimate text rarely has such a pair, and ftfy leaves what it is not
# sure of as it is.
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")


def _fix_mojibake(text: str, warnings: list[str]) -> str:
    # Only touch text that shows the signature; ftfy is careful but not free, and most seeds are
    # clean (ASCII ones are skipped without a scan).
    if text.isascii() or not _MOJIBAKE.search(text):
        return text
    fixed = _ftfy_lines(text)
    if fixed != text:
        warnings.append("repaired mis-decoded characters (mojibake)")
    return fixed


# ftfy fixes a text line by line, each line alone (`ftfy.fix_text`'s segments), and most lines
# of a seed with mojibake have none: a line of printable ASCII without "&" (an HTML entity),
# "<" or an escape character is one every fixer returns unchanged (ASCII is never mojibake,
# nor a ligature, a wide or control character). Only the runs of other lines go to ftfy, one
# call a run, so a seed costs what its broken lines cost, not ten times that. One exception
# keeps this exact: a line holding "<" turns HTML unescaping off for every line after it, so
# a text with "<" anywhere goes to ftfy whole.
_FTFY_INERT_LINE = re.compile(r"[\t\x20-\x25\x27-\x3b\x3d-\x7e]*\n?")
_LINES = re.compile(r"[^\n]*\n|[^\n]+\Z")  # ftfy's segments: lines, each with its \n
_C1 = re.compile("[\u0080-\u009f]")  # C1 control characters


# What ftfy may change: mis-decoded characters only. Not the line breaks, curly quotes or
# normalization (`decode` applies NFC after, keeping YAML escapes apart), and neither HTML
# entities nor wide characters, which it would turn into ASCII syntax: "&#58;" into ":", a
# fullwidth "＼" into a backslash that escapes a front matter's closing quotation mark.
FTFY_OPTIONS = {
    "normalization": None,
    "uncurl_quotes": False,
    "fix_line_breaks": False,
    "unescape_html": False,
    "fix_character_width": False,
}


def _ftfy_lines(text: str) -> str:
    import ftfy

    def fix(part: str) -> str:
        fixed = ftfy.fix_text(part, **FTFY_OPTIONS)
        if not _C1.search(fixed):
            return fixed
        # A "fix" that leaves a C1 control character ("¬ç" -> "\x8d") decoded what was no
        # mojibake: such a line stays as written (a control character breaks YAML and Markdown).
        before, after = _LINES.findall(part), _LINES.findall(fixed)
        if len(before) != len(after):
            return part
        return "".join(
            old if _C1.search(new) and not _C1.search(old) else new
            for old, new in zip(before, after, strict=True)
        )

    if "<" in text:
        return fix(text)
    out: list[str] = []
    run: list[str] = []  # consecutive lines for ftfy
    for line in _LINES.findall(text):
        if _FTFY_INERT_LINE.fullmatch(line):
            if run:
                out.append(fix("".join(run)))
                run.clear()
            out.append(line)
        else:
            run.append(line)
    if run:
        out.append(fix("".join(run)))
    return "".join(out)


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if sample.isascii():
        return False  # no ASCII character is counted below
    # Per distinct character (a few dozen look-ups), not per character (thousands); ASCII
    # characters are never among them, so they are not counted at all.
    bad = sum(
        n
        for ch, n in Counter(_ASCII_RUNS.sub("", sample)).items()
        if unicodedata.category(ch) in {"Co", "Cs", "Cn"} or ch == "\ufffd"
    )
    return bad > max(8, len(sample) // 10)


# --- front matter -------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


_C_LOADER = getattr(yaml, "CSafeLoader", None)


def _load_yaml(text: str):
    """`yaml.safe_load`, through libyaml when it is there (several times faster, same values).
    On an error the Python loader runs again, for its clearer message."""
    simple = _simple_mapping(text)
    if simple is not None:
        return simple
    if _C_LOADER is not None:
        try:
            return yaml.load(text, Loader=_C_LOADER)  # a safe loader
        except yaml.YAMLError:
            pass
    return yaml.safe_load(text)


# --- the common front matter without PyYAML's constructor ---------------------------------------
# Most front matters are a few `key: value` lines, each value a one-line string or a date, plain
# or in single quotes (what yaml.safe_dump writes). Building PyYAML's node tree costs more than
# reading the seed's text: `_simple_mapping` reads those lines itself, by YAML's own rules (plain
# scalars as the resolver's implicit patterns type them, quotes doubled inside single quotes).
# Anything it is not sure of (a flow list, double quotes, an indicator, a comment, a blank or
# indented line, a value typed other than string or date) returns None, and PyYAML reads the
# whole text as before.

_SIMPLE_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_]*): (.+)")
_SINGLE_QUOTED = re.compile(r"'((?:[^']|'')*)'")
_DATE_ONLY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_PLAIN_FIRST_NOT = frozenset("-?:,[]{}#&*!|>'\"%@` ")  # indicators (or a space) first: not plain
_STR_TAG = "tag:yaml.org,2002:str"
_DATE_TAG = "tag:yaml.org,2002:timestamp"
_NOT_SIMPLE = object()


def _simple_mapping(text: str) -> dict | None:
    """The mapping `text` holds when every line is a `key: value` of the simple kind, else None."""
    lines = text.split("\n")
    if len(lines) < 2 or lines[-1]:
        return None  # empty, or not ended by a line break
    data: dict = {}
    for line in lines[:-1]:
        match = _SIMPLE_LINE.fullmatch(line)
        if match is None or _implicit_tag(match.group(1)) != _STR_TAG:
            return None
        value = _simple_scalar(match.group(2))
        if value is _NOT_SIMPLE:
            return None
        data[match.group(1)] = value
    return data


def _simple_scalar(raw: str) -> object:
    """A one-line value: a single-quoted string, a plain string or a plain date."""
    if not raw.isprintable():  # also no tab; YAML refuses some of what this refuses
        return _NOT_SIMPLE
    if raw[0] == "'":
        quoted = _SINGLE_QUOTED.fullmatch(raw)
        return quoted.group(1).replace("''", "'") if quoted else _NOT_SIMPLE
    if raw[0] in _PLAIN_FIRST_NOT or raw[-1] in " :" or ": " in raw or " #" in raw:
        return _NOT_SIMPLE
    tag = _implicit_tag(raw)
    if tag == _STR_TAG:
        return raw
    day = _DATE_ONLY.fullmatch(raw) if tag == _DATE_TAG else None
    if day is None:
        return _NOT_SIMPLE  # a number, bool, null, a time of day...: PyYAML's own reading
    try:
        return date(*map(int, day.groups()))  # as SafeConstructor builds a date without a time
    except ValueError:
        return _NOT_SIMPLE


def _implicit_tag(value: str) -> str:
    """The tag PyYAML's resolver gives a plain scalar (yaml.resolver.BaseResolver.resolve)."""
    resolvers = yaml.resolver.Resolver.yaml_implicit_resolvers
    for tag, regexp in resolvers.get(value[0], []) + resolvers.get(None, []):
        if regexp.match(value):
            return tag
    return _STR_TAG


def split_front_matter(text: str, path: Path | str) -> tuple[dict, str, list[str]]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text, []
    try:
        data = _load_yaml(match.group(1) or "")
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise SeedError(path, f"malformed front matter{where}: {problem}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise SeedError(path, f"front matter must be a mapping, not {type(data).__name__}")
    meta, warnings = normalize_meta(data)
    return meta, text[match.end() :], warnings


def normalize_meta(data: dict) -> tuple[dict, list[str]]:
    """Keep the known keys, as one-line strings; say which were ignored and why.

    Only scalars are read: a list or mapping where text belongs is refused rather than turned into
    its repr (which YAML aliases can make exponentially long). A url must be http(s), so no
    `javascript:` link reaches the site; a language must look like a language code, as it names
    a data file."""
    meta: dict = {}
    warnings: list[str] = []
    for raw_key, value in data.items():
        key = _one_line(raw_key).lower() if _is_scalar(raw_key) else "(not text)"
        if key not in FRONT_MATTER_KEYS:
            warnings.append(f"front matter key {key[:40]!r} is not used")
            continue
        if value is None:
            continue
        if key == "tags":
            items = value if isinstance(value, list) else [value]
            if not all(_is_scalar(i) for i in items):
                warnings.append("front matter 'tags' must be a list of words; ignored")
                continue
            split = [p for i in items for p in (str(i).split(",") if isinstance(i, str) else [i])]
            meta["tags"] = list(dict.fromkeys(t for t in map(_one_line, split) if t))
            continue
        if not _is_scalar(value):
            warnings.append(f"front matter {key!r} must be text, not a {type(value).__name__}")
            continue
        text = _one_line(value)
        if key == "published":
            iso = _iso_date(value)
            if iso is None:
                warnings.append(f"front matter 'published' is not a date: {text[:40]!r}")
            else:
                meta["published"] = iso
        elif key == "url" and not is_web_url(text):
            warnings.append(f"front matter 'url' is not an http(s) address: {text[:40]!r}; ignored")
        elif key == "language" and not _LANGUAGE_CODE.fullmatch(text):
            warnings.append(f"front matter 'language' is not a language code: {text[:20]!r}")
        elif text:
            meta["outlet" if key == "source" else key] = text
    return meta, warnings


_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
_WEB_URL = re.compile(r"https?://[^\s/?#]+[^\s]*", re.IGNORECASE)


def is_web_url(text: str) -> bool:
    """An absolute http(s) address: the only kind of link a seed may give the site."""
    return bool(_WEB_URL.fullmatch(text))


def _is_scalar(value: object) -> bool:
    return isinstance(value, str | int | float | date)


def _one_line(value: object) -> str:
    return " ".join(str(value).translate(_ZERO_WIDTH).split())


def _iso_date(value: object) -> str | None:
    if isinstance(value, date):
        return value.isoformat()[:10]
    match = re.fullmatch(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+\-Z]*)?\s*", str(value))
    if not match:
        return None
    try:
        return date(*map(int, match.groups())).isoformat()
    except ValueError:
        return None


# --- formats ------------------------------------------------------------------------------------

_URL = re.compile(r"https?://\S+")
_HEADER_SEP = re.compile(r"\s+[-–—|]\s+")


def _text_blocks(body: str, meta: dict) -> list[Block]:
    """Plain text: one paragraph per non-empty line, after an optional header block.

    Exported articles often start with a short header: a title line, a date line and an
    "outlet — url" line, ended by a blank line. It is read into the metadata (front matter wins).
    """
    lines = body.split("\n")
    blocks: list[Block] = []
    start = _read_header(lines, meta)
    for line in lines[start:]:
        line = line.strip()
        if not line:
            continue
        if blocks and _BROKEN_AT_INITIAL.search(blocks[-1].text) and line[:1].isupper():
            # "... serta Julius Aslan, Michael William P." / "Soeryadjaya, dan ...": a line
            # broken after a name's initial, as if its stop ended a sentence
            blocks[-1] = Block("paragraph", f"{blocks[-1].text} {line}")
        else:
            blocks.append(Block("paragraph", line))
    return blocks


# A line's end after a name's word and its initial ("Michael William P."): no paragraph ends there.
_BROKEN_AT_INITIAL = re.compile(r"(?<![^\W\d_])[A-Z][a-z]+ [A-Z]\.$")


def _read_header(lines: list[str], meta: dict) -> int:
    """Consume a header block (<= 4 short lines then a blank line); return the body's first line."""
    head: list[str] = []
    for i, line in enumerate(lines[:6]):
        if not line.strip():
            if i == 0:
                return 0
            break
        head.append(line.strip())
    else:
        return 0
    if not 2 <= len(head) <= 4 or any(len(h) > 300 for h in head):
        return 0
    found: dict = {}
    title = None
    for line in head:
        iso = _iso_date(line)
        if iso is not None:
            found.setdefault("published", iso)
            continue
        url = _URL.search(line)
        if url:
            found.setdefault("url", url.group(0).rstrip(").,;"))
            outlet = _HEADER_SEP.split(line[: url.start()].strip())[0].strip(" -–—|")
            if outlet:
                found.setdefault("outlet", outlet.split(" (")[0].strip())
            continue
        if title is None and (not line.endswith((".", '"', "”")) or line.endswith(("...", "…"))):
            title = line  # a headline may ask, call or trail off: "Apa Saja?", "Ayo!", "Asal..."
            continue
        # "Wikinews (CC BY 4.0) — corpus note": an outlet line without a URL.
        parts = _HEADER_SEP.split(line, maxsplit=1)
        if title is not None and len(parts) == 2 and 0 < len(parts[0].split()) <= 6:
            found.setdefault("outlet", parts[0].split(" (")[0].strip())
            continue
        return 0  # not a header after all: a normal first paragraph
    if "published" not in found and "url" not in found:
        return 0
    if title:
        found["title"] = title
    for key, value in found.items():
        meta.setdefault(key, value)
    return len(head) + 1


def _markdown_blocks(body: str) -> list[Block]:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table")
    tokens = md.parse(body)
    blocks: list[Block] = []
    heading_level = 0
    for token in tokens:
        if token.type == "heading_open":
            heading_level = int(token.tag[1:])
        elif token.type == "inline":
            text = " ".join(_inline_text(token).split())
            if not text:
                continue
            if heading_level:
                kind: BlockKind = "title" if heading_level == 1 and not blocks else "heading"
                blocks.append(Block(kind, text))
            else:
                blocks.append(Block("paragraph", text))
        elif token.type == "heading_close":
            heading_level = 0
        elif token.type in {"fence", "code_block"} and token.content.strip():
            blocks.append(Block("paragraph", " ".join(token.content.split())))
    return blocks


def _inline_text(token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in {"text", "code_inline"}:
            parts.append(child.content)
        elif child.type in {"softbreak", "hardbreak"}:
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
        # html_inline is dropped: markup is not article text
    return "".join(parts)


def _html_blocks(html: str, meta: dict, warnings: list[str]) -> list[Block]:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        output_format="python",
        include_comments=False,
        include_tables=False,
        with_metadata=True,
    )
    if doc is None:
        return []
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    for src, dst in (("title", "title"), ("sitename", "outlet"), ("url", "url")):
        value = _one_line(data.get(src) or "")
        if value and (dst != "url" or is_web_url(value)):
            meta.setdefault(dst, value)
    if data.get("date"):
        iso = _iso_date(data["date"])
        if iso:
            meta.setdefault("published", iso)
    text = data.get("text") or ""
    return [Block("paragraph", line.strip()) for line in text.split("\n") if line.strip()]


# --- entry point --------------------------------------------------------------------------------


def read_bytes(raw: bytes, path: Path | str, fmt: str) -> Source:
    if len(raw) > MAX_BYTES:
        _refuse_size(path, len(raw))
    sha = hashlib.sha256(raw).hexdigest()
    text, warnings = decode(raw, path)
    meta: dict = {}
    if fmt in {"txt", "md"}:
        meta, text, fm_warnings = split_front_matter(text, path)
        warnings += fm_warnings
    if _has_zero_width(text):
        text = text.translate(_ZERO_WIDTH)
    if fmt != "md" and "``" in text:  # (Markdown's `` opens code)
        # Typewriter quotation marks of newswire and TeX text, ``so'' for “so”: the marks
        # the quotes are found by.
        text = text.replace("``", "“").replace("''", "”")
    if fmt == "txt":
        blocks = _text_blocks(text, meta)
    elif fmt == "md":
        blocks = _markdown_blocks(text)
    else:
        blocks = _html_blocks(text, meta, warnings)
    if blocks and blocks[0].kind == "title":
        meta.setdefault("title", blocks[0].text)
        blocks = blocks[1:]
    if not any(b.text.strip() for b in blocks):
        raise SeedError(path, "no article text found")
    return Source(
        path=str(path), format=fmt, sha256=sha, blocks=blocks, meta=meta, warnings=warnings
    )


def _refuse_size(path: Path | str, size: int) -> None:
    limit = MAX_BYTES // 2**20
    reason = f"file too large ({size / 2**20:.1f} MB; an article is at most {limit} MB)"
    raise SeedError(path, reason)


def read_seed(path: Path) -> Source:
    fmt = SUPPORTED.get(path.suffix.lower())
    if fmt is None:
        raise SeedError(path, f"unsupported file type {path.suffix or '(none)'!r}")
    try:
        kind = path.stat().st_mode
        if stat.S_ISDIR(kind):
            raise SeedError(path, "is a directory, not a file")
        if not stat.S_ISREG(kind):  # a FIFO or device would block or never end
            raise SeedError(path, "not a regular file")
        with path.open("rb") as fh:
            raw = fh.read(MAX_BYTES + 1)  # enough to tell it is too large, never more
        if len(raw) > MAX_BYTES:
            _refuse_size(path, path.stat().st_size)
    except OSError as exc:
        raise SeedError(path, f"cannot be read: {exc.strerror or exc}") from None
    return read_bytes(raw, path, fmt)
