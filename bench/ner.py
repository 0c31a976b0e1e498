"""Actor extraction scored as named-entity recognition.

    .venv/bin/python bench/ner.py [--limit N] [--split test|train|valid] [--errors]
        [--only nergrit|meantime]

Two corpora from ../shared/data (read at run time, never copied into the repository):

* NERGrit (IndoNLU), Indonesian, test split: PERSON and ORGANISATION, BIO tags per token.
* MEANTIME, English Wikinews: ENTITY_MENTIONs that are names (syntactic_type NAM) of entities
  whose ent_type is PER or ORG.

The tokens of each corpus are joined into text (one sentence per paragraph, 20 sentences per
document), the real pipeline runs (segmentation, then the actors stage), and every actor mention
that is not a pronoun is mapped back to the tokens it covers. Actor types map to NER types:
person -> PER; organization, media, group -> ORG. Scores are exact-match entity spans:
precision, recall and F1 per type and overall.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.extract.actor_lexicon import fold_tokens, lexicon, match_at  # noqa: E402
from generator.extract.actors import find_actors  # noqa: E402
from generator.extract.pipeline import build_document  # noqa: E402
from generator.reading import read_bytes  # noqa: E402

SHARED = ROOT.parent / "shared"
NERGRIT_DIR = SHARED / "data/indonlu_ner_pos/nergrit_ner-grit"
MEANTIME = SHARED / "data/meantime_en/intra-doc_annotation"
TYPES = {"person": "PER", "organization": "ORG", "media": "ORG", "group": "ORG"}
PER_DOC = 20

# Sentence = (tokens, gold spans as {(first token, last token exclusive, type)})
Sentence = tuple[list[str], set[tuple[int, int, str]]]

_NO_SPACE_BEFORE = re.compile(r"^(?:[.,;:!?%)\]}]|'s|'|n't|’s)$")
_NO_SPACE_AFTER = {"(", "[", "{", "$"}
_PTB_QUOTES = {"``": '"', "''": '"'}  # MEANTIME writes quotation marks as in the Penn Treebank


def detokenize(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Tokens -> text as written, with each token's character span."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    offset = 0
    tokens = [_PTB_QUOTES.get(t, t) for t in tokens]
    for i, token in enumerate(tokens):
        if i and not _NO_SPACE_BEFORE.match(token) and tokens[i - 1] not in _NO_SPACE_AFTER:
            parts.append(" ")
            offset += 1
        spans.append((offset, offset + len(token)))
        parts.append(token)
        offset += len(token)
    return "".join(parts), spans


def bio_spans(tags: list[str], names: dict[str, str]) -> set[tuple[int, int, str]]:
    spans: set[tuple[int, int, str]] = set()
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if start >= 0 and not (tag.startswith("I-") and names.get(tag[2:]) == kind):
            spans.add((start, i, kind))
            start = -1
        opens = tag.startswith("B-") or (tag.startswith("I-") and start < 0)
        if opens and tag[2:] in names:
            start, kind = i, names[tag[2:]]
    return spans


def read_nergrit(path: Path) -> list[Sentence]:
    names = {"PERSON": "PER", "ORGANISATION": "ORG"}
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if tokens:
                sentences.append((tokens, bio_spans(tags, names)))
            tokens, tags = [], []
            continue
        token, _, tag = line.rpartition("\t")
        tokens.append(token)
        tags.append(tag.strip())
    return sentences


def read_meantime(folder: Path) -> list[list[Sentence]]:
    """One list of sentences per MEANTIME document (its first sentence is the headline)."""
    documents: list[list[Sentence]] = []
    for path in sorted(folder.glob("*/*.xml")):
        root = ET.parse(path).getroot()
        tokens: dict[str, tuple[int, int]] = {}  # t_id -> (sentence, position)
        by_sentence: dict[int, list[str]] = {}
        for token in root.iter("token"):
            sentence = int(token.get("sentence", "0"))
            words = by_sentence.setdefault(sentence, [])
            tokens[token.get("t_id", "")] = (sentence, len(words))
            words.append(token.text or "")
        entity_type = {
            e.get("m_id"): e.get("ent_type") for e in root.iter("ENTITY") if e.get("ent_type")
        }
        refers: dict[str, str] = {}
        for relation in root.iter("REFERS_TO"):
            target = relation.find("target")
            if target is not None:
                for source in relation.findall("source"):
                    refers[source.get("m_id", "")] = target.get("m_id", "")
        gold: dict[int, set[tuple[int, int, str]]] = {s: set() for s in by_sentence}
        for mention in root.iter("ENTITY_MENTION"):
            kind = entity_type.get(refers.get(mention.get("m_id", ""), ""))
            if mention.get("syntactic_type") != "NAM" or kind not in ("PER", "ORG"):
                continue
            anchors = [tokens[a.get("t_id", "")] for a in mention.findall("token_anchor")]
            if anchors:
                sentence = anchors[0][0]
                positions = [p for _s, p in anchors]
                gold[sentence].add((min(positions), max(positions) + 1, kind))
        documents.append([(by_sentence[s], gold[s]) for s in sorted(by_sentence)])
    return documents


def predict(sentences: list[Sentence], language: str) -> list[set[tuple[int, int, str]]]:
    """Run segmentation + the actors stage on the sentences; spans per sentence."""
    texts = [detokenize(tokens) for tokens, _gold in sentences]
    body = "\n\n".join(text for text, _spans in texts)
    raw = f"---\nlanguage: {language}\n---\n{body}\n".encode()
    doc, lang = build_document(read_bytes(raw, "bench.txt", "txt"))
    find_actors(doc, lang)
    lex = lexicon(lang)
    types = {a.id: TYPES.get(a.type) for a in doc.actors}
    out: list[set[tuple[int, int, str]]] = [set() for _ in sentences]
    cursor = 0
    starts: list[int] = []
    for text, _spans in texts:  # where each sentence landed in the cleaned text
        at = doc.text.find(text, cursor)
        starts.append(at)
        if at >= 0:
            cursor = at + len(text)
    for mention in doc.mentions:
        kind = types.get(mention.actor or "")
        if not kind or mention.text.casefold() in lex.pronouns or mention.text.islower():
            continue
        words = fold_tokens(mention.text)
        if words and match_at(lex.roles, list(words), 0) == len(words):
            continue  # a bare title standing for its holder ("the CEO"): no name
        for n, (text, spans) in enumerate(texts):
            base = starts[n]
            if base < 0 or not base <= mention.start < base + len(text):
                continue
            start, end = mention.start - base, mention.end - base
            covered = [i for i, (s, e) in enumerate(spans) if s < end and e > start]
            if covered:
                out[n].add((covered[0], covered[-1] + 1, kind))
            break
    return out


def score(pairs: list[tuple[set, set]]) -> dict[str, Counter]:
    counts: dict[str, Counter] = {}
    for gold, predicted in pairs:
        for kind in ("PER", "ORG"):
            c = counts.setdefault(kind, Counter())
            g = {s for s in gold if s[2] == kind}
            p = {s for s in predicted if s[2] == kind}
            c["tp"] += len(g & p)
            c["fp"] += len(p - g)
            c["fn"] += len(g - p)
    return counts


def report(name: str, counts: dict[str, Counter], seconds: float, size: int) -> None:
    print(f"\n{name}: {size} sentences, {seconds:.1f} s")
    print(f"  {'type':5} {'precision':>9} {'recall':>7} {'F1':>6}   tp/fp/fn")
    total = Counter()
    for kind, c in [*counts.items(), ("all", None)]:
        if c is None:
            c = total
        else:
            total.update(c)
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"  {kind:5} {p:9.3f} {r:7.3f} {f:6.3f}   {c['tp']}/{c['fp']}/{c['fn']}")


def run_nergrit(path: Path, limit: int | None, errors: bool) -> None:
    sentences = read_nergrit(path)[:limit]
    started = time.perf_counter()
    pairs = []
    for i in range(0, len(sentences), PER_DOC):
        chunk = sentences[i : i + PER_DOC]
        predicted = predict(chunk, "id")
        pairs.extend(zip([g for _t, g in chunk], predicted, strict=True))
        if errors:
            print_errors(chunk, predicted)
    split = path.name.split("_")[0]
    report(f"NERGrit {split} (id)", score(pairs), time.perf_counter() - started, len(sentences))


def print_errors(sentences: list[Sentence], predicted: list[set[tuple[int, int, str]]]) -> None:
    """Each sentence with a wrong or missed span: the text, then - missed and + wrong spans."""
    for (tokens, gold), spans in zip(sentences, predicted, strict=True):
        if gold == spans:
            continue
        print(" ".join(tokens))
        for sign, wrong in (("-", gold - spans), ("+", spans - gold)):
            for a, b, kind in sorted(wrong):
                print(f"  {sign} {kind} {' '.join(tokens[a:b])}")


def run_meantime(limit: int | None, errors: bool) -> None:
    documents = read_meantime(MEANTIME)[:limit]
    started = time.perf_counter()
    pairs = []
    annotated = []
    size = 0
    for sentences in documents:
        size += len(sentences)
        predicted = predict(sentences, "en")
        if errors:
            print_errors(sentences, predicted)
        pairs.extend(zip([g for _t, g in sentences], predicted, strict=True))
        # MEANTIME marks only some mentions of a name (those taking part in annotated events):
        # a prediction of a name annotated elsewhere in the document, at a position left
        # unannotated, is neither right nor wrong in the second score.
        names = {" ".join(t[a:b]) for t, g in sentences for a, b, _k in g}
        for (tokens, gold), spans in zip(sentences, predicted, strict=True):
            kept = {s for s in spans if s in gold or " ".join(tokens[s[0] : s[1]]) not in names}
            annotated.append((gold, kept))
    seconds = time.perf_counter() - started
    report("MEANTIME intra-doc (en)", score(pairs), seconds, size)
    report("MEANTIME, unannotated repeats of annotated names ignored", score(annotated), 0, size)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="sentences / documents to read")
    parser.add_argument(
        "--split",
        default="test",
        choices=("test", "train", "valid"),
        help="NERGrit split: test to report, train and valid to study and measure",
    )
    parser.add_argument("--errors", action="store_true", help="print each wrong or missed span")
    parser.add_argument("--only", choices=("nergrit", "meantime"), help="one corpus")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"{SHARED} is absent: nothing to benchmark (the corpora are not in the repository).")
        return 0
    nergrit = NERGRIT_DIR / f"{args.split}_preprocess.txt"
    if args.only == "meantime":
        pass
    elif nergrit.is_file():
        run_nergrit(nergrit, args.limit, args.errors)
    else:
        print(f"NERGrit not found at {nergrit}; skipped.")
    if args.only == "nergrit":
        pass
    elif MEANTIME.is_dir():
        run_meantime(args.limit, args.errors)
    else:
        print(f"MEANTIME not found at {MEANTIME}; skipped.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
