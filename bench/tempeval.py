"""Benchmark: date values of the dates stage on the TempEval-3 platinum test set.

For each document of `te3-platinum/*.tml` the TEXT is stripped of its TimeML tags, segmented
into sentences by the project's own segmenter, and given to `dates.find_dates` with the document
creation time (DCT) as publication date. Every gold TIMEX3 of type DATE in the text (the DCT is
outside it) is compared with the predicted dates:

* span: a prediction overlapping a gold DATE's characters finds it;
* value: the same, and the predicted ISO value equals the gold value.

Predictions overlapping a gold timex of another type (TIME "Friday morning", DURATION, SET) are
left out of precision: those spans are not dates to score, and the stage writes days only.
Gold values we never write (PRESENT_REF, 2013-W12, 2012-SU, XXXX-..) stay in recall: they count
as misses, which is what a reader of the figures needs to know.

HeidelTime's published value F1 on all of TempEval-3 is 77.6 and SUTime's 67.4 (UzZaman et al.
2013, task A "value" F1); those figures cover every timex type (DATE, TIME, DURATION, SET) of the
whole task, not DATE values alone, so they are context, not a like-for-like comparison.

Reproduce: `.venv/bin/python bench/tempeval.py [--verbose]` from the repository root. The corpus is
read at run time from ../shared/data/tempeval3_timeml (never copied into the repository).
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.extract import dates  # noqa: E402
from generator.extract.segment import _rules, split_sentences  # noqa: E402
from generator.language import load  # noqa: E402
from generator.model import Document, SentenceSpan  # noqa: E402

CORPUS = REPO.parent / "shared" / "data" / "tempeval3_timeml" / "te3-platinum"

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Timex:
    start: int
    end: int
    type: str
    value: str
    text: str


def parse(path: Path) -> tuple[str, str, list[Timex]]:
    """(plain text of TEXT, DCT value, the timexes in it with offsets into the plain text)."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"([^\"]+)\"", raw)
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    if not dct or not body:
        raise ValueError(f"{path.name}: no DCT or TEXT")
    parts: list[str] = []
    length = 0
    timexes: list[Timex] = []
    open_timex: tuple[int, dict] | None = None
    pos = 0
    source = body.group(1)
    for tag in _TAG.finditer(source):
        chunk = html.unescape(source[pos : tag.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if tag.group(1):  # closing
            if open_timex is not None:
                start, attrs = open_timex
                text = "".join(parts)[start:length]
                timexes.append(
                    Timex(start, length, attrs.get("type", ""), attrs.get("value", ""), text)
                )
                open_timex = None
        else:
            open_timex = (length, dict(_ATTR.findall(tag.group(3))))
    parts.append(html.unescape(source[pos:]))
    return "".join(parts), dct.group(1)[:10], timexes


def document(text: str, published: str, language) -> Document:
    """A Document over the plain text: paragraphs at blank lines, sentences by our segmenter."""
    _boiler, boundary, abbreviations, _embeds = _rules(language)
    sentences: list[SentenceSpan] = []
    for paragraph, block in enumerate(re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text), start=1):
        cursor = block.start()
        for piece in split_sentences(block.group(), boundary, abbreviations):
            first = piece.split()[0] if piece.split() else piece
            at = text.find(first, cursor)
            end = at + len(piece)
            # split_sentences joins nothing but strips; find the true end by the last word
            last = piece.split()[-1]
            end = text.find(last, max(at, end - len(last) - 50)) + len(last)
            sid = f"s{len(sentences) + 1}"
            sentences.append(SentenceSpan(sid, at, end, text[at:end], "sentence", paragraph))
            cursor = end
    return Document(path="", text=text, language="en", published=published, sentences=sentences)


def score(verbose: bool) -> int:
    if not CORPUS.is_dir():
        print(
            f"TempEval-3 corpus not found at {CORPUS}: nothing to benchmark"
            " (it lives in ../shared)."
        )
        return 0
    language = load("en")
    gold_n = predicted_n = span_tp = value_tp = pred_span_ok = pred_value_ok = 0
    elapsed = 0.0
    chars = 0
    files = sorted(CORPUS.glob("*.tml"))
    dates.rules(language)  # compile the patterns before timing: that is paid once per process
    for path in files:
        text, dct, timexes = parse(path)
        doc = document(text, dct, language)
        started = time.perf_counter()
        dates.find_dates(doc, language)
        elapsed += time.perf_counter() - started
        chars += len(text)
        predictions = _predicted_spans(doc, language)
        gold = [t for t in timexes if t.type == "DATE"]
        others = [t for t in timexes if t.type != "DATE"]
        gold_n += len(gold)
        for g in gold:
            hits = [p for p in predictions if p[0] < g.end and g.start < p[1]]
            span_tp += bool(hits)
            value_tp += any(p[2] == g.value for p in hits)
            if verbose and not any(p[2] == g.value for p in hits):
                got = ", ".join(p[2] for p in hits) or "-"
                print(f"  miss {path.stem}: {g.text!r} gold={g.value} predicted={got}")
        for p in predictions:
            over_gold = [g for g in gold if p[0] < g.end and g.start < p[1]]
            if not over_gold and any(p[0] < o.end and o.start < p[1] for o in others):
                continue  # a day inside a TIME/DURATION/SET timex: not scored
            predicted_n += 1
            pred_span_ok += bool(over_gold)
            pred_value_ok += any(g.value == p[2] for g in over_gold)
            if verbose and not over_gold:
                print(f"  extra {path.stem}: {text[p[0] : p[1]]!r} = {p[2]}")
    rows = [
        ("span", pred_span_ok, predicted_n, span_tp, gold_n),
        ("value", pred_value_ok, predicted_n, value_tp, gold_n),
    ]
    print(
        f"TempEval-3 platinum: {len(files)} documents, {gold_n} gold DATE timexes (DCT excluded),"
    )
    print(
        f"{predicted_n} predicted dates scored;"
        f" dates stage {elapsed * 1000 / len(files):.2f} ms/doc"
        f" ({chars / len(files):.0f} chars/doc)\n"
    )
    print(f"{'match':<8}{'precision':>10}{'recall':>10}{'F1':>8}")
    for name, ptp, pn, rtp, rn in rows:
        p = ptp / pn if pn else 0.0
        r = rtp / rn if rn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name:<8}{p * 100:>10.1f}{r * 100:>10.1f}{f * 100:>8.1f}")
    print(
        "\nFor context (all timex types of TempEval-3, task A value F1):"
        " HeidelTime 77.6, SUTime 67.4."
        "\nReproduce: .venv/bin/python bench/tempeval.py [--verbose]"
    )
    return 0


def _predicted_spans(doc: Document, language) -> list[tuple[int, int, str]]:
    found, _reference = dates.date_spans(doc, language)
    return [(f.start, f.end, f.value.iso()) for f in found]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list misses and extra predictions")
    return score(parser.parse_args().verbose)


if __name__ == "__main__":
    sys.exit(main())
