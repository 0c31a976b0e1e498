"""Stage 1: blocks of text -> the document's clean text and its numbered sentences.

Repairs what real article text gets wrong before anything reads it: page furniture lines
("SCROLL TO CONTINUE WITH CONTENT"), a dateline naming the outlet ("Pantau - ..."), and section
headings glued to the next sentence by a lost line break ("... PendudukanPada Desember 2025").
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import NamedTuple

from ..language import Language
from ..model import Document, SentenceSpan
from ..reading import Block

OPENING_QUOTES = frozenset('"“‘«')
MAX_SENTENCE = 1500  # longer runs without a full stop are cut at a space: keeps every stage linear

# "Pantau - ", "JAKARTA, KOMPAS.com - ", "Jakarta (ANTARA) - ", "WASHINGTON (Reuters) — ", and
# the newswire's "NAIROBI, Kenya (AP) _" on a line of its own
_DATELINE = re.compile(
    r"^(?P<lead>[A-Z][\w.&'’]*(?:[ ][A-Z][\w.&'’]*){0,3})"
    r"(?:,[ ](?P<after>[\w.&'’ ]{1,40}?))?"
    r"(?:[ ]?\((?P<paren>[^()\n]{1,40})\))?"
    r"(?:[ ]+[-–—]{1,3}[ ]+(?=\S)|[ ]*_(?:[ ]+(?=\S)|$))"  # ("PORTVILLE (NWS)_ The ...")
)
# A dateline inside the first paragraph (after a summary sentence), its place in capitals:
# "THE HAGUE, Netherlands — A Dutch citizen ...", "TUPELO (Reuters) - ...".
_CAPS_DATELINE = re.compile(
    r"^(?P<lead>[A-Z][A-Z.&'’]+(?:[ ][A-Z][A-Z.&'’]+){0,3})"
    r"(?:,[ ](?P<after>[\w.&'’ ]{1,40}?)(?:[ ]?\((?P<paren>[^()\n]{1,40})\))?"
    r"|[ ]?\((?P<paren2>[^()\n]{1,40})\))"
    r"[ ]+[-–—]{1,3}[ ]+(?=\S)"
)
# Words in capitals glued before a sentence's first word: a kicker or a section's label.
_KICKER = re.compile(
    r"(?P<head>['\"‘“]?[A-Z][A-Z'’&-]+(?:[ ][A-Z][A-Z'’&-]+)*['\"’”]?:?)[ ]+(?=['\"‘“]?[A-Z][a-z])"
)
# A word's lower-case end straight before a capitalised word: where a lost line break glued a
# heading to the sentence after it (not a one-letter prefix written so: "iPhone", "eBay"). The
# capital is matched first and what stands before it looked back at: the engine then stops only
# at capitals, not at every character. The match starts at the capital.
_GLUE = re.compile(r"[A-Z](?<=[a-z\d)]{2}.)(?=[a-z])")
_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z]+\b")
_END_PUNCT = re.compile(r"[.!?…:;]\s*$")
_INNER_STOP = re.compile(r"[a-z][.!?] ")


@cache
def _rules(language: Language) -> tuple[re.Pattern, re.Pattern, Abbreviations, re.Pattern | None]:
    seg = language.section("segment")
    boiler = [str(p) for p in seg.get("boilerplate") or []]
    boilerplate = re.compile("|".join(f"(?:{p})" for p in boiler) or "(?!)", re.IGNORECASE)
    marks = [str(p) for p in seg.get("embeds") or []]
    embeds = re.compile("|".join(f"(?:{p})" for p in marks), re.IGNORECASE) if marks else None
    abbreviations = Abbreviations(
        frozenset(str(a).lower().rstrip(".") for a in seg.get("abbreviations") or []),
        frozenset(str(a).lower().rstrip(".") for a in seg.get("final_abbreviations") or []),
    )
    # A sentence ends at . ! ? or … (plus closing quotes/brackets) before a space and a capital,
    # digit or opening quote; or, glued by a lost space, after a word's lower-case end and before
    # a capitalised word ("anggarannya.Hal itu"). The stop is part of the match, not looked back
    # at: the engine then stops only at stops, not at every character.
    boundary = re.compile(
        r"[.!?…](?:[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9À-ÖØ-Þ])|(?<=[a-z]{3}.)(?=[A-Z][a-z]+[\s,]))"
    )
    return boilerplate, boundary, abbreviations, embeds


def segment(doc: Document, blocks: list[Block], language: Language) -> list[Block]:
    """Fill doc.text and doc.sentences from the blocks; return the blocks actually kept."""
    boilerplate, boundary, abbreviations, embeds = _rules(language)
    kept: list[Block] = []
    for block in blocks:
        text = block.text if embeds is None else embeds.sub(" ", block.text)
        text = " ".join(text.split())
        if not text or boilerplate.fullmatch(text):
            continue
        kept.append(Block(block.kind, text))
    if kept and kept[0].kind == "paragraph":
        kept[0] = Block("paragraph", _strip_dateline(kept[0].text, doc))
        if not kept[0].text:
            del kept[0]  # the dateline was the whole paragraph

    parts: list[str] = []
    sentences: list[SentenceSpan] = []
    offset = 0

    def add(text: str, kind: str, paragraph: int) -> None:
        nonlocal offset
        if parts:
            parts.append(
                "\n\n"
                if kind != "sentence" or not sentences or sentences[-1].paragraph != paragraph
                else " "
            )
            offset += len(parts[-1])
        sid = f"s{len(sentences) + (0 if doc.title else 1)}"
        sentences.append(SentenceSpan(sid, offset, offset + len(text), text, kind, paragraph))  # type: ignore[arg-type]
        parts.append(text)
        offset += len(text)

    if doc.title:
        add(doc.title, "title", 0)
    # capitalised words the text writes more than once, in any case: a name with an inner
    # capital ("ReforMiner ... Reforminer"), not two words a lost line break glued once
    seen = Counter(w.lower() for b in kept for w in _CAPITALISED.findall(b.text))
    repeated = frozenset(w for w, n in seen.items() if n > 1)
    for number, block in enumerate(kept, start=1):
        if block.kind == "heading" or block.kind == "title":
            add(block.text, "heading", number)
            continue
        heading, rest = split_glued_heading(block.text, repeated)
        if heading:
            add(heading, "heading", number)
        for piece in split_sentences(rest, boundary, abbreviations):
            piece = _strip_dateline(piece, doc, _CAPS_DATELINE) if number <= 2 else piece
            kicker, piece = _split_kicker(piece)
            if kicker:
                add(kicker, "heading", number)
            if piece:
                add(piece, "sentence", number)
    doc.text = "".join(parts)
    doc.sentences = sentences
    return kept


def _strip_dateline(text: str, doc: Document, shape: re.Pattern = _DATELINE) -> str:
    match = shape.match(text)
    if not match or doc.dateline:
        return text  # (a story has one dateline)
    if shape is _DATELINE:
        outlet = match.group("paren") or match.group("after") or match.group("lead")
    else:  # (a place in capitals, then its country: "THE HAGUE, Netherlands" names no outlet)
        outlet = match.group("paren") or match.group("paren2")
    if doc.outlet is None and outlet:
        doc.outlet = outlet.strip()
    # its place and what qualifies it ("TUPELO, Mississippi (Reuters)"; or the outlet there:
    # "JAKARTA, KOMPAS.com -")
    doc.dateline = [g.strip() for g in match.group("lead", "after") if g]
    return text[match.end() :]


def _split_kicker(sentence: str) -> tuple[str | None, str]:
    """Words in capitals that a lost line break glued before a sentence, set in quotation marks or
    closed by a colon ("'MISSING PIECES' Suspicion had ...", "PHOTOS: Jackson ..."), as a heading
    of their own; not a name in capitals that opens a sentence ("GOODY PRODUCTS Inc. said ...",
    "JPU KPK Eko Wahyu ...")."""
    match = _KICKER.match(sentence)
    if not match or match.end() >= len(sentence):
        return None, sentence
    head = match.group("head")
    quoted = head[:1] in "'\"‘“" and head[-1:] in "'\"’”"
    if not (quoted or head.endswith(":")) or len(head.strip("'\"‘’“”:")) < 3:
        return None, sentence
    return head, sentence[match.end() :]


def one_hump(word: str) -> bool:
    """A name's short first part glued to one capitalised word: two or three letters, then it
    ("MacDonald", "DeSantis", "VinFast", "PayPal"), written so, not glued by a lost space."""
    for at in (2, 3):
        if (
            len(word) > at
            and word[at].isupper()
            and word[1:at].islower()
            and word[at + 1 :].islower()
        ):
            return len(word) - at >= 3
    return False


def split_glued_heading(
    text: str, repeated: frozenset[str] = frozenset()
) -> tuple[str | None, str]:
    """'Rapat Besar di BandungPada 3 Maret, ...' -> ('Rapat Besar di Bandung', 'Pada 3 Maret, ...').

    A heading is short, has no end punctuation and is written in title case; the glue point is the
    first lower-to-upper case change after it, in a word that is not among the words the text
    writes more than once (`repeated`, lower-cased).
    """
    match = _GLUE.search(text, 0, 160)
    if not match:
        return None, text
    head, rest = text[: match.start()], text[match.start() :]
    glued = text[head.rfind(" ") + 1 : match.start()] + rest.split(" ", 1)[0].rstrip(",.;:")
    if glued[:1].isupper() and one_hump(glued):
        return None, text  # "CEO VinFast Indonesia": a brand's two humps, no lost line break
    if glued.lower() in repeated:
        return None, text  # "Direktur Eksekutif ReforMiner Institute" (then "Reforminer")
    words = head.split()
    if (
        not 2 <= len(words) <= 14
        or _END_PUNCT.search(head)
        or _INNER_STOP.search(head)  # "Rumors grew. The site ZentriInsider": a sentence
        or '"' in head
        or "“" in head
    ):
        return None, text
    capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    if capitalised / len(words) < 0.6 or not words[0][:1].isupper():
        return None, text
    if not rest.split()[0].rstrip(",")[1:].islower():
        return None, text
    return head, rest


class Abbreviations(NamedTuple):
    words: frozenset[str]  # folded, without their last stop: no sentence ends at them
    final: frozenset[str]  # those that may end one ("Orvex Co."): they do before a quotation


def split_sentences(text: str, boundary: re.Pattern, abbreviations: Abbreviations) -> list[str]:
    """Split a paragraph into sentences; never inside an abbreviation or a decimal number."""
    pieces: list[str] = []
    start = 0
    for match in boundary.finditer(text):
        end = match.end()
        stop = match.start() + 1  # just after the stop
        if _is_abbreviation(text, stop, abbreviations.words) and not (
            text[end:].lstrip()[:1] in OPENING_QUOTES
            and _word_before(text, stop).lower() in abbreviations.final
        ):
            continue  # ('Orvex Co. "It is over."': the quotation opens a sentence)
        if _inside_open_quote(text, start, end):
            continue
        pieces.append(text[start:end].strip())
        start = end
    pieces.append(text[start:].strip())
    out: list[str] = []
    for piece in pieces:
        out.extend(_cap_length(piece))
    return [p for p in out if p]


def _word_before(text: str, stop: int) -> str:
    """The word whose stop ends at `stop` (after an opening bracket or quote, if any)."""
    word_start = stop - 1
    while (
        word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in '("“'
    ):
        word_start -= 1
    return text[word_start : stop - 1]


def abbreviation_stop(text: str, stop: int, language: Language) -> str:
    """What the full stop just before `stop` closes, when not a sentence or a clause: "final" for
    an abbreviation that may end a sentence too ("U.S.", "Inc."), "inner" for one that does not
    ("Mr.", "Gen.", an initial after a name's word: "Daniel P. Davison"), else "". (A letter
    after a lower-case word is no initial there: "unit eselon I.", "tambang galian C." end a
    sentence the splitter kept whole.)"""
    abbreviations = _rules(language)[2]
    if not _is_abbreviation(text, stop, abbreviations.words):
        return ""
    word = _word_before(text, stop)
    if len(word) == 1:
        before = text[: stop - 1 - len(word)].rstrip().rsplit(maxsplit=1)
        return "inner" if before and before[-1][:1].isupper() else ""
    return "final" if word.lower().rstrip(".") in abbreviations.final else "inner"


def _is_abbreviation(text: str, stop: int, abbreviations: frozenset[str]) -> bool:
    if text[stop - 1 : stop] != ".":
        return False
    word = _word_before(text, stop)
    if not word:
        return False
    if word.lower() in abbreviations:
        return True
    # An initial ("J. Smith") or an acronym with stops ("U.S.").
    if len(word) == 1 and word.isupper():
        return True
    return bool(_ACRONYM.fullmatch(word))


def _inside_open_quote(text: str, start: int, end: int) -> bool:
    """True when a straight-quoted passage opened in this sentence is still open at `end`.

    Sentences inside a quotation stay inside the quotation's sentence when the quote runs on, so
    that a quote and its attribution ('"... gagasan," ungkapnya.') are not torn apart. Long quotes
    are still split (see MAX_SENTENCE)."""
    segment_text = text[start:end]
    straight = segment_text.count('"')
    if straight % 2:  # (a closing mark nothing opened is none: 'on tour," he said' alone)
        straight -= sum(stray_close(text, i) for i in range(start, end) if text[i] == '"')
    curly_open = segment_text.count("“")
    curly_close = segment_text.count("”")
    return straight % 2 == 1 or curly_open > curly_close


def stray_close(text: str, i: int) -> bool:
    """A straight quotation mark at `i` that can only close a quotation, none being open before
    it in its line (its paragraph): after a comma or a stop, before a space and a lower-case word
    ('... on tour," he said' where the writer dropped the opening mark)."""
    before = text[i - 1] if i else " "
    after = text[i + 1 : i + 3]
    if before not in ",.!?" or not (after[:1] == " " and after[1:2].islower()):
        return False
    return text.count('"', text.rfind("\n", 0, i) + 1, i) % 2 == 0


def _cap_length(sentence: str) -> list[str]:
    if len(sentence) <= MAX_SENTENCE:
        return [sentence]
    out: list[str] = []
    while len(sentence) > MAX_SENTENCE:
        cut = sentence.rfind(" ", 0, MAX_SENTENCE)
        if cut < MAX_SENTENCE // 2:
            cut = MAX_SENTENCE
        out.append(sentence[:cut].strip())
        sentence = sentence[cut:].strip()
    out.append(sentence)
    return out
